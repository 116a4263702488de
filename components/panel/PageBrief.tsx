import type { PageView } from './PageSection';
import { t } from '../../platform/i18n';

interface Props {
  view: PageView;
  /** Topics of the panel the page mentions, when it is highlighted. */
  found: number;
  onForce(): void;
  /** Shows the "This page" view. */
  onShowPage(): void;
}

/** One line on what the followed page says, for the views that are not about it. */
export function PageBrief({ view, found, onForce, onShowPage }: Props) {
  const more = (
    <button type="button" class="link-button" onClick={onShowPage}>
      {t('briefShowPage')}
    </button>
  );
  if (view.kind === 'loading') return <p class="page-brief">{t('pageLoading')}</p>;
  if (view.kind === 'unreadable') return <p class="page-brief">{t('briefUnreadable')}</p>;
  const { state, host } = view.status;
  if (state === 'off-everywhere')
    return (
      <p class="page-brief">
        {t('pageOffEverywhere')} {more}
      </p>
    );
  if (state === 'off-site')
    return (
      <p class="page-brief">
        {t('pageOffSite', host)} {more}
      </p>
    );
  if (state === 'not-health') {
    return (
      <p class="page-brief">
        {t('pageNotHealth')}{' '}
        <button type="button" class="link-button" onClick={onForce}>
          {t('highlightAnyway')}
        </button>
      </p>
    );
  }
  if (found === 0) return <p class="page-brief">{t('pageNothingFound')}</p>;
  return (
    <p class="page-brief">
      {found === 1 ? t('briefFoundOne') : t('briefFound', String(found))} {more}
    </p>
  );
}
