/** The article's data, typed. Everything the panel and the highlighter show comes from here. */

export type SectionId = 'after-sex' | 'other-causes';

/** 'tcm' marks traditional Chinese medicine concepts: shown as such, never as diagnoses. */
export type Tradition = 'biomedical' | 'tcm';

export interface Link {
  title: string;
  url: `https://${string}`;
}

export interface Cause {
  id: string;
  section: SectionId;
  tradition: Tradition;
  title: string;
  /** One line, in our own words, faithful to the article. */
  summary: string;
  /** What the article says to do; null where the article gives no advice. */
  whatToDo: string | null;
  /** When the article says to see a doctor; null where it says nothing. */
  seeDoctor: string | null;
  links: Link[];
}

/**
 * Conditions the article names without making them checklist items (kidney stones and
 * nephritis, to be ruled out; the red flags' cauda equina syndrome). The highlighter
 * finds them and the card explains them, without pretending they are causes.
 */
export interface NamedCondition {
  id: string;
  title: string;
  summary: string;
  /** The checklist item under which the article names it, if any. */
  namedUnder: string | null;
  links: Link[];
}

export interface RedFlag {
  urgency: 'emergency' | 'urgent';
  text: string;
}

export interface RelatedArticle {
  title: string;
  teaser: string;
}

export type TermCategory = 'condition' | 'symptom' | 'anatomy' | 'risk' | 'tcm';

export interface LexiconEntry {
  /** The canonical term, as the card shows it. */
  term: string;
  /** A cause id or a named condition id. */
  topic: string;
  category: TermCategory;
  /**
   * Other ways to write it: synonyms and word orders. Plurals and the disc/disk
   * spelling are generated (lib/match/variants), so they are not listed here.
   */
  variants?: string[];
}
