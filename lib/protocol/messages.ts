/**
 * Messages between the panel, the background and the content script. Each kind is declared
 * once, in `Protocol`, with what it carries and what it answers; `validators` checks both, so
 * whatever arrives on either side is checked before it is used.
 */
import type { PageVerdict } from '../classify/page';
import type { Source, TopicKind } from '../../content/types';
import { isTermCategory, type TermCategory } from '../highlight/categories';
import type { Direction } from '../highlight/topicCursor';
import { LOCALES, type Locale } from '../i18n/locale';
import type { MapMark, PageMap } from '../mentions/pageMap';

export type { Direction, MapMark, PageMap };

/** Whether the page is highlighted, and if not, why not. */
export type HighlightState = 'on' | 'forced' | 'off-everywhere' | 'off-site' | 'not-health';

export interface PageStatus {
  host: string;
  verdict: PageVerdict | 'unchecked';
  state: HighlightState;
  /** Mentions per topic that are highlighted on the page. */
  counts: Record<string, number>;
  /** The canonical names of the urgent terms highlighted on the page: what "Seek care now" lists first. */
  urgentTerms: string[];
}

export interface MentionShown {
  /** 1-based position of the mention now shown, 0 when the topic has none. */
  index: number;
  total: number;
}

/** One line of the panel's list of mentions: the sentence around a term, and where the term is in it. */
export interface MentionItem {
  /** 0-based position in the list asked for (a topic's, or the whole page's). */
  index: number;
  topic: string;
  category: TermCategory;
  text: string;
  start: number;
  end: number;
}

export interface MentionList {
  /** The topic listed, or null for every mention of the page. */
  topic: string | null;
  offset: number;
  total: number;
  items: MentionItem[];
}

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
  /** The language the definition is written in, and the topic's title and summary: the card's, or English where a text has no translation yet. */
  definitionLocale: Locale;
  topicLocale: Locale;
  /** The warning signs of "Seek care now" that the term is about, each as the panel words it. */
  signs: SignDescription[];
}

/** A line of "Seek care now", as a term card names it. */
export interface SignDescription {
  id: string;
  urgency: 'emergency' | 'urgent';
  text: string;
  /** The language `text` is in: the card's, or English where the sign has no translation yet. */
  locale: Locale;
}

/** Where a term card sends the panel: a topic, or one of the warning signs of "Seek care now". */
export interface PanelPlace {
  topic: string;
  /** A red flag's id, or null for the topic's own place. */
  sign: string | null;
}

/** Every message: what it carries besides its type, and what its receiver answers. */
export interface Protocol {
  /** Panel → a tab's content script. */
  'get-page-status': { carries: object; answer: PageStatus };
  'force-highlight': { carries: object; answer: PageStatus };
  'show-next-mention': { carries: { topic: string }; answer: MentionShown };
  /** A topic's mentions (or, for null, all the page's) as sentences, `limit` of them from `offset`. */
  'get-mentions': { carries: { topic: string | null; offset: number; limit: number }; answer: MentionList };
  /** Scrolls to the mention at 0-based `index` of the list and marks it current. */
  'show-mention': { carries: { topic: string | null; index: number }; answer: MentionShown };
  /** The next or previous mention, cycling; from the panel, and from the keyboard commands. */
  'step-mention': { carries: { topic: string | null; direction: Direction }; answer: MentionShown };
  /** Content script → the extension, unasked: no answer. */
  'page-status': { carries: { status: PageStatus }; answer: undefined };
  /** A term card's "Open in panel" → the background: whether the panel could be opened. */
  'open-topic': { carries: PanelPlace; answer: boolean };
  /** A term card → the background: null for a term it does not know. */
  'describe-term': { carries: { term: string; locale: Locale }; answer: TermDescription | null };
  /**
   * A frame's gate → the background: inject the highlight engine into this frame, with the Han
   * table where the gate saw Han. Answers whether it was injected.
   */
  'load-engine': { carries: { han: boolean }; answer: boolean };
  /**
   * A frame's engine → the background: inject the Han table into this frame, where the page holds
   * Han text the gate's sample did not reach. Answers whether it was injected.
   */
  'load-han': { carries: object; answer: boolean };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Protocol[T]['carries']
  : never;
export type Answer<T extends MessageType> = Protocol[T]['answer'];

const VERDICTS = new Set(['health-domain', 'medical-markup', 'health-terms', 'not-health', 'unchecked']);
const STATES = new Set(['on', 'forced', 'off-everywhere', 'off-site', 'not-health']);
const TOPIC = /^[a-z]+(?:-[a-z]+)*$/;
const MAX_TOPICS = 128;
const KINDS = new Set(['cause', 'named', 'beyond', 'treatment', 'warning']);
const SOURCES = new Set(['MedlinePlus', 'NHS', 'NIH', 'CDC', 'NICE']);
const MAX_TERM_CHARS = 100;
const MAX_TEXT_CHARS = 1000;
/** A snippet is about 160 characters; the limit leaves room for a long term, never for a page. */
const MAX_SNIPPET_CHARS = 400;
const MAX_LIST_ITEMS = 500;
const MAX_SIGNS = 20;
/** More than the lexicon's urgent terms in both languages, far fewer than a forged list could hold. */
const MAX_URGENT_TERMS = 64;
const MAX_MARKS = 20_000;
const DIRECTIONS = new Set(['next', 'previous']);
/** A port the panel opens to a tab's top frame: while it is open, the page map comes through it. */
export const PAGE_MAP_PORT = 'lumbar-lens-page-map';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTopic(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && TOPIC.test(value);
}

function isText(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
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
    isCounts(value.counts) &&
    Array.isArray(value.urgentTerms) &&
    value.urgentTerms.length <= MAX_URGENT_TERMS &&
    value.urgentTerms.every((term) => isText(term, MAX_TERM_CHARS))
  );
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

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isTopicOrAll(value: unknown): value is string | null {
  return value === null || isTopic(value);
}

export function isMentionItem(value: unknown): value is MentionItem {
  if (!isRecord(value) || typeof value.text !== 'string' || value.text.length > MAX_SNIPPET_CHARS) return false;
  const { start, end } = value;
  return (
    isCount(value.index) &&
    isTopic(value.topic) &&
    isTermCategory(value.category) &&
    isCount(start) &&
    isCount(end) &&
    start <= end &&
    end <= value.text.length
  );
}

export function isMentionList(value: unknown): value is MentionList {
  return (
    isRecord(value) &&
    isTopicOrAll(value.topic) &&
    isCount(value.offset) &&
    isCount(value.total) &&
    Array.isArray(value.items) &&
    value.items.length <= MAX_LIST_ITEMS &&
    value.items.every(isMentionItem)
  );
}

function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isPageMap(value: unknown): value is PageMap {
  return (
    isRecord(value) &&
    isLength(value.pageHeight) &&
    isLength(value.viewportTop) &&
    isLength(value.viewportHeight) &&
    isCount(value.total) &&
    Array.isArray(value.marks) &&
    value.marks.length <= MAX_MARKS &&
    value.marks.every(
      (mark: unknown) => isRecord(mark) && isLength(mark.y) && isTermCategory(mark.category) && isCount(mark.index),
    )
  );
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
    typeof value.urgent === 'boolean' &&
    isLocale(value.definitionLocale) &&
    isLocale(value.topicLocale) &&
    Array.isArray(value.signs) &&
    value.signs.length <= MAX_SIGNS &&
    value.signs.every(isSignDescription)
  );
}

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

function isSignDescription(value: unknown): value is SignDescription {
  return (
    isRecord(value) &&
    isTopic(value.id) &&
    (value.urgency === 'emergency' || value.urgency === 'urgent') &&
    isText(value.text, MAX_TEXT_CHARS) &&
    isLocale(value.locale)
  );
}

export function isPanelPlace(value: unknown): value is PanelPlace {
  return isRecord(value) && isTopic(value.topic) && (value.sign === null || isTopic(value.sign));
}

type Check = (value: Record<string, unknown>) => boolean;

/** For each message type: whether a message of it is well formed, and whether its answer is. */
export const validators: { [T in MessageType]: { message: Check; answer: (value: unknown) => boolean } } = {
  'get-page-status': { message: () => true, answer: isPageStatus },
  'force-highlight': { message: () => true, answer: isPageStatus },
  'show-next-mention': { message: (value) => isTopic(value.topic), answer: isMentionShown },
  'get-mentions': {
    message: (value) =>
      isTopicOrAll(value.topic) && isCount(value.offset) && isCount(value.limit) && value.limit <= MAX_LIST_ITEMS,
    answer: isMentionList,
  },
  'show-mention': {
    message: (value) => isTopicOrAll(value.topic) && isCount(value.index),
    answer: isMentionShown,
  },
  'step-mention': {
    message: (value) => isTopicOrAll(value.topic) && DIRECTIONS.has(value.direction as string),
    answer: isMentionShown,
  },
  'page-status': { message: (value) => isPageStatus(value.status), answer: (value) => value === undefined },
  'open-topic': { message: isPanelPlace, answer: (value) => typeof value === 'boolean' },
  'describe-term': {
    message: (value) => isText(value.term, MAX_TERM_CHARS) && isLocale(value.locale),
    answer: (value) => value === null || isTermDescription(value),
  },
  'load-engine': { message: (value) => typeof value.han === 'boolean', answer: (value) => typeof value === 'boolean' },
  'load-han': { message: () => true, answer: (value) => typeof value === 'boolean' },
};

/** A received value as a message of a known type, or null: the one way in for anything received. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(validators, value.type)) return null;
  return validators[value.type as MessageType].message(value) ? (value as Message) : null;
}

/** An answer received for a message of type T, or null when it is missing or malformed. */
export function parseAnswer<T extends MessageType>(type: T, value: unknown): Answer<T> | null {
  return validators[type].answer(value) ? (value as Answer<T>) : null;
}
