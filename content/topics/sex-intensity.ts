import { links } from '../links';
import type { CauseRecord } from '../types';

export const sexIntensity = {
  id: 'sex-intensity',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'Sex that is too frequent, long or intense',
  },
  summary: {
    en: 'Very frequent, long or vigorous sex can leave the lower back aching afterwards.',
  },
  whatToDo: {
    en: 'Adjust how often, how long and how intensely you have sex. The article says this usually relieves the pain.',
  },
  seeDoctor: {
    en: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
  },
  links: [links.backPainMedline, links.backPainNhs],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'back pain after sex',
        variants: [
          'back pain after intercourse',
          'lower back pain after sex',
          'low back pain after sex',
          'back pain after sexual intercourse',
          'lower back pain after intercourse',
          'low back pain after intercourse',
          'back pain after making love',
          'back pain following sex',
          'back pain following intercourse',
          'backache after sex',
          'back ache after sex',
          'sore back after sex',
          'back hurts after sex',
          'back pain during sex',
          'back pain during intercourse',
          'lower back pain during sex',
          'lower back pain during intercourse',
        ],
      },
      definition: {
        en: 'Back pain that starts during or after sex. The article blames sex that is too frequent, long or intense, or an awkward position.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'sexual frequency',
        variants: [
          'frequency of sex',
          'frequent sex',
          'frequent sexual intercourse',
          'frequent intercourse',
          'frequency of intercourse',
          'frequency of sexual intercourse',
          'too much sex',
          'excessive sex',
          'excessive sexual activity',
        ],
      },
      definition: {
        en: 'How often someone has sex. The article says sex that is too frequent can leave the lower back aching.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'vigorous sex',
        variants: [
          'vigorous intercourse',
          'vigorous sexual activity',
          'intense sex',
          'strenuous sex',
          'strenuous sexual activity',
          'prolonged sex',
          'prolonged intercourse',
        ],
      },
      definition: {
        en: 'Sex that is long or forceful. The article says sex that lasts too long or is too intense can cause back pain.',
      },
    },
  ],
} as const satisfies CauseRecord;
