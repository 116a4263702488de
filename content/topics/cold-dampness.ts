import { links } from '../links';
import type { CauseRecord } from '../types';

export const coldDampness = {
  id: 'cold-dampness',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Cold and dampness',
    zh_CN: '寒湿腰痛',
  },
  summary: {
    en: 'A traditional Chinese medicine idea: wind and cold invading the lower back cause a local, cold pain that worsens on rainy days.',
    zh_CN: '中医概念，不是西医诊断：风寒侵袭腰部，引起局部冷痛，阴雨天加重。',
    zh_TW: '中醫概念，不是西醫診斷：風寒侵襲腰部，引起局部冷痛，陰雨天加重。',
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
        zh_CN: '中医概念，不是西医诊断：指寒邪和湿邪侵入人体，引起局部冷痛，潮湿天气加重。',
        zh_TW: '中醫概念，不是西醫診斷：指寒邪和溼邪侵入人體，引起局部冷痛，潮溼天氣加重。',
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
