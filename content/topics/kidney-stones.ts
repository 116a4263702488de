import { links } from '../links';
import type { NamedRecord } from '../types';

export const kidneyStones = {
  id: 'kidney-stones',
  kind: 'named',
  title: {
    en: 'Kidney stones',
  },
  summary: {
    en: 'Named by the article as a disease to rule out before blaming blood stasis.',
  },
  namedUnder: 'blood-stasis',
  links: [links.kidneyStonesMedline, links.kidneyStonesNhs, links.kidneyStonesNiddk],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'kidney stone',
        variants: [
          'renal calculus',
          'renal calculi',
          'nephrolithiasis',
          'kidney calculus',
          'kidney calculi',
          'renal stone',
          'nephrolith',
          'stone in the kidney',
          'stones in the kidney',
          'kidney stone disease',
          'ureteric stone',
          'ureteral stone',
          'staghorn calculus',
          'staghorn calculi',
        ],
      },
      definition: {
        en: 'A hard, pebble-like lump formed from minerals in urine inside a kidney. A moving stone can cause severe pain in the side or back.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'renal colic',
        variants: ['kidney stone pain', 'ureteric colic', 'ureteral colic'],
      },
      definition: {
        en: 'Sudden, severe, cramping pain in the side or back, usually from a kidney stone moving down the tube to the bladder.',
      },
    },
  ],
} as const satisfies NamedRecord;
