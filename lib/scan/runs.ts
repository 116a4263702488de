import { BLOCK, blockOf, EXCLUDED, excludedByAttributesUnder, isInsideExcluded, kindOfTag } from './elements';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
/** How many nodes to walk between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 256;

/** The text of one block between two boundaries, with a map back to its Text nodes. */
export interface TextRun {
  block: Node;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

export interface RunWalkerOptions {
  /** Nodes of the extension's own, which the walk leaves out. */
  isOwn?: (node: Node) => boolean;
}

/**
 * Walks a subtree into text runs. Runs break at every element that is not inline (blocks,
 * `<br>`, images, form controls), so a match never spans two blocks. The walk can stop
 * whenever `shouldYield` says so and resume on the next call.
 *
 * A run starts at its first text that is not blank.
 *
 * The TreeWalker has no filter: a filter is a call from the DOM back into script for every
 * node, which cost more than the rest of the walk. Excluded subtrees are stepped over here.
 * Which elements their attributes exclude is asked once, as the walk starts: one hidden later
 * is left unpainted by the engine's visibility check, and rescanned by the page's observer.
 */
export class RunWalker {
  /** Open shadow roots met on the way, for the caller to walk in turn. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;
  private readonly isOwn: (node: Node) => boolean;
  private readonly isExcludedByAttributes: (element: Element) => boolean;
  private next: Node | null;
  private pending: TextRun | null = null;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  constructor(root: Node, options: RunWalkerOptions = {}) {
    const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.isOwn = options.isOwn ?? (() => false);
    this.isExcludedByAttributes = excludedByAttributesUnder(root);
    this.walker = document.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.next = isInsideExcluded(root, this.isOwn) ? null : this.walker.nextNode();
  }

  /** Emits runs until the subtree is done (returns true) or `shouldYield` (returns false). */
  walk(onRun: (run: TextRun) => void, shouldYield: () => boolean = () => false): boolean {
    let sinceClockCheck = 0;
    let node = this.next;
    while (node) {
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text, onRun);
        node = this.walker.nextNode();
      } else {
        const kind = kindOfTag((node as Element).localName);
        if (kind === EXCLUDED || this.isExcludedByAttributes(node as Element) || this.isOwn(node)) {
          node = this.skipSubtree();
        } else {
          if (kind === BLOCK) this.flush(onRun);
          const shadow = (node as Element).shadowRoot;
          if (shadow) this.shadowRoots.push(shadow);
          node = this.walker.nextNode();
        }
      }
      if (++sinceClockCheck === NODES_PER_CLOCK_CHECK) {
        sinceClockCheck = 0;
        if (node && shouldYield()) {
          this.next = node;
          return false;
        }
      }
    }
    this.next = null;
    this.flush(onRun);
    return true;
  }

  /** Moves past the current node's subtree: to its next sibling, or an ancestor's. */
  private skipSubtree(): Node | null {
    for (;;) {
      const sibling = this.walker.nextSibling();
      if (sibling) return sibling;
      if (!this.walker.parentNode()) return null;
    }
  }

  private addText(text: Text, onRun: (run: TextRun) => void): void {
    const parent = text.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = blockOf(text);
    }
    const block = this.lastBlock!;
    if (this.pending && this.pending.block !== block) this.flush(onRun);
    const data = text.data;
    // Most of a page's text nodes are blank, between blocks: they start no run, as no match can use them.
    if (!this.pending && isBlank(data)) return;
    const run = (this.pending ??= { block, text: '', nodes: [], starts: [] });
    run.starts.push(run.text.length);
    run.nodes.push(text);
    run.text += data;
  }

  private flush(onRun: (run: TextRun) => void): void {
    if (this.pending) onRun(this.pending);
    this.pending = null;
  }
}

/** Whether a text has nothing but white space; most are settled by their first character. */
function isBlank(data: string): boolean {
  const first = data.charCodeAt(0);
  return !(first > 32 && first < 127) && !/\S/.test(data);
}

/** Every run of a subtree at once, shadow roots included: for small subtrees and tests. */
export function collectRuns(root: Node, options: RunWalkerOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  const queue: Node[] = [root];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const walker = new RunWalker(next, options);
    walker.walk((run) => runs.push(run));
    queue.push(...walker.shadowRoots);
  }
  return runs;
}
