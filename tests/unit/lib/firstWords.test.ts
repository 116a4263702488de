import { describe, expect, it } from 'vitest';
import {
  decodeFilter,
  encodeFilter,
  filterTable,
  firstWordFilter,
  hashStep,
  slotOf,
} from '../../../lib/match/firstWords';
import { compileMatcher, createMatcher } from '../../../lib/match/matcher';
import { compileTable } from '../../../lib/match/table';

const slotOfWord = (word: string) => slotOf([...word].reduce((hash, char) => hashStep(hash, char.charCodeAt(0)), 0));

describe('firstWordFilter', () => {
  it('holds each first word and the plural of each one-word term, folded to lower case', () => {
    const filter = firstWordFilter(compileTable([{ term: 'kidney stone' }, { term: 'ovary' }, { term: 'CES' }]));
    const table = filterTable(filter);
    for (const word of ['kidney', 'KIDNEY', 'ovary', 'ovaries', 'ces']) expect(table[slotOfWord(word)], word).toBe(1);
    // "kidneys" starts no term here ("kidney" alone is none), and "CES" takes no plural.
    expect(filter.slots).toHaveLength(4);
    expect(filter.anyNonAscii).toBe(false);
  });

  it('says when a first word is not ASCII: those words are looked up without the filter', () => {
    const filter = firstWordFilter(compileTable([{ term: 'qì stagnation' }]));
    expect(filter).toEqual({ slots: [], anyNonAscii: true });
    expect(createMatcher(compileTable([{ term: 'qì stagnation' }]), filter).find('Qì stagnation')).toHaveLength(1);
  });
});

describe('encodeFilter', () => {
  it('gives back the same filter when decoded', () => {
    for (const filter of [
      { slots: [], anyNonAscii: false },
      { slots: [0, 1, 35, 36, 1294, 1295, 1296, 2591, 65535], anyNonAscii: false },
      { slots: [2590, 2591], anyNonAscii: true },
    ]) {
      expect(decodeFilter(encodeFilter(filter))).toEqual(filter);
    }
  });

  it('is what a matcher needs: a decoded filter matches as the trie alone does', () => {
    const terms = [{ term: 'back pain' }, { term: 'sciatica' }, { term: 'UTI' }];
    const text = 'Sciatica and back pains, two UTIs, BACK PAIN, a backpack.';
    const shipped = createMatcher(
      compileTable(terms),
      decodeFilter(encodeFilter(firstWordFilter(compileTable(terms)))),
    );
    expect(shipped.find(text)).toEqual(compileMatcher(terms).find(text));
    expect(shipped.find(text)).toHaveLength(4);
  });
});
