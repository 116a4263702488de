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
    en: 'The NHS says: symptoms that come on suddenly, with pain, a fever or feeling unwell (acute prostatitis), need a doctor the same day: ask for an urgent GP appointment or call 111. Not being able to pee at all needs emergency help: go to A&E. See a GP if symptoms come and go for weeks or months.',
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
      zh: {
        term: '前列腺炎',
        variants: ['慢性前列腺炎', '急性前列腺炎', '细菌性前列腺炎'],
        twVariants: ['攝護腺炎', '慢性攝護腺炎', '急性攝護腺炎'],
      },
      definition: {
        en: 'Swelling of the prostate gland, sometimes from an infection. It can cause pain in the pelvis, genitals or lower back.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'chronic prostatitis',
        variants: [
          'CP/CPPS',
          'chronic nonbacterial prostatitis',
          'chronic non-bacterial prostatitis',
          'chronic abacterial prostatitis',
        ],
      },
      definition: {
        en: 'Prostatitis whose symptoms come and go for three months or more, usually with no infection found; the most common kind.',
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
      zh: { term: '射精痛', variants: ['射精疼痛', '射精时疼痛'] },
      definition: {
        en: 'Pain in the genitals, pelvis or lower back during or after ejaculation.',
      },
    },
  ],
} as const satisfies WiderRecord;
