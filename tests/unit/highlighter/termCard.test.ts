import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermCard } from '../../../highlighter/termCard';
import type { Locale } from '../../../lib/i18n/locale';
import type { TermDescription } from '../../../lib/protocol/messages';

const PID: TermDescription = {
  term: 'pelvic inflammatory disease',
  definition: 'An infection of the womb, tubes or ovaries.',
  topic: 'pelvic-inflammatory-disease',
  topicTitle: 'Pelvic inflammatory disease (PID)',
  topicSummary: 'An infection of the female upper genital tract.',
  kind: 'beyond',
  source: 'NHS',
  traditional: false,
  urgent: false,
  definitionLocale: 'en',
  topicLocale: 'en',
  signs: [],
};

const ECTOPIC: TermDescription = {
  ...PID,
  term: 'ectopic pregnancy',
  topic: 'ectopic-pregnancy',
  urgent: true,
  signs: [
    {
      id: 'pregnancy-emergency',
      urgency: 'emergency',
      text: 'Sudden, severe pain low in the tummy when pregnant',
      locale: 'en',
    },
    { id: 'fever-unwell', urgency: 'urgent', text: 'A high temperature', locale: 'en' },
  ],
};

/** The card's closed shadow root, caught as it is attached: the page never gets it. */
function showCard(description: TermDescription | null, onOpen = vi.fn(async () => true), locale: Locale = 'en') {
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  const card = new TermCard(document, onOpen, () => locale);
  card.show(
    description?.term ?? 'sciatica',
    description?.topic ?? 'disc-herniation',
    description,
    new DOMRect(10, 10, 50, 20),
  );
  spy.mockRestore();
  const text = (selector: string) => root!.querySelector(selector)?.textContent ?? null;
  return { card, root: root!, text, onOpen };
}

describe('the term card', () => {
  afterEach(() => document.documentElement.querySelector('lumbar-lens-card')?.remove());

  it('shows the term, its definition, its topic, where the topic comes from, and the topic’s summary', () => {
    const { text, root } = showCard(PID);
    expect(text('.term')).toBe('pelvic inflammatory disease');
    expect(text('.definition')).toBe(PID.definition);
    expect(text('.topic')).toBe('Topic: Pelvic inflammatory disease (PID)');
    expect(text('.label')).toBe('Not in the article — from NHS');
    expect(text('.summary')).toBe(PID.topicSummary);
    expect(text('.urgent')).toBeNull();
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('pelvic inflammatory disease');
  });

  it.each([
    [{ kind: 'cause', source: null }, 'From the article: a cause on its checklist'],
    [{ kind: 'named', source: null }, 'Named in the article'],
    [
      { kind: 'cause', source: null, traditional: true },
      'From the article: a traditional Chinese medicine concept, not a diagnosis',
    ],
    [
      { kind: 'treatment', source: 'MedlinePlus' },
      'Treatment or test, not in the article — from MedlinePlus. Named, not recommended.',
    ],
  ] as const)('labels a %j topic as %j', (change, label) => {
    expect(showCard({ ...PID, ...change }).text('.label')).toBe(label);
  });

  it('names the warning signs an urgent term is about, each under the advice of its urgency', () => {
    const { root } = showCard(ECTOPIC);
    const lines = [...root.querySelectorAll('.urgent > *')].map((node) => node.textContent);
    expect(lines).toEqual([
      'Call an emergency number or go to an emergency department if you have:',
      'Sudden, severe pain low in the tummy when pregnant',
      'Get an urgent medical appointment if you have:',
      'A high temperature',
    ]);
  });

  it('opens the panel at an urgent term’s first warning sign', () => {
    const { root, onOpen } = showCard(ECTOPIC);
    const open = root.querySelector('button.open') as HTMLButtonElement;
    expect(open.textContent).toBe('Show in “Seek care now”');
    open.click();
    expect(onOpen).toHaveBeenCalledWith({ topic: 'ectopic-pregnancy', sign: 'pregnancy-emergency' });
  });

  it('names the signs of a term that only they make urgent, and opens the panel at its topic', () => {
    const { root, onOpen } = showCard({ ...ECTOPIC, urgent: false, topic: 'disc-herniation' });
    expect(root.querySelector('.urgent li')?.textContent).toBe(ECTOPIC.signs[0].text);
    const open = root.querySelector('button.open') as HTMLButtonElement;
    expect(open.textContent).toBe('Open in panel');
    open.click();
    expect(onOpen).toHaveBeenCalledWith({ topic: 'disc-herniation', sign: null });
  });

  it('still says to get care now for an urgent term whose signs it was not told', () => {
    expect(showCard({ ...PID, urgent: true }).text('.urgent')).toBe(
      'Get care now: see “Seek care now” at the top of the panel.',
    );
  });

  it('shows the term alone when the extension gave no description', () => {
    const { text } = showCard(null);
    expect(text('.term')).toBe('sciatica');
    expect(text('.definition')).toBeNull();
    expect(text('.topic')).toBeNull();
  });

  it('opens the panel at the term’s topic, and leaves the page as it was when closed', async () => {
    const before = document.documentElement.outerHTML;
    const { card, root, onOpen } = showCard(PID);
    (root.querySelector('button.open') as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledWith({ topic: 'pelvic-inflammatory-disease', sign: null });
    card.close();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the term card in Chinese', () => {
  afterEach(() => document.documentElement.querySelector('lumbar-lens-card')?.remove());

  it('speaks the chosen language, and marks the texts not yet written in it as English', () => {
    const { text, root } = showCard(PID, undefined, 'zh_TW');
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.lang).toBe('zh-TW');
    expect(text('.label')).toBe('文章中沒有：內容依據 NHS');
    expect(text('.topic')).toBe('主題：Pelvic inflammatory disease (PID)');
    expect(root.querySelector<HTMLElement>('.definition')!.lang).toBe('en');
    expect(root.querySelector<HTMLElement>('.summary')!.lang).toBe('en');
    expect(root.querySelector('.close')!.getAttribute('aria-label')).toBe('關閉');
    expect(text('.open')).toBe('在面板中檢視');
  });

  it('leaves lang unset on a text that is in the card’s language', () => {
    const chinese = { ...PID, definition: '女性上生殖道的感染。', definitionLocale: 'zh_CN' as const };
    const { root } = showCard(chinese, undefined, 'zh_CN');
    expect(root.querySelector<HTMLElement>('[role="dialog"]')!.lang).toBe('zh-CN');
    expect(root.querySelector<HTMLElement>('.definition')!.lang).toBe('');
    expect(root.querySelector('.label')!.textContent).toBe('文章中没有：内容依据 NHS');
  });
});
