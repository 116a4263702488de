import { links } from '../links';
import type { WiderRecord } from '../types';

/** The article never names it: it comes with the red flags, from the NHS. */
export const caudaEquina = {
  id: 'cauda-equina',
  kind: 'warning',
  title: {
    en: 'Cauda equina syndrome',
    zh_CN: '马尾综合征',
    zh_TW: '馬尾症候群',
  },
  summary: {
    en: 'The bundle of nerves at the base of the spine is squeezed. It is rare, and an emergency: see "Seek care now".',
    zh_CN: '脊柱最下端的一束神经（马尾神经）受到压迫。这种情况少见，但属于急症，需要马上就医。',
  },
  getCare: {
    en: 'Emergency: call 999 or go to A&E (911 or the emergency room in the US) if back pain comes with numbness around the genitals or bottom, new trouble peeing or loss of bladder or bowel control, weakness or numbness in both legs, or new sexual problems.',
    zh_CN:
      '急症：腰背痛同时出现生殖器或肛门周围麻木、新出现排尿困难或大小便失控、双腿无力或麻木，或新出现性功能问题时，请立即拨打120或去急诊。',
    zh_TW:
      '急症：腰背痛同時出現生殖器或肛門周圍麻木、新出現排尿困難或大小便失控、雙腿無力或麻木，或新出現性功能問題時，請立即撥打119或去急診。',
  },
  source: 'NHS',
  links: [links.caudaEquinaNhs],
  terms: [
    {
      category: 'urgent',
      signs: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'sexual-function'],
      en: {
        term: 'cauda equina syndrome',
      },
      zh: {
        term: '马尾综合征',
        variants: ['马尾综合症', '马尾神经综合征', '马尾神经损伤'],
        twVariants: ['馬尾症候群', '馬尾神經症候群'],
      },
      definition: {
        en: 'A rare emergency in which the bundle of nerves at the bottom of the spine is squeezed. It needs hospital care straight away.',
        zh_CN: '脊柱底部的一束神经受压迫，少见但属急症，需立即去医院。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'sexual-function'],
      en: {
        term: 'cauda equina',
      },
      zh: { term: '马尾神经' },
      definition: {
        en: "The bundle of nerves at the bottom of the spinal canal, shaped like a horse's tail. Pressure on it is an emergency.",
        zh_CN: '椎管最下端形似马尾的一束神经。它受到压迫属于急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness'],
      en: {
        term: 'saddle numbness',
        variants: ['saddle anaesthesia', 'saddle anesthesia'],
      },
      zh: { term: '鞍区麻木', variants: ['马鞍区麻木', '鞍区感觉减退', '鞍区感觉异常'] },
      definition: {
        en: 'Loss of feeling around the genitals, bottom and inner thighs, the areas that would touch a saddle. It is an emergency sign.',
        zh_CN: '生殖器、臀部和大腿内侧（骑马时贴着马鞍的部位）失去知觉，是急症信号。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'sexual-function'],
      en: {
        term: 'CES',
      },
      definition: {
        en: 'Short for cauda equina syndrome: the nerves at the base of the spine are squeezed. It is an emergency.',
        zh_CN: '马尾综合征的英文缩写：脊柱底部的神经受压迫，属于急症。',
        zh_TW: '馬尾症候群的英文縮寫：脊柱底部的神經受壓迫，屬於急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness', 'bladder-bowel', 'both-legs', 'leg-weakness', 'sexual-function'],
      en: {
        term: 'cauda equina compression',
      },
      zh: { term: '马尾神经受压', variants: ['马尾神经压迫'] },
      definition: {
        en: 'Squeezing of the bundle of nerves at the bottom of the spine, which causes cauda equina syndrome: an emergency.',
        zh_CN: '脊柱底部的马尾神经受到挤压，会引起马尾综合征，属于急症。',
        zh_TW: '脊柱底部的馬尾神經受到擠壓，會引起馬尾症候群，屬於急症。',
      },
    },
    {
      category: 'urgent',
      signs: ['saddle-numbness'],
      en: {
        term: 'numbness between the inner thighs',
        variants: [
          'numbness between your inner thighs',
          'numbness in the inner thighs',
          'numbness around the back passage',
          'numbness in the saddle area',
          'saddle area numbness',
          'saddle paraesthesia',
          'saddle paresthesia',
          'saddle sensory loss',
        ],
      },
      zh: { term: '大腿内侧麻木', variants: ['双侧大腿内侧麻木'] },
      definition: {
        en: 'Numbness or tingling where you would sit on a saddle: inner thighs, genitals and bottom. With back pain it is an emergency.',
        zh_CN: '大腿内侧、生殖器和臀部（坐马鞍的部位）发麻或刺痛；伴腰背痛时属急症。',
      },
    },
  ],
} as const satisfies WiderRecord;
