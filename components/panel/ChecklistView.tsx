import type { ComponentChildren } from 'preact';
import type { Cause } from '../../content/types';
import { filterTopics } from '../../lib/topicFilter';
import { activeLocale, t } from '../../platform/i18n';
import { CauseItem } from './CauseItem';
import { contentIn } from '../shared/contentIn';
import { TopicGroup } from './TopicGroup';
import { WiderTopicItem } from './WiderTopicItem';

/** The checklist's groups, in the panel's order: the article's causes, then beyond it, then treatments. */
export const GROUPS = ['after-sex', 'other-causes', 'beyond', 'treatments'] as const;
export type GroupId = (typeof GROUPS)[number];
/** Open at first: the article's own first group, so the view starts short and the rest is one choice away. */
export const FIRST_OPEN: ReadonlySet<GroupId> = new Set<GroupId>(['after-sex']);

interface Props {
  ticks: ReadonlySet<string>;
  onTick(id: string, ticked: boolean): void;
  /** Extra content for a topic's item, such as its mentions on the page. */
  renderExtra?: ((topic: { id: string }) => ComponentChildren) | undefined;
  query: string;
  onQuery(query: string): void;
  open: ReadonlySet<GroupId>;
  onToggle(group: GroupId, open: boolean): void;
  /** A line on what the followed page says, first in the view. */
  pageBrief: ComponentChildren;
}

/**
 * The article's causes, the causes beyond it and the treatments pages name, each group
 * opened and closed by its heading, and a search box over all of them: a group lists only
 * what the search picks out, and a group with nothing picked out is left out.
 */
export function ChecklistView({ ticks, onTick, renderExtra, query, onQuery, open, onToggle, pageBrief }: Props) {
  const { causes, beyondTopics, treatmentTopics } = contentIn(activeLocale());
  const afterSex = causes.filter((cause) => cause.section === 'after-sex');
  const otherCauses = causes.filter((cause) => cause.section === 'other-causes');
  const everyTopic = [...causes, ...beyondTopics, ...treatmentTopics];
  const picked = filterTopics(query, everyTopic);
  const isShown = (id: string) => picked === null || picked.has(id);
  const shownOf = (list: readonly { id: string }[]) => list.filter((topic) => isShown(topic.id)).length;
  const group = (id: GroupId) => ({
    open: open.has(id),
    onToggle: (next: boolean) => onToggle(id, next),
  });
  const causeItems = (list: readonly Cause[]) =>
    list.map((cause) => (
      <CauseItem key={cause.id} cause={cause} ticked={ticks.has(cause.id)} onTick={onTick} hidden={!isShown(cause.id)}>
        {renderExtra?.(cause)}
      </CauseItem>
    ));

  return (
    <>
      {pageBrief}
      <p class="hint">{t('checklistHint')}</p>
      <div class="topic-search" role="search">
        <label for="topic-search">{t('searchLabel')}</label>
        <input
          type="search"
          id="topic-search"
          value={query}
          autoComplete="off"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      <p class="status search-status" role="status">
        {picked !== null &&
          (picked.size === 0
            ? t('searchNone', query.trim())
            : t('searchCount', String(picked.size), String(everyTopic.length)))}
      </p>
      <TopicGroup id="after-sex" heading={t('sectionAfterSex')} shown={shownOf(afterSex)} {...group('after-sex')}>
        {causeItems(afterSex)}
      </TopicGroup>
      <TopicGroup
        id="other-causes"
        heading={t('sectionOtherCauses')}
        shown={shownOf(otherCauses)}
        {...group('other-causes')}
      >
        {causeItems(otherCauses)}
      </TopicGroup>
      <TopicGroup
        id="beyond"
        class="wider-topics"
        heading={t('sectionBeyond')}
        hint={t('beyondHint')}
        shown={shownOf(beyondTopics)}
        {...group('beyond')}
      >
        {beyondTopics.map((topic) => (
          <WiderTopicItem
            key={topic.id}
            topic={topic}
            kind="beyond"
            tick={{ ticked: ticks.has(topic.id), onTick }}
            hidden={!isShown(topic.id)}
          >
            {renderExtra?.(topic)}
          </WiderTopicItem>
        ))}
      </TopicGroup>
      <TopicGroup
        id="treatments"
        class="wider-topics"
        heading={t('sectionTreatments')}
        hint={t('treatmentsHint')}
        shown={shownOf(treatmentTopics)}
        {...group('treatments')}
      >
        {treatmentTopics.map((topic) => (
          <WiderTopicItem key={topic.id} topic={topic} kind="treatment" hidden={!isShown(topic.id)}>
            {renderExtra?.(topic)}
          </WiderTopicItem>
        ))}
      </TopicGroup>
    </>
  );
}
