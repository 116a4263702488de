import { redFlags } from '../content/redFlags';
import { t } from '../platform/i18n';

/** The element id of a warning sign's line, where a term card's "Show in Seek care now" lands. */
export function signAnchor(id: string): string {
  return `red-flag-${id}`;
}

/** Always shown, first thing under the header: never behind a tick or a click. */
export function RedFlags() {
  const emergency = redFlags.filter((flag) => flag.urgency === 'emergency');
  const urgent = redFlags.filter((flag) => flag.urgency === 'urgent');
  return (
    <section class="red-flags" id="seek-care" aria-labelledby="seek-care-heading" tabIndex={-1}>
      <h2 id="seek-care-heading">{t('redFlagsHeading')}</h2>
      <p>{t('redFlagsEmergency')}</p>
      <ul>
        {emergency.map((flag) => (
          <li key={flag.id} id={signAnchor(flag.id)} tabIndex={-1}>
            {flag.text}
          </li>
        ))}
      </ul>
      <p>{t('redFlagsUrgent')}</p>
      <ul>
        {urgent.map((flag) => (
          <li key={flag.id} id={signAnchor(flag.id)} tabIndex={-1}>
            {flag.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
