import { t } from '../platform/i18n';

/** The first stops for the keyboard: the red flags, the checklist and the diary, from anywhere, at once. */
export function SkipLinks() {
  function jump(event: MouseEvent, id: string) {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }
  return (
    <nav class="skip-links" aria-label={t('skipTo')}>
      <a href="#seek-care" onClick={(event) => jump(event, 'seek-care')}>
        {t('skipRedFlags')}
      </a>
      <a href="#checklist" onClick={(event) => jump(event, 'checklist')}>
        {t('skipChecklist')}
      </a>
      <a href="#diary" onClick={(event) => jump(event, 'diary')}>
        {t('skipDiary')}
      </a>
    </nav>
  );
}
