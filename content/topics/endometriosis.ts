import { links } from '../links';
import type { WiderRecord } from '../types';

export const endometriosis = {
  id: 'endometriosis',
  kind: 'beyond',
  title: {
    en: 'Endometriosis',
    zh_CN: '子宫内膜异位症',
  },
  summary: {
    en: 'A long-term condition in which womb-lining-like tissue settles outside the womb, for example on the ovaries; it can bring pelvic or lower back pain and pain during or after sex.',
    zh_CN: '一种长期疾病：类似子宫内膜的组织长到子宫以外，例如卵巢上，可引起盆腔痛或腰痛，以及性生活时或之后疼痛。',
    zh_TW: '一種長期疾病：類似子宮內膜的組織長到子宮以外，例如卵巢上，可引起骨盆腔痛或腰痛，以及性生活時或之後疼痛。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit for possible symptoms, all the more if they disrupt your daily life.',
    zh_CN: '英国国民保健署（NHS）建议：出现可能的症状就去看医生，影响到日常生活时更应就诊。',
  },
  source: 'NHS',
  links: [links.endometriosisNhs, links.endometriosisMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'endometriosis',
      },
      zh: { term: '子宫内膜异位症', variants: ['子宫内膜异位', '内异症'] },
      definition: {
        en: 'A long-term condition: patches of tissue resembling the womb lining settle outside the womb, for example on the ovaries, and cause pelvic pain.',
        zh_CN: '一种长期疾病：类似子宫内膜的组织长在子宫以外（如卵巢上），引起盆腔疼痛。',
        zh_TW: '一種長期疾病：類似子宮內膜的組織長在子宮以外（如卵巢上），引起骨盆腔疼痛。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'endometrioma',
        variants: ['ovarian endometrioma', 'endometriotic cyst', 'chocolate cyst'],
      },
      zh: { term: '巧克力囊肿', variants: ['卵巢巧克力囊肿', '卵巢子宫内膜异位囊肿'] },
      definition: {
        en: 'A cyst on an ovary filled with old, dark blood, caused by endometriosis.',
        zh_CN: '卵巢子宫内膜异位囊肿，俗称“巧克力囊肿”：由子宫内膜异位症引起、充满陈旧暗色血液的卵巢囊肿。',
        zh_TW: '卵巢子宮內膜異位囊腫，俗稱「巧克力囊腫」：由子宮內膜異位症引起、充滿陳舊暗色血液的卵巢囊腫。',
      },
    },
  ],
} as const satisfies WiderRecord;
