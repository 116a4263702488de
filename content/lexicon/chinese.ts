import type { ChineseEntry } from '../types';
import { chineseLexicon as chineseLexiconOf } from '../views';

export type { ChineseEntry } from '../types';

/**
 * Everything the highlighter looks for in Chinese, from the topic records: each term's Simplified
 * forms, its topic and style, and the English term it means the same as. Left out on purpose,
 * because they mean more than one thing: 风湿 (the traditional wind-damp and the lay word for
 * rheumatism), 消炎药 (the lay word for antibiotics and for anti-inflammatories), 放射痛 alone
 * (pain spreading from anywhere), 小关节 alone (the hand's small joints too), 姿势不当 (any bad
 * posture), 拍片 (also filming), 安定 (also "stable"), 腰突 (inside 腰突然), 怀孕 (the verb), and
 * 瘀血 and 淤血 alone (a bruise or congested blood too, as "blood stasis" is in English).
 */
export const chineseLexicon: readonly ChineseEntry[] = chineseLexiconOf();

/**
 * Words never marked alone: body parts, people, places and everyday words that health pages
 * and other pages share (腰部, 肌肉, 姿势, 性生活, 医院, 疼痛 …). The last group are longer words
 * that hold a shorter term but mean something else (慢性病 holds 性病, 神经痛 holds 经痛 as
 * Taiwan writes 痛经): read as the longer word, which is never marked, the term inside is not.
 */
export const generalChineseWords: readonly string[] = [
  // The body
  '腰',
  '腰部',
  '后腰',
  '腰背',
  '背部',
  '后背',
  '肌肉',
  '韧带',
  '关节',
  '骨头',
  '骨骼',
  '神经',
  '脊柱',
  '脊椎',
  '骨盆',
  '盆腔',
  '盆底',
  '子宫',
  '卵巢',
  '输卵管',
  '阴道',
  '膀胱',
  '尿道',
  '前列腺',
  '肾',
  '肾脏',
  '下肢',
  '臀部',
  '下腹部',
  // Sex and relationships
  '性生活',
  '性行为',
  '性交',
  '性爱',
  '同房',
  '房事',
  '做爱',
  '伴侣',
  '夫妻',
  '老公',
  '老婆',
  '怀孕',
  '月经',
  // Care, places and people
  '医院',
  '医生',
  '就医',
  '检查',
  '治疗',
  '手术',
  '药物',
  '吃药',
  '中医',
  '西医',
  '妇科',
  '骨科',
  '泌尿外科',
  '休息',
  '热敷',
  '按摩',
  '运动',
  '锻炼',
  '姿势',
  '体位',
  '健康',
  // Symptoms and states on their own
  '疼痛',
  '酸痛',
  '酸胀',
  '不适',
  '症状',
  '疾病',
  '炎症',
  '发炎',
  '感染',
  '发热',
  '发烧',
  '结石',
  '囊肿',
  '肿瘤',
  '痉挛',
  '麻木',
  '疲劳',
  // Longer words that hold a shorter term but mean something else
  '慢性病',
  '急性病',
  '慢性病变',
  '急性病变',
  '良性病变',
  '恶性病变',
  '器质性病变',
  '炎性病变',
  '神经痛',
  '肺炎衣原体',
  '盆腔淤血综合征',
  '皮下淤血',
];
