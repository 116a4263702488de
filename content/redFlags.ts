import type { InLanguage, RedFlag } from './types';

/**
 * When back pain needs care now, in our words: the NHS back-pain page's "call 999 or go to A&E"
 * and "urgent GP appointment or 111" lists, the NHS cauda equina, ectopic pregnancy and ovarian
 * cyst pages, and NICE NG59's fracture red flags (see docs/content-review.md).
 */
export const redFlagRecords = [
  {
    id: 'both-legs',
    urgency: 'emergency',
    text: { en: 'Pain, tingling, weakness or numbness in both legs', zh_CN: '两条腿都出现疼痛、刺痛、无力或麻木' },
  },
  {
    id: 'saddle-numbness',
    urgency: 'emergency',
    text: { en: 'Numbness or tingling around the genitals or buttocks', zh_CN: '生殖器或臀部周围发麻或有针刺感' },
  },
  {
    id: 'bladder-bowel',
    urgency: 'emergency',
    text: {
      en: 'Trouble peeing, or losing control of your bladder or bowels',
      zh_CN: '排尿困难，或大小便失禁、控制不住',
    },
  },
  {
    id: 'sexual-function',
    urgency: 'emergency',
    text: {
      en: 'New problems with erection or ejaculation, or changed genital feeling during sex',
      zh_CN: '新出现勃起或射精问题，或性生活时生殖器的感觉变了',
    },
  },
  {
    id: 'leg-weakness',
    urgency: 'emergency',
    text: {
      en: 'Weakness in one or both legs that is getting worse, or new difficulty walking',
      zh_CN: '一条或两条腿越来越无力，或新出现走路困难',
    },
  },
  {
    id: 'pregnancy-emergency',
    urgency: 'emergency',
    text: {
      en: 'Sudden, severe pain in your tummy or pelvis, with dizziness or fainting, when you are or could be pregnant',
      zh_CN: '已怀孕或可能怀孕时，腹部或盆腔突然剧痛，并伴头晕或晕倒',
      zh_TW: '已懷孕或可能懷孕時，腹部或骨盆腔突然劇痛，並伴頭暈或暈倒',
    },
  },
  {
    id: 'sudden-pelvic-pain',
    urgency: 'emergency',
    text: {
      en: 'Sudden, severe pain in your tummy or pelvis, or tummy pain with fainting or very heavy bleeding',
      zh_CN: '腹部或盆腔突然剧痛，或腹痛时晕倒、大量出血',
      zh_TW: '腹部或骨盆腔突然劇痛，或腹痛時暈倒、大量出血',
    },
  },
  { id: 'chest-pain', urgency: 'emergency', text: { en: 'Chest pain', zh_CN: '胸痛' } },
  {
    id: 'serious-injury',
    urgency: 'emergency',
    text: {
      en: 'Pain that began after a serious accident, such as a car crash or a bad fall',
      zh_CN: '疼痛始于车祸、重摔等严重意外之后',
    },
  },
  {
    id: 'pregnancy-warning',
    urgency: 'urgent',
    text: {
      en: 'When you are or could be pregnant: pain low down on one side of your tummy, vaginal bleeding or a brown watery discharge, or pain in the tip of your shoulder',
      zh_CN: '已怀孕或可能怀孕时：一侧下腹痛、阴道出血或流出褐色水样分泌物，或肩膀尖部疼痛',
    },
  },
  {
    id: 'fall-weak-bones',
    urgency: 'urgent',
    text: {
      en: 'Back pain after a fall or a minor injury if you have osteoporosis or take steroids long term',
      zh_CN: '有骨质疏松或长期使用激素类药物，摔倒或轻微受伤后腰背痛',
      zh_TW: '有骨質疏鬆或長期使用類固醇，摔倒或輕微受傷後腰背痛',
    },
  },
  {
    id: 'fever-unwell',
    urgency: 'urgent',
    text: { en: 'A high temperature, or feeling generally unwell', zh_CN: '发高烧，或浑身不舒服' },
  },
  {
    id: 'weight-loss-cancer',
    urgency: 'urgent',
    text: { en: 'Losing weight without trying, or a history of cancer', zh_CN: '体重莫名下降，或得过癌症' },
  },
  {
    id: 'back-lump',
    urgency: 'urgent',
    text: { en: 'A lump, swelling or change in the shape of your back', zh_CN: '背部出现肿块、肿胀，或形状有变化' },
  },
  {
    id: 'night-pain',
    urgency: 'urgent',
    text: { en: 'Pain that rest does not ease, or that is worse at night', zh_CN: '休息也不缓解，或夜里更疼' },
  },
  {
    id: 'sneeze-cough',
    urgency: 'urgent',
    text: {
      en: 'Pain that is worse when you sneeze, cough or go to the toilet',
      zh_CN: '打喷嚏、咳嗽或上厕所时疼得更厉害',
    },
  },
  {
    id: 'upper-back',
    urgency: 'urgent',
    text: {
      en: 'Pain high in your back, between the shoulder blades, rather than low down',
      zh_CN: '疼在上背部、两侧肩胛骨之间，而不是下腰部',
    },
  },
] as const satisfies readonly RedFlag[];

/** The red flags in English. */
export const redFlags: readonly InLanguage<RedFlag>[] = redFlagRecords.map((flag) => ({
  id: flag.id,
  urgency: flag.urgency,
  text: flag.text.en,
}));
