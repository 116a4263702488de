import { changedBlocks } from '../lib/highlight/changedBlocks';
import type { HighlightEngine } from '../lib/highlight/engine';
import type { Matcher } from '../lib/match/matcher';
import type { Direction } from '../lib/highlight/topicCursor';
import type { Mention } from '../lib/highlight/mentions';
import type { MentionList, MentionShown, PanelPlace } from '../lib/protocol/messages';
import { createPageEngine, isShown } from '../platform/pageEngine';
import { watchHoverCards } from './hoverCards';
import { MentionCursor } from './mentionCursor';
import { mentionList } from './mentionSnippets';
import { TermCard } from './termCard';
import type { Locale } from '../lib/i18n/locale';

/** Quiet time before changed blocks are rescanned, and the longest a change waits. */
const SETTLE_MS = 120;
const MAX_WAIT_MS = 700;
/** More pending records than this and the whole page is rescanned instead. */
const MAX_PENDING_RECORDS = 5000;
const WATCHED = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden', 'open', 'class', 'style'],
};

/**
 * Highlighting on one page: a full pass, then rescans of the blocks that change. Stopping
 * removes every highlight and every observer.
 */
export class HighlightSession {
  private readonly engine: HighlightEngine;
  private readonly observer: MutationObserver;
  private readonly card: TermCard;
  private readonly cursor: MentionCursor;
  private readonly listeners = new AbortController();
  private readonly isOwn: (node: Node) => boolean;
  private pending: MutationRecord[] = [];
  private rescanAll = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;

  constructor(
    private readonly document: Document,
    matcher: Matcher,
    private readonly onChange: () => void,
    openInPanel: (place: PanelPlace) => Promise<boolean>,
    locale: () => Locale,
  ) {
    this.card = new TermCard(document, openInPanel, locale);
    this.isOwn = this.card.isOwn;
    const isOwn = this.isOwn;
    this.observer = new MutationObserver((records) => this.queue(records));
    this.engine = createPageEngine(matcher, {
      isOwn,
      onShadowRoot: (root) => this.observer.observe(root, WATCHED),
    });
    this.cursor = new MentionCursor(this.engine.mentions);
  }

  get mentions() {
    return this.engine.mentions;
  }

  async start(): Promise<void> {
    this.observer.observe(this.document, WATCHED);
    watchHoverCards(this.document, this.engine.mentions, this.card, this.listeners.signal);
    await this.engine.refresh([this.pageRoot()]);
    this.changed();
  }

  showNextMention(topic: string): MentionShown {
    return this.cursor.showNext(topic);
  }

  stepMention(topic: string | null, direction: Direction): MentionShown {
    return this.cursor.step(topic, direction);
  }

  showMention(topic: string | null, index: number): MentionShown {
    return this.cursor.showAt(topic, index);
  }

  /** A topic's mentions, or all of them for null, in page order: the same list the cursor steps through. */
  orderedMentions(topic: string | null): readonly Mention[] {
    return this.cursor.listOf(topic);
  }

  listMentions(topic: string | null, offset: number, limit: number): MentionList {
    return mentionList(topic, this.cursor.listOf(topic), offset, limit, this.isOwn);
  }

  stop(): void {
    this.listeners.abort();
    this.cursor.clear();
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending = [];
    this.engine.stop();
  }

  private pageRoot(): Node {
    return this.document.body ?? this.document.documentElement;
  }

  private queue(all: MutationRecord[]): void {
    const records = all.filter((record) => !this.isOwnChange(record));
    if (records.length === 0) return;
    if (this.pending.length === 0 && !this.rescanAll) this.firstPendingAt = performance.now();
    if (this.pending.length + records.length > MAX_PENDING_RECORDS) {
      this.rescanAll = true;
      this.pending = [];
    } else if (!this.rescanAll) {
      this.pending.push(...records);
    }
    clearTimeout(this.timer);
    const waited = performance.now() - this.firstPendingAt;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(SETTLE_MS, MAX_WAIT_MS - waited)));
  }

  private async flush(): Promise<void> {
    const records = this.pending;
    const all = this.rescanAll;
    this.pending = [];
    this.rescanAll = false;
    const roots = all ? null : this.rootsFor(records);
    if (roots?.length === 0) return;
    await this.engine.refresh(roots ?? [this.pageRoot()]);
    this.changed();
  }

  private changed(): void {
    this.cursor.invalidate();
    this.onChange();
  }

  /** Adding or removing the extension's own card is not a change of the page. */
  private isOwnChange(record: MutationRecord): boolean {
    if (this.isOwn(record.target)) return true;
    if (record.type !== 'childList') return false;
    const touched = [...record.addedNodes, ...record.removedNodes];
    return touched.length > 0 && touched.every(this.isOwn);
  }

  /** Blocks to rescan: those whose text changed, and hidden ones that became visible. */
  private rootsFor(records: MutationRecord[]): Node[] | null {
    const textChanges = records.filter((record) => record.type !== 'attributes');
    const revealed = textChanges.length < records.length ? this.engine.revealedBlocks(isShown) : [];
    return changedBlocks([...textChanges, ...revealed.map((target) => ({ type: 'childList', target }))], this.isOwn);
  }
}
