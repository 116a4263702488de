import { describe, expect, it } from 'vitest';
import { compareRangeStarts } from '../../../lib/highlight/mentions';
import { inPageOrder, pageOf, PAGE_SIZE } from '../../../lib/mentions/order';
import { mergeMarks, type MapMark } from '../../../lib/mentions/pageMap';
import { snippetOf } from '../../../lib/mentions/snippet';
import { collectRuns } from '../../../lib/scan/runs';

/** The snippet of the first occurrence of `term` in `text`, with the term bracketed. */
function shown(text: string, term: string, max?: number): string {
  const start = text.indexOf(term);
  const snippet = snippetOf(text, start, start + term.length, max);
  return `${snippet.text.slice(0, snippet.start)}[${snippet.text.slice(snippet.start, snippet.end)}]${snippet.text.slice(snippet.end)}`;
}

describe('the sentence around a mention', () => {
  it.each([
    [
      'its own sentence, not its neighbours',
      'First one. A slipped disc hurts. Last one.',
      'slipped disc',
      'A [slipped disc] hurts.',
    ],
    ['from the start of the text', 'Sciatica runs down the leg', 'Sciatica', '[Sciatica] runs down the leg'],
    ['with ? and ! and closing quotes', 'Is it sciatica?” she asked. Yes!', 'Yes', '[Yes]!'],
    ['white space collapsed', 'Back\n   pain and   \tsciatica.', 'sciatica', 'Back pain and [sciatica].'],
    [
      'not cut at a decimal point',
      'Take 2.5 mg of painkillers daily. Next.',
      'painkillers',
      'Take 2.5 mg of [painkillers] daily.',
    ],
  ])('is %s', (_name, text, term, expected) => {
    expect(shown(text, term)).toBe(expected);
  });

  it.each([
    [
      'cut at 。 ！ ？ with no space after them',
      '久坐的人常觉得腰酸。同房后腰疼可能与腰肌劳损有关！也要想到尿路感染吗？',
      '腰肌劳损',
      '同房后腰疼可能与[腰肌劳损]有关！',
    ],
    ['cut at ；', '先躺下休息；若腿麻加重，就去看急诊。', '腿麻', '若[腿麻]加重，就去看急诊。'],
    [
      'cut at full-width ！ and ？, closing quotes kept',
      '他问：“是肾结石吗？”医生说：“不是！”',
      '肾结石',
      '他问：“是[肾结石]吗？”',
    ],
    [
      'cut at a Latin ! before Han text',
      '真的吗!腰椎间盘突出一定要手术吗',
      '腰椎间盘突出',
      '[腰椎间盘突出]一定要手术吗',
    ],
  ])('in Chinese is %s', (_name, text, term, expected) => {
    expect(shown(text, term)).toBe(expected);
  });

  it('cuts a long Chinese sentence beside Han characters, not only at spaces', () => {
    const filler = '平时久坐少动又缺乏锻炼的上班族';
    const text = filler.repeat(8) + '腰肌劳损' + filler.repeat(8) + '。';
    const result = shown(text, '腰肌劳损');
    const plain = result.replace(/[[\]]/g, '');
    expect(result).toMatch(/^….+\[腰肌劳损\].+…$/);
    expect(plain.length).toBeLessThanOrEqual(160);
    expect(plain.length).toBeGreaterThan(150);
    expect(text).toContain(plain.slice(1, -1));
  });

  it('cuts a long sentence at word boundaries, around the term, with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`);
    const text = [...words.slice(0, 30), 'sciatica', ...words.slice(30)].join(' ') + '.';
    const result = shown(text, 'sciatica');
    const plain = result.replace(/[[\]]/g, '');
    expect(plain.length).toBeLessThanOrEqual(160);
    expect(result).toMatch(/^…word\d+ .* \[sciatica\] .* word\d+…$/);
    // Every piece between the ellipses is a whole word of the text.
    for (const piece of plain.replace(/…/g, '').split(' ')) expect(text).toContain(piece);
    expect(
      plain
        .slice(1, -1)
        .split(' ')
        .every((word) => /^(word\d+|sciatica)$/.test(word)),
    ).toBe(true);
  });

  it('gives the room a side does not need to the other side', () => {
    const text = 'Sciatica ' + Array.from({ length: 80 }, (_, index) => `w${index}`).join(' ');
    const result = shown(text, 'Sciatica');
    expect(result.startsWith('[Sciatica] w0 w1')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result.length - 2).toBeLessThanOrEqual(160);
    expect(result.length - 2).toBeGreaterThan(140);
  });

  it('marks the right mention when one sentence holds several', () => {
    const text = 'A slipped disc, then another slipped disc, then sciatica.';
    const second = text.lastIndexOf('slipped disc');
    const snippet = snippetOf(text, second, second + 'slipped disc'.length);
    expect(snippet.text).toBe(text);
    expect(snippet.start).toBe(second);
    expect(snippet.text.slice(snippet.start, snippet.end)).toBe('slipped disc');
  });

  it('reads the text of a block across inline elements, as the highlighter does', () => {
    document.body.innerHTML = '<p>Pain in the <em>sacroiliac</em> <a href="#">joint</a> can follow sex.</p>';
    const [run] = collectRuns(document.body);
    const start = run.text.indexOf('sacroiliac joint');
    expect(snippetOf(run.text, start, start + 16)).toEqual({
      text: 'Pain in the sacroiliac joint can follow sex.',
      start: 12,
      end: 28,
    });
  });

  it('keeps a term longer than the limit whole', () => {
    const term = 'x'.repeat(200);
    const snippet = snippetOf(`Before ${term} after.`, 7, 207);
    expect(snippet.text.slice(snippet.start, snippet.end)).toBe(term);
  });
});

describe('mentions in page order, and pages of them', () => {
  const byNumber = (a: number, b: number) => a - b;

  it('keeps a list already in order as it is, and sorts one that is not', () => {
    let comparisons = 0;
    const counting = (a: number, b: number) => (comparisons++, a - b);
    expect(inPageOrder([1, 2, 3, 4], counting)).toEqual([1, 2, 3, 4]);
    expect(comparisons).toBe(3);
    expect(inPageOrder([3, 1, 4, 2], byNumber)).toEqual([1, 2, 3, 4]);
  });

  it('orders mentions as the document does, through rescanned blocks added last', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const order = (x: Node, y: Node) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    expect(inPageOrder([b, a], order)).toEqual([a, b]);
  });

  it('orders ranges by their start, and says when two lie in different trees', () => {
    document.body.innerHTML = '<p id="a">one two</p><div id="host"></div>';
    const text = document.getElementById('a')!.firstChild!;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>three</p>';
    const at = (node: Node, offset: number) =>
      ({ startContainer: node, startOffset: offset, endContainer: node, endOffset: offset + 1 }) as AbstractRange;
    const [one, two, three] = [at(text, 0), at(text, 4), at(shadow.firstChild!.firstChild!, 0)];
    let unordered = 0;
    const tell = () => void unordered++;
    expect(inPageOrder([two, one], (x, y) => compareRangeStarts(x, y, tell))).toEqual([one, two]);
    expect(unordered).toBe(0);
    inPageOrder([one, three], (x, y) => compareRangeStarts(x, y, tell));
    expect(unordered).toBe(1);
  });

  it('cuts a list into pages of 50, the last one short, past the end empty', () => {
    const list = Array.from({ length: 120 }, (_, index) => index);
    expect(PAGE_SIZE).toBe(50);
    expect(pageOf(list, 0, PAGE_SIZE)).toEqual({ offset: 0, total: 120, items: list.slice(0, 50) });
    expect(pageOf(list, 100, PAGE_SIZE).items).toEqual(list.slice(100));
    expect(pageOf(list, 500, PAGE_SIZE)).toEqual({ offset: 120, total: 120, items: [] });
  });
});

describe('the page map’s marks', () => {
  it('keeps one mark per category and row, the first in page order', () => {
    const marks: MapMark[] = [
      { y: 0, category: 'condition', index: 0 },
      { y: 1, category: 'condition', index: 1 },
      { y: 1, category: 'symptom', index: 2 },
      { y: 500, category: 'condition', index: 3 },
    ];
    expect(mergeMarks(marks, 1000, 100).map((mark) => mark.index)).toEqual([0, 2, 3]);
  });

  it('sends a few hundred marks for 50,000 mentions', () => {
    const marks = Array.from({ length: 50_000 }, (_, index): MapMark => ({
      y: index * 2,
      category: 'condition',
      index,
    }));
    expect(mergeMarks(marks, 100_000).length).toBe(400);
  });
});
