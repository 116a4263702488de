import { links } from '../links';
import type { WiderRecord } from '../types';

/** Long-term pelvic pain, in women and in men: a general topic, never one cause. */
export const chronicPelvicPain = {
  id: 'chronic-pelvic-pain',
  kind: 'beyond',
  title: {
    en: 'Long-term pelvic pain',
    zh_CN: '慢性盆腔痛',
    zh_TW: '慢性骨盆腔痛',
  },
  summary: {
    en: 'Pain low in the tummy or pelvis that goes on for months, in women or in men. It can come with several causes, among them endometriosis, pelvic inflammatory disease, interstitial cystitis, irritable bowel syndrome and, in men, chronic prostatitis; sometimes no single cause is found.',
    zh_CN:
      '下腹部或盆腔持续数月的疼痛，女性和男性都可能出现。它可能有多种原因，例如子宫内膜异位症、盆腔炎、间质性膀胱炎、肠易激综合征，男性还可能是慢性前列腺炎；有时找不到单一原因。',
    zh_TW:
      '下腹部或骨盆腔持續數月的疼痛，女性和男性都可能出現。它可能有多種原因，例如子宮內膜異位症、骨盆腔炎、間質性膀胱炎、大腸激躁症，男性還可能是慢性攝護腺炎；有時找不到單一原因。',
  },
  getCare: {
    en: 'The NHS suggests a GP visit for pelvic pain that lasts or keeps coming back, and a doctor at once for pelvic pain that starts suddenly. Its PID and ectopic pregnancy pages add: sudden, severe pain, above all with fainting, dizziness, fever or a possible pregnancy, needs 999 or A&E.',
    zh_CN:
      '英国国民保健署（NHS）建议：盆腔疼痛持续不退或反复发作，应去看医生；突然出现的盆腔痛，应立即就医。其盆腔炎和宫外孕页面还指出：突然剧烈的疼痛，尤其伴晕倒、头晕、发烧或可能怀孕时，应立即拨打急救电话或去急诊（英国为999或A&E）。',
    zh_TW:
      '英國國民保健署（NHS）建議：骨盆腔疼痛持續不退或反覆發作，應去看醫生；突然出現的骨盆腔痛，應立即就醫。其骨盆腔炎和子宮外孕頁面還指出：突然劇烈的疼痛，尤其伴暈倒、頭暈、發燒或可能懷孕時，應立即撥打急救電話或去急診（英國為999或A&E）。',
  },
  source: 'NHS',
  links: [links.pelvicPainNhs],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'chronic pelvic pain syndrome',
        variants: ['CPPS', 'chronic pelvic pain', 'persistent pelvic pain'],
      },
      zh: {
        term: '慢性盆腔疼痛综合征',
        variants: ['慢性盆腔疼痛综合症'],
        twVariants: ['慢性骨盆腔疼痛症候群', '慢性骨盆疼痛症候群'],
      },
      definition: {
        en: 'Pelvic pain lasting months, in women or men, often with no single cause found. In men it is another name for chronic prostatitis.',
        zh_CN: '持续数月的盆腔疼痛，男女都可能发生，常找不到单一原因；在男性中也是慢性前列腺炎的别称。',
        zh_TW: '持續數月的骨盆腔疼痛，男女都可能發生，常找不到單一原因；在男性中也是慢性攝護腺炎的別稱。',
      },
    },
  ],
} as const satisfies WiderRecord;
