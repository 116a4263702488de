import { links } from '../links';
import type { WiderRecord } from '../types';

/**
 * "Anti-inflammatory" alone names two different families of medicine, so the plain forms have
 * a topic of their own instead of being read as NSAIDs.
 */
export const antiInflammatories = {
  id: 'anti-inflammatories',
  kind: 'treatment',
  title: {
    en: 'Anti-inflammatory medicines',
    zh_CN: '抗炎药',
  },
  summary: {
    en: 'Medicines that calm inflammation. The word covers two different families: NSAIDs such as ibuprofen, which also ease pain, and steroids (corticosteroids), which are stronger and used in other ways. A page may mean either.',
    zh_CN:
      '能减轻炎症的药物，包括两类不同的药：一类是布洛芬等非甾体抗炎药，同时能止痛；另一类是类固醇（糖皮质激素），作用更强，用法也不同。网页上说的“抗炎药”可能指其中任何一类。',
    zh_TW:
      '能減輕炎症的藥物，包括兩類不同的藥：一類是布洛芬等非類固醇消炎止痛藥，同時能止痛；另一類是類固醇（皮質類固醇），作用更強，用法也不同。網頁上說的「抗炎藥」可能指其中任何一類。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.nsaidsNhs, links.steroidsNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'anti-inflammatory medicine',
        variants: ['anti-inflammatory drug', 'anti-inflammatory medication', 'anti-inflammatories'],
      },
      zh: { term: '抗炎药', variants: ['抗炎药物', '抗炎症药'] },
      definition: {
        en: 'A medicine that calms inflammation: an NSAID such as ibuprofen, or a steroid. Which one is meant depends on the page.',
        zh_CN: '减轻炎症的药物，可能是布洛芬这类非甾体抗炎药，也可能是类固醇，要看上下文。',
        zh_TW: '減輕炎症的藥物，可能是布洛芬這類非類固醇消炎止痛藥，也可能是類固醇，要看上下文。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'corticosteroid',
        variants: ['steroid medicine', 'steroid tablet', 'prednisolone'],
      },
      definition: {
        en: 'A man-made copy of a body hormone that strongly calms inflammation, given as tablets, injections, inhalers or creams. Long-term use can thin the bones.',
        zh_CN: '人工合成的激素类药物，抗炎作用强，有片剂、针剂、吸入剂和外用药等。长期使用可能使骨质变薄。',
        zh_TW: '人工合成的荷爾蒙類藥物，抗炎作用強，有錠劑、針劑、吸入劑和外用藥等。長期使用可能使骨質變薄。',
      },
    },
  ],
} as const satisfies WiderRecord;
