import { links } from '../links';
import type { CauseRecord } from '../types';

export const lumbarMuscleStrain = {
  id: 'lumbar-muscle-strain',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar muscle strain',
    zh_CN: '腰肌劳损',
  },
  summary: {
    en: 'Standing for long hours (hairdressers, shop staff, nurses) or often carrying heavy loads overworks the muscles and ligaments of the lower back.',
    zh_CN: '长时间站立（如理发师、售货员、护理人员）或经常搬运重物，会使腰部肌肉和韧带过度劳累。',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [links.sprainsStrains, links.lowBackPainAcute],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'lumbar muscle strain',
        variants: [
          'lumbar strain',
          'low back strain',
          'lower back strain',
          'back strain',
          'pulled back muscle',
          'lumbosacral strain',
          'strained back',
          'chronic lumbar muscle strain',
          'back muscle strain',
          'low back muscle strain',
          'lower back muscle strain',
          'muscle strain in the back',
          'muscle strain in the lower back',
          'pulled muscle in the back',
          'pulled muscle in the lower back',
          'pulled lower back muscle',
          'strained back muscle',
          'strained lower back',
          'strained lower back muscle',
        ],
      },
      zh: {
        term: '腰肌劳损',
        variants: ['慢性腰肌劳损', '腰部肌肉劳损', '腰背肌劳损', '腰部劳损', '腰肌损伤', '腰肌拉伤', '腰部肌肉拉伤'],
      },
      definition: {
        en: 'An overstretched or torn muscle or tendon in the back, usually the lower back, often from heavy lifting, overuse or long standing.',
        zh_CN: '腰背部（多为下腰部）的肌肉或肌腱被过度拉伸或撕裂，常因搬重物、过度使用或久站。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar ligament',
        variants: ['ligament of the lower back', 'ligaments of the lower back', 'iliolumbar ligament'],
      },
      zh: { term: '腰部韧带', variants: ['腰椎韧带', '髂腰韧带'] },
      definition: {
        en: 'A tough band of tissue holding the bones of the lower spine together or to the pelvis. Long standing or heavy loads can strain it.',
        zh_CN: '把下段脊椎骨彼此连接、或连接到骨盆的坚韧组织带。久站或负重可使其劳损。',
        zh_TW: '把下段脊椎骨彼此連接、或連接到骨盆的堅韌組織帶。久站或負重可使其勞損。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar muscle',
        variants: [
          'low back muscle',
          'lower back muscle',
          'muscles of the lower back',
          'lumbar paraspinal muscle',
          'quadratus lumborum',
          'lumbar multifidus',
        ],
      },
      zh: { term: '腰肌', variants: ['腰部肌肉', '腰背肌', '腰方肌', '多裂肌'] },
      definition: {
        en: 'One of the muscles of the lower back, which hold the spine upright and help you bend, twist and lift.',
        zh_CN: '下腰部的肌肉之一，支撑脊柱直立，帮助弯腰、转身和提物。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'heavy lifting',
        variants: [
          'lifting heavy objects',
          'carrying heavy objects',
          'lifting heavy loads',
          'carrying heavy loads',
          'lifting heavy weights',
        ],
      },
      zh: { term: '搬重物', variants: ['提重物', '抬重物', '扛重物', '搬运重物', '弯腰搬重物'] },
      definition: {
        en: 'Lifting or carrying heavy things. The article says carrying heavy loads often overworks the lower back and can strain its muscles.',
        zh_CN: '搬运或提起重物。文章说经常负重会使腰部负担过重，导致腰肌劳损。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'prolonged standing',
        variants: ['standing for long periods', 'standing for long hours', 'long periods of standing'],
      },
      zh: { term: '久站', variants: ['长时间站立', '长期站立', '长久站立'] },
      definition: {
        en: 'Standing for hours at a time, as in some jobs. The article says it strains the ligaments of the lower back.',
        zh_CN: '一连站好几个小时，某些职业常见。文章说这会使腰部韧带劳损。',
      },
    },
  ],
} as const satisfies CauseRecord;
