import { links } from '../links';
import type { CauseRecord } from '../types';

export const injuryAfterSex = {
  id: 'injury-after-sex',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'Pain that lasts or gets worse',
  },
  summary: {
    en: 'Pain that continues, lasts longer or becomes more severe after these changes may mean an injury, such as a lumbar muscle strain or a lumbar disc herniation.',
  },
  whatToDo: {
    en: 'Do not wait for it to pass: have it checked.',
  },
  seeDoctor: {
    en: 'As soon as possible, the article says.',
  },
  links: [links.lowBackPainAcute, links.sprainsStrains, links.herniatedDiskMedline],
  terms: [
    {
      category: 'condition',
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
      definition: {
        en: "Damage to the back's muscles, ligaments, discs or bones, for example from a strain, a sprain or a fall.",
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
      definition: {
        en: 'Back pain that goes on, or gets worse, instead of easing. The article says that after sex this can mean an injury.',
      },
    },
  ],
} as const satisfies CauseRecord;
