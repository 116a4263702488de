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
    en: 'The NHS suggests a GP visit for back pain that crept up over weeks or months, has gone on for more than 3 months, and is worst in the morning but better once you move, especially if it began before 45.',
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
      zh: { term: '强直性脊柱炎', variants: ['强直性脊椎炎'], twVariants: ['僵直性脊椎炎', '僵直性脊柱炎'] },
      definition: {
        en: 'A long-term arthritis that inflames the joints of the spine and pelvis, usually starting before 45, causing back pain and stiffness.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'inflammatory back pain',
      },
      zh: {
        term: '炎性腰背痛',
        variants: ['炎症性腰背痛', '炎性背痛', '炎性下腰痛'],
        twVariants: ['發炎性下背痛', '發炎性背痛'],
      },
      definition: {
        en: 'Back pain caused by inflammation: it starts gradually, is worst in the morning or after rest, and gets better with movement.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'HLA-B27',
      },
      zh: { term: '人类白细胞抗原B27', variants: ['HLA-B27阳性'] },
      definition: {
        en: 'A gene that many people with ankylosing spondylitis carry. A blood test can look for it, but many carriers stay healthy.',
      },
    },
  ],
} as const satisfies WiderRecord;
