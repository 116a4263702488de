import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicFloorDysfunction = {
  id: 'pelvic-floor-dysfunction',
  kind: 'beyond',
  title: {
    en: 'Pelvic floor problems',
  },
  summary: {
    en: 'The sling of muscles and tissue holding up the bladder, bowel and womb becomes weak or injured, causing leaks, heaviness or pain.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.pelvicFloorMedline, links.pelvicFloorNichd],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pelvic floor dysfunction',
        variants: [
          'pelvic floor disorder',
          'pelvic floor problem',
          'pelvic floor muscle dysfunction',
          'pelvic floor weakness',
          'weak pelvic floor',
          'weak pelvic floor muscle',
          'weakened pelvic floor',
          'weakened pelvic floor muscle',
        ],
      },
      definition: {
        en: 'When the pelvic floor muscles do not work as they should: too weak, too tight, or not working together.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'hypertonic pelvic floor',
        variants: [
          'hypertonic pelvic floor muscle',
          'overactive pelvic floor',
          'overactive pelvic floor muscle',
          'non-relaxing pelvic floor',
          'pelvic floor tension',
          'pelvic floor muscle tension',
          'pelvic floor spasm',
          'pelvic floor muscle spasm',
        ],
      },
      definition: {
        en: 'Pelvic floor muscles that stay too tight and cannot relax, which can cause pelvic pain and painful sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'pelvic floor',
        variants: ['pelvic floor muscle'],
      },
      definition: {
        en: 'The sling of muscles across the bottom of the pelvis that holds up the bladder, bowel and, in women, the womb.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'pelvic organ prolapse',
        variants: [
          'pelvic prolapse',
          'uterine prolapse',
          'womb prolapse',
          'prolapsed womb',
          'prolapse of the womb',
          'vaginal prolapse',
          'cystocele',
          'rectocele',
          'enterocele',
        ],
      },
      definition: {
        en: 'When an organ in the pelvis, such as the womb, bladder or bowel, drops from its place and bulges into the vagina.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'urinary incontinence',
        variants: [
          'stress incontinence',
          'stress urinary incontinence',
          'urge incontinence',
          'leaking urine',
          'bladder leak',
        ],
      },
      definition: {
        en: 'Leaking pee without meaning to, for example when you cough, laugh or exercise, or with a sudden urge.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'faecal incontinence',
        variants: ['fecal incontinence', 'bowel incontinence', 'accidental bowel leakage'],
      },
      definition: {
        en: 'Leaking poo or wind without meaning to, or not being able to hold on until you reach a toilet.',
      },
    },
  ],
} as const satisfies WiderRecord;
