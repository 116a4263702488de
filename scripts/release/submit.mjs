// `npm run submit`'s arguments for `wxt submit` (publish-browser-extension): the release's zips for each store.

export const STORES = ['chrome', 'firefox', 'edge'];

/**
 * @param {{ name: string, version: string, stores?: string[], publish?: boolean }} options
 * @returns {string[]} arguments after `wxt submit`
 */
export function submitArgs({ name, version, stores = STORES, publish = false }) {
  const zip = (/** @type {string} */ suffix) => `.output/${name}-${version}-${suffix}.zip`;
  const unknown = stores.filter((store) => !STORES.includes(store));
  if (unknown.length > 0) throw new Error(`unknown store ${unknown.join(', ')}: choose from ${STORES.join(', ')}`);
  return [
    ...(publish ? [] : ['--dry-run']),
    ...(stores.includes('chrome') ? ['--chrome-zip', zip('chrome')] : []),
    ...(stores.includes('firefox') ? ['--firefox-zip', zip('firefox'), '--firefox-sources-zip', zip('sources')] : []),
    // Edge Add-ons takes the Chrome package as it is.
    ...(stores.includes('edge') ? ['--edge-zip', zip('chrome')] : []),
  ];
}
