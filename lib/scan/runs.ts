import { blockOf, isExcludedElement, isInlineElement } from './elements';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
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
 */
export class RunWalker {
  /** Open shadow roots met on the way, for the caller to walk in turn. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;
  private pending: TextRun | null = null;
  private done = false;

  constructor(root: Node, options: RunWalkerOptions = {}) {
    const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    const isOwn = options.isOwn ?? (() => false);
    this.walker = document.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode: (node) =>
        node.nodeType === TEXT_NODE || (!isExcludedElement(node as Element) && !isOwn(node))
          ? FILTER_ACCEPT
          : FILTER_REJECT,
    });
  }

  /** Emits runs until the subtree is done (returns true) or `shouldYield` (returns false). */
  walk(onRun: (run: TextRun) => void, shouldYield: () => boolean = () => false): boolean {
    if (this.done) return true;
    let sinceClockCheck = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text, onRun);
      } else {
        if (!isInlineElement(node)) this.flush(onRun);
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.shadowRoots.push(shadow);
      }
      if (++sinceClockCheck === NODES_PER_CLOCK_CHECK) {
        sinceClockCheck = 0;
        if (shouldYield()) return false;
      }
    }
    this.flush(onRun);
    this.done = true;
    return true;
  }

  private addText(text: Text, onRun: (run: TextRun) => void): void {
    const block = blockOf(text);
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
