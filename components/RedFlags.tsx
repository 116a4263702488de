import { activeLocale, t } from '../platform/i18n';
import { contentIn, langOf } from './contentIn';

/** The element id of a warning sign's line, where a term card's "Show in Seek care now" lands. */
export function signAnchor(id: string): string {
  return `red-flag-${id}`;
}

/** Always shown, first thing under the header: never behind a tick or a click. */
export function RedFlags() {
  const { redFlags } = contentIn(activeLocale());
  const emergency = redFlags.filter((flag) => flag.urgency === 'emergency');
  const urgent = redFlags.filter((flag) => flag.urgency === 'urgent');
  return (
    <section class="red-flags" id="seek-care" aria-labelledby="seek-care-heading" tabIndex={-1}>
      <h2 id="seek-care-heading">{t('redFlagsHeading')}</h2>
      <p>{t('redFlagsEmergency')}</p>
      <ul>
        {emergency.map((flag) => (
          <li key={flag.id} id={signAnchor(flag.id)} tabIndex={-1} lang={langOf(flag.text)}>
            {flag.text}
          </li>
        ))}
      </ul>
      <p>{t('redFlagsUrgent')}</p>
      <ul>
        {urgent.map((flag) => (
          <li key={flag.id} id={signAnchor(flag.id)} tabIndex={-1} lang={langOf(flag.text)}>
            {flag.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
