import type { InLanguage, RedFlag } from '../../content/types';
import type { SignsShown } from '../../lib/pageSigns';
import { activeLocale, t } from '../../platform/i18n';
import { contentIn, langOf } from '../shared/contentIn';

/** The element id of a warning sign's line, where a term card's "Show in Seek care now" lands. */
export function signAnchor(id: string): string {
  return `red-flag-${id}`;
}

interface Props {
  shown: SignsShown;
  /** The page holds a term that means "get care now": the list stays open, with no button to close it. */
  pageUrgent: boolean;
  /** The person opens or closes the list (while the page names no sign). */
  onToggle(open: boolean): void;
  /** The person asks for every sign, or for the page's alone again. */
  onEverySign(every: boolean): void;
}

/**
 * Always shown, above every view: the heading and how to get help in every state, the signs
 * themselves one step away, or open at once when the page names one: the signs the page's terms
 * name first, every other one a button away.
 */
export function RedFlags({ shown, pageUrgent, onToggle, onEverySign }: Props) {
  const { redFlags } = contentIn(activeLocale());
  const listed = shown.kind !== 'none';
  const onlyPage = shown.kind === 'page' && !shown.every ? new Set(shown.ids) : null;
  const others = shown.kind === 'page' ? redFlags.length - shown.ids.length : 0;
  const isShown = (flag: InLanguage<RedFlag>) => onlyPage === null || onlyPage.has(flag.id);
  const group = (advice: string, flags: readonly InLanguage<RedFlag>[]) => {
    // A group the page's signs leave empty is left out, its advice with it.
    const hidden = !flags.some(isShown);
    return (
      <>
        <p hidden={hidden}>{advice}</p>
        <ul hidden={hidden}>
          {flags.map((flag) => (
            <li key={flag.id} id={signAnchor(flag.id)} tabIndex={-1} lang={langOf(flag.text)} hidden={!isShown(flag)}>
              {flag.text}
            </li>
          ))}
        </ul>
      </>
    );
  };
  return (
    <section class="red-flags" id="seek-care" aria-labelledby="seek-care-heading" tabIndex={-1}>
      <div class="red-flags-head">
        <h2 id="seek-care-heading">{t('redFlagsHeading')}</h2>
        {!pageUrgent && (
          <button
            type="button"
            class="small"
            aria-expanded={listed}
            aria-controls="seek-care-signs"
            onClick={() => onToggle(!listed)}
          >
            {listed ? t('redFlagsHide') : t('redFlagsShow', String(redFlags.length))}
          </button>
        )}
      </div>
      {pageUrgent && <p class="red-flags-page">{t('redFlagsOnPage')}</p>}
      {!listed && <p>{t('redFlagsBrief')}</p>}
      <div id="seek-care-signs" hidden={!listed}>
        {group(
          t('redFlagsEmergency'),
          redFlags.filter((flag) => flag.urgency === 'emergency'),
        )}
        {group(
          t('redFlagsUrgent'),
          redFlags.filter((flag) => flag.urgency === 'urgent'),
        )}
      </div>
      {shown.kind === 'page' && others > 0 && (
        <button
          type="button"
          class="small"
          aria-expanded={shown.every}
          aria-controls="seek-care-signs"
          onClick={() => onEverySign(!shown.every)}
        >
          {shown.every ? t('redFlagsPageOnly') : t('redFlagsShowAll', String(redFlags.length))}
        </button>
      )}
    </section>
  );
}
