import { links } from '../links';
import type { CauseRecord } from '../types';

export const sacroiliacStrain = {
  id: 'sacroiliac-strain',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Sacroiliac joint strain',
    zh_CN: '骶髂关节劳损',
  },
  summary: {
    en: 'One of the most common causes in women: late in pregnancy its ligaments relax and it sprains easily; the pain is local and lasting, worse with activity, bearing weight or turning over.',
    zh_CN: '女性腰痛最常见的原因之一：孕晚期其韧带松弛，容易扭伤；疼痛局限且持续，活动、负重或翻身时加重。',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [links.sacroiliitisMayo],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'sacroiliac joint strain',
        variants: [
          'sacroiliac joint sprain',
          'sacroiliac strain',
          'sacroiliac sprain',
          'SI joint strain',
          'SI joint sprain',
          'sacroiliac ligament sprain',
        ],
      },
      zh: { term: '骶髂关节劳损', variants: ['骶髂关节扭伤', '骶髂关节损伤'], twVariants: ['薦腸關節扭傷'] },
      definition: {
        en: 'An overstretch or tear of the strong ligaments that hold the sacroiliac joint, where the spine meets the pelvis.',
        zh_CN: '固定骶髂关节（脊柱与骨盆相接处）的坚韧韧带被过度拉伸或撕裂。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'sacroiliac joint dysfunction',
        variants: [
          'SI joint dysfunction',
          'SIJ dysfunction',
          'sacroiliac dysfunction',
          'sacroiliac joint pain',
          'SI joint pain',
          'SIJ pain',
          'sacroiliac pain',
        ],
      },
      zh: {
        term: '骶髂关节功能障碍',
        variants: ['骶髂关节紊乱', '骶髂关节错位'],
        twVariants: ['薦腸關節功能障礙', '薦腸關節錯位'],
      },
      definition: {
        en: 'Pain coming from a sacroiliac joint, where the spine meets the pelvis, often because the joint moves too much or too little.',
        zh_CN: '来自骶髂关节（脊柱与骨盆相接处）的疼痛，常因关节活动过多或过少。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'sacroiliitis',
        variants: ['inflammation of the sacroiliac joint', 'sacroiliac joint inflammation', 'SI joint inflammation'],
      },
      zh: { term: '骶髂关节炎', twVariants: ['薦腸關節炎', '薦髂關節炎'] },
      definition: {
        en: 'Inflammation of one or both sacroiliac joints, causing pain in the lower back and buttocks.',
        zh_CN: '一侧或两侧骶髂关节发炎，引起下腰部和臀部疼痛。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacroiliac joint',
        variants: ['SI joint', 'sacro-iliac joint', 'SIJ', 'sacroiliac'],
      },
      zh: { term: '骶髂关节', twVariants: ['薦腸關節', '薦髂關節'] },
      definition: {
        en: 'One of the two joints at the back of the pelvis where the base of the spine (the sacrum) meets the hip bones.',
        zh_CN: '骨盆后方的两个关节之一，脊柱底部的骶骨在此与髋骨相接。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacroiliac ligament',
        variants: ['ligament of the sacroiliac joint', 'ligaments of the sacroiliac joint'],
      },
      zh: { term: '骶髂韧带' },
      definition: {
        en: 'A strong band of tissue that holds the sacroiliac joint firmly together. Late in pregnancy these ligaments loosen.',
        zh_CN: '把骶髂关节牢牢固定在一起的坚韧组织带。孕晚期这些韧带会松弛。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacrum',
        variants: ['sacral bone'],
      },
      zh: { term: '骶骨', variants: ['骶椎'], twVariants: ['薦骨', '薦椎'] },
      definition: {
        en: 'The triangle-shaped bone at the base of the spine, wedged between the two hip bones.',
        zh_CN: '脊柱底部的三角形骨头，嵌在两块髋骨之间。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'iliac bone',
        variants: ['ilium'],
      },
      zh: { term: '髂骨' },
      definition: {
        en: 'The large, wing-shaped upper part of each hip bone. It meets the sacrum at the sacroiliac joint.',
        zh_CN: '每块髋骨上部宽大、呈翼状的部分，在骶髂关节处与骶骨相接。',
      },
    },
  ],
} as const satisfies CauseRecord;
