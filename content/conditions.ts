import { conditionsIn, english } from './views';

/** Conditions and symptoms the article names, which are not checklist items. */
export const conditions = conditionsIn(english);
