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
      definition: {
        en: 'Pain felt anywhere in the back. It is very common and usually eases within a few weeks.',
        zh_CN: '背部任何部位的疼痛，非常常见，通常几周内会好转。',
      },
    },
  ],
} as const satisfies NamedRecord;
