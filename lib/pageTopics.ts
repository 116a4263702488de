/** Turns a page's mention counts into what the panel lists: topics found, most mentioned first. */
import type { TopicKind } from '../content/types';

export interface Topic {
  id: string;
  title: string;
}

/** Ties keep the order the topics are given in (the article's). */
export function topicsFound<T extends Topic>(
  counts: Readonly<Record<string, number>>,
  topics: readonly T[],
): (T & { count: number })[] {
  return topics
    .map((topic, order) => ({ ...topic, count: counts[topic.id] ?? 0, order }))
    .filter((topic) => topic.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ order: _order, ...topic }) => topic as T & { count: number });
}

/**
 * Where in the panel a topic is explained: a cause's own item, the cause a condition is named
 * under, the red flags for warning signs (cauda equina among them), a topic beyond the article's item.
 */
export function panelAnchorOf(
  id: string,
  topics: readonly { id: string; kind: TopicKind }[],
  conditions: readonly { id: string; namedUnder: string | null }[],
): string {
  switch (topics.find((topic) => topic.id === id)?.kind) {
    case 'cause':
      return `cause-${id}`;
    case 'beyond':
    case 'treatment':
      return `topic-${id}`;
    case 'warning':
      return 'seek-care';
    case 'named': {
      const namedUnder = conditions.find((condition) => condition.id === id)?.namedUnder;
      return namedUnder ? `cause-${namedUnder}` : 'page-section';
    }
    default:
      return 'page-section';
  }
}

/** Whether the page mentions a topic whose place in the panel is "Seek care now": a warning sign or cauda equina. */
export function mentionsCareNow(
  counts: Readonly<Record<string, number>>,
  topics: readonly { id: string; kind: TopicKind }[],
  conditions: readonly { id: string; namedUnder: string | null }[],
): boolean {
  return Object.entries(counts).some(
    ([id, count]) => count > 0 && panelAnchorOf(id, topics, conditions) === 'seek-care',
  );
}
