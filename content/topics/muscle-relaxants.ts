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
      definition: {
        en: 'A calming medicine that also relaxes muscles. It often causes drowsiness and can be habit-forming.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'cyclobenzaprine',
      },
      definition: {
        en: 'A prescription muscle relaxant that often causes drowsiness.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'methocarbamol',
      },
      definition: {
        en: 'A prescription muscle relaxant that can cause drowsiness or dizziness.',
      },
    },
  ],
} as const satisfies WiderRecord;
