import { links } from '../links';
import type { CauseRecord } from '../types';

/**
 * "Blood stasis" alone also means blood pooling in the veins (a clot risk), so only the
 * traditional concept's unambiguous forms are marked.
 */
export const bloodStasis = {
  id: 'blood-stasis',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Blood stasis',
    zh_CN: '瘀血腰痛',
  },
  summary: {
    en: 'A traditional Chinese medicine idea: after a strain or sprain, poor local flow of "qi and blood" is said to cause local tingling, needle-like pain.',
    zh_CN: '中医的说法，不是西医诊断：腰肌劳损或扭伤后，局部“气血”运行不畅，被认为会引起局部针刺样疼痛。',
    zh_TW: '中醫的說法，不是西醫診斷：腰肌勞損或扭傷後，局部“氣血”運行不暢，被認為會引起局部針刺樣疼痛。',
  },
  whatToDo: {
    en: 'First rule out organic diseases such as lumbar disc herniation, kidney stones or nephritis; early on they are hard to tell apart.',
    zh_CN: '先排除器质性疾病，如腰椎间盘突出、肾结石或肾炎；早期它们与瘀血腰痛很难区分。',
  },
  seeDoctor: {
    en: 'Have an examination: the article says it is necessary, because pain from those diseases lasts longer.',
    zh_CN: '应去做检查：文章说这是必要的，因为这些疾病引起的疼痛持续时间更长。',
  },
  links: [links.tcmNccih],
  terms: [
    {
      category: 'tcm',
      en: {
        term: 'blood stasis syndrome',
        variants: [
          'blood-stasis syndrome',
          'blood stasis pattern',
          'blood stasis low back pain',
          'low back pain due to blood stasis',
          'low back pain caused by blood stasis',
          'qi stagnation and blood stasis',
          'qi and blood stagnation',
          'stagnation of qi and blood',
          'poor circulation of qi and blood',
        ],
      },
      zh: { term: '血瘀证', variants: ['血瘀', '血瘀腰痛', '瘀血腰痛', '气滞血瘀', '气血瘀滞'] },
      definition: {
        en: 'In traditional Chinese medicine, blood (and qi) said to flow poorly or get stuck in one place, blamed for fixed, prickling pain.',
        zh_CN: '中医概念，不是西医诊断：指血（和气）运行不畅、瘀滞一处，被认为会引起固定的刺痛。',
        zh_TW: '中醫概念，不是西醫診斷：指血（和氣）運行不暢、瘀滯一處，被認為會引起固定的刺痛。',
      },
    },
    {
      category: 'tcm',
      zh: { term: '活血化瘀', variants: ['活血祛瘀'] },
      definition: {
        en: "A traditional Chinese medicine aim of 'moving the blood and clearing stasis'; a traditional concept, not a proven treatment.",
        zh_CN: '中医治法，意为促进血行、消散瘀血；属中医概念，并非经证实的疗法。',
      },
    },
  ],
} as const satisfies CauseRecord;
