import { links } from '../links';
import type { WiderRecord } from '../types';

export const endometriosis = {
  id: 'endometriosis',
  kind: 'beyond',
  title: {
    en: 'Endometriosis',
  },
  summary: {
    en: 'Tissue like the lining of the womb grows elsewhere, such as on the ovaries, causing long-term pelvic or lower back pain and pain during or after sex.',
  },
  getCare: {
    en: 'See a GP if you have symptoms, especially if they have a big effect on your daily life.',
  },
  source: 'NHS',
  links: [links.endometriosisNhs, links.endometriosisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'endometriosis',
      },
      definition: {
        en: 'Tissue like the lining of the womb grows in other places, such as the ovaries, causing pelvic pain, painful periods and painful sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'endometrioma',
        variants: ['ovarian endometrioma', 'endometriotic cyst', 'chocolate cyst'],
      },
      definition: {
        en: 'A cyst on an ovary filled with old, dark blood, caused by endometriosis.',
      },
    },
  ],
} as const satisfies WiderRecord;
