import { links } from '../links';
import type { WiderRecord } from '../types';

export const pelvicInflammatoryDisease = {
  id: 'pelvic-inflammatory-disease',
  kind: 'beyond',
  title: {
    en: 'Pelvic inflammatory disease (PID)',
    zh_CN: '盆腔炎（PID）',
    zh_TW: '骨盆腔炎（PID）',
  },
  summary: {
    en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI; it can cause pelvic pain and deep pain during sex.',
    zh_CN: '子宫、输卵管或卵巢的感染，常由性传播感染蔓延而来，可引起盆腔痛和性生活时的深部疼痛。',
    zh_TW: '子宮、輸卵管或卵巢的感染，常由性傳播感染蔓延而來，可引起骨盆腔痛和性生活時的深部疼痛。',
  },
  getCare: {
    en: 'The NHS says: ask for an urgent GP appointment or call 111 if you think you have PID, if pelvic pain comes and goes, if you have symptoms and are or could be pregnant, or if you are no better after 3 days of antibiotics. Call 999 or go to A&E if, with symptoms, you have severe or worsening pelvic pain or pain when you move or touch the area, pelvic pain with heavy bleeding, a sudden sharp pain low in your tummy, pain under the right ribs and in the right shoulder, dizziness or fainting, a very high temperature or shivers, or you feel or are being sick.',
    zh_CN:
      '英国国民保健署（NHS）建议：怀疑自己得了盆腔炎、盆腔痛时有时无、有症状且已怀孕或可能怀孕，或用抗生素3天仍不见好转，应当天尽快就医（英国为紧急预约全科医生或拨打111）。有症状并出现以下任一情况，应立即拨打急救电话或去急诊（英国为999或A&E）：盆腔剧痛或越来越痛，活动或按压时疼痛；盆腔痛伴阴道大量出血；下腹部突然剧烈锐痛；右侧肋下和右肩疼痛；头晕或晕倒；高烧或发冷寒战；恶心或呕吐。',
    zh_TW:
      '英國國民保健署（NHS）建議：懷疑自己得了骨盆腔炎、骨盆腔痛時有時無、有症狀且已懷孕或可能懷孕，或用抗生素3天仍不見好轉，應當天儘快就醫（英國為緊急預約全科醫生或撥打111）。有症狀並出現以下任一情況，應立即撥打急救電話或去急診（英國為999或A&E）：骨盆腔劇痛或越來越痛，活動或按壓時疼痛；骨盆腔痛伴陰道大量出血；下腹部突然劇烈銳痛；右側肋下和右肩疼痛；頭暈或暈倒；高燒或發冷寒戰；噁心或嘔吐。',
  },
  source: 'NHS',
  links: [links.pidNhs, links.pidMedline, links.pidCdc],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'pelvic inflammatory disease',
        variants: ['PID', 'pelvic infection'],
      },
      zh: {
        term: '盆腔炎',
        variants: ['盆腔炎症', '盆腔炎性疾病', '急性盆腔炎', '慢性盆腔炎', '盆腔感染'],
        twVariants: ['骨盆腔炎', '骨盆腔發炎', '骨盆腔感染', '急性骨盆腔炎', '慢性骨盆腔炎'],
      },
      definition: {
        en: 'An infection of the womb, fallopian tubes or ovaries, often spread from an STI. It can cause pelvic pain and pain during sex.',
        zh_CN: '子宫、输卵管或卵巢的感染，常由性传播感染蔓延而来，可引起盆腔痛和性交痛。',
        zh_TW: '子宮、輸卵管或卵巢的感染，常由性傳播感染蔓延而來，可引起骨盆腔痛和性交痛。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'salpingitis',
        variants: ['inflammation of the fallopian tubes', 'fallopian tube infection'],
      },
      zh: { term: '输卵管炎' },
      definition: {
        en: 'Infection and swelling of the fallopian tubes, the tubes that carry eggs to the womb. It is one form of PID.',
        zh_CN: '输卵管炎：输送卵子到子宫的输卵管发生感染和肿胀，是盆腔炎的一种。',
        zh_TW: '輸卵管炎：輸送卵子到子宮的輸卵管發生感染和腫脹，是骨盆腔炎的一種。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'tubo-ovarian abscess',
      },
      zh: { term: '输卵管卵巢脓肿', variants: ['卵巢输卵管脓肿'], twVariants: ['輸卵管卵巢膿瘍', '卵巢輸卵管膿瘍'] },
      definition: {
        en: 'A pocket of pus around a fallopian tube and ovary; a serious problem that pelvic inflammatory disease can lead to.',
        zh_CN: '输卵管卵巢脓肿：输卵管和卵巢周围积脓，是盆腔炎可能导致的严重并发症。',
        zh_TW: '輸卵管卵巢膿腫：輸卵管和卵巢周圍積膿，是骨盆腔炎可能導致的嚴重併發症。',
      },
    },
    {
      category: 'beyond',
      zh: { term: '附件炎', variants: ['慢性附件炎', '急性附件炎'] },
      definition: {
        en: 'Inflammation of the fallopian tubes and ovaries, usually from an infection; a form of pelvic inflammatory disease.',
        zh_CN: '输卵管和卵巢发炎，多由感染引起，属于盆腔炎的一种。',
        zh_TW: '輸卵管和卵巢發炎，多由感染引起，屬於骨盆腔炎的一種。',
      },
    },
  ],
} as const satisfies WiderRecord;
