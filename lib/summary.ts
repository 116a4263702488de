import type { Cause, WiderTopic } from '../content/types';

export interface SummaryLabels {
  title: string;
  tcm: string;
  /** Heads the ticked topics the article does not cover. */
  beyondHeading: string;
  /** Says that a topic is not in the article, and which source it comes from. */
  notInArticle(source: string): string;
  footer: string;
  /** A title with a note beside it, punctuated as the language does: "Title (note)", "标题（说明）". */
  titleWithNote(title: string, note: string): string;
  /** One ticked topic's line: "- Title: summary", "- 标题：摘要". */
  line(title: string, summary: string): string;
}

/**
 * The plain-text note a person can hand their doctor: the ticked causes in the article's
 * order, then the ticked topics beyond the article, each labelled as such.
 */
export function doctorSummary(
  ticked: ReadonlySet<string>,
  causes: readonly Cause[],
  beyond: readonly WiderTopic[],
  labels: SummaryLabels,
): string {
  const fromArticle = causes
    .filter((cause) => ticked.has(cause.id))
    .map((cause) =>
      labels.line(
        cause.tradition === 'tcm' ? labels.titleWithNote(cause.title, labels.tcm) : cause.title,
        cause.summary,
      ),
    );
  const notFromArticle = beyond
    .filter((topic) => ticked.has(topic.id))
    .map((topic) => labels.line(labels.titleWithNote(topic.title, labels.notInArticle(topic.source)), topic.summary));
  if (fromArticle.length + notFromArticle.length === 0) return '';
  const beyondPart = notFromArticle.length === 0 ? [] : ['', labels.beyondHeading, ...notFromArticle];
  return [labels.title, '', ...fromArticle, ...beyondPart, '', labels.footer].join('\n');
}
