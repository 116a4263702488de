import { links } from '../links';
import type { WiderRecord } from '../types';

export const periodPain = {
  id: 'period-pain',
  kind: 'beyond',
  title: {
    en: 'Period pain',
  },
  summary: {
    en: 'Cramping pain in the lower tummy around a period, as the womb tightens; it can spread to the lower back. Conditions such as endometriosis can make it worse.',
  },
  getCare: {
    en: 'See a GP if period pain is severe, changes or gets worse, or painkillers do not help.',
  },
  source: 'NHS',
  links: [links.periodPainNhs],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'period pain',
        variants: [
          'period cramps',
          'menstrual cramps',
          'menstrual pain',
          'painful period',
          'dysmenorrhoea',
          'dysmenorrhea',
          'primary dysmenorrhoea',
          'primary dysmenorrhea',
          'secondary dysmenorrhoea',
          'secondary dysmenorrhea',
        ],
      },
      definition: {
        en: 'Cramping pain in the lower tummy during a period, as the womb tightens. It can spread to the lower back and thighs.',
      },
    },
  ],
} as const satisfies WiderRecord;
