import type { Matcher } from '../match/matcher';
import { blockOf } from '../scan/elements';
import { locate } from '../scan/locate';
import { RunWalker, type TextRun } from '../scan/runs';
import type { TermCategory } from './categories';
import { MentionIndex } from './mentions';
import type { Slicer } from './slicer';

/** Paints ranges; the content script's painter uses the CSS Custom Highlight API. */
export interface Painter {
  add(category: TermCategory, range: AbstractRange): void;
  remove(category: TermCategory, range: AbstractRange): void;
  /** Shows what was added: called once a pass is done. */
  commit(): void;
  /**
   * Shows what was added so far, early in a long pass, so the first screen need not wait for
   * the whole page; what follows shows at the next preview or on commit. Resolves once the
   * browser has painted it.
   */
  preview?(): Promise<void>;
  clear(): void;
}

export interface HighlightEngineOptions {
  matcher: Matcher;
  /** The lexicon, in the order the matcher was compiled from. */
  terms: readonly { topic: string; category: TermCategory }[];
  painter: Painter;
  slicer: Slicer;
  createRange(init: StaticRangeInit): AbstractRange;
  /** Whether the text is rendered; hidden text is left unpainted and uncounted. */
  isVisible(text: Text): boolean;
  /** The extension's own nodes (the term card), which are never scanned. */
  isOwn(node: Node): boolean;
  /** Told of every open shadow root met, so its changes can be watched too. */
  onShadowRoot?(root: ShadowRoot): void;
}

/** Characters matched between two looks at the clock, for texts of many megabytes. */
const CHARS_PER_STEP = 1 << 16;
/**
 * Mentions a pass shows before the rest, in a preview of their own: more than a screen holds,
 * few enough for the browser to show within the frame.
 */
const PREVIEW_MENTIONS = 500;

/**
 * Finds the lexicon's terms in a document and paints them. Work is queued, so passes never
 * interleave, and sliced, so none blocks the page for long.
 */
export class HighlightEngine {
  readonly mentions = new MentionIndex();
  /** Elements whose text was skipped as hidden: checked again when attributes change. */
  private readonly hiddenParents = new Set<Element>();
  private pass: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Mentions the current pass may still paint before it shows a screenful (0: shown, or not wanted). */
  private untilPreview = 0;
  /** Whether the current pass has shown what it found at its first yield. */
  private shownAtYield = false;

  constructor(private readonly options: HighlightEngineOptions) {}

  /** Repaints everything under the roots and forgets blocks that left the document. */
  refresh(roots: readonly Node[]): Promise<void> {
    this.pass = this.pass.then(() => (this.stopped ? undefined : this.repaint(roots)));
    return this.pass;
  }

  /**
   * The blocks of text once skipped as hidden that `isShown` now says are shown, to be
   * rescanned; elements gone from the document are forgotten.
   */
  revealedBlocks(isShown: (element: Element) => boolean): Node[] {
    const revealed: Node[] = [];
    for (const parent of this.hiddenParents) {
      if (!parent.isConnected) this.hiddenParents.delete(parent);
      else if (isShown(parent)) {
        this.hiddenParents.delete(parent);
        revealed.push(blockOf(parent.firstChild ?? parent));
      }
    }
    return revealed;
  }

  /** Removes every highlight; a later refresh starts afresh. */
  clear(): void {
    this.mentions.removeBlocks(() => true);
    this.hiddenParents.clear();
    this.options.painter.clear();
  }

  /** Stops all work for good: the page is left as it was. */
  stop(): void {
    this.stopped = true;
    this.clear();
  }

  private async repaint(roots: readonly Node[]): Promise<void> {
    const { painter, slicer, isOwn } = this.options;
    const rootSet = new Set(roots);
    const stale = this.mentions.removeBlocks((block) => !block.isConnected || isInsideAny(block, rootSet));
    for (const mention of stale) painter.remove(mention.category, mention.range);

    const visibility = new Map<Element, boolean>();
    // Pages are read top down: what the reader sees first is found first. Show it early: what the
    // first slice found at its end, and the first screenful once found.
    this.untilPreview = painter.preview ? PREVIEW_MENTIONS : 0;
    this.shownAtYield = false;
    const queue = roots.filter((root) => root.isConnected);
    for (let root = queue.shift(); root; root = queue.shift()) {
      const walker = new RunWalker(root, { isOwn });
      let done = false;
      while (!done && !this.stopped) {
        const runs: TextRun[] = [];
        // Walking is far cheaper than matching: walk a little (the walker stops only at its looks at
        // the clock, every few hundred nodes), match what it found, and yield when the slice is up.
        done = walker.walk(
          (run) => runs.push(run),
          () => runs.length > 0 || slicer.shouldYield(),
        );
        for (const run of runs) {
          await this.paintRun(run, visibility);
          if (slicer.shouldYield()) await this.yieldToPage();
        }
        for (const shadow of walker.shadowRoots.splice(0)) {
          this.options.onShadowRoot?.(shadow);
          queue.push(shadow);
        }
        if (slicer.shouldYield()) await this.yieldToPage();
      }
    }
    this.untilPreview = 0;
    painter.commit();
  }

  /** Gives the page its turn; the first time in a pass it has found something, shows it. */
  private async yieldToPage(): Promise<void> {
    if (!this.shownAtYield && this.untilPreview > 0 && this.untilPreview < PREVIEW_MENTIONS) {
      this.shownAtYield = true;
      await this.showPreview();
    } else {
      await this.options.slicer.yield();
    }
  }

  /** Shows the mentions found so far and waits for the frame that paints them. */
  private async showPreview(): Promise<void> {
    await this.options.painter.preview?.();
    await this.options.slicer.yield();
  }

  private async paintRun(run: TextRun, visibility: Map<Element, boolean>): Promise<void> {
    const { matcher, terms, painter, slicer, createRange } = this.options;
    for (let position = 0; position < run.text.length && !this.stopped;) {
      const { matches, next } = matcher.scan(run.text, position, CHARS_PER_STEP);
      for (const match of matches) {
        const start = locate(run, match.start, false);
        if (!this.isVisible(start.node, visibility)) continue;
        const end = locate(run, match.end, true);
        const range = createRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        });
        const { topic, category } = terms[match.term];
        this.mentions.add({ topic, category, term: match.term, range, block: run.block });
        painter.add(category, range);
        if (this.untilPreview > 0 && --this.untilPreview === 0) await this.showPreview();
      }
      position = next;
      if (position < run.text.length && slicer.shouldYield()) await this.yieldToPage();
    }
  }

  private isVisible(text: Text, cache: Map<Element, boolean>): boolean {
    const parent = text.parentElement;
    if (!parent) return true;
    let visible = cache.get(parent);
    if (visible === undefined) {
      visible = this.options.isVisible(text);
      cache.set(parent, visible);
      if (!visible) this.hiddenParents.add(parent);
    }
    return visible;
  }
}

/** Whether the node or one of its ancestors, through shadow roots to their hosts, is in the set. */
function isInsideAny(node: Node, set: ReadonlySet<Node>): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (set.has(current)) return true;
  }
  return false;
}
