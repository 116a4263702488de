import { links } from '../links';
import type { WiderRecord } from '../types';

export const endometriosis = {
  id: 'endometriosis',
  kind: 'beyond',
  title: {
    en: 'Endometriosis',
  },
  summary: {
    en: 'A long-term condition in which womb-lining-like tissue settles outside the womb, for example on the ovaries; it can bring pelvic or lower back pain and pain during or after sex.',
  },
  getCare: {
    en: 'The NHS suggests a GP visit for possible symptoms, all the more if they disrupt your daily life.',
  },
  source: 'NHS',
  links: [links.endometriosisNhs, links.endometriosisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'endometriosis',
      },
      zh: { term: '子宫内膜异位症', variants: ['子宫内膜异位', '内异症'] },
      definition: {
        en: 'A long-term condition: patches of tissue resembling the womb lining settle outside the womb, for example on the ovaries, and cause pelvic pain.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'endometrioma',
        variants: ['ovarian endometrioma', 'endometriotic cyst', 'chocolate cyst'],
      },
      zh: { term: '巧克力囊肿', variants: ['卵巢巧克力囊肿', '卵巢子宫内膜异位囊肿'] },
      definition: {
        en: 'A cyst on an ovary filled with old, dark blood, caused by endometriosis.',
      },
    },
  ],
} as const satisfies WiderRecord;
