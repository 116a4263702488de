import { links } from '../links';
import type { WiderRecord } from '../types';

export const osteoarthritis = {
  id: 'osteoarthritis',
  kind: 'beyond',
  title: {
    en: 'Osteoarthritis and arthritis of the spine',
  },
  summary: {
    en: 'The most common arthritis: joints become painful and stiff as their smooth lining wears and bony growths form. In the spine it causes back pain and stiffness.',
  },
  getCare: {
    en: 'See a GP if joint pain or stiffness keeps going or keeps coming back.',
  },
  source: 'NHS',
  links: [links.osteoarthritisNhs, links.osteoarthritisMedline, links.osteoarthritisNiams],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'osteoarthritis',
        variants: ['degenerative joint disease', 'degenerative arthritis', 'wear and tear arthritis'],
      },
      definition: {
        en: 'The most common kind of arthritis: the smooth lining of joints wears down and bony growths form, making joints painful and stiff.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'arthritis',
      },
      definition: {
        en: 'Pain, swelling and stiffness in one or more joints. There are many kinds; osteoarthritis is the most common.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'spinal arthritis',
        variants: [
          'arthritis of the spine',
          'arthritis in the spine',
          'arthritis in the back',
          'back arthritis',
          'lumbar arthritis',
        ],
      },
      definition: {
        en: 'Arthritis in the joints of the spine, which can cause back pain and stiffness.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'facet joint arthritis',
        variants: [
          'facet arthritis',
          'facet joint osteoarthritis',
          'facet joint syndrome',
          'facet arthropathy',
          'facet joint arthropathy',
        ],
      },
      definition: {
        en: 'Wear of the small joints that link the bones of the spine, which can cause lower back pain and stiffness.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'facet joint',
        variants: ['zygapophyseal joint'],
      },
      definition: {
        en: 'One of the small pairs of joints at the back of the spine that link each bone to the next.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'rheumatoid arthritis',
      },
      definition: {
        en: 'A long-term disease in which the immune system attacks the joints, making them swollen, painful and stiff. It differs from osteoarthritis.',
      },
    },
  ],
} as const satisfies WiderRecord;
