/** How the scanner treats each kind of element, by local name (lower case in HTML and SVG alike). */

/** Never scanned: code, form controls, embedded content and anything not rendered as prose. */
// prettier-ignore
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
]);

/** Text flows through these, so a term may start in one and end in the next. */
// prettier-ignore
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

export function isExcludedElement(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.localName)) return true;
  // Most elements have no attributes at all: one call settles it.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export function isInlineElement(node: Node): boolean {
  return node.nodeType === 1 && INLINE_TAGS.has((node as Element).localName);
}

/** The nearest ancestor that is not inline: the block whose text a node belongs to. */
export function blockOf(node: Node): Node {
  let parent = node.parentNode;
  while (parent && isInlineElement(parent)) parent = parent.parentNode;
  return parent ?? node;
}

/** Whether the node is, or sits inside, something the scanner leaves alone. */
export function isInsideExcluded(node: Node, isOwn: (node: Node) => boolean): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current.nodeType === 1 && (isExcludedElement(current as Element) || isOwn(current))) return true;
  }
  return false;
}
