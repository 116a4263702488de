import { useEffect, useMemo, useState } from 'preact/hooks';
import { byNewest, episodeIdOf, episodeKey, type Episode } from '../../lib/diary/episode';
import {
  clearDiary,
  loadDiary,
  removeEpisode,
  saveEpisode,
  saveEpisodes,
  watchDiary,
  type DiaryChange,
} from '../../platform/diary';

interface State {
  byId: ReadonlyMap<string, Episode>;
  /** Keys of stored diary values that cannot be read: left out, and left alone. */
  unreadable: ReadonlySet<string>;
  loaded: boolean;
}

const same = (a: Episode | undefined, b: Episode) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** The state after a change; the same state when nothing differs, as when storage echoes our own write. */
function applied(state: State, change: DiaryChange): State {
  const saved = change.saved.filter((episode) => !same(state.byId.get(episode.id), episode));
  const removed = change.removed.filter((key) => state.byId.has(episodeIdOf(key)) || state.unreadable.has(key));
  const unreadableKeys = change.unreadable.filter((key) => !state.unreadable.has(key));
  if (saved.length + removed.length + unreadableKeys.length === 0) return state;
  const byId = new Map(state.byId);
  const unreadable = new Set(state.unreadable);
  for (const key of removed) {
    unreadable.delete(key);
    byId.delete(episodeIdOf(key));
  }
  for (const episode of saved) {
    byId.set(episode.id, episode);
    unreadable.delete(episodeKey(episode.id));
  }
  for (const key of unreadableKeys) {
    unreadable.add(key);
    byId.delete(episodeIdOf(key));
  }
  return { ...state, byId, unreadable };
}

export type Diary = ReturnType<typeof useDiary>;

/** The pain diary, newest first, kept in step with storage and with other extension pages. */
export function useDiary() {
  const [state, setState] = useState<State>({ byId: new Map(), unreadable: new Set(), loaded: false });

  useEffect(() => {
    let current = true;
    void loadDiary().then(({ episodes, unreadable }) => {
      if (!current) return;
      setState({
        byId: new Map(episodes.map((episode) => [episode.id, episode])),
        unreadable: new Set(unreadable),
        loaded: true,
      });
    });
    const unwatch = watchDiary((change) => setState((previous) => applied(previous, change)));
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  const episodes = useMemo(() => [...state.byId.values()].sort(byNewest), [state.byId]);

  return {
    /** Newest first. */
    episodes,
    unreadable: state.unreadable.size,
    loaded: state.loaded,
    async save(episode: Episode) {
      setState((previous) => applied(previous, { saved: [episode], removed: [], unreadable: [] }));
      await saveEpisode(episode);
    },
    async remove(id: string) {
      setState((previous) => applied(previous, { saved: [], removed: [episodeKey(id)], unreadable: [] }));
      await removeEpisode(id);
    },
    async clear() {
      setState((previous) => ({ ...previous, byId: new Map(), unreadable: new Set() }));
      await clearDiary();
    },
    /** All or nothing: the episodes appear once the browser has stored every one of them. */
    async add(added: readonly Episode[]) {
      await saveEpisodes(added);
      setState((previous) => applied(previous, { saved: [...added], removed: [], unreadable: [] }));
    },
  };
}
