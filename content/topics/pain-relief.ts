import { links } from '../links';
import type { WiderRecord } from '../types';

export const painRelief = {
  id: 'pain-relief',
  kind: 'treatment',
  title: {
    en: 'Painkillers',
  },
  summary: {
    en: 'Medicines that ease pain. Some, the NSAIDs such as ibuprofen, also bring down swelling; the strongest, opioids, need a prescription.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.painRelieversMedline, links.ibuprofenNhs, links.paracetamolNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'painkiller',
        variants: [
          'pain killer',
          'pain reliever',
          'pain medication',
          'pain medicine',
          'pain relief medicine',
          'pain relief medication',
          'analgesic',
        ],
      },
      zh: { term: '止痛药', variants: ['止疼药', '止痛片', '止痛剂', '镇痛药', '镇痛剂'] },
      definition: {
        en: 'A medicine that eases pain. Some can be bought in shops or pharmacies; stronger ones need a prescription.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ibuprofen',
        variants: ['advil', 'motrin', 'nurofen'],
      },
      zh: { term: '布洛芬', variants: ['芬必得'] },
      definition: {
        en: 'A common painkiller that also reduces swelling. It is one of the NSAIDs.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'naproxen',
        variants: ['aleve'],
      },
      zh: { term: '萘普生' },
      definition: {
        en: 'A painkiller that also reduces swelling. It is one of the NSAIDs.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'paracetamol',
        variants: ['acetaminophen', 'tylenol'],
      },
      zh: { term: '对乙酰氨基酚', variants: ['扑热息痛', '泰诺林'], twVariants: ['乙醯胺酚', '普拿疼', '必理痛'] },
      definition: {
        en: 'A common painkiller that also brings down a fever but does not reduce swelling.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'aspirin',
        variants: ['acetylsalicylic acid'],
      },
      zh: { term: '阿司匹林', variants: ['乙酰水杨酸'], twVariants: ['阿斯匹靈'] },
      definition: {
        en: 'A painkiller that also reduces swelling and fever. It is one of the NSAIDs.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'diclofenac',
        variants: ['voltaren'],
      },
      zh: { term: '双氯芬酸', variants: ['双氯芬酸钠', '扶他林'] },
      definition: {
        en: 'An NSAID painkiller that reduces pain and swelling. It comes as tablets and as a gel rubbed on the skin.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'NSAID',
        variants: [
          'non-steroidal anti-inflammatory drug',
          'nonsteroidal anti-inflammatory drug',
          'non-steroidal anti-inflammatory medicine',
          'nonsteroidal anti-inflammatory medicine',
          'nonsteroidal anti-inflammatories',
          'non-steroidal anti-inflammatories',
          'anti-inflammatory painkiller',
        ],
      },
      zh: {
        term: '非甾体抗炎药',
        variants: ['非甾体类抗炎药', '非甾体消炎药', '消炎止痛药'],
        twVariants: ['非類固醇消炎藥', '非類固醇抗發炎藥', '非類固醇類消炎止痛藥'],
      },
      definition: {
        en: 'Short for non-steroidal anti-inflammatory drug: a family of painkillers, such as ibuprofen, naproxen and aspirin, that also reduce swelling.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'opioid',
        variants: ['opioid painkiller', 'opiate', 'narcotic painkiller', 'narcotic pain reliever'],
      },
      zh: {
        term: '阿片类药物',
        variants: ['阿片类止痛药', '阿片类镇痛药', '鸦片类药物'],
        twVariants: ['鴉片類止痛藥'],
      },
      definition: {
        en: 'A strong painkiller, such as codeine, tramadol or morphine. Most need a prescription, and they can be addictive.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'codeine',
      },
      zh: { term: '可待因' },
      definition: {
        en: 'An opioid painkiller, weaker than morphine, sometimes combined with paracetamol in one tablet. It can be addictive.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'co-codamol',
      },
      definition: {
        en: 'A painkiller tablet that combines codeine with paracetamol.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'tramadol',
      },
      zh: { term: '曲马多', twVariants: ['特拉瑪竇'] },
      definition: {
        en: 'A strong opioid painkiller, available only on prescription. It can be addictive.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'morphine',
      },
      zh: { term: '吗啡' },
      definition: {
        en: 'A very strong opioid painkiller, used for severe pain under close medical care.',
      },
    },
    {
      category: 'treatment',
      zh: { term: '塞来昔布' },
      definition: {
        en: 'Celecoxib, a prescription anti-inflammatory painkiller of the NSAID family, taken by mouth.',
        zh_CN: '塞来昔布，一种口服的处方非甾体抗炎止痛药。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '洛索洛芬', variants: ['洛索洛芬钠'] },
      definition: {
        en: 'Loxoprofen, an anti-inflammatory painkiller of the NSAID family, sold in China and Japan as tablets and patches.',
        zh_CN: '洛索洛芬，一种非甾体抗炎止痛药，有片剂和贴剂。',
      },
    },
  ],
} as const satisfies WiderRecord;
