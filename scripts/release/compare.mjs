// The sources zip must rebuild the Firefox package: the same files, byte for byte.

/**
 * How `actual` differs from `expected`, both maps from path to bytes.
 * @param {Map<string, Uint8Array>} expected
 * @param {Map<string, Uint8Array>} actual
 * @returns {{ missing: string[], extra: string[], different: string[] }}
 */
export function compareFiles(expected, actual) {
  const missing = [...expected.keys()].filter((path) => !actual.has(path)).sort();
  const extra = [...actual.keys()].filter((path) => !expected.has(path)).sort();
  const different = [...expected.keys()]
    .filter(
      (path) => actual.has(path) && !Buffer.from(expected.get(path) ?? []).equals(Buffer.from(actual.get(path) ?? [])),
    )
    .sort();
  return { missing, extra, different };
}

/**
 * The differences, one line each, or an empty list when the two are the same.
 * @param {{ missing: string[], extra: string[], different: string[] }} comparison
 */
export function describeDifferences({ missing, extra, different }) {
  return [
    ...missing.map((path) => `missing from the rebuild: ${path}`),
    ...extra.map((path) => `only in the rebuild: ${path}`),
    ...different.map((path) => `differs: ${path}`),
  ];
}
