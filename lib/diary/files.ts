import { checkEpisode, type Episode, type EpisodeProblem } from './episode';

/**
 * The diary's JSON export, and reading one back. An import is all or nothing: the whole
 * file is checked before anything is written, and the first problem refuses it.
 */

export const EXPORT_FORMAT = 'lumbar-lens-diary';
export const EXPORT_VERSION = 1;
/** In bytes for a file, in characters for its text. */
export const MAX_IMPORT_SIZE = 10_000_000;
export const MAX_IMPORT_EPISODES = 20_000;

export function diaryJson(episodes: readonly Episode[], exportedAt: string): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, episodes }, null, 1);
}

export type ImportProblem =
  | { code: 'too-big' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'too-many' }
  /** `index` counts from 1, as a person reads the file. */
  | { code: 'bad-episode'; index: number; field: EpisodeProblem };

export type ImportResult = { ok: true; added: Episode[]; duplicates: number } | { ok: false; problem: ImportProblem };

/** Two episodes with the same content are the same episode, whatever their ids. */
function fingerprint(episode: Episode): string {
  return JSON.stringify([episode.at, episode.pain, episode.side, episode.duration, episode.changes, episode.note]);
}

/** What a file would add to the diary: episodes already there, by id or by content, are skipped. */
export function readImport(text: string, existing: readonly Episode[]): ImportResult {
  if (text.length > MAX_IMPORT_SIZE) return { ok: false, problem: { code: 'too-big' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const file = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  if (file.format !== EXPORT_FORMAT || !Array.isArray(file.episodes))
    return { ok: false, problem: { code: 'foreign' } };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, problem: { code: 'foreign' } };
  }
  if (file.version > EXPORT_VERSION) return { ok: false, problem: { code: 'newer', version: file.version } };
  if (file.episodes.length > MAX_IMPORT_EPISODES) return { ok: false, problem: { code: 'too-many' } };

  const ids = new Set(existing.map((episode) => episode.id));
  const contents = new Set(existing.map(fingerprint));
  const added: Episode[] = [];
  let duplicates = 0;
  for (const [index, raw] of file.episodes.entries()) {
    const checked = checkEpisode(raw);
    if ('problem' in checked) {
      return { ok: false, problem: { code: 'bad-episode', index: index + 1, field: checked.problem } };
    }
    const content = fingerprint(checked.episode);
    if (ids.has(checked.episode.id) || contents.has(content)) {
      duplicates++;
      continue;
    }
    ids.add(checked.episode.id);
    contents.add(content);
    added.push(checked.episode);
  }
  return { ok: true, added, duplicates };
}
