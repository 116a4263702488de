import { links } from '../links';
import type { CauseRecord } from '../types';

export const sacroiliacStrain = {
  id: 'sacroiliac-strain',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Sacroiliac joint strain',
  },
  summary: {
    en: 'One of the most common causes in women: late in pregnancy its ligaments relax and it sprains easily; the pain is local and lasting, worse with activity, bearing weight or turning over.',
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
      definition: {
        en: 'An overstretch or tear of the strong ligaments that hold the sacroiliac joint, where the spine meets the pelvis.',
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
      definition: {
        en: 'Pain coming from a sacroiliac joint, where the spine meets the pelvis, often because the joint moves too much or too little.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'sacroiliitis',
        variants: ['inflammation of the sacroiliac joint', 'sacroiliac joint inflammation', 'SI joint inflammation'],
      },
      definition: {
        en: 'Inflammation of one or both sacroiliac joints, causing pain in the lower back and buttocks.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacroiliac joint',
        variants: ['SI joint', 'sacro-iliac joint', 'SIJ', 'sacroiliac'],
      },
      definition: {
        en: 'One of the two joints at the back of the pelvis where the base of the spine (the sacrum) meets the hip bones.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacroiliac ligament',
        variants: ['ligament of the sacroiliac joint', 'ligaments of the sacroiliac joint'],
      },
      definition: {
        en: 'A strong band of tissue that holds the sacroiliac joint firmly together. Late in pregnancy these ligaments loosen.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sacrum',
        variants: ['sacral bone'],
      },
      definition: {
        en: 'The triangle-shaped bone at the base of the spine, wedged between the two hip bones.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'iliac bone',
        variants: ['ilium'],
      },
      definition: {
        en: 'The large, wing-shaped upper part of each hip bone. It meets the sacrum at the sacroiliac joint.',
      },
    },
  ],
} as const satisfies CauseRecord;
