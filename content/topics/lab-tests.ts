import { links } from '../links';
import type { WiderRecord } from '../types';

export const labTests = {
  id: 'lab-tests',
  kind: 'treatment',
  title: {
    en: 'Urine and blood tests',
  },
  summary: {
    en: 'Samples of pee or blood, checked with a dipstick or in a lab for signs of infection, blood, inflammation and other problems.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.urinalysisMedline, links.bloodTestsNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'urine test',
        variants: [
          'urinalysis',
          'urinalyses',
          'urine sample',
          'urine specimen',
          'urine culture',
          'urine dipstick',
          'urine dipstick test',
          'dipstick test',
          'midstream urine sample',
        ],
      },
      definition: {
        en: 'A check of a pee sample, with a dipstick or in a lab, for signs of infection, blood or other problems.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'blood test',
        variants: ['blood sample', 'blood work', 'bloodwork'],
      },
      definition: {
        en: 'A small amount of blood, usually taken from the arm, checked in a lab for signs of infection, inflammation or other problems.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'pregnancy test',
      },
      definition: {
        en: 'A pee or blood test that looks for a hormone the body makes in early pregnancy.',
      },
    },
  ],
} as const satisfies WiderRecord;
