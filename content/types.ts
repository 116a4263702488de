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

/**
 * Where a topic comes from, which decides how it is labelled everywhere:
 * - 'cause': one of the article's checklist items;
 * - 'named': a condition the article (or its red flags) names without making it a cause;
 * - 'beyond': a cause of back pain during or after sex that pages discuss and the article does not;
 * - 'treatment': a treatment or test pages name; defined, never recommended;
 * - 'warning': the warning signs that mean "get care now".
 */
export type TopicKind = 'cause' | 'named' | 'beyond' | 'treatment' | 'warning';

/** The public-health sources a topic beyond the article may draw its facts from. */
export type Source = 'MedlinePlus' | 'NHS' | 'NIH' | 'CDC';

/**
 * A topic the article does not cover (kinds 'beyond', 'treatment', 'warning'). Every fact
 * comes from `source`, written in our own words, and is shown labelled as not the article's.
 */
export interface WiderTopic {
  id: string;
  title: string;
  /** One plain-language line, in our own words, faithful to `source`. */
  summary: string;
  /** When to get care, as the source says; null where it says nothing we can use. */
  getCare: string | null;
  source: Source;
  /** Learn-more pages: https, from health-references.md's vetted list; the first is `source`'s. */
  links: Link[];
}

/**
 * A term's highlight style. The first five are the article's; 'beyond' marks a term of a
 * topic the article does not cover, 'treatment' a treatment or test, 'urgent' a term that
 * means "get care now".
 */
export type TermCategory = 'condition' | 'symptom' | 'anatomy' | 'risk' | 'tcm' | 'beyond' | 'treatment' | 'urgent';

export interface LexiconEntry {
  /** The canonical term, as the card shows it. */
  term: string;
  /** The id of the one topic the term belongs to. */
  topic: string;
  category: TermCategory;
  /**
   * Other ways to write it: synonyms, word orders, British and American spellings, irregular
   * plurals. Regular plurals and the disc/disk spelling are generated (lib/match/variants), so
   * they are not listed here. Forms are written in lower case; a word written with capitals
   * (an abbreviation: UTI, SI joint) matches only exactly as written.
   */
  variants?: string[];
}
