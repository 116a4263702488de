import { links } from '../links';
import type { WiderRecord } from '../types';

/** Pain or blood when peeing: symptoms with several causes, so a general topic of their own. */
export const urinarySymptoms = {
  id: 'urinary-symptoms',
  kind: 'beyond',
  title: {
    en: 'Pain or blood when peeing',
    zh_CN: '排尿疼痛或尿中带血',
  },
  summary: {
    en: 'Symptoms with several possible causes, among them urinary tract infections, sexually transmitted infections and kidney stones. Blood in your pee should always be checked by a doctor, even once and even without pain.',
    zh_CN:
      '这些症状可能有多种原因，例如尿路感染、性传播感染和肾结石。尿中带血一定要请医生检查，哪怕只出现一次、也不痛。',
  },
  getCare: {
    en: 'The NHS says: blood in your pee, even a little, even once and with no other symptoms, needs an urgent GP appointment or a call to 111, as it can be a sign of cancer. Pain or burning when peeing with a very high temperature, shivers or pain in your back under the ribs needs care the same day too.',
    zh_CN:
      '英国国民保健署（NHS）指出：尿中带血，即使量少、只有一次、没有其他症状，也要尽快当天就医（英国为紧急预约全科医生或拨打111），因为它可能是癌症的信号。排尿疼痛或灼热同时伴有高烧、寒战或肋下腰背痛，也应当天就医。',
  },
  source: 'NHS',
  links: [links.bloodInUrineNhs, links.utiNhs, links.bloodInUrineMsdZh],
  terms: [
    {
      category: 'beyond',
      en: {
        term: 'painful urination',
        variants: [
          'dysuria',
          'painful peeing',
          'pain when peeing',
          'pain when urinating',
          'burning when peeing',
          'burning when urinating',
          'burning sensation when peeing',
          'burning sensation when urinating',
          'burning urination',
          'stinging when peeing',
        ],
      },
      zh: {
        term: '尿痛',
        variants: ['排尿疼痛', '排尿痛', '小便疼痛', '小便痛', '排尿灼痛', '排尿灼热'],
        twVariants: ['解尿疼痛', '解尿灼熱'],
      },
      definition: {
        en: 'Pain, burning or stinging when you pee. Common causes include bladder infections and some sexually transmitted infections.',
        zh_CN: '排尿时疼痛、灼热或刺痛，常见原因有膀胱感染和某些性传播感染。',
      },
    },
    {
      category: 'beyond',
      en: {
        term: 'blood in urine',
        variants: [
          'blood in the urine',
          'blood in your urine',
          'blood in pee',
          'blood in your pee',
          'bloody urine',
          'haematuria',
          'hematuria',
        ],
      },
      zh: { term: '血尿', variants: ['尿血'] },
      definition: {
        en: 'Blood in your pee, making it pink, red or brown. Causes range from infections to kidney stones; always have it checked by a doctor.',
        zh_CN: '尿液中带血，可呈粉红、红或褐色。原因从感染到肾结石都有可能，一定要请医生检查。',
      },
    },
  ],
} as const satisfies WiderRecord;
