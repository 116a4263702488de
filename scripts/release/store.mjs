// Everything a store submission needs, checked against the built packages: `npm test` and `npm run release`
// both call checkStore and fail on any problem it returns.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { changelogProblem } from './changelog.mjs';
import {
  CHROME_FIELDS,
  FIREFOX_FIELDS,
  LIMITS,
  LISTING_LOCALES,
  documentedPlaceholders,
  fieldsOf,
  imageProblems,
  justificationsOf,
  length,
  listedImages,
  localizedListingProblems,
  permissionProblems,
  tableEntries,
  undocumentedPlaceholders,
} from './listing.mjs';
import { COPY, privacyProblem } from './privacy.mjs';
/** @import { Manifest } from './listing.mjs' */

/**
 * A built manifest, with its `__MSG_key__` strings read from one of the build's locales, its default one unless told.
 * @param {string} build a folder such as .output/chrome-mv3
 * @param {string} [locale] a _locales folder name, such as zh_CN
 */
export function readBuiltManifest(build, locale) {
  /** @type {unknown} */
  const parsedManifest = JSON.parse(readFileSync(resolve(build, 'manifest.json'), 'utf8'));
  const manifest = /** @type {Manifest} */ (parsedManifest);
  /** @type {unknown} */
  const parsedMessages = JSON.parse(
    readFileSync(resolve(build, '_locales', locale ?? manifest.default_locale ?? 'en', 'messages.json'), 'utf8'),
  );
  const messages = /** @type {Record<string, { message: string } | undefined>} */ (parsedMessages);
  /** @param {string} value */
  const localized = (value) =>
    value.replace(/^__MSG_(\w+)__$/, (_, /** @type {string} */ key) => messages[key]?.message ?? value);
  return { manifest, name: localized(String(manifest.name)), description: localized(String(manifest.description)) };
}

/**
 * @param {{ root: string, builds: { Chrome: string, Firefox: string } }} options
 * @returns {string[]} problems, empty when the listing is ready
 */
export function checkStore({ root, builds }) {
  const read = (/** @type {string} */ path) => readFileSync(resolve(root, path), 'utf8');
  /** @type {string[]} */
  const problems = [];
  const chromeBuild = readBuiltManifest(builds.Chrome);
  const firefoxBuild = readBuiltManifest(builds.Firefox);
  /** @type {(what: string, text: string, limit: number) => void} */
  const tooLong = (what, text, limit) => {
    if (length(text) > limit) problems.push(`${what} has ${length(text)} characters; the limit is ${limit}`);
  };

  tooLong("The Chrome package's name", chromeBuild.name, LIMITS.chromeName);
  tooLong("The Chrome package's name, for Edge Add-ons,", chromeBuild.name, LIMITS.edgeName);
  tooLong("The Chrome package's description (the listing's summary)", chromeBuild.description, LIMITS.chromeSummary);
  tooLong("The Firefox package's name", firefoxBuild.name, LIMITS.firefoxName);
  tooLong('store/description.txt', read('store/description.txt').trim(), LIMITS.chromeDescription);

  const chrome = read('store/chrome-web-store.md');
  const firefox = read('store/firefox-add-ons.md');
  /** @type {Record<string, [string, string[]]>} */
  const listings = {
    'store/chrome-web-store.md': [chrome, CHROME_FIELDS],
    'store/firefox-add-ons.md': [firefox, FIREFOX_FIELDS],
  };
  for (const [file, [text, required]] of Object.entries(listings)) {
    const fields = fieldsOf(text);
    for (const field of required.filter((field) => !fields.has(field)))
      problems.push(`${file} has no "${field}" field`);
  }
  const chromeFields = fieldsOf(chrome);
  const firefoxFields = fieldsOf(firefox);
  tooLong(
    'The Chrome Web Store single purpose',
    chromeFields.get('Single purpose description') ?? '',
    LIMITS.chromePrivacyField,
  );
  tooLong('The AMO summary', firefoxFields.get('Summary') ?? '', LIMITS.firefoxSummary);
  tooLong('The AMO name', firefoxFields.get('Name') ?? '', LIMITS.firefoxName);
  if (firefoxFields.has('Name') && firefoxFields.get('Name') !== firefoxBuild.name) {
    problems.push(`store/firefox-add-ons.md's name differs from the manifest's, "${firefoxBuild.name}"`);
  }

  const documented = documentedPlaceholders(read('store/README.md'));
  /** @type {Record<string, string>} */
  const texts = { 'store/chrome-web-store.md': chrome, 'store/firefox-add-ons.md': firefox };
  for (const path of ['store/description.txt', 'store/permissions.md', 'store/privacy-policy.md'])
    texts[path] = read(path);
  for (const [path, text] of Object.entries(texts)) {
    for (const placeholder of undocumentedPlaceholders(text, documented)) {
      problems.push(`${path} uses ${placeholder}, which store/README.md does not document`);
    }
  }

  const permissions = read('store/permissions.md');
  const justifications = justificationsOf(permissions);
  problems.push(
    ...permissionProblems(justifications, { Chrome: chromeBuild.manifest, Firefox: firefoxBuild.manifest }),
  );
  const justified = [...new Set(justifications.flatMap((j) => j.entries))].sort();
  const inDocs = tableEntries(read(COPY), 'Permissions, and why');
  if (JSON.stringify(inDocs) !== JSON.stringify(justified)) {
    problems.push(
      `${COPY}'s "Permissions, and why" names ${inDocs.join(' ')}; store/permissions.md ${justified.join(' ')}`,
    );
  }

  /** @param {string} folder */
  const imagesIn = (folder) =>
    new Map(
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [entry.name, readFileSync(resolve(folder, entry.name))]),
    );
  const imagesDir = resolve(root, 'store/images');
  const images = imagesIn(imagesDir);
  problems.push(...imageProblems(images));
  const listed = new Set([...listedImages(chrome), ...listedImages(firefox)]);

  // Each translated listing: its fields, its name and summary as the build has them, its own screenshots.
  for (const locale of LISTING_LOCALES) {
    const localeChrome = read(`store/${locale}/chrome-web-store.md`);
    const localeFirefox = read(`store/${locale}/firefox-add-ons.md`);
    const built = readBuiltManifest(builds.Chrome, locale);
    problems.push(
      ...localizedListingProblems({
        locale,
        chrome: localeChrome,
        firefox: localeFirefox,
        description: read(`store/${locale}/description.txt`),
        name: built.name,
        summary: built.description,
      }),
    );
    if (readBuiltManifest(builds.Firefox, locale).name !== built.name) {
      problems.push(`the Firefox and Chrome packages' names differ in ${locale}`);
    }
    const localeImages = imagesIn(resolve(imagesDir, locale));
    problems.push(
      ...imageProblems(localeImages).map((problem) => problem.replace('store/images', `store/images/${locale}`)),
    );
    for (const [name, file] of localeImages) images.set(`${locale}/${name}`, file);
    for (const name of [...listedImages(localeChrome), ...listedImages(localeFirefox)]) listed.add(name);
  }
  for (const name of listed)
    if (!images.has(name)) problems.push(`the listings name store/images/${name}, which does not exist`);
  for (const name of images.keys()) if (!listed.has(name)) problems.push(`store/images/${name} is in no listing`);

  /** @type {unknown} */
  const packageJson = JSON.parse(read('package.json'));
  const { version } = /** @type {{ version: string }} */ (packageJson);
  if (chromeBuild.manifest.version !== version || firefoxBuild.manifest.version !== version) {
    problems.push(`the built manifests' versions differ from package.json's ${version}: rebuild`);
  }
  const changelog = changelogProblem(read('CHANGELOG.md'), version);
  if (changelog) problems.push(changelog);
  const privacy = privacyProblem(read(COPY), read('store/privacy-policy.md'));
  if (privacy) problems.push(privacy);
  return problems;
}
