import { links } from '../links';
import type { WiderRecord } from '../types';

export const labTests = {
  id: 'lab-tests',
  kind: 'treatment',
  title: {
    en: 'Urine and blood tests',
    zh_CN: '尿检和验血',
    zh_TW: '驗尿和驗血',
  },
  summary: {
    en: 'Samples of pee or blood, checked with a dipstick or in a lab for signs of infection, blood, inflammation and other problems.',
    zh_CN: '用试纸或在化验室检查尿液或血液样本，看有没有感染、尿中带血、炎症等问题的迹象。',
    zh_TW: '用試紙或在檢驗室檢查尿液或血液樣本，看有沒有感染、尿中帶血、炎症等問題的跡象。',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.urinalysisMedline, links.bloodTestsNhs, links.commonMedicalTestsMsdZh],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'urine test',
        variants: [
          'urinalysis',
          'urinalyses',
          'urine sample',
          'urine specimen',
          'urine culture',
          'urine dipstick',
          'urine dipstick test',
          'dipstick test',
          'midstream urine sample',
        ],
      },
      zh: { term: '尿常规', variants: ['尿常规检查', '尿检', '验尿', '尿液检查', '尿培养'] },
      definition: {
        en: 'A check of a pee sample, with a dipstick or in a lab, for signs of infection, blood or other problems.',
        zh_CN: '尿检（如尿常规）：用试纸或在化验室检查尿样，看有无感染、尿血等问题。',
        zh_TW: '驗尿（如尿液常規檢查）：用試紙或在檢驗室檢查尿樣，看有無感染、尿血等問題。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'blood test',
        variants: ['blood sample', 'blood work', 'bloodwork'],
      },
      zh: { term: '血液检查', variants: ['验血', '血常规', '抽血化验', '抽血检查'] },
      definition: {
        en: 'A small amount of blood, usually taken from the arm, checked in a lab for signs of infection, inflammation or other problems.',
        zh_CN: '验血：通常从手臂抽少量血，送化验室检查有无感染、炎症等问题。',
        zh_TW: '驗血：通常從手臂抽少量血，送檢驗室檢查有無感染、炎症等問題。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'pregnancy test',
      },
      zh: { term: '验孕', variants: ['验孕棒', '妊娠试验', '早孕试纸'] },
      definition: {
        en: 'A pee or blood test that looks for a hormone the body makes in early pregnancy.',
        zh_CN: '验孕：用尿液或血液检测怀孕早期身体分泌的一种激素。',
        zh_TW: '驗孕：用尿液或血液檢測懷孕早期身體分泌的一種荷爾蒙。',
      },
    },
  ],
} as const satisfies WiderRecord;
