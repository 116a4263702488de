import { links } from '../links';
import type { NamedRecord } from '../types';

export const nephritis = {
  id: 'nephritis',
  kind: 'named',
  title: {
    en: 'Nephritis',
    zh_CN: '肾炎',
  },
  summary: {
    en: 'Kidney inflammation; named by the article as a disease to rule out before blaming blood stasis.',
    zh_CN: '肾脏的炎症；文章提到的需要先排除的疾病之一，排除后才考虑瘀血腰痛。',
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
      zh: { term: '肾炎', variants: ['肾小球肾炎', '急性肾炎', '慢性肾炎'] },
      definition: {
        en: 'Inflammation of the kidneys, which can stop them filtering blood well. Unlike kidney deficiency, it is a real kidney disease.',
        zh_CN: '肾脏发炎，会影响肾脏过滤血液。它是真正的肾脏疾病，与中医的肾虚不同。',
      },
    },
  ],
} as const satisfies NamedRecord;
