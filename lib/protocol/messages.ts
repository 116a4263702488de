/**
 * Messages between the panel, the background and the content script. Each kind is declared
 * once here with its validator; whatever arrives is checked before it is used.
 */
import type { PageVerdict } from '../classify/page';
import type { Source, TopicKind } from '../../content/types';

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

/** What a content script asks the extension itself (the background answers). */
export type ExtensionRequest = { type: 'describe-term'; term: string };

/** What a term card shows: the term's definition and its topic, kept out of the content script. */
export interface TermDescription {
  term: string;
  definition: string;
  topic: string;
  topicTitle: string;
  topicSummary: string;
  kind: TopicKind;
  /** Where a topic beyond the article takes its facts from; null for the article's own. */
  source: Source | null;
  traditional: boolean;
  /** The term means "get care now". */
  urgent: boolean;
}

export interface MentionShown {
  /** 1-based position of the mention now shown, 0 when the topic has none. */
  index: number;
  total: number;
}

const VERDICTS = new Set(['health-domain', 'medical-markup', 'health-terms', 'not-health', 'unchecked']);
const STATES = new Set(['on', 'forced', 'off-everywhere', 'off-site', 'not-health']);
const TOPIC = /^[a-z]+(?:-[a-z]+)*$/;
const MAX_TOPICS = 128;
const KINDS = new Set(['cause', 'named', 'beyond', 'treatment', 'warning']);
const SOURCES = new Set(['MedlinePlus', 'NHS', 'NIH', 'CDC']);
const MAX_TERM_CHARS = 100;
const MAX_TEXT_CHARS = 1000;

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

function isText(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

export function isExtensionRequest(value: unknown): value is ExtensionRequest {
  return isRecord(value) && value.type === 'describe-term' && isText(value.term, MAX_TERM_CHARS);
}

export function isTermDescription(value: unknown): value is TermDescription {
  return (
    isRecord(value) &&
    isText(value.term, MAX_TERM_CHARS) &&
    isText(value.definition, MAX_TEXT_CHARS) &&
    isTopic(value.topic) &&
    isText(value.topicTitle, MAX_TEXT_CHARS) &&
    isText(value.topicSummary, MAX_TEXT_CHARS) &&
    KINDS.has(value.kind as string) &&
    (value.source === null || SOURCES.has(value.source as string)) &&
    typeof value.traditional === 'boolean' &&
    typeof value.urgent === 'boolean'
  );
}
