// A term card is drawn in a closed shadow root, which Firefox shows to no test API; what it draws is
// the background's answer to "describe-term". Here that answer is asked for from the panel page, in
// both browsers, for one term per rule of the safety review (card.chromium.test.ts reads the card
// itself in Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redFlags } from '../../content/redFlags';
import { topicById } from '../../content/topics';
import { BROWSERS, type TestBrowser, type TestPage } from './support/harness';

interface Description {
  topic: string;
  topicTitle: string;
  kind: string;
  source: string | null;
  urgent: boolean;
  signs: { id: string; text: string }[];
}

describe.each(BROWSERS)('term cards in %s', (_name, launch) => {
  let browser: TestBrowser;
  let panel: TestPage;

  beforeAll(async () => {
    browser = await launch();
    panel = await browser.openPanel();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const describeTerm = (term: string) =>
    panel.evaluate(async (asked) => {
      // Firefox's promise-based API is `browser`; Chromium's `chrome` returns promises too.
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const api = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (await (api.browser ?? api.chrome).runtime.sendMessage({
        type: 'describe-term',
        term: asked,
        locale: 'en',
      })) as Description | null;
    }, term);

  it('names the warning sign an urgent term is about, as "Seek care now" words it', async () => {
    const description = await describeTerm('ectopic pregnancy');
    expect(description?.urgent).toBe(true);
    expect(description?.signs.map((sign) => sign.id)).toContain('pregnancy-emergency');
    const words = redFlags.find((flag) => flag.id === 'pregnancy-emergency')!.text;
    expect(description?.signs.find((sign) => sign.id === 'pregnancy-emergency')?.text).toBe(words);
  });

  it('credits cauda equina syndrome to the NHS, not to the article', async () => {
    const description = await describeTerm('cauda equina syndrome');
    expect(description).toMatchObject({ kind: 'warning', source: 'NHS', urgent: true });
    expect(description?.signs.length).toBeGreaterThan(0);
  });

  it.each([
    ['sciatica', 'disc-herniation'],
    ['rheumatoid arthritis', 'osteoarthritis'],
    ['back pain after sex', 'sex-intensity'],
    ['chiropractor', 'physiotherapy'],
  ])('gives %j a topic of its own, not %s', async (term, wrong) => {
    const description = await describeTerm(term);
    expect(description?.topic).toBeDefined();
    expect(description?.topic).not.toBe(wrong);
    expect(description?.topicTitle).toBe(topicById(description!.topic)!.title);
  });

  it('tells that new incontinence with back pain is an emergency', async () => {
    const description = await describeTerm('urinary incontinence');
    expect(description?.signs.map((sign) => sign.id)).toContain('bladder-bowel');
  });
});
