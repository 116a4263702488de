import { links } from '../links';
import type { WiderRecord } from '../types';

export const painDuringSex = {
  id: 'pain-during-sex',
  kind: 'beyond',
  title: {
    en: 'Pain during sex (dyspareunia)',
  },
  summary: {
    en: 'Pain in the genitals or pelvis during or after sex. It is common and has many causes, including infections, dryness and conditions such as endometriosis.',
  },
  getCare: {
    en: 'The NHS suggests a GP or a sexual health clinic when sex hurts, above all when it happens again and again.',
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
      },
    },
  ],
} as const satisfies WiderRecord;
