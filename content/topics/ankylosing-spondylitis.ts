import { links } from '../links';
import type { WiderRecord } from '../types';

export const ankylosingSpondylitis = {
  id: 'ankylosing-spondylitis',
  kind: 'beyond',
  title: {
    en: 'Ankylosing spondylitis',
  },
  summary: {
    en: 'A long-term inflammatory arthritis of the spine and pelvis joints that usually starts before 45, causing back and buttock pain and stiffness, worse after rest.',
  },
  getCare: {
    en: 'See a GP if back pain has lasted over 3 months, began gradually, is worse in the morning and eases with movement, especially if it started before 45.',
  },
  source: 'NHS',
  links: [links.ankylosingSpondylitisNhs, links.ankylosingSpondylitisMedline, links.ankylosingSpondylitisNiams],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'ankylosing spondylitis',
        variants: [
          'axial spondyloarthritis',
          'axspa',
          'radiographic axial spondyloarthritis',
          'non-radiographic axial spondyloarthritis',
          'bechterew disease',
        ],
      },
      definition: {
        en: 'A long-term arthritis that inflames the joints of the spine and pelvis, usually starting before 45, causing back pain and stiffness.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'spondyloarthritis',
        variants: ['spondyloarthropathy', 'spondylarthritis'],
      },
      definition: {
        en: 'A family of inflammatory arthritis conditions that often affect the spine; ankylosing spondylitis is the best known.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'inflammatory back pain',
      },
      definition: {
        en: 'Back pain caused by inflammation: it starts gradually, is worst in the morning or after rest, and gets better with movement.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'inflammatory arthritis',
      },
      definition: {
        en: 'Joint pain and swelling caused by the body’s own defences attacking the joints, as in ankylosing spondylitis, not by wear and tear.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'psoriatic arthritis',
      },
      definition: {
        en: 'Arthritis that affects some people with the skin condition psoriasis. It can involve the spine as well as other joints.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'reactive arthritis',
        variants: ['sexually acquired reactive arthritis'],
      },
      definition: {
        en: 'Painful, swollen joints set off by an infection elsewhere in the body, such as chlamydia or a stomach bug.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'HLA-B27',
      },
      definition: {
        en: 'A gene that many people with ankylosing spondylitis carry. A blood test can look for it, but many carriers stay healthy.',
      },
    },
  ],
} as const satisfies WiderRecord;
