import { links } from '../links';
import type { WiderRecord } from '../types';

export const sexuallyTransmittedInfections = {
  id: 'sexually-transmitted-infections',
  kind: 'beyond',
  title: {
    en: 'Sexually transmitted infections (STIs)',
    zh_CN: '性传播感染（性病）',
  },
  summary: {
    en: 'Infections passed on through sex or close genital contact. Many cause no symptoms, and some can cause pain during or after sex.',
    zh_CN: '通过性行为或生殖器密切接触传播的感染。很多没有症状，有些会引起性生活时或之后疼痛。',
    zh_TW: '透過性行為或生殖器密切接觸傳播的感染。很多沒有症狀，有些會引起性生活時或之後疼痛。',
  },
  getCare: {
    en: 'The NHS suggests a sexual health clinic or a GP whenever you might have an STI, with or without symptoms; testing there is confidential.',
    zh_CN:
      '英国国民保健署（NHS）建议：只要可能感染了性病，不论有没有症状，都可以去性健康诊所（性病门诊）或看医生检查，检查是保密的。',
  },
  source: 'NHS',
  links: [links.stiNhs, links.stiMedline, links.stiCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'sexually transmitted infection',
        variants: [
          'STI',
          'STD',
          'sexually transmitted disease',
          'sexually transmissible infection',
          'sexually acquired infection',
          'venereal disease',
        ],
      },
      zh: { term: '性传播疾病', variants: ['性传播感染', '性传染病', '性病'] },
      definition: {
        en: 'An infection passed from person to person through sex or close genital contact. Many cause no symptoms at all.',
        zh_CN: '通过性行为或生殖器密切接触在人与人之间传播的感染，很多完全没有症状。',
        zh_TW: '透過性行為或生殖器密切接觸在人與人之間傳播的感染，很多完全沒有症狀。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'genital herpes',
      },
      zh: { term: '生殖器疱疹' },
      definition: {
        en: 'A common STI caused by a virus. It can cause painful blisters or sores around the genitals that come back now and then.',
        zh_CN: '生殖器疱疹：由病毒引起的常见性病，生殖器周围会出现疼痛的水疱或溃疡，并时常复发。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'trichomoniasis',
        variants: ['trichomonas', 'trichomonas vaginalis'],
      },
      zh: { term: '滴虫病', variants: ['滴虫感染', '滴虫性阴道炎', '阴道毛滴虫病'] },
      definition: {
        en: 'An STI caused by a tiny parasite. It can cause discharge, soreness, and pain when peeing or during sex.',
        zh_CN: '滴虫病：由一种微小寄生虫引起的性病，可有分泌物异常、局部疼痛，以及排尿或性生活时疼痛。',
        zh_TW: '滴蟲病：由一種微小寄生蟲引起的性病，可有分泌物異常、局部疼痛，以及排尿或性生活時疼痛。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'mycoplasma genitalium',
      },
      zh: { term: '生殖支原体', variants: ['生殖支原体感染'], twVariants: ['生殖道黴漿菌'] },
      definition: {
        en: 'A bacterial STI that often has no symptoms but can cause swelling of the urethra or pelvic inflammatory disease.',
        zh_CN: '生殖支原体：一种细菌性性病，常无症状，但可引起尿道炎或盆腔炎。',
        zh_TW: '生殖道黴漿菌：一種細菌性性病，常無症狀，但可引起尿道炎或骨盆腔炎。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'syphilis',
      },
      zh: { term: '梅毒' },
      definition: {
        en: 'A bacterial STI that often starts with a painless sore; without treatment it can cause serious problems years later.',
        zh_CN: '梅毒：一种细菌性性病，常以无痛的溃疡开始；不治疗的话，多年后可引起严重问题。',
      },
    },
    {
      category: 'beyond',
      zh: { term: '人乳头瘤病毒', variants: ['人乳头状瘤病毒', 'HPV感染', 'HPV病毒'], twVariants: ['人類乳突病毒'] },
      definition: {
        en: 'Human papillomavirus (HPV), a common virus passed on through sexual contact; some types can lead to cervical cancer.',
        zh_CN: '人乳头瘤病毒（HPV），经性接触传播的常见病毒，部分型别可导致宫颈癌。',
      },
    },
  ],
} as const satisfies WiderRecord;
