/**
 * Scores a page's highlights against the marks its author expects, annotated in the markup:
 * `<span data-expect="article">` for a term of the article's topics, `data-expect="wider"` for
 * a term beyond it, `data-never` for a general word that must never be marked on its own.
 */

export interface ExpectedMark {
  group: string;
  text: string;
  /** A highlight of the right group covers the whole annotated text. */
  found: boolean;
  /** The highlights that touch it, to explain a miss. */
  touchedBy: string[];
}

export interface AnnotationScore {
  expected: ExpectedMark[];
  /** `data-never` words that a highlight touches. */
  wronglyMarked: string[];
}

/** Runs in the page. `groups` maps each data-expect value to the highlight names that satisfy it. */
export function scoreAnnotations(groups: Record<string, string[]>): AnnotationScore {
  const ranges: { name: string; range: Range }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const painted of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      ranges.push({ name, range });
    }
  }
  // From the first character of the span's text to its last, as the highlighter sees it.
  const textRangeOf = (element: Element): Range => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const range = document.createRange();
    range.setStart(texts[0], 0);
    range.setEnd(texts.at(-1)!, texts.at(-1)!.length);
    return range;
  };
  const touching = (span: Range) =>
    ranges.filter(
      ({ range }) =>
        range.compareBoundaryPoints(Range.END_TO_START, span) < 0 &&
        range.compareBoundaryPoints(Range.START_TO_END, span) > 0,
    );
  const expected = [...document.querySelectorAll('[data-expect]')].map((element) => {
    const span = textRangeOf(element);
    const group = element.getAttribute('data-expect')!;
    const touched = touching(span);
    const found = touched.some(
      ({ name, range }) =>
        (groups[group] ?? []).includes(name) &&
        range.compareBoundaryPoints(Range.START_TO_START, span) <= 0 &&
        range.compareBoundaryPoints(Range.END_TO_END, span) >= 0,
    );
    return {
      group,
      text: span.toString().replace(/\s+/g, ' '),
      found,
      touchedBy: touched.map(({ name, range }) => `${name}: ${range.toString()}`),
    };
  });
  const wronglyMarked = [...document.querySelectorAll('[data-never]')]
    .filter((element) => touching(textRangeOf(element)).length > 0)
    .map((element) => element.textContent ?? '');
  return { expected, wronglyMarked };
}
