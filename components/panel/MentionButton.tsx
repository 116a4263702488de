import { t } from '../../platform/i18n';

interface Props {
  count: number;
  onShowNext(): void;
  /** Shows only "3 mentions", for a list that is all about this page; its name still says "on this page". */
  compact?: boolean;
}

/** How often a topic is on the page; activating it scrolls the page to the next mention. */
export function MentionButton({ count, onShowNext, compact }: Props) {
  const label = count === 1 ? t('mentionsOne') : t('mentionsMany', String(count));
  const shown = count === 1 ? t('mentionsOneShort') : t('mentionsManyShort', String(count));
  return (
    <button type="button" class="mentions" disabled={count === 0} onClick={onShowNext}>
      {compact && label.startsWith(shown) ? (
        <>
          {shown}
          <span class="visually-hidden">{label.slice(shown.length)}</span>
        </>
      ) : (
        label
      )}
    </button>
  );
}
