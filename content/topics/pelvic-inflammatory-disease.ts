import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicInflammatoryDisease = {
  id: 'pelvic-inflammatory-disease',
  kind: 'beyond',
  title: {
    en: 'Pelvic inflammatory disease (PID)',
  },
  summary: {
    en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI; it can cause pelvic pain and deep pain during sex.',
  },
  getCare: {
    en: 'See a GP or sexual health clinic if you have symptoms. Get urgent help if you have severe pain low in your tummy, a high temperature or are being sick.',
  },
  source: 'NHS',
  links: [links.pidNhs, links.pidMedline, links.pidCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pelvic inflammatory disease',
        variants: ['PID', 'pelvic infection'],
      },
      definition: {
        en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI. It can cause pelvic pain and pain during sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'salpingitis',
        variants: ['inflammation of the fallopian tubes', 'fallopian tube infection'],
      },
      definition: {
        en: 'Infection and swelling of the fallopian tubes, the tubes that carry eggs to the womb. It is one form of PID.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'tubo-ovarian abscess',
      },
      definition: {
        en: 'A pocket of pus around a fallopian tube and ovary; a serious problem that pelvic inflammatory disease can lead to.',
      },
    },
  ],
} as const satisfies WiderRecord;
