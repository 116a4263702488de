import { links } from './links';
import type { NamedCondition } from './types';

/** Conditions the article or its red flags name, which are not checklist items. */
const conditionsList = [
  {
    id: 'back-pain',
    title: 'Low back pain',
    summary: 'The symptom the article is about; its checklist lists the causes it names.',
    namedUnder: null,
    links: [links.backPainMedline, links.backPainNhs, links.backPainNiams],
  },
  {
    id: 'kidney-stones',
    title: 'Kidney stones',
    summary: 'Named by the article as a disease to rule out before blaming blood stasis.',
    namedUnder: 'blood-stasis',
    links: [links.kidneyStonesMedline, links.kidneyStonesNhs, links.kidneyStonesNiddk],
  },
  {
    id: 'nephritis',
    title: 'Nephritis',
    summary: 'Kidney inflammation; named by the article as a disease to rule out before blaming blood stasis.',
    namedUnder: 'blood-stasis',
    links: [links.kidneyDiseasesMedline, links.kidneyInfectionNhs],
  },
  {
    id: 'cauda-equina',
    title: 'Cauda equina syndrome',
    summary: 'Pressure on the nerves at the base of the spine: an emergency (see "Seek care now").',
    namedUnder: null,
    links: [links.caudaEquinaNhs],
  },
] as const satisfies readonly NamedCondition[];

export type ConditionId = (typeof conditionsList)[number]['id'];

export const conditions: readonly (NamedCondition & { id: ConditionId })[] = conditionsList;
