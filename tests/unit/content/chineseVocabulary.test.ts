import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { chineseLexicon, generalChineseWords, type ChineseEntry } from '../../../content/lexicon/chinese';
import { lexicon } from '../../../content/lexicon';
import { topicById } from '../../../content/topics';
import { topicRecords } from '../../../content/topics/records';
import type { Localized, TopicRecord } from '../../../content/types';

// Character conversion, and Taiwan's phrase table (twp), which also swaps words (前列腺 → 攝護腺).
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTaiwanPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

const simplifiedForms = (entry: ChineseEntry) => [entry.term, ...(entry.variants ?? [])];
const allSimplified = chineseLexicon.flatMap(simplifiedForms);
const englishTerms = new Set(lexicon.map((entry) => entry.term));
const han = /\p{Script=Han}/u;

/** The definition of a term that has Chinese forms only, from its record. */
function chineseOnlyDefinition(term: string): Localized {
  const record = (topicRecords as readonly TopicRecord[])
    .flatMap((topic) => topic.terms)
    .find((candidate) => candidate.zh?.term === term && !candidate.en);
  return record!.definition;
}

/** Every way a page may write the entry: its forms, their Traditional conversions, its Taiwan words. */
function surfaces(entry: ChineseEntry): Set<string> {
  const simplified = simplifiedForms(entry);
  const tw = entry.twVariants ?? [];
  return new Set([
    ...simplified,
    ...simplified.flatMap((form) => [toTaiwan(form), toTaiwanPhrases(form), toHongKong(form)]),
    ...tw,
    ...tw.map(fromTaiwan),
  ]);
}

describe('the Chinese vocabulary', () => {
  it('holds at least 200 terms, each canonical term once', () => {
    expect(chineseLexicon.length).toBeGreaterThanOrEqual(200);
    const terms = chineseLexicon.map((entry) => entry.term);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('gives Chinese terms to every topic that has English terms', () => {
    const english = new Set(lexicon.map((entry) => entry.topic));
    const chinese = new Set(chineseLexicon.map((entry) => entry.topic));
    expect([...english].filter((topic) => !chinese.has(topic))).toEqual([]);
  });

  it('gives every term a known topic and a style its topic allows', () => {
    const article = ['condition', 'symptom', 'anatomy', 'risk', 'tcm', 'urgent'];
    const allowed = {
      cause: article,
      named: article,
      beyond: ['beyond', 'urgent'],
      warning: ['urgent'],
      treatment: ['treatment'],
    };
    for (const entry of chineseLexicon) {
      const topic = topicById(entry.topic);
      expect(topic, entry.term).toBeDefined();
      expect(allowed[topic!.kind], entry.term).toContain(entry.category);
    }
  });

  it('keeps traditional Chinese medicine on its own topics, styled as such, and off the kidney diseases', () => {
    for (const entry of chineseLexicon) {
      const traditional = topicById(entry.topic)!.traditional;
      expect(entry.category === 'tcm', entry.term).toBe(traditional);
    }
    const kidneyDiseases = ['kidney-stones', 'nephritis', 'kidney-infection'];
    const tcmWords = /[虚亏]|补肾|肾气|肾阳|肾阴|肾精|瘀|寒湿/;
    for (const entry of chineseLexicon.filter((entry) => kidneyDiseases.includes(entry.topic))) {
      for (const form of simplifiedForms(entry)) expect(form).not.toMatch(tcmWords);
    }
    const deficiency = chineseLexicon.find((entry) => entry.term === '肾虚');
    expect(deficiency?.topic).toBe('kidney-deficiency');
    expect(simplifiedForms(deficiency!)).toEqual(expect.arrayContaining(['肾阳虚', '肾阴虚']));
  });

  it('names an existing English term as its equal, or defines itself in both languages within bounds', () => {
    for (const entry of chineseLexicon) {
      if (entry.sameAs !== null) {
        expect(englishTerms.has(entry.sameAs), `${entry.term} → ${entry.sameAs}`).toBe(true);
        continue;
      }
      const { en, zh_CN = '' } = chineseOnlyDefinition(entry.term);
      expect(en.split(/\s+/).length, entry.term).toBeLessThanOrEqual(25);
      expect(en, entry.term).toMatch(/^[A-Z].*\.$/);
      expect(han.test(en), entry.term).toBe(false);
      expect([...zh_CN].length, entry.term).toBeLessThanOrEqual(60);
      expect(zh_CN, entry.term).toMatch(/^\p{Script=Han}.*。$/u);
      expect(fromTaiwan(zh_CN), `${entry.term}: the zh_CN definition is Simplified`).toBe(zh_CN);
    }
  });

  it('writes every form in Simplified Chinese, and lists no form twice', () => {
    for (const form of allSimplified) {
      expect(han.test(form), form).toBe(true);
      expect(form).toBe(form.trim());
      expect(fromTaiwan(form), `${form} is Simplified`).toBe(form);
      expect(fromHongKong(form), `${form} is Simplified`).toBe(form);
    }
    expect(allSimplified.length - new Set(allSimplified).size).toBe(0);
  });

  it('lists as Taiwan and Hong Kong words only Traditional forms that converting the Simplified forms does not give', () => {
    for (const entry of chineseLexicon) {
      const converted = simplifiedForms(entry).flatMap((form) => [toTaiwan(form), toHongKong(form)]);
      for (const word of entry.twVariants ?? []) {
        expect(han.test(word), word).toBe(true);
        // Already Traditional: converting it to Traditional, Taiwan's or Hong Kong's, leaves it be.
        expect([toTaiwan(word), toHongKong(word)], word).toContain(word);
        expect(converted, `${word} is only a conversion of ${entry.term}`).not.toContain(word);
        // Read back, it is a word Simplified does not write, or a form of its own entry that
        // conversion spells otherwise (同房后腰酸 gives 同房後腰酸; Taiwan writes 同房後腰痠).
        const reading = fromTaiwan(word);
        if (allSimplified.includes(reading)) expect(simplifiedForms(entry), word).toContain(reading);
      }
    }
  });

  it('never lets two terms claim one way of writing, in either script', () => {
    const owner = new Map<string, string>();
    for (const entry of chineseLexicon) {
      for (const surface of surfaces(entry)) {
        expect(owner.get(surface) ?? entry.term, `${surface}: ${owner.get(surface)} and ${entry.term}`).toBe(
          entry.term,
        );
        owner.set(surface, entry.term);
      }
    }
  });

  it('keeps general words apart from every form, in both scripts', () => {
    expect(new Set(generalChineseWords).size).toBe(generalChineseWords.length);
    const claimed = new Set(chineseLexicon.flatMap((entry) => [...surfaces(entry)]));
    for (const word of generalChineseWords) {
      expect(fromTaiwan(word), `${word} is Simplified`).toBe(word);
      for (const written of [word, toTaiwan(word), toTaiwanPhrases(word), toHongKong(word)]) {
        expect(claimed.has(written), written).toBe(false);
      }
    }
    for (const word of ['腰部', '肌肉', '姿势', '性生活', '医院', '疼痛', '肾', '腰', '同房', '伴侣', '运动']) {
      expect(generalChineseWords).toContain(word);
    }
  });

  it('holds, for each word a short term hides in, the longer general word that keeps it unmarked', () => {
    // 性病 sits inside 慢性病 and 器质性病变; Taiwan's 經痛 inside 神經痛; 衣原体 inside 肺炎衣原体.
    const hidden: [string, string][] = [
      ['性病', '慢性病'],
      ['性病', '器质性病变'],
      ['经痛', '神经痛'],
      ['衣原体', '肺炎衣原体'],
    ];
    const claimed = new Set(chineseLexicon.flatMap((entry) => [...surfaces(entry)]));
    for (const [term, word] of hidden) {
      expect(claimed.has(term), term).toBe(true);
      expect(word).toContain(term);
      expect(generalChineseWords).toContain(word);
    }
  });

  it.each([
    ['腰椎間盤突出癥', '腰椎间盘突出症'],
    ['子宮內膜異位癥', '子宫内膜异位症'],
    ['同房後腰痠', '同房后腰酸'],
    ['骨盆腔發炎', '骨盆腔发炎'],
    ['攝護腺炎', '摄护腺炎'],
  ])('reads the Traditional %j, as pages write it, as a form of the vocabulary', (written, simplified) => {
    expect(fromTaiwan(written)).toBe(simplified);
    const known = new Set(chineseLexicon.flatMap((entry) => [...surfaces(entry)]));
    expect(known.has(written) || known.has(fromTaiwan(written))).toBe(true);
  });

  it.each([
    ['腰疼', '腰痛'],
    ['腰间盘突出', '腰椎间盘突出症'],
    ['泌尿系统感染', '尿路感染'],
    ['宫外孕', '异位妊娠'],
    ['血瘀', '血瘀证'],
    ['气滞血瘀', '血瘀证'],
    ['骨盆腔炎', '盆腔炎'],
    ['披衣菌', '衣原体感染'],
    ['攝護腺炎', '前列腺炎'],
    ['僵直性脊椎炎', '强直性脊柱炎'],
    ['核磁共振', '磁共振'],
    ['理疗', '物理治疗'],
  ])('reads %j as the term %j', (form, term) => {
    const entry = chineseLexicon.find((entry) => surfaces(entry).has(form));
    expect(entry?.term).toBe(term);
  });

  it.each(['瘀血', '淤血'])(
    'does not read %j alone, a bruise or congested blood too, as the traditional concept',
    (form) => {
      expect(chineseLexicon.find((entry) => surfaces(entry).has(form))).toBeUndefined();
    },
  );

  it('maps 坐骨神经痛 where the English vocabulary maps sciatica', () => {
    const sciatica = lexicon.find((entry) => entry.term === 'sciatica');
    const chinese = chineseLexicon.find((entry) => entry.term === '坐骨神经痛');
    expect(chinese?.sameAs).toBe('sciatica');
    expect(chinese?.topic).toBe(sciatica?.topic);
  });

  it('maps every term to the topic of the English term it names as its equal', () => {
    const topicOf = new Map(lexicon.map((entry) => [entry.term, entry.topic]));
    for (const entry of chineseLexicon.filter((entry) => entry.sameAs !== null)) {
      expect(entry.topic, entry.term).toBe(topicOf.get(entry.sameAs!));
    }
  });
});
