import { english, widerTopicsIn, type TreatmentId } from './views';

export type { TreatmentId } from './views';

/**
 * Treatments and tests that pages on this topic name. Lumbar Lens says what they are, never
 * whether to use them, how much, or for which cause.
 */
export const treatmentTopics = widerTopicsIn<TreatmentId>('treatment', english);
