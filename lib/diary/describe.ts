import { ADJUSTMENTS, type Adjustment, type Duration, type Episode, type Side } from './episode';
import { toCsv } from './csv';

/** The words for an episode's fields, from the locale file; lib/ reads no browser API. */
export interface EpisodeWords {
  side: Record<Side, string>;
  duration: Record<Duration, string>;
  change: Record<Adjustment, string>;
  /** What "what was different" says when nothing was. */
  nothing: string;
  /** What stands between the items of a list: ', ' in English, '、' in Chinese. */
  separator: string;
}

export interface EpisodeFields {
  when: string;
  pain: string;
  side: string;
  duration: string;
  changes: string;
  note: string;
}

export function episodeFields(
  episode: Episode,
  words: EpisodeWords,
  formatDate: (iso: string) => string,
): EpisodeFields {
  return {
    when: formatDate(episode.at),
    pain: String(episode.pain),
    side: words.side[episode.side],
    duration: words.duration[episode.duration],
    changes:
      episode.changes.length === 0
        ? words.nothing
        : episode.changes.map((change) => words.change[change]).join(words.separator),
    note: episode.note,
  };
}

/** Local time as a spreadsheet reads it without guessing the order of day and month: '2025-05-03 21:00'. */
export function localStamp(iso: string): string {
  const date = new Date(iso);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const COLUMNS = ['when', 'pain', 'side', 'duration', 'changes', 'note'] as const;

/** The whole diary as CSV, one row per episode; headers in the order of EpisodeFields. */
export function diaryCsv(
  episodes: readonly Episode[],
  headers: EpisodeFields,
  words: EpisodeWords,
  formatDate: (iso: string) => string,
): string {
  const rows = episodes.map((episode) => {
    const fields = episodeFields(episode, words, formatDate);
    return COLUMNS.map((column) => fields[column]);
  });
  return toCsv([COLUMNS.map((column) => headers[column]), ...rows]);
}

/** How many episodes the summary for a doctor shows, newest first: enough to see the pattern. */
export const SUMMARY_EPISODES = 20;

/** The adjustments tried: how many episodes had each, and when it was first logged. */
export function adjustmentsTried(
  episodes: readonly Episode[],
): { change: Adjustment; episodes: number; first: string }[] {
  const tried = new Map<Adjustment, { episodes: number; first: string }>();
  for (const episode of episodes) {
    for (const change of episode.changes) {
      const seen = tried.get(change);
      if (!seen) tried.set(change, { episodes: 1, first: episode.at });
      else {
        seen.episodes++;
        if (episode.at < seen.first) seen.first = episode.at;
      }
    }
  }
  return ADJUSTMENTS.filter((change) => tried.has(change)).map((change) => ({ change, ...tried.get(change)! }));
}

export interface DiaryTextWords {
  heading: string;
  line(fields: EpisodeFields): string;
  /** The line saying how many older episodes are left out. */
  older(count: number): string;
}

/** The diary as plain text for the copied summary: the latest episodes, newest first; empty without any. */
export function diaryText(
  newestFirst: readonly Episode[],
  words: EpisodeWords,
  text: DiaryTextWords,
  formatDate: (iso: string) => string,
): string {
  if (newestFirst.length === 0) return '';
  const lines = newestFirst
    .slice(0, SUMMARY_EPISODES)
    .map((episode) => `- ${text.line(episodeFields(episode, words, formatDate))}`);
  const older = newestFirst.length - SUMMARY_EPISODES;
  return [text.heading, '', ...lines, ...(older > 0 ? [text.older(older)] : [])].join('\n');
}
