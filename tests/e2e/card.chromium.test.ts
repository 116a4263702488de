// Chromium only: the card lives in a closed shadow root, which only Chromium's accessibility tree (CDP) lets a test read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages, type PageServer } from '../../scripts/serve-pages.mjs';
import { definitions } from '../../content/definitions';
import { lexicon } from '../../content/lexicon';
import { redFlags } from '../../content/redFlags';
import { topicById } from '../../content/topics';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { centreOf } from './support/highlights';
import { page } from './support/pages';

const PID_PAGE = page(
  `<h1>Back pain after sex</h1>
   <p id="pid">Pelvic inflammatory disease can cause deep pain during sex and a dull ache in the lower back.</p>
   <p>Endometriosis and a urinary tract infection are other causes; an ectopic pregnancy is an emergency.</p>
   <p>Cauda equina syndrome is rare. Sciatica and rheumatoid arthritis can make sex painful.</p>
   <p>Blood in urine after sex can have several causes.</p>`,
);

/** What a card must say of the topic a term belongs to: its title, as "Seek care now" and the panel have it. */
function topicOf(term: string) {
  const entry = lexicon.find((candidate) => candidate.term === term)!;
  return { entry, topic: topicById(entry.topic)! };
}

const signText = (id: string) => redFlags.find((flag) => flag.id === id)!.text;

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

  it('names the warning signs of an urgent term, as "Seek care now" words them', async () => {
    const text = await cardFor('ectopic pregnancy');
    expect(text).toContain(definitions['ectopic pregnancy']);
    expect(text).toContain('Call an emergency number or go to an emergency department if you have:');
    expect(text).toContain(signText('pregnancy-emergency'));
    expect(text).toContain('Show in “Seek care now”');
  });

  it('credits cauda equina syndrome to the NHS, not to the article', async () => {
    const text = await cardFor('Cauda equina syndrome');
    expect(text).toContain(`Topic: ${topicOf('cauda equina syndrome').topic.title}`);
    expect(text).toContain('Not in the article — from NHS');
    expect(text).not.toContain('Named in the article');
    expect(text).toContain(signText('saddle-numbness'));
  });

  it.each([
    ['Sciatica', 'disc-herniation', 'sciatica'],
    ['rheumatoid arthritis', 'osteoarthritis', 'rheumatoid arthritis'],
  ])('shows %j under a topic of its own, not under %s', async (written, wrong, term) => {
    const { topic } = topicOf(term);
    expect(topic.id).not.toBe(wrong);
    const text = await cardFor(written);
    expect(text).toContain(`Topic: ${topic.title}`);
    expect(text).not.toContain(`Topic: ${topicById(wrong)!.title}`);
  });

  it('says that blood in urine should always be checked by a doctor', async () => {
    const text = await cardFor('Blood in urine');
    expect(text).toContain(definitions['blood in urine']);
    expect(definitions['blood in urine']).toMatch(/doctor|GP/);
  });
});
