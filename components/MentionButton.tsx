import { t } from '../platform/i18n';

interface Props {
  count: number;
  onShowNext(): void;
}

/** How often a topic is on the page; activating it scrolls the page to the next mention. */
export function MentionButton({ count, onShowNext }: Props) {
  const label = count === 1 ? t('mentionsOne') : t('mentionsMany', String(count));
  return (
    <button type="button" class="mentions" disabled={count === 0} onClick={onShowNext}>
      {label}
    </button>
  );
}
