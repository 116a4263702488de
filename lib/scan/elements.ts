/** How the scanner treats each kind of element. Tag names are upper case, as in HTML documents. */

/** Never scanned: code, form controls, embedded content and anything not rendered as prose. */
export const EXCLUDED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'math',
  'HEAD',
  'TITLE',
]);

/** Text flows through these, so a term may start in one and end in the next. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

export function isExcludedElement(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.tagName) || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export function isInlineElement(node: Node): boolean {
  return node.nodeType === 1 && INLINE_TAGS.has((node as Element).tagName);
}

/** The nearest ancestor that is not inline: the block whose text a node belongs to. */
export function blockOf(node: Node): Node {
  let parent = node.parentNode;
  while (parent && isInlineElement(parent)) parent = parent.parentNode;
  return parent ?? node;
}
