import { t, type MessageKey } from '../../platform/i18n';

/** Where a skip link leads: the red flags, above every view, or one of the views. */
export type SkipTarget = 'seek-care' | 'page' | 'checklist' | 'diary' | 'summary';

const LINKS: [SkipTarget, string, MessageKey][] = [
  ['seek-care', '#seek-care', 'skipRedFlags'],
  ['page', '#view-page', 'skipPage'],
  ['checklist', '#view-checklist', 'skipChecklist'],
  ['diary', '#view-diary', 'skipDiary'],
  ['summary', '#view-summary', 'skipSummary'],
];

/** The first stops for the keyboard: the red flags and each view, from anywhere, at once. Shown while focused. */
export function SkipLinks({ onJump }: { onJump(target: SkipTarget): void }) {
  return (
    <nav class="skip-links" aria-label={t('skipTo')}>
      {LINKS.map(([target, href, label]) => (
        <a
          key={target}
          href={href}
          onClick={(event) => {
            event.preventDefault();
            onJump(target);
          }}
        >
          {t(label)}
        </a>
      ))}
    </nav>
  );
}
