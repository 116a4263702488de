import { links } from './links';
import type { WiderTopic } from './types';

/**
 * Treatments and tests that pages on this topic name. Lumbar Lens says what they are, never
 * whether to use them, how much, or for which cause.
 */
const treatmentList = [
  {
    id: 'pain-relief',
    title: 'Painkillers',
    summary: 'Medicines that ease pain; some, such as ibuprofen, also bring down swelling.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.painRelieversMedline],
  },
] as const satisfies readonly WiderTopic[];

export type TreatmentId = (typeof treatmentList)[number]['id'];

export const treatmentTopics: readonly (WiderTopic & { id: TreatmentId })[] = treatmentList;
