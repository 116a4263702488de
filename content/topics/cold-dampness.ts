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
      zh: {
        term: '寒湿',
        variants: ['湿寒', '风寒湿', '寒湿腰痛', '寒湿型腰痛', '寒湿证', '寒湿痹阻', '风寒湿痹', '寒湿入侵'],
      },
      definition: {
        en: 'In traditional Chinese medicine, cold and damp said to invade the body, causing a local, cold ache that worsens in wet weather.',
      },
    },
    {
      category: 'tcm',
      zh: { term: '腰部受凉', variants: ['腰部受寒', '腰受凉', '腰部着凉'] },
      definition: {
        en: 'Letting the lower back get cold, which Chinese pages often blame for back pain; traditional medicine sees cold as invading the body.',
        zh_CN: '腰部受到寒冷，中文网页常将其列为腰痛原因；中医认为寒邪会侵袭人体。',
      },
    },
  ],
} as const satisfies CauseRecord;
