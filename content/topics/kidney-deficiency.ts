import { links } from '../links';
import type { CauseRecord } from '../types';

export const kidneyDeficiency = {
  id: 'kidney-deficiency',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Kidney deficiency',
  },
  summary: {
    en: 'A traditional Chinese medicine idea, not a kidney disease: the article says it affects women as well as men and can cause low back pain.',
  },
  whatToDo: {
    en: 'The article suggests foods it calls kidney-nourishing, such as some organ meats, vegetables and fruit.',
  },
  seeDoctor: null,
  links: [links.tcmNccih],
  terms: [
    {
      category: 'tcm',
      en: {
        term: 'kidney deficiency',
        variants: [
          'kidney qi deficiency',
          'kidney yang deficiency',
          'kidney yin deficiency',
          'deficiency of the kidney',
          'kidney essence deficiency',
          'kidney jing deficiency',
          'deficiency of kidney qi',
          'deficiency of kidney yang',
          'deficiency of kidney yin',
          'deficient kidney qi',
          'deficient kidney yang',
          'deficient kidney yin',
          'kidney deficiency syndrome',
          'kidney vacuity',
        ],
      },
      definition: {
        en: 'In traditional Chinese medicine, a weakness of the body\'s "kidney" energy, said to cause low back pain; not a kidney disease.',
      },
    },
    {
      category: 'tcm',
      en: {
        term: 'kidney qi',
        variants: ['kidney yang', 'kidney yin', 'kidney essence', 'kidney jing'],
      },
      definition: {
        en: 'In traditional Chinese medicine, kinds of life energy said to be stored in the "kidneys"; not about how the kidney organs work.',
      },
    },
    {
      category: 'tcm',
      en: {
        term: 'nourishing the kidneys',
        variants: [
          'nourish the kidneys',
          'kidney-nourishing',
          'tonify the kidneys',
          'tonifying the kidneys',
          'kidney tonic',
        ],
      },
      definition: {
        en: 'In traditional Chinese medicine, foods or remedies said to strengthen "kidney" energy; not a treatment for kidney disease.',
      },
    },
  ],
} as const satisfies CauseRecord;
