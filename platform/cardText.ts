// The term card's own words in each language, and nothing else of the locale files: the content
// script runs in every frame of every page, so it carries these few messages (named imports,
// which the build tree-shakes), not the panel's three bundles.
import {
  cardClose as enClose,
  cardOpenInPanel as enOpen,
  cardOpenSign as enOpenSign,
  cardOpenToolbar as enToolbar,
  cardTopic as enTopic,
  cardUrgent as enUrgent,
  labelArticleCause as enCause,
  labelArticleNamed as enNamed,
  labelNotInArticle as enNotInArticle,
  labelTraditional as enTraditional,
  labelTreatment as enTreatment,
  redFlagsEmergency as enEmergency,
  redFlagsUrgent as enUrgentAdvice,
} from '../public/_locales/en/messages.json';
import {
  cardClose as cnClose,
  cardOpenInPanel as cnOpen,
  cardOpenSign as cnOpenSign,
  cardOpenToolbar as cnToolbar,
  cardTopic as cnTopic,
  cardUrgent as cnUrgent,
  labelArticleCause as cnCause,
  labelArticleNamed as cnNamed,
  labelNotInArticle as cnNotInArticle,
  labelTraditional as cnTraditional,
  labelTreatment as cnTreatment,
  redFlagsEmergency as cnEmergency,
  redFlagsUrgent as cnUrgentAdvice,
} from '../public/_locales/zh_CN/messages.json';
import {
  cardClose as twClose,
  cardOpenInPanel as twOpen,
  cardOpenSign as twOpenSign,
  cardOpenToolbar as twToolbar,
  cardTopic as twTopic,
  cardUrgent as twUrgent,
  labelArticleCause as twCause,
  labelArticleNamed as twNamed,
  labelNotInArticle as twNotInArticle,
  labelTraditional as twTraditional,
  labelTreatment as twTreatment,
  redFlagsEmergency as twEmergency,
  redFlagsUrgent as twUrgentAdvice,
} from '../public/_locales/zh_TW/messages.json';
import type { Locale } from '../lib/i18n/locale';
import { formatMessage, type MessageBundle } from '../lib/i18n/messages';

const CARD_WORDS = {
  en: {
    cardClose: enClose,
    cardOpenInPanel: enOpen,
    cardOpenSign: enOpenSign,
    cardOpenToolbar: enToolbar,
    cardTopic: enTopic,
    cardUrgent: enUrgent,
    labelArticleCause: enCause,
    labelArticleNamed: enNamed,
    labelNotInArticle: enNotInArticle,
    labelTraditional: enTraditional,
    labelTreatment: enTreatment,
    redFlagsEmergency: enEmergency,
    redFlagsUrgent: enUrgentAdvice,
  },
  zh_CN: {
    cardClose: cnClose,
    cardOpenInPanel: cnOpen,
    cardOpenSign: cnOpenSign,
    cardOpenToolbar: cnToolbar,
    cardTopic: cnTopic,
    cardUrgent: cnUrgent,
    labelArticleCause: cnCause,
    labelArticleNamed: cnNamed,
    labelNotInArticle: cnNotInArticle,
    labelTraditional: cnTraditional,
    labelTreatment: cnTreatment,
    redFlagsEmergency: cnEmergency,
    redFlagsUrgent: cnUrgentAdvice,
  },
  zh_TW: {
    cardClose: twClose,
    cardOpenInPanel: twOpen,
    cardOpenSign: twOpenSign,
    cardOpenToolbar: twToolbar,
    cardTopic: twTopic,
    cardUrgent: twUrgent,
    labelArticleCause: twCause,
    labelArticleNamed: twNamed,
    labelNotInArticle: twNotInArticle,
    labelTraditional: twTraditional,
    labelTreatment: twTreatment,
    redFlagsEmergency: twEmergency,
    redFlagsUrgent: twUrgentAdvice,
  },
} satisfies Record<Locale, MessageBundle>;

export type CardWord = keyof (typeof CARD_WORDS)['en'];

export function cardText(locale: Locale, key: CardWord, ...substitutions: string[]): string {
  return formatMessage(CARD_WORDS[locale], key, substitutions) ?? '';
}
