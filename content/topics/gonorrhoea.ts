import { links } from '../links';
import type { WiderRecord } from '../types';

export const gonorrhoea = {
  id: 'gonorrhoea',
  kind: 'beyond',
  title: {
    en: 'Gonorrhoea',
  },
  summary: {
    en: 'An STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
  },
  getCare: {
    en: 'Get tested at a sexual health clinic or GP if you or a partner might have it, or if you have symptoms.',
  },
  source: 'NHS',
  links: [links.gonorrhoeaNhs, links.gonorrheaMedline, links.gonorrheaCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'gonorrhoea',
        variants: ['gonorrhea', 'the clap', 'gonococcal infection', 'neisseria gonorrhoeae'],
      },
      definition: {
        en: 'An STI caused by bacteria. It often has no symptoms but, left untreated, can spread and cause PID.',
      },
    },
  ],
} as const satisfies WiderRecord;
