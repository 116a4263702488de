import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/i18n';

interface Props {
  /** The text to copy, empty when nothing is ticked. */
  summary: string;
  /** How many topics are ticked and how many diary entries there are: what the summary holds. */
  ticked: number;
  entries: number;
  copy(text: string): Promise<void>;
  onClear(): void;
  /** Opens the printable summary page. */
  onOpenPrintable(): void;
}

export function SummaryActions({ summary, ticked, entries, copy, onClear, onOpenPrintable }: Props) {
  const [status, setStatus] = useState<MessageKey | null>(null);

  async function onCopy() {
    if (!summary) return setStatus('copyNothing');
    try {
      await copy(summary);
      setStatus('copyDone');
    } catch {
      setStatus('copyFailed');
    }
  }

  return (
    <section class="actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actionsHeading')}</h2>
      <p class="hint">{t('summaryHolds', String(ticked), String(entries))}</p>
      <div class="buttons">
        <button type="button" onClick={() => void onCopy()}>
          {t('copySummary')}
        </button>
        <button type="button" onClick={onOpenPrintable}>
          {t('openPrintable')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            onClear();
            setStatus('ticksCleared');
          }}
        >
          {t('clearTicks')}
        </button>
      </div>
      <p class="status" role="status">
        {status && t(status)}
      </p>
      {status === 'copyFailed' && <textarea class="summary-text" readOnly value={summary} rows={8} />}
    </section>
  );
}
