// The store listing's rules, as pure functions of the files' text: field lengths within each store's limits,
// placeholders only of the documented kinds, a justification for exactly what each manifest asks for,
// and images of the sizes the stores take.
import { decodePng, opaqueBounds, pngInfo } from './png.mjs';

/**
 * The parts of a built manifest the listing checks; the rest is kept as it is.
 * @typedef {{
 *   name?: string,
 *   description?: string,
 *   version?: string,
 *   default_locale?: string,
 *   permissions?: string[],
 *   optional_permissions?: string[],
 *   host_permissions?: string[],
 *   optional_host_permissions?: string[],
 *   content_scripts?: { matches?: string[] }[],
 *   [key: string]: unknown,
 * }} Manifest
 */

/** Characters, counted as the stores count them: Unicode code points. */
export const length = (/** @type {string} */ text) => [...text].length;

export const LIMITS = {
  chromeName: 75,
  firefoxName: 50,
  edgeName: 45,
  chromeSummary: 132,
  firefoxSummary: 250,
  chromeDescription: 16_000,
  chromePrivacyField: 1_000,
};

export const CHROME_FIELDS = [
  'Description',
  'Category',
  'Store icon',
  'Screenshots',
  'Small promo tile',
  'Homepage URL',
  'Support URL',
  'Single purpose description',
  'Permission justifications',
  'Are you using remote code?',
  'What user data do you plan to collect from users now or in the future?',
  'Certifications',
  'Privacy policy URL',
];

export const FIREFOX_FIELDS = [
  'Name',
  'Summary',
  'Description',
  'Categories',
  'Support email',
  'License',
  'Privacy policy',
  'Screenshots',
  'Data collection',
  'Notes to reviewer',
];

/**
 * A listing file's fields: each `## heading` with the text under it, less the notes (`>` lines).
 * @param {string} markdown
 * @returns {Map<string, string>}
 */
export function fieldsOf(markdown) {
  /** @type {Map<string, string>} */
  const fields = new Map();
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading, ...lines] = section.split('\n');
    const text = lines
      .filter((line) => !line.startsWith('>'))
      .join('\n')
      .trim();
    fields.set(heading.trim(), text);
  }
  return fields;
}

/**
 * `{NAME}` placeholders used in `text` that `documented` does not list.
 * @param {string} text
 * @param {string[]} documented
 */
export function undocumentedPlaceholders(text, documented) {
  return [...new Set(text.match(/\{[A-Z_]+\}/g) ?? [])].filter((placeholder) => !documented.includes(placeholder));
}

/**
 * The placeholders a placeholder table documents: each `{NAME}` in backticks.
 * @param {string} markdown
 */
export function documentedPlaceholders(markdown) {
  return [...markdown.matchAll(/`(\{[A-Z_]+\})`/g)].map((match) => match[1]);
}

/**
 * Everything a manifest asks access to: API permissions and the pages its content scripts and host
 * permissions reach, as they are written.
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function accessOf(manifest) {
  const entries = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  return [...new Set(entries)].sort();
}

/**
 * The justifications of permissions.md: one per `## \`entry\`, \`entry\` (Browser, Browser)` section.
 * @param {string} markdown
 * @returns {{ heading: string, entries: string[], browsers: string[], text: string }[]}
 */
export function justificationsOf(markdown) {
  return [...fieldsOf(markdown)].map(([heading, text]) => ({
    heading,
    entries: [...heading.matchAll(/`([^`]+)`/g)].map((match) => match[1]),
    browsers: (/\(([^)]*)\)\s*$/.exec(heading)?.[1] ?? '')
      .split(',')
      .map((browser) => browser.trim())
      .filter(Boolean),
    text,
  }));
}

/**
 * What each browser's manifest asks for and permissions.md does not justify for it, and the reverse.
 * @param {ReturnType<typeof justificationsOf>} justifications
 * @param {Record<string, Manifest>} manifests by browser name, as permissions.md names them
 * @returns {string[]} problems
 */
export function permissionProblems(justifications, manifests) {
  /** @type {string[]} */
  const problems = [];
  for (const justification of justifications) {
    if (justification.entries.length === 0 || justification.browsers.length === 0) {
      problems.push(`permissions.md: "${justification.heading}" names no \`entry\` or no (browsers)`);
    }
    for (const browser of justification.browsers) {
      if (!(browser in manifests))
        problems.push(`permissions.md: "${justification.heading}" names an unknown browser ${browser}`);
    }
    if (length(justification.text) > LIMITS.chromePrivacyField) {
      problems.push(
        `permissions.md: "${justification.heading}" is longer than ${LIMITS.chromePrivacyField} characters`,
      );
    }
  }
  for (const [browser, manifest] of Object.entries(manifests)) {
    const asked = accessOf(manifest);
    const justified = justifications.filter((j) => j.browsers.includes(browser)).flatMap((j) => j.entries);
    for (const entry of asked.filter((entry) => !justified.includes(entry))) {
      problems.push(
        `${browser}'s manifest asks for \`${entry}\`, which permissions.md does not justify for ${browser}`,
      );
    }
    for (const entry of justified.filter((entry) => !asked.includes(entry))) {
      problems.push(`permissions.md justifies \`${entry}\` for ${browser}, whose manifest does not ask for it`);
    }
  }
  return problems;
}

/**
 * The entries a Markdown table names in backticks in its first column, under the given `##` heading.
 * @param {string} markdown
 * @param {string} heading
 */
export function tableEntries(markdown, heading) {
  const rows = (fieldsOf(markdown).get(heading) ?? '').split('\n').filter((line) => line.startsWith('|'));
  return [
    ...new Set(rows.slice(2).flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]))),
  ].sort();
}

/** The rules for each kind of store image, by the start of its file name. */
export const IMAGE_RULES = [
  {
    prefix: 'screenshot-',
    sizes: [
      [1280, 800],
      [640, 400],
    ],
    alpha: false,
  },
  { prefix: 'promo-small-', sizes: [[440, 280]], alpha: false },
  { prefix: 'icon-128', sizes: [[128, 128]], alpha: true, padding: 16 },
];

/**
 * Problems with the store images: sizes, alpha, the icon's padding, and at least `minScreenshots`.
 * @param {Map<string, Uint8Array>} images by file name
 */
export function imageProblems(images, minScreenshots = 3) {
  const problems = [];
  for (const [name, file] of images) {
    const rule = IMAGE_RULES.find((candidate) => name.startsWith(candidate.prefix));
    if (!rule || !name.endsWith('.png')) {
      problems.push(
        `store/images/${name}: not a kind of store image (${IMAGE_RULES.map((r) => r.prefix).join(', ')}…png)`,
      );
      continue;
    }
    let info;
    try {
      info = pngInfo(file);
    } catch {
      problems.push(`store/images/${name}: not a PNG file`);
      continue;
    }
    if (!rule.sizes.some(([width, height]) => info.width === width && info.height === height)) {
      problems.push(
        `store/images/${name}: ${info.width}×${info.height}, not ${rule.sizes.map((s) => s.join('×')).join(' or ')}`,
      );
    }
    if (info.hasAlpha !== rule.alpha) {
      problems.push(`store/images/${name}: ${rule.alpha ? 'needs an alpha channel' : 'must have no alpha channel'}`);
    }
    if (rule.padding) {
      const bounds = opaqueBounds(decodePng(file));
      const inner = info.width - rule.padding - 1;
      if (
        !bounds ||
        bounds.left < rule.padding ||
        bounds.top < rule.padding ||
        bounds.right > inner ||
        bounds.bottom > inner
      ) {
        problems.push(`store/images/${name}: the artwork must leave ${rule.padding} px of transparency on each side`);
      } else if (
        bounds.right - bounds.left < inner - rule.padding - 4 ||
        bounds.bottom - bounds.top < inner - rule.padding - 4
      ) {
        problems.push(`store/images/${name}: the artwork should fill its ${info.width - 2 * rule.padding} px square`);
      }
    }
  }
  const screenshots = [...images.keys()].filter((name) => name.startsWith('screenshot-')).length;
  if (screenshots < minScreenshots)
    problems.push(`store/images: ${screenshots} screenshots, fewer than ${minScreenshots}`);
  if (screenshots > 5) problems.push(`store/images: ${screenshots} screenshots; the Chrome Web Store takes at most 5`);
  return problems;
}

/**
 * The image files a listing lists for upload (`- store/images/…` lines).
 * @param {string} markdown
 */
export function listedImages(markdown) {
  return [...markdown.matchAll(/^- store\/images\/(\S+)$/gm)].map((match) => match[1]);
}

/** The languages the listings are translated into, as the _locales folders name them. */
export const LISTING_LOCALES = ['zh_CN', 'zh_TW'];

/** The fields each store takes per language; the others are the same in every language. */
export const LOCALIZED_CHROME_FIELDS = ['Description', 'Screenshots', 'Small promo tile'];
export const LOCALIZED_FIREFOX_FIELDS = ['Name', 'Summary', 'Description', 'Screenshots'];

const HAN = /\p{Script=Han}/u;

/**
 * Problems with one language's listing (store/<locale>/): its fields, each store's limits, its AMO name
 * against the built manifest's name in that language, text actually in that language, and images of its own.
 * @param {{ locale: string, chrome: string, firefox: string, description: string, name: string, summary: string }} listing
 *   the three files' text, and the built manifest's name and summary in that language
 * @returns {string[]}
 */
export function localizedListingProblems({ locale, chrome, firefox, description, name, summary }) {
  const problems = [];
  /** @param {string} what @param {string} text @param {number} limit */
  const tooLong = (what, text, limit) => {
    if (length(text) > limit) problems.push(`${what} has ${length(text)} characters; the limit is ${limit}`);
  };
  /** @param {string} what @param {string} text */
  const notTranslated = (what, text) => {
    if (!HAN.test(text)) problems.push(`${what} is not in Chinese`);
  };
  const chromeFields = fieldsOf(chrome);
  const firefoxFields = fieldsOf(firefox);
  for (const field of LOCALIZED_CHROME_FIELDS.filter((field) => !chromeFields.has(field)))
    problems.push(`store/${locale}/chrome-web-store.md has no "${field}" field`);
  for (const field of LOCALIZED_FIREFOX_FIELDS.filter((field) => !firefoxFields.has(field)))
    problems.push(`store/${locale}/firefox-add-ons.md has no "${field}" field`);

  tooLong(`The ${locale} name`, name, LIMITS.edgeName);
  tooLong(`The ${locale} summary`, summary, LIMITS.chromeSummary);
  tooLong(`store/${locale}/description.txt`, description.trim(), LIMITS.chromeDescription);
  tooLong(`The ${locale} AMO summary`, firefoxFields.get('Summary') ?? '', LIMITS.firefoxSummary);
  tooLong(`The ${locale} AMO name`, firefoxFields.get('Name') ?? '', LIMITS.firefoxName);
  if (firefoxFields.has('Name') && firefoxFields.get('Name') !== name) {
    problems.push(`store/${locale}/firefox-add-ons.md's name differs from the manifest's in ${locale}, "${name}"`);
  }
  notTranslated(`store/${locale}/description.txt`, description);
  notTranslated(`The ${locale} AMO summary`, firefoxFields.get('Summary') ?? '');
  notTranslated(`The ${locale} name`, name);
  for (const image of [...listedImages(chrome), ...listedImages(firefox)]) {
    if (!image.startsWith(`${locale}/`))
      problems.push(`store/${locale}'s listings name store/images/${image}, not an image in ${locale}`);
  }
  return problems;
}
