import { beyondTopics } from './beyond';
import { causes } from './causes';
import { conditions } from './conditions';
import { treatmentTopics } from './treatments';
import type { Source, TopicKind } from './types';
import { warningTopics } from './warningSigns';

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

/** Every topic a term can belong to, in the panel's order: the article's first. */
export const topics: readonly TopicInfo[] = [
  ...causes.map((cause) => ({
    id: cause.id,
    kind: 'cause' as const,
    title: cause.title,
    summary: cause.summary,
    source: null,
    traditional: cause.tradition === 'tcm',
  })),
  ...conditions.map((condition) => ({ ...named(condition), kind: 'named' as const })),
  ...beyondTopics.map((topic) => ({ ...wider(topic), kind: 'beyond' as const })),
  ...warningTopics.map((topic) => ({ ...wider(topic), kind: 'warning' as const })),
  ...treatmentTopics.map((topic) => ({ ...wider(topic), kind: 'treatment' as const })),
];

function named(condition: { id: string; title: string; summary: string }) {
  return { id: condition.id, title: condition.title, summary: condition.summary, source: null, traditional: false };
}

function wider(topic: { id: string; title: string; summary: string; source: Source }) {
  return { id: topic.id, title: topic.title, summary: topic.summary, source: topic.source, traditional: false };
}

const byId = new Map(topics.map((topic) => [topic.id, topic]));

export function topicById(id: string): TopicInfo | undefined {
  return byId.get(id);
}

/** Whether the article itself covers the topic (a cause on its checklist, or a condition it names). */
export function isArticleTopic(topic: TopicInfo): boolean {
  return topic.kind === 'cause' || topic.kind === 'named';
}
