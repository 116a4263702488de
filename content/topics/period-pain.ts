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
    en: 'The NHS suggests a GP visit when period pain is severe, changes or worsens over time, or is not eased by painkillers.',
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
      zh: {
        term: '痛经',
        variants: ['月经痛', '原发性痛经', '继发性痛经', '经期疼痛', '经期腹痛'],
        twVariants: ['經痛'],
      },
      definition: {
        en: 'Cramping pain in the lower tummy during a period, as the womb tightens. It can spread to the lower back and thighs.',
      },
    },
  ],
} as const satisfies WiderRecord;
