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
    en: 'Go to a sexual health clinic or a GP if you think you might have an STI, even if you have no symptoms.',
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
      definition: {
        en: 'An infection passed from person to person through sex or close genital contact. Many cause no symptoms at all.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'genital herpes',
      },
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
      definition: {
        en: 'An STI caused by a tiny parasite. It can cause discharge, soreness, and pain when peeing or during sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'mycoplasma genitalium',
      },
      definition: {
        en: 'A bacterial STI that often has no symptoms but can cause swelling of the urethra or pelvic inflammatory disease.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'syphilis',
      },
      definition: {
        en: 'A bacterial STI that often starts with a painless sore; without treatment it can cause serious problems years later.',
      },
    },
  ],
} as const satisfies WiderRecord;
