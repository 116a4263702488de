/** The article's data, typed. Everything the panel and the highlighter show comes from here. */
import type { TermCategory } from '../lib/highlight/categories';

/**
 * Text in each language Lumbar Lens speaks. `zh_CN` is Simplified Chinese; `zh_TW`, Traditional
 * Chinese as written in Taiwan, is generated from `zh_CN` when the extension is built, and is set
 * here only where Taiwan's usage differs from that conversion.
 */
export interface Localized {
  en: string;
  zh_CN?: string;
  zh_TW?: string;
}

export type SectionId = 'after-sex' | 'other-causes';

/** 'tcm' marks traditional Chinese medicine concepts: shown as such, never as diagnoses. */
export type Tradition = 'biomedical' | 'tcm';

export interface Link {
  title: string;
  url: `https://${string}`;
  /** The page's language, where it is not English. */
  lang?: 'zh-Hans' | 'zh-Hant';
}

/**
 * Where a topic comes from, which decides how it is labelled everywhere:
 * - 'cause': one of the article's checklist items;
 * - 'named': a condition or symptom the article names without making it a cause;
 * - 'beyond': a cause of back pain during or after sex that pages discuss and the article does not;
 * - 'treatment': a treatment or test pages name; defined, never recommended;
 * - 'warning': the warning signs that mean "get care now", and cauda equina syndrome, which only
 *   the red flags (from the NHS) name.
 */
export type TopicKind = 'cause' | 'named' | 'beyond' | 'treatment' | 'warning';

/** The public-health sources a topic beyond the article (or a note beside it) may draw its facts from. */
export type Source = 'MedlinePlus' | 'NHS' | 'NIH' | 'CDC' | 'NICE';

/** A line that is not the article's, in our own words from `source`, and shown labelled as such. */
export interface SourcedNote {
  text: Localized;
  source: Source;
}

/** A term's highlight style, declared with its colours and label in lib/highlight/categories.ts. */
export type { TermCategory };

/** How one language writes a term: its canonical form, as the card shows it, and the others. */
export interface Forms {
  term: string;
  /**
   * Other ways to write it: synonyms, word orders, British and American spellings, irregular
   * plurals. English regular plurals and the disc/disk spelling are generated (lib/match/variants),
   * so they are not listed. English forms are written in lower case; a word written with capitals
   * (an abbreviation: UTI, SI joint) matches only exactly as written.
   */
  variants?: readonly string[];
}

/**
 * How Chinese pages write a term, in Simplified characters: the Traditional forms are generated
 * from them when the extension is built (OpenCC), so a form that differs only by script is never
 * listed. `twVariants` holds what that conversion cannot give: the words Taiwan or Hong Kong use
 * instead (骨盆腔炎 for 盆腔炎, 披衣菌 for 衣原体), written in Traditional characters.
 */
export interface ChineseForms extends Forms {
  twVariants?: readonly string[];
}

/**
 * One meaning the highlighter marks, with every language's forms and one definition. Every form
 * means what the term means, so that the definition is true of it. A term has English forms,
 * Chinese forms or both.
 */
export interface TermRecord {
  category: TermCategory;
  en?: Forms;
  zh?: ChineseForms;
  /** A plain definition, at most 25 English words or 60 Chinese characters, in our own words. */
  definition: Localized;
  /**
   * The warning signs (red flag ids) the card names for this term, each a line of "Seek care
   * now". Every 'urgent' term has at least one; other terms may have some where a sign makes
   * them urgent (new incontinence with back pain).
   */
  signs?: readonly string[];
}

interface TopicBase {
  id: string;
  title: Localized;
  /** One line, in our own words, faithful to the article (or to `source`). */
  summary: Localized;
  links: readonly Link[];
  terms: readonly TermRecord[];
}

/** One of the article's checklist items. */
export interface CauseRecord extends TopicBase {
  kind: 'cause';
  section: SectionId;
  tradition: Tradition;
  /** What the article says to do; null where the article gives no advice. */
  whatToDo: Localized | null;
  /** When the article says to see a doctor; null where it says nothing (the general advice shows). */
  seeDoctor: Localized | null;
  /** What current guidance says about the article's advice, where it differs; shown beside it. */
  guidanceNote?: SourcedNote;
  /** When to get care, from `source`, where the article is silent on a cause that needs it. */
  careFromSource?: SourcedNote;
}

/**
 * A condition or symptom the article names without making it a checklist item (kidney stones
 * and nephritis, to be ruled out; its subject, back pain after sex; the nerve symptoms it names
 * under two causes). The highlighter finds it and the card explains it, without pretending it is
 * a cause.
 */
export interface NamedRecord extends TopicBase {
  kind: 'named';
  /** The checklist item under which the article names it, if any. */
  namedUnder: string | null;
}

/**
 * A topic the article does not cover. Every fact comes from `source`, written in our own words,
 * and is shown labelled as not the article's. Its first link is `source`'s.
 */
export interface WiderRecord extends TopicBase {
  kind: 'beyond' | 'treatment' | 'warning';
  /** When to get care, as the source says; null where it says nothing we can use. */
  getCare: Localized | null;
  source: Source;
}

export type TopicRecord = CauseRecord | NamedRecord | WiderRecord;

/** A sign that back pain needs care now; its id names its place in "Seek care now". */
export interface RedFlag {
  id: string;
  urgency: 'emergency' | 'urgent';
  text: Localized;
}

export interface RelatedArticle {
  title: Localized;
  teaser: Localized;
}

/** A record as one language shows it: each `Localized` text is a string. */
export type InLanguage<T> = {
  [K in keyof T]: T[K] extends Localized ? string : T[K] extends Localized | null ? string | null : T[K];
};

/** A note beside the article's words, as one language shows it. */
export interface SourcedLine {
  text: string;
  source: Source;
}

/** A checklist item as the panel shows it. */
export type Cause = Omit<InLanguage<CauseRecord>, 'kind' | 'terms' | 'guidanceNote' | 'careFromSource'> & {
  guidanceNote: SourcedLine | null;
  careFromSource: SourcedLine | null;
};

/** A condition the article names, as the panel shows it. */
export type NamedCondition = Omit<InLanguage<NamedRecord>, 'kind' | 'terms'>;

/** A topic beyond the article, a treatment or the warning signs, as the panel shows it. */
export type WiderTopic = Omit<InLanguage<WiderRecord>, 'kind' | 'terms'>;

/** A term as the matcher takes it: one language's forms, its topic and its style. */
export interface LexiconEntry extends Forms {
  topic: string;
  category: TermCategory;
  signs?: readonly string[];
}

/** A Chinese term as the Han matcher and the card take it. */
export interface ChineseEntry extends LexiconEntry, ChineseForms {
  /** The English term that means the same, whose definition it shares; null where there is none. */
  sameAs: string | null;
}
