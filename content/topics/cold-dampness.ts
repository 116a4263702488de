import { links } from '../links';
import type { CauseRecord } from '../types';

export const coldDampness = {
  id: 'cold-dampness',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Cold and dampness',
  },
  summary: {
    en: 'A traditional Chinese medicine idea: wind and cold invading the lower back cause a local, cold pain that worsens on rainy days.',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [links.tcmNccih],
  terms: [
    {
      category: 'tcm',
      en: {
        term: 'cold and dampness',
        variants: [
          'cold-dampness',
          'cold dampness',
          'cold-damp',
          'wind-cold-dampness',
          'dampness and cold',
          'wind-cold-damp',
          'cold-damp bi',
          'wind-cold-damp bi',
          'cold-damp obstruction',
        ],
      },
      definition: {
        en: 'In traditional Chinese medicine, cold and damp said to invade the body, causing a local, cold ache that worsens in wet weather.',
      },
    },
  ],
} as const satisfies CauseRecord;
