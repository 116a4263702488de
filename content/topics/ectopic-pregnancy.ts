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
    en: 'Emergency: call 999 (911 in the US) or go to A&E for a sudden, sharp pain in your tummy with dizziness, fainting, feeling sick or looking very pale. If you might be pregnant and have one-sided tummy pain, bleeding or shoulder-tip pain, get advice the same day.',
  },
  source: 'NHS',
  links: [links.ectopicPregnancyNhs, links.ectopicPregnancyMedline],
  terms: [
    {
      category: 'urgent',
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
      definition: {
        en: 'A pregnancy that grows outside the womb, usually in a fallopian tube. It cannot survive and can cause dangerous bleeding inside.',
      },
    },
    {
      category: 'urgent',
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
      definition: {
        en: 'When an ectopic pregnancy bursts the tube or tissue it grows in, causing bleeding inside the body: a medical emergency.',
      },
    },
    {
      category: 'urgent',
      en: {
        term: 'shoulder tip pain',
        variants: ['pain in the tip of the shoulder', 'pain in the tip of your shoulder'],
      },
      definition: {
        en: 'Pain where the shoulder ends and the arm begins. With a possible pregnancy or tummy pain, it can mean bleeding inside.',
      },
    },
  ],
} as const satisfies WiderRecord;
