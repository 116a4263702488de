import { describe, expect, it } from 'vitest';
import { firstWordFilter } from '../../../lib/match/firstWords';
import { AmbiguousFormError, compileMatcher, createMatcher } from '../../../lib/match/matcher';
import { compileTable, shipTable, type ShippedRoot } from '../../../lib/match/table';

const terms = [
  { term: 'back pain' },
  { term: 'low back pain', variants: ['lower back pain'] },
  { term: 'lumbar disc herniation', variants: ['herniated disc', 'disc herniation'] },
  { term: 'sacroiliac joint' },
  { term: 'kidney stone' },
  { term: 'ovary' },
  { term: 'cold and dampness', variants: ['cold-dampness'] },
];
const matcher = compileMatcher(terms);

function found(text: string): [string, string][] {
  return matcher.find(text).map((match) => [text.slice(match.start, match.end), terms[match.term].term]);
}

describe('compileMatcher', () => {
  it.each([
    ['I have back pain.', [['back pain', 'back pain']]],
    ['Low Back Pain again', [['Low Back Pain', 'low back pain']]],
    ['LOWER BACK PAIN', [['LOWER BACK PAIN', 'low back pain']]],
    ['a herniated disk', [['herniated disk', 'lumbar disc herniation']]],
    [
      'herniated discs and disk herniations',
      [
        ['herniated discs', 'lumbar disc herniation'],
        ['disk herniations', 'lumbar disc herniation'],
      ],
    ],
    ['two kidney stones', [['kidney stones', 'kidney stone']]],
    ['the ovaries', [['ovaries', 'ovary']]],
    [
      'cold-dampness or cold and dampness',
      [
        ['cold-dampness', 'cold and dampness'],
        ['cold and dampness', 'cold and dampness'],
      ],
    ],
  ] as const)('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('prefers the longest match at the leftmost position', () => {
    expect(found('lumbar disc herniation')).toEqual([['lumbar disc herniation', 'lumbar disc herniation']]);
    expect(found('low back pain')).toEqual([['low back pain', 'low back pain']]);
    // "back pain" inside "low back pain" is not reported twice.
    expect(matcher.find('low back pain')).toHaveLength(1);
  });

  it('falls back to a shorter term when the longer one does not complete', () => {
    expect(found('low back and back pain')).toEqual([['back pain', 'back pain']]);
    expect(found('lumbar disc')).toEqual([]);
  });

  it('never matches inside a longer word', () => {
    expect(found('backpain')).toEqual([]);
    expect(found('sacroiliac jointed')).toEqual([]);
    expect(found('xback pain')).toEqual([]);
    expect(found('back painful')).toEqual([]);
    expect(found('back pain2')).toEqual([]);
    expect(found('éback pain')).toEqual([]);
    expect(found('back painé')).toEqual([]);
    expect(found('back pain\u0301')).toEqual([]);
  });

  it('treats punctuation and non-Latin letters as boundaries correctly', () => {
    expect(found('(back pain)')).toEqual([['back pain', 'back pain']]);
    expect(found('«back pain»')).toEqual([['back pain', 'back pain']]);
    // Han text has no spaces: a Han character next to a Latin term is a boundary, as a space is.
    expect(found('腰back pain痛')).toEqual([['back pain', 'back pain']]);
    expect(found('ひどいback painです')).toEqual([['back pain', 'back pain']]);
    // Other letters still join a word.
    expect(found('жback pain')).toEqual([]);
    expect(found('back pain한')).toEqual([]);
    expect(found('🙂back pain🙂')).toEqual([['back pain', 'back pain']]);
  });

  it('matches across runs of whitespace, no-break spaces, line breaks, hyphens, slashes and soft hyphens', () => {
    expect(found('back  \n\t pain')).toEqual([['back  \n\t pain', 'back pain']]);
    expect(found('back\u00a0pain')).toEqual([['back\u00a0pain', 'back pain']]);
    expect(found('sacro\u00adiliac joint')).toEqual([['sacro\u00adiliac joint', 'sacroiliac joint']]);
    expect(found('back-pain')).toEqual([['back-pain', 'back pain']]);
    expect(found('back/pain')).toEqual([['back/pain', 'back pain']]);
  });

  it('does not match across other punctuation', () => {
    expect(found('back. Pain')).toEqual([]);
    expect(found('back, pain')).toEqual([]);
  });

  it('resumes a sliced scan without losing or splitting a match', () => {
    const text = 'back pain, '.repeat(50) + 'low back pain';
    const whole = matcher.find(text);
    for (const budget of [1, 3, 7, 64]) {
      const sliced = [];
      for (let position = 0; position < text.length;) {
        const { matches, next } = matcher.scan(text, position, budget);
        sliced.push(...matches);
        expect(next).toBeGreaterThan(position);
        position = next;
      }
      expect(sliced).toEqual(whole);
    }
  });

  it('refuses a lexicon where two terms claim the same form', () => {
    expect(() => compileMatcher([{ term: 'slipped disc' }, { term: 'hernia', variants: ['slipped disk'] }])).toThrow(
      AmbiguousFormError,
    );
    expect(() => compileMatcher([{ term: 'fibroid', variants: ['fibroids'] }])).not.toThrow();
  });

  it('handles empty and huge texts', () => {
    expect(matcher.find('')).toEqual([]);
    const huge = 'lorem ipsum '.repeat(100_000) + 'back pain';
    expect(matcher.find(huge)).toEqual([{ start: huge.length - 9, end: huge.length, term: 0 }]);
  });

  describe('abbreviations, written in capitals in the lexicon', () => {
    const abbreviations = [
      { term: 'pelvic inflammatory disease', variants: ['PID'] },
      { term: 'urinary tract infection', variants: ['UTI'] },
      { term: 'sacroiliac joint', variants: ['SI joint'] },
      { term: 'cauda equina syndrome', variants: ['CES'] },
      { term: 'pid controller' },
    ];
    const withAbbreviations = compileMatcher(abbreviations);
    const seen = (text: string) =>
      withAbbreviations.find(text).map((match) => [text.slice(match.start, match.end), abbreviations[match.term].term]);

    it.each([
      ['PID is an infection', [['PID', 'pelvic inflammatory disease']]],
      ['two UTIs last year', [['UTIs', 'urinary tract infection']]],
      [
        'the SI joint and the SI Joint',
        [
          ['SI joint', 'sacroiliac joint'],
          ['SI Joint', 'sacroiliac joint'],
        ],
      ],
      ['CES is rare; CESs is not a word', [['CES', 'cauda equina syndrome']]],
    ] as const)('match only as whole upper-case words: %j', (text, expected) => {
      expect(seen(text)).toEqual(expected);
    });

    it.each(['pid.txt', 'a Pid file', 'uti', 'si joint', 'PIDX and xPID', 'ces'])('never match %j', (text) => {
      expect(seen(text).filter(([, term]) => term !== 'pid controller')).toEqual([]);
    });

    it('keeps lower-case forms case-blind beside them', () => {
      expect(seen('a PID controller')).toEqual([['PID controller', 'pid controller']]);
      expect(seen('URINARY TRACT INFECTION')).toEqual([['URINARY TRACT INFECTION', 'urinary tract infection']]);
    });
  });
});

describe('compileTable', () => {
  it('stores a singular once, and marks the spellings whose plural is no form of the term', () => {
    // "discs" is derived from "disc"; "disk" has no plural here: "disks" is not a form of "disc".
    expect(compileTable([{ term: 'disc' }])).toEqual({ disc: 0, disk: ~0 });
    expect(compileTable([{ term: 'kidney stone' }, { term: 'kidney' }])).toEqual({ kidney: { ' ': 1, stone: 0 } });
    expect(
      compileMatcher([{ term: 'disc' }])
        .find('discs, disks, disk')
        .map((match) => match.start),
    ).toEqual([0, 14]);
  });

  it('stores an irregular plural given as a variant, and a plural claimed by its own form', () => {
    expect(compileTable([{ term: 'CES' }, { term: 'ovary', variants: ['ovarys'] }])).toEqual({
      CES: ~0,
      ovary: 1,
      ovarys: 1,
    });
  });
});

describe('shipTable', () => {
  it('ships the levels below first words apart, and the matcher parses only those a text reaches', () => {
    const table = compileTable(terms);
    const shipped = shipTable(table);
    const root = JSON.parse(shipped.root) as ShippedRoot;
    expect(root.back).toEqual(expect.any(String));
    expect(root.ovary).toBe(5);
    const matcher = createMatcher(root, firstWordFilter(table), shipped.levels);
    const text = 'Back pains, lower back pain, ovaries and a kidney stone.';
    expect(matcher.find(text)).toEqual(compileMatcher(terms).find(text));
    expect(matcher.find(text)).toHaveLength(4);
    expect(root.back).toEqual(table.back);
    expect(root.lumbar).toEqual(expect.any(String));
  });
});
