import { links } from '../links';
import type { WiderRecord } from '../types';

export const interstitialCystitis = {
  id: 'interstitial-cystitis',
  kind: 'beyond',
  title: {
    en: 'Interstitial cystitis (bladder pain syndrome)',
  },
  summary: {
    en: 'A long-term bladder problem with pressure and pain in the bladder and belly, often an urgent or frequent need to pee, and sometimes painful sex.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.interstitialCystitisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'interstitial cystitis',
        variants: ['IC', 'BPS', 'bladder pain syndrome', 'painful bladder syndrome'],
      },
      definition: {
        en: 'A long-term bladder condition with pelvic pain and a frequent, urgent need to pee, without an infection being the cause.',
      },
    },
  ],
} as const satisfies WiderRecord;
