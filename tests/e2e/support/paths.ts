import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const chromeBuild = resolve(root, '.output/chrome-mv3');
export const firefoxBuild = resolve(root, '.output/firefox-mv2');
export const pagesDir = resolve(root, 'tests/fixtures/pages');
export const corpusDir = resolve(root, '../shared/corpus/pages');

/** What the tests read of package.json. */
export interface PackageJson {
  name: string;
  version: string;
}
