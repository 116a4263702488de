import { links } from '../links';
import type { WiderRecord } from '../types';

export const muscleRelaxants = {
  id: 'muscle-relaxants',
  kind: 'treatment',
  title: {
    en: 'Muscle relaxants',
  },
  summary: {
    en: 'Prescription medicines that help tight, spasming muscles relax; some, such as diazepam, can make you drowsy or dizzy.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.backPainNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'muscle relaxant',
        variants: ['muscle relaxer', 'skeletal muscle relaxant'],
      },
      zh: { term: '肌肉松弛剂', variants: ['肌肉松弛药', '肌松药', '肌松剂'] },
      definition: {
        en: 'A prescription medicine that helps tight or spasming muscles loosen. Many cause drowsiness.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'diazepam',
        variants: ['valium'],
      },
      zh: { term: '地西泮' },
      definition: {
        en: 'A calming medicine that also relaxes muscles. It often causes drowsiness and can be habit-forming.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'cyclobenzaprine',
      },
      zh: { term: '环苯扎林' },
      definition: {
        en: 'A prescription muscle relaxant that often causes drowsiness.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'methocarbamol',
      },
      zh: { term: '美索巴莫' },
      definition: {
        en: 'A prescription muscle relaxant that can cause drowsiness or dizziness.',
      },
    },
    {
      category: 'treatment',
      zh: { term: '乙哌立松', variants: ['盐酸乙哌立松'] },
      definition: {
        en: 'Eperisone, a prescription muscle relaxant used in China and Japan for stiff, painful back muscles.',
        zh_CN: '乙哌立松，一种处方肌肉松弛药，用于腰背肌肉僵硬疼痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
