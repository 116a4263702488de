import { links } from '../links';
import type { CauseRecord } from '../types';

export const pregnancyPostpartum = {
  id: 'pregnancy-postpartum',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Fatigue in pregnancy and after giving birth',
  },
  summary: {
    en: 'In pregnancy the lumbar and pelvic ligaments loosen and the growing womb shifts the body forward; too little calcium can weaken bones; heavy bleeding, fatigue and cold after birth can add to the pain.',
  },
  whatToDo: {
    en: 'Rest enough, and make sure your diet gives enough calcium and phosphorus.',
  },
  seeDoctor: null,
  links: [links.pregnancyBackPainNhs, links.osteoporosisMedline],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'pregnancy back pain',
        variants: [
          'back pain in pregnancy',
          'back pain during pregnancy',
          'back pain while pregnant',
          'back pain when pregnant',
          'back pain in pregnant women',
          'low back pain in pregnancy',
          'lower back pain in pregnancy',
          'low back pain during pregnancy',
          'lower back pain during pregnancy',
          'pregnancy-related back pain',
          'pregnancy-related low back pain',
          'pregnancy-related lower back pain',
          'pregnancy-related lumbopelvic pain',
          'pregnancy backache',
          'backache in pregnancy',
          'backache during pregnancy',
        ],
      },
      definition: {
        en: "Back pain while pregnant, common as hormones loosen ligaments and the growing bump shifts the body's balance forward.",
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'postpartum back pain',
        variants: [
          'postnatal back pain',
          'back pain after giving birth',
          'back pain after childbirth',
          'back pain after birth',
          'back pain after having a baby',
          'back pain after pregnancy',
          'post-pregnancy back pain',
          'postpartum low back pain',
          'postpartum lower back pain',
          'postpartum backache',
          'postnatal backache',
        ],
      },
      definition: {
        en: 'Back pain in the weeks or months after giving birth.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'pelvic girdle pain',
        variants: [
          'symphysis pubis dysfunction',
          'pubic symphysis dysfunction',
          'pregnancy-related pelvic girdle pain',
          'pelvic girdle dysfunction',
          'pelvic joint pain',
          'PGP',
        ],
      },
      definition: {
        en: 'Pain in the joints at the front or back of the pelvis, common in pregnancy; it can spread to the lower back, hips and thighs.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'pelvic joint',
        variants: ['joint of the pelvis', 'joints of the pelvis'],
      },
      definition: {
        en: 'One of the joints of the pelvis: the two sacroiliac joints at the back and the pubic symphysis at the front.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'pubic symphysis',
        variants: ['symphysis pubis', 'pubic symphysis joint', 'symphysis pubis joint'],
      },
      definition: {
        en: 'The joint at the front of the pelvis where the two pubic bones meet. It loosens during pregnancy.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'relaxin',
        variants: ['relaxin hormone'],
      },
      definition: {
        en: 'A hormone made during pregnancy that loosens ligaments, helping the pelvis widen for birth.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'ligament laxity',
        variants: [
          'ligament relaxation',
          'lax ligament',
          'ligamentous laxity',
          'loose ligament',
          'loosened ligament',
          'loosening of the ligaments',
        ],
      },
      definition: {
        en: 'Ligaments looser than usual. In pregnancy, hormones loosen those of the lower back and pelvis, which the article links to back pain.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'decalcification',
        variants: ['bone decalcification'],
      },
      definition: {
        en: 'Loss of calcium from bone or teeth, which weakens them. The article links it to too little calcium in pregnancy.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'pregnancy-associated osteoporosis',
        variants: [
          'pregnancy-related osteoporosis',
          'pregnancy and lactation-associated osteoporosis',
          'osteoporosis in pregnancy',
        ],
      },
      definition: {
        en: 'A rare bone weakening that appears in late pregnancy or while breastfeeding, sometimes with broken spine bones and back pain.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'calcium deficiency',
        variants: [
          'lack of calcium',
          'low calcium intake',
          'inadequate calcium intake',
          'insufficient calcium intake',
          'not enough calcium',
        ],
      },
      definition: {
        en: 'Not getting enough calcium. The article says too little calcium in pregnancy can weaken bones and lead to low back pain.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'pregnancy',
        variants: ['pregnant', 'pregnant woman', 'pregnant women', 'expectant mother', 'mother-to-be', 'mothers-to-be'],
      },
      definition: {
        en: 'Carrying a growing baby in the womb. The article says loosened ligaments and weight shifting forward can cause back pain then.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'late pregnancy',
        variants: ['third trimester', 'last trimester', 'late stages of pregnancy'],
      },
      definition: {
        en: 'The last months of pregnancy, when the article says hormones loosen ligaments and the sacroiliac joint sprains easily.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'postpartum period',
        variants: [
          'postpartum',
          'post-partum',
          'postnatal period',
          'postnatal',
          'post-natal',
          'puerperium',
          'puerperal period',
          'fourth trimester',
          'after childbirth',
          'after giving birth',
          'after having a baby',
        ],
      },
      definition: {
        en: 'The weeks after giving birth, while the body recovers. The article says heavy bleeding, tiredness and cold then can cause back pain.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'childbirth',
        variants: ['giving birth', 'labour and delivery', 'labor and delivery', 'vaginal birth', 'vaginal delivery'],
      },
      definition: {
        en: 'Giving birth to a baby. The article says heavy bleeding, early labour, exhaustion and cold around birth can lead to back pain.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'premature labour',
        variants: ['premature labor', 'preterm labour', 'preterm labor', 'premature birth', 'preterm birth'],
      },
      definition: {
        en: 'Labour and birth that come too early, before 37 weeks of pregnancy. The article lists it among causes of low back pain.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'postpartum haemorrhage',
        variants: [
          'postpartum hemorrhage',
          'postnatal haemorrhage',
          'postnatal hemorrhage',
          'excessive postpartum bleeding',
          'heavy bleeding after childbirth',
          'heavy bleeding after giving birth',
        ],
      },
      definition: {
        en: 'Heavy bleeding after giving birth. The article lists too much bleeding after birth among causes of low back pain.',
      },
    },
  ],
} as const satisfies CauseRecord;
