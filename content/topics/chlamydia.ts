import { links } from '../links';
import type { WiderRecord } from '../types';

export const chlamydia = {
  id: 'chlamydia',
  kind: 'beyond',
  title: {
    en: 'Chlamydia',
  },
  summary: {
    en: 'A common STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
  },
  getCare: {
    en: 'The NHS suggests a test at a sexual health clinic or a GP if you have symptoms, or if you or a partner might have been infected.',
  },
  source: 'NHS',
  links: [links.chlamydiaNhs, links.chlamydiaMedline, links.chlamydiaCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'chlamydia',
        variants: ['chlamydia infection', 'chlamydial infection', 'chlamydia trachomatis'],
      },
      zh: {
        term: '衣原体感染',
        variants: ['衣原体', '沙眼衣原体', '沙眼衣原体感染'],
        twVariants: ['披衣菌', '披衣菌感染'],
      },
      definition: {
        en: 'One of the most common STIs, caused by bacteria. It often has no symptoms but can spread and cause PID.',
      },
    },
  ],
} as const satisfies WiderRecord;
