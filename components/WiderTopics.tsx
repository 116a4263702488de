import type { ComponentChildren } from 'preact';
import type { WiderTopic } from '../content/types';
import { activeLocale, t } from '../platform/i18n';
import { contentIn } from './contentIn';
import { WiderTopicItem } from './WiderTopicItem';

interface Props {
  ticks: ReadonlySet<string>;
  onTick(id: string, ticked: boolean): void;
  /** Extra content for a topic's item, such as its mentions on the page. */
  renderExtra?: (topic: WiderTopic) => ComponentChildren;
}

/**
 * What pages on this topic discuss and the article does not: other causes (which a person may
 * tick) and the treatments and tests pages name. Set apart from the article's checklist.
 */
export function WiderTopics({ ticks, onTick, renderExtra }: Props) {
  const { beyondTopics, treatmentTopics } = contentIn(activeLocale());
  return (
    <section class="checklist wider-topics" aria-labelledby="heading-beyond">
      <h2 id="heading-beyond">{t('sectionBeyond')}</h2>
      <p class="hint">{t('beyondHint')}</p>
      <ul>
        {beyondTopics.map((topic) => (
          <WiderTopicItem key={topic.id} topic={topic} kind="beyond" tick={{ ticked: ticks.has(topic.id), onTick }}>
            {renderExtra?.(topic)}
          </WiderTopicItem>
        ))}
      </ul>
      <h2 id="heading-treatments">{t('sectionTreatments')}</h2>
      <p class="hint">{t('treatmentsHint')}</p>
      <ul aria-labelledby="heading-treatments">
        {treatmentTopics.map((topic) => (
          <WiderTopicItem key={topic.id} topic={topic} kind="treatment">
            {renderExtra?.(topic)}
          </WiderTopicItem>
        ))}
      </ul>
    </section>
  );
}
