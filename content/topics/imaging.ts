import { links } from '../links';
import type { WiderRecord } from '../types';

export const imaging = {
  id: 'imaging',
  kind: 'treatment',
  title: {
    en: 'Scans and X-rays',
  },
  summary: {
    en: 'Tests that make pictures of the inside of the body: X-rays and CT scans use radiation, MRI uses magnets, ultrasound uses sound waves.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.mriScansMedline, links.ctScansMedline, links.xRaysMedline, links.ultrasoundMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'MRI scan',
        variants: ['MRI', 'MRI scanning', 'magnetic resonance imaging', 'magnetic resonance scan'],
      },
      definition: {
        en: 'A scan that uses a strong magnet and radio waves to make detailed pictures of the inside of the body.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'CT scan',
        variants: [
          'CT scanning',
          'CAT scan',
          'computed tomography',
          'computed tomography scan',
          'computerised tomography',
          'computerized tomography',
        ],
      },
      definition: {
        en: 'A scan that uses X-rays and a computer to make detailed pictures, like slices, of the inside of the body.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'x-ray',
        variants: ['xray', 'radiograph'],
      },
      definition: {
        en: 'A quick picture of the inside of the body, especially the bones, made with a small amount of radiation.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ultrasound scan',
        variants: [
          'ultrasound',
          'ultrasonography',
          'sonogram',
          'sonography',
          'pelvic ultrasound',
          'pelvic ultrasound scan',
          'abdominal ultrasound',
          'transvaginal ultrasound',
          'transvaginal scan',
          'internal ultrasound',
        ],
      },
      definition: {
        en: 'A scan that uses sound waves to make moving pictures of the inside of the body, such as the womb or ovaries.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'bone density scan',
        variants: ['bone density test', 'bone mineral density test', 'DEXA scan', 'DXA scan', 'DEXA', 'DXA'],
      },
      definition: {
        en: 'A low-dose X-ray scan that measures how strong the bones are, to check for thinning bones (osteoporosis).',
      },
    },
  ],
} as const satisfies WiderRecord;
