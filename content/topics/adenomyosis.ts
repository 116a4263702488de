import { links } from '../links';
import type { WiderRecord } from '../types';

export const adenomyosis = {
  id: 'adenomyosis',
  kind: 'beyond',
  title: {
    en: 'Adenomyosis',
    zh_CN: '子宫腺肌病（子宫腺肌症）',
    zh_TW: '子宮肌腺症',
  },
  summary: {
    en: 'The lining of the womb grows into the muscle of its wall, which can cause painful, heavy periods, pelvic pain and pain during sex.',
    zh_CN: '子宫内膜长进子宫壁的肌肉层，可引起痛经、月经量多、盆腔痛和性交痛。',
    zh_TW: '子宮內膜長進子宮壁的肌肉層，可引起痛經、月經量多、骨盆腔痛和性交痛。',
  },
  getCare: {
    en: 'The NHS says: when pelvic or period pain is severe, or worse than your usual, and painkillers make no difference, ask for an urgent GP appointment or call 111 the same day. Book a routine GP visit if periods grow more painful, heavier or irregular, if sex hurts, if you bleed between periods or after sex, or if bloating lasts about 3 weeks.',
    zh_CN:
      '英国国民保健署（NHS）建议：盆腔痛或痛经很严重、比平时更痛，而且止痛药不管用时，应当天尽快就医（英国为紧急预约全科医生或拨打111）。月经变得更痛、量更多或不规律，性交痛，经间期或性生活后出血，或腹胀持续约3周，可以预约普通门诊。',
    zh_TW:
      '英國國民保健署（NHS）建議：骨盆腔痛或痛經很嚴重、比平時更痛，而且止痛藥不管用時，應當天儘快就醫（英國為緊急預約全科醫生或撥打111）。月經變得更痛、量更多或不規律，性交痛，經間期或性生活後出血，或腹脹持續約3周，可以預約普通門診。',
  },
  source: 'NHS',
  links: [links.adenomyosisNhs, links.uterineDiseasesMedline],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'adenomyosis',
      },
      zh: { term: '子宫腺肌症', variants: ['子宫腺肌病'], twVariants: ['子宮肌腺症'] },
      definition: {
        en: 'The lining of the womb grows into the muscle of the womb wall, which can cause heavy, painful periods and painful sex.',
        zh_CN: '子宫内膜长入子宫壁的肌肉层，可导致月经量多、痛经和性交痛。',
      },
    },
  ],
} as const satisfies WiderRecord;
