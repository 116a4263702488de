import { links } from '../links';
import type { NamedRecord } from '../types';

export const nephritis = {
  id: 'nephritis',
  kind: 'named',
  title: {
    en: 'Nephritis',
  },
  summary: {
    en: 'Kidney inflammation; named by the article as a disease to rule out before blaming blood stasis.',
  },
  namedUnder: 'blood-stasis',
  links: [links.kidneyDiseasesMedline, links.kidneyInfectionNhs],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'nephritis',
        variants: [
          'glomerulonephritis',
          'kidney inflammation',
          'inflammation of the kidney',
          'renal inflammation',
          'glomerular nephritis',
          'interstitial nephritis',
          'tubulointerstitial nephritis',
          'lupus nephritis',
        ],
      },
      definition: {
        en: 'Inflammation of the kidneys, which can stop them filtering blood well. Unlike kidney deficiency, it is a real kidney disease.',
      },
    },
  ],
} as const satisfies NamedRecord;
