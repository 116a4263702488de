import { links } from '../links';
import type { CauseRecord } from '../types';

export const kidneyDeficiency = {
  id: 'kidney-deficiency',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Kidney deficiency',
    zh_CN: '肾虚',
  },
  summary: {
    en: 'A traditional Chinese medicine idea, not a kidney disease: the article says it affects women as well as men and can cause low back pain.',
    zh_CN: '中医概念，不是西医所说的肾脏疾病：文章说女性和男性一样可能肾虚，并可引起腰痛。',
  },
  whatToDo: {
    en: 'The article suggests foods it calls kidney-nourishing, such as some organ meats, vegetables and fruit.',
    zh_CN: '文章建议吃一些它所说的补肾食物，例如部分动物内脏、蔬菜和水果。',
  },
  seeDoctor: null,
  links: [links.tcmNccih],
  terms: [
    {
      category: 'tcm',
      en: {
        term: 'kidney deficiency',
        variants: [
          'kidney qi deficiency',
          'kidney yang deficiency',
          'kidney yin deficiency',
          'deficiency of the kidney',
          'kidney essence deficiency',
          'kidney jing deficiency',
          'deficiency of kidney qi',
          'deficiency of kidney yang',
          'deficiency of kidney yin',
          'deficient kidney qi',
          'deficient kidney yang',
          'deficient kidney yin',
          'kidney deficiency syndrome',
          'kidney vacuity',
        ],
      },
      zh: {
        term: '肾虚',
        variants: [
          '肾亏',
          '肾气虚',
          '肾气不足',
          '肾气亏虚',
          '肾精不足',
          '肾精亏虚',
          '肾精亏损',
          '肾阳虚',
          '肾阳不足',
          '肾阳亏虚',
          '肾阴虚',
          '肾阴不足',
          '肾阴亏虚',
          '肾虚腰痛',
          '肾虚性腰痛',
          '肾亏腰痛',
        ],
      },
      definition: {
        en: 'In traditional Chinese medicine, a weakness of the body\'s "kidney" energy, said to cause low back pain; not a kidney disease.',
        zh_CN: '中医概念，不是肾脏疾病：指人体“肾”的精气不足，被认为会引起腰痛。',
      },
    },
    {
      category: 'tcm',
      en: {
        term: 'kidney qi',
        variants: ['kidney yang', 'kidney yin', 'kidney essence', 'kidney jing'],
      },
      zh: { term: '肾气', variants: ['肾阳', '肾阴', '肾精'] },
      definition: {
        en: 'In traditional Chinese medicine, kinds of life energy said to be stored in the "kidneys"; not about how the kidney organs work.',
        zh_CN: '中医概念：据说藏于“肾”的几种精气，与肾脏器官的功能无关。',
      },
    },
    {
      category: 'tcm',
      en: {
        term: 'nourishing the kidneys',
        variants: [
          'nourish the kidneys',
          'kidney-nourishing',
          'tonify the kidneys',
          'tonifying the kidneys',
          'kidney tonic',
        ],
      },
      zh: { term: '补肾', variants: ['养肾', '固肾', '补肾壮阳', '补肾固精', '温补肾阳', '滋阴补肾'] },
      definition: {
        en: 'In traditional Chinese medicine, foods or remedies said to strengthen "kidney" energy; not a treatment for kidney disease.',
        zh_CN: '中医说法：据称能增强“肾”气的食物或方药，并不是治疗肾病的方法。',
      },
    },
    {
      category: 'tcm',
      zh: { term: '腰为肾之府' },
      definition: {
        en: 'A traditional Chinese medicine saying that the lower back is the seat of the kidneys; a traditional idea, not a diagnosis.',
        zh_CN: '中医说法，认为腰是肾所在之处，因而把腰酸与肾联系起来；属传统观念，不是诊断。',
      },
    },
    {
      category: 'tcm',
      zh: { term: '腰膝酸软', variants: ['腰膝酸痛', '腰膝无力'] },
      definition: {
        en: 'Aching, weak lower back and knees: traditional Chinese medicine reads it as a sign of kidney deficiency, a traditional concept.',
        zh_CN: '腰部和膝部酸软无力，中医视为肾虚的表现之一；属中医概念，不是诊断。',
      },
    },
    {
      category: 'tcm',
      zh: { term: '房劳', variants: ['房劳过度', '房事不节', '房劳伤肾'] },
      definition: {
        en: 'Sexual overstrain: the traditional Chinese medicine idea that too much sex drains the kidneys; a traditional concept, not a diagnosis.',
        zh_CN: '中医概念，指性生活没有节制，被认为会损耗肾精、导致肾虚；属传统观念，不是诊断。',
      },
    },
  ],
} as const satisfies CauseRecord;
