import { conditionsIn, english } from './views';

export type { ConditionId } from './views';

/** Conditions the article or its red flags name, which are not checklist items. */
export const conditions = conditionsIn(english);
