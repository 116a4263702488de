/**
 * Messages between the panel, the background and the content script. Each kind is declared
 * once here with its validator; whatever arrives is checked before it is used.
 */
import type { PageVerdict } from '../classify/page';

/** Whether the page is highlighted, and if not, why not. */
export type HighlightState = 'on' | 'forced' | 'off-everywhere' | 'off-site' | 'not-health';

export interface PageStatus {
  host: string;
  verdict: PageVerdict | 'unchecked';
  state: HighlightState;
  /** Mentions per topic (cause or named condition) that are highlighted on the page. */
  counts: Record<string, number>;
}

/** What the panel asks a tab's content script. */
export type PanelRequest =
  { type: 'get-page-status' } | { type: 'force-highlight' } | { type: 'show-next-mention'; topic: string };

/** What a content script tells the extension without being asked. */
export type PageEvent = { type: 'page-status'; status: PageStatus } | { type: 'open-topic'; topic: string };

export interface MentionShown {
  /** 1-based position of the mention now shown, 0 when the topic has none. */
  index: number;
  total: number;
}

const VERDICTS = new Set(['health-domain', 'medical-markup', 'health-terms', 'not-health', 'unchecked']);
const STATES = new Set(['on', 'forced', 'off-everywhere', 'off-site', 'not-health']);
const TOPIC = /^[a-z]+(?:-[a-z]+)*$/;
const MAX_TOPICS = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTopic(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && TOPIC.test(value);
}

function isCounts(value: unknown): value is Record<string, number> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_TOPICS &&
    entries.every(([topic, count]) => isTopic(topic) && Number.isSafeInteger(count) && (count as number) >= 0)
  );
}

export function isPageStatus(value: unknown): value is PageStatus {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    value.host.length <= 253 &&
    VERDICTS.has(value.verdict as string) &&
    STATES.has(value.state as string) &&
    isCounts(value.counts)
  );
}

export function isPanelRequest(value: unknown): value is PanelRequest {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'get-page-status':
    case 'force-highlight':
      return true;
    case 'show-next-mention':
      return isTopic(value.topic);
    default:
      return false;
  }
}

export function isPageEvent(value: unknown): value is PageEvent {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'page-status':
      return isPageStatus(value.status);
    case 'open-topic':
      return isTopic(value.topic);
    default:
      return false;
  }
}

export function isMentionShown(value: unknown): value is MentionShown {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.index) &&
    Number.isSafeInteger(value.total) &&
    (value.index as number) >= 0 &&
    (value.index as number) <= (value.total as number)
  );
}
