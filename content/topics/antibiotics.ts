import { links } from '../links';
import type { WiderRecord } from '../types';

export const antibiotics = {
  id: 'antibiotics',
  kind: 'treatment',
  title: {
    en: 'Antibiotics',
    zh_CN: '抗生素',
  },
  summary: {
    en: 'Medicines that kill bacteria or stop them multiplying. They treat infections caused by bacteria, not by viruses.',
    zh_CN: '杀死细菌或阻止细菌繁殖的药物，用于治疗细菌感染，对病毒感染无效。',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.antibioticsMedline, links.antibioticsNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'antibiotic',
        variants: ['course of antibiotics'],
      },
      zh: { term: '抗生素', variants: ['抗菌药', '抗菌药物', '抗生素治疗'] },
      definition: {
        en: 'A medicine that kills bacteria or stops them multiplying. It does not work against viruses, such as colds or flu.',
        zh_CN: '杀死细菌或阻止细菌繁殖的药物，对感冒、流感等病毒感染无效。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'doxycycline',
      },
      zh: { term: '多西环素', variants: ['强力霉素'] },
      definition: {
        en: 'An antibiotic, taken as capsules or tablets, that works against many kinds of bacteria.',
        zh_CN: '一种抗生素，口服胶囊或片剂，对多种细菌有效。',
        zh_TW: '一種抗生素，口服膠囊或錠劑，對多種細菌有效。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'azithromycin',
      },
      zh: { term: '阿奇霉素' },
      definition: {
        en: 'An antibiotic that works against many kinds of bacteria, often given as a short course.',
        zh_CN: '一种对多种细菌有效的抗生素，疗程往往较短。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ceftriaxone',
      },
      zh: { term: '头孢曲松', variants: ['头孢曲松钠'] },
      definition: {
        en: 'An antibiotic given as an injection, used against some serious bacterial infections.',
        zh_CN: '一种注射用抗生素，用于某些严重的细菌感染。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'nitrofurantoin',
      },
      zh: { term: '呋喃妥因' },
      definition: {
        en: 'An antibiotic that works mainly in the bladder and urine.',
        zh_CN: '一种主要在膀胱和尿液中起作用的抗生素。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'trimethoprim',
      },
      zh: { term: '甲氧苄啶' },
      definition: {
        en: 'An antibiotic, taken as tablets or liquid, that works against some kinds of bacteria.',
        zh_CN: '一种抗生素，有片剂或口服液，对部分细菌有效。',
        zh_TW: '一種抗生素，有錠劑或口服液，對部分細菌有效。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ciprofloxacin',
      },
      zh: { term: '环丙沙星' },
      definition: {
        en: 'A strong antibiotic that works against many kinds of bacteria.',
        zh_CN: '一种作用较强、对多种细菌有效的抗生素。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'metronidazole',
      },
      zh: { term: '甲硝唑', variants: ['灭滴灵'] },
      definition: {
        en: 'An antibiotic that works against some bacteria and some tiny parasites.',
        zh_CN: '一种对部分细菌和某些微小寄生虫有效的抗生素。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '左氧氟沙星', variants: ['盐酸左氧氟沙星'] },
      definition: {
        en: 'Levofloxacin, a prescription antibiotic of the same family as ciprofloxacin, used for some urinary and other infections.',
        zh_CN: '左氧氟沙星，一种处方抗生素，与环丙沙星同属一类，用于部分泌尿道等感染。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '头孢克肟' },
      definition: {
        en: 'Cefixime, a prescription antibiotic of the cephalosporin family, taken by mouth.',
        zh_CN: '头孢克肟，一种口服的处方头孢类抗生素。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '磷霉素', variants: ['磷霉素氨丁三醇'] },
      definition: {
        en: 'Fosfomycin, a prescription antibiotic often given as a single dose for a bladder infection.',
        zh_CN: '磷霉素，一种处方抗生素，常以单次剂量用于膀胱感染。',
      },
    },
  ],
} as const satisfies WiderRecord;
