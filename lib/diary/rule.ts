import { DURATIONS, type Duration, type Episode } from './episode';

/**
 * The article's rule, applied to the user's own entries (part 1, third paragraph): after
 * adjusting how often, how long and how intensely, or the position, pain that still comes,
 * lasts longer or is more severe should be checked as soon as possible. This compares the
 * episodes before the first logged adjustment with those from it on. It states what the
 * entries show next to what the article says; it is never a diagnosis.
 */

/**
 * How much lower the average pain must be to count as less pain: 2 points on a 0–10 scale
 * is the smallest change people with low back pain commonly notice as a difference.
 */
export const LESS_PAIN_POINTS = 2;

export interface Period {
  episodes: number;
  /** Average pain, 0–10. */
  averagePain: number;
  longest: Duration;
}

export type Verdict =
  | { kind: 'too-few' }
  | {
      /** 'worse' when stronger or longer; 'unchanged' when pain still comes; 'improving' otherwise. */
      kind: 'improving' | 'unchanged' | 'worse';
      /** When the first adjustment was logged (ISO). */
      since: string;
      before: Period;
      after: Period;
      stronger: boolean;
      longer: boolean;
    };

function period(episodes: readonly Episode[]): Period {
  const total = episodes.reduce((sum, episode) => sum + episode.pain, 0);
  const longest = Math.max(...episodes.map((episode) => DURATIONS.indexOf(episode.duration)));
  return { episodes: episodes.length, averagePain: total / episodes.length, longest: DURATIONS[longest] };
}

/** Episodes in any order. Needs one episode before the first adjustment and one from it on. */
export function articleRule(episodes: readonly Episode[]): Verdict {
  const ordered = [...episodes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const split = ordered.findIndex((episode) => episode.changes.length > 0);
  if (split < 1) return { kind: 'too-few' };
  const beforeEpisodes = ordered.slice(0, split);
  const afterEpisodes = ordered.slice(split);
  const before = period(beforeEpisodes);
  const after = period(afterEpisodes);
  const stronger = after.averagePain > before.averagePain;
  const longer = DURATIONS.indexOf(after.longest) > DURATIONS.indexOf(before.longest);
  const stillComes = afterEpisodes.some((episode) => episode.pain > 0);
  const common = { since: ordered[split].at, before, after, stronger, longer };
  if (!stillComes) return { kind: 'improving', ...common, stronger: false, longer: false };
  if (stronger || longer) return { kind: 'worse', ...common };
  if (after.averagePain <= before.averagePain - LESS_PAIN_POINTS) return { kind: 'improving', ...common };
  return { kind: 'unchanged', ...common };
}
