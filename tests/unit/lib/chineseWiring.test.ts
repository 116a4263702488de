import { hanTable } from 'virtual:lexicon-table-han';
import { describe, expect, it } from 'vitest';
import { definitions } from '../../../content/definitions';
import { lexicon } from '../../../content/lexicon';
import { chineseLexicon, generalChineseWords } from '../../../content/lexicon/chinese';
import { compiledTerms, lexiconMatcher } from '../../../content/lexicon/compiled';
import { offerHanTable } from '../../../content/lexicon/hanTableSlot';
import { topicById } from '../../../content/topics';
import { describeTerm } from '../../../lib/describeTerm';
import { termEntries } from '../../../platform/termDescriptions';
import { traditionalForms } from '../../../scripts/chineseScripts';

// The shipped vocabularies as the engine gets them (virtual:lexicon-table, and -han as the Han file offers it).
describe('the content script’s Chinese vocabulary', () => {
  offerHanTable(hanTable);

  it('is not parsed for English text, and English terms say they are English', () => {
    const matcher = lexiconMatcher();
    matcher.find('Sciatica and a herniated disc, seen on an ＭＲＩ.');
    expect(compiledTerms).toHaveLength(lexicon.length);
    expect(compiledTerms.every((term) => term.language === 'en')).toBe(true);
  });

  it('finds every Chinese form, Simplified and Traditional, as its term, topic and category', () => {
    const matcher = lexiconMatcher();
    for (const entry of chineseLexicon) {
      const simplified = [entry.term, ...(entry.variants ?? [])];
      const forms = [...simplified, ...simplified.flatMap(traditionalForms), ...(entry.twVariants ?? [])];
      for (const form of forms) {
        const text = `（${form}）`;
        const matches = matcher.find(text);
        expect(
          matches.map((match) => text.slice(match.start, match.end)),
          form,
        ).toEqual([form]);
        expect(compiledTerms[matches[0].term], form).toEqual({
          term: entry.term,
          topic: entry.topic,
          category: entry.category,
          language: 'zh',
        });
      }
    }
  });

  it('never marks a general word alone', () => {
    const matcher = lexiconMatcher();
    for (const word of generalChineseWords) expect(matcher.find(`。${word}。`), word).toEqual([]);
  });
});

describe('a Chinese term’s card', () => {
  it('has its topic, and the definition of the English term it means the same as, or its own', () => {
    for (const entry of chineseLexicon) {
      const description = describeTerm(entry.term, {
        entries: termEntries,
        definitions,
        topicById,
        signById: () => undefined,
        localeOfText: () => 'en',
      });
      expect(description?.topic, entry.term).toBe(entry.topic);
      // One record, one definition: the Chinese term and its English equal share it.
      expect(description?.definition, entry.term).toBe(definitions[entry.sameAs ?? entry.term]);
      expect(description?.urgent).toBe(entry.category === 'urgent');
    }
  });
});
