import { links } from '../links';
import type { CauseRecord } from '../types';

export const injuryAfterSex = {
  id: 'injury-after-sex',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'Pain that lasts or gets worse',
    zh_CN: '疼痛持续或加重',
  },
  summary: {
    en: 'Pain that continues, lasts longer or becomes more severe after these changes may mean an injury, such as a lumbar muscle strain or a lumbar disc herniation.',
    zh_CN: '做了上述调整后仍然疼，或疼得更久、更重，可能已经受伤，例如腰肌劳损或腰椎间盘突出。',
  },
  whatToDo: {
    en: 'Do not wait for it to pass: have it checked.',
    zh_CN: '不要等它自己好，应去检查。',
  },
  seeDoctor: {
    en: 'As soon as possible, the article says.',
    zh_CN: '文章说，应尽快去医院。',
  },
  links: [links.lowBackPainAcute, links.sprainsStrains, links.herniatedDiskMedline],
  terms: [
    {
      category: 'condition',
      signs: ['serious-injury', 'fall-weak-bones'],
      en: {
        term: 'back injury',
        variants: [
          'lumbar injury',
          'lower back injury',
          'low back injury',
          'lumbar spine injury',
          'injured back',
          'injury to the back',
          'injury to the lower back',
        ],
      },
      zh: { term: '腰部损伤', variants: ['腰部受伤', '腰部外伤', '腰椎损伤', '腰椎外伤'] },
      definition: {
        en: "Damage to the back's muscles, ligaments, discs or bones, for example from a strain, a sprain or a fall.",
        zh_CN: '腰背部的肌肉、韧带、椎间盘或骨头受到损伤，例如拉伤、扭伤或摔伤。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'persistent back pain',
        variants: [
          'persistent low back pain',
          'persistent lower back pain',
          'worsening back pain',
          'worsening low back pain',
          'worsening lower back pain',
          'ongoing back pain',
          'back pain that gets worse',
          'back pain that does not go away',
        ],
      },
      zh: {
        term: '持续性腰痛',
        variants: ['持续腰痛', '持续腰疼', '持续性腰疼', '腰痛加重', '腰疼加重', '腰痛持续不缓解', '腰痛反复发作'],
      },
      definition: {
        en: 'Back pain that goes on, or gets worse, instead of easing. The article says that after sex this can mean an injury.',
        zh_CN: '腰背痛一直不好或越来越重。文章说，性生活后出现这种情况可能意味着受伤。',
      },
    },
  ],
} as const satisfies CauseRecord;
