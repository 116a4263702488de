import { links } from '../links';
import type { WiderRecord } from '../types';

export const physiotherapy = {
  id: 'physiotherapy',
  kind: 'treatment',
  title: {
    en: 'Physiotherapy (physical therapy)',
  },
  summary: {
    en: 'Treatment by a trained therapist who uses exercise, movement and hands-on techniques to ease pain and help the body move and work better.',
  },
  getCare: null,
  source: 'NHS',
  links: [links.physiotherapyNhs, links.physicalTherapyMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'physiotherapy',
        variants: ['physical therapy', 'physio'],
      },
      zh: { term: '物理治疗', variants: ['理疗', '物理疗法'], twVariants: ['復健', '復健治療'] },
      definition: {
        en: 'Treatment by a trained therapist using exercise, movement and hands-on techniques to ease pain and help you move.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'physiotherapist',
        variants: ['physical therapist'],
      },
      zh: { term: '物理治疗师', variants: ['理疗师', '康复治疗师'] },
      definition: {
        en: 'A health professional who treats pain and movement problems with exercise, movement and hands-on techniques.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'back exercise',
        variants: ['back stretch', 'back strengthening exercise'],
      },
      zh: { term: '腰背肌锻炼', variants: ['腰背肌功能锻炼', '腰背部拉伸', '腰部拉伸', '小燕飞'] },
      definition: {
        en: 'Movements and stretches that strengthen and loosen the muscles of the back.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'TENS machine',
        variants: ['TENS', 'TENS unit', 'transcutaneous electrical nerve stimulation'],
      },
      zh: { term: '经皮神经电刺激', variants: ['经皮电神经刺激'] },
      definition: {
        en: 'A small device that sends mild electrical pulses through pads on the skin to ease pain.',
      },
    },
  ],
} as const satisfies WiderRecord;
