import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicFloorExercises = {
  id: 'pelvic-floor-exercises',
  kind: 'treatment',
  title: {
    en: 'Pelvic floor exercises',
  },
  summary: {
    en: 'Repeatedly squeezing and relaxing the muscles of the pelvic floor, which hold up the bladder and bowel, to make them stronger.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.pelvicFloorExercisesNhs, links.kegelExercisesMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'pelvic floor exercise',
        variants: [
          'kegel exercise',
          'kegel',
          'pelvic floor muscle exercise',
          'pelvic muscle exercise',
          'pelvic floor muscle training',
          'pelvic floor training',
          'PFMT',
        ],
      },
      definition: {
        en: 'Squeezing and relaxing the pelvic floor muscles, over and over, to make them stronger. Also called Kegel exercises.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'pelvic floor physiotherapy',
        variants: [
          'pelvic floor physical therapy',
          'pelvic floor physio',
          'pelvic floor therapy',
          'pelvic health physiotherapy',
          'pelvic floor rehabilitation',
        ],
      },
      definition: {
        en: 'Physiotherapy for the pelvic floor muscles, to strengthen weak muscles or help tight ones relax.',
      },
    },
  ],
} as const satisfies WiderRecord;
