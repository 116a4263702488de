/**
 * Ticks ("this may apply to me") are stored one key per cause, `tick:<cause id>`, so that
 * a damaged value loses only its own tick and never the others.
 */

export const TICK_PREFIX = 'tick:';

export function tickKey(causeId: string): string {
  return `${TICK_PREFIX}${causeId}`;
}

/** The causes ticked in a storage snapshot; unknown ids and values other than true are ignored. */
export function parseTicks(stored: Record<string, unknown>, knownIds: readonly string[]): Set<string> {
  const ticked = new Set<string>();
  for (const id of knownIds) if (stored[tickKey(id)] === true) ticked.add(id);
  return ticked;
}

/** The keys of a storage snapshot that hold ticks, valid or not: what "Clear ticks" removes. */
export function tickKeys(stored: Record<string, unknown>): string[] {
  return Object.keys(stored).filter((key) => key.startsWith(TICK_PREFIX));
}
