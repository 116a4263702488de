import { useState } from 'preact/hooks';
import {
  ADJUSTMENTS,
  DURATIONS,
  EPISODE_VERSION,
  MAX_NOTE,
  SIDES,
  type Adjustment,
  type Duration,
  type Episode,
  type Side,
} from '../../lib/diary/episode';
import { t } from '../../platform/i18n';
import { CHANGE_KEYS, DURATION_KEYS, SIDE_KEYS } from './diaryWords';

const PAIN_SCALE = Array.from({ length: 11 }, (_, pain) => pain);

/** The value of a datetime-local field for a moment, in local time, to the minute. */
function localInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

interface Props {
  /** Makes the fields' ids and radio groups unique on the page. */
  idPrefix: string;
  /** The episode being edited; a new one without. */
  episode?: Episode;
  submitLabel: string;
  onSave(episode: Omit<Episode, 'id'>): void;
  onCancel?(): void;
}

/** One episode's fields; radio groups and the adjustments are fieldsets with legends. */
export function EpisodeForm({ idPrefix, episode, submitLabel, onSave, onCancel }: Props) {
  const [shownWhen, setShownWhen] = useState(() => localInput(episode ? new Date(episode.at) : new Date()));
  const [when, setWhen] = useState(shownWhen);
  const [pain, setPain] = useState<number | null>(episode?.pain ?? null);
  const [side, setSide] = useState<Side | null>(episode?.side ?? null);
  const [duration, setDuration] = useState<Duration | null>(episode?.duration ?? null);
  const [changes, setChanges] = useState<ReadonlySet<Adjustment>>(new Set(episode?.changes));
  const [note, setNote] = useState(episode?.note ?? '');

  function submit(event: Event) {
    event.preventDefault();
    // A time left as shown keeps its seconds: now for a new episode, the stored time for an edit.
    const at = when !== shownWhen ? new Date(when) : episode ? new Date(episode.at) : new Date();
    if (pain === null || side === null || duration === null || Number.isNaN(at.getTime())) return;
    onSave({
      version: EPISODE_VERSION,
      at: at.toISOString(),
      pain,
      side,
      duration,
      changes: ADJUSTMENTS.filter((change) => changes.has(change)),
      note: note.trim(),
    });
    if (episode) return;
    const now = localInput(new Date());
    setShownWhen(now);
    setWhen(now);
    setPain(null);
    setSide(null);
    setDuration(null);
    setChanges(new Set());
    setNote('');
  }

  function toggle(change: Adjustment, on: boolean) {
    const next = new Set(changes);
    if (on) next.add(change);
    else next.delete(change);
    setChanges(next);
  }

  return (
    <form class="episode-form" onSubmit={submit}>
      <div class="field">
        <label for={`${idPrefix}-when`}>{t('diaryWhen')}</label>
        <input
          type="datetime-local"
          id={`${idPrefix}-when`}
          required
          value={when}
          onInput={(event) => setWhen(event.currentTarget.value)}
        />
      </div>
      <fieldset class="pain-scale">
        <legend>{t('diaryPain')}</legend>
        {PAIN_SCALE.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${idPrefix}-pain`}
              value={value}
              required
              checked={pain === value}
              onChange={() => setPain(value)}
            />
            {value}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('diarySide')}</legend>
        {SIDES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${idPrefix}-side`}
              value={value}
              required
              checked={side === value}
              onChange={() => setSide(value)}
            />
            {t(SIDE_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('diaryDuration')}</legend>
        {DURATIONS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${idPrefix}-duration`}
              value={value}
              required
              checked={duration === value}
              onChange={() => setDuration(value)}
            />
            {t(DURATION_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={`${idPrefix}-changes-hint`}>
        <legend>{t('diaryChanges')}</legend>
        <p class="hint" id={`${idPrefix}-changes-hint`}>
          {t('diaryChangesHint')}
        </p>
        {ADJUSTMENTS.map((value) => (
          <label key={value}>
            <input
              type="checkbox"
              value={value}
              checked={changes.has(value)}
              onChange={(event) => toggle(value, event.currentTarget.checked)}
            />
            {t(CHANGE_KEYS[value])}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${idPrefix}-note`}>{t('diaryNote')}</label>
        <input
          type="text"
          id={`${idPrefix}-note`}
          maxLength={MAX_NOTE}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <div class="buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('diaryCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
