import { links } from '../links';
import type { WiderRecord } from '../types';

export const prostatitis = {
  id: 'prostatitis',
  kind: 'beyond',
  title: {
    en: 'Prostatitis',
  },
  summary: {
    en: 'Swelling of the prostate gland. It can cause pain in the pelvis, genitals or lower back, pain when peeing, and pain when ejaculating.',
  },
  getCare: {
    en: 'See a GP straight away if symptoms come on suddenly with pain and a fever. Not being able to pee at all needs urgent medical help.',
  },
  source: 'NHS',
  links: [links.prostatitisNhs, links.prostatitisNiddk],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'prostatitis',
        variants: [
          'inflamed prostate',
          'prostate inflammation',
          'inflammation of the prostate',
          'prostate infection',
          'acute prostatitis',
          'acute bacterial prostatitis',
          'chronic bacterial prostatitis',
        ],
      },
      definition: {
        en: 'Swelling of the prostate gland, sometimes from an infection. It can cause pain in the pelvis, genitals or lower back.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'chronic pelvic pain syndrome',
        variants: [
          'CPPS',
          'CP/CPPS',
          'chronic nonbacterial prostatitis',
          'chronic non-bacterial prostatitis',
          'chronic abacterial prostatitis',
        ],
      },
      definition: {
        en: 'Pelvic pain lasting three months or more with no infection found; the most common kind of prostatitis.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'painful ejaculation',
        variants: [
          'pain on ejaculation',
          'pain during ejaculation',
          'pain when ejaculating',
          'pain after ejaculation',
          'ejaculatory pain',
        ],
      },
      definition: {
        en: 'Pain in the genitals, pelvis or lower back during or after ejaculation.',
      },
    },
  ],
} as const satisfies WiderRecord;
