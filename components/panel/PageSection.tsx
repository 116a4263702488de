import { useState } from 'preact/hooks';
import { isArticleTopic, type TopicInfo } from '../../content/topics';
import type { PageMap as PageMapData, PageStatus } from '../../lib/protocol/messages';
import type { Settings } from '../../lib/settings/settings';
import { topicLabel } from '../../lib/topicLabel';
import { t } from '../../platform/i18n';
import { langOf } from '../shared/contentIn';
import type { Shortcut } from '../../platform/commands';
import { HighlightLegend } from './HighlightLegend';
import { Keys } from './Keys';
import { MentionButton } from './MentionButton';
import { MentionList, type MentionActions } from './MentionList';
import { PageMap } from './PageMap';

type Found = TopicInfo & { count: number };

export type PageView = { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'page'; status: PageStatus };

interface Props {
  view: PageView;
  /** The article's topics found on the page, most mentioned first. */
  found: Found[];
  /** Topics beyond the article found on the page: set apart, labelled. */
  foundBeyond: Found[];
  settings: Settings;
  onForce(): void;
  onShowNext(topic: string): void;
  onOpenTopic(topic: string): void;
  onHighlighting(on: boolean): void;
  onSite(host: string, on: boolean): void;
  /** Lists, shows and steps through the page's mentions. */
  mentions: MentionActions;
  /** Opens the page's stream of maps; returns the function that closes it. */
  watchMap(onMap: (map: PageMapData) => void): () => void;
  loadKeys(): Promise<Shortcut[]>;
  keysWhere: string;
}

function StatusLine({ view, found, onForce }: { view: PageView; found: Found[]; onForce(): void }) {
  if (view.kind === 'loading') return <p>{t('pageLoading')}</p>;
  if (view.kind === 'unreadable') return <p>{t('pageUnreadable')}</p>;
  const { state, host } = view.status;
  if (state === 'off-everywhere') return <p>{t('pageOffEverywhere')}</p>;
  if (state === 'off-site') return <p>{t('pageOffSite', host)}</p>;
  if (state === 'not-health') {
    return (
      <>
        <p>{t('pageNotHealth')}</p>
        <button type="button" onClick={onForce}>
          {t('highlightAnyway')}
        </button>
      </>
    );
  }
  return <p>{found.length === 0 ? t('pageNothingFound') : t('pageFound')}</p>;
}

/** A short word on where a found topic comes from: traditional, or not in the article at all. */
function FoundLabel({ topic }: { topic: Found }) {
  if (topic.traditional) return <span class="found-label"> · {t('tcmLabel')}</span>;
  if (isArticleTopic(topic)) return null;
  return <span class="found-label"> · {t(...topicLabel(topic))}</span>;
}

/** How many of a list's topics show before "Show all": the most mentioned, so the view stays short. */
const FIRST_SHOWN = { article: 6, beyond: 3 } as const;

function FoundList({ found, props, list }: { found: Found[]; props: Props; list: keyof typeof FIRST_SHOWN }) {
  const [all, setAll] = useState(false);
  if (found.length === 0) return null;
  const id = `found-${list}`;
  const shown = all ? found.length : FIRST_SHOWN[list];
  return (
    <>
      <ol class="found" id={id} aria-labelledby={list === 'beyond' ? 'found-beyond-heading' : undefined}>
        {found.map((topic, at) => (
          <li key={topic.id} hidden={at >= shown}>
            <span class="found-topic">
              <button
                type="button"
                class="link-button"
                lang={langOf(topic.title)}
                onClick={() => props.onOpenTopic(topic.id)}
              >
                {topic.title}
              </button>
              <FoundLabel topic={topic} />
            </span>
            <div class="found-steps">
              <MentionButton count={topic.count} onShowNext={() => props.onShowNext(topic.id)} compact />
              <MentionList topic={topic.id} title={topic.title} version={props.view} actions={props.mentions} />
            </div>
          </li>
        ))}
      </ol>
      {found.length > FIRST_SHOWN[list] && (
        <button
          type="button"
          class="small show-all"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => setAll(!all)}
        >
          {all ? t('foundFewer') : t('foundAll', String(found.length))}
        </button>
      )}
    </>
  );
}

export function PageSection(props: Props) {
  const { view, found, foundBeyond, settings } = props;
  const host = view.kind === 'page' ? view.status.host : '';
  return (
    <section class="page" id="page-section" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      <StatusLine view={view} found={[...found, ...foundBeyond]} onForce={props.onForce} />
      {/* The topics, and beside them the map of the whole page. */}
      <div class="page-body">
        <div>
          <FoundList found={found} props={props} list="article" />
          {foundBeyond.length > 0 && (
            <>
              <h3 id="found-beyond-heading">{t('foundBeyondHeading')}</h3>
              <FoundList found={foundBeyond} props={props} list="beyond" />
            </>
          )}
        </div>
        {found.length + foundBeyond.length > 0 && (
          <PageMap watch={props.watchMap} onShow={(index) => props.mentions.show(null, index)} />
        )}
      </div>
      {found.length + foundBeyond.length > 0 && (
        <div class="every-mention">
          <h3 id="every-mention-heading">{t('allMentionsHeading')}</h3>
          <MentionList topic={null} title={t('allMentionsTopic')} version={view} actions={props.mentions} />
        </div>
      )}
      <div class="settings">
        <label>
          <input
            type="checkbox"
            checked={settings.highlighting}
            onChange={(event) => props.onHighlighting(event.currentTarget.checked)}
          />{' '}
          {t('settingHighlighting')}
        </label>
        {host && (
          <label>
            <input
              type="checkbox"
              checked={!settings.disabledSites.includes(host)}
              disabled={!settings.highlighting}
              onChange={(event) => props.onSite(host, event.currentTarget.checked)}
            />{' '}
            {t('settingSite', host)}
          </label>
        )}
      </div>
      <HighlightLegend />
      <Keys load={props.loadKeys} where={props.keysWhere} />
    </section>
  );
}
