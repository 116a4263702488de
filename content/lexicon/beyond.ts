import type { BeyondId } from '../beyond';
import type { ConditionId } from '../conditions';
import type { LexiconEntry } from '../types';
import type { WarningId } from '../warningSigns';

interface BeyondEntry extends LexiconEntry {
  topic: BeyondId | WarningId | ConditionId;
  category: 'beyond' | 'urgent';
}

/**
 * Terms of the topics beyond the article, and the urgent terms that mean "get care now".
 * 'urgent' terms belong to the condition they signal (ectopic pregnancy, cauda equina
 * syndrome) or, when they signal none in particular, to the warning signs.
 */
export const beyondLexicon: readonly BeyondEntry[] = [
  {
    term: 'urinary tract infection',
    topic: 'urinary-tract-infection',
    category: 'beyond',
    variants: ['UTI', 'urine infection', 'water infection', 'bladder infection', 'cystitis'],
  },
];
