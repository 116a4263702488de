import type { TopicInfo } from '../content/topics';
import type { Locale } from './i18n/locale';
import type { SignDescription, TermDescription } from './protocol/messages';

interface TermEntry {
  term: string;
  topic: string;
  category: string;
  /** The red flags that make the term urgent. */
  signs?: readonly string[];
}

/** What a card's description is made of, in the language the card asked for. */
export interface TermSources {
  entries: ReadonlyMap<string, TermEntry>;
  definitions: Readonly<Record<string, string>>;
  topicById: (id: string) => TopicInfo | undefined;
  signById: (id: string) => SignDescription | undefined;
  /** The language a text of the definitions or topics is written in. */
  localeOfText: (text: string) => Locale;
}

/**
 * What a term card says about a canonical term: its definition and its topic. Null for a
 * term the extension does not know (a content script from another version, or a forged ask).
 */
export function describeTerm(
  term: string,
  { entries, definitions, topicById, signById, localeOfText }: TermSources,
): TermDescription | null {
  const entry = entries.get(term);
  const definition = Object.hasOwn(definitions, term) ? definitions[term] : undefined;
  const topic = entry && topicById(entry.topic);
  if (!entry || !definition || !topic) return null;
  return {
    term,
    definition,
    topic: topic.id,
    topicTitle: topic.title,
    topicSummary: topic.summary,
    kind: topic.kind,
    source: topic.source,
    traditional: topic.traditional,
    urgent: entry.category === 'urgent',
    definitionLocale: localeOfText(definition),
    topicLocale: localeOfText(topic.title),
    signs: (entry.signs ?? []).flatMap((id) => signById(id) ?? []),
  };
}
