import { episodeFields } from '../../lib/diary/describe';
import type { Episode } from '../../lib/diary/episode';
import { t } from '../../platform/i18n';
import { episodeWords, formatWhen } from './diaryWords';

interface Props {
  episode: Episode;
  onEdit(): void;
  onDelete(): void;
}

export function EpisodeItem({ episode, onEdit, onDelete }: Props) {
  const fields = episodeFields(episode, episodeWords(), formatWhen);
  return (
    <>
      <p class="episode-head">
        <strong>{fields.when}</strong> · {t('diaryPainOf', fields.pain)}
      </p>
      <p>
        {fields.side} · {fields.duration} · {t('diaryDifferent', fields.changes)}
      </p>
      {fields.note && <p class="episode-note">{fields.note}</p>}
      <div class="buttons">
        <button type="button" class="secondary small" data-action="edit" onClick={onEdit}>
          {t('diaryEdit')}
          <span class="visually-hidden"> {t('diaryEpisodeOf', fields.when)}</span>
        </button>
        <button type="button" class="secondary small" data-action="delete" onClick={onDelete}>
          {t('diaryDelete')}
          <span class="visually-hidden"> {t('diaryEpisodeOf', fields.when)}</span>
        </button>
      </div>
    </>
  );
}
