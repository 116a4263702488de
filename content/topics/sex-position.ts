import { links } from '../links';
import type { CauseRecord } from '../types';

export const sexPosition = {
  id: 'sex-position',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'A one-sided or awkward position',
  },
  summary: {
    en: 'A position that puts too much force on one side of the waist can cause pain on that side.',
  },
  whatToDo: {
    en: 'Change to other positions so that both sides of the body share the load.',
  },
  seeDoctor: {
    en: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
  },
  links: [links.backPainNhs, links.backPainNiams],
  terms: [
    {
      category: 'risk',
      en: {
        term: 'sexual position',
        variants: [
          'sex position',
          'position during sex',
          'intercourse position',
          'position during intercourse',
          'position for sex',
          'lovemaking position',
          'sexual posture',
          'posture during sex',
          'posture during intercourse',
        ],
      },
      definition: {
        en: 'The way partners place their bodies during sex. The article says one that loads one side of the waist can cause one-sided pain.',
      },
    },
  ],
} as const satisfies CauseRecord;
