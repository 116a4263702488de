import type { Link } from '../../content/types';
import type { Locale } from '../../lib/i18n/locale';
import { activeLocale, t, type MessageKey } from '../../platform/i18n';

type PageLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

/** Which page languages a reader of each locale reads first, best first. */
const READS: Record<Locale, readonly PageLanguage[]> = {
  en: ['en', 'zh-Hans', 'zh-Hant'],
  zh_CN: ['zh-Hans', 'zh-Hant', 'en'],
  zh_TW: ['zh-Hant', 'zh-Hans', 'en'],
};

const NAMED: Record<PageLanguage, MessageKey> = {
  en: 'linkInEnglish',
  'zh-Hans': 'linkInSimplified',
  'zh-Hant': 'linkInTraditional',
};

/**
 * A topic's learn-more pages, in the reader's language first, each opening in a new tab without
 * access to the panel. A page in another language says which, and carries its `lang`.
 */
export function LearnMoreLinks({ links }: { links: readonly Link[] }) {
  const order = READS[activeLocale()];
  const languageOf = (link: Link): PageLanguage => link.lang ?? 'en';
  const sorted = [...links].sort((a, b) => order.indexOf(languageOf(a)) - order.indexOf(languageOf(b)));
  return (
    <ul class="links">
      {sorted.map((link) => {
        const language = languageOf(link);
        const foreign = language !== order[0];
        return (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" lang={foreign ? language : undefined}>
              {link.title}
            </a>
            {foreign && <span class="link-language"> {t(NAMED[language])}</span>}
          </li>
        );
      })}
    </ul>
  );
}
