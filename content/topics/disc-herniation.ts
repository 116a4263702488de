import { links } from '../links';
import type { CauseRecord } from '../types';

export const discHerniation = {
  id: 'disc-herniation',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar disc herniation',
    zh_CN: '腰椎间盘突出',
  },
  summary: {
    en: 'A common cause in young and middle-aged women, mostly after injury or long-term strain: low back pain that spreads down the legs, with numbness.',
    zh_CN: '青中年女性腰痛的常见原因，多由腰部外伤和长期慢性劳损引起：腰痛，并向下肢放射，伴有麻木。',
  },
  whatToDo: {
    en: 'The article names bed traction and surgery as treatments.',
    zh_CN: '文章提到的治疗方法有卧床牵引和手术。',
  },
  guidanceNote: {
    text: {
      en: "NICE's guideline on low back pain and sciatica (NG59) advises against traction, with or without sciatica. It keeps surgery to free a trapped nerve for sciatica that other treatments have not helped.",
      zh_CN:
        '英国国家卫生与临床优化研究所（NICE）的腰痛与坐骨神经痛指南（NG59）不建议用牵引治疗腰痛，无论是否伴有坐骨神经痛；只有当坐骨神经痛在其他治疗后仍无改善时，才考虑做手术为受压神经减压。',
      zh_TW:
        '英國國家健康與照顧卓越研究院（NICE）的下背痛與坐骨神經痛指引（NG59）不建議用牽引治療下背痛，無論是否伴有坐骨神經痛；只有當坐骨神經痛在其他治療後仍無改善時，才考慮做手術為受壓神經減壓。',
    },
    source: 'NICE',
  },
  seeDoctor: null,
  links: [links.herniatedDiskMedline, links.slippedDiscNhs, links.herniatedDiskMayo],
  terms: [
    {
      category: 'condition',
      signs: ['saddle-numbness', 'bladder-bowel', 'leg-weakness'],
      en: {
        term: 'lumbar disc herniation',
        variants: [
          'herniated lumbar disc',
          'lumbar herniated disc',
          'herniated disc',
          'disc herniation',
          'slipped disc',
          'ruptured disc',
          'prolapsed disc',
          'disc prolapse',
          'bulging disc',
          'disc bulge',
          'herniated nucleus pulposus',
          'lumbar disc prolapse',
          'lumbar disc protrusion',
          'disc protrusion',
          'protruding disc',
          'disc extrusion',
          'extruded disc',
          'herniated intervertebral disc',
          'intervertebral disc herniation',
          'lumbar intervertebral disc herniation',
          'prolapsed intervertebral disc',
          'herniated spinal disc',
          'spinal disc herniation',
          'lumbar disc bulge',
          'lumbar herniated nucleus pulposus',
        ],
      },
      zh: {
        term: '腰椎间盘突出症',
        variants: [
          '腰椎间盘突出',
          '腰间盘突出',
          '腰间盘突出症',
          '腰突症',
          '椎间盘突出',
          '椎间盘突出症',
          '腰椎间盘脱出',
          '腰椎间盘膨出',
          '椎间盘膨出',
          '髓核突出',
        ],
      },
      definition: {
        en: 'When a disc between the bones of the spine, usually in the lower back, bulges or bursts and may press on nearby nerves.',
        zh_CN: '腰椎（多为下腰部）的椎间盘膨出或破裂，可能压迫附近的神经。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'intervertebral disc',
        variants: [
          'spinal disc',
          'lumbar disc',
          'vertebral disc',
          'lumbar intervertebral disc',
          'disc between the vertebrae',
          'discs between the vertebrae',
        ],
      },
      zh: { term: '椎间盘', variants: ['腰椎间盘', '腰间盘'] },
      definition: {
        en: 'A round, rubbery cushion between two bones of the spine that absorbs shocks and lets the back bend.',
        zh_CN: '两块椎骨之间圆形、有弹性的软垫，能缓冲震动，让腰背可以弯曲。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'nucleus pulposus',
        variants: ['nuclei pulposi'],
      },
      zh: { term: '髓核' },
      definition: {
        en: 'The soft, jelly-like centre of a spinal disc. In a slipped disc it pushes out through the outer ring.',
        zh_CN: '椎间盘中心柔软的胶冻状部分。椎间盘突出时，它会从外环中挤出。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'annulus fibrosus',
        variants: ['anulus fibrosus'],
      },
      zh: { term: '纤维环' },
      definition: {
        en: 'The tough, layered outer ring of a spinal disc, which holds its soft centre in place.',
        zh_CN: '椎间盘外层坚韧的多层环，把柔软的髓核固定在中间。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'annular tear',
        variants: ['annular fissure', 'anular tear', 'torn disc'],
      },
      zh: { term: '纤维环破裂', variants: ['纤维环撕裂'] },
      definition: {
        en: "A split in the tough outer ring of a spinal disc, which can hurt and may let the disc's soft centre bulge out.",
        zh_CN: '椎间盘外层纤维环的裂口，可引起疼痛，也可能让髓核膨出。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'bed traction',
        variants: ['spinal traction', 'lumbar traction'],
      },
      zh: { term: '卧床牵引', variants: ['腰椎牵引', '骨盆牵引', '牵引治疗'] },
      definition: {
        en: 'Pulling on the spine to stretch it. The article names it for a slipped disc; NICE advises against traction for low back pain.',
        zh_CN: '通过牵拉脊柱来拉伸它的疗法。文章把它列为腰椎间盘突出的疗法，但NICE不建议用牵引治疗腰痛。',
        zh_TW: '透過牽拉脊柱來拉伸它的療法。文章把它列為腰椎間盤突出的療法，但NICE不建議用牽引治療腰痛。',
      },
    },
  ],
} as const satisfies CauseRecord;
