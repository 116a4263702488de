import { links } from '../links';
import type { WiderRecord } from '../types';

export const ectopicPregnancy = {
  id: 'ectopic-pregnancy',
  kind: 'beyond',
  title: {
    en: 'Ectopic pregnancy',
    zh_CN: '宫外孕（异位妊娠）',
    zh_TW: '子宮外孕（異位妊娠）',
  },
  summary: {
    en: 'A fertilised egg implants outside the womb, usually in a fallopian tube. It cannot become a baby and can burst, causing dangerous bleeding.',
    zh_CN: '受精卵在子宫以外着床，通常在输卵管。它无法发育成胎儿，而且可能破裂，引起危险的内出血。',
  },
  getCare: {
    en: 'The NHS says: call 999 (911 in the US) or go to A&E at once for a sudden, sharp, intense pain in your tummy together with feeling very dizzy or fainting, feeling sick or looking very pale. If you could be pregnant, even after a negative test, and have pain low on one side of your tummy, bleeding or a brown watery discharge, pain at the tip of your shoulder, or discomfort when peeing or pooing, contact a GP or 111 right away, the same day.',
    zh_CN:
      '英国国民保健署（NHS）建议：腹部突然剧烈锐痛，同时伴明显头晕或晕倒、恶心或脸色非常苍白，应立即拨打急救电话或去急诊（英国为999或A&E，美国为911）。如果有可能怀孕（即使验孕阴性），并出现一侧下腹痛、阴道出血或褐色水样分泌物、肩尖痛、排尿或排便时不适，应立即当天就医（英国为联系全科医生或拨打111）。',
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
        zh_CN: '在子宫以外（通常在输卵管）生长的妊娠，无法存活，可引起危险的内出血。',
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
        zh_CN: '宫外孕破裂：异位妊娠撑破所在的输卵管或组织，引起体内出血，属于急症。',
        zh_TW: '子宮外孕破裂：異位妊娠撐破所在的輸卵管或組織，引起體內出血，屬於急症。',
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
        zh_CN: '肩尖痛：肩膀最顶端、靠近手臂处疼痛。伴腹痛或有可能怀孕时，可能提示内出血。',
      },
    },
  ],
} as const satisfies WiderRecord;
