import { isTopic } from '../protocol/messages';

/** The topic a term card asked the panel to show, kept in session storage for the panel it opens. */
export interface PendingTopic {
  topic: string;
  tabId: number;
  /** When it was asked for, in milliseconds since the epoch. */
  at: number;
}

export const PENDING_TOPIC_KEY = 'pendingTopic';
const MAX_AGE_MS = 30_000;

/** The topic, if what was stored is well formed and was asked for within the last half minute. */
export function parsePendingTopic(value: unknown, now: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { topic, tabId, at } = value as Record<string, unknown>;
  if (!isTopic(topic) || !Number.isSafeInteger(tabId) || typeof at !== 'number') return null;
  return now - at >= 0 && now - at < MAX_AGE_MS ? topic : null;
}
