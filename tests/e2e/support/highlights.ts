/** What the page itself can see of our highlights: CSS.highlights, read from the page. */

export interface PaintedRange {
  highlight: string;
  text: string;
  /** Tag names from the range's start up to the document, lower case. */
  ancestors: string[];
  /** Whether the range starts or ends inside something the highlighter must leave alone. */
  excluded: boolean;
}

/** Runs in the page: every range of every highlight, with its text and ancestors. */
export function readHighlights(): PaintedRange[] {
  const painted: PaintedRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const ancestors: string[] = [];
      for (let node: Node | null = range.startContainer.parentNode; node; node = node.parentNode) {
        if (node.nodeType === 1) ancestors.push((node as Element).tagName.toLowerCase());
      }
      const excludedSelector =
        'script, style, noscript, template, textarea, input, select, option, [contenteditable]:not([contenteditable="false"]), [hidden]';
      const excluded = [range.startContainer, range.endContainer].some(
        (node) => !!node.parentElement?.closest(excludedSelector),
      );
      painted.push({ highlight: name, text: live.toString(), ancestors, excluded });
    }
  }
  return painted;
}

export function texts(painted: PaintedRange[]): string[] {
  return painted.map((range) => range.text.replace(/\s+/g, ' ')).sort();
}

/** Runs in the page: how many ranges all highlights hold. Uses no built-in a hostile page may break. */
export function countHighlights(): number {
  let total = 0;
  CSS.highlights.forEach((highlight) => (total += highlight.size));
  return total;
}

/** Runs in the page: the centre of the first highlighted range whose text is `text`, or null. */
export function centreOf(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'lumbar-lens-current') continue;
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== text) continue;
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}
