import { useEffect, useRef, useState } from 'preact/hooks';
import { diaryCsv, localStamp } from '../../lib/diary/describe';
import type { Episode, EpisodeProblem } from '../../lib/diary/episode';
import { diaryJson, MAX_IMPORT_SIZE, readImport, type ImportProblem } from '../../lib/diary/files';
import { downloadText } from '../../platform/download';
import { t } from '../../platform/i18n';
import { columnHeaders, episodeWords, formatNumber } from './diaryWords';

function fieldName(field: EpisodeProblem): string {
  if (field === 'record') return t('diaryFieldRecord');
  if (field === 'version') return t('diaryFieldVersion');
  if (field === 'id') return t('diaryFieldId');
  const headers = columnHeaders();
  return field === 'at' ? headers.when : field === 'changes' ? headers.changes : headers[field];
}

interface Props {
  /** Newest first. */
  episodes: readonly Episode[];
  onImport(episodes: readonly Episode[]): Promise<void>;
  onClear(): Promise<void>;
}

function problemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-big':
      return t('diaryImportTooBig');
    case 'not-json':
      return t('diaryImportNotJson');
    case 'foreign':
      return t('diaryImportForeign');
    case 'newer':
      return t('diaryImportNewer', String(problem.version));
    case 'too-many':
      return t('diaryImportTooMany');
    case 'bad-episode':
      return t('diaryImportBadEpisode', String(problem.index), fieldName(problem.field));
  }
}

/** Export, import and "Delete all": the diary's files stay the user's own. */
export function DiaryFiles({ episodes, onImport, onClear }: Props) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const deleteAll = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has focus when the question appears.
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const today = localStamp(new Date().toISOString()).slice(0, 10);

  function exportAs(kind: 'csv' | 'json') {
    const name = `lumbar-lens-diary-${today}.${kind}`;
    if (kind === 'json') downloadText(name, 'application/json', diaryJson(episodes, new Date().toISOString()));
    // The byte-order mark makes spreadsheets read the file as UTF-8.
    else downloadText(name, 'text/csv', `\uFEFF${diaryCsv(episodes, columnHeaders(), episodeWords(), localStamp)}`);
    setStatus(t('diaryExported', name));
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = file.size > MAX_IMPORT_SIZE ? null : readImport(await file.text(), episodes);
    if (!result || !result.ok) {
      setStatus(t('diaryImportRefused', result ? problemText(result.problem) : t('diaryImportTooBig')));
      return;
    }
    try {
      if (result.added.length > 0) await onImport(result.added);
      setStatus(t('diaryImported', String(result.added.length), String(result.duplicates)));
    } catch {
      setStatus(t('diaryImportRefused', t('diaryImportNotSaved')));
    }
  }

  async function clearAll() {
    await onClear();
    setConfirming(false);
    setStatus(t('diaryCleared'));
    deleteAll.current?.focus();
  }

  return (
    <div class="diary-files">
      <h3>{t('diaryFilesHeading')}</h3>
      <div class="buttons">
        <button type="button" class="secondary" onClick={() => exportAs('csv')}>
          {t('diaryExportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => exportAs('json')}>
          {t('diaryExportJson')}
        </button>
      </div>
      <div class="field">
        <label for="diary-import">{t('diaryImport')}</label>
        <input
          type="file"
          id="diary-import"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <button type="button" class="secondary" ref={deleteAll} onClick={() => setConfirming(true)}>
        {t('diaryDeleteAll')}
      </button>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-delete-all">
          <p id="confirm-delete-all">{t('diaryDeleteAllConfirm', formatNumber(episodes.length))}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void clearAll()}>
              {t('diaryDeleteAllYes')}
            </button>
            <button
              type="button"
              class="secondary"
              ref={keep}
              onClick={() => {
                setConfirming(false);
                deleteAll.current?.focus();
              }}
            >
              {t('diaryDeleteAllNo')}
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
