import { links } from '../links';
import type { WiderRecord } from '../types';

export const ectopicPregnancy = {
  id: 'ectopic-pregnancy',
  kind: 'beyond',
  title: {
    en: 'Ectopic pregnancy',
  },
  summary: {
    en: 'A fertilised egg implants outside the womb, usually in a fallopian tube. It cannot become a baby and can burst, causing dangerous bleeding.',
  },
  getCare: {
    en: 'The NHS says: call 999 (911 in the US) or go to A&E at once for a sudden, sharp, intense pain in your tummy together with feeling very dizzy or fainting, feeling sick or looking very pale. If you could be pregnant, even after a negative test, and have pain low on one side of your tummy, bleeding or a brown watery discharge, pain at the tip of your shoulder, or discomfort when peeing or pooing, contact a GP or 111 right away, the same day.',
  },
  source: 'NHS',
  links: [links.ectopicPregnancyNhs, links.ectopicPregnancyMedline],
  terms: [
    {
      category: 'urgent',
      signs: ['pregnancy-emergency', 'pregnancy-warning'],
      en: {
        term: 'ectopic pregnancy',
        variants: [
          'tubal pregnancy',
          'extrauterine pregnancy',
          'extra-uterine pregnancy',
          'pregnancy outside the womb',
          'pregnancy outside the uterus',
          'ectopic gestation',
          'cornual pregnancy',
          'interstitial pregnancy',
          'cervical pregnancy',
          'ovarian pregnancy',
          'abdominal pregnancy',
          'caesarean scar pregnancy',
          'cesarean scar pregnancy',
        ],
      },
      zh: { term: '异位妊娠', variants: ['宫外孕', '子宫外孕', '输卵管妊娠', '输卵管异位妊娠'] },
      definition: {
        en: 'A pregnancy that grows outside the womb, usually in a fallopian tube. It cannot survive and can cause dangerous bleeding inside.',
      },
    },
    {
      category: 'urgent',
      signs: ['pregnancy-emergency'],
      en: {
        term: 'ruptured ectopic pregnancy',
        variants: [
          'ruptured ectopic',
          'ruptured tubal pregnancy',
          'ruptured fallopian tube',
          'ectopic rupture',
          'tubal rupture',
        ],
      },
      zh: { term: '宫外孕破裂', variants: ['异位妊娠破裂', '子宫外孕破裂', '输卵管妊娠破裂', '输卵管破裂'] },
      definition: {
        en: 'When an ectopic pregnancy bursts the tube or tissue it grows in, causing bleeding inside the body: a medical emergency.',
      },
    },
    {
      category: 'urgent',
      signs: ['pregnancy-warning', 'pregnancy-emergency'],
      en: {
        term: 'shoulder tip pain',
        variants: ['pain in the tip of the shoulder', 'pain in the tip of your shoulder'],
      },
      zh: { term: '肩尖痛', variants: ['肩尖部疼痛', '肩膀尖端疼痛'] },
      definition: {
        en: 'Pain at the very top of the shoulder, near the arm. With tummy pain, or when pregnancy is possible, it can signal internal bleeding.',
      },
    },
  ],
} as const satisfies WiderRecord;
