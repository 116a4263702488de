import { links } from '../links';
import type { WiderRecord } from '../types';

export const stiTesting = {
  id: 'sti-testing',
  kind: 'treatment',
  title: {
    en: 'STI testing',
    zh_CN: '性病检测',
  },
  summary: {
    en: 'Checks for sexually transmitted infections, usually with a pee sample, a swab or a blood test, often at a confidential sexual health clinic.',
    zh_CN: '检查是否感染性传播疾病，通常留尿样、取拭子或验血，常在保密的性健康诊所进行。',
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
        zh_CN: '性病检测：通常通过尿样、拭子或验血检查有无性传播感染。',
        zh_TW: '性病檢測：通常透過尿樣、拭子或驗血檢查有無性傳播感染。',
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
        zh_CN: '性健康诊所（性病门诊）：提供保密的性病检测和治疗，以及避孕等性健康咨询。',
      },
    },
  ],
} as const satisfies WiderRecord;
