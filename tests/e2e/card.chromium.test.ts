// Chromium only: the card lives in a closed shadow root, which only Chromium's accessibility tree (CDP) lets a test read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { definitions } from '../../content/definitions';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { centreOf } from './support/highlights';
import { page } from './support/pages';

const PID_PAGE = page(
  `<h1>Back pain after sex</h1>
   <p id="pid">Pelvic inflammatory disease can cause deep pain during sex and a dull ache in the lower back.</p>
   <p>Endometriosis and a urinary tract infection are other causes; an ectopic pregnancy is an emergency.</p>`,
);

describe('the term card, in Chromium', () => {
  let server: PageServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await servePages({ folders: {}, headers: { 'content-security-policy': "script-src 'none'" } });
    server.route('/pid.html', PID_PAGE);
    session = await launchChromium();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** What the card says, read as assistive technology reads it. */
  async function cardFor(term: string): Promise<string[]> {
    const tab = await session.context.newPage();
    await tab.goto(`${server.origin}/pid.html`);
    await expect.poll(() => tab.evaluate(centreOf, term)).not.toBeNull();
    const point = (await tab.evaluate(centreOf, term))!;
    await tab.mouse.move(point.x, point.y);
    await expect.poll(() => tab.locator('lumbar-lens-card').count()).toBe(1);
    const cdp = await session.context.newCDPSession(tab);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    await tab.close();
    return nodes.filter((node) => node.role?.value === 'StaticText').map((node) => node.name?.value ?? '');
  }

  it('explains "pelvic inflammatory disease" in plain words, and says it is not in the article', async () => {
    const text = await cardFor('Pelvic inflammatory disease');
    expect(text).toContain('pelvic inflammatory disease');
    expect(text).toContain(definitions['pelvic inflammatory disease']);
    expect(text).toContain('Topic: Pelvic inflammatory disease (PID)');
    expect(text).toContain('Not in the article — from NHS');
  });

  it('tells what to do now for an urgent term', async () => {
    const text = await cardFor('ectopic pregnancy');
    expect(text).toContain(definitions['ectopic pregnancy']);
    expect(text).toContain('Get care now: see “Seek care now” at the top of the panel.');
  });
});
