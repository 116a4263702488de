import type { Episode } from './episode';

/**
 * The pain chart's geometry, drawn by components/PainChart as SVG: pain (0–10) over time,
 * episodes with an adjustment as diamonds and the others as dots, so that the two can be
 * told apart without colour. Each mark set is one path, which keeps 10,000 episodes cheap.
 */

export const CHART = { width: 400, height: 190, left: 28, right: 8, top: 10, bottom: 30 } as const;
const DIAMOND = 5;

export interface ChartGeometry {
  line: string;
  dots: string;
  diamonds: string;
  /** Where the first, middle and last dates sit on the time axis. */
  ticks: { x: number; at: string }[];
  y(pain: number): number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Episodes oldest first. */
export function chartGeometry(episodes: readonly Episode[]): ChartGeometry {
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const times = episodes.map((episode) => Date.parse(episode.at));
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? 0) - first;
  const x = (time: number) => round(CHART.left + (span > 0 ? ((time - first) / span) * plotWidth : plotWidth / 2));
  const y = (pain: number) => round(CHART.top + plotHeight - (pain / 10) * plotHeight);

  const line: string[] = [];
  const dots: string[] = [];
  const diamonds: string[] = [];
  episodes.forEach((episode, index) => {
    const px = x(times[index]);
    const py = y(episode.pain);
    line.push(`${index === 0 ? 'M' : 'L'}${px} ${py}`);
    if (episode.changes.length > 0)
      diamonds.push(`M${px} ${py - DIAMOND}l${DIAMOND} ${DIAMOND}l-${DIAMOND} ${DIAMOND}l-${DIAMOND} -${DIAMOND}z`);
    else dots.push(`M${px} ${py}h0`);
  });

  const tickIndexes = span > 0 ? [0, Math.floor((episodes.length - 1) / 2), episodes.length - 1] : [0];
  const ticks =
    episodes.length === 0
      ? []
      : [...new Set(tickIndexes)].map((index) => ({ x: x(times[index]), at: episodes[index].at }));
  return { line: line.join(''), dots: dots.join(''), diamonds: diamonds.join(''), ticks, y };
}

/** Beyond this many episodes, the chart's table sums them up by month. */
export const TABLE_EPISODES_MAX = 100;

export interface MonthRow {
  /** The month's first day, local time, as an ISO date ('2025-05-01'). */
  month: string;
  episodes: number;
  averagePain: number;
  highestPain: number;
  withChanges: number;
}

export type ChartTable = { kind: 'episodes'; rows: readonly Episode[] } | { kind: 'months'; rows: MonthRow[] };

/** The chart as a table for screen readers: its episodes, or with many, one row per month. Newest first. */
export function chartTable(newestFirst: readonly Episode[]): ChartTable {
  if (newestFirst.length <= TABLE_EPISODES_MAX) return { kind: 'episodes', rows: newestFirst };
  const months = new Map<string, { total: number; episodes: number; highest: number; withChanges: number }>();
  for (const episode of newestFirst) {
    const date = new Date(episode.at);
    const month = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-01`;
    const row = months.get(month) ?? { total: 0, episodes: 0, highest: 0, withChanges: 0 };
    row.total += episode.pain;
    row.episodes++;
    row.highest = Math.max(row.highest, episode.pain);
    if (episode.changes.length > 0) row.withChanges++;
    months.set(month, row);
  }
  return {
    kind: 'months',
    rows: [...months].map(([month, row]) => ({
      month,
      episodes: row.episodes,
      averagePain: row.total / row.episodes,
      highestPain: row.highest,
      withChanges: row.withChanges,
    })),
  };
}
