import { links } from '../links';
import type { WiderRecord } from '../types';

export const painRelief = {
  id: 'pain-relief',
  kind: 'treatment',
  title: {
    en: 'Painkillers',
    zh_CN: '止痛药',
  },
  summary: {
    en: 'Medicines that ease pain. Some, the NSAIDs such as ibuprofen, also bring down swelling; the strongest, opioids, need a prescription.',
    zh_CN: '缓解疼痛的药物。其中布洛芬等非甾体抗炎药（NSAIDs）还能消肿；作用最强的阿片类药物需要处方。',
    zh_TW: '緩解疼痛的藥物。其中布洛芬等非類固醇消炎止痛藥（NSAIDs）還能消腫；作用最強的鴉片類藥物需要處方。',
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
        zh_CN: '缓解疼痛的药。有些在商店或药店就能买到，较强的需要处方。',
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
        zh_CN: '布洛芬：常用止痛药，也能消肿，属于非甾体抗炎药。',
        zh_TW: '布洛芬：常用止痛藥，也能消腫，屬於非類固醇消炎止痛藥。',
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
        zh_CN: '萘普生：止痛药，也能消肿，属于非甾体抗炎药。',
        zh_TW: '萘普生：止痛藥，也能消腫，屬於非類固醇消炎止痛藥。',
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
        zh_CN: '对乙酰氨基酚（扑热息痛）：常用止痛药，也能退烧，但不能消肿。',
        zh_TW: '乙醯胺酚（普拿疼）：常用止痛藥，也能退燒，但不能消腫。',
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
        zh_CN: '阿司匹林：止痛药，也能消肿、退烧，属于非甾体抗炎药。',
        zh_TW: '阿斯匹靈：止痛藥，也能消腫、退燒，屬於非類固醇消炎止痛藥。',
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
        zh_CN: '双氯芬酸：一种非甾体抗炎止痛药，能减轻疼痛和肿胀，有片剂，也有涂抹皮肤的凝胶。',
        zh_TW: '雙氯芬酸：一種非類固醇消炎止痛藥，能減輕疼痛和腫脹，有錠劑，也有塗抹皮膚的凝膠。',
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
        zh_CN: '非甾体抗炎药的英文缩写：一类止痛药，如布洛芬、萘普生、阿司匹林，也能消肿。',
        zh_TW: '非類固醇消炎止痛藥的英文縮寫：一類止痛藥，如布洛芬、萘普生、阿斯匹靈，也能消腫。',
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
        zh_CN: '阿片类药物：强效止痛药，如可待因、曲马多、吗啡，多数需要处方，可能成瘾。',
        zh_TW: '鴉片類藥物：強效止痛藥，如可待因、曲馬多、嗎啡，多數需要處方，可能成癮。',
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
        zh_CN: '可待因：阿片类止痛药，比吗啡弱，有时与对乙酰氨基酚制成复方片剂，可能成瘾。',
        zh_TW: '可待因：鴉片類止痛藥，比嗎啡弱，有時與乙醯胺酚製成複方錠劑，可能成癮。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'co-codamol',
      },
      definition: {
        en: 'A painkiller tablet that combines codeine with paracetamol.',
        zh_CN: '可待因与对乙酰氨基酚的复方止痛片。',
        zh_TW: '可待因與乙醯胺酚的複方止痛片。',
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
        zh_CN: '曲马多：强效阿片类止痛药，只能凭处方使用，可能成瘾。',
        zh_TW: '曲馬多：強效鴉片類止痛藥，只能憑處方使用，可能成癮。',
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
        zh_CN: '吗啡：作用很强的阿片类止痛药，用于剧痛，须在医护人员严密监护下使用。',
        zh_TW: '嗎啡：作用很強的鴉片類止痛藥，用於劇痛，須在醫護人員嚴密監護下使用。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '塞来昔布' },
      definition: {
        en: 'Celecoxib, a prescription anti-inflammatory painkiller of the NSAID family, taken by mouth.',
        zh_CN: '塞来昔布，一种口服的处方非甾体抗炎止痛药。',
        zh_TW: '塞來昔布，一種口服的處方非類固醇消炎止痛藥。',
      },
    },
    {
      category: 'treatment',
      zh: { term: '洛索洛芬', variants: ['洛索洛芬钠'] },
      definition: {
        en: 'Loxoprofen, an anti-inflammatory painkiller of the NSAID family, sold in China and Japan as tablets and patches.',
        zh_CN: '洛索洛芬，一种非甾体抗炎止痛药，有片剂和贴剂。',
        zh_TW: '洛索洛芬，一種非類固醇消炎止痛藥，有錠劑和貼布。',
      },
    },
  ],
} as const satisfies WiderRecord;
