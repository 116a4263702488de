import { links } from '../links';
import type { NamedRecord } from '../types';

export const kidneyStones = {
  id: 'kidney-stones',
  kind: 'named',
  title: {
    en: 'Kidney stones',
    zh_CN: '肾结石',
  },
  summary: {
    en: 'Named by the article as a disease to rule out before blaming blood stasis.',
    zh_CN: '文章提到的需要先排除的疾病之一，排除后才考虑瘀血腰痛。',
  },
  namedUnder: 'blood-stasis',
  links: [links.kidneyStonesMedline, links.kidneyStonesNhs, links.kidneyStonesNiddk],
  terms: [
    {
      category: 'condition',
      signs: ['fever-unwell'],
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
      zh: {
        term: '肾结石',
        variants: ['肾脏结石', '泌尿系结石', '泌尿系统结石', '尿路结石', '输尿管结石'],
        twVariants: ['腎石'],
      },
      definition: {
        en: 'A hard, pebble-like lump formed from minerals in urine inside a kidney. A moving stone can cause severe pain in the side or back.',
        zh_CN: '尿中矿物质在肾内形成的坚硬小石块。结石移动时可引起腰侧或背部剧痛。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'renal colic',
        variants: ['kidney stone pain', 'ureteric colic', 'ureteral colic'],
      },
      zh: { term: '肾绞痛', variants: ['输尿管绞痛'] },
      definition: {
        en: 'Sudden, severe, cramping pain in the side or back, usually from a kidney stone moving down the tube to the bladder.',
        zh_CN: '腰侧或背部突然出现的剧烈绞痛，多因肾结石沿输尿管向膀胱移动。',
      },
    },
  ],
} as const satisfies NamedRecord;
