import { useMemo } from 'preact/hooks';
import { chartTable } from '../../lib/diary/chart';
import type { Episode } from '../../lib/diary/episode';
import { t } from '../../platform/i18n';
import { CHANGE_KEYS, formatMonth, formatPain, formatWhen } from './diaryWords';

/** What the chart shows, as a table: each episode, or with many, each month. */
export function ChartTable({ episodes }: { episodes: readonly Episode[] }) {
  const table = useMemo(() => chartTable(episodes), [episodes]);
  if (table.kind === 'months') {
    return (
      <table>
        <caption>{t('diaryTableByMonth')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diaryColumnMonth')}</th>
            <th scope="col">{t('diaryColumnEpisodes')}</th>
            <th scope="col">{t('diaryColumnAverage')}</th>
            <th scope="col">{t('diaryColumnHighest')}</th>
            <th scope="col">{t('diaryColumnWithChange')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{formatMonth(row.month)}</th>
              <td>{row.episodes}</td>
              <td>{formatPain(row.averagePain)}</td>
              <td>{row.highestPain}</td>
              <td>{row.withChanges}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table>
      <caption>{t('diaryTableByEpisode')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diaryColumnWhen')}</th>
          <th scope="col">{t('diaryColumnPain')}</th>
          <th scope="col">{t('diaryColumnChanges')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((episode) => (
          <tr key={episode.id}>
            <th scope="row">{formatWhen(episode.at)}</th>
            <td>{episode.pain}</td>
            <td>
              {episode.changes.length === 0
                ? t('diaryChangeNothing')
                : episode.changes.map((change) => t(CHANGE_KEYS[change])).join(t('listSeparator'))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
