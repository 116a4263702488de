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
    en: 'The NHS suggests a test at a sexual health clinic or a GP if you have symptoms, or if you or a partner might have been infected.',
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
      zh: {
        term: '淋病',
        variants: ['淋球菌感染', '淋球菌', '淋病奈瑟菌', '淋菌性尿道炎'],
        twVariants: ['淋病雙球菌'],
      },
      definition: {
        en: 'An STI caused by bacteria. It often has no symptoms but, left untreated, can spread and cause PID.',
      },
    },
  ],
} as const satisfies WiderRecord;
