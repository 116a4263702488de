import { causesIn, english } from './views';

/** The article's checklist: its three "after sex" items and its ten "other causes", in the article's order. */
export const causes = causesIn(english);
