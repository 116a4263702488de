import { blockOf, EXCLUDED, kindOfTag } from '../scan/elements';

/**
 * How much of a page the gate reads: its title and description, then the first
 * characters of its text, and as much again of its main element's where the page marks one out
 * further down. Text nodes are bounded too, so a page of blank ones is not walked to its end.
 */
export interface SampleLimits {
  /** Characters of text read from the body, and again from the main element. */
  chars: number;
  /** Text nodes walked, for each of the two. */
  nodes: number;
  /** Characters read of the title and of each description. */
  lineChars: number;
}

export const SAMPLE_LIMITS: SampleLimits = { chars: 4000, nodes: 3000, lineChars: 300 };

const MAIN = 'main, article, [role="main"]';
/** The head's descriptions of the page, by their meta element's name or property. */
const DESCRIPTIONS = new Set(['description', 'og:description', 'og:title']);
const SHOW_TEXT = 0x4;

/**
 * Hands `read` the page's sample (headings are read with the text: a query for them would walk
 * the whole page), one stretch at a time, until `enough` says so. Returns whether
 * `enough` stopped it.
 */
export function readSample(
  document: Document,
  read: (text: string) => void,
  enough: () => boolean,
  limits: SampleLimits = SAMPLE_LIMITS,
): boolean {
  const line = (text: string | null | undefined) => {
    if (text) read(text.slice(0, limits.lineChars));
    return enough();
  };
  if (line(document.title)) return true;
  // Only the head's own children: no query over the whole page.
  for (const meta of document.head?.children ?? []) {
    const name = meta.localName === 'meta' ? (meta.getAttribute('name') ?? meta.getAttribute('property')) : null;
    if (name && DESCRIPTIONS.has(name.toLowerCase()) && line(meta.getAttribute('content'))) return true;
  }
  const body = document.body ?? document.documentElement;
  if (!body) return false;
  const fromBody = readRuns(body, read, enough, limits);
  if (fromBody !== 'cut short') return fromBody === 'enough';
  const main = body.querySelector(MAIN);
  return main !== null && readRuns(main, read, enough, limits) === 'enough';
}

/**
 * The first text of a subtree, its Text nodes joined as the classifier's runs join them: within one
 * block without a break (a word split by inline markup stays one word), between blocks with one.
 * Only Text nodes are walked, natively, and those in code, styles and form fields are passed over.
 * Returns what stopped the reading.
 */
function readRuns(
  root: Node,
  read: (text: string) => void,
  enough: () => boolean,
  limits: SampleLimits,
): 'enough' | 'all read' | 'cut short' {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  let run = '';
  let block: Node | null = null;
  let parent: Node | null = null;
  const flush = () => {
    if (run) read(run);
    run = '';
    return enough();
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++nodes > limits.nodes || chars >= limits.chars) return flush() ? 'enough' : 'cut short';
    if (node.parentNode !== parent) {
      parent = node.parentNode;
      if (parent && parent.nodeType === 1 && kindOfTag((parent as Element).localName) === EXCLUDED) continue;
      const next = blockOf(node);
      if (next !== block && flush()) return 'enough';
      block = next;
    } else if (parent && parent.nodeType === 1 && kindOfTag((parent as Element).localName) === EXCLUDED) continue;
    const data = (node as Text).data;
    const text = data.length > limits.chars - chars ? data.slice(0, limits.chars - chars) : data;
    chars += text.length;
    run += text;
  }
  return flush() ? 'enough' : 'all read';
}
