import type { ComponentChildren } from 'preact';
import type { WiderTopic } from '../../content/types';
import { t } from '../../platform/i18n';
import { langOf } from '../shared/contentIn';
import { LearnMoreLinks } from './LearnMoreLinks';
import { topicLabel } from '../../lib/topicLabel';

interface Props {
  topic: WiderTopic;
  kind: 'beyond' | 'treatment';
  /** Present for causes a person may tick; treatments are never ticked. */
  tick?: { ticked: boolean; onTick(id: string, ticked: boolean): void };
  /** Optional extra line, such as how often the topic is mentioned on the page. */
  children?: ComponentChildren;
  /** Left out by the checklist's search box. */
  hidden?: boolean;
}

/** A topic the article does not cover: always labelled as such, with its source. */
export function WiderTopicItem({ topic, kind, tick, children, hidden }: Props) {
  const summaryId = `summary-${topic.id}`;
  // Under a ticked item's label the details' headings come next; under a treatment's own heading, one lower.
  const DetailHeading = tick ? 'h3' : 'h4';
  return (
    <li class="cause wider" id={`topic-${topic.id}`} data-topic={topic.id} hidden={hidden}>
      <div class="cause-head">
        {tick && (
          <input
            type="checkbox"
            id={`tick-${topic.id}`}
            checked={tick.ticked}
            aria-label={t('mayApply', topic.title)}
            aria-describedby={summaryId}
            onChange={(event) => tick.onTick(topic.id, event.currentTarget.checked)}
          />
        )}
        {tick ? (
          <label for={`tick-${topic.id}`} class="cause-title" lang={langOf(topic.title)}>
            {topic.title}
          </label>
        ) : (
          <h3 class="cause-title" lang={langOf(topic.title)}>
            {topic.title}
          </h3>
        )}
      </div>
      <p class="wider-badge">{t(...topicLabel({ kind, source: topic.source, traditional: false }))}</p>
      <p class="cause-summary" id={summaryId} lang={langOf(topic.summary)}>
        {topic.summary}
      </p>
      {children}
      <details class="cause-details">
        <summary>{t('details')}</summary>
        {topic.getCare && (
          <>
            <DetailHeading>{t('getCare')}</DetailHeading>
            <p lang={langOf(topic.getCare)}>{topic.getCare}</p>
          </>
        )}
        <DetailHeading>{t('learnMore')}</DetailHeading>
        <LearnMoreLinks links={topic.links} />
      </details>
    </li>
  );
}
