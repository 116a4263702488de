import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicFloorExercises = {
  id: 'pelvic-floor-exercises',
  kind: 'treatment',
  title: {
    en: 'Pelvic floor exercises',
    zh_CN: '盆底肌训练（凯格尔运动）',
    zh_TW: '骨盆底肌訓練（凱格爾運動）',
  },
  summary: {
    en: 'Repeatedly squeezing and relaxing the muscles of the pelvic floor, which hold up the bladder and bowel, to make them stronger.',
    zh_CN: '反复收紧、放松托住膀胱和肠道的盆底肌，使其更有力。',
    zh_TW: '反覆收緊、放鬆托住膀胱和腸道的骨盆底肌，使其更有力。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.pelvicFloorExercisesNhs, links.kegelExercisesMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'pelvic floor exercise',
        variants: [
          'kegel exercise',
          'kegel',
          'pelvic floor muscle exercise',
          'pelvic muscle exercise',
          'pelvic floor muscle training',
          'pelvic floor training',
          'PFMT',
        ],
      },
      zh: {
        term: '凯格尔运动',
        variants: ['凯格尔训练', '盆底肌训练', '盆底肌锻炼', '盆底肌肉训练', '提肛运动', '缩肛运动'],
        twVariants: ['骨盆底肌肉運動', '骨盆底運動'],
      },
      definition: {
        en: 'Squeezing and relaxing the pelvic floor muscles, over and over, to make them stronger. Also called Kegel exercises.',
        zh_CN: '反复收缩、放松盆底肌，使其更有力，也叫凯格尔运动。',
        zh_TW: '反覆收縮、放鬆骨盆底肌，使其更有力，也叫凱格爾運動。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'pelvic floor physiotherapy',
        variants: [
          'pelvic floor physical therapy',
          'pelvic floor physio',
          'pelvic floor therapy',
          'pelvic health physiotherapy',
          'pelvic floor rehabilitation',
        ],
      },
      zh: {
        term: '盆底康复',
        variants: ['盆底康复治疗', '盆底肌康复', '产后盆底康复', '盆底物理治疗'],
        twVariants: ['骨盆底物理治療'],
      },
      definition: {
        en: 'Physiotherapy for the pelvic floor muscles, to strengthen weak muscles or help tight ones relax.',
        zh_CN: '盆底康复治疗：针对盆底肌的物理治疗，增强松弛的肌肉，或帮助过紧的肌肉放松。',
        zh_TW: '骨盆底復健治療：針對骨盆底肌的物理治療，增強鬆弛的肌肉，或幫助過緊的肌肉放鬆。',
      },
    },
  ],
} as const satisfies WiderRecord;
