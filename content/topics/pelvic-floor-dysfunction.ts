import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicFloorDysfunction = {
  id: 'pelvic-floor-dysfunction',
  kind: 'beyond',
  title: {
    en: 'Pelvic floor problems',
  },
  summary: {
    en: 'The sling of muscles and tissue holding up the bladder, bowel and womb becomes weak or injured, causing leaks, heaviness or pain.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.pelvicFloorMedline, links.pelvicFloorNichd],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pelvic floor dysfunction',
        variants: [
          'pelvic floor disorder',
          'pelvic floor problem',
          'pelvic floor muscle dysfunction',
          'pelvic floor weakness',
          'weak pelvic floor',
          'weak pelvic floor muscle',
          'weakened pelvic floor',
          'weakened pelvic floor muscle',
        ],
      },
      zh: {
        term: '盆底功能障碍',
        variants: ['盆底功能障碍性疾病', '盆底肌功能障碍'],
        twVariants: ['骨盆底功能障礙', '骨盆底肌功能障礙'],
      },
      definition: {
        en: 'When the pelvic floor muscles do not work as they should: too weak, too tight, or not working together.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'hypertonic pelvic floor',
        variants: [
          'hypertonic pelvic floor muscle',
          'overactive pelvic floor',
          'overactive pelvic floor muscle',
          'non-relaxing pelvic floor',
          'pelvic floor tension',
          'pelvic floor muscle tension',
          'pelvic floor spasm',
          'pelvic floor muscle spasm',
        ],
      },
      zh: { term: '盆底肌过度紧张', variants: ['盆底肌张力过高', '盆底肌高张'], twVariants: ['骨盆底肌肉過度緊繃'] },
      definition: {
        en: 'Pelvic floor muscles that stay too tight and cannot relax, which can cause pelvic pain and painful sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'pelvic floor',
        variants: ['pelvic floor muscle'],
      },
      zh: { term: '盆底肌', variants: ['盆底肌肉', '盆底肌群'], twVariants: ['骨盆底肌', '骨盆底肌肉', '骨盆底肌群'] },
      definition: {
        en: 'The sling of muscles across the bottom of the pelvis that holds up the bladder, bowel and, in women, the womb.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'pelvic organ prolapse',
        variants: [
          'pelvic prolapse',
          'uterine prolapse',
          'womb prolapse',
          'prolapsed womb',
          'prolapse of the womb',
          'vaginal prolapse',
          'cystocele',
          'rectocele',
          'enterocele',
        ],
      },
      zh: { term: '盆腔器官脱垂', variants: ['盆底器官脱垂', '子宫脱垂'] },
      definition: {
        en: 'When an organ in the pelvis, such as the womb, bladder or bowel, drops from its place and bulges into the vagina.',
      },
    },
    {
      category: 'beyond',
      signs: ['bladder-bowel'],
      en: {
        term: 'urinary incontinence',
        variants: [
          'stress incontinence',
          'stress urinary incontinence',
          'urge incontinence',
          'leaking urine',
          'bladder leak',
        ],
      },
      zh: { term: '尿失禁', variants: ['压力性尿失禁', '漏尿'] },
      definition: {
        en: 'Leaking pee without meaning to, as when you cough or laugh. New loss of bladder control with back pain is an emergency.',
      },
    },
    {
      category: 'beyond',
      signs: ['bladder-bowel'],
      en: {
        term: 'faecal incontinence',
        variants: ['fecal incontinence', 'bowel incontinence', 'accidental bowel leakage'],
      },
      zh: { term: '大便失禁', variants: ['肛门失禁'] },
      definition: {
        en: 'Leaking poo or wind without meaning to. New loss of bowel control, or numbness around the bottom, with back pain is an emergency.',
      },
    },
  ],
} as const satisfies WiderRecord;
