/**
 * Pain-diary episodes as stored: one key `diary:<id>` per episode, so that a damaged value
 * loses only its own episode. Every read is checked here; a record without a version is
 * migrated, one from a newer version of the extension is left in storage untouched and
 * counted as unreadable.
 */

export const EPISODE_PREFIX = 'diary:';
export const EPISODE_VERSION = 1;
export const MAX_NOTE = 280;

/** The article's adjustments: how often, how long, how intensely, and the position. */
export const ADJUSTMENTS = ['less-often', 'shorter', 'gentler', 'position'] as const;
export const SIDES = ['left', 'right', 'both', 'middle'] as const;
/** How long the pain lasted, in the order of length. */
export const DURATIONS = ['minutes', 'hours', 'next-day'] as const;

export type Adjustment = (typeof ADJUSTMENTS)[number];
export type Side = (typeof SIDES)[number];
export type Duration = (typeof DURATIONS)[number];

export interface Episode {
  version: typeof EPISODE_VERSION;
  id: string;
  /** When it happened: ISO 8601 in UTC, as `Date.toISOString` writes it. */
  at: string;
  /** 0 (none) to 10 (worst). */
  pain: number;
  side: Side;
  duration: Duration;
  /** What was different this time, in the order of ADJUSTMENTS; empty when nothing was. */
  changes: Adjustment[];
  note: string;
}

/** The field an invalid record fails on, named to the user when an import is refused. */
export type EpisodeProblem = 'record' | 'version' | 'id' | 'at' | 'pain' | 'side' | 'duration' | 'changes' | 'note';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 is a record without a version: its fields are read as version 1's.
  0: (old) => ({ ...old, version: 1 }),
};

export function checkEpisode(raw: unknown): { episode: Episode } | { problem: EpisodeProblem } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { problem: 'record' };
  let record = raw as Record<string, unknown>;
  let version: unknown = record.version === undefined ? 0 : record.version;
  while (typeof version === 'number' && version < EPISODE_VERSION && migrations[version]) {
    record = migrations[version](record);
    version = record.version;
  }
  if (version !== EPISODE_VERSION) return { problem: 'version' };
  const { id, at, pain, side, duration, changes, note = '' } = record;
  if (typeof id !== 'string' || !ID.test(id)) return { problem: 'id' };
  if (typeof at !== 'string' || !ISO_UTC.test(at) || new Date(at).toISOString() !== at) return { problem: 'at' };
  if (typeof pain !== 'number' || !Number.isInteger(pain) || pain < 0 || pain > 10) return { problem: 'pain' };
  if (!SIDES.includes(side as Side)) return { problem: 'side' };
  if (!DURATIONS.includes(duration as Duration)) return { problem: 'duration' };
  if (
    !Array.isArray(changes) ||
    changes.some((change) => !(ADJUSTMENTS as readonly unknown[]).includes(change)) ||
    new Set(changes).size !== changes.length
  ) {
    return { problem: 'changes' };
  }
  if (typeof note !== 'string' || note.length > MAX_NOTE) return { problem: 'note' };
  return {
    episode: {
      version: EPISODE_VERSION,
      id,
      at,
      pain,
      side: side as Side,
      duration: duration as Duration,
      changes: ADJUSTMENTS.filter((adjustment) => changes.includes(adjustment)),
      note,
    },
  };
}

export function parseEpisode(raw: unknown): Episode | null {
  const checked = checkEpisode(raw);
  return 'episode' in checked ? checked.episode : null;
}

export function episodeKey(id: string): string {
  return `${EPISODE_PREFIX}${id}`;
}

export function episodeIdOf(key: string): string {
  return key.slice(EPISODE_PREFIX.length);
}

export function isEpisodeKey(key: string): boolean {
  return key.startsWith(EPISODE_PREFIX);
}

/** Newest first; episodes at the same time in a stable order. */
export function byNewest(a: Episode, b: Episode): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The episodes in a storage snapshot, newest first, and the keys of the diary values that
 * could not be read (damaged, or stored under a key that is not their own id).
 */
export function readDiary(stored: Record<string, unknown>): { episodes: Episode[]; unreadable: string[] } {
  const episodes: Episode[] = [];
  const unreadable: string[] = [];
  for (const key of Object.keys(stored)) {
    if (!isEpisodeKey(key)) continue;
    const episode = parseEpisode(stored[key]);
    if (episode && episodeKey(episode.id) === key) episodes.push(episode);
    else unreadable.push(key);
  }
  return { episodes: episodes.sort(byNewest), unreadable };
}

/** The keys of a snapshot that hold diary values, readable or not: what "Delete all" removes. */
export function diaryKeys(stored: Record<string, unknown>): string[] {
  return Object.keys(stored).filter(isEpisodeKey);
}
