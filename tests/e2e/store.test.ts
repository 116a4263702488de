import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogProblem } from '../../scripts/release/changelog.mjs';
import {
  LIMITS,
  accessOf,
  fieldsOf,
  imageProblems,
  justificationsOf,
  length,
  permissionProblems,
} from '../../scripts/release/listing.mjs';
import { COPY, privacyProblem } from '../../scripts/release/privacy.mjs';
import { checkStore, readBuiltManifest } from '../../scripts/release/store.mjs';
import { chromeBuild, firefoxBuild, root, type PackageJson } from './support/paths';

// The listing is checked against the manifests as built (by this project's globalSetup), not as configured:
// WXT adds the content scripts' pages and drops what a browser does not take.
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const chrome = readBuiltManifest(chromeBuild);
const firefox = readBuiltManifest(firefoxBuild);

describe('the store listing', () => {
  it('justifies every permission and host access of each manifest, and nothing else', () => {
    const justifications = justificationsOf(read('store/permissions.md'));
    expect(permissionProblems(justifications, { Chrome: chrome.manifest, Firefox: firefox.manifest })).toEqual([]);
    expect(accessOf(chrome.manifest)).toEqual([
      'http://*/*',
      'https://*/*',
      'scripting',
      'search',
      'sidePanel',
      'storage',
    ]);
  });

  it('keeps names and summaries within each store’s limits', () => {
    expect(length(chrome.name)).toBeLessThanOrEqual(LIMITS.edgeName);
    expect(length(chrome.description)).toBeLessThanOrEqual(LIMITS.chromeSummary);
    expect(length(read('store/description.txt').trim())).toBeLessThanOrEqual(LIMITS.chromeDescription);
    const amo = fieldsOf(read('store/firefox-add-ons.md'));
    expect(amo.get('Name')).toBe(firefox.name);
    expect(length(amo.get('Name')!)).toBeLessThanOrEqual(LIMITS.firefoxName);
    expect(length(amo.get('Summary')!)).toBeLessThanOrEqual(LIMITS.firefoxSummary);
    const cws = fieldsOf(read('store/chrome-web-store.md'));
    expect(length(cws.get('Single purpose description')!)).toBeLessThanOrEqual(LIMITS.chromePrivacyField);
  });

  it('has its images at the stores’ exact sizes, in each language', () => {
    for (const folder of ['store/images', 'store/images/zh_CN', 'store/images/zh_TW'].map((path) =>
      resolve(root, path),
    )) {
      const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
      const images = new Map(files.map(({ name }) => [name, readFileSync(resolve(folder, name))]));
      expect(imageProblems(images), folder).toEqual([]);
    }
  });

  it('has a CHANGELOG entry for the version in package.json', () => {
    expect(
      changelogProblem(read('CHANGELOG.md'), (JSON.parse(read('package.json')) as PackageJson).version),
    ).toBeNull();
  });

  it('has the privacy policy docs/privacy.md shows', () => {
    expect(privacyProblem(read(COPY), read('store/privacy-policy.md'))).toBeNull();
  });

  it('passes the whole check `npm run release` makes', () => {
    expect(checkStore({ root, builds: { Chrome: chromeBuild, Firefox: firefoxBuild } })).toEqual([]);
  });
});
