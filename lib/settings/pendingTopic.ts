import { isPanelPlace, type PanelPlace } from '../protocol/messages';

/** The place a term card asked the panel to show, kept in session storage for the panel it opens. */
export interface PendingTopic extends PanelPlace {
  tabId: number;
  /** When it was asked for, in milliseconds since the epoch. */
  at: number;
}

export const PENDING_TOPIC_KEY = 'pendingTopic';
const MAX_AGE_MS = 30_000;

/** The place, if what was stored is well formed and was asked for within the last half minute. */
export function parsePendingTopic(value: unknown, now: number): PanelPlace | null {
  if (!isPanelPlace(value)) return null;
  const { tabId, at } = value as unknown as Record<string, unknown>;
  if (!Number.isSafeInteger(tabId) || typeof at !== 'number') return null;
  return now - at >= 0 && now - at < MAX_AGE_MS ? { topic: value.topic, sign: value.sign } : null;
}
