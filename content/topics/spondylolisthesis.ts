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
    en: 'The NHS suggests a GP visit when back pain or stiffness, or pain in the buttocks or thighs, will not go away or keeps returning.',
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
      zh: { term: '腰椎滑脱', variants: ['腰椎滑脱症', '脊椎滑脱', '脊柱滑脱', '椎体滑脱'] },
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
      zh: { term: '峡部裂', variants: ['椎弓峡部裂', '腰椎峡部裂'], twVariants: ['椎弓解離', '脊椎解離'] },
      definition: {
        en: 'A small crack or weak spot in the back part of a vertebra, often from repeated strain. It can let the bone slip.',
      },
    },
  ],
} as const satisfies WiderRecord;
