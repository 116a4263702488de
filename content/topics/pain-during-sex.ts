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
    en: 'See a GP or go to a sexual health clinic if sex is painful, especially if it keeps happening.',
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
      definition: {
        en: 'Pain felt deep inside the pelvis during sex, rather than at the entrance of the vagina.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'vaginismus',
      },
      definition: {
        en: 'The muscles around the vagina tighten by themselves when something tries to go in, making sex painful or impossible.',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'vulvodynia',
      },
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
      definition: {
        en: 'When the vagina makes less natural moisture than usual, which can make sex sore or painful.',
      },
    },
  ],
} as const satisfies WiderRecord;
