import { BLOCK, blockOf, EXCLUDED, isInsideExcluded, kindOf } from './elements';

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
 * The TreeWalker has no filter: a filter is a call from the DOM back into script for every
 * node, which cost more than the rest of the walk. Excluded subtrees are stepped over here.
 */
export class RunWalker {
  /** Open shadow roots met on the way, for the caller to walk in turn. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;
  private readonly isOwn: (node: Node) => boolean;
  private next: Node | null;
  private pending: TextRun | null = null;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  constructor(root: Node, options: RunWalkerOptions = {}) {
    const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.isOwn = options.isOwn ?? (() => false);
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
        const kind = kindOf(node as Element);
        if (kind === EXCLUDED || this.isOwn(node)) {
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
    const run = (this.pending ??= { block, text: '', nodes: [], starts: [] });
    run.starts.push(run.text.length);
    run.nodes.push(text);
    run.text += text.data;
  }

  private flush(onRun: (run: TextRun) => void): void {
    if (this.pending && /\S/.test(this.pending.text)) onRun(this.pending);
    this.pending = null;
  }
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
