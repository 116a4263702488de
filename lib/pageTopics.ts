/** Turns a page's mention counts into what the panel lists: topics found, most mentioned first. */

export interface Topic {
  id: string;
  title: string;
}

export interface TopicFound extends Topic {
  count: number;
}

/** Ties keep the order the topics are given in (the article's). */
export function topicsFound(counts: Readonly<Record<string, number>>, topics: readonly Topic[]): TopicFound[] {
  return topics
    .map((topic, order) => ({ ...topic, count: counts[topic.id] ?? 0, order }))
    .filter((topic) => topic.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ order: _order, ...topic }) => topic);
}

/** Where in the panel a topic lives: its cause, the cause it is named under, or the red flags. */
export function panelAnchorOf(
  topic: string,
  causeIds: readonly string[],
  conditions: readonly { id: string; namedUnder: string | null }[],
): string {
  if (causeIds.includes(topic)) return `cause-${topic}`;
  const namedUnder = conditions.find((condition) => condition.id === topic)?.namedUnder;
  if (namedUnder) return `cause-${namedUnder}`;
  return topic === 'cauda-equina' ? 'seek-care' : 'page-section';
}
