import { links } from '../links';
import type { WiderRecord } from '../types';

export const periodPain = {
  id: 'period-pain',
  kind: 'beyond',
  title: {
    en: 'Period pain',
    zh_CN: '痛经',
  },
  summary: {
    en: 'Cramping pain in the lower tummy around a period, as the womb tightens; it can spread to the lower back. Conditions such as endometriosis can make it worse.',
    zh_CN: '经期前后子宫收缩引起的下腹绞痛，可放射到腰部。子宫内膜异位症等疾病会使痛经加重。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit when period pain is severe, changes or worsens over time, or is not eased by painkillers.',
    zh_CN: '英国国民保健署（NHS）建议：痛经严重、与以往不同或越来越重，或止痛药不管用时，去看医生。',
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
        zh_CN: '经期子宫收缩引起的下腹绞痛，可放射到腰部和大腿。',
      },
    },
  ],
} as const satisfies WiderRecord;
