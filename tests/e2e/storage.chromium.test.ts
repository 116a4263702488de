// Chromium only: corrupt values are written into storage through the service worker, which Firefox's event page does not offer; the parsers that read them are unit-tested for both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { pagesDir } from './support/paths';

const goodEpisode = {
  version: 1,
  id: 'kept',
  at: '2025-05-01T21:00:00.000Z',
  pain: 5,
  side: 'left',
  duration: 'hours',
  changes: [],
  note: '',
};

const corruptions: [string, Record<string, unknown>][] = [
  [
    'wrong types',
    { settings: 42, 'tick:blood-stasis': 'yes', 'tick:high-heels': { deep: [1, 2] }, 'diary:broken': 42 },
  ],
  [
    'truncated JSON',
    { settings: '{"version":1,"highlighting":fal', 'tick:blood-stasis': '{"tru', 'diary:broken': '{"version":1,"pa' },
  ],
  [
    'huge values',
    {
      settings: 'x'.repeat(5_000_000),
      'tick:blood-stasis': 'y'.repeat(1_000_000),
      'diary:broken': 'z'.repeat(100_000),
    },
  ],
  [
    'an unknown version',
    {
      settings: { version: 999, highlighting: false, disabledSites: ['127.0.0.1'] },
      'diary:broken': { ...goodEpisode, id: 'broken', version: 999 },
    },
  ],
];

describe('bad stored data in Chromium', () => {
  let server: PageServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await servePages({ folders: { '/': pagesDir } });
    session = await launchChromium();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function store(values: Record<string, unknown>): Promise<void> {
    await session.context.serviceWorkers()[0].evaluate(async (items) => {
      const { storage } = (
        globalThis as unknown as {
          chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };
        }
      ).chrome;
      await storage.local.clear();
      await storage.local.set(items);
    }, values);
  }

  it.each(corruptions)(
    'opens with defaults and keeps the valid ticks and diary entries after %s',
    async (_, corrupt) => {
      await store({
        ...corrupt,
        'tick:disc-herniation': true,
        'tick:sacroiliac-strain': true,
        'diary:kept': goodEpisode,
      });
      const panel = await session.context.newPage();
      const errors: string[] = [];
      panel.on('pageerror', (error) => errors.push(error.message));
      await panel.goto(session.panelUrl);
      // The article's 13 causes; the causes beyond it follow in a section of their own.
      const ticks = panel.locator('[data-cause] input[type=checkbox]');
      await expect.poll(() => ticks.count()).toBe(13);
      await expect
        .poll(async () =>
          (await panel.locator('.cause input:checked').evaluateAll((boxes) => boxes.map((box) => box.id))).sort(),
        )
        .toEqual(['tick-disc-herniation', 'tick-sacroiliac-strain']);
      await panel.getByRole('tab', { name: 'This page' }).click();
      expect(await panel.getByRole('checkbox', { name: 'Highlight terms on health pages' }).isChecked()).toBe(true);
      // A damaged diary entry loses only itself.
      await expect.poll(() => panel.locator('#diary .episode').count()).toBe(1);
      expect(await panel.locator('#diary').textContent()).toContain('1 stored diary entry could not be read');

      // The content script reads the same storage: it falls back to highlighting on.
      const tab = await session.context.newPage();
      await tab.goto(`${server.origin}/back-pain.html`);
      await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await Promise.all([panel.close(), tab.close()]);
    },
  );
});
