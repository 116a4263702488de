import { links } from '../links';
import type { CauseRecord } from '../types';

export const sexIntensity = {
  id: 'sex-intensity',
  kind: 'cause',
  section: 'after-sex',
  tradition: 'biomedical',
  title: {
    en: 'Sex that is too frequent, long or intense',
    zh_CN: '性生活过频、过久或过于激烈',
  },
  summary: {
    en: 'Very frequent, long or vigorous sex can leave the lower back aching afterwards.',
    zh_CN: '性生活太频繁、时间太长或太激烈，事后可能腰部酸痛。',
  },
  whatToDo: {
    en: 'Adjust how often, how long and how intensely you have sex. The article says this usually relieves the pain.',
    zh_CN: '调整性生活的频率、时长和强度。文章说，这样做一般能缓解疼痛。',
  },
  seeDoctor: {
    en: 'If the pain stays or gets worse after these changes (see "Pain that lasts or gets worse").',
    zh_CN: '如果调整后仍然疼痛或越来越重（见“疼痛持续或加重”）。',
  },
  links: [links.backPainMedline, links.backPainNhs],
  terms: [
    {
      category: 'risk',
      en: {
        term: 'sexual frequency',
        variants: [
          'frequency of sex',
          'frequent sex',
          'frequent sexual intercourse',
          'frequent intercourse',
          'frequency of intercourse',
          'frequency of sexual intercourse',
          'too much sex',
          'excessive sex',
          'excessive sexual activity',
        ],
      },
      zh: {
        term: '性生活过频',
        variants: [
          '性生活过于频繁',
          '性生活频繁',
          '性生活过度',
          '性生活频率过高',
          '同房过频',
          '同房频繁',
          '同房过于频繁',
          '频繁同房',
          '房事过频',
          '房事频繁',
          '房事过度',
          '性交过频',
          '纵欲过度',
        ],
      },
      definition: {
        en: 'How often someone has sex. The article says sex that is too frequent can leave the lower back aching.',
        zh_CN: '性生活的频繁程度。文章说性生活过于频繁可能导致事后腰酸。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'vigorous sex',
        variants: [
          'vigorous intercourse',
          'vigorous sexual activity',
          'intense sex',
          'strenuous sex',
          'strenuous sexual activity',
          'prolonged sex',
          'prolonged intercourse',
        ],
      },
      zh: {
        term: '性生活过于剧烈',
        variants: [
          '性生活剧烈',
          '同房过于剧烈',
          '性生活时间过长',
          '同房时间过长',
          '性交时间过长',
          '性生活强度过大',
          '剧烈的性生活',
        ],
      },
      definition: {
        en: 'Sex that is long or forceful. The article says sex that lasts too long or is too intense can cause back pain.',
        zh_CN: '时间过长或用力过猛的性生活。文章说这样可能引起腰痛。',
      },
    },
  ],
} as const satisfies CauseRecord;
