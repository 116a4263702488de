import { links } from '../links';
import type { CauseRecord } from '../types';

export const sexPosition = {
  id: 'sex-position',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'A one-sided or awkward position',
    zh_CN: '姿势不当或偏向一侧',
  },
  summary: {
    en: 'A position that puts too much force on one side of the waist can cause pain on that side.',
    zh_CN: '如果所用的姿势让腰部一侧受力过大，这一侧可能会疼。',
  },
  whatToDo: {
    en: 'Change to other positions so that both sides of the body share the load.',
    zh_CN: '换用其他姿势，让身体两侧均衡受力。',
  },
  seeDoctor: {
    en: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
    zh_CN: '如果调整后仍然疼痛或越来越重（见“疼痛持续或加重”）。',
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
      zh: {
        term: '性爱姿势',
        variants: [
          '性交姿势',
          '性生活姿势',
          '同房姿势',
          '做爱姿势',
          '性交体位',
          '性爱体位',
          '同房体位',
          '性生活体位',
          '性交姿势不当',
          '同房姿势不当',
          '性生活姿势不当',
        ],
      },
      definition: {
        en: 'The way partners place their bodies during sex. The article says one that loads one side of the waist can cause one-sided pain.',
        zh_CN: '性生活时双方身体的摆放方式。文章说让腰部一侧受力过大的姿势会引起单侧腰痛。',
      },
    },
  ],
} as const satisfies CauseRecord;
