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
    en: 'The NHS says: if you might have a kidney infection, ask for an urgent GP appointment or call 111 the same day if you have a very high temperature or shivers, a temperature below 36°C, pain low in your tummy or in your back under the ribs, blood in your pee, feel or are being sick, have not peed all day, or are pregnant. Call 999 or go to A&E if you are confused, drowsy or struggle to speak.',
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
      zh: { term: '肾盂肾炎', variants: ['急性肾盂肾炎', '肾脏感染', '肾感染', '上尿路感染'] },
      definition: {
        en: 'An infection of one or both kidneys, usually by bacteria that travel up from the bladder. It can cause fever and back or side pain.',
      },
    },
  ],
} as const satisfies WiderRecord;
