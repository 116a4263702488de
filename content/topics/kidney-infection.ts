import { links } from '../links';
import type { WiderRecord } from '../types';

export const kidneyInfection = {
  id: 'kidney-infection',
  kind: 'beyond',
  title: {
    en: 'Kidney infection',
  },
  summary: {
    en: 'A bacterial infection of one or both kidneys, usually spread up from the bladder; it can cause pain in the lower back or side.',
  },
  getCare: {
    en: 'Get an urgent appointment if you have a high temperature or shivers, pain in your back or side under the ribs, or blood in your pee. Go to A&E if you are confused or very drowsy.',
  },
  source: 'NHS',
  links: [links.kidneyInfectionNhs, links.kidneyInfectionNiddk],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'kidney infection',
        variants: [
          'pyelonephritis',
          'upper urinary tract infection',
          'upper UTI',
          'renal infection',
          'infection of the kidney',
          'infection of the kidneys',
        ],
      },
      definition: {
        en: 'An infection of one or both kidneys, usually by bacteria that travel up from the bladder. It can cause fever and back or side pain.',
      },
    },
  ],
} as const satisfies WiderRecord;
