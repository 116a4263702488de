/** What the page itself can see of our highlights: CSS.highlights, read from the page. */

export interface PaintedRange {
  highlight: string;
  text: string;
  /** Tag names from the range's start up to the document, lower case. */
  ancestors: string[];
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
      painted.push({ highlight: name, text: live.toString(), ancestors });
    }
  }
  return painted;
}

export function texts(painted: PaintedRange[]): string[] {
  return painted.map((range) => range.text.replace(/\s+/g, ' ')).sort();
}
