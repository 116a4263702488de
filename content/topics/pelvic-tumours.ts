import { links } from '../links';
import type { CauseRecord } from '../types';

export const pelvicTumours = {
  id: 'pelvic-tumours',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Pelvic tumours',
  },
  summary: {
    en: 'Uterine fibroids, cervical cancer and ovarian cysts can cause low back pain by pressing on nerves or spreading into pelvic tissue, often with pain across the whole abdomen.',
  },
  whatToDo: null,
  seeDoctor: {
    en: 'The article notes that medicines often do not relieve this pain.',
  },
  links: [
    links.fibroidsMedline,
    links.fibroidsNhs,
    links.cervicalCancerMedline,
    links.cervicalCancerNhs,
    links.ovarianCystsMedline,
    links.ovarianCystNhs,
  ],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'pelvic tumour',
        variants: [
          'pelvic tumor',
          'pelvic mass',
          'tumour in the pelvis',
          'tumor in the pelvis',
          'pelvic neoplasm',
          'ovarian tumour',
          'ovarian tumor',
          'ovarian mass',
          'uterine tumour',
          'uterine tumor',
          'adnexal mass',
        ],
      },
      definition: {
        en: 'A lump of abnormal cells in the pelvis, for example in the womb or ovaries. It may be harmless or cancerous.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'uterine fibroid',
        variants: [
          'fibroid',
          'leiomyoma',
          'myoma',
          'uterine myoma',
          'fibroids of the uterus',
          'uterine leiomyoma',
          'leiomyomata',
          'uterine leiomyomata',
          'fibromyoma',
          'womb fibroid',
          'fibroids in the womb',
          'fibroids in the uterus',
          'fibroid tumour',
          'fibroid tumor',
          'uterine fibroid tumour',
          'uterine fibroid tumor',
          'submucosal fibroid',
          'intramural fibroid',
          'subserosal fibroid',
          'pedunculated fibroid',
        ],
      },
      definition: {
        en: 'A non-cancerous muscle growth in or on the womb. Large ones can press on nearby organs and nerves and cause back pain.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'cervical cancer',
        variants: [
          'cancer of the cervix',
          'cervix cancer',
          'cervical carcinoma',
          'carcinoma of the cervix',
          'uterine cervical cancer',
        ],
      },
      definition: {
        en: 'Cancer that starts in the cervix, the neck of the womb. It is usually caused by human papillomavirus (HPV).',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'ovarian cyst',
        variants: [
          'cyst on the ovary',
          'ovary cyst',
          'cyst on an ovary',
          'cyst in the ovary',
          'cysts on the ovaries',
          'functional ovarian cyst',
          'corpus luteum cyst',
        ],
      },
      definition: {
        en: 'A fluid-filled sac on or in an ovary. Most are harmless and go away, but large ones can cause pain.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'ovarian cancer',
        variants: ['cancer of the ovary', 'ovarian carcinoma'],
      },
      definition: {
        en: 'Cancer that starts in or around an ovary. Back pain can be one of its symptoms.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'womb cancer',
        variants: [
          'uterine cancer',
          'endometrial cancer',
          'cancer of the womb',
          'cancer of the uterus',
          'endometrial carcinoma',
        ],
      },
      definition: {
        en: 'Cancer of the womb, most often starting in its lining. Pain in the lower back or pelvis can be one of its symptoms.',
      },
    },
  ],
} as const satisfies CauseRecord;
