import { ALL_MENTIONS, TopicCursor, type Direction } from '../lib/highlight/topicCursor';
import { compareDocumentOrder, type Mention, type MentionIndex } from '../lib/highlight/mentions';
import { inPageOrder } from '../lib/mentions/order';
import type { MentionShown } from '../lib/protocol/messages';
import { showCurrentMention } from '../platform/cssHighlights';

/**
 * Moving through the page's mentions: a topic's, or all of them (topic null), in page order,
 * next and previous, cycling, or straight to one chosen from the panel's list. The page
 * scrolls; focus stays where it was (in the panel). Lists are built once per change of the page.
 */
export class MentionCursor {
  private readonly cursor = new TopicCursor();
  private readonly lists = new Map<string, Mention[]>();

  constructor(private readonly mentions: MentionIndex) {}

  /** The page changed: lists are rebuilt when next asked for. */
  invalidate(): void {
    this.lists.clear();
  }

  /** A topic's mentions, or all of them for null, in page order. */
  listOf(topic: string | null): Mention[] {
    const key = topic ?? ALL_MENTIONS;
    let list = this.lists.get(key);
    if (!list) {
      const all = this.mentions.all().filter((mention) => mention.range.startContainer.isConnected);
      list = inPageOrder(topic === null ? all : all.filter((mention) => mention.topic === topic), compareDocumentOrder);
      this.lists.set(key, list);
    }
    return list;
  }

  showNext(topic: string): MentionShown {
    return this.step(topic, 'next');
  }

  step(topic: string | null, direction: Direction): MentionShown {
    const list = this.listOf(topic);
    return this.show(list, this.cursor.step(topic ?? ALL_MENTIONS, list.length, direction));
  }

  /** Shows the mention at a 0-based index of a list, and steps on from there next time. */
  showAt(topic: string | null, index: number): MentionShown {
    const list = this.listOf(topic);
    if (index >= list.length) return this.show(list, null);
    this.cursor.set(topic ?? ALL_MENTIONS, index);
    return this.show(list, index);
  }

  clear(): void {
    this.cursor.clear();
    this.lists.clear();
    showCurrentMention(null);
  }

  private show(list: Mention[], index: number | null): MentionShown {
    if (index === null) {
      showCurrentMention(null);
      return { index: 0, total: list.length };
    }
    reveal(list[index]);
    return { index: index + 1, total: list.length };
  }
}

function reveal(mention: Mention): void {
  showCurrentMention(mention.range);
  const element = mention.range.startContainer.parentElement;
  // A hidden tab would never play the animation, and some people ask for none.
  const instant = document.hidden || matchMedia('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: instant ? 'instant' : 'smooth' });
}
