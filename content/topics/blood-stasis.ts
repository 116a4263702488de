import { links } from '../links';
import type { CauseRecord } from '../types';

export const bloodStasis = {
  id: 'blood-stasis',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'tcm',
  title: {
    en: 'Blood stasis',
  },
  summary: {
    en: 'A traditional Chinese medicine idea: after a strain or sprain, poor local flow of "qi and blood" is said to cause local tingling, needle-like pain.',
  },
  whatToDo: {
    en: 'First rule out organic diseases such as lumbar disc herniation, kidney stones or nephritis; early on they are hard to tell apart.',
  },
  seeDoctor: {
    en: 'Have an examination: the article says it is necessary, because pain from those diseases lasts longer.',
  },
  links: [links.tcmNccih],
  terms: [
    {
      category: 'tcm',
      en: {
        term: 'blood stasis',
        variants: [
          'blood-stasis',
          'qi and blood stagnation',
          'stasis of blood',
          'blood stagnation',
          'stagnation of blood',
          'static blood',
          'blood stasis syndrome',
          'qi stagnation and blood stasis',
          'stagnation of qi and blood',
          'poor circulation of qi and blood',
        ],
      },
      definition: {
        en: 'In traditional Chinese medicine, blood (and qi) said to flow poorly or get stuck in one place, blamed for fixed, prickling pain.',
      },
    },
  ],
} as const satisfies CauseRecord;
