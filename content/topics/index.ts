import type { Source, TopicKind, TopicRecord } from '../types';
import { english, type TextPicker } from '../views';
import { topicRecords } from './records';

/** What every part of the extension needs to say about a topic, whatever its origin. */
export interface TopicInfo {
  id: string;
  kind: TopicKind;
  title: string;
  summary: string;
  /** Where a topic beyond the article takes its facts from; null for the article's own. */
  source: Source | null;
  /** A traditional Chinese medicine concept, shown as such. */
  traditional: boolean;
}

/** Every topic a term can belong to, in one language, in the panel's order: the article's first. */
export function topicsIn(pick: TextPicker): TopicInfo[] {
  return (topicRecords as readonly TopicRecord[]).map((record) => ({
    id: record.id,
    kind: record.kind,
    title: pick(record.title),
    summary: pick(record.summary),
    source: record.kind === 'cause' || record.kind === 'named' ? null : record.source,
    traditional: record.kind === 'cause' && record.tradition === 'tcm',
  }));
}

export const topics: readonly TopicInfo[] = topicsIn(english);

const byId = new Map(topics.map((topic) => [topic.id, topic]));

export function topicById(id: string): TopicInfo | undefined {
  return byId.get(id);
}

/** Whether the article itself covers the topic (a cause on its checklist, or a condition it names). */
export function isArticleTopic(topic: TopicInfo): boolean {
  return topic.kind === 'cause' || topic.kind === 'named';
}
