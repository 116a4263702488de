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
    en: 'Get an urgent GP appointment or call 111 if pelvic or period pain is severe or worse than usual and painkillers have not helped. See a GP if sex is painful.',
  },
  source: 'NHS',
  links: [links.adenomyosisNhs, links.uterineDiseasesMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'adenomyosis',
      },
      definition: {
        en: 'The lining of the womb grows into the muscle of the womb wall, which can cause heavy, painful periods and painful sex.',
      },
    },
  ],
} as const satisfies WiderRecord;
