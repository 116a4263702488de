import { links } from '../links';
import type { WiderRecord } from '../types';

export const kidneyInfection = {
  id: 'kidney-infection',
  kind: 'beyond',
  title: {
    en: 'Kidney infection',
    zh_CN: '肾盂肾炎（肾脏感染）',
  },
  summary: {
    en: 'A bacterial infection of one or both kidneys, usually spread up from the bladder; it can cause pain in the lower back or side.',
    zh_CN: '一侧或双侧肾脏的细菌感染，通常由膀胱感染向上蔓延而来，可引起腰部或身体侧面疼痛。',
  },
  getCare: {
    en: 'The NHS says: if you might have a kidney infection, ask for an urgent GP appointment or call 111 the same day if you have a very high temperature or shivers, a temperature below 36°C, pain low in your tummy or in your back under the ribs, blood in your pee, feel or are being sick, have not peed all day, or are pregnant. Call 999 or go to A&E if you are confused, drowsy or struggle to speak.',
    zh_CN:
      '英国国民保健署（NHS）建议：怀疑肾脏感染时，如有高烧或寒战、体温低于36°C、下腹部或肋骨下方的腰背部疼痛、尿中带血、恶心或呕吐、一整天没有排尿，或正在怀孕，应当天尽快就医（英国为紧急预约全科医生或拨打111）。若出现意识混乱、嗜睡或说话困难，应立即拨打急救电话或去急诊（英国为999或A&E）。',
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
        zh_CN: '一侧或双侧肾脏的感染，多由细菌从膀胱上行引起，可出现发烧和腰背或侧腹疼痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
