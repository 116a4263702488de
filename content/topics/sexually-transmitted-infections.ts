import { links } from '../links';
import type { WiderRecord } from '../types';

export const sexuallyTransmittedInfections = {
  id: 'sexually-transmitted-infections',
  kind: 'beyond',
  title: {
    en: 'Sexually transmitted infections (STIs)',
  },
  summary: {
    en: 'Infections passed on through sex or close genital contact. Many cause no symptoms, and some can cause pain during or after sex.',
  },
  getCare: {
    en: 'The NHS suggests a sexual health clinic or a GP whenever you might have an STI, with or without symptoms; testing there is confidential.',
  },
  source: 'NHS',
  links: [links.stiNhs, links.stiMedline, links.stiCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'sexually transmitted infection',
        variants: [
          'STI',
          'STD',
          'sexually transmitted disease',
          'sexually transmissible infection',
          'sexually acquired infection',
          'venereal disease',
        ],
      },
      zh: { term: '性传播疾病', variants: ['性传播感染', '性传染病', '性病'] },
      definition: {
        en: 'An infection passed from person to person through sex or close genital contact. Many cause no symptoms at all.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'genital herpes',
      },
      zh: { term: '生殖器疱疹' },
      definition: {
        en: 'A common STI caused by a virus. It can cause painful blisters or sores around the genitals that come back now and then.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'trichomoniasis',
        variants: ['trichomonas', 'trichomonas vaginalis'],
      },
      zh: { term: '滴虫病', variants: ['滴虫感染', '滴虫性阴道炎', '阴道毛滴虫病'] },
      definition: {
        en: 'An STI caused by a tiny parasite. It can cause discharge, soreness, and pain when peeing or during sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'mycoplasma genitalium',
      },
      zh: { term: '生殖支原体', variants: ['生殖支原体感染'], twVariants: ['生殖道黴漿菌'] },
      definition: {
        en: 'A bacterial STI that often has no symptoms but can cause swelling of the urethra or pelvic inflammatory disease.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'syphilis',
      },
      zh: { term: '梅毒' },
      definition: {
        en: 'A bacterial STI that often starts with a painless sore; without treatment it can cause serious problems years later.',
      },
    },
    {
      category: 'beyond',
      zh: { term: '人乳头瘤病毒', variants: ['人乳头状瘤病毒', 'HPV感染', 'HPV病毒'], twVariants: ['人類乳突病毒'] },
      definition: {
        en: 'Human papillomavirus (HPV), a common virus passed on through sexual contact; some types can lead to cervical cancer.',
        zh_CN: '人乳头瘤病毒（HPV），经性接触传播的常见病毒，部分型别可导致宫颈癌。',
      },
    },
  ],
} as const satisfies WiderRecord;
