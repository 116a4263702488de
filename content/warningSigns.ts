import { english, widerTopicsIn, type WarningId } from './views';

export type { WarningId } from './views';

/** The warning signs' own topic: terms that mean "get care now" and belong to no condition. */
export const warningTopics = widerTopicsIn<WarningId>('warning', english);
