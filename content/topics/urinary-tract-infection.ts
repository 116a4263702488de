import { links } from '../links';
import type { WiderRecord } from '../types';

export const urinaryTractInfection = {
  id: 'urinary-tract-infection',
  kind: 'beyond',
  title: {
    en: 'Urinary tract infection (UTI)',
  },
  summary: {
    en: 'An infection, usually by bacteria, of the bladder, the urethra or, more seriously, the kidneys.',
  },
  getCare: {
    en: 'The NHS says: see a GP for a first UTI, if you are a man or pregnant, or if symptoms get worse, do not improve within 2 days or come back. Ask for an urgent GP appointment or call 111 the same day if you also have a very high temperature or shivers, a temperature below 36°C, pain low in your tummy or in your back under the ribs, or blood in your pee. Call 999 or go to A&E if you are confused, drowsy or struggle to speak.',
  },
  source: 'NHS',
  links: [links.utiNhs, links.utiMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'urinary tract infection',
        variants: [
          'UTI',
          'urine infection',
          'water infection',
          'bladder infection',
          'cystitis',
          'urinary infection',
          'lower urinary tract infection',
          'lower UTI',
          'infection of the urinary tract',
          'honeymoon cystitis',
          'postcoital cystitis',
          'post-coital cystitis',
          'acute cystitis',
          'bacterial cystitis',
        ],
      },
      definition: {
        en: 'An infection, usually caused by bacteria, in the bladder, the tube that carries pee out, or the kidneys.',
      },
    },
  ],
} as const satisfies WiderRecord;
