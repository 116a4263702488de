import { links } from './links';
import type { WiderTopic } from './types';

/**
 * Causes of back pain during or after sex that consumer-health pages discuss and the article
 * does not. Shown everywhere as "Not in the article — from <source>"; facts from `source` only.
 */
const beyondList = [
  {
    id: 'urinary-tract-infection',
    title: 'Urinary tract infection (UTI)',
    summary: 'An infection, usually by bacteria, of the bladder, the urethra or, more seriously, the kidneys.',
    getCare: 'Get help the same day if you have a fever or shivers, pain in your side or back under the ribs, or blood in your pee.',
    source: 'NHS',
    links: [links.utiNhs, links.utiMedline],
  },
] as const satisfies readonly WiderTopic[];

export type BeyondId = (typeof beyondList)[number]['id'];

export const beyondTopics: readonly (WiderTopic & { id: BeyondId })[] = beyondList;
