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
  return EXCLUDED_TAGS.has(element.localName) || isExcludedByAttributes(element);
}

/** Elements that may be excluded by their attributes, for one native query over a subtree. */
const EXCLUDING_ATTRIBUTES = '[hidden],[contenteditable]';

function isExcludedByAttributes(element: Element): boolean {
  // Most elements have no attributes at all: one call settles it.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export const BLOCK = 0;
export const INLINE = 1;
export const EXCLUDED = 2;
export type ElementKind = typeof BLOCK | typeof INLINE | typeof EXCLUDED;

/** Every tag's kind in one lookup: the walk asks it of every element, so one read of `localName`. */
const KIND_OF_TAG = new Map<string, ElementKind>([
  ...[...EXCLUDED_TAGS].map((tag) => [tag, EXCLUDED] as const),
  ...[...INLINE_TAGS].map((tag) => [tag, INLINE] as const),
]);

/** What an element of this tag is to the scanner, its attributes aside. */
export function kindOfTag(localName: string): ElementKind {
  return KIND_OF_TAG.get(localName) ?? BLOCK;
}

/**
 * Whether an element is excluded by its attributes, for a walk of the subtree under `root` (not
 * `root` itself). A page has few such elements or none: one native query finds them, where asking
 * each element with attributes for two of them took a seventh of the walk. A DOM that cannot run
 * the query (happy-dom overflows its stack on very deep trees) has each element asked.
 */
export function excludedByAttributesUnder(root: Node): (element: Element) => boolean {
  try {
    const candidates = (root as Partial<ParentNode>).querySelectorAll?.(EXCLUDING_ATTRIBUTES) ?? [];
    const excluded = new Set([...candidates].filter(isExcludedByAttributes));
    return (element) => excluded.size !== 0 && excluded.has(element);
  } catch {
    return isExcludedByAttributes;
  }
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
