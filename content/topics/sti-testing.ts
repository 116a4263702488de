import { links } from '../links';
import type { WiderRecord } from '../types';

export const stiTesting = {
  id: 'sti-testing',
  kind: 'treatment',
  title: {
    en: 'STI testing',
  },
  summary: {
    en: 'Checks for sexually transmitted infections, usually with a pee sample, a swab or a blood test, often at a confidential sexual health clinic.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.stiNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'STI test',
        variants: [
          'STI testing',
          'STI screening',
          'STI screen',
          'STI check',
          'STD test',
          'STD testing',
          'STD screening',
          'sexual health check',
          'sexual health screen',
          'sexual health test',
          'chlamydia test',
          'chlamydia screening',
          'gonorrhoea test',
          'gonorrhea test',
        ],
      },
      definition: {
        en: 'A check for sexually transmitted infections, usually with a pee sample, a swab or a blood test.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'sexual health clinic',
        variants: ['GUM clinic', 'genitourinary medicine clinic', 'STI clinic', 'STD clinic'],
      },
      definition: {
        en: 'A clinic offering confidential testing, treatment and advice about STIs, contraception and other sexual health matters.',
      },
    },
  ],
} as const satisfies WiderRecord;
