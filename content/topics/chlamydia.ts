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
    en: 'Get tested at a sexual health clinic or GP if you or a partner might have it, or if you have symptoms.',
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
      definition: {
        en: 'One of the most common STIs, caused by bacteria. It often has no symptoms but can spread and cause PID.',
      },
    },
  ],
} as const satisfies WiderRecord;
