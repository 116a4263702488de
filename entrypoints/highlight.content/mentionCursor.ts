import type { Mention, MentionIndex } from '../../lib/highlight/mentions';
import type { MentionShown } from '../../lib/protocol/messages';
import { showCurrentMention } from '../../platform/cssHighlights';

/**
 * "Show the next mention" for each topic, cycling through them in page order. The page
 * scrolls; focus stays where it was (in the panel).
 */
export class MentionCursor {
  private readonly positions = new Map<string, number>();

  constructor(private readonly mentions: MentionIndex) {}

  showNext(topic: string): MentionShown {
    const list = this.mentions.ofTopic(topic).filter((mention) => mention.range.startContainer.isConnected);
    if (list.length === 0) {
      showCurrentMention(null);
      return { index: 0, total: 0 };
    }
    const index = ((this.positions.get(topic) ?? -1) + 1) % list.length;
    this.positions.set(topic, index);
    reveal(list[index]);
    return { index: index + 1, total: list.length };
  }

  clear(): void {
    this.positions.clear();
    showCurrentMention(null);
  }
}

function reveal(mention: Mention): void {
  showCurrentMention(mention.range);
  const element = mention.range.startContainer.parentElement;
  // A hidden tab would never play the animation, and some people ask for none.
  const instant = document.hidden || matchMedia('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: instant ? 'instant' : 'smooth' });
}
