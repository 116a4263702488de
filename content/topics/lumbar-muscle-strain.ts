import { links } from '../links';
import type { CauseRecord } from '../types';

export const lumbarMuscleStrain = {
  id: 'lumbar-muscle-strain',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar muscle strain',
  },
  summary: {
    en: 'Standing for long hours (hairdressers, shop staff, nurses) or often carrying heavy loads overworks the muscles and ligaments of the lower back.',
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
      definition: {
        en: 'An overstretched or torn muscle or tendon in the back, usually the lower back, often from heavy lifting, overuse or long standing.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar ligament',
        variants: ['ligament of the lower back', 'ligaments of the lower back', 'iliolumbar ligament'],
      },
      definition: {
        en: 'A tough band of tissue holding the bones of the lower spine together or to the pelvis. Long standing or heavy loads can strain it.',
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
      definition: {
        en: 'One of the muscles of the lower back, which hold the spine upright and help you bend, twist and lift.',
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
      definition: {
        en: 'Lifting or carrying heavy things. The article says carrying heavy loads often overworks the lower back and can strain its muscles.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'prolonged standing',
        variants: ['standing for long periods', 'standing for long hours', 'long periods of standing'],
      },
      definition: {
        en: 'Standing for hours at a time, as in some jobs. The article says it strains the ligaments of the lower back.',
      },
    },
  ],
} as const satisfies CauseRecord;
