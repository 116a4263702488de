import { links } from '../links';
import type { CauseRecord } from '../types';

export const pregnancyPostpartum = {
  id: 'pregnancy-postpartum',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Fatigue in pregnancy and after giving birth',
    zh_CN: '孕期和产后劳累',
  },
  summary: {
    en: 'In pregnancy the lumbar and pelvic ligaments loosen and the growing womb shifts the body forward; too little calcium can weaken bones; heavy bleeding, fatigue and cold after birth can add to the pain.',
    zh_CN:
      '怀孕时腰部和骨盆的韧带松弛，子宫增大使身体重心前移；钙摄入不足会使骨骼变弱；产后出血过多、劳累和受寒也会加重腰痛。',
  },
  whatToDo: {
    en: 'Rest enough, and make sure your diet gives enough calcium and phosphorus.',
    zh_CN: '注意休息，饮食中保证摄入足够的钙和磷。',
  },
  seeDoctor: null,
  links: [links.pregnancyBackPainNhs, links.osteoporosisMedline, links.osteoporosisMsdZh],
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
      zh: {
        term: '孕期腰痛',
        variants: [
          '孕期腰疼',
          '孕期腰酸',
          '孕妇腰痛',
          '孕妇腰疼',
          '怀孕腰痛',
          '怀孕期间腰痛',
          '妊娠期腰痛',
          '妊娠腰痛',
          '孕晚期腰痛',
        ],
      },
      definition: {
        en: "Back pain while pregnant, common as hormones loosen ligaments and the growing bump shifts the body's balance forward.",
        zh_CN: '怀孕期间的腰背痛，很常见：激素使韧带松弛，隆起的腹部让身体重心前移。',
        zh_TW: '懷孕期間的腰背痛，很常見：荷爾蒙使韌帶鬆弛，隆起的腹部讓身體重心前移。',
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
      zh: {
        term: '产后腰痛',
        variants: ['产后腰疼', '产后腰酸', '产后腰背痛', '产后腰酸背痛', '月子腰痛', '生完孩子腰疼'],
      },
      definition: {
        en: 'Back pain in the weeks or months after giving birth.',
        zh_CN: '生完孩子后几周或几个月内出现的腰背痛。',
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
      zh: { term: '骨盆带疼痛', variants: ['骨盆带痛', '妊娠期骨盆带疼痛', '耻骨联合分离', '耻骨联合功能障碍'] },
      definition: {
        en: 'Pain in the joints at the front or back of the pelvis, common in pregnancy; it can spread to the lower back, hips and thighs.',
        zh_CN: '骨盆前方或后方关节的疼痛，孕期常见，可波及下腰部、髋部和大腿。',
        zh_TW: '骨盆前方或後方關節的疼痛，孕期常見，可波及下腰部、髖部和大腿。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'pelvic joint',
        variants: ['joint of the pelvis', 'joints of the pelvis'],
      },
      zh: { term: '骨盆关节' },
      definition: {
        en: 'One of the joints of the pelvis: the two sacroiliac joints at the back and the pubic symphysis at the front.',
        zh_CN: '骨盆的关节：后方的两个骶髂关节和前方的耻骨联合。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'pubic symphysis',
        variants: ['symphysis pubis', 'pubic symphysis joint', 'symphysis pubis joint'],
      },
      zh: { term: '耻骨联合' },
      definition: {
        en: 'The joint at the front of the pelvis where the two pubic bones meet. It loosens during pregnancy.',
        zh_CN: '骨盆前方两块耻骨相接处的关节，孕期会变松。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'relaxin',
        variants: ['relaxin hormone'],
      },
      zh: { term: '松弛素', variants: ['松弛激素'] },
      definition: {
        en: 'A hormone made during pregnancy that loosens ligaments, helping the pelvis widen for birth.',
        zh_CN: '怀孕期间分泌的一种激素，能使韧带松弛，帮助骨盆为分娩而张开。',
        zh_TW: '懷孕期間分泌的一種荷爾蒙，能使韌帶鬆弛，幫助骨盆為分娩而張開。',
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
      zh: { term: '韧带松弛', variants: ['韧带松驰', '韧带变松'] },
      definition: {
        en: 'Ligaments looser than usual. In pregnancy, hormones loosen those of the lower back and pelvis, which the article links to back pain.',
        zh_CN: '韧带比平时松弛。孕期激素会使腰部和骨盆的韧带松弛，文章认为这与腰痛有关。',
        zh_TW: '韌帶比平時鬆弛。孕期荷爾蒙會使腰部和骨盆的韌帶鬆弛，文章認為這與腰痛有關。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'decalcification',
        variants: ['bone decalcification'],
      },
      zh: { term: '骨质脱钙', variants: ['脱钙', '骨骼脱钙'] },
      definition: {
        en: 'Loss of calcium from bone or teeth, which weakens them. The article links it to too little calcium in pregnancy.',
        zh_CN: '骨骼或牙齿中的钙流失，使其变弱。文章将其与孕期缺钙联系在一起。',
        zh_TW: '骨骼或牙齒中的鈣流失，使其變弱。文章將其與孕期缺鈣聯繫在一起。',
      },
    },
    {
      category: 'condition',
      signs: ['fall-weak-bones'],
      en: {
        term: 'pregnancy-associated osteoporosis',
        variants: [
          'pregnancy-related osteoporosis',
          'pregnancy and lactation-associated osteoporosis',
          'osteoporosis in pregnancy',
        ],
      },
      zh: { term: '妊娠相关骨质疏松', variants: ['妊娠期骨质疏松', '孕期骨质疏松', '妊娠哺乳相关骨质疏松'] },
      definition: {
        en: 'A rare bone weakening that appears in late pregnancy or while breastfeeding, sometimes with broken spine bones and back pain.',
        zh_CN: '少见的骨质变弱，出现在孕晚期或哺乳期，有时伴椎骨骨折和腰痛。',
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
      zh: { term: '缺钙', variants: ['钙缺乏', '钙摄入不足'] },
      definition: {
        en: 'Not getting enough calcium. The article says too little calcium in pregnancy can weaken bones and lead to low back pain.',
        zh_CN: '钙摄入不足。文章说孕期缺钙会使骨骼变弱，引起腰痛。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'pregnancy',
        variants: ['pregnant', 'pregnant woman', 'pregnant women', 'expectant mother', 'mother-to-be', 'mothers-to-be'],
      },
      zh: { term: '妊娠', variants: ['孕期', '妊娠期', '孕妇', '怀孕期间', '准妈妈'] },
      definition: {
        en: 'Carrying a growing baby in the womb. The article says loosened ligaments and weight shifting forward can cause back pain then.',
        zh_CN: '怀孕，即子宫里孕育着正在长大的胎儿。文章说此时韧带松弛、重心前移可引起腰痛。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'late pregnancy',
        variants: ['third trimester', 'last trimester', 'late stages of pregnancy'],
      },
      zh: { term: '妊娠晚期', variants: ['孕晚期', '妊娠后期', '怀孕后期', '孕后期'] },
      definition: {
        en: 'The last months of pregnancy, when the article says hormones loosen ligaments and the sacroiliac joint sprains easily.',
        zh_CN: '怀孕的最后几个月。文章说这时激素使韧带松弛，骶髂关节容易扭伤。',
        zh_TW: '懷孕的最後幾個月。文章說這時荷爾蒙使韌帶鬆弛，骶髂關節容易扭傷。',
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
      zh: { term: '产后', variants: ['产褥期', '坐月子', '月子期间'] },
      definition: {
        en: 'The weeks after giving birth, while the body recovers. The article says heavy bleeding, tiredness and cold then can cause back pain.',
        zh_CN: '产后身体恢复的几周。文章说此期间出血过多、劳累和受寒可引起腰痛。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'childbirth',
        variants: ['giving birth', 'labour and delivery', 'labor and delivery', 'vaginal birth', 'vaginal delivery'],
      },
      zh: { term: '分娩', variants: ['顺产', '自然分娩', '阴道分娩'] },
      definition: {
        en: 'Giving birth to a baby. The article says heavy bleeding, early labour, exhaustion and cold around birth can lead to back pain.',
        zh_CN: '分娩，即生孩子。文章说分娩前后出血过多、早产、过度劳累和受寒可导致腰痛。',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'premature labour',
        variants: ['premature labor', 'preterm labour', 'preterm labor', 'premature birth', 'preterm birth'],
      },
      zh: { term: '早产' },
      definition: {
        en: 'Labour and birth that come too early, before 37 weeks of pregnancy. The article lists it among causes of low back pain.',
        zh_CN: '怀孕未满37周就临产、分娩。文章把它列为腰痛的原因之一。',
        zh_TW: '懷孕未滿37週就臨產、分娩。文章把它列為腰痛的原因之一。',
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
      zh: { term: '产后出血', variants: ['产后大出血', '产后出血过多'] },
      definition: {
        en: 'Heavy bleeding after giving birth. The article lists too much bleeding after birth among causes of low back pain.',
        zh_CN: '分娩后大量出血。文章把产后出血过多列为腰痛的原因之一。',
      },
    },
  ],
} as const satisfies CauseRecord;
