import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { scoreAnnotations, type ExpectedMark } from './support/annotations';
import { waitFor } from './support/browsers';
import { BROWSERS, type TestBrowser, type TestPage } from './support/harness';
import { pagesDir } from './support/paths';

interface VocabularyPage {
  file: string;
  health: boolean;
  about: string;
}

/** The English pages, and the Chinese ones in Simplified and Traditional characters, held to the same bars. */
const VOCABULARIES = ['vocabulary', 'vocabulary-zh'] as const;
const ARTICLE = ['condition', 'symptom', 'anatomy', 'risk', 'tcm'].map((name) => `lumbar-lens-${name}`);
const WIDER = ['beyond', 'treatment'].map((name) => `lumbar-lens-${name}`);
// Urgent terms are the article's (cauda equina) or not (ectopic pregnancy): either group may expect one.
const GROUPS = { article: [...ARTICLE, 'lumbar-lens-urgent'], wider: [...WIDER, 'lumbar-lens-urgent'] };

function recall(marks: ExpectedMark[], group: string): number {
  const ofGroup = marks.filter((mark) => mark.group === group);
  return ofGroup.filter((mark) => mark.found).length / ofGroup.length;
}

/** The highlights once the content script has judged the page and its pass has settled. */
async function settled(page: TestPage): Promise<{ state: string; verdict: string }> {
  let status: { state: string; verdict: string } | null = null;
  let last = -1;
  await waitFor(async () => {
    status = (await page.pageStatus()) as typeof status;
    if (!status || status.verdict === 'unchecked') return false;
    const now = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, set) => sum + set.size, 0), null);
    const stable = now === last;
    last = now;
    return stable;
  });
  return status!;
}

describe.each(VOCABULARIES.flatMap((folder) => BROWSERS.map(([name, launch]) => [folder, name, launch] as const)))(
  'the vocabulary on the pages of %s, written like the web’s, in %s',
  (folder, _name, launch) => {
    const pages = JSON.parse(readFileSync(resolve(pagesDir, folder, 'index.json'), 'utf8')) as VocabularyPage[];
    let server: PageServer;
    let browser: TestBrowser;
    const marks: (ExpectedMark & { page: string })[] = [];
    const wronglyMarked: string[] = [];

    beforeAll(async () => {
      server = await servePages({
        folders: { '/': pagesDir },
        headers: { 'content-security-policy': "script-src 'none'" },
      });
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(pages.filter((page) => page.health))('judges $file a health page from its text', async ({ file }) => {
      const page = await browser.open(`${server.origin}/${folder}/${file}`);
      const status = await settled(page);
      expect(status).toMatchObject({ verdict: 'health-terms', state: 'on' });
      const score = await page.evaluate(scoreAnnotations, GROUPS);
      marks.push(...score.expected.map((mark) => ({ ...mark, page: file })));
      wronglyMarked.push(...score.wronglyMarked.map((word) => `${file}: ${word}`));
      await page.close();
    });

    it.each(pages.filter((page) => !page.health))('leaves $file alone: not a health page', async ({ file }) => {
      const page = await browser.open(`${server.origin}/${folder}/${file}`);
      // The script ran and judged the page; only then does "no highlights" mean anything.
      expect(await settled(page)).toMatchObject({ verdict: 'not-health', state: 'not-health' });
      expect(await page.evaluate(() => CSS.highlights.size, null)).toBe(0);
      await page.close();
    });

    it('marks at least 95 % of the article’s terms and 90 % of the terms beyond it, and no general word alone', () => {
      const missed = marks
        .filter((mark) => !mark.found)
        .map((mark) => `${mark.page}: ${mark.group} "${mark.text}" ${mark.touchedBy.join(', ')}`);
      expect(marks.filter((mark) => mark.group === 'article').length).toBeGreaterThan(100);
      expect(marks.filter((mark) => mark.group === 'wider').length).toBeGreaterThan(100);
      expect(recall(marks, 'article'), missed.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(recall(marks, 'wider'), missed.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(wronglyMarked).toEqual([]);
    });
  },
);
