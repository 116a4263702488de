import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { readHighlights } from './support/highlights';
import { BROWSERS, type TestBrowser } from './support/harness';
import { pagesDir } from './support/paths';
import { judged } from './support/status';

/** The general words the issue names: never marked alone, whatever the vocabulary holds. */
const GENERAL_WORDS = ['腰部', '肌肉', '姿势', '姿勢', '性生活', '医院', '醫院', '疼痛'];

/** The Chinese pages' terms every vocabulary must mark, each with the highlight it gets. */
const SIMPLIFIED = {
  腰肌劳损: 'condition',
  腰椎间盘突出症: 'condition',
  坐骨神经痛: 'symptom',
  盆腔炎: 'beyond',
  子宫内膜异位症: 'beyond',
  前列腺炎: 'beyond',
  尿路感染: 'beyond',
  肾虚: 'tcm',
  寒湿: 'tcm',
  宫外孕: 'urgent',
  马尾综合征: 'urgent',
  MRI: 'treatment',
};
const TRADITIONAL = {
  腰肌勞損: 'condition',
  腰椎間盤突出症: 'condition',
  骨盆腔炎: 'beyond',
  披衣菌: 'beyond',
  攝護腺炎: 'beyond',
  腎結石: 'condition',
  腎虛: 'tcm',
  寒濕: 'tcm',
};

describe.each(BROWSERS)('Chinese pages in %s', (_name, launch) => {
  let server: PageServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['Simplified', '/chinese/zh-cn-back-pain-after-sex.html', SIMPLIFIED],
    ['Traditional (Taiwan)', '/chinese/zh-tw-back-pain-after-sex.html', TRADITIONAL],
  ])('judges a %s page a health page from its text and highlights its terms', async (_script, path, expected) => {
    const page = await browser.open(server.origin + path);
    const status = await judged(page, { untilCounted: true });
    expect(status).toEqual(expect.objectContaining({ verdict: 'health-terms', state: 'on' }));
    // Each term is painted, alone or as part of a longer, more specific term the vocabulary holds
    // (MRI检查, 衣原体感染), in the style of its topic.
    const paintedWith = <R extends { text: string }>(painted: R[], term: string) =>
      painted.find((range) => range.text.includes(term));
    await expect
      .poll(async () => {
        const painted = await page.evaluate(readHighlights, undefined);
        return Object.keys(expected).filter((term) => !paintedWith(painted, term));
      })
      .toEqual([]);
    const ranges = await page.evaluate(readHighlights, undefined);
    for (const [term, category] of Object.entries(expected)) {
      expect(paintedWith(ranges, term)?.highlight, term).toBe(`lumbar-lens-${category}`);
    }
    expect(ranges.filter((range) => GENERAL_WORDS.includes(range.text))).toEqual([]);
    // The panel's counts are per topic, Chinese mentions among them.
    await expect
      .poll(async () => ((await judged(page, { untilCounted: true })).counts['kidney-deficiency'] ?? 0) > 0)
      .toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
