import { links } from '../links';
import type { NamedRecord } from '../types';

/**
 * Symptoms of a pressed or irritated nerve, which the article names under more than one cause
 * (a slipped disc, spinal stenosis): their own topic, so that no card pins them to one cause.
 */
export const nerveSymptoms = {
  id: 'nerve-symptoms',
  kind: 'named',
  title: {
    en: 'Nerve pain and numbness in the legs',
    zh_CN: '腿部放射痛和麻木',
  },
  summary: {
    en: 'Pain, tingling or numbness spreading from the lower back down a leg, from a pressed or irritated nerve. The article names it under two causes, a slipped disc and spinal stenosis.',
    zh_CN: '神经受压或受刺激时，疼痛、刺痛或麻木从腰部向腿部放射。文章在两种病因下提到它：腰椎间盘突出和椎管狭窄。',
  },
  namedUnder: null,
  links: [links.sciaticaNhs, links.sciaticaMedline],
  terms: [
    {
      category: 'symptom',
      signs: ['both-legs', 'leg-weakness', 'saddle-numbness', 'bladder-bowel'],
      en: {
        term: 'sciatica',
        variants: ['sciatic pain', 'sciatic nerve pain', 'sciatica pain', 'sciatic neuralgia'],
      },
      zh: { term: '坐骨神经痛', variants: ['坐骨神经疼'] },
      definition: {
        en: 'Pain that runs from the lower back or buttock down the back of a leg, caused by pressure on the sciatic nerve.',
        zh_CN: '从腰部或臀部沿大腿后侧向下放射的疼痛，由坐骨神经受压引起。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'radiating pain',
        variants: [
          'radiating leg pain',
          'radicular pain',
          'radicular leg pain',
          'lumbar radicular pain',
          'pain radiating down the leg',
          'pain that radiates down the leg',
          'shooting pain down the leg',
          'shooting leg pain',
        ],
      },
      zh: { term: '下肢放射痛', variants: ['下肢放射性疼痛', '腿部放射痛', '神经根性疼痛', '根性痛'] },
      definition: {
        en: 'Pain that spreads out from where it starts, for example from the lower back down a leg along a nerve.',
        zh_CN: '从起点向外扩散的疼痛，例如顺着神经从腰部一直放射到腿上。',
      },
    },
    {
      category: 'symptom',
      signs: ['both-legs', 'leg-weakness'],
      en: {
        term: 'numbness in the leg',
        variants: [
          'leg numbness',
          'numb leg',
          'numbness in one leg',
          'numbness down the leg',
          'numbness in the lower limb',
          'lower limb numbness',
        ],
      },
      zh: { term: '下肢麻木', variants: ['腿麻', '腿部麻木', '腿发麻', '单侧下肢麻木', '一侧下肢麻木'] },
      definition: {
        en: 'Loss of feeling in part of a leg, often from a pressed nerve. The article names it with pain spreading down the legs.',
        zh_CN: '腿的一部分失去知觉，常因神经受压。文章把它与下肢放射痛一起提到。',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'pins and needles',
        variants: [
          'paraesthesia',
          'paresthesia',
          'paraesthesiae',
          'tingling in the leg',
          'leg tingling',
          'tingling down the leg',
        ],
      },
      zh: { term: '感觉异常', variants: ['下肢感觉异常', '麻刺感'] },
      definition: {
        en: 'A prickling, tingling feeling in the skin, often because a nerve is being pressed on or irritated.',
        zh_CN: '皮肤上针扎似的刺痛、发麻感，常因神经受压或受刺激。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'pinched nerve',
        variants: [
          'trapped nerve',
          'compressed nerve',
          'pinched nerve in the back',
          'pinched nerve in the lower back',
          'trapped nerve in the back',
          'trapped nerve in the lower back',
        ],
      },
      zh: { term: '神经受压', variants: ['神经压迫', '神经卡压'] },
      definition: {
        en: 'A nerve squeezed by tissue around it, such as a bulging disc or a bone spur, causing pain, tingling, numbness or weakness.',
        zh_CN: '神经被周围组织（如突出的椎间盘或骨刺）压住，引起疼痛、刺痛、麻木或无力。',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'lumbar radiculopathy',
        variants: [
          'lumbosacral radiculopathy',
          'nerve root compression',
          'compressed nerve root',
          'pinched nerve root',
          'lumbar nerve root compression',
          'nerve root irritation',
        ],
      },
      zh: { term: '腰椎神经根病', variants: ['神经根病', '腰骶神经根病', '神经根受压', '神经根压迫'] },
      definition: {
        en: 'Pain, numbness or weakness from a squeezed or irritated nerve root where it leaves the spine, for example because of a slipped disc.',
        zh_CN: '神经根在出椎管处受压或受刺激，引起疼痛、麻木或无力，例如由腰椎间盘突出所致。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sciatic nerve',
      },
      zh: { term: '坐骨神经' },
      definition: {
        en: "The body's longest nerve, running from the lower back through the buttock and down the back of each leg.",
        zh_CN: '人体最长的神经，从腰部经臀部沿每条腿的后侧向下走行。',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'nerve root',
        variants: ['spinal nerve root', 'lumbar nerve root', 'L5 nerve root', 'S1 nerve root'],
      },
      zh: { term: '神经根' },
      definition: {
        en: 'The part of a nerve where it branches off the spinal cord and leaves the spine between two bones.',
        zh_CN: '神经从脊髓分出、从两块椎骨之间穿出椎管的那一段。',
      },
    },
  ],
} as const satisfies NamedRecord;
