import { links } from '../links';
import type { NamedRecord } from '../types';

export const backPain = {
  id: 'back-pain',
  kind: 'named',
  title: {
    en: 'Low back pain',
  },
  summary: {
    en: 'The symptom the article is about; its checklist lists the causes it names.',
  },
  namedUnder: null,
  links: [links.backPainMedline, links.backPainNhs, links.backPainNiams],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'low back pain',
        variants: [
          'lower back pain',
          'low-back pain',
          'lumbar pain',
          'pain in the lower back',
          'chronic low back pain',
          'chronic lower back pain',
        ],
      },
      definition: {
        en: 'Pain in the lower part of the back, between the bottom of the ribs and the top of the legs.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'backache',
        variants: ['back ache', 'aching back', 'sore back', 'sore lower back'],
      },
      definition: {
        en: 'An everyday word for a dull, aching pain in the back, most often the lower back.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'lumbago',
        variants: ['lumbalgia'],
      },
      definition: {
        en: 'An older name for pain in the lower back, whatever its cause.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'back pain',
        variants: ['chronic back pain', 'muscular back pain'],
      },
      definition: {
        en: 'Pain felt anywhere in the back. It is very common and usually eases within a few weeks.',
      },
    },
  ],
} as const satisfies NamedRecord;
