import { links } from '../links';
import type { WiderRecord } from '../types';

/**
 * "Arthritis" on its own, and the kinds other than osteoarthritis, as one general topic: the
 * word names several diseases with different causes, so no term here borrows one kind's summary.
 */
export const arthritis = {
  id: 'arthritis',
  kind: 'beyond',
  title: {
    en: 'Arthritis (several kinds)',
    zh_CN: '关节炎（多种类型）',
    zh_TW: '關節炎（多種類型）',
  },
  summary: {
    en: 'A general word for pain, swelling and stiffness in joints. It has several kinds with different causes, among them osteoarthritis (wear of the joints), ankylosing spondylitis and rheumatoid arthritis (the immune system attacking the joints).',
    zh_CN:
      '关节疼痛、肿胀、僵硬的统称。关节炎分好几种，成因各不相同，例如骨关节炎（关节磨损），以及强直性脊柱炎和类风湿关节炎（免疫系统攻击关节）。',
    zh_TW:
      '關節疼痛、腫脹、僵硬的統稱。關節炎分好幾種，成因各不相同，例如骨關節炎（關節磨損），以及僵直性脊椎炎和類風濕性關節炎（免疫系統攻擊關節）。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit when joint pain, swelling or stiffness lasts. If it could be rheumatoid arthritis, go early: prompt treatment helps protect the joints.',
    zh_CN:
      '英国国民保健署（NHS）建议：关节疼痛、肿胀或僵硬迟迟不退时去看医生。若怀疑是类风湿关节炎，要尽早就诊，及时治疗有助于保护关节。',
    zh_TW:
      '英國國民保健署（NHS）建議：關節疼痛、腫脹或僵硬遲遲不退時去看醫生。若懷疑是類風濕性關節炎，要儘早就診，及時治療有助於保護關節。',
  },
  source: 'NHS',
  links: [links.arthritisNhs, links.rheumatoidArthritisNhs],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'arthritis',
      },
      zh: { term: '关节炎' },
      definition: {
        en: 'Pain, swelling and stiffness in one or more joints. There are many kinds; osteoarthritis is the most common.',
        zh_CN: '一个或多个关节疼痛、肿胀、僵硬。关节炎有很多种，最常见的是骨关节炎。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'spinal arthritis',
        variants: [
          'arthritis of the spine',
          'arthritis in the spine',
          'arthritis in the back',
          'back arthritis',
          'lumbar arthritis',
        ],
      },
      zh: { term: '脊柱骨关节炎', variants: ['腰椎骨关节炎', '脊椎骨关节炎'] },
      definition: {
        en: 'Arthritis in the joints of the spine, from wear (osteoarthritis) or inflammation (such as ankylosing spondylitis). It can cause back pain and stiffness.',
        zh_CN: '脊柱关节的关节炎，可由磨损（骨关节炎）或炎症（如强直性脊柱炎）引起，会导致腰背痛和僵硬。',
        zh_TW: '脊椎關節的關節炎，可由磨損（骨關節炎）或炎症（如僵直性脊椎炎）引起，會導致腰背痛和僵硬。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'rheumatoid arthritis',
      },
      zh: { term: '类风湿关节炎', variants: ['类风湿性关节炎', '类风湿'] },
      definition: {
        en: 'A long-term disease in which the immune system attacks the joints, making them swollen, painful and stiff. It differs from osteoarthritis.',
        zh_CN: '一种长期疾病：免疫系统攻击关节，使关节肿胀、疼痛、僵硬。它和骨关节炎不是一回事。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'inflammatory arthritis',
      },
      zh: { term: '炎性关节炎', variants: ['炎症性关节炎'], twVariants: ['發炎性關節炎'] },
      definition: {
        en: 'Joint pain and swelling caused by the body’s own defences attacking the joints, not by wear, as in ankylosing spondylitis or rheumatoid arthritis.',
        zh_CN: '由自身免疫系统攻击关节引起的关节疼痛肿胀，并非磨损所致，例如强直性脊柱炎、类风湿关节炎。',
        zh_TW: '由自身免疫系統攻擊關節引起的關節疼痛腫脹，並非磨損所致，例如僵直性脊椎炎、類風濕性關節炎。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'spondyloarthritis',
        variants: ['spondyloarthropathy', 'spondylarthritis'],
      },
      zh: {
        term: '脊柱关节炎',
        variants: ['脊柱关节病', '中轴型脊柱关节炎'],
        twVariants: ['脊椎關節炎', '脊椎關節病變'],
      },
      definition: {
        en: 'A family of inflammatory arthritis conditions that often affect the spine; ankylosing spondylitis is the best known.',
        zh_CN: '一组常累及脊柱的炎症性关节炎，其中最广为人知的是强直性脊柱炎。',
        zh_TW: '一組常累及脊椎的炎症性關節炎，其中最廣為人知的是僵直性脊椎炎。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'psoriatic arthritis',
      },
      zh: { term: '银屑病关节炎', variants: ['银屑病性关节炎', '牛皮癣关节炎'], twVariants: ['乾癬性關節炎'] },
      definition: {
        en: 'Arthritis that affects some people with the skin condition psoriasis. It can involve the spine as well as other joints.',
        zh_CN: '部分银屑病患者会出现的关节炎，除了其他关节，也可能累及脊柱。',
        zh_TW: '部分乾癬患者會出現的關節炎，除了其他關節，也可能累及脊椎。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'reactive arthritis',
        variants: ['sexually acquired reactive arthritis'],
      },
      zh: { term: '反应性关节炎' },
      definition: {
        en: 'Painful, swollen joints set off by an infection elsewhere in the body, such as chlamydia or a stomach bug.',
        zh_CN: '身体其他部位的感染（如衣原体感染或肠胃炎）之后引发的关节疼痛、肿胀。',
        zh_TW: '身體其他部位的感染（如披衣菌感染或腸胃炎）之後引發的關節疼痛、腫脹。',
      },
    },
  ],
} as const satisfies WiderRecord;
