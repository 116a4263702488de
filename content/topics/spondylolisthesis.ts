import { links } from '../links';
import type { WiderRecord } from '../types';

export const spondylolisthesis = {
  id: 'spondylolisthesis',
  kind: 'beyond',
  title: {
    en: 'Spondylolisthesis',
  },
  summary: {
    en: 'A bone of the spine (a vertebra) slips forward over the one below, often causing lower back pain that is worse standing and eased by lying down.',
  },
  getCare: {
    en: 'See a GP if back pain or stiffness, or pain in your thighs or buttocks, keeps going.',
  },
  source: 'NHS',
  links: [links.spondylolisthesisNhs, links.spondylolisthesisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'spondylolisthesis',
        variants: ['slipped vertebra', 'slipped vertebrae', 'anterolisthesis', 'vertebral slippage'],
      },
      definition: {
        en: 'One of the bones of the spine (a vertebra) slips forward over the bone below it.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'spondylolysis',
        variants: ['pars defect', 'pars fracture', 'pars interarticularis defect', 'pars interarticularis fracture'],
      },
      definition: {
        en: 'A small crack or weak spot in the back part of a vertebra, often from repeated strain. It can let the bone slip.',
      },
    },
  ],
} as const satisfies WiderRecord;
