import { links } from '../links';
import type { CauseRecord } from '../types';

export const pelvicTumours = {
  id: 'pelvic-tumours',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Pelvic tumours',
    zh_CN: '盆腔肿瘤',
    zh_TW: '骨盆腔腫瘤',
  },
  summary: {
    en: 'Uterine fibroids, cervical cancer and ovarian cysts can cause low back pain by pressing on nerves or, with cancer, spreading into pelvic tissue. The pain often spreads across the whole abdomen, and medicines often do not relieve it.',
    zh_CN:
      '子宫肌瘤、宫颈癌和卵巢囊肿可因压迫神经，或癌组织浸润盆腔结缔组织而引起腰痛。疼痛常波及整个腹部，药物治疗往往效果不佳。',
    zh_TW:
      '子宮肌瘤、子宮頸癌和卵巢囊腫可因壓迫神經，或癌組織浸潤骨盆腔結締組織而引起腰痛。疼痛常波及整個腹部，藥物治療往往效果不佳。',
  },
  whatToDo: null,
  seeDoctor: null,
  careFromSource: {
    text: {
      en: 'See a GP about pain or pressure in your tummy, pelvis or lower back that does not go away, heavy or painful periods, or bleeding that is unusual for you (between periods, during or after sex, or after the menopause): many things cause these, but they need checking. Call 999 or go to A&E for sudden, severe pain in your tummy or pelvis.',
      zh_CN:
        '腹部、盆腔或腰部持续疼痛或有坠胀感，月经量多或痛经，或出现异常出血（月经之间、同房时或同房后、绝经后），应去看医生：原因很多，但都需要检查。腹部或盆腔突然剧痛，请立即拨打120或去急诊。',
      zh_TW:
        '腹部、骨盆腔或腰部持續疼痛或有墜脹感，月經量多或經痛，或出現異常出血（月經之間、行房時或行房後、停經後），應去看醫生：原因很多，但都需要檢查。腹部或骨盆腔突然劇痛，請立即撥打119或去急診。',
    },
    source: 'NHS',
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
      zh: { term: '盆腔肿瘤', variants: ['盆腔肿物', '盆腔包块'], twVariants: ['骨盆腔腫瘤'] },
      definition: {
        en: 'A lump of abnormal cells in the pelvis, for example in the womb or ovaries. It may be harmless or cancerous.',
        zh_CN: '盆腔内异常细胞形成的肿块，例如长在子宫或卵巢，可能是良性，也可能是癌。',
        zh_TW: '骨盆腔內異常細胞形成的腫塊，例如長在子宮或卵巢，可能是良性，也可能是癌。',
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
      zh: { term: '子宫肌瘤', variants: ['子宫平滑肌瘤'] },
      definition: {
        en: 'A benign lump of muscle in or on the wall of the womb. Large ones can press on nearby organs and nerves, causing back pain.',
        zh_CN: '长在子宫壁内或子宫表面的良性肌肉肿块。较大的肌瘤可压迫附近器官和神经，引起腰痛。',
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
      zh: { term: '宫颈癌', variants: ['子宫颈癌'] },
      definition: {
        en: 'Cancer of the cervix, the lower end of the womb that opens into the vagina. Nearly always linked to infection with HPV (human papillomavirus).',
        zh_CN: '发生在子宫颈（子宫通向阴道的下端）的癌症，几乎都与人乳头瘤病毒（HPV）感染有关。',
        zh_TW: '發生在子宮頸（子宮通向陰道的下端）的癌症，幾乎都與人類乳突病毒（HPV）感染有關。',
      },
    },
    {
      category: 'condition',
      signs: ['sudden-pelvic-pain'],
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
      zh: { term: '卵巢囊肿' },
      definition: {
        en: 'A sac of fluid that forms on or in an ovary. Most cause no harm and go away by themselves; large ones can hurt.',
        zh_CN: '长在卵巢上或卵巢内的囊泡，里面是液体。多数无害、会自行消失；较大的可引起疼痛。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'ovarian cancer',
        variants: ['cancer of the ovary', 'ovarian carcinoma'],
      },
      zh: { term: '卵巢癌' },
      definition: {
        en: 'Cancer that starts in or around an ovary. Back pain can be one of its symptoms.',
        zh_CN: '发生在卵巢或其周围的癌症。腰痛可能是症状之一。',
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
      zh: { term: '子宫内膜癌', variants: ['子宫体癌', '宫体癌'] },
      definition: {
        en: 'Cancer of the womb, most often starting in its lining. Pain in the lower back or pelvis can be one of its symptoms.',
        zh_CN: '子宫的癌症，多始于子宫内膜。腰部或盆腔疼痛可能是症状之一。',
        zh_TW: '子宮的癌症，多始於子宮內膜。腰部或骨盆腔疼痛可能是症狀之一。',
      },
    },
  ],
} as const satisfies CauseRecord;
