import { links } from '../links';
import type { NamedRecord } from '../types';

export const backPain = {
  id: 'back-pain',
  kind: 'named',
  title: {
    en: 'Low back pain',
    zh_CN: '腰痛',
  },
  summary: {
    en: 'The symptom the article is about; its checklist lists the causes it names.',
    zh_CN: '文章讨论的症状；清单列出文章所说的各种原因。',
  },
  namedUnder: null,
  links: [links.backPainMedline, links.backPainNhs, links.backPainNiams],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'low back pain',
        variants: [
          'lower back pain',
          'low-back pain',
          'lumbar pain',
          'pain in the lower back',
          'chronic low back pain',
          'chronic lower back pain',
        ],
      },
      zh: {
        term: '腰痛',
        variants: [
          '腰疼',
          '下腰痛',
          '下背痛',
          '腰部疼痛',
          '慢性腰痛',
          '慢性下腰痛',
          '下背部疼痛',
          '腰骶部疼痛',
          '腰骶痛',
        ],
      },
      definition: {
        en: 'Pain in the lower part of the back, between the bottom of the ribs and the top of the legs.',
        zh_CN: '背部下方、肋骨下缘到大腿根之间的疼痛。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'backache',
        variants: ['back ache', 'aching back', 'sore back', 'sore lower back'],
      },
      zh: {
        term: '腰酸',
        variants: ['腰酸痛', '腰酸疼', '腰部酸痛', '腰部酸胀', '腰酸背痛', '腰背酸痛'],
        twVariants: ['腰部痠脹'],
      },
      definition: {
        en: 'An everyday word for a dull, aching pain in the back, most often the lower back.',
        zh_CN: '日常说法，指背部（多为下腰部）隐隐的酸痛。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'lumbago',
        variants: ['lumbalgia'],
      },
      definition: {
        en: 'An older name for pain in the lower back, whatever its cause.',
        zh_CN: '下腰痛的旧称，不论病因。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'back pain',
        variants: ['chronic back pain', 'muscular back pain'],
      },
      zh: { term: '背痛', variants: ['背疼', '腰背痛', '腰背疼痛', '背部疼痛', '后背痛', '后背疼'] },
      definition: {
        en: 'Pain felt anywhere in the back. It is very common and usually eases within a few weeks.',
        zh_CN: '背部任何部位的疼痛，非常常见，通常几周内会好转。',
      },
    },
    {
      category: 'symptom',
      zh: { term: '腰腿痛', variants: ['腰腿疼', '腰腿疼痛'] },
      definition: {
        en: 'Pain in the lower back that also runs down one or both legs; it has many causes, a disc problem among them.',
        zh_CN: '腰部疼痛并向一侧或两侧腿部延伸，原因很多，椎间盘问题是其中之一。',
      },
    },
  ],
} as const satisfies NamedRecord;
