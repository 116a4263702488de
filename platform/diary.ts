import { browser } from 'wxt/browser';
import {
  diaryKeys,
  EPISODE_PREFIX,
  episodeKey,
  isEpisodeKey,
  parseEpisode,
  readDiary,
  type Episode,
} from '../lib/diary/episode';
import { watchStorage } from './storageWatch';

/** The diary lives in storage.local only: never sync, never sent anywhere. */

export async function loadDiary(): Promise<{ episodes: Episode[]; unreadable: string[] }> {
  return readDiary(await browser.storage.local.get(null));
}

export async function saveEpisode(episode: Episode): Promise<void> {
  await browser.storage.local.set({ [episodeKey(episode.id)]: episode });
}

export async function removeEpisode(id: string): Promise<void> {
  await browser.storage.local.remove(episodeKey(id));
}

/** Every diary value, readable or not. */
export async function clearDiary(): Promise<void> {
  await browser.storage.local.remove(diaryKeys(await browser.storage.local.get(null)));
}

/** One write for the whole import: the browser stores all of it or, on failure, none. */
export async function saveEpisodes(episodes: readonly Episode[]): Promise<void> {
  await browser.storage.local.set(Object.fromEntries(episodes.map((episode) => [episodeKey(episode.id), episode])));
}

export function newEpisodeId(): string {
  return crypto.randomUUID();
}

export interface DiaryChange {
  /** Episodes written or rewritten. */
  saved: Episode[];
  /** Keys removed. */
  removed: string[];
  /** Keys written with values that cannot be read. */
  unreadable: string[];
}

/** Calls back with each change to the diary, made here or in another extension page. */
export function watchDiary(onChange: (change: DiaryChange) => void): () => void {
  return watchStorage(EPISODE_PREFIX, (changes) => {
    const change: DiaryChange = { saved: [], removed: [], unreadable: [] };
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (!isEpisodeKey(key)) continue;
      const episode = parseEpisode(newValue);
      if (newValue === undefined) change.removed.push(key);
      else if (episode && episodeKey(episode.id) === key) change.saved.push(episode);
      else change.unreadable.push(key);
    }
    if (change.saved.length + change.removed.length + change.unreadable.length > 0) onChange(change);
  });
}
