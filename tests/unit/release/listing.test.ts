// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accessOf,
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
} from '../../../scripts/release/listing.mjs';

const root = resolve(import.meta.dirname, '../../..');
const image = (name: string) => readFileSync(resolve(root, 'store/images', name));

const CHROME = {
  permissions: ['storage', 'search', 'sidePanel'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }],
};
const FIREFOX = {
  permissions: ['storage', 'search'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }],
};
const PERMISSIONS = `# Permissions

Intro.

## \`storage\` (Chrome, Firefox)

Keeps ticks.

## \`sidePanel\` (Chrome)

Shows the panel.

## \`search\` (Chrome, Firefox)

Searches a title.

## \`http://*/*\`, \`https://*/*\` (Chrome, Firefox)

Reads health pages.
`;

describe('a listing file’s fields', () => {
  it('are its ## sections, without the notes for the person filling the form', () => {
    const fields = fieldsOf('# Title\n\nIntro.\n\n## Name\n\nLumbar Lens\n\n> A note.\n\n## Empty\n\n> Only a note.\n');
    expect([...fields]).toEqual([
      ['Name', 'Lumbar Lens'],
      ['Empty', ''],
    ]);
  });

  it('count characters as the stores do, by code point', () => {
    expect(length('Lumbar Lens — back pain')).toBe(23);
    expect(length('🙂')).toBe(1);
  });

  it('may use only the placeholders store/README.md documents', () => {
    const documented = documentedPlaceholders('| `{SUPPORT_URL}` | where |\n| `{HOMEPAGE_URL}` | what |');
    expect(documented).toEqual(['{SUPPORT_URL}', '{HOMEPAGE_URL}']);
    expect(undocumentedPlaceholders('{SUPPORT_URL} and {TODO} and {TODO}', documented)).toEqual(['{TODO}']);
  });

  it('list the images to upload', () => {
    expect(listedImages('## Screenshots\n\n- store/images/a.png\n- store/images/b.png\n\nstore/images/c.png')).toEqual([
      'a.png',
      'b.png',
    ]);
  });
});

describe('permission justifications', () => {
  it('read each section’s entries and browsers', () => {
    expect(justificationsOf(PERMISSIONS).map(({ entries, browsers }) => [entries, browsers])).toEqual([
      [['storage'], ['Chrome', 'Firefox']],
      [['sidePanel'], ['Chrome']],
      [['search'], ['Chrome', 'Firefox']],
      [
        ['http://*/*', 'https://*/*'],
        ['Chrome', 'Firefox'],
      ],
    ]);
  });

  it('cover what a manifest asks for: permissions, host permissions and content scripts’ pages', () => {
    expect(
      accessOf({
        permissions: ['storage', 'https://a.example/*'],
        optional_permissions: ['tabs'],
        host_permissions: ['https://b.example/*'],
        content_scripts: [{ matches: ['https://*/*'] }, { matches: ['https://*/*'] }],
      }),
    ).toEqual(['https://*/*', 'https://a.example/*', 'https://b.example/*', 'storage', 'tabs']);
  });

  it('match the manifests exactly', () => {
    expect(permissionProblems(justificationsOf(PERMISSIONS), { Chrome: CHROME, Firefox: FIREFOX })).toEqual([]);
  });

  it('fail on a permission no section justifies, and on a justification no manifest asks for', () => {
    const chrome = { ...CHROME, permissions: [...CHROME.permissions, 'tabs'] };
    const firefox = { ...FIREFOX, permissions: ['storage'] };
    expect(permissionProblems(justificationsOf(PERMISSIONS), { Chrome: chrome, Firefox: firefox })).toEqual([
      "Chrome's manifest asks for `tabs`, which permissions.md does not justify for Chrome",
      'permissions.md justifies `search` for Firefox, whose manifest does not ask for it',
    ]);
  });

  it('fail on a permission justified for the wrong browser only', () => {
    const wrong = PERMISSIONS.replace('## `sidePanel` (Chrome)', '## `sidePanel` (Firefox)');
    expect(permissionProblems(justificationsOf(wrong), { Chrome: CHROME, Firefox: FIREFOX })).toEqual([
      "Chrome's manifest asks for `sidePanel`, which permissions.md does not justify for Chrome",
      'permissions.md justifies `sidePanel` for Firefox, whose manifest does not ask for it',
    ]);
  });

  it('fail on a heading without entries or browsers, an unknown browser, or a text too long', () => {
    const bad = `## storage\n\nNo backticks, no browsers.\n\n## \`search\` (Chrome, Edge)\n\n${'x'.repeat(1001)}\n`;
    expect(permissionProblems(justificationsOf(bad), {})).toEqual([
      'permissions.md: "storage" names no `entry` or no (browsers)',
      'permissions.md: "`search` (Chrome, Edge)" names an unknown browser Chrome',
      'permissions.md: "`search` (Chrome, Edge)" names an unknown browser Edge',
      'permissions.md: "`search` (Chrome, Edge)" is longer than 1000 characters',
    ]);
  });

  it('are the entries of docs/privacy.md’s permissions table', () => {
    const page = `## Permissions, and why\n\n| permission | what for |\n| --- | --- |\n| \`storage\` | ticks |\n| content script on \`http://*/*\` and \`https://*/*\` | pages \`x\` |\n\n## Next\n`;
    expect(tableEntries(page, 'Permissions, and why')).toEqual(['http://*/*', 'https://*/*', 'storage']);
  });
});

describe('store images', () => {
  const good = new Map([
    ['screenshot-1.png', image('screenshot-1-panel-and-page.png')],
    ['screenshot-2.png', image('screenshot-2-term-card.png')],
    ['screenshot-3.png', image('screenshot-3-seek-care-and-checklist.png')],
    ['promo-small-440x280.png', image('promo-small-440x280.png')],
    ['icon-128.png', image('icon-128.png')],
  ]);

  it('pass at the stores’ sizes, screenshots and tile without alpha, the icon padded', () => {
    expect(imageProblems(good)).toEqual([]);
  });

  it('fail at another size, with or without alpha where the store wants the other, or too few', () => {
    const bad = new Map([
      ['screenshot-1.png', image('icon-128.png')],
      ['promo-small-440x280.png', image('screenshot-1-panel-and-page.png')],
      ['icon-128.png', image('promo-small-440x280.png')],
      ['banner.png', image('icon-128.png')],
    ]);
    expect(imageProblems(bad)).toEqual([
      'store/images/screenshot-1.png: 128×128, not 1280×800 or 640×400',
      'store/images/screenshot-1.png: must have no alpha channel',
      'store/images/promo-small-440x280.png: 1280×800, not 440×280',
      'store/images/icon-128.png: 440×280, not 128×128',
      'store/images/icon-128.png: needs an alpha channel',
      'store/images/icon-128.png: the artwork must leave 16 px of transparency on each side',
      'store/images/banner.png: not a kind of store image (screenshot-, promo-small-, icon-128…png)',
      'store/images: 1 screenshots, fewer than 3',
    ]);
  });

  it('fail on an icon whose artwork touches the edge: the packaged toolbar icon', () => {
    const unpadded = new Map(good).set('icon-128.png', readFileSync(resolve(root, 'public/icon/128.png')));
    expect(imageProblems(unpadded)).toEqual([
      'store/images/icon-128.png: the artwork must leave 16 px of transparency on each side',
    ]);
  });
});

describe('a listing in another language', () => {
  const listing = {
    locale: 'zh_CN',
    chrome:
      '# CWS\n\n## Description\n\n> Paste.\n\n## Screenshots\n\n- store/images/zh_CN/screenshot-1.png\n\n## Small promo tile\n\n- store/images/zh_CN/promo-small-440x280.png\n',
    firefox:
      '# AMO\n\n## Name\n\nLumbar Lens：同房后腰疼\n\n## Summary\n\n私密的原因清单。\n\n## Description\n\n> Paste.\n\n## Screenshots\n\n- store/images/zh_CN/screenshot-1.png\n',
    description: '有些健康问题不好意思当面问。',
    name: 'Lumbar Lens：同房后腰疼',
    summary: '同房后腰疼可能的原因清单。',
  };

  it('is ready when its fields are there, in Chinese, within the limits, with its own images', () => {
    expect(localizedListingProblems(listing)).toEqual([]);
  });

  it('names what is missing, left in English, too long, or taken from another language', () => {
    const problems = localizedListingProblems({
      ...listing,
      chrome: listing.chrome.replace('## Small promo tile', '## Promo').replaceAll('images/zh_CN/', 'images/'),
      firefox: listing.firefox.replace('私密的原因清单。', 'A private checklist.'),
      description: 'Some questions are hard to ask.',
      name: 'Lumbar Lens：同房后腰疼'.repeat(3),
    });
    expect(problems).toEqual([
      'store/zh_CN/chrome-web-store.md has no "Small promo tile" field',
      `The zh_CN name has ${length('Lumbar Lens：同房后腰疼'.repeat(3))} characters; the limit is 45`,
      `store/zh_CN/firefox-add-ons.md's name differs from the manifest's in zh_CN, "${'Lumbar Lens：同房后腰疼'.repeat(3)}"`,
      'store/zh_CN/description.txt is not in Chinese',
      'The zh_CN AMO summary is not in Chinese',
      "store/zh_CN's listings name store/images/screenshot-1.png, not an image in zh_CN",
      "store/zh_CN's listings name store/images/promo-small-440x280.png, not an image in zh_CN",
    ]);
  });
});
