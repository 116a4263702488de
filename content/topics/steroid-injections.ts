import { links } from '../links';
import type { WiderRecord } from '../types';

export const steroidInjections = {
  id: 'steroid-injections',
  kind: 'treatment',
  title: {
    en: 'Steroid injections',
  },
  summary: {
    en: 'Injections of a strong anti-inflammatory medicine into a joint, a muscle or around the spine, given by a health professional.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.steroidInjectionsNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'steroid injection',
        variants: [
          'corticosteroid injection',
          'cortisone injection',
          'cortisone shot',
          'steroid shot',
          'steroid jab',
          'cortisone jab',
        ],
      },
      definition: {
        en: 'An injection of a strong anti-inflammatory medicine into a painful joint or muscle, or around the spine, to calm swelling and pain.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'epidural steroid injection',
        variants: ['epidural steroid shot', 'epidural corticosteroid injection'],
      },
      definition: {
        en: 'A steroid injection into the space around the nerves of the spine, used to ease nerve pain that spreads into a leg.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'facet joint injection',
        variants: ['facet injection', 'facet joint block', 'facet block'],
      },
      definition: {
        en: 'An injection of numbing or steroid medicine into the small joints at the back of the spine.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'nerve root block',
        variants: ['selective nerve root block', 'nerve root injection'],
      },
      definition: {
        en: 'An injection of numbing or steroid medicine next to one spinal nerve, to ease pain coming from that nerve.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'local anaesthetic',
        variants: ['local anesthetic'],
      },
      definition: {
        en: 'A medicine that numbs one part of the body for a few hours while you stay awake.',
      },
    },
  ],
} as const satisfies WiderRecord;
