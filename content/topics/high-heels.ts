import { links } from '../links';
import type { CauseRecord } from '../types';

export const highHeels = {
  id: 'high-heels',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Wearing high heels for a long time',
  },
  summary: {
    en: 'Long hours in high heels upset the balance of the legs and body, making an acute lumbar sprain more likely: torn muscle and ligament fibres, swelling, even bruising.',
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
      definition: {
        en: 'A sudden overstretch or tear of ligaments in the back, usually the lower back. The article says long hours in high heels make one likelier.',
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
      definition: {
        en: 'Shoes with high, raised heels. The article says wearing them for long periods upsets balance and makes a lower back sprain likelier.',
      },
    },
  ],
} as const satisfies CauseRecord;
