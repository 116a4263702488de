import { links } from '../links';
import type { WiderRecord } from '../types';

export const muscleSpasm = {
  id: 'muscle-spasm',
  kind: 'beyond',
  title: {
    en: 'Muscle spasm',
  },
  summary: {
    en: 'A sudden, painful tightening of a muscle that you cannot control; in the lower back it often follows twisting or strain.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.muscleCrampsMedline, links.backPainMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'muscle spasm',
        variants: [
          'back spasm',
          'back muscle spasm',
          'lower back spasm',
          'low back spasm',
          'spasm in the back',
          'muscle cramp',
          'charley horse',
        ],
      },
      definition: {
        en: 'A sudden, tight and painful squeeze of a muscle that you cannot control. It can last seconds or longer.',
      },
    },
  ],
} as const satisfies WiderRecord;
