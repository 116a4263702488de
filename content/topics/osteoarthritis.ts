import { links } from '../links';
import type { WiderRecord } from '../types';

export const osteoarthritis = {
  id: 'osteoarthritis',
  kind: 'beyond',
  title: {
    en: 'Osteoarthritis (wear-and-tear arthritis), including of the spine',
    zh_CN: '骨关节炎（磨损性关节炎），包括脊柱骨关节炎',
    zh_TW: '退化性關節炎（骨關節炎），包括脊椎',
  },
  summary: {
    en: 'The most common arthritis: joints become painful and stiff as their smooth lining wears and bony growths form. In the spine it causes back pain and stiffness.',
    zh_CN:
      '最常见的关节炎：关节表面光滑的软骨磨损，并长出骨赘（骨刺），关节变得疼痛僵硬。发生在脊柱时会引起腰背痛和僵硬。',
    zh_TW:
      '最常見的關節炎：關節表面光滑的軟骨磨損，並長出骨贅（骨刺），關節變得疼痛僵硬。發生在脊椎時會引起腰背痛和僵硬。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit when joint pain or stiffness lasts, or keeps returning.',
    zh_CN: '英国国民保健署（NHS）建议：关节疼痛或僵硬持续不退或反复出现时，去看医生。',
  },
  source: 'NHS',
  links: [links.osteoarthritisNhs, links.osteoarthritisMedline, links.osteoarthritisNiams],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'osteoarthritis',
        variants: ['degenerative joint disease', 'degenerative arthritis', 'wear and tear arthritis'],
      },
      zh: { term: '骨关节炎', variants: ['骨性关节炎', '退行性关节炎', '退化性关节炎'] },
      definition: {
        en: 'The most common kind of arthritis: the smooth lining of joints wears down and bony growths form, making joints painful and stiff.',
        zh_CN: '最常见的关节炎：关节软骨磨损、长出骨赘，使关节疼痛、僵硬。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'facet joint arthritis',
        variants: [
          'facet arthritis',
          'facet joint osteoarthritis',
          'facet joint syndrome',
          'facet arthropathy',
          'facet joint arthropathy',
        ],
      },
      zh: { term: '腰椎小关节炎', variants: ['关节突关节炎', '腰椎小关节骨关节炎'] },
      definition: {
        en: 'Wear of the small joints that link the bones of the spine, which can cause lower back pain and stiffness.',
        zh_CN: '小关节（关节突关节）骨关节炎：连接椎骨的小关节磨损，可引起腰痛和僵硬。',
        zh_TW: '小關節（關節突關節）骨關節炎：連接椎骨的小關節磨損，可引起腰痛和僵硬。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'facet joint',
        variants: ['zygapophyseal joint'],
      },
      zh: { term: '腰椎小关节', variants: ['关节突关节', '脊椎小关节'] },
      definition: {
        en: 'One of the small pairs of joints at the back of the spine that link each bone to the next.',
        zh_CN: '小关节（关节突关节）：脊柱后方成对的小关节，把相邻的椎骨连在一起。',
        zh_TW: '小關節（關節突關節）：脊椎後方成對的小關節，把相鄰的椎骨連在一起。',
      },
    },
  ],
} as const satisfies WiderRecord;
