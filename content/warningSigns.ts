import { english, widerTopicsIn, type WarningId } from './views';

export type { WarningId } from './views';

/** The topics whose terms all mean "get care now": the warning signs, and cauda equina syndrome (from the NHS). */
export const warningTopics = widerTopicsIn<WarningId>('warning', english);
