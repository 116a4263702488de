import { links } from '../links';
import type { WiderRecord } from '../types';

export const osteoarthritis = {
  id: 'osteoarthritis',
  kind: 'beyond',
  title: {
    en: 'Osteoarthritis (wear-and-tear arthritis), including of the spine',
  },
  summary: {
    en: 'The most common arthritis: joints become painful and stiff as their smooth lining wears and bony growths form. In the spine it causes back pain and stiffness.',
  },
  getCare: {
    en: 'The NHS suggests a GP visit when joint pain or stiffness lasts, or keeps returning.',
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
      zh: { term: '骨关节炎', variants: ['骨性关节炎', '退行性关节炎', '退化性关节炎'] },
      definition: {
        en: 'The most common kind of arthritis: the smooth lining of joints wears down and bony growths form, making joints painful and stiff.',
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
      zh: { term: '腰椎小关节炎', variants: ['关节突关节炎', '腰椎小关节骨关节炎'] },
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
      zh: { term: '腰椎小关节', variants: ['关节突关节', '脊椎小关节'] },
      definition: {
        en: 'One of the small pairs of joints at the back of the spine that link each bone to the next.',
      },
    },
  ],
} as const satisfies WiderRecord;
