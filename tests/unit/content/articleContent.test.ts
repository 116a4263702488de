import { describe, expect, it } from 'vitest';
import { causes } from '../../../content/causes';
import { lexicon } from '../../../content/lexicon';
import { redFlagRecords } from '../../../content/redFlags';
import { neighbourRecords, recommendedRecords } from '../../../content/related';
import { topicRecords } from '../../../content/topics/records';
import type { TopicRecord } from '../../../content/types';
import { compileMatcher } from '../../../lib/match/matcher';
import messages from '../../../public/_locales/en/messages.json';

const records = topicRecords as readonly TopicRecord[];
const recordOf = (id: string) => records.find((record) => record.id === id)!;
const flagIds = new Set<string>(redFlagRecords.map((flag) => flag.id));
const terms = records.flatMap((record) => record.terms.map((term) => ({ ...term, topic: record }) as const));
const termOf = (text: string) => terms.find((term) => term.en?.term === text)!;
const matcher = compileMatcher(lexicon);
/** The topic a text is read as, when the whole text is one mark; null when nothing is marked. */
function topicRead(text: string): string | null {
  const found = matcher.find(text);
  if (found.length === 0) return null;
  // An asymmetric matcher is typed `any`; `unknown` keeps the object checked.
  expect(found, text).toEqual([{ start: 0, end: text.length, term: expect.any(Number) as unknown }]);
  return lexicon[found[0].term].topic;
}

describe('warning signs', () => {
  it('has unique ids, and "Seek care now" covers pregnancy, worsening leg weakness and a fall on weak bones', () => {
    expect(flagIds.size).toBe(redFlagRecords.length);
    const urgency = Object.fromEntries(redFlagRecords.map((flag) => [flag.id, flag.urgency]));
    expect(urgency).toMatchObject({
      'pregnancy-emergency': 'emergency',
      'pregnancy-warning': 'urgent',
      'leg-weakness': 'emergency',
      'fall-weak-bones': 'urgent',
      'both-legs': 'emergency',
      'saddle-numbness': 'emergency',
      'bladder-bowel': 'emergency',
      'chest-pain': 'emergency',
      'fever-unwell': 'urgent',
    });
  });

  it('gives every urgent term at least one sign, and every sign names a red flag that exists', () => {
    for (const term of terms) {
      if (term.category === 'urgent')
        expect(term.signs?.length ?? 0, term.en?.term ?? term.zh?.term).toBeGreaterThan(0);
      for (const sign of term.signs ?? [])
        expect(flagIds.has(sign), `${term.en?.term ?? term.zh?.term}: ${sign}`).toBe(true);
    }
  });

  it.each([
    ['ectopic pregnancy', 'pregnancy-emergency'],
    ['ruptured ectopic pregnancy', 'pregnancy-emergency'],
    ['shoulder tip pain', 'pregnancy-warning'],
    ['urinary incontinence', 'bladder-bowel'],
    ['faecal incontinence', 'bladder-bowel'],
    ['cauda equina syndrome', 'saddle-numbness'],
    ['numbness between the inner thighs', 'saddle-numbness'],
    ['numbness in both legs', 'leg-weakness'],
    ['sciatica', 'both-legs'],
  ])('routes %j to the sign %j', (text, sign) => {
    expect(termOf(text).signs).toContain(sign);
  });
});

describe('where each term comes from', () => {
  it('credits to the article only the conditions it names', () => {
    const named = records.filter((record) => record.kind === 'named').map((record) => record.id);
    expect(named.sort()).toEqual(['back-pain', 'back-pain-after-sex', 'kidney-stones', 'nephritis', 'nerve-symptoms']);
  });

  it('labels cauda equina syndrome as not the article’s, from the NHS, without renaming it', () => {
    const caudaEquina = recordOf('cauda-equina');
    expect(caudaEquina).toMatchObject({ kind: 'warning', source: 'NHS' });
    for (const text of ['cauda equina syndrome', 'CES', 'numbness between the inner thighs', 'saddle numbness']) {
      expect(topicRead(text), text).toBe('cauda-equina');
    }
  });

  it('gives the article’s subject a topic of its own, not one of its causes', () => {
    for (const text of ['back pain after sex', 'lower back pain after intercourse', 'back pain during sex']) {
      expect(topicRead(text), text).toBe('back-pain-after-sex');
    }
  });

  it('reads general nerve symptoms as their own topic, never as one checklist cause', () => {
    const causeIds = new Set<string>(causes.map((cause) => cause.id));
    for (const text of ['sciatica', 'pins and needles', 'radiating pain', 'trapped nerve', 'numbness in the leg']) {
      const topic = topicRead(text);
      expect(topic, text).toBe('nerve-symptoms');
      expect(causeIds.has(topic!), text).toBe(false);
    }
    expect(topicRead('slipped disc')).toBe('disc-herniation');
  });

  it('marks "blood stasis" only where it can only mean the traditional concept', () => {
    expect(matcher.find('Blood stasis in the leg veins raises the risk of a clot.')).toEqual([]);
    for (const text of [
      'blood stasis syndrome',
      'qi stagnation and blood stasis',
      'low back pain due to blood stasis',
    ]) {
      expect(topicRead(text), text).toBe('blood-stasis');
    }
  });
});

describe('care advice', () => {
  it('gives every cause care advice, or lets the general advice show where the article is silent', () => {
    expect(messages.seeDoctorNone.message).toMatch(/See a doctor.*Seek care now/);
    for (const cause of causes) {
      if (cause.seeDoctor !== null) expect(cause.seeDoctor, cause.id).toMatch(/^(if|as soon as)\b|examination/i);
    }
  });

  it('says when to get pelvic tumours checked, from the NHS, and keeps what the article says in its summary', () => {
    const pelvic = causes.find((cause) => cause.id === 'pelvic-tumours')!;
    expect(pelvic.seeDoctor).toBeNull();
    expect(pelvic.summary).toMatch(/medicines often do not relieve/);
    expect(pelvic.careFromSource?.source).toBe('NHS');
    expect(pelvic.careFromSource?.text).toMatch(/999|A&E/);
  });

  it("keeps the article's traction advice and says beside it what NICE says", () => {
    const disc = causes.find((cause) => cause.id === 'disc-herniation')!;
    expect(disc.whatToDo).toMatch(/bed traction/);
    expect(disc.guidanceNote?.source).toBe('NICE');
    expect(disc.guidanceNote?.text).toMatch(/against traction/);
    expect(termOf('bed traction').definition.en).toMatch(/NICE/);
  });
});

/** The article's own topics and the warning signs, whose texts this suite holds to Chinese. */
const ARTICLE_SIDE = [
  ...causes.map((cause) => cause.id),
  'back-pain-after-sex',
  'back-pain',
  'nerve-symptoms',
  'kidney-stones',
  'nephritis',
  'cauda-equina',
  'warning-signs',
];
const HAN = /\p{Script=Han}/u;

/** Every `Localized` text inside a value, with where it sits. */
function localizedIn(value: unknown, path: string): [string, { en: string; zh_CN?: string }][] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [[path, record as { en: string; zh_CN?: string }]];
  return Object.entries(record).flatMap(([key, inner]) => localizedIn(inner, `${path}.${key}`));
}

describe('in Chinese', () => {
  it.each(ARTICLE_SIDE)('gives every text of %s a Simplified Chinese version', (id) => {
    const texts = localizedIn(recordOf(id), id);
    expect(texts.length).toBeGreaterThan(2);
    for (const [path, text] of texts) expect(text.zh_CN ?? '', path).toMatch(HAN);
  });

  it('gives every red flag and related article a Simplified Chinese version', () => {
    for (const [path, text] of [
      ...localizedIn(redFlagRecords, 'redFlags'),
      ...localizedIn(neighbourRecords, 'neighbours'),
      ...localizedIn(recommendedRecords, 'recommended'),
    ]) {
      expect(text.zh_CN ?? '', path).toMatch(HAN);
    }
  });

  it('keeps every Chinese definition to at most 60 characters', () => {
    for (const term of terms) {
      if (term.definition.zh_CN)
        expect([...term.definition.zh_CN].length, term.en?.term ?? term.zh?.term).toBeLessThanOrEqual(60);
      if (term.definition.zh_TW)
        expect([...term.definition.zh_TW].length, term.en?.term ?? term.zh?.term).toBeLessThanOrEqual(60);
    }
  });

  it('says 中医 in every Chinese summary and definition of a traditional concept, and links none to kidney pages', () => {
    const traditional = records.filter((record) => record.kind === 'cause' && record.tradition === 'tcm');
    expect(traditional.map((record) => record.id).sort()).toEqual([
      'blood-stasis',
      'cold-dampness',
      'kidney-deficiency',
    ]);
    for (const record of traditional) {
      expect(record.summary.zh_CN, record.id).toMatch(/中医/);
      for (const term of record.terms) expect(term.definition.zh_CN, term.en?.term ?? term.zh?.term).toMatch(/中医/);
      for (const link of record.links) expect(`${link.url} ${link.title}`).not.toMatch(/kidney|nephr|renal|肾|腎/i);
    }
  });

  it('links Chinese pages over https, with their language and a Chinese title', () => {
    const chinese = records.flatMap((record) => record.links).filter((link) => 'lang' in link);
    expect(chinese.length).toBeGreaterThan(0);
    for (const link of chinese) {
      expect(link.url, link.url).toMatch(/^https:\/\//);
      expect(['zh-Hans', 'zh-Hant']).toContain((link as { lang: string }).lang);
      expect(link.title, link.url).toMatch(HAN);
    }
  });
});
