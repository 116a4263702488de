import { links } from '../links';
import type { NamedRecord } from '../types';

/** The article's subject, with no single cause: its checklist items share it. */
export const backPainAfterSex = {
  id: 'back-pain-after-sex',
  kind: 'named',
  title: {
    en: 'Back pain after sex',
    zh_CN: '性生活后腰疼',
  },
  summary: {
    en: "The article's subject. It blames sex that is too frequent, long or intense, or a one-sided position, and says pain that persists may mean an injury.",
    zh_CN: '本文讨论的主题。文章认为多与性生活过频、过久、过猛或姿势偏向一侧有关；调整后仍然疼，可能已经受伤。',
  },
  namedUnder: null,
  links: [links.backPainNhs, links.backPainMedline],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'back pain after sex',
        variants: [
          'back pain after intercourse',
          'lower back pain after sex',
          'low back pain after sex',
          'back pain after sexual intercourse',
          'lower back pain after intercourse',
          'low back pain after intercourse',
          'back pain after making love',
          'back pain following sex',
          'back pain following intercourse',
          'backache after sex',
          'back ache after sex',
          'sore back after sex',
          'back hurts after sex',
          'back pain during sex',
          'back pain during intercourse',
          'lower back pain during sex',
          'lower back pain during intercourse',
        ],
      },
      definition: {
        en: "Back pain that starts during or after sex: the article's subject. It names sex that is too frequent, long or intense, or an awkward position.",
        zh_CN: '性生活中或之后出现的腰背痛，即本文主题；文章认为与性生活过频、过久、过猛或姿势不当有关。',
      },
    },
  ],
} as const satisfies NamedRecord;
