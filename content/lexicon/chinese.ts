import type { TermCategory } from '../types';

/**
 * A Chinese term the highlighter looks for on pages in Simplified or Traditional Chinese. The
 * Traditional forms are made from the Simplified ones when the extension is built (OpenCC's
 * Taiwan and Hong Kong tables, scripts/chineseScripts.ts); `twVariants` adds those the
 * conversion does not make.
 */
export interface ChineseEntry {
  /** The Simplified canonical form, as the zh_CN card shows it. */
  term: string;
  /** The id of the one topic the term belongs to (content/topics.ts). */
  topic: string;
  category: TermCategory;
  /** Other Simplified forms. */
  variants?: string[];
  /** Traditional forms Taiwan writes that conversion does not produce (骨盆腔炎 for 盆腔炎). */
  twVariants?: string[];
  /** The English lexicon term meaning the same concept (it shares that term's definition), or null. */
  sameAs: string | null;
  /** Only when sameAs is null. */
  definition?: { en: string; zh_CN: string };
}

/**
 * A seed of the Chinese vocabulary, enough to build and test the matching. The full vocabulary
 * replaces it.
 */
export const chineseLexicon: readonly ChineseEntry[] = [
  { term: '腰痛', topic: 'back-pain', category: 'symptom', variants: ['腰疼'], sameAs: 'low back pain' },
  { term: '腰酸', topic: 'back-pain', category: 'symptom', sameAs: 'backache' },
  {
    term: '腰椎间盘突出症',
    topic: 'disc-herniation',
    category: 'condition',
    variants: ['腰椎间盘突出', '腰间盘突出'],
    sameAs: 'lumbar disc herniation',
  },
  { term: '坐骨神经痛', topic: 'disc-herniation', category: 'symptom', sameAs: 'sciatica' },
  { term: '腰椎', topic: 'lumbar-spine-disease', category: 'anatomy', sameAs: 'lumbar spine' },
  { term: '腰肌劳损', topic: 'lumbar-muscle-strain', category: 'condition', sameAs: 'lumbar muscle strain' },
  { term: '骶髂关节', topic: 'sacroiliac-strain', category: 'anatomy', sameAs: 'sacroiliac joint' },
  {
    term: '尿路感染',
    topic: 'urinary-tract-infection',
    category: 'beyond',
    variants: ['泌尿系统感染', '泌尿系感染'],
    sameAs: 'urinary tract infection',
  },
  { term: '肾盂肾炎', topic: 'kidney-infection', category: 'beyond', sameAs: 'kidney infection' },
  {
    term: '盆腔炎',
    topic: 'pelvic-inflammatory-disease',
    category: 'beyond',
    variants: ['盆腔炎症性疾病'],
    twVariants: ['骨盆腔炎'],
    sameAs: 'pelvic inflammatory disease',
  },
  { term: '子宫内膜异位症', topic: 'endometriosis', category: 'beyond', sameAs: 'endometriosis' },
  { term: '前列腺炎', topic: 'prostatitis', category: 'beyond', sameAs: 'prostatitis' },
  { term: '肾结石', topic: 'kidney-stones', category: 'condition', sameAs: 'kidney stone' },
  { term: '肾炎', topic: 'nephritis', category: 'condition', sameAs: 'nephritis' },
  { term: '肾虚', topic: 'kidney-deficiency', category: 'tcm', sameAs: 'kidney deficiency' },
  { term: '瘀血', topic: 'blood-stasis', category: 'tcm', variants: ['淤血', '血瘀'], sameAs: 'blood stasis' },
  { term: '寒湿', topic: 'cold-dampness', category: 'tcm', sameAs: 'cold and dampness' },
  {
    term: '宫外孕',
    topic: 'ectopic-pregnancy',
    category: 'urgent',
    variants: ['异位妊娠'],
    sameAs: 'ectopic pregnancy',
  },
  { term: '衣原体', topic: 'chlamydia', category: 'beyond', twVariants: ['披衣菌'], sameAs: 'chlamydia' },
  { term: '马尾综合征', topic: 'cauda-equina', category: 'urgent', sameAs: 'cauda equina syndrome' },
  {
    term: '骨质疏松',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: ['骨质疏松症'],
    sameAs: 'osteoporosis',
  },
  { term: '高跟鞋', topic: 'high-heels', category: 'risk', sameAs: 'high heels' },
  { term: '怀孕', topic: 'pregnancy-postpartum', category: 'risk', variants: ['妊娠'], sameAs: 'pregnancy' },
  {
    term: '尿频',
    topic: 'urinary-tract-infection',
    category: 'symptom',
    sameAs: null,
    definition: {
      en: 'Needing to pass urine more often than usual.',
      zh_CN: '排尿次数比平时明显增多。',
    },
  },
  { term: '磁共振', topic: 'imaging', category: 'treatment', variants: ['核磁共振'], sameAs: 'MRI scan' },
];

/** Words never marked alone: too general to say anything of health on their own. */
export const generalChineseWords: readonly string[] = ['腰部', '肌肉', '姿势', '性生活', '医院', '疼痛', '医生'];
