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
    en: 'Get an urgent appointment the same day if you have a fever or shivers, pain in your side or back under the ribs, or blood in your pee.',
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
    {
      category: 'beyond',
      en: {
        term: 'painful urination',
        variants: [
          'dysuria',
          'painful peeing',
          'pain when peeing',
          'pain when urinating',
          'burning when peeing',
          'burning when urinating',
          'burning sensation when peeing',
          'burning sensation when urinating',
          'burning urination',
          'stinging when peeing',
        ],
      },
      definition: {
        en: 'Pain, burning or stinging when you pee. Infections of the bladder or urethra are a common cause.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'blood in urine',
        variants: [
          'blood in the urine',
          'blood in your urine',
          'blood in pee',
          'blood in your pee',
          'bloody urine',
          'haematuria',
          'hematuria',
        ],
      },
      definition: {
        en: 'Blood in your pee, which can make it look pink, red or brown. It has many causes, including infections and kidney stones.',
      },
    },
  ],
} as const satisfies WiderRecord;
