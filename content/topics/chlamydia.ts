import { links } from '../links';
import type { WiderRecord } from '../types';

export const chlamydia = {
  id: 'chlamydia',
  kind: 'beyond',
  title: {
    en: 'Chlamydia',
    zh_CN: '衣原体感染',
    zh_TW: '披衣菌感染',
  },
  summary: {
    en: 'A common STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
    zh_CN: '一种常见的细菌性性病，往往没有症状，但不治疗可能扩散并引起盆腔炎。',
    zh_TW: '一種常見的細菌性性病，往往沒有症狀，但不治療可能擴散並引起骨盆腔炎。',
  },
  getCare: {
    en: 'The NHS suggests a test at a sexual health clinic or a GP if you have symptoms, or if you or a partner might have been infected.',
    zh_CN: '英国国民保健署（NHS）建议：有症状，或自己、伴侣可能已被感染时，去性健康诊所（性病门诊）或看医生做检测。',
  },
  source: 'NHS',
  links: [links.chlamydiaNhs, links.chlamydiaMedline, links.chlamydiaCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'chlamydia',
        variants: ['chlamydia infection', 'chlamydial infection', 'chlamydia trachomatis'],
      },
      zh: {
        term: '衣原体感染',
        variants: ['衣原体', '沙眼衣原体', '沙眼衣原体感染'],
        twVariants: ['披衣菌', '披衣菌感染'],
      },
      definition: {
        en: 'One of the most common STIs, caused by bacteria. It often has no symptoms but can spread and cause PID.',
        zh_CN: '最常见的性病之一，由沙眼衣原体这种细菌引起，常无症状，但可能扩散并引起盆腔炎。',
        zh_TW: '最常見的性病之一，由砂眼披衣菌這種細菌引起，常無症狀，但可能擴散並引起骨盆腔炎。',
      },
    },
  ],
} as const satisfies WiderRecord;
