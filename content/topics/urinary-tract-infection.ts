import { links } from '../links';
import type { WiderRecord } from '../types';

export const urinaryTractInfection = {
  id: 'urinary-tract-infection',
  kind: 'beyond',
  title: {
    en: 'Urinary tract infection (UTI)',
    zh_CN: '尿路感染（UTI）',
  },
  summary: {
    en: 'An infection, usually by bacteria, of the bladder, the urethra or, more seriously, the kidneys.',
    zh_CN: '由细菌等引起的膀胱、尿道感染，更严重时会累及肾脏。',
  },
  getCare: {
    en: 'The NHS says: see a GP for a first UTI, if you are a man or pregnant, or if symptoms get worse, do not improve within 2 days or come back. Ask for an urgent GP appointment or call 111 the same day if you also have a very high temperature or shivers, a temperature below 36°C, pain low in your tummy or in your back under the ribs, or blood in your pee. Call 999 or go to A&E if you are confused, drowsy or struggle to speak.',
    zh_CN:
      '英国国民保健署（NHS）建议：第一次尿路感染、男性或孕妇，或症状加重、2天内不见好转、治好后又复发，应去看医生。若同时有高烧或寒战、体温低于36°C、下腹部或肋骨下方的腰背部疼痛、尿中带血，应当天尽快就医（英国为紧急预约全科医生或拨打111）。若出现意识混乱、嗜睡或说话困难，应立即拨打急救电话或去急诊（英国为999或A&E）。',
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
        zh_CN: '膀胱、尿道（把尿排出体外的管道）或肾脏的感染，通常由细菌引起。',
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
