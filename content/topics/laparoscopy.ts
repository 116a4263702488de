import { links } from '../links';
import type { WiderRecord } from '../types';

export const laparoscopy = {
  id: 'laparoscopy',
  kind: 'treatment',
  title: {
    en: 'Laparoscopy (keyhole surgery)',
  },
  summary: {
    en: 'An operation in which a thin tube with a camera goes in through a small cut in the tummy, so a surgeon can look inside and sometimes treat.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.laparoscopyNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'laparoscopy',
        variants: ['keyhole surgery', 'laparoscopic surgery', 'diagnostic laparoscopy'],
      },
      definition: {
        en: 'Keyhole surgery: a thin tube with a camera goes in through a small cut so a surgeon can look at, and sometimes treat, organs inside.',
      },
    },
  ],
} as const satisfies WiderRecord;
