import { links } from '../links';
import type { WiderRecord } from '../types';

export const interstitialCystitis = {
  id: 'interstitial-cystitis',
  kind: 'beyond',
  title: {
    en: 'Interstitial cystitis (bladder pain syndrome)',
    zh_CN: '间质性膀胱炎（膀胱疼痛综合征）',
    zh_TW: '間質性膀胱炎（膀胱疼痛症候群）',
  },
  summary: {
    en: 'A long-term bladder problem with pressure and pain in the bladder and belly, often an urgent or frequent need to pee, and sometimes painful sex.',
    zh_CN: '一种长期膀胱疾病：膀胱和腹部有压迫感和疼痛，常有尿急、尿频，有时性生活疼痛。',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.interstitialCystitisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'interstitial cystitis',
        variants: ['IC', 'BPS', 'bladder pain syndrome', 'painful bladder syndrome'],
      },
      zh: { term: '间质性膀胱炎', variants: ['膀胱疼痛综合征'], twVariants: ['膀胱疼痛症候群'] },
      definition: {
        en: 'A long-term bladder condition with pelvic pain and a frequent, urgent need to pee, without an infection being the cause.',
        zh_CN: '一种长期膀胱疾病，有盆腔疼痛和尿频、尿急，但并非感染所致。',
        zh_TW: '一種長期膀胱疾病，有骨盆腔疼痛和尿頻、尿急，但並非感染所致。',
      },
    },
  ],
} as const satisfies WiderRecord;
