import { useState } from 'preact/hooks';
import type { Episode } from '../../lib/diary/episode';
import { t } from '../../platform/i18n';
import { EpisodeForm } from './EpisodeForm';
import { EpisodeItem } from './EpisodeItem';
import { formatNumber } from './diaryWords';

/** Episodes shown at first, and added by each "show older": a long diary opens fast. */
const PAGE = 20;

interface Props {
  /** Newest first. */
  episodes: readonly Episode[];
  onSave(episode: Episode): void;
  onDelete(episode: Episode): void;
}

export function EpisodeList({ episodes, onSave, onDelete }: Props) {
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);

  function focusEdit(id: string) {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`#episode-${CSS.escape(id)} [data-action="edit"]`)?.focus(),
    );
  }

  if (episodes.length === 0) return <p class="hint">{t('diaryEmpty')}</p>;
  return (
    <>
      <p>{episodes.length === 1 ? t('diaryCountOne') : t('diaryCountMany', formatNumber(episodes.length))}</p>
      <ol class="episodes">
        {episodes.slice(0, shown).map((episode) => (
          <li key={episode.id} class="episode" id={`episode-${episode.id}`}>
            {editing === episode.id ? (
              <EpisodeForm
                idPrefix={`edit-${episode.id}`}
                episode={episode}
                submitLabel={t('diarySaveChanges')}
                onSave={(changed) => {
                  onSave({ ...changed, id: episode.id });
                  setEditing(null);
                  focusEdit(episode.id);
                }}
                onCancel={() => {
                  setEditing(null);
                  focusEdit(episode.id);
                }}
              />
            ) : (
              <EpisodeItem
                episode={episode}
                onEdit={() => {
                  setEditing(episode.id);
                  requestAnimationFrame(() => document.getElementById(`edit-${episode.id}-when`)?.focus());
                }}
                onDelete={() => onDelete(episode)}
              />
            )}
          </li>
        ))}
      </ol>
      {episodes.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
          {t('diaryShowOlder', String(Math.min(PAGE, episodes.length - shown)))}
        </button>
      )}
    </>
  );
}
