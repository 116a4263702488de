import { links } from '../links';
import type { CauseRecord } from '../types';

export const lumbarSpineDisease = {
  id: 'lumbar-spine-disease',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar spine disease',
    zh_CN: '腰椎疾病',
  },
  summary: {
    en: 'With age, osteoporosis can cause collapsed (compression) fractures of the vertebrae and lumbar spinal stenosis that presses on nerves; bony outgrowths (osteophytes) can cause lasting pain.',
    zh_CN: '随着年龄增长，骨质疏松可导致椎体压缩性骨折和腰椎管狭窄（压迫神经）；骨质增生（骨刺）可引起持续腰痛。',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [
    links.compressionFractures,
    links.spinalStenosisMedline,
    links.spinalStenosisNhs,
    links.osteoporosisNhs,
    links.osteoporosisMsdZh,
  ],
  terms: [
    {
      category: 'condition',
      signs: ['fall-weak-bones'],
      en: {
        term: 'osteoporosis',
        variants: ['postmenopausal osteoporosis', 'spinal osteoporosis', 'bone thinning', 'thinning of the bones'],
      },
      zh: { term: '骨质疏松', variants: ['骨质疏松症', '骨松', '绝经后骨质疏松'], twVariants: ['骨鬆'] },
      definition: {
        en: 'Bones lose density and grow weak and brittle, so a minor fall or knock can break them. It is most common in older women.',
        zh_CN: '骨量减少，骨骼变得脆弱，轻微摔倒或碰撞就可能骨折。老年女性最常见。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'osteopenia',
      },
      zh: { term: '骨量减少', variants: ['骨量低下', '低骨量'], twVariants: ['骨質缺乏'] },
      definition: {
        en: 'Bones a little less dense than normal, but not thin enough to be called osteoporosis.',
        zh_CN: '骨密度比正常略低，但还没有低到骨质疏松的程度。',
      },
    },
    {
      category: 'condition',
      signs: ['fall-weak-bones', 'serious-injury'],
      en: {
        term: 'compression fracture',
        variants: [
          'vertebral compression fracture',
          'vertebral collapse fracture',
          'collapsed vertebra',
          'collapsed vertebrae',
          'vertebral collapse',
          'spinal compression fracture',
          'lumbar compression fracture',
          'osteoporotic compression fracture',
          'osteoporotic vertebral fracture',
          'vertebral crush fracture',
          'wedge fracture',
        ],
      },
      zh: {
        term: '压缩性骨折',
        variants: ['椎体压缩性骨折', '脊椎压缩性骨折', '腰椎压缩性骨折', '椎体塌陷', '椎体压缩骨折'],
      },
      definition: {
        en: 'A break in which a bone of the spine is squashed and partly collapses, often because osteoporosis has weakened it.',
        zh_CN: '脊椎骨被压扁、部分塌陷的骨折，常因骨质疏松使骨骼变弱。',
      },
    },
    {
      category: 'condition',
      signs: ['fall-weak-bones', 'serious-injury'],
      en: {
        term: 'vertebral fracture',
        variants: [
          'spinal fracture',
          'fractured vertebra',
          'fractured vertebrae',
          'broken vertebra',
          'broken vertebrae',
          'vertebral body fracture',
          'lumbar fracture',
          'lumbar vertebral fracture',
        ],
      },
      zh: { term: '椎体骨折', variants: ['脊椎骨折', '腰椎骨折', '脊柱骨折'] },
      definition: {
        en: 'A break in one of the bones of the spine, from an injury, a fall, or bones weakened by osteoporosis.',
        zh_CN: '脊椎骨的骨折，可因外伤、摔倒，或骨质疏松使骨骼变弱。',
      },
    },
    {
      category: 'condition',
      signs: ['leg-weakness', 'bladder-bowel'],
      en: {
        term: 'spinal stenosis',
        variants: [
          'lumbar spinal stenosis',
          'lumbar stenosis',
          'stenosis of the spine',
          'spinal canal stenosis',
          'lumbar canal stenosis',
          'lumbar spinal canal stenosis',
          'narrowing of the spinal canal',
          'narrowed spinal canal',
          'central canal stenosis',
          'foraminal stenosis',
        ],
      },
      zh: { term: '椎管狭窄', variants: ['椎管狭窄症', '腰椎管狭窄', '腰椎管狭窄症', '脊椎管狭窄', '腰椎狭窄'] },
      definition: {
        en: 'The channel inside the spine, or the gaps where nerves leave it, grows narrower and can squeeze nerves, causing leg pain, numbness or weakness.',
        zh_CN: '椎管或神经穿出的孔道变窄，可压迫神经，引起腿痛、麻木或无力。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'spinal canal',
        variants: ['vertebral canal', 'lumbar spinal canal'],
      },
      zh: { term: '椎管', variants: ['脊椎管'] },
      definition: {
        en: 'The tunnel running through the bones of the spine that holds and protects the spinal cord and nerves.',
        zh_CN: '贯穿脊椎骨的管道，容纳并保护脊髓和神经。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'neurogenic claudication',
        variants: ['spinal claudication', 'pseudoclaudication', 'neurogenic intermittent claudication'],
      },
      zh: { term: '神经源性间歇性跛行', variants: ['神经性间歇性跛行'] },
      definition: {
        en: 'Pain, heaviness or weakness in the legs when walking or standing, eased by sitting or bending forward; a typical sign of spinal stenosis.',
        zh_CN: '走路或站立时腿疼、发沉或无力，坐下或弯腰可缓解，是椎管狭窄的典型表现。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'osteophyte',
        variants: [
          'bone spur',
          'spinal bone spur',
          'bony spur',
          'spinal osteophyte',
          'vertebral osteophyte',
          'lumbar osteophyte',
          'bony outgrowth',
        ],
      },
      zh: { term: '骨刺', variants: ['骨质增生', '骨赘', '长骨刺', '腰椎骨质增生'] },
      definition: {
        en: 'A small bony lump that grows on the edge of a bone, often where a joint is worn, as in the ageing spine.',
        zh_CN: '长在骨头边缘的小骨性突起，常见于磨损的关节，如老化的脊柱。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'spondylosis',
        variants: ['lumbar spondylosis', 'spinal osteoarthritis', 'lumbosacral spondylosis'],
      },
      zh: { term: '腰椎退行性变', variants: ['腰椎退变', '腰椎退化', '脊椎退化', '脊柱退行性病变', '腰椎退行性病变'] },
      definition: {
        en: "Wear of the spine's bones, discs and joints with age, which can cause stiffness and pain.",
        zh_CN: '随年龄增长，脊椎骨、椎间盘和小关节发生磨损，可引起僵硬和疼痛。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'lumbar spine disease',
        variants: [
          'lumbar spine disorder',
          'lumbar spinal disease',
          'disease of the lumbar spine',
          'degenerative lumbar spine disease',
          'lumbar degenerative disease',
          'lumbar spine degeneration',
        ],
      },
      zh: { term: '腰椎病', variants: ['腰椎疾病', '腰椎病变'] },
      definition: {
        en: 'Any disease of the bones, discs or joints of the lower spine, such as wear with age, narrowing or fractures.',
        zh_CN: '下段脊柱的骨骼、椎间盘或关节的各种疾病，如老化磨损、椎管狭窄或骨折。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'degenerative disc disease',
        variants: [
          'disc degeneration',
          'degenerated disc',
          'degenerative disc',
          'lumbar disc degeneration',
          'intervertebral disc degeneration',
          'degenerative lumbar disc disease',
        ],
      },
      zh: {
        term: '椎间盘退变',
        variants: ['椎间盘退化', '椎间盘退行性变', '椎间盘退行性病变', '腰椎间盘退变', '腰椎间盘退行性变'],
      },
      definition: {
        en: "Wear of the discs between the spine's bones with age: they dry out and flatten, and sometimes cause back pain.",
        zh_CN: '椎间盘随年龄增长而磨损：变干、变扁，有时引起腰痛。',
        zh_TW: '椎間盤隨年齡增長而磨損：變乾、變扁，有時引起腰痛。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar spine',
        variants: ['lower spine', 'lumbar spinal column'],
      },
      zh: { term: '腰椎' },
      definition: {
        en: "The lower part of the spine: five large bones between the ribs and the pelvis that carry much of the body's weight.",
        zh_CN: '脊柱的下段：位于肋骨和骨盆之间的五块大椎骨，承担身体的大部分重量。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar vertebra',
        variants: [
          'lumbar vertebrae',
          'fourth lumbar vertebra',
          'fifth lumbar vertebra',
          'L4',
          'L5',
          'L4 vertebra',
          'L5 vertebra',
        ],
      },
      zh: { term: '腰椎椎体', variants: ['腰椎骨', '腰椎椎骨'] },
      definition: {
        en: 'One of the five large bones of the lower back, named L1 to L5 from the top down.',
        zh_CN: '下腰部的五块大椎骨之一，从上到下依次称为L1至L5。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'L4-L5',
        variants: ['L4-5'],
      },
      zh: { term: '腰4-5', variants: ['腰4/5'] },
      definition: {
        en: 'The level of the spine between the fourth and fifth lumbar bones, one of the two places where slipped discs are most common.',
        zh_CN: '第四和第五腰椎之间的节段，是椎间盘突出最常见的两个部位之一。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'L5-S1',
        variants: ['lumbosacral junction', 'lumbosacral joint'],
      },
      zh: { term: '腰5骶1', variants: ['腰骶关节'] },
      definition: {
        en: 'The level where the lowest lumbar bone meets the sacrum, one of the two places where slipped discs are most common.',
        zh_CN: '最下面一块腰椎与骶骨相接的节段，是椎间盘突出最常见的两个部位之一。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'vertebra',
        variants: ['vertebrae', 'spinal vertebra', 'spinal vertebrae', 'bones of the spine'],
      },
      zh: { term: '椎体', variants: ['椎骨', '脊椎骨'] },
      definition: {
        en: 'One of the small bones stacked on top of each other to form the spine.',
        zh_CN: '一块块叠在一起组成脊柱的小骨头。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'spinal column',
        variants: ['vertebral column'],
      },
      definition: {
        en: 'The spine: the column of bones running down the back that supports the body and protects the spinal cord.',
        zh_CN: '脊柱：沿背部向下排列的一串骨头，支撑身体并保护脊髓。',
      },
    },
  ],
} as const satisfies CauseRecord;
