import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../content/lexicon';
import { topicRecords } from '../../../content/topics/records';
import type { Localized, TopicRecord, WiderRecord } from '../../../content/types';
import { compileMatcher } from '../../../lib/match/matcher';

/** The topics beyond the article, and the treatments and tests: every text here is this file's concern. */
const wider = (topicRecords as readonly TopicRecord[]).filter(
  (record): record is WiderRecord => record.kind === 'beyond' || record.kind === 'treatment',
);
const byId = (id: string) => {
  const record = wider.find((topic) => topic.id === id);
  if (!record) throw new Error(`no topic ${id}`);
  return record;
};

/** Every text of a topic, each with a label that says where it sits. */
function textsOf(record: WiderRecord): [string, Localized][] {
  return [
    [`${record.id} title`, record.title],
    [`${record.id} summary`, record.summary],
    ...(record.getCare ? ([[`${record.id} getCare`, record.getCare]] as [string, Localized][]) : []),
    ...record.terms.map((term): [string, Localized] => [
      `${record.id} / ${term.en?.term ?? term.zh?.term}`,
      term.definition,
    ]),
  ];
}
const allTexts = wider.flatMap(textsOf);

/** Where a Chinese learn-more page may live (health-references.md, "Chinese-language sources"). */
const chineseSources = [
  'msdmanuals.cn',
  'msdmanuals.com',
  'chp.gov.hk',
  'ha.org.hk',
  'mohw.gov.tw',
  'hpa.gov.tw',
  'who.int',
];

const matcher = compileMatcher(lexicon);
/** The topic the highlighter gives to a phrase read on its own. */
function topicOf(phrase: string): string | undefined {
  const [match] = matcher.find(phrase);
  if (!match || match.start !== 0 || match.end !== phrase.length) return undefined;
  return lexicon[match.term].topic;
}

describe('topics beyond the article, in Chinese', () => {
  it.each(allTexts)('%s has Simplified Chinese', (_, text) => {
    expect(text.zh_CN).toMatch(/\p{Script=Han}/u);
    expect(text.zh_CN).not.toMatch(/[a-z]{4,}/); // no English sentence left in
  });

  it('keeps every Chinese definition to 60 characters at most', () => {
    for (const record of wider) {
      for (const term of record.terms) {
        expect([...(term.definition.zh_CN ?? '')].length, term.en?.term ?? term.zh?.term).toBeLessThanOrEqual(60);
        if (term.definition.zh_TW)
          expect([...term.definition.zh_TW].length, term.en?.term ?? term.zh?.term).toBeLessThanOrEqual(60);
      }
    }
  });

  it('writes Taiwan’s words where Taiwan’s usage differs from a script conversion', () => {
    const taiwan: [RegExp, RegExp][] = [
      [/盆腔/, /骨盆腔/],
      [/衣原体/, /披衣菌/],
      [/强直性脊柱炎/, /僵直性脊椎炎/],
      [/子宫腺肌/, /子宮肌腺症/],
      [/对乙酰氨基酚/, /乙醯胺酚/],
      [/非甾体/, /非類固醇/],
    ];
    for (const [label, text] of allTexts) {
      for (const [mainland, taiwanese] of taiwan) {
        if (mainland.test(text.zh_CN ?? '')) expect(text.zh_TW, label).toMatch(taiwanese);
      }
    }
  });

  it('names the source of every care line, in both languages', () => {
    for (const record of wider.filter((topic) => topic.getCare)) {
      expect(record.getCare!.en, record.id).toContain(record.source);
      if (record.source === 'NHS') expect(record.getCare!.zh_CN, record.id).toMatch(/英国国民保健署（NHS）/);
    }
  });
});

describe('care lines at the source’s urgency levels', () => {
  it.each([
    'urinary-tract-infection',
    'kidney-infection',
    'pelvic-inflammatory-disease',
    'ectopic-pregnancy',
    'chronic-pelvic-pain',
  ])('%s names the emergency level (999 or A&E) and says it in Chinese as emergency care', (id) => {
    const care = byId(id).getCare!;
    expect(care.en).toMatch(/999/);
    expect(care.en).toMatch(/A&E/);
    expect(care.zh_CN).toMatch(/急救电话|急诊/);
  });

  it.each([
    'urinary-tract-infection',
    'kidney-infection',
    'pelvic-inflammatory-disease',
    'adenomyosis',
    'prostatitis',
    'urinary-symptoms',
  ])('%s names the urgent same-day level and says it in Chinese as same-day care', (id) => {
    const care = byId(id).getCare!;
    expect(care.en).toMatch(/urgent GP appointment|111/);
    expect(care.zh_CN).toMatch(/当天/);
  });

  it('routes confusion, drowsiness or trouble speaking with a urine or kidney infection to emergency care', () => {
    for (const id of ['urinary-tract-infection', 'kidney-infection']) {
      const care = byId(id).getCare!;
      expect(care.en, id).toMatch(/confused, drowsy or struggle to speak/);
      const emergencySentence = care.en.split(/(?<=\.) /).find((sentence) => sentence.includes('999'));
      expect(emergencySentence, id).toMatch(/confused/);
      expect(care.zh_CN, id).toMatch(/意识混乱、嗜睡或说话困难/);
      expect(care.en, id).toMatch(/36°C/);
    }
    const kidney = byId('kidney-infection').getCare!;
    expect(kidney.en).toMatch(/not peed all day/);
    expect(kidney.en).toMatch(/pregnant/);
  });

  it('sends sudden severe pelvic pain, fainting or heavy bleeding with PID symptoms to emergency care', () => {
    const care = byId('pelvic-inflammatory-disease').getCare!;
    const emergency = care.en.slice(care.en.indexOf('999'));
    for (const sign of [/severe/, /heavy bleeding/, /sudden sharp pain/, /fainting/, /right shoulder/]) {
      expect(emergency).toMatch(sign);
    }
    expect(care.en.slice(0, care.en.indexOf('999'))).toMatch(/pregnant/);
  });

  it('says an acute prostatitis or retention is not a routine visit', () => {
    const care = byId('prostatitis').getCare!;
    expect(care.en).toMatch(/same day/);
    expect(care.en).toMatch(/A&E/);
  });
});

describe('every term labelled by what it means', () => {
  it.each([
    ['arthritis', 'arthritis'],
    ['rheumatoid arthritis', 'arthritis'],
    ['spinal arthritis', 'arthritis'],
    ['psoriatic arthritis', 'arthritis'],
    ['osteoarthritis', 'osteoarthritis'],
    ['facet joint arthritis', 'osteoarthritis'],
    ['axial spondyloarthritis', 'ankylosing-spondylitis'],
    ['chiropractor', 'manual-therapy'],
    ['osteopath', 'manual-therapy'],
    ['spinal manipulation', 'manual-therapy'],
    ['physiotherapist', 'physiotherapy'],
    ['anti-inflammatory drug', 'anti-inflammatories'],
    ['anti-inflammatories', 'anti-inflammatories'],
    ['non-steroidal anti-inflammatory drug', 'pain-relief'],
    ['anti-inflammatory painkiller', 'pain-relief'],
    ['chronic pelvic pain syndrome', 'chronic-pelvic-pain'],
    ['CPPS', 'chronic-pelvic-pain'],
    ['CP/CPPS', 'prostatitis'],
    ['chronic prostatitis', 'prostatitis'],
    ['blood in urine', 'urinary-symptoms'],
    ['haematuria', 'urinary-symptoms'],
    ['painful urination', 'urinary-symptoms'],
    ['urinary tract infection', 'urinary-tract-infection'],
  ])('reads %j as the topic %s', (phrase, topic) => {
    expect(topicOf(phrase)).toBe(topic);
  });

  it('gives the general topics a summary that says they have several causes or kinds', () => {
    for (const id of ['arthritis', 'chronic-pelvic-pain', 'urinary-symptoms', 'anti-inflammatories']) {
      expect(byId(id).summary.en, id).toMatch(/several|two different/);
      expect(byId(id).summary.zh_CN, id).toMatch(/多种|分好几种|两类/);
    }
  });

  it('says blood in urine always needs a doctor, in both languages', () => {
    const term = byId('urinary-symptoms').terms.find((entry) => entry.en?.term === 'blood in urine')!;
    expect(term.definition.en).toMatch(/always have it checked by a doctor/);
    expect(term.definition.zh_CN).toMatch(/一定要请医生检查/);
    expect(byId('urinary-symptoms').getCare!.en).toMatch(/even once/);
  });

  it.each(['urinary incontinence', 'faecal incontinence'])(
    'says new loss of control with back pain is an emergency in the card of %j',
    (name) => {
      const term = byId('pelvic-floor-dysfunction').terms.find((entry) => entry.en?.term === name)!;
      expect(term.definition.en).toMatch(/New loss of .* with back pain is an emergency/);
      expect(term.definition.zh_CN).toMatch(/腰背痛.*急症/);
    },
  );
});

describe('Chinese learn-more links', () => {
  const chinese = wider.flatMap((record) =>
    record.links.filter((link) => link.lang).map((link) => [record.id, link] as const),
  );

  it('has some, each https on a vetted Chinese health source, with a Chinese title and its script', () => {
    expect(chinese.length).toBeGreaterThan(0);
    for (const [id, link] of chinese) {
      const url = new URL(link.url);
      expect(url.protocol, id).toBe('https:');
      expect(
        chineseSources.some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`)),
        link.url,
      ).toBe(true);
      expect(link.title, id).toMatch(/\p{Script=Han}/u);
      expect(['zh-Hans', 'zh-Hant'], id).toContain(link.lang);
    }
  });

  it('keeps each topic’s source page first', () => {
    for (const record of wider) expect(record.links[0].lang, record.id).toBeUndefined();
  });
});
