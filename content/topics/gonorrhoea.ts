import { links } from '../links';
import type { WiderRecord } from '../types';

export const gonorrhoea = {
  id: 'gonorrhoea',
  kind: 'beyond',
  title: {
    en: 'Gonorrhoea',
    zh_CN: '淋病',
  },
  summary: {
    en: 'An STI caused by bacteria. It often has no symptoms, but left untreated it can spread and cause pelvic inflammatory disease.',
    zh_CN: '由细菌引起的性病，往往没有症状，但不治疗可能扩散并引起盆腔炎。',
    zh_TW: '由細菌引起的性病，往往沒有症狀，但不治療可能擴散並引起骨盆腔炎。',
  },
  getCare: {
    en: 'The NHS suggests a test at a sexual health clinic or a GP if you have symptoms, or if you or a partner might have been infected.',
    zh_CN: '英国国民保健署（NHS）建议：有症状，或自己、伴侣可能已被感染时，去性健康诊所（性病门诊）或看医生做检测。',
  },
  source: 'NHS',
  links: [links.gonorrhoeaNhs, links.gonorrheaMedline, links.gonorrheaCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'gonorrhoea',
        variants: ['gonorrhea', 'the clap', 'gonococcal infection', 'neisseria gonorrhoeae'],
      },
      zh: {
        term: '淋病',
        variants: ['淋球菌感染', '淋球菌', '淋病奈瑟菌', '淋菌性尿道炎'],
        twVariants: ['淋病雙球菌'],
      },
      definition: {
        en: 'An STI caused by bacteria. It often has no symptoms but, left untreated, can spread and cause PID.',
        zh_CN: '由淋球菌这种细菌引起的性病，常无症状，但不治疗可能扩散并引起盆腔炎。',
        zh_TW: '由淋病雙球菌這種細菌引起的性病，常無症狀，但不治療可能擴散並引起骨盆腔炎。',
      },
    },
  ],
} as const satisfies WiderRecord;
