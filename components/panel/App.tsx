import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { conditions } from '../../content/conditions';
import { redFlags } from '../../content/redFlags';
import { isArticleTopic, topics } from '../../content/topics';
import { chineseLexicon, englishLexicon } from '../../content/views';
import { isHighlighting } from '../../lib/highlightState';
import { signsNamedBy, signsShown } from '../../lib/pageSigns';
import { mentionsCareNow, panelAnchorOf, topicsFound } from '../../lib/pageTopics';
import { doctorSummary } from '../../lib/summary';
import { defaultView, isViewId, VIEWS, type ViewId } from '../../lib/views';
import type { MentionShown, PanelPlace } from '../../lib/protocol/messages';
import { listShortcuts, watchCommands, whereToChangeKeys } from '../../platform/commands';
import { t, type MessageKey } from '../../platform/i18n';
import { searchInNewTab } from '../../platform/search';
import { openSummaryPage } from '../../platform/summaryPage';
import { ChecklistView, FIRST_OPEN, GROUPS, type GroupId } from './ChecklistView';
import { contentIn } from '../shared/contentIn';
import { Diary } from '../diary/Diary';
import { LanguageChoice } from './LanguageChoice';
import { diarySummary } from '../diary/diaryWords';
import { MentionButton } from './MentionButton';
import type { MentionActions } from './MentionList';
import { PageBrief } from './PageBrief';
import { PageSection } from './PageSection';
import { RedFlags, signAnchor } from './RedFlags';
import { RelatedArticles } from './RelatedArticles';
import { SkipLinks, type SkipTarget } from './SkipLinks';
import { SummaryActions } from '../summary/SummaryActions';
import { useDiary } from '../diary/useDiary';
import { useFollowedPage } from './useFollowedPage';
import { useSettings } from '../shared/useSettings';
import { useLanguage } from '../shared/useLanguage';
import { useTicks } from '../shared/useTicks';
import { panelIdOf, tabIdOf, ViewTabs } from './ViewTabs';

/** Every term in both languages with the warning signs its card names: what the page's urgent terms are looked up in. */
const TERMS_WITH_SIGNS = [...englishLexicon(), ...chineseLexicon()].filter((entry) => entry.signs);

const VIEW_LABELS: Record<ViewId, MessageKey> = {
  page: 'viewPage',
  checklist: 'viewChecklist',
  diary: 'viewDiary',
  summary: 'viewSummary',
};

/** An element to scroll to and focus once the view and group holding it are shown. */
interface Reveal {
  id: string;
  /** Changes on every request, so asking for the same place twice moves there twice. */
  at: number;
}

/** Focuses a place of the panel: itself when it is made to take focus (a view, Seek care now), or its tick or heading. */
function focusPlace(id: string): void {
  const place = document.getElementById(id);
  if (!place) return;
  place.scrollIntoView({ block: 'start' });
  const target = place.hasAttribute('tabindex') ? place : (place.querySelector<HTMLElement>('input, h2') ?? place);
  if (target.tabIndex < 0 && !target.matches('input')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

function TabPanel({ view, shown, children }: { view: ViewId; shown: ViewId; children: ComponentChildren }) {
  return (
    <div
      class="view"
      role="tabpanel"
      id={panelIdOf(view)}
      aria-labelledby={tabIdOf(view)}
      tabIndex={-1}
      hidden={view !== shown}
    >
      {children}
    </div>
  );
}

interface Props {
  /** Follow this tab instead of the active one (`sidepanel.html?tabId=N`). */
  tabId?: number | undefined;
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
  // The view the person chose (or a card or link led to), kept while this panel stays open.
  const [chosen, setChosen] = useState<ViewId | null>(null);
  const [signsOpen, setSignsOpen] = useState(false);
  const [everySign, setEverySign] = useState(false);
  const [query, setQuery] = useState('');
  const [openGroups, setOpenGroups] = useState<ReadonlySet<GroupId>>(FIRST_OPEN);
  const [reveal, setReveal] = useState<Reveal | null>(null);

  useEffect(() => {
    if (reveal) focusPlace(reveal.id);
  }, [reveal]);

  // The keys step through the page's mentions or switch the site: both belong to "This page".
  // A panel pinned to a tab of its own (`?tabId=N`) is not what the keys act on.
  useEffect(() => (tabId === undefined ? watchCommands(() => setChosen('page')) : undefined), []);

  const status = page.view.kind === 'page' ? page.view.status : null;
  const counts = status?.counts ?? {};
  const highlighted = status !== null && isHighlighting(status.state);
  const view = chosen ?? defaultView(page.view.kind === 'loading' ? 'loading' : highlighted ? 'highlighted' : 'other');
  const found = highlighted ? topicsFound(counts, articleTopics) : [];
  const foundBeyond = highlighted ? topicsFound(counts, widerTopics) : [];
  const urgentTerms = highlighted ? status.urgentTerms : [];
  // A warning topic counted with no urgent term to name its signs still opens the list, all of it.
  const pageUrgent = highlighted && (urgentTerms.length > 0 || mentionsCareNow(counts, topics, conditions));
  const signs = signsShown({
    opened: signsOpen,
    everySign,
    pageUrgent,
    pageSigns: signsNamedBy(urgentTerms, TERMS_WITH_SIGNS, redFlags),
  });
  const summary = doctorSummary(ticks, causes, beyondTopics, {
    title: t('summaryTitle'),
    tcm: t('tcmLabel'),
    beyondHeading: t('summaryBeyondHeading'),
    notInArticle: (source) => t('labelNotInArticle', source),
    footer: t('summaryFooter'),
    titleWithNote: (title, note) => t('summaryTitleWithNote', title, note),
    line: (title, summary) => t('summaryLine', title, summary),
  });
  const summaryWithDiary = [summary, diarySummary(diary.episodes)].filter(Boolean).join('\n\n');

  /** Shows the view and the group a place is in, then scrolls to it and focuses it. */
  function revealPlace(id: string) {
    const place = document.getElementById(id);
    if (!place) return;
    if (place.closest('#seek-care')) {
      setSignsOpen(true);
      // A sign the page's short list leaves out: the list shows every sign.
      if (place.hidden) setEverySign(true);
    }
    const holder = place.closest('[role="tabpanel"]')?.id.replace(/^view-/, '');
    if (isViewId(holder)) setChosen(holder);
    const group = place.closest<HTMLElement>('[data-group]')?.dataset.group;
    if (group) setOpenGroups((open) => new Set([...open, group as GroupId]));
    // A topic the search box leaves out is shown again by clearing the search.
    if (place.hidden) setQuery('');
    setReveal({ id, at: performance.now() });
  }

  /** Where a topic is explained (its view, its group, its item), or the warning sign a card named. */
  function revealTopic({ topic, sign }: PanelPlace) {
    const signLine = sign ? signAnchor(sign) : null;
    revealPlace(signLine && document.getElementById(signLine) ? signLine : panelAnchorOf(topic, topics, conditions));
  }

  function jump(target: SkipTarget) {
    revealPlace(target === 'seek-care' ? 'seek-care' : panelIdOf(target));
  }

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
    ? (topic: { id: string }) => (
        <MentionButton count={counts[topic.id] ?? 0} onShowNext={() => void showNext(topic.id)} />
      )
    : undefined;

  return (
    <main>
      <header>
        <div class="header-top">
          <h1>{t('panelTitle')}</h1>
        </div>
        <p class="subtitle">{t('panelSubtitle')}</p>
        <p class="disclaimer">{t('disclaimer')}</p>
        <SkipLinks onJump={jump} />
        <LanguageChoice value={settings.language} onChange={setLanguage} />
      </header>
      <RedFlags shown={signs} pageUrgent={pageUrgent} onToggle={setSignsOpen} onEverySign={setEverySign} />
      <ViewTabs views={VIEWS.map((id) => ({ id, label: t(VIEW_LABELS[id]) }))} selected={view} onSelect={setChosen} />
      {/* Outside the views, so it speaks whichever view the button that stepped to a mention was in. */}
      <p class="status mention-status" role="status">
        {announcement}
      </p>
      <TabPanel view="page" shown={view}>
        <PageSection
          view={page.view}
          found={found}
          foundBeyond={foundBeyond}
          settings={settings}
          onForce={() => {
            setChosen('page');
            void page.force();
          }}
          onShowNext={(topic) => void showNext(topic)}
          onOpenTopic={(topic) => revealTopic({ topic, sign: null })}
          // A switch changes what fits the page: the view it was used in stays.
          onHighlighting={(on) => {
            setChosen('page');
            setHighlighting(on);
          }}
          onSite={(host, on) => {
            setChosen('page');
            setSiteEnabled(host, on);
          }}
          mentions={mentions}
          watchMap={page.watchMap}
          loadKeys={listShortcuts}
          keysWhere={t(whereToChangeKeys())}
        />
      </TabPanel>
      <TabPanel view="checklist" shown={view}>
        <ChecklistView
          ticks={ticks}
          onTick={setTick}
          renderExtra={renderCount}
          query={query}
          onQuery={(next) => {
            setQuery(next);
            // Searching lists matches in every group; the headings still close them.
            if (next.trim() && !query.trim()) setOpenGroups(new Set(GROUPS));
          }}
          open={openGroups}
          pageBrief={
            <PageBrief
              view={page.view}
              found={found.length + foundBeyond.length}
              onForce={() => {
                // Asked from the checklist, the highlighting is then shown where it is explained.
                setChosen('page');
                void page.force();
              }}
              onShowPage={() => jump('page')}
            />
          }
          onToggle={(group, open) =>
            setOpenGroups((groups) => new Set([...groups].filter((id) => id !== group).concat(open ? [group] : [])))
          }
        />
        <RelatedArticles onSearch={(title) => void searchInNewTab(title)} />
      </TabPanel>
      <TabPanel view="diary" shown={view}>
        <Diary diary={diary} onSeekCare={() => revealPlace('seek-care')} />
      </TabPanel>
      <TabPanel view="summary" shown={view}>
        <SummaryActions
          summary={summaryWithDiary}
          ticked={ticks.size}
          entries={diary.episodes.length}
          copy={(text) => navigator.clipboard.writeText(text)}
          onClear={clear}
          onOpenPrintable={() => void openSummaryPage()}
        />
      </TabPanel>
    </main>
  );
}
