import { links } from '../links';
import type { WiderRecord } from '../types';

export const spondylolisthesis = {
  id: 'spondylolisthesis',
  kind: 'beyond',
  title: {
    en: 'Spondylolisthesis',
    zh_CN: '腰椎滑脱（脊椎滑脱）',
    zh_TW: '脊椎滑脫',
  },
  summary: {
    en: 'A bone of the spine (a vertebra) slips forward over the one below, often causing lower back pain that is worse standing and eased by lying down.',
    zh_CN: '一节椎骨向前滑到下面一节之上，常引起腰痛，站着时加重、躺下缓解。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit when back pain or stiffness, or pain in the buttocks or thighs, will not go away or keeps returning.',
    zh_CN: '英国国民保健署（NHS）建议：腰背痛或僵硬，或臀部、大腿疼痛迟迟不好或反复发作时，去看医生。',
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
        zh_CN: '脊柱的一节椎骨相对下面一节向前滑移。',
        zh_TW: '脊椎的一節椎骨相對下面一節向前滑移。',
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
        zh_CN: '椎弓峡部裂：椎骨后部出现细小裂缝或薄弱处，常因反复劳损所致，可使椎骨滑移。',
      },
    },
  ],
} as const satisfies WiderRecord;
