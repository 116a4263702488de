import { browser } from 'wxt/browser';
import { beyondTopics } from '../content/beyond';
import { causes } from '../content/causes';
import { parseTicks, TICK_PREFIX, tickKey, tickKeys } from '../lib/settings/ticks';
import { watchStorage } from './storageWatch';

/** What a person may tick: the article's causes, and the causes beyond it. */
const tickableIds = [...causes, ...beyondTopics].map((topic) => topic.id);

export async function loadTicks(): Promise<Set<string>> {
  return parseTicks(await browser.storage.local.get(null), tickableIds);
}

export async function saveTick(causeId: string, ticked: boolean): Promise<void> {
  if (ticked) await browser.storage.local.set({ [tickKey(causeId)]: true });
  else await browser.storage.local.remove(tickKey(causeId));
}

export async function clearTicks(): Promise<void> {
  await browser.storage.local.remove(tickKeys(await browser.storage.local.get(null)));
}

/** Calls back with the ticks whenever they change, in this or another panel. */
export function watchTicks(onChange: (ticks: Set<string>) => void): () => void {
  return watchStorage(TICK_PREFIX, () => void loadTicks().then(onChange));
}
