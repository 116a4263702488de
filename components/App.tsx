import { useState } from 'preact/hooks';
import { conditions } from '../content/conditions';
import { isArticleTopic, topics } from '../content/topics';
import { isHighlighting } from '../lib/highlightState';
import { panelAnchorOf, topicsFound } from '../lib/pageTopics';
import { doctorSummary } from '../lib/summary';
import type { MentionShown, PanelPlace } from '../lib/protocol/messages';
import { listShortcuts, whereToChangeKeys } from '../platform/commands';
import { t } from '../platform/i18n';
import { searchInNewTab } from '../platform/search';
import { Checklist } from './Checklist';
import { contentIn } from './contentIn';
import { Diary } from './Diary';
import { LanguageChoice } from './LanguageChoice';
import { diarySummary } from './diaryWords';
import { MentionButton } from './MentionButton';
import type { MentionActions } from './MentionList';
import { PageSection } from './PageSection';
import { RedFlags, signAnchor } from './RedFlags';
import { SkipLinks } from './SkipLinks';
import { RelatedArticles } from './RelatedArticles';
import { SummaryActions } from './SummaryActions';
import { useFollowedPage } from './useFollowedPage';
import { useSettings } from './useSettings';
import { useLanguage } from './useLanguage';
import { useTicks } from './useTicks';
import { WiderTopics } from './WiderTopics';
import { useDiary } from './useDiary';
import { openSummaryPage } from '../platform/summaryPage';

const SECTIONS = [
  { heading: 'sectionAfterSex', id: 'after-sex' },
  { heading: 'sectionOtherCauses', id: 'other-causes' },
] as const;

/** Scrolls the panel to where a topic is explained, or to one of its warning signs, and moves focus there. */
function revealTopic({ topic, sign }: PanelPlace): void {
  const anchor =
    (sign && document.getElementById(signAnchor(sign))) ||
    document.getElementById(panelAnchorOf(topic, topics, conditions));
  if (!anchor) return;
  anchor.scrollIntoView({ block: 'start' });
  const target = anchor.querySelector<HTMLElement>('input, h2') ?? anchor;
  if (target.tabIndex < 0 && !target.matches('input')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

interface Props {
  /** Follow this tab instead of the active one (`sidepanel.html?tabId=N`). */
  tabId?: number;
}

export function App({ tabId }: Props) {
  const { ticks, setTick, clear } = useTicks();
  const diary = useDiary();
  const { settings, setHighlighting, setSiteEnabled, setLanguage } = useSettings();
  const content = contentIn(useLanguage(settings.language));
  const { causes, beyondTopics } = content;
  const articleTopics = content.topics.filter(isArticleTopic);
  const widerTopics = content.topics.filter((topic) => !isArticleTopic(topic));
  const page = useFollowedPage(tabId, revealTopic);
  const [announcement, setAnnouncement] = useState('');

  const counts = page.view.kind === 'page' ? page.view.status.counts : {};
  const highlighted = page.view.kind === 'page' && isHighlighting(page.view.status.state);
  const found = highlighted ? topicsFound(counts, articleTopics) : [];
  const foundBeyond = highlighted ? topicsFound(counts, widerTopics) : [];
  const summary = doctorSummary(ticks, causes, beyondTopics, {
    title: t('summaryTitle'),
    tcm: t('tcmLabel'),
    beyondHeading: t('summaryBeyondHeading'),
    notInArticle: (source) => t('labelNotInArticle', source),
    footer: t('summaryFooter'),
  });
  const summaryWithDiary = [summary, diarySummary(diary.episodes)].filter(Boolean).join('\n\n');

  function announce(shown: MentionShown | null) {
    setAnnouncement(shown && shown.total > 0 ? t('mentionShown', String(shown.index), String(shown.total)) : '');
  }

  async function showNext(topic: string) {
    announce(await page.showNext(topic));
  }

  const mentions: MentionActions = {
    list: page.listMentions,
    show: (topic, index) => void page.showMention(topic, index).then(announce),
    step: (topic, direction) => void page.stepMention(topic, direction).then(announce),
  };

  const renderCount = highlighted
    ? (cause: { id: string }) => (
        <MentionButton count={counts[cause.id] ?? 0} onShowNext={() => void showNext(cause.id)} />
      )
    : undefined;

  return (
    <main>
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="subtitle">{t('panelSubtitle')}</p>
        <p class="disclaimer">{t('disclaimer')}</p>
        <SkipLinks />
        <LanguageChoice value={settings.language} onChange={setLanguage} />
      </header>
      <RedFlags />
      <PageSection
        view={page.view}
        found={found}
        foundBeyond={foundBeyond}
        settings={settings}
        announcement={announcement}
        onForce={() => void page.force()}
        onShowNext={(topic) => void showNext(topic)}
        onOpenTopic={(topic) => revealTopic({ topic, sign: null })}
        onHighlighting={setHighlighting}
        onSite={setSiteEnabled}
        mentions={mentions}
        watchMap={page.watchMap}
        loadKeys={listShortcuts}
        keysWhere={t(whereToChangeKeys())}
      />
      <p class="hint" id="checklist" tabIndex={-1}>
        {t('checklistHint')}
      </p>
      {SECTIONS.map((section) => (
        <Checklist
          key={section.heading}
          heading={t(section.heading)}
          causes={causes.filter((cause) => cause.section === section.id)}
          ticks={ticks}
          onTick={setTick}
          renderExtra={renderCount}
        />
      ))}
      <WiderTopics ticks={ticks} onTick={setTick} renderExtra={renderCount} />
      <Diary diary={diary} />
      <SummaryActions
        summary={summaryWithDiary}
        copy={(text) => navigator.clipboard.writeText(text)}
        onClear={clear}
        onOpenPrintable={() => void openSummaryPage()}
      />
      <RelatedArticles onSearch={(title) => void searchInNewTab(title)} />
    </main>
  );
}
