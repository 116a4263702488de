import { links } from '../links';
import type { WiderRecord } from '../types';

export const ankylosingSpondylitis = {
  id: 'ankylosing-spondylitis',
  kind: 'beyond',
  title: {
    en: 'Ankylosing spondylitis',
    zh_CN: '强直性脊柱炎',
    zh_TW: '僵直性脊椎炎',
  },
  summary: {
    en: 'A long-term inflammatory arthritis of the spine and pelvis joints that usually starts before 45, causing back and buttock pain and stiffness, worse after rest.',
    zh_CN: '一种长期的炎症性关节炎，累及脊柱和骨盆的关节，多在45岁前发病，引起腰背和臀部疼痛、僵硬，休息后加重。',
    zh_TW: '一種長期的炎症性關節炎，累及脊椎和骨盆的關節，多在45歲前發病，引起腰背和臀部疼痛、僵硬，休息後加重。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit for back pain that crept up over weeks or months, has gone on for more than 3 months, and is worst in the morning but better once you move, especially if it began before 45.',
    zh_CN:
      '英国国民保健署（NHS）建议：腰背痛在几周或几个月里慢慢出现、持续超过3个月、早上最重而活动后减轻，尤其是45岁前开始的，应去看医生。',
  },
  source: 'NHS',
  links: [links.ankylosingSpondylitisNhs, links.ankylosingSpondylitisMedline, links.ankylosingSpondylitisNiams],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'ankylosing spondylitis',
        variants: [
          'axial spondyloarthritis',
          'axspa',
          'radiographic axial spondyloarthritis',
          'non-radiographic axial spondyloarthritis',
          'bechterew disease',
        ],
      },
      zh: { term: '强直性脊柱炎', variants: ['强直性脊椎炎'], twVariants: ['僵直性脊椎炎', '僵直性脊柱炎'] },
      definition: {
        en: 'A long-term arthritis that inflames the joints of the spine and pelvis, usually starting before 45, causing back pain and stiffness.',
        zh_CN: '一种长期关节炎，使脊柱和骨盆的关节发炎，多在45岁前发病，引起腰背痛和僵硬。',
        zh_TW: '一種長期關節炎，使脊椎和骨盆的關節發炎，多在45歲前發病，引起腰背痛和僵硬。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'inflammatory back pain',
      },
      zh: {
        term: '炎性腰背痛',
        variants: ['炎症性腰背痛', '炎性背痛', '炎性下腰痛'],
        twVariants: ['發炎性下背痛', '發炎性背痛'],
      },
      definition: {
        en: 'Back pain caused by inflammation: it starts gradually, is worst in the morning or after rest, and gets better with movement.',
        zh_CN: '炎性腰背痛：由炎症引起，起病缓慢，早上或休息后最重，活动后减轻。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'HLA-B27',
      },
      zh: { term: '人类白细胞抗原B27', variants: ['HLA-B27阳性'] },
      definition: {
        en: 'A gene that many people with ankylosing spondylitis carry. A blood test can look for it, but many carriers stay healthy.',
        zh_CN: '许多强直性脊柱炎患者携带的一种基因。验血可以查，但很多携带者一直健康。',
        zh_TW: '許多僵直性脊椎炎患者攜帶的一種基因。驗血可以查，但很多攜帶者一直健康。',
      },
    },
  ],
} as const satisfies WiderRecord;
