import { activeLocale, t } from '../../platform/i18n';
import { contentIn, langOf } from '../shared/contentIn';

/** The element id of a warning sign's line, where a term card's "Show in Seek care now" lands. */
export function signAnchor(id: string): string {
  return `red-flag-${id}`;
}

interface Props {
  /** The signs are listed; otherwise one line and a button that lists them. */
  open: boolean;
  /** The page mentions a sign that needs care now: the list stays open, with no button to close it. */
  pageMentionsSign: boolean;
  onToggle(open: boolean): void;
}

/**
 * Always shown, above every view: the heading and how to get help in every state, the signs
 * themselves one step away (or open at once when the page names one).
 */
export function RedFlags({ open, pageMentionsSign, onToggle }: Props) {
  const { redFlags } = contentIn(activeLocale());
  const emergency = redFlags.filter((flag) => flag.urgency === 'emergency');
  const urgent = redFlags.filter((flag) => flag.urgency === 'urgent');
  const shown = open || pageMentionsSign;
  return (
    <section class="red-flags" id="seek-care" aria-labelledby="seek-care-heading" tabIndex={-1}>
      <div class="red-flags-head">
        <h2 id="seek-care-heading">{t('redFlagsHeading')}</h2>
        {!pageMentionsSign && (
          <button
            type="button"
            class="small"
            aria-expanded={shown}
            aria-controls="seek-care-signs"
            onClick={() => onToggle(!shown)}
          >
            {shown ? t('redFlagsHide') : t('redFlagsShow', String(redFlags.length))}
          </button>
        )}
      </div>
      {pageMentionsSign && <p class="red-flags-page">{t('redFlagsOnPage')}</p>}
      {!shown && <p>{t('redFlagsBrief')}</p>}
      <div id="seek-care-signs" hidden={!shown}>
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
      </div>
    </section>
  );
}
