import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicFloorDysfunction = {
  id: 'pelvic-floor-dysfunction',
  kind: 'beyond',
  title: {
    en: 'Pelvic floor problems',
    zh_CN: '盆底功能障碍',
    zh_TW: '骨盆底功能障礙',
  },
  summary: {
    en: 'The sling of muscles and tissue holding up the bladder, bowel and womb becomes weak or injured, causing leaks, heaviness or pain.',
    zh_CN: '托住膀胱、肠道和子宫的那层肌肉和组织（盆底）变得松弛或受损，导致漏尿、下坠感或疼痛。',
    zh_TW: '托住膀胱、腸道和子宮的那層肌肉和組織（骨盆底）變得鬆弛或受損，導致漏尿、下墜感或疼痛。',
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
        zh_CN: '盆底肌不能正常工作：太松弛、太紧张，或彼此配合不好。',
        zh_TW: '骨盆底肌不能正常工作：太鬆弛、太緊張，或彼此配合不好。',
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
        zh_CN: '盆底肌过度紧张：盆底肌一直绷紧、放松不下来，可引起盆腔痛和性交痛。',
        zh_TW: '骨盆底肌過度緊張：骨盆底肌一直繃緊、放鬆不下來，可引起骨盆腔痛和性交痛。',
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
        zh_CN: '盆底：横跨骨盆底部的一层肌肉，托住膀胱、肠道，女性还托住子宫。',
        zh_TW: '骨盆底：橫跨骨盆底部的一層肌肉，托住膀胱、腸道，女性還托住子宮。',
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
        zh_CN: '盆腔器官脱垂：子宫、膀胱或直肠等离开原位，向阴道内膨出。',
        zh_TW: '骨盆腔器官脫垂：子宮、膀胱或直腸等離開原位，向陰道內膨出。',
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
        zh_CN: '尿失禁：不自主地漏尿，比如咳嗽或大笑时。新出现的排尿失控伴腰背痛属于急症。',
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
        zh_CN: '大便失禁：不自主地漏出大便或排气。新出现的排便失控或肛周麻木伴腰背痛，属于急症。',
      },
    },
  ],
} as const satisfies WiderRecord;
