import { TopicCursor } from '../../lib/highlight/topicCursor';
import type { Mention, MentionIndex } from '../../lib/highlight/mentions';
import type { MentionShown } from '../../lib/protocol/messages';
import { showCurrentMention } from '../../platform/cssHighlights';

/**
 * "Show the next mention" for each topic, cycling through them in page order. The page
 * scrolls; focus stays where it was (in the panel).
 */
export class MentionCursor {
  private readonly cursor = new TopicCursor();

  constructor(private readonly mentions: MentionIndex) {}

  showNext(topic: string): MentionShown {
    const list = this.mentions.ofTopic(topic).filter((mention) => mention.range.startContainer.isConnected);
    const index = this.cursor.next(topic, list.length);
    if (index === null) {
      showCurrentMention(null);
      return { index: 0, total: 0 };
    }
    reveal(list[index]);
    return { index: index + 1, total: list.length };
  }

  clear(): void {
    this.cursor.clear();
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
