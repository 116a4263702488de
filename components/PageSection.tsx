import type { Topic, TopicFound } from '../lib/pageTopics';
import type { PageStatus } from '../lib/protocol/messages';
import type { Settings } from '../lib/settings/settings';
import { t } from '../platform/i18n';
import { HighlightLegend } from './HighlightLegend';
import { MentionButton } from './MentionButton';

export type PageView = { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'page'; status: PageStatus };

interface Props {
  view: PageView;
  found: TopicFound[];
  settings: Settings;
  /** Status of the last "show next mention", for screen readers. */
  announcement: string;
  onForce(): void;
  onShowNext(topic: string): void;
  onOpenTopic(topic: Topic): void;
  onHighlighting(on: boolean): void;
  onSite(host: string, on: boolean): void;
}

function StatusLine({ view, found, onForce }: Pick<Props, 'view' | 'found' | 'onForce'>) {
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

export function PageSection(props: Props) {
  const { view, found, settings, announcement } = props;
  const host = view.kind === 'page' ? view.status.host : '';
  return (
    <section class="page" id="page-section" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      <StatusLine view={view} found={found} onForce={props.onForce} />
      {found.length > 0 && (
        <ol class="found">
          {found.map((topic) => (
            <li key={topic.id}>
              <button type="button" class="link-button" onClick={() => props.onOpenTopic(topic)}>
                {topic.title}
              </button>
              <MentionButton count={topic.count} onShowNext={() => props.onShowNext(topic.id)} />
            </li>
          ))}
        </ol>
      )}
      <p class="status" role="status">
        {announcement}
      </p>
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
    </section>
  );
}
