import type { LexiconEntry } from '../types';
import type { TreatmentId } from '../treatments';

interface TreatmentEntry extends LexiconEntry {
  topic: TreatmentId;
  category: 'treatment';
}

/** Treatments and tests pages name: highlighted and defined, never advised. */
export const treatmentLexicon: readonly TreatmentEntry[] = [
  { term: 'ibuprofen', topic: 'pain-relief', category: 'treatment' },
];
