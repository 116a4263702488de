import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicInflammatoryDisease = {
  id: 'pelvic-inflammatory-disease',
  kind: 'beyond',
  title: {
    en: 'Pelvic inflammatory disease (PID)',
  },
  summary: {
    en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI; it can cause pelvic pain and deep pain during sex.',
  },
  getCare: {
    en: 'The NHS says: ask for an urgent GP appointment or call 111 if you think you have PID, if pelvic pain comes and goes, if you have symptoms and are or could be pregnant, or if you are no better after 3 days of antibiotics. Call 999 or go to A&E if, with symptoms, you have severe or worsening pelvic pain or pain when you move or touch the area, pelvic pain with heavy bleeding, a sudden sharp pain low in your tummy, pain under the right ribs and in the right shoulder, dizziness or fainting, a very high temperature or shivers, or you feel or are being sick.',
  },
  source: 'NHS',
  links: [links.pidNhs, links.pidMedline, links.pidCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pelvic inflammatory disease',
        variants: ['PID', 'pelvic infection'],
      },
      zh: {
        term: '盆腔炎',
        variants: ['盆腔炎症', '盆腔炎性疾病', '急性盆腔炎', '慢性盆腔炎', '盆腔感染'],
        twVariants: ['骨盆腔炎', '骨盆腔發炎', '骨盆腔感染', '急性骨盆腔炎', '慢性骨盆腔炎'],
      },
      definition: {
        en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI. It can cause pelvic pain and pain during sex.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'salpingitis',
        variants: ['inflammation of the fallopian tubes', 'fallopian tube infection'],
      },
      zh: { term: '输卵管炎' },
      definition: {
        en: 'Infection and swelling of the fallopian tubes, the tubes that carry eggs to the womb. It is one form of PID.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'tubo-ovarian abscess',
      },
      zh: { term: '输卵管卵巢脓肿', variants: ['卵巢输卵管脓肿'], twVariants: ['輸卵管卵巢膿瘍', '卵巢輸卵管膿瘍'] },
      definition: {
        en: 'A pocket of pus around a fallopian tube and ovary; a serious problem that pelvic inflammatory disease can lead to.',
      },
    },
    {
      category: 'beyond',
      zh: { term: '附件炎', variants: ['慢性附件炎', '急性附件炎'] },
      definition: {
        en: 'Inflammation of the fallopian tubes and ovaries, usually from an infection; a form of pelvic inflammatory disease.',
        zh_CN: '输卵管和卵巢发炎，多由感染引起，属于盆腔炎的一种。',
      },
    },
  ],
} as const satisfies WiderRecord;
