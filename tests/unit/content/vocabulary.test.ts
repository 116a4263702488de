import { describe, expect, it } from 'vitest';
import { beyondTopics } from '../../../content/beyond';
import { definitions } from '../../../content/definitions';
import { healthDomains } from '../../../content/healthDomains';
import { lexicon } from '../../../content/lexicon';
import { chineseLexicon } from '../../../content/lexicon/chinese';
import { topicById, topics } from '../../../content/topics';
import { treatmentTopics } from '../../../content/treatments';
import { warningTopics } from '../../../content/warningSigns';
import { compileMatcher } from '../../../lib/match/matcher';
import { expandWords } from '../../../lib/match/variants';
import { isExactWord, splitWords } from '../../../lib/match/words';

const matcher = compileMatcher(lexicon);
const formsOf = (entry: (typeof lexicon)[number]) => [entry.term, ...(entry.variants ?? [])];

/** What the highlighter makes of a text: each match as [text, topic, category]. */
function read(text: string): [string, string, string][] {
  return matcher.find(text).map((match) => {
    const { topic, category } = lexicon[match.term];
    return [text.slice(match.start, match.end), topic, category];
  });
}

describe('the vocabulary', () => {
  it('holds at least 600 distinct surface forms, after generated plurals and spellings', () => {
    const surface = new Set(
      lexicon.flatMap(formsOf).flatMap((form) => expandWords(splitWords(form)).map((words) => words.join(' '))),
    );
    expect(surface.size).toBeGreaterThanOrEqual(600);
  });

  it('gives every term exactly one known topic, and no form to two terms', () => {
    for (const entry of lexicon) expect(topicById(entry.topic), entry.term).toBeDefined();
    const canonical = lexicon.map((entry) => entry.term);
    expect(new Set(canonical).size).toBe(canonical.length);
    // compileMatcher throws AmbiguousFormError when two terms claim one form.
    expect(() => compileMatcher(lexicon)).not.toThrow();
  });

  it('defines every term in at most 25 words, and nothing else', () => {
    for (const entry of lexicon) {
      const definition = definitions[entry.term];
      expect(definition, entry.term).toBeTruthy();
      expect(definition.split(/\s+/).length, entry.term).toBeLessThanOrEqual(25);
      expect(definition, entry.term).toMatch(/^[A-Z].*\.$/);
    }
    const chineseTerms = chineseLexicon.map((entry) => entry.term);
    expect(Object.keys(definitions).sort()).toEqual([...lexicon.map((entry) => entry.term), ...chineseTerms].sort());
  });

  it('styles each term by where its topic comes from', () => {
    const article = ['condition', 'symptom', 'anatomy', 'risk', 'tcm', 'urgent'];
    const allowed = {
      cause: article,
      named: article,
      beyond: ['beyond', 'urgent'],
      warning: ['urgent'],
      treatment: ['treatment'],
    };
    for (const entry of lexicon) expect(allowed[topicById(entry.topic)!.kind], entry.term).toContain(entry.category);
  });

  it('writes abbreviations in capitals, and never lists one that is also a common word or another term', () => {
    for (const word of lexicon.flatMap(formsOf).flatMap(splitWords).filter(isExactWord)) {
      expect(word).toMatch(/^[A-Z0-9]+$/);
    }
    const alone = new Set(lexicon.flatMap(formsOf));
    for (const ambiguous of ['AS', 'CT', 'OA', 'GC', 'PFD', 'ENDO', 'endo', 'as', 'ct', 'oa']) {
      expect(alone.has(ambiguous), ambiguous).toBe(false);
    }
  });

  it.each(['pid', 'Pid', 'uti', 'sti', 'si joint', 'ces', 'As', 'AS', 'CT', 'OA'])(
    'never reads %j as an abbreviation',
    (text) => {
      expect(read(`file_${text}.txt and ${text} here`)).toEqual([]);
    },
  );

  it.each([
    'pain',
    'kidney',
    'position',
    'exercise',
    'muscles',
    'muscle',
    'partner',
    'sex',
    'back',
    'bladder',
    'infection',
    'fever',
    'scan',
  ])('never marks the general word %j on its own', (word) => {
    expect(read(`The ${word} and ${word.toUpperCase()}, then ${word}s.`)).toEqual([]);
  });

  it.each([
    ['She had an ectopic pregnancy.', 'ectopic pregnancy', 'ectopic-pregnancy', 'urgent'],
    ['Two kidney stones passed.', 'kidney stones', 'kidney-stones', 'condition'],
    ['Tight pelvic floor muscles hurt.', 'pelvic floor muscles', 'pelvic-floor-dysfunction', 'beyond'],
    ['A kidney infection is serious.', 'kidney infection', 'kidney-infection', 'beyond'],
    ['Interstitial cystitis is not an infection.', 'Interstitial cystitis', 'interstitial-cystitis', 'beyond'],
    ['Cystitis is a bladder infection.', 'Cystitis', 'urinary-tract-infection', 'beyond'],
    ['A slipped disc is not a slipped vertebra.', 'slipped disc', 'disc-herniation', 'condition'],
    ['Lower back pain after sex is common.', 'Lower back pain after sex', 'back-pain-after-sex', 'symptom'],
  ])('reads %j most specifically', (text, form, topic, category) => {
    expect(read(text)[0]).toEqual([form, topic, category]);
  });

  it.each([
    ['gonorrhoea', 'gonorrhea'],
    ['physiotherapy', 'physical therapy'],
    ['slipped disc', 'herniated nucleus pulposus'],
    ['pins and needles', 'paraesthesia'],
    ['period pain', 'dysmenorrhoea'],
    ['paraesthesia', 'paresthesia'],
    ['painful sex', 'dyspareunia'],
    ['paracetamol', 'acetaminophen'],
    ['vertebra', 'vertebrae'],
    ['UTI', 'urine infection'],
    ['PID', 'pelvic inflammatory disease'],
    ['STI', 'sexually transmitted infection'],
    ['SI joint', 'sacroiliac joint'],
  ])('reads %j and %j as the same topic', (one, other) => {
    const [first] = read(one);
    const [second] = read(other);
    expect(first?.[0], one).toBe(one);
    expect(second?.[0], other).toBe(other);
    expect(first[1]).toBe(second[1]);
  });
});

describe('topics beyond the article', () => {
  const wider = [...beyondTopics, ...treatmentTopics, ...warningTopics];

  it('covers the causes pages on this topic discuss', () => {
    expect(beyondTopics.map((topic) => topic.id)).toEqual(
      expect.arrayContaining([
        'urinary-tract-infection',
        'kidney-infection',
        'pelvic-inflammatory-disease',
        'sexually-transmitted-infections',
        'chlamydia',
        'gonorrhoea',
        'endometriosis',
        'adenomyosis',
        'interstitial-cystitis',
        'prostatitis',
        'pelvic-floor-dysfunction',
        'osteoarthritis',
        'ankylosing-spondylitis',
        'spondylolisthesis',
        'muscle-spasm',
        'ectopic-pregnancy',
        'pain-during-sex',
      ]),
    );
  });

  it.each(wider.map((topic) => [topic.id, topic] as const))(
    '%s has terms, a one-line summary, its source and vetted https links',
    (id, topic) => {
      expect(lexicon.some((entry) => entry.topic === id)).toBe(true);
      expect(topic.summary.length).toBeGreaterThan(20);
      expect(topic.summary).not.toContain('\n');
      expect(topic.links.length).toBeGreaterThan(0);
      // Chinese pages are held to the vetted Chinese sources instead (beyondContent.test.ts).
      for (const link of topic.links.filter((page) => !('lang' in page))) {
        const url = new URL(link.url);
        expect(url.protocol).toBe('https:');
        expect(healthDomains.some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`))).toBe(
          true,
        );
      }
    },
  );

  it('gives every topic a unique id', () => {
    const ids = topics.map((topic) => topic.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('says when to get care for an ectopic pregnancy, as an emergency', () => {
    const ectopic = beyondTopics.find((topic) => topic.id === 'ectopic-pregnancy');
    expect(ectopic?.getCare).toMatch(/999|emergency|A&E|911/i);
  });
});
