import { links } from '../links';
import type { WiderRecord } from '../types';

export const painDuringSex = {
  id: 'pain-during-sex',
  kind: 'beyond',
  title: {
    en: 'Pain during sex (dyspareunia)',
    zh_CN: '性交痛',
  },
  summary: {
    en: 'Pain in the genitals or pelvis during or after sex. It is common and has many causes, including infections, dryness and conditions such as endometriosis.',
    zh_CN: '性生活时或之后生殖器或盆腔疼痛。这很常见，原因很多，包括感染、干涩，以及子宫内膜异位症等疾病。',
    zh_TW: '性生活時或之後生殖器或骨盆腔疼痛。這很常見，原因很多，包括感染、乾澀，以及子宮內膜異位症等疾病。',
  },
  getCare: {
    en: 'The NHS suggests a GP or a sexual health clinic when sex hurts, above all when it happens again and again.',
    zh_CN: '英国国民保健署（NHS）建议：性生活疼痛时可以看医生或去性健康诊所，反复发生时尤其应该就诊。',
  },
  source: 'NHS',
  links: [links.painDuringSexNhs, links.sexualProblemsWomenMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pain during sex',
        variants: [
          'dyspareunia',
          'superficial dyspareunia',
          'painful sex',
          'painful intercourse',
          'painful sexual intercourse',
          'pain during intercourse',
          'pain during sexual intercourse',
          'pain during or after sex',
          'pain with sex',
          'pain with intercourse',
          'pain on penetration',
          'painful penetration',
          'sexual pain',
        ],
      },
      zh: {
        term: '性交疼痛',
        variants: ['性交痛', '性交时疼痛', '性交困难', '同房疼痛', '同房痛', '同房时疼痛', '性生活疼痛'],
      },
      definition: {
        en: 'Pain in the genitals or pelvis during or after sex. It is common and has many possible causes.',
        zh_CN: '性生活时或之后生殖器或盆腔疼痛，很常见，可能的原因很多。',
        zh_TW: '性生活時或之後生殖器或骨盆腔疼痛，很常見，可能的原因很多。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'deep dyspareunia',
        variants: [
          'deep pain during sex',
          'deep pain during intercourse',
          'pain with deep penetration',
          'deep penetration pain',
        ],
      },
      zh: { term: '深部性交痛', variants: ['深部性交疼痛'] },
      definition: {
        en: 'Pain felt deep inside the pelvis during sex, rather than at the entrance of the vagina.',
        zh_CN: '深部性交痛：性交时痛在盆腔深处，而不是在阴道口。',
        zh_TW: '深部性交痛：性交時痛在骨盆腔深處，而不是在陰道口。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'vaginismus',
      },
      zh: { term: '阴道痉挛' },
      definition: {
        en: 'The muscles around the vagina tighten by themselves when something tries to go in, making sex painful or impossible.',
        zh_CN: '阴道痉挛：有东西要进入时，阴道周围肌肉不自主地收紧，使性交疼痛或无法进行。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'vulvodynia',
      },
      zh: { term: '外阴痛', variants: ['外阴疼痛症', '外阴痛症'] },
      definition: {
        en: 'Long-lasting pain around the outside of the vagina (the vulva) with no clear cause.',
        zh_CN: '外阴痛：阴道外面（外阴）长期疼痛，找不到明确原因。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'vaginal dryness',
        variants: ['dry vagina'],
      },
      zh: { term: '阴道干涩', variants: ['阴道干燥'] },
      definition: {
        en: 'When the vagina makes less natural moisture than usual, which can make sex sore or painful.',
        zh_CN: '阴道干涩：阴道分泌的润滑液比平时少，可使性生活不适或疼痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
