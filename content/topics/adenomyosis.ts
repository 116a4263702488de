import { links } from '../links';
import type { WiderRecord } from '../types';

export const adenomyosis = {
  id: 'adenomyosis',
  kind: 'beyond',
  title: {
    en: 'Adenomyosis',
  },
  summary: {
    en: 'The lining of the womb grows into the muscle of its wall, which can cause painful, heavy periods, pelvic pain and pain during sex.',
  },
  getCare: {
    en: 'The NHS says: when pelvic or period pain is severe, or worse than your usual, and painkillers make no difference, ask for an urgent GP appointment or call 111 the same day. Book a routine GP visit for heavy or painful periods, or for pain during sex.',
  },
  source: 'NHS',
  links: [links.adenomyosisNhs, links.uterineDiseasesMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'adenomyosis',
      },
      zh: { term: '子宫腺肌症', variants: ['子宫腺肌病'], twVariants: ['子宮肌腺症'] },
      definition: {
        en: 'The lining of the womb grows into the muscle of the womb wall, which can cause heavy, painful periods and painful sex.',
      },
    },
  ],
} as const satisfies WiderRecord;
