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
          'anti-inflammatory drug',
          'anti-inflammatory medicine',
          'anti-inflammatory medication',
          'anti-inflammatory painkiller',
          'anti-inflammatories',
        ],
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
      definition: {
        en: 'A strong painkiller, such as codeine, tramadol or morphine. Most need a prescription, and they can be addictive.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'codeine',
      },
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
      definition: {
        en: 'A strong opioid painkiller, available only on prescription. It can be addictive.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'morphine',
      },
      definition: {
        en: 'A very strong opioid painkiller, used for severe pain under close medical care.',
      },
    },
  ],
} as const satisfies WiderRecord;
