import { links } from '../links';
import type { CauseRecord } from '../types';

export const highHeels = {
  id: 'high-heels',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Wearing high heels for a long time',
    zh_CN: '长期穿高跟鞋',
  },
  summary: {
    en: 'Long hours in high heels upset the balance of the legs and body, making an acute lumbar sprain more likely: torn muscle and ligament fibres, swelling, even bruising.',
    zh_CN: '长时间穿高跟鞋会影响下肢和全身的平衡，更容易急性腰扭伤：肌肉和韧带不同程度撕裂，出现肿胀，甚至淤青。',
    zh_TW: '長時間穿高跟鞋會影響下肢和全身的平衡，更容易急性腰扭傷：肌肉和韌帶不同程度撕裂，出現腫脹，甚至瘀青。',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [links.sprainsStrains, links.lowBackPainAcute],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'acute lumbar sprain',
        variants: [
          'lumbar sprain',
          'back sprain',
          'low back sprain',
          'lower back sprain',
          'sprained back',
          'acute back sprain',
          'acute low back sprain',
          'sprained lower back',
          'lumbosacral sprain',
          'lumbar ligament sprain',
        ],
      },
      zh: {
        term: '急性腰扭伤',
        variants: ['腰扭伤', '腰部扭伤', '急性腰部扭伤', '腰椎扭伤', '闪腰', '闪了腰', '闪到腰', '扭伤腰'],
      },
      definition: {
        en: 'A sudden overstretch or tear of ligaments in the back, usually the lower back. The article says long hours in high heels make one likelier.',
        zh_CN: '腰部（多为下腰部）韧带突然被过度拉伸或撕裂。文章说长时间穿高跟鞋更容易发生。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'high heels',
        variants: [
          'high-heeled shoes',
          'high heeled shoes',
          'high-heel shoes',
          'stilettos',
          'high-heeled boot',
          'stiletto heel',
          'wearing heels',
          'wearing high heels',
        ],
      },
      zh: { term: '高跟鞋', variants: ['穿高跟鞋', '长期穿高跟鞋', '细高跟'] },
      definition: {
        en: 'Shoes with high, raised heels. The article says wearing them for long periods upsets balance and makes a lower back sprain likelier.',
        zh_CN: '鞋跟很高的鞋。文章说长时间穿会影响平衡，更容易扭伤腰。',
      },
    },
  ],
} as const satisfies CauseRecord;
