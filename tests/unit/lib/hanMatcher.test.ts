import { describe, expect, it, vi } from 'vitest';
import { HighlightEngine } from '../../../lib/highlight/engine';
import { createSlicer } from '../../../lib/highlight/slicer';
import { combineMatchers, mergeMatches } from '../../../lib/match/combined';
import { createHanMatcher } from '../../../lib/match/han';
import { compileHanTable } from '../../../lib/match/hanTable';
import { AmbiguousFormError, compileMatcher, type Matcher } from '../../../lib/match/matcher';
import { buildHanTable, traditionalForms } from '../../../scripts/chineseScripts';

// A small vocabulary of its own, so these rules hold whatever the shipped one holds.
const entries = [
  { term: '腰椎' },
  { term: '腰椎间盘突出症', variants: ['腰椎间盘突出', '腰间盘突出'] },
  { term: '腰痛', variants: ['腰疼'] },
  { term: '肾' },
  { term: '肾结石' },
  { term: '盆腔炎', twVariants: ['骨盆腔炎'] },
  { term: '衣原体', twVariants: ['披衣菌'] },
  { term: '马尾综合征' },
  { term: '前列腺炎' },
  { term: '痛经' },
  { term: 'HPV感染' },
  { term: '腰酸' },
];
const generalWords = ['腰部', '疼痛', '性生活', '肌肉', '肾上腺'];
const han = createHanMatcher(buildHanTable(entries, generalWords));

function found(matcher: Matcher, text: string, names: readonly string[]): [string, string][] {
  return matcher.find(text).map((match) => [text.slice(match.start, match.end), names[match.term]]);
}
const hanFound = (text: string) =>
  found(
    han,
    text,
    entries.map((entry) => entry.term),
  );

describe('the Han matcher', () => {
  it('finds a term wherever its characters stand, with no spaces around it', () => {
    expect(hanFound('同房后腰疼怎么办')).toEqual([['腰疼', '腰痛']]);
    expect(hanFound('腰痛腰疼')).toEqual([
      ['腰痛', '腰痛'],
      ['腰疼', '腰痛'],
    ]);
  });

  it('prefers the most specific reading: the longest form at the leftmost place', () => {
    expect(hanFound('确诊腰椎间盘突出症')).toEqual([['腰椎间盘突出症', '腰椎间盘突出症']]);
    expect(hanFound('腰椎间盘突出压迫神经')).toEqual([['腰椎间盘突出', '腰椎间盘突出症']]);
    expect(hanFound('腰椎退变')).toEqual([['腰椎', '腰椎']]);
    expect(hanFound('肾结石和肾')).toEqual([
      ['肾结石', '肾结石'],
      ['肾', '肾'],
    ]);
  });

  it('never marks a general word alone', () => {
    expect(hanFound('性生活后腰部肌肉疼痛')).toEqual([]);
  });

  it('does not mark a short term inside a longer word that means something else', () => {
    // 肾上腺 (the adrenal gland) is not 肾 (the kidney); 疼痛经常 is "pain, often", not 痛经.
    expect(hanFound('肾上腺素升高')).toEqual([]);
    expect(hanFound('疼痛经常发作')).toEqual([]);
    expect(hanFound('痛经严重')).toEqual([['痛经', '痛经']]);
    expect(hanFound('肾功能')).toEqual([['肾', '肾']]);
  });

  it('reads a Traditional (Taiwan) page as the Simplified forms, and its own Taiwan words', () => {
    expect(hanFound('診斷為腰椎間盤突出症，伴有腰痠')).toEqual([
      ['腰椎間盤突出症', '腰椎间盘突出症'],
      ['腰痠', '腰酸'],
    ]);
    expect(hanFound('馬尾綜合徵要立刻就醫')).toEqual([['馬尾綜合徵', '马尾综合征']]);
    expect(hanFound('骨盆腔炎與披衣菌感染')).toEqual([
      ['骨盆腔炎', '盆腔炎'],
      ['披衣菌', '衣原体'],
    ]);
    // Taiwan's phrase table writes 前列腺炎 as 攝護腺炎.
    expect(hanFound('攝護腺炎')).toEqual([['攝護腺炎', '前列腺炎']]);
  });

  it('reads text machine-converted with both scripts mixed in one word', () => {
    expect(hanFound('腰椎間盘突出症和马尾綜合徵')).toEqual([
      ['腰椎間盘突出症', '腰椎间盘突出症'],
      ['马尾綜合徵', '马尾综合征'],
    ]);
    expect(hanFound('腎結石')).toEqual([['腎結石', '肾结石']]);
    expect(hanFound('腎上腺')).toEqual([]);
  });

  it('keeps offsets: folding changes no length', () => {
    const text = '（註：腎結石）';
    const [match] = han.find(text);
    expect(text.slice(match.start, match.end)).toBe('腎結石');
  });

  it('matches a form with Latin letters in full width and any case, not inside a longer Latin word', () => {
    expect(hanFound('高危型HPV感染')).toEqual([['HPV感染', 'HPV感染']]);
    expect(hanFound('ｈｐｖ感染')).toEqual([['ｈｐｖ感染', 'HPV感染']]);
    expect(hanFound('XHPV感染')).toEqual([]);
  });

  it('scans a slice at a time without losing a match across the cut', () => {
    const text = '腰疼。'.repeat(50) + '腰椎间盘突出症';
    const whole = han.find(text);
    const sliced: typeof whole = [];
    for (let from = 0; from < text.length;) {
      const { matches, next } = han.scan(text, from, 7);
      sliced.push(...matches);
      from = next;
    }
    expect(sliced).toEqual(whole);
    expect(whole).toHaveLength(51);
  });

  it('says which term claims a form twice, as the word lexicon does', () => {
    expect(() =>
      compileHanTable(
        [
          { listed: ['腰痛'], generated: [] },
          { listed: ['腰痛'], generated: [] },
        ],
        [],
        '',
      ),
    ).toThrow(AmbiguousFormError);
  });
});

describe('OpenCC at build time', () => {
  it('makes the Taiwan and Hong Kong forms of a Simplified form', () => {
    expect(traditionalForms('腰椎间盘突出症')).toContain('腰椎間盤突出症');
    expect(traditionalForms('前列腺炎')).toContain('攝護腺炎');
    expect(traditionalForms('盆腔炎')).toEqual([]);
  });
});

describe('the word and Han matchers together', () => {
  const words = [{ term: 'MRI' }, { term: 'CT' }, { term: 'HPV' }, { term: 'back pain' }];
  const names = [...words.map((word) => word.term), ...entries.map((entry) => entry.term)];
  const load = vi.fn(() => ({ matcher: han, offset: words.length }));
  const combined = combineMatchers(compileMatcher(words), load);

  it('finds Latin terms beside Han characters', () => {
    expect(found(combined, 'MRI检查显示腰椎间盘突出', names)).toEqual([
      ['MRI', 'MRI'],
      ['腰椎间盘突出', '腰椎间盘突出症'],
    ]);
    expect(found(combined, '医生建议做CT', names)).toEqual([['CT', 'CT']]);
    expect(found(combined, '做CT检查', names)).toEqual([['CT', 'CT']]);
  });

  it('reads full-width Latin letters and brackets', () => {
    expect(found(combined, '（ＭＲＩ）提示腰椎退变', names)).toEqual([
      ['ＭＲＩ', 'MRI'],
      ['腰椎', '腰椎'],
    ]);
  });

  it('keeps the longer of two overlapping matches', () => {
    expect(found(combined, '高危型HPV感染', names)).toEqual([['HPV感染', 'HPV感染']]);
    expect(found(combined, 'HPV and back pain', names)).toEqual([
      ['HPV', 'HPV'],
      ['back pain', 'back pain'],
    ]);
  });

  it('loads the Chinese vocabulary for the first text that holds Han, and only then', () => {
    load.mockClear();
    const fresh = combineMatchers(compileMatcher(words), load);
    fresh.find('MRI shows back pain, ＭＲＩ again');
    expect(load).not.toHaveBeenCalled();
    fresh.find('腰痛');
    fresh.find('腰疼');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('matches Han text with the word matcher alone while the Chinese vocabulary is not in the frame, and loads it once it is', () => {
    let table: typeof han | null = null;
    const later = combineMatchers(compileMatcher(words), () => table && { matcher: table, offset: words.length });
    expect(found(later, 'MRI检查显示腰椎间盘突出', names)).toEqual([['MRI', 'MRI']]);
    table = han;
    expect(found(later, 'MRI检查显示腰椎间盘突出', names)).toEqual([
      ['MRI', 'MRI'],
      ['腰椎间盘突出', '腰椎间盘突出症'],
    ]);
  });

  it('merges two lists in text order', () => {
    expect(
      mergeMatches(
        [
          { start: 0, end: 3, term: 0 },
          { start: 10, end: 12, term: 1 },
        ],
        [
          { start: 2, end: 8, term: 2 },
          { start: 12, end: 13, term: 3 },
        ],
      ),
    ).toEqual([
      { start: 2, end: 8, term: 2 },
      { start: 10, end: 12, term: 1 },
      { start: 12, end: 13, term: 3 },
    ]);
  });
});

describe('the engine on a bilingual page', () => {
  it('paints Chinese and English mentions as one list in page order, across inline elements', async () => {
    const words = [{ term: 'MRI', topic: 'imaging', category: 'treatment' as const }];
    const chinese = [
      { term: '腰椎间盘突出症', topic: 'disc-herniation', category: 'condition' as const, variants: ['腰椎间盘突出'] },
      { term: '肾虚', topic: 'kidney-deficiency', category: 'tcm' as const },
    ];
    const matcher = combineMatchers(compileMatcher(words), () => ({
      matcher: createHanMatcher(buildHanTable(chinese, [])),
      offset: words.length,
    }));
    const painted: [string, string][] = [];
    const engine = new HighlightEngine({
      matcher,
      terms: [...words, ...chinese],
      painter: {
        add: (category, range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          painted.push([category, live.toString()]);
        },
        remove: () => {},
        commit: () => {},
        clear: () => {},
      },
      slicer: createSlicer(performance, 1000, async () => {}),
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      isOwn: () => false,
    });
    document.body.innerHTML = '<p>MRI显示<em>腰椎</em>间盘突出。</p><p>中医称肾虚，MRI</p>';
    await engine.refresh([document.body]);
    expect(painted).toEqual([
      ['treatment', 'MRI'],
      ['condition', '腰椎间盘突出'],
      ['tcm', '肾虚'],
      ['treatment', 'MRI'],
    ]);
    expect(engine.mentions.counts()).toEqual({ imaging: 2, 'disc-herniation': 1, 'kidney-deficiency': 1 });
  });
});
