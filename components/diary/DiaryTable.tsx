import { episodeFields } from '../../lib/diary/describe';
import type { Episode } from '../../lib/diary/episode';
import { columnHeaders, episodeWords, formatWhen } from './diaryWords';

/** Episodes as a table with every field, for the summary a person brings to a doctor. */
export function DiaryTable({ episodes, caption }: { episodes: readonly Episode[]; caption: string }) {
  const headers = columnHeaders();
  const words = episodeWords();
  return (
    <table class="diary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.when}</th>
          <th scope="col">{headers.pain}</th>
          <th scope="col">{headers.side}</th>
          <th scope="col">{headers.duration}</th>
          <th scope="col">{headers.changes}</th>
          <th scope="col">{headers.note}</th>
        </tr>
      </thead>
      <tbody>
        {episodes.map((episode) => {
          const fields = episodeFields(episode, words, formatWhen);
          return (
            <tr key={episode.id}>
              <th scope="row">{fields.when}</th>
              <td>{fields.pain}</td>
              <td>{fields.side}</td>
              <td>{fields.duration}</td>
              <td>{fields.changes}</td>
              <td>{fields.note}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
