import { traditionalText } from 'virtual:traditional-text';
import { lexicon } from '../content/lexicon';
import { chineseLexicon } from '../content/lexicon/chinese';
import { redFlagRecords } from '../content/redFlags';
import { topicsIn } from '../content/topics';
import type { Localized } from '../content/types';
import { definitionsIn, type TextPicker } from '../content/views';
import type { Locale } from '../lib/i18n/locale';
import { localize, shownLocale } from '../lib/i18n/localize';
import { describeTerm, type TermSources } from '../lib/describeTerm';
import type { SignDescription } from '../lib/protocol/messages';
import { handleMessages } from './messaging';

/** Every term a card can be asked about, English and Chinese (whose forms never clash). */
export const termEntries = new Map([...lexicon, ...chineseLexicon].map((entry) => [entry.term, entry]));

/** Definitions, topics and warning signs in one language, and the language each text is in. */
function sourcesIn(locale: Locale): TermSources {
  const shownIn = new Map<string, Locale>();
  const pick: TextPicker = (text: Localized) => {
    const shown = localize(text, locale, traditionalText);
    shownIn.set(shown, shownLocale(text, locale));
    return shown;
  };
  const definitions = definitionsIn(pick);
  const topics = new Map(topicsIn(pick).map((topic) => [topic.id, topic]));
  const signs = new Map<string, SignDescription>(
    redFlagRecords.map((flag) => [
      flag.id,
      { id: flag.id, urgency: flag.urgency, text: pick(flag.text), locale: shownLocale(flag.text, locale) },
    ]),
  );
  return {
    entries: termEntries,
    definitions,
    topicById: (id: string) => topics.get(id),
    signById: (id: string) => signs.get(id),
    localeOfText: (text: string) => shownIn.get(text) ?? 'en',
  };
}

/**
 * The background's answer to a term card: definitions and summaries stay here, in the
 * extension, rather than in a content script that runs in every frame of every page; the card
 * asks in its language, and each language is built on its first ask.
 */
export function answerTermDescriptions(): void {
  const languages = new Map<Locale, TermSources>();
  handleMessages({
    'describe-term': ({ term, locale }) => {
      let sources = languages.get(locale);
      if (!sources) languages.set(locale, (sources = sourcesIn(locale)));
      return describeTerm(term, sources);
    },
  });
}
