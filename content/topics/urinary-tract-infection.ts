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
      zh: {
        term: '尿路感染',
        variants: [
          '泌尿系统感染',
          '泌尿系感染',
          '泌尿道感染',
          '尿道感染',
          '下尿路感染',
          '膀胱炎',
          '膀胱感染',
          '蜜月膀胱炎',
        ],
      },
      definition: {
        en: 'An infection, usually caused by bacteria, in the bladder, the tube that carries pee out, or the kidneys.',
      },
    },
    {
      category: 'beyond',
      zh: { term: '尿道炎', variants: ['非淋菌性尿道炎'] },
      definition: {
        en: 'Inflammation of the urethra, the tube urine leaves by, usually from an infection, sometimes a sexually transmitted one.',
        zh_CN: '尿道发炎，多由感染引起，其中一部分是性传播感染。',
      },
    },
  ],
} as const satisfies WiderRecord;
