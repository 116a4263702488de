import { links } from '../links';
import type { WiderRecord } from '../types';

export const laparoscopy = {
  id: 'laparoscopy',
  kind: 'treatment',
  title: {
    en: 'Laparoscopy (keyhole surgery)',
    zh_CN: '腹腔镜检查（微创手术）',
  },
  summary: {
    en: 'An operation in which a thin tube with a camera goes in through a small cut in the tummy, so a surgeon can look inside and sometimes treat.',
    zh_CN: '从腹部的小切口伸入带摄像头的细管，让医生观察腹腔内部，有时同时进行治疗的手术。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.laparoscopyNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'laparoscopy',
        variants: ['keyhole surgery', 'laparoscopic surgery', 'diagnostic laparoscopy'],
      },
      zh: { term: '腹腔镜', variants: ['腹腔镜手术', '腹腔镜检查'] },
      definition: {
        en: 'Keyhole surgery: a thin tube with a camera goes in through a small cut so a surgeon can look at, and sometimes treat, organs inside.',
        zh_CN: '腹腔镜：经小切口伸入带摄像头的细管，医生可查看、有时还能治疗腹内器官。',
      },
    },
  ],
} as const satisfies WiderRecord;
