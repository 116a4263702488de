import { links } from '../links';
import type { WiderRecord } from '../types';

export const steroidInjections = {
  id: 'steroid-injections',
  kind: 'treatment',
  title: {
    en: 'Steroid injections',
    zh_CN: '类固醇注射（俗称“封闭针”）',
    zh_TW: '類固醇注射',
  },
  summary: {
    en: 'Injections of a strong anti-inflammatory medicine into a joint, a muscle or around the spine, given by a health professional.',
    zh_CN: '由医护人员把强效抗炎药注射到关节、肌肉或脊柱周围。',
    zh_TW: '由醫護人員把強效抗炎藥注射到關節、肌肉或脊椎周圍。',
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
        zh_CN: '把强效抗炎药注射到疼痛的关节、肌肉或脊柱周围，以减轻肿胀和疼痛。',
        zh_TW: '把強效抗炎藥注射到疼痛的關節、肌肉或脊椎周圍，以減輕腫脹和疼痛。',
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
        zh_CN: '硬膜外类固醇注射：注射到脊柱神经周围的腔隙，缓解放射到腿部的神经痛。',
        zh_TW: '硬膜外類固醇注射：注射到脊椎神經周圍的腔隙，緩解放射到腿部的神經痛。',
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
        zh_CN: '小关节注射：把麻醉药或类固醇注射到脊柱后方的小关节里。',
        zh_TW: '小關節注射：把麻醉藥或類固醇注射到脊椎後方的小關節裡。',
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
        zh_CN: '神经根阻滞：在某一根脊神经旁注射麻醉药或类固醇，缓解这根神经引起的疼痛。',
        zh_TW: '神經根阻滯：在某一根脊神經旁注射麻醉藥或類固醇，緩解這根神經引起的疼痛。',
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
        zh_CN: '局部麻醉药：让身体某一部位麻木几个小时，人保持清醒。',
        zh_TW: '局部麻醉藥：讓身體某一部位麻木幾個小時，人保持清醒。',
      },
    },
  ],
} as const satisfies WiderRecord;
