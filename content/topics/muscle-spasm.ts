import { links } from '../links';
import type { WiderRecord } from '../types';

export const muscleSpasm = {
  id: 'muscle-spasm',
  kind: 'beyond',
  title: {
    en: 'Muscle spasm',
    zh_CN: '肌肉痉挛（抽筋）',
  },
  summary: {
    en: 'A sudden, painful tightening of a muscle that you cannot control; in the lower back it often follows twisting or strain.',
    zh_CN: '肌肉突然不受控制地收紧、疼痛；发生在腰部时，常在扭转身体或用力之后。',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.muscleCrampsMedline, links.backPainMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'muscle spasm',
        variants: [
          'back spasm',
          'back muscle spasm',
          'lower back spasm',
          'low back spasm',
          'spasm in the back',
          'muscle cramp',
          'charley horse',
        ],
      },
      zh: { term: '肌肉痉挛', variants: ['腰肌痉挛', '腰部肌肉痉挛', '背部肌肉痉挛', '腰背肌痉挛'] },
      definition: {
        en: 'A sudden, tight and painful squeeze of a muscle that you cannot control. It can last seconds or longer.',
        zh_CN: '肌肉突然、不受控制地收紧并疼痛，可持续几秒或更久。',
      },
    },
  ],
} as const satisfies WiderRecord;
