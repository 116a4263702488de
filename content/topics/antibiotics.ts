import { links } from '../links';
import type { WiderRecord } from '../types';

export const antibiotics = {
  id: 'antibiotics',
  kind: 'treatment',
  title: {
    en: 'Antibiotics',
  },
  summary: {
    en: 'Medicines that kill bacteria or stop them multiplying. They treat infections caused by bacteria, not by viruses.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.antibioticsMedline, links.antibioticsNhs],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'antibiotic',
        variants: ['course of antibiotics'],
      },
      definition: {
        en: 'A medicine that kills bacteria or stops them multiplying. It does not work against viruses, such as colds or flu.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'doxycycline',
      },
      definition: {
        en: 'An antibiotic, taken as capsules or tablets, that works against many kinds of bacteria.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'azithromycin',
      },
      definition: {
        en: 'An antibiotic that works against many kinds of bacteria, often given as a short course.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ceftriaxone',
      },
      definition: {
        en: 'An antibiotic given as an injection, used against some serious bacterial infections.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'nitrofurantoin',
      },
      definition: {
        en: 'An antibiotic that works mainly in the bladder and urine.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'trimethoprim',
      },
      definition: {
        en: 'An antibiotic, taken as tablets or liquid, that works against some kinds of bacteria.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ciprofloxacin',
      },
      definition: {
        en: 'A strong antibiotic that works against many kinds of bacteria.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'metronidazole',
      },
      definition: {
        en: 'An antibiotic that works against some bacteria and some tiny parasites.',
      },
    },
  ],
} as const satisfies WiderRecord;
