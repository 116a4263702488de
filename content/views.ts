import { topicRecords } from './topics/records';
import type {
  Cause,
  CauseRecord,
  LexiconEntry,
  Localized,
  NamedCondition,
  NamedRecord,
  TopicRecord,
  WiderRecord,
  WiderTopic,
} from './types';

/** Picks the text of one language out of a record's `Localized` field. */
export type TextPicker = (text: Localized) => string;

export const english: TextPicker = (text) => text.en;

type Records = (typeof topicRecords)[number];
export type CauseId = Extract<Records, { kind: 'cause' }>['id'];
export type ConditionId = Extract<Records, { kind: 'named' }>['id'];
export type BeyondId = Extract<Records, { kind: 'beyond' }>['id'];
export type TreatmentId = Extract<Records, { kind: 'treatment' }>['id'];
export type WarningId = Extract<Records, { kind: 'warning' }>['id'];

const orNull = (text: Localized | null, pick: TextPicker) => (text === null ? null : pick(text));

function isKind<K extends TopicRecord['kind']>(kind: K) {
  return (record: TopicRecord): record is Extract<TopicRecord, { kind: K }> => record.kind === kind;
}

export function causesIn(pick: TextPicker): (Cause & { id: CauseId })[] {
  return (topicRecords as readonly TopicRecord[]).filter(isKind('cause')).map((record: CauseRecord) => ({
    id: record.id as CauseId,
    section: record.section,
    tradition: record.tradition,
    title: pick(record.title),
    summary: pick(record.summary),
    whatToDo: orNull(record.whatToDo, pick),
    seeDoctor: orNull(record.seeDoctor, pick),
    links: record.links,
  }));
}

export function conditionsIn(pick: TextPicker): (NamedCondition & { id: ConditionId })[] {
  return (topicRecords as readonly TopicRecord[]).filter(isKind('named')).map((record: NamedRecord) => ({
    id: record.id as ConditionId,
    title: pick(record.title),
    summary: pick(record.summary),
    namedUnder: record.namedUnder,
    links: record.links,
  }));
}

export function widerTopicsIn<Id extends string>(
  kind: WiderRecord['kind'],
  pick: TextPicker,
): (WiderTopic & { id: Id })[] {
  return (topicRecords as readonly TopicRecord[])
    .filter((record): record is WiderRecord => record.kind === kind)
    .map((record) => ({
      id: record.id as Id,
      title: pick(record.title),
      summary: pick(record.summary),
      getCare: orNull(record.getCare, pick),
      source: record.source,
      links: record.links,
    }));
}

/** Every term's definition, by its English canonical term. */
export function definitionsIn(pick: TextPicker): Record<string, string> {
  return Object.fromEntries(
    (topicRecords as readonly TopicRecord[]).flatMap((record) =>
      record.terms.map((term) => [term.en.term, pick(term.definition)]),
    ),
  );
}

/** Every English term as the matcher takes it, in the records' order. */
export function englishLexicon(): LexiconEntry[] {
  return (topicRecords as readonly TopicRecord[]).flatMap((record) =>
    record.terms.map((term) => ({
      ...term.en,
      topic: record.id,
      category: term.category,
      ...(term.signs && { signs: term.signs }),
    })),
  );
}
