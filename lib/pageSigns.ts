/** Which of "Seek care now"'s warning signs the panel lists, from what the page names and what the person asked for. */

interface TermWithSigns {
  term: string;
  /** The red flag ids the term's card names. */
  signs?: readonly string[];
}

/**
 * The warning signs a page's urgent terms name (each term's `signs`, as its card names them),
 * each once and in the order of `flags`, which is Seek care now's: emergencies first.
 */
export function signsNamedBy(
  urgentTerms: readonly string[],
  lexicon: readonly TermWithSigns[],
  flags: readonly { id: string }[],
): string[] {
  const named = new Set(urgentTerms);
  const ids = new Set(lexicon.flatMap((entry) => (named.has(entry.term) ? (entry.signs ?? []) : [])));
  return flags.filter((flag) => ids.has(flag.id)).map((flag) => flag.id);
}

/**
 * None of the signs (the heading, one line and a button), all of them, or the page's first: only
 * those, the others one button away, or (`every`) all of them once asked for.
 */
export type SignsShown = { kind: 'none' } | { kind: 'all' } | { kind: 'page'; ids: readonly string[]; every: boolean };

interface SignsWanted {
  /** The person opened the list (its button, a skip link) while the page names no sign. */
  opened: boolean;
  /** The person asked for every sign, or a term card pointed at one the page's list leaves out. */
  everySign: boolean;
  /** The page holds a term that means "get care now". */
  pageUrgent: boolean;
  /** The signs the page's urgent terms name (see signsNamedBy). */
  pageSigns: readonly string[];
}

/**
 * A page that names urgent terms opens the list on the signs they name, the others one step away;
 * urgent content that names no specific sign shows every sign (when in doubt, route to care sooner).
 */
export function signsShown({ opened, everySign, pageUrgent, pageSigns }: SignsWanted): SignsShown {
  if (pageUrgent) return pageSigns.length === 0 ? { kind: 'all' } : { kind: 'page', ids: pageSigns, every: everySign };
  return opened ? { kind: 'all' } : { kind: 'none' };
}
