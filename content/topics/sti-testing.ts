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
      zh: { term: '性病检查', variants: ['性病筛查', '性病检测', '性传播疾病检测', '衣原体检测', '淋病检测'] },
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
      zh: { term: '性病门诊', variants: ['性病科', '皮肤性病科'] },
      definition: {
        en: 'A clinic offering confidential testing, treatment and advice about STIs, contraception and other sexual health matters.',
      },
    },
  ],
} as const satisfies WiderRecord;
