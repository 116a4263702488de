import { diaryText, type EpisodeFields, type EpisodeWords } from '../../lib/diary/describe';
import type { Adjustment, Duration, Episode, Side } from '../../lib/diary/episode';
import { formatCount, formatDate, formatOneDecimal } from '../../lib/i18n/format';
import { activeLocale, t, type MessageKey } from '../../platform/i18n';

export const SIDE_KEYS: Record<Side, MessageKey> = {
  left: 'diarySideLeft',
  right: 'diarySideRight',
  both: 'diarySideBoth',
  middle: 'diarySideMiddle',
};

export const DURATION_KEYS: Record<Duration, MessageKey> = {
  minutes: 'diaryDurationMinutes',
  hours: 'diaryDurationHours',
  'next-day': 'diaryDurationNextDay',
};

export const CHANGE_KEYS: Record<Adjustment, MessageKey> = {
  'less-often': 'diaryChangeLessOften',
  shorter: 'diaryChangeShorter',
  gentler: 'diaryChangeGentler',
  position: 'diaryChangePosition',
};

const translated = <K extends string>(keys: Record<K, MessageKey>) =>
  Object.fromEntries(Object.entries<MessageKey>(keys).map(([key, message]) => [key, t(message)])) as Record<K, string>;

export function episodeWords(): EpisodeWords {
  return {
    side: translated(SIDE_KEYS),
    duration: translated(DURATION_KEYS),
    change: translated(CHANGE_KEYS),
    nothing: t('diaryChangeNothing'),
    separator: t('listSeparator'),
  };
}

export function columnHeaders(): EpisodeFields {
  return {
    when: t('diaryColumnWhen'),
    pain: t('diaryColumnPain'),
    side: t('diaryColumnSide'),
    duration: t('diaryColumnDuration'),
    changes: t('diaryColumnChanges'),
    note: t('diaryColumnNote'),
  };
}

// Dates and counts in the language the views speak now.
export const formatWhen = (iso: string) => formatDate(new Date(iso), 'dateTime', activeLocale());
export const formatDay = (iso: string) => formatDate(new Date(iso), 'date', activeLocale());
/** A local-time ISO date ('2025-05-01'), as the chart's table groups months. */
export const formatMonth = (isoDate: string) => formatDate(new Date(`${isoDate}T00:00`), 'month', activeLocale());
export const formatNumber = (count: number) => formatCount(count, activeLocale());
/** One decimal at most: 6, 6.5. */
export const formatPain = (pain: number) => formatOneDecimal(pain, activeLocale());

/** The diary in plain text, for "Copy summary for my doctor"; empty without episodes. */
export function diarySummary(newestFirst: readonly Episode[]): string {
  return diaryText(
    newestFirst,
    episodeWords(),
    {
      heading: t('diaryTextHeading'),
      line: (fields) =>
        t('diaryTextLine', fields.when, fields.pain, fields.side, fields.duration, fields.changes) +
        (fields.note ? ` ${t('diaryTextNote', fields.note)}` : ''),
      older: (count) => t('diaryTextOlder', formatNumber(count)),
    },
    formatWhen,
  );
}
