// `npm run screenshots`: builds the Chrome package, loads it into headless Chromium on the demo page
// (tests/fixtures/pages/back-pain.html, served on 127.0.0.1 as health.example) and photographs it, light theme:
//   docs/page.png, docs/panel.png                the README's two pictures (the panel on its "This page" view);
//   store/images/screenshot-*.png                1280×800, for both stores' listings;
//   store/images/promo-small-440x280.png         the Chrome Web Store's small promo tile;
//   store/images/icon-128.png                    the store icon: 96×96 artwork in 16 px of transparent padding.
// `--no-build` photographs the build already in .output/chrome-mv3.
// `--lang zh_CN` (or zh_TW) photographs the build in that language, as a browser in it shows it, for that
// language's listing: store/images/<lang>/screenshot-*.png and its promo tile (the README's pictures and the
// icon are the English run's).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from './chromium.mjs';
import { servePages } from './serve-pages.mjs';
/** @import { Page } from 'playwright-core' */
/** @import { Browser } from 'webextension-polyfill' */

const root = resolve(import.meta.dirname, '..');
const LANGUAGES = /** @type {const} */ (['en', 'zh_CN', 'zh_TW']);
const langAt = process.argv.indexOf('--lang');
const asked = langAt === -1 ? 'en' : (process.argv[langAt + 1] ?? '');
/** @param {string} value @returns {value is (typeof LANGUAGES)[number]} */
const isLanguage = (value) => LANGUAGES.some((language) => language === value);
if (!isLanguage(asked)) {
  console.error(`--lang takes one of ${LANGUAGES.join(', ')}, not ${asked}`);
  process.exit(2);
}
const lang = asked;
/** The BCP 47 tag of the language, as the browser is told to speak it. */
const tag = lang.replace('_', '-');
/** @type {unknown} */
const parsedMessages = JSON.parse(readFileSync(resolve(root, `public/_locales/${lang}/messages.json`), 'utf8'));
const messages =
  /** @type {Record<string, { message: string, placeholders?: Record<string, { content: string }> }>} */ (
    parsedMessages
  );
/**
 * A message of the build's language, with its placeholders filled in order.
 * @param {string} key @param {string[]} values
 */
const say = (key, ...values) => {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key} in ${lang}`);
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, /** @type {string} */ name) => {
    const position = Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1));
    return values[position - 1] ?? '';
  });
};
/** Where this language's store pictures go. */
const storeImages = lang === 'en' ? 'store/images' : `store/images/${lang}`;
const build = resolve(root, '.output/chrome-mv3');
const images = resolve(root, storeImages);
const PANEL_WIDTH = 380;
const WIDTH = 1280;
const HEIGHT = 800;
/** A reserved name (RFC 2606), mapped to 127.0.0.1 in this browser only. */
const DEMO_HOST = 'health.example';

/** The pictures' own words, in each language. */
const WORDS = {
  en: {
    caption: [
      'Seek care now, first',
      'The warning signs that mean “get care now” are always at the top of the panel.',
      'Tick the causes that may apply to you: the ticks stay in this browser.',
      'Copy a plain-text summary to show a doctor.',
    ],
    promo: 'Back pain after sex: the causes, privately',
  },
  zh_CN: {
    caption: [
      '需要马上就医的信号，放在最前面',
      '提示你应当马上就医的危险信号，始终在侧边栏的最上方。',
      '勾选可能符合你情况的原因：勾选结果只保存在这个浏览器里。',
      '复制一份文字摘要，给医生看。',
    ],
    promo: '同房后腰疼：可能的原因，私下弄明白',
  },
  zh_TW: {
    caption: [
      '需要馬上就醫的訊號，放在最前面',
      '提示你應當馬上就醫的危險訊號，始終在側邊欄的最上方。',
      '勾選可能符合你情況的原因：勾選結果只儲存在這個瀏覽器裡。',
      '複製一份文字摘要，給醫師看。',
    ],
    promo: '同房後腰痛：可能的原因，私下弄清楚',
  },
};

/** The composition pages' style: light, the panel's own colours. */
const SHEET_STYLE = `
  html, body { margin: 0; }
  body { font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; background: #ffffff; }
  img { display: block; }
  .side-by-side { display: flex; width: ${WIDTH}px; height: ${HEIGHT}px; }
  .side-by-side .panel { box-shadow: -1px 0 0 #c9ced4, -6px 0 12px rgba(0, 0, 0, 0.06); }
  .captioned { display: flex; gap: 20px; align-items: center; box-sizing: border-box; width: ${WIDTH}px; height: ${HEIGHT}px;
    padding: 20px; background: #eef3f9; }
  .captioned img { border: 1px solid #c9ced4; border-radius: 8px; overflow: hidden; }
  .caption { flex: 1; padding: 0 8px 0 12px; }
  .caption h1 { margin: 0 0 16px; font-size: 34px; line-height: 1.2; color: #0b5cad; }
  .caption p { margin: 0 0 14px; font-size: 20px; }
  .promo { box-sizing: border-box; width: 440px; height: 280px; padding: 20px 23px; background: #eef3f9; overflow: hidden; }
  .promo-head { display: flex; gap: 14px; align-items: center; margin-bottom: 16px; }
  .promo-head svg { width: 84px; height: 84px; flex: none; }
  .promo h1 { margin: 0; font-size: 34px; line-height: 1.1; color: #0b5cad; }
  .promo p { margin: 4px 0 0; font-size: 17px; line-height: 1.3; }
  .promo img { border: 1px solid #c9ced4; border-radius: 6px; }
  .store-icon { width: 128px; height: 128px; display: flex; align-items: center; justify-content: center; }
  .store-icon svg { width: 96px; height: 96px; }
`;

if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(images, { recursive: true });

/** @type {string[]} */
const written = [];
/** @param {string} path @param {Buffer} png */
function save(path, png) {
  writeFileSync(resolve(root, path), png);
  written.push(path);
}

const server = await servePages({ folders: { '/': resolve(root, 'tests/fixtures/pages') } });
const profile = mkdtempSync(join(tmpdir(), 'lumbar-lens-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  colorScheme: 'light',
  reducedMotion: 'reduce',
  deviceScaleFactor: 1,
  args: [
    ...CHROMIUM_ARGS,
    '--hide-scrollbars',
    // The pictures show a neutral site name rather than 127.0.0.1, which serves the page all the same.
    `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`,
    ...extensionArgs(build),
    `--lang=${tag}`,
  ],
  // On Linux, Chromium's UI language (which the panel follows by default) comes from the environment.
  env: { ...process.env, LANGUAGE: lang === 'en' ? 'en_US' : lang },
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;

  /** The demo page, highlighted, in a tab of its own. @param {number} width @param {number} height */
  async function openDemoPage(width, height) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`http://${DEMO_HOST}:${new URL(server.origin).port}/back-pain.html`);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    return page;
  }

  /**
   * The panel following `page`'s tab, as `sidepanel.html?tabId=N`, settled on the page's counts.
   * @param {Page} page
   * @param {number} height
   */
  async function openPanelFor(page, height) {
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const { tabs } = /** @type {{ chrome: Browser }} */ (/** @type {unknown} */ (globalThis)).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    const panel = await context.newPage();
    await panel.setViewportSize({ width: PANEL_WIDTH, height });
    await panel.goto(`${panelUrl}?tabId=${tabId}`);
    // Any count above zero: the panel has the page's counts.
    await panel.getByRole('button', { name: mentionsButton }).first().waitFor();
    return panel;
  }

  /** Any count above zero, as the mention buttons say it in this language. */
  const mentionsButton = new RegExp(
    `^(${escapeRegExp(say('mentionsOne'))}|${escapeRegExp(say('mentionsMany', '\u0000')).replace('\u0000', '[1-9][0-9]*')})$`,
  );

  /**
   * A fresh composition page of the given size, photographed once its images have loaded: opaque
   * (the stores take screenshots without alpha), or `transparent` around what it draws.
   * @param {string} html
   */
  async function compose(html, width = WIDTH, height = HEIGHT, { transparent = false } = {}) {
    const sheet = await context.newPage();
    await sheet.setViewportSize({ width, height });
    const background = transparent ? 'html, body { background: transparent; }' : '';
    await sheet.setContent(`<!doctype html><html lang="${tag}"><head><meta charset="utf-8">
      <style>${SHEET_STYLE}${background}</style></head><body>${html}</body></html>`);
    await sheet.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
    const png = await sheet.screenshot({ omitBackground: transparent });
    await sheet.close();
    return png;
  }

  // The README's pictures: the page as a reader sees it, and the panel on its "This page" view.
  if (lang === 'en') {
    const readmePage = await openDemoPage(900, 640);
    save('docs/page.png', await readmePage.screenshot());
    const readmePanel = await openPanelFor(readmePage, 1100);
    // Chrome's side panel at its usual width.
    await readmePanel.setViewportSize({ width: 400, height: 1100 });
    await readmePanel.getByRole('tab', { name: 'This page', selected: true }).waitFor();
    save('docs/panel.png', await readmePanel.screenshot());
    await Promise.all([readmePage.close(), readmePanel.close()]);
  }

  // 1. The panel beside the highlighted health page, on the view it opens on there: "This page",
  // Seek care now open on the signs the page names, and the topics found below it.
  const page = await openDemoPage(WIDTH - PANEL_WIDTH, HEIGHT);
  const panel = await openPanelFor(page, HEIGHT);
  const pageShot = await page.screenshot();
  const panelShot = await panel.screenshot();
  save(`${storeImages}/screenshot-1-panel-and-page.png`, await compose(sideBySide(pageShot, panelShot)));

  // 2. The term card, and the panel it opens on the checklist at the term's cause.
  await page.evaluate(() => scrollTo(0, (document.querySelectorAll('h2')[1]?.offsetTop ?? 0) - 96));
  const point = await page.evaluate(centreOf, 'herniated disk');
  await page.mouse.move(point.x, point.y);
  await page.locator('lumbar-lens-card').waitFor();
  await page.waitForTimeout(300);
  const cardShot = await page.screenshot();
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const open = nodes.find((node) => node.role?.value === 'button' && node.name?.value === say('cardOpenInPanel'));
  if (!open?.backendDOMNodeId) throw new Error('the term card has no "Open in panel" button');
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: open.backendDOMNodeId });
  const [left = 0, top = 0] = model.content;
  await page.mouse.click(left + 4, top + 4);
  await panel.waitForFunction(() => document.activeElement?.id === 'tick-disc-herniation');
  await panel.evaluate(() => {
    const details = document.querySelector('#cause-disc-herniation details');
    if (details instanceof HTMLDetailsElement) details.open = true;
    document.getElementById('cause-disc-herniation')?.scrollIntoView();
  });
  await page.keyboard.press('Escape');
  save(`${storeImages}/screenshot-2-term-card.png`, await compose(sideBySide(cardShot, await panel.screenshot())));

  // 3. Seek care now above the checklist (its search box, its groups, two causes ticked), and the summary view.
  await panel.evaluate(() =>
    document.querySelectorAll('details[open]').forEach((details) => details.removeAttribute('open')),
  );
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT - 40 });
  for (const id of ['disc-herniation', 'sacroiliac-strain']) await panel.locator(`#tick-${id}`).check();
  await panel.evaluate(() => scrollTo(0, 0));
  const panelTop = await panel.screenshot();
  await panel.getByRole('tab', { name: say('viewSummary') }).click();
  await panel.evaluate(() => scrollTo(0, 0));
  const ticks = await panel.screenshot();
  save(`${storeImages}/screenshot-3-seek-care-and-checklist.png`, await compose(captioned(panelTop, ticks)));

  // The small promo tile: the icon, the name and, at full size, lines of the highlighted page.
  const narrow = await openDemoPage(392, 600);
  const strip = await narrow.evaluate(() => {
    const paragraph = document.querySelectorAll('p')[2];
    scrollTo(0, (paragraph?.offsetTop ?? 0) - 6);
    return { x: 0, y: 0, width: 392, height: 116 };
  });
  const stripShot = await narrow.screenshot({ clip: strip });
  save(`${storeImages}/promo-small-440x280.png`, await compose(promoTile(stripShot), 440, 280));

  if (lang === 'en') {
    // The store icon: the icon's artwork in 96×96, centred, 16 px of transparency on each side.
    // The drawing's rounded square spans 4..124 of its 128 units: crop to it so it fills the 96 px.
    const icon = readFileSync(resolve(root, 'docs/icon.svg'), 'utf8').replace(
      'viewBox="0 0 128 128"',
      'viewBox="4 4 120 120"',
    );
    save(
      'store/images/icon-128.png',
      await compose(`<div class="store-icon">${icon}</div>`, 128, 128, { transparent: true }),
    );
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

for (const path of written) console.log(`wrote ${relative(root, resolve(root, path))}`);

/** Runs in the page: the centre of the first painted range whose text is `text`. @param {string} text */
function centreOf(text) {
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'lumbar-lens-current') continue;
    for (const range of highlight) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== text) continue;
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`no highlight reads "${text}"`);
}

/** @param {Buffer} png */
function dataUrl(png) {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** @param {Buffer} pageShot @param {Buffer} panelShot */
function sideBySide(pageShot, panelShot) {
  return `<div class="side-by-side"><img src="${dataUrl(pageShot)}" alt=""><img class="panel" src="${dataUrl(panelShot)}" alt=""></div>`;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** @param {Buffer} first @param {Buffer} second */
function captioned(first, second) {
  const [heading, ...lines] = WORDS[lang].caption;
  return `<div class="captioned">
    <div class="caption">
      <h1>${heading}</h1>
      ${lines.map((line) => `<p>${line}</p>`).join('')}
    </div>
    <img src="${dataUrl(first)}" alt=""><img src="${dataUrl(second)}" alt="">
  </div>`;
}

/** @param {Buffer} stripShot */
function promoTile(stripShot) {
  const icon = readFileSync(resolve(root, 'docs/icon.svg'), 'utf8');
  return `<div class="promo">
    <div class="promo-head">${icon}<div><h1>Lumbar Lens</h1><p>${WORDS[lang].promo}</p></div></div>
    <img src="${dataUrl(stripShot)}" alt="">
  </div>`;
}
