import { links } from '../links';
import type { WiderRecord } from '../types';

export const warningSigns = {
  id: 'warning-signs',
  kind: 'warning',
  title: {
    en: 'Warning signs',
    zh_CN: '危险信号',
  },
  summary: {
    en: 'Signs that back pain needs care now, such as numbness around the genitals, losing bladder or bowel control, or a fever: see "Seek care now".',
    zh_CN: '提示腰背痛需要马上就医的信号，例如生殖器周围麻木、大小便失控或发烧。',
  },
  getCare: {
    en: 'Now: see "Seek care now" at the top of the panel.',
    zh_CN: '马上就医：见面板顶部列出的紧急就医情形。',
  },
  source: 'NHS',
  links: [links.backPainNhs, links.caudaEquinaNhs],
  terms: [
    {
      category: 'urgent',
      signs: ['bladder-bowel'],
      en: {
        term: 'loss of bladder or bowel control',
        variants: [
          'loss of bowel or bladder control',
          'loss of bladder and bowel control',
          'loss of bowel and bladder control',
          'losing control of your bladder or bowels',
          'bladder or bowel incontinence',
          'bowel or bladder incontinence',
          'bladder and bowel incontinence',
        ],
      },
      zh: { term: '大小便失禁', variants: ['二便失禁', '大小便失控'] },
      definition: {
        en: 'Not being able to control when you pee or poo. If it starts suddenly with back pain, it is an emergency.',
        zh_CN: '不能控制排尿或排便。若与腰背痛同时突然出现，属于急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['bladder-bowel'],
      en: {
        term: 'loss of bladder control',
        variants: ['losing control of your bladder', 'sudden loss of bladder control'],
      },
      definition: {
        en: 'Not being able to control when you pee. If it starts suddenly with back pain or numbness, it is an emergency.',
        zh_CN: '不能控制排尿。若与腰背痛或麻木同时突然出现，属于急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['bladder-bowel'],
      en: {
        term: 'loss of bowel control',
        variants: ['losing control of your bowels', 'sudden loss of bowel control'],
      },
      definition: {
        en: 'Not being able to control when you poo. If it starts suddenly with back pain or numbness, it is an emergency.',
        zh_CN: '不能控制排便。若与腰背痛或麻木同时突然出现，属于急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['bladder-bowel'],
      en: {
        term: 'acute urinary retention',
        variants: ['unable to pee', 'unable to urinate', 'not being able to pee', 'inability to urinate'],
      },
      zh: { term: '尿潴留', variants: ['急性尿潴留', '无法排尿', '尿不出来'] },
      definition: {
        en: 'Suddenly not being able to pee even though the bladder is full. It needs urgent medical help.',
        zh_CN: '膀胱胀满却突然尿不出来，需要紧急就医。',
      },
    },
    {
      category: 'urgent',
      signs: ['both-legs', 'leg-weakness'],
      en: {
        term: 'numbness in both legs',
        variants: [
          'weakness in both legs',
          'tingling in both legs',
          'pins and needles in both legs',
          'pain in both legs',
          'numbness or weakness in both legs',
          'numbness and tingling in both legs',
        ],
      },
      zh: { term: '双腿麻木', variants: ['双下肢麻木', '两腿麻木', '双腿无力', '双下肢无力', '双腿麻木无力'] },
      definition: {
        en: 'Pain, numbness, tingling or weakness in both legs at once. With back pain it can mean squeezed spinal nerves: an emergency.',
        zh_CN: '两条腿同时疼痛、麻木、刺痛或无力；伴腰背痛时可能是脊髓神经受压，属急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness'],
      en: {
        term: 'numbness around the genitals',
        variants: [
          'numbness around your genitals',
          'numbness in the genitals',
          'numbness in the genital area',
          'genital numbness',
          'tingling around the genitals',
          'tingling around your genitals',
          'numbness around the anus',
          'numbness around the buttocks',
          'numbness in the buttocks',
          'numbness around your bottom',
          'numbness around the bottom',
          'loss of sensation around the genitals',
        ],
      },
      zh: { term: '会阴麻木', variants: ['会阴部麻木', '会阴区麻木', '生殖器周围麻木', '肛周麻木'] },
      definition: {
        en: 'Loss of feeling, or tingling, around the genitals, bottom or buttocks. With back pain it is an emergency.',
        zh_CN: '生殖器、肛门或臀部周围失去知觉或刺痛；伴腰背痛时属于急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['fever-unwell'],
      en: {
        term: 'fever with back pain',
        variants: [
          'back pain with fever',
          'back pain with a fever',
          'back pain and fever',
          'fever and back pain',
          'lower back pain with fever',
          'lower back pain and fever',
          'fever and lower back pain',
          'back pain with a high temperature',
          'high temperature and back pain',
        ],
      },
      zh: {
        term: '腰痛伴发热',
        variants: ['腰痛伴发烧', '腰疼伴发烧', '腰痛发热', '发热伴腰痛', '腰背痛伴发热', '腰痛并发热'],
      },
      definition: {
        en: 'Back pain together with a high temperature. It can mean an infection, for example in the kidneys or spine, that needs urgent care.',
        zh_CN: '腰背痛同时发高烧，可能是肾脏或脊柱等处感染，需要尽快就医。',
      },
    },
    {
      category: 'urgent',
      signs: ['weight-loss-cancer'],
      en: {
        term: 'unexplained weight loss',
        variants: ['unintentional weight loss', 'weight loss without trying', 'losing weight without trying'],
      },
      zh: {
        term: '不明原因体重下降',
        variants: ['不明原因的体重减轻', '不明原因消瘦', '体重不明原因下降', '无故消瘦'],
      },
      definition: {
        en: 'Losing weight without trying. With back pain, a doctor should check it soon to rule out serious causes.',
        zh_CN: '没有刻意减肥体重却下降。伴腰背痛时应尽快请医生检查，排除严重病因。',
      },
    },
    {
      category: 'urgent',
      signs: ['fever-unwell'],
      en: {
        term: 'spinal infection',
        variants: [
          'infection of the spine',
          'spine infection',
          'discitis',
          'diskitis',
          'spinal abscess',
          'epidural abscess',
          'vertebral osteomyelitis',
        ],
      },
      zh: {
        term: '脊柱感染',
        variants: ['脊椎感染', '椎间盘炎', '脊柱结核', '化脓性脊柱炎', '硬膜外脓肿', '椎体骨髓炎'],
      },
      definition: {
        en: 'An infection of the spinal bones or discs, or the space around them, causing back pain, often with fever. It needs urgent care.',
        zh_CN: '脊椎骨、椎间盘或其周围间隙的感染，引起腰背痛，常伴发烧，需要尽快治疗。',
      },
    },
    {
      category: 'urgent',
      signs: ['leg-weakness', 'both-legs', 'bladder-bowel', 'weight-loss-cancer'],
      en: {
        term: 'spinal cord compression',
        variants: ['compression of the spinal cord', 'metastatic spinal cord compression', 'MSCC'],
      },
      zh: { term: '脊髓压迫', variants: ['脊髓受压', '转移性脊髓压迫'] },
      definition: {
        en: 'Pressure on the spinal cord, for example from a tumour or a broken bone. It can cause weakness or numbness and is an emergency.',
        zh_CN: '脊髓受压，例如因肿瘤或骨折，可致腿无力或麻木，属于急症。',
      },
    },
  ],
} as const satisfies WiderRecord;
