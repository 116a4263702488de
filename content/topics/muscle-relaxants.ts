import { links } from '../links';
import type { WiderRecord } from '../types';

export const muscleRelaxants = {
  id: 'muscle-relaxants',
  kind: 'treatment',
  title: {
    en: 'Muscle relaxants',
    zh_CN: '肌肉松弛剂',
  },
  summary: {
    en: 'Prescription medicines that help tight, spasming muscles relax; some, such as diazepam, can make you drowsy or dizzy.',
    zh_CN: '帮助紧张、痉挛的肌肉放松的处方药；有些（如地西泮）会让人犯困或头晕。',
    zh_TW: '幫助緊張、痙攣的肌肉放鬆的處方藥；有些（如二氮平）會讓人想睡或頭暈。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.backPainNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'muscle relaxant',
        variants: ['muscle relaxer', 'skeletal muscle relaxant'],
      },
      zh: { term: '肌肉松弛剂', variants: ['肌肉松弛药', '肌松药', '肌松剂'] },
      definition: {
        en: 'A prescription medicine that helps tight or spasming muscles loosen. Many cause drowsiness.',
        zh_CN: '帮助紧张或痉挛的肌肉放松的处方药，很多会引起嗜睡。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'diazepam',
        variants: ['valium'],
      },
      zh: { term: '地西泮' },
      definition: {
        en: 'A calming medicine that also relaxes muscles. It often causes drowsiness and can be habit-forming.',
        zh_CN: '地西泮（安定）：一种镇静药，也能放松肌肉，常引起嗜睡，可能产生依赖。',
        zh_TW: '二氮平：一種鎮靜藥，也能放鬆肌肉，常引起嗜睡，可能產生依賴。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'cyclobenzaprine',
      },
      zh: { term: '环苯扎林' },
      definition: {
        en: 'A prescription muscle relaxant that often causes drowsiness.',
        zh_CN: '一种处方肌肉松弛剂，常引起嗜睡。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'methocarbamol',
      },
      zh: { term: '美索巴莫' },
      definition: {
        en: 'A prescription muscle relaxant that can cause drowsiness or dizziness.',
        zh_CN: '一种处方肌肉松弛剂，可能引起嗜睡或头晕。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '乙哌立松', variants: ['盐酸乙哌立松'] },
      definition: {
        en: 'Eperisone, a prescription muscle relaxant used in China and Japan for stiff, painful back muscles.',
        zh_CN: '乙哌立松，一种处方肌肉松弛药，用于腰背肌肉僵硬疼痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
