import type { Source, TopicKind } from '../content/types';

/** The message keys of the labels (in every _locales file). */
type TopicLabelKey =
  'labelTraditional' | 'labelArticleCause' | 'labelArticleNamed' | 'labelTreatment' | 'labelNotInArticle';

/**
 * The one line that says where a topic comes from, for the card, the panel and the summary:
 * the article's own, or not in the article and from which source. A message key and its
 * substitutions, so that callers localise it.
 */
export function topicLabel(topic: {
  kind: TopicKind;
  source: Source | null;
  traditional: boolean;
}): [TopicLabelKey, ...string[]] {
  if (topic.traditional) return ['labelTraditional'];
  if (topic.kind === 'cause') return ['labelArticleCause'];
  if (topic.kind === 'named') return ['labelArticleNamed'];
  const source = topic.source ?? '';
  return topic.kind === 'treatment' ? ['labelTreatment', source] : ['labelNotInArticle', source];
}
