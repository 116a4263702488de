import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Episode } from '../../lib/diary/episode';
import { articleRule } from '../../lib/diary/rule';
import { newEpisodeId } from '../../platform/diary';
import { t } from '../../platform/i18n';
import { DiaryFiles } from './DiaryFiles';
import { EpisodeForm } from './EpisodeForm';
import { EpisodeList } from './EpisodeList';
import { PainChart } from './PainChart';
import { RuleNotice } from './RuleNotice';
import type { Diary as DiaryState } from './useDiary';

interface Props {
  diary: DiaryState;
  /** Shows the red flags ("Seek care now") above the views, and moves there. */
  onSeekCare(): void;
}

type Notice = { kind: 'logged' } | { kind: 'deleted'; episode: Episode } | { kind: 'restored' } | null;

/** The private pain diary: log, list, chart, the article's rule, and the diary's files. */
export function Diary({ diary, onSeekCare }: Props) {
  const [notice, setNotice] = useState<Notice>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const verdict = useMemo(() => articleRule(diary.episodes), [diary.episodes]);

  useEffect(() => {
    if (notice?.kind === 'deleted') undo.current?.focus();
  }, [notice]);

  function restore(episode: Episode) {
    void diary.save(episode);
    setNotice({ kind: 'restored' });
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`#episode-${CSS.escape(episode.id)} [data-action="edit"]`)?.focus(),
    );
  }

  return (
    <section class="diary" id="diary" aria-labelledby="diary-heading" tabIndex={-1}>
      <h2 id="diary-heading">{t('diaryHeading')}</h2>
      <p class="hint">{t('diaryHint')}</p>
      <h3>{t('diaryLogHeading')}</h3>
      <EpisodeForm
        idPrefix="new-episode"
        submitLabel={t('diaryLog')}
        onSave={(episode) => {
          void diary.save({ ...episode, id: newEpisodeId() });
          setNotice({ kind: 'logged' });
        }}
      />
      <div class="diary-notice">
        <p class="status" role="status">
          {notice?.kind === 'logged' && t('diaryLogged')}
          {notice?.kind === 'deleted' && t('diaryDeleted')}
          {notice?.kind === 'restored' && t('diaryRestored')}
        </p>
        {notice?.kind === 'deleted' && (
          <button type="button" class="secondary small" ref={undo} onClick={() => restore(notice.episode)}>
            {t('diaryUndo')}
          </button>
        )}
      </div>
      {diary.unreadable > 0 && (
        <p class="hint">
          {diary.unreadable === 1 ? t('diaryUnreadableOne') : t('diaryUnreadable', String(diary.unreadable))}
        </p>
      )}
      <RuleNotice verdict={verdict} onSeekCare={onSeekCare} />
      <h3>{t('diaryEpisodesHeading')}</h3>
      <PainChart episodes={diary.episodes} idPrefix="panel-chart" withTable />
      <EpisodeList
        episodes={diary.episodes}
        onSave={(episode) => void diary.save(episode)}
        onDelete={(episode) => {
          void diary.remove(episode.id);
          setNotice({ kind: 'deleted', episode });
        }}
      />
      <DiaryFiles episodes={diary.episodes} onImport={diary.add} onClear={diary.clear} />
    </section>
  );
}
