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
      zh: {
        term: '同房后腰疼',
        variants: [
          '同房后腰痛',
          '同房后腰酸',
          '同房后腰酸痛',
          '同房后腰部疼痛',
          '同房后腰背痛',
          '同房时腰疼',
          '同房时腰痛',
          '性生活后腰疼',
          '性生活后腰痛',
          '性生活后腰酸',
          '性生活后腰部疼痛',
          '性生活时腰痛',
          '性交后腰痛',
          '性交后腰疼',
          '房事后腰痛',
          '房事后腰疼',
          '房事后腰酸',
          '做爱后腰疼',
          '做爱后腰痛',
          '性行为后腰痛',
          '行房后腰痛',
          '行房后腰酸',
        ],
        twVariants: ['同房後腰痠', '性生活後腰痠', '行房後腰痠'],
      },
      definition: {
        en: "Back pain that starts during or after sex: the article's subject. It names sex that is too frequent, long or intense, or an awkward position.",
        zh_CN: '性生活中或之后出现的腰背痛，即本文主题；文章认为与性生活过频、过久、过猛或姿势不当有关。',
      },
    },
  ],
} as const satisfies NamedRecord;
