import { english, widerTopicsIn, type BeyondId } from './views';

export type { BeyondId } from './views';

/**
 * Causes of back pain during or after sex that consumer-health pages discuss and the article
 * does not. Shown everywhere as "Not in the article — from <source>"; facts from `source` only.
 */
export const beyondTopics = widerTopicsIn<BeyondId>('beyond', english);
