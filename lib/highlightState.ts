import type { PageVerdict } from './classify/page';
import type { HighlightState } from './protocol/messages';
import { isSiteEnabled, type Settings } from './settings/settings';

export interface HighlightInputs {
  settings: Settings;
  host: string;
  /** The user asked to highlight this page whatever it is. */
  forced: boolean;
  verdict: PageVerdict | 'unchecked';
}

/** Whether a page is highlighted, and if not, why not; the order is the user's say first. */
export function highlightState({ settings, host, forced, verdict }: HighlightInputs): HighlightState {
  if (forced) return 'forced';
  if (!settings.highlighting) return 'off-everywhere';
  if (!isSiteEnabled(settings, host)) return 'off-site';
  return verdict === 'not-health' ? 'not-health' : 'on';
}

export function isHighlighting(state: HighlightState): boolean {
  return state === 'on' || state === 'forced';
}
