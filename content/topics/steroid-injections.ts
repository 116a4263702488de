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
      zh: {
        term: '类固醇注射',
        variants: ['激素注射', '糖皮质激素注射', '皮质类固醇注射', '封闭针', '封闭治疗', '打封闭'],
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
      zh: { term: '硬膜外类固醇注射', variants: ['硬膜外激素注射'] },
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
      zh: { term: '小关节注射', variants: ['小关节封闭', '关节突关节注射'] },
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
      zh: { term: '神经根阻滞', variants: ['选择性神经根阻滞'] },
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
      zh: { term: '局部麻醉药', variants: ['局麻药'] },
      definition: {
        en: 'A medicine that numbs one part of the body for a few hours while you stay awake.',
      },
    },
  ],
} as const satisfies WiderRecord;
