import { links } from '../links';
import type { WiderRecord } from '../types';

export const prostatitis = {
  id: 'prostatitis',
  kind: 'beyond',
  title: {
    en: 'Prostatitis',
    zh_CN: '前列腺炎',
  },
  summary: {
    en: 'Swelling of the prostate gland. It can cause pain in the pelvis, genitals or lower back, pain when peeing, and pain when ejaculating.',
    zh_CN: '前列腺肿胀发炎，可引起盆腔、生殖器或腰部疼痛，以及排尿痛和射精痛。',
    zh_TW: '攝護腺腫脹發炎，可引起骨盆腔、生殖器或腰部疼痛，以及排尿痛和射精痛。',
  },
  getCare: {
    en: 'The NHS says: symptoms that come on suddenly, with pain, a fever or feeling unwell (acute prostatitis), need a doctor the same day: ask for an urgent GP appointment or call 111. Not being able to pee at all needs emergency help: go to A&E. See a GP if symptoms come and go for weeks or months.',
    zh_CN:
      '英国国民保健署（NHS）建议：症状突然出现，伴疼痛、发烧或全身不适（急性前列腺炎），需要当天看医生（英国为紧急预约全科医生或拨打111）。完全排不出尿属于急症，应立即去急诊（英国为A&E）。症状反复几周或几个月，应预约看医生。',
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
        zh_CN: '前列腺肿胀发炎，有时由感染引起，可导致盆腔、生殖器或腰部疼痛。',
        zh_TW: '攝護腺腫脹發炎，有時由感染引起，可導致骨盆腔、生殖器或腰部疼痛。',
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
        zh_CN: '症状反复三个月以上的前列腺炎，通常查不到感染，是最常见的类型。',
        zh_TW: '症狀反覆三個月以上的攝護腺炎，通常查不到感染，是最常見的類型。',
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
        zh_CN: '射精痛：射精时或射精后，生殖器、盆腔或腰部疼痛。',
        zh_TW: '射精痛：射精時或射精後，生殖器、骨盆腔或腰部疼痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
