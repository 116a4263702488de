import { traditionalText } from 'virtual:traditional-text';
import { neighbourRecords, recommendedRecords } from '../../content/related';
import { redFlagRecords } from '../../content/redFlags';
import { topicsIn } from '../../content/topics';
import type { Localized } from '../../content/types';
import {
  causesIn,
  conditionsIn,
  widerTopicsIn,
  type BeyondId,
  type TextPicker,
  type TreatmentId,
} from '../../content/views';
import { languageTag, type Locale } from '../../lib/i18n/locale';
import { localize, shownLocale } from '../../lib/i18n/localize';
import { activeLocale } from '../../platform/i18n';

function contentView(locale: Locale) {
  const shownIn = new Map<string, Locale>();
  const pick: TextPicker = (text: Localized) => {
    const shown = localize(text, locale, traditionalText);
    shownIn.set(shown, shownLocale(text, locale));
    return shown;
  };
  const view = {
    causes: causesIn(pick),
    conditions: conditionsIn(pick),
    topics: topicsIn(pick),
    beyondTopics: widerTopicsIn<BeyondId>('beyond', pick),
    treatmentTopics: widerTopicsIn<TreatmentId>('treatment', pick),
    redFlags: redFlagRecords.map((flag) => ({ id: flag.id, urgency: flag.urgency, text: pick(flag.text) })),
    neighbours: { previous: pick(neighbourRecords.previous), next: pick(neighbourRecords.next) },
    recommended: recommendedRecords.map((article) => ({ title: pick(article.title), teaser: pick(article.teaser) })),
  };
  return {
    ...view,
    /**
     * The `lang` a content text needs where it is not in the view's language (an English
     * text not yet written in Chinese); undefined where it is.
     */
    langOf: (text: string): string | undefined => {
      const shown = shownIn.get(text);
      return shown && shown !== locale ? languageTag(shown) : undefined;
    },
  };
}

type ContentView = ReturnType<typeof contentView>;

const views = new Map<Locale, ContentView>();

/** The article's content as one language shows it, built once per language. */
export function contentIn(locale: Locale): ContentView {
  let view = views.get(locale);
  if (!view) views.set(locale, (view = contentView(locale)));
  return view;
}

/** The `lang` a content text needs in the view's current language (see ContentView.langOf). */
export function langOf(text: string | null): string | undefined {
  return text === null ? undefined : contentIn(activeLocale()).langOf(text);
}
