import type { Matcher } from '../match/matcher';
import type { Slicer } from '../highlight/slicer';
import { RunWalker } from '../scan/runs';

/**
 * A page is about this topic when its text names at least this many different terms from
 * at least two topics. One term repeated ("high heels" on a fashion page) is not enough,
 * nor is one topic's cluster of words; three terms across two topics is what a page
 * about back pain, pregnancy or the spine shows within its first paragraphs.
 */
const MIN_DISTINCT_TERMS = 3;
const MIN_DISTINCT_TOPICS = 2;
/** Enough text to judge an article by; the rest of a huge page is not read for this. */
const MAX_CHARS_READ = 300_000;

/**
 * The topic a term is evidence of, or null for a term that says nothing of health on its own
 * (the article's risk words: a sex position, frequent sex, pregnancy, high heels).
 */
export type EvidenceOf = (term: number) => string | null;

/** Reads a lexicon's terms as evidence: risk words are none. */
export function evidenceOf(terms: readonly { topic: string; category: string }[]): EvidenceOf {
  return (term) => (terms[term].category === 'risk' ? null : terms[term].topic);
}

export function isAboutTopic(distinctTerms: Iterable<number>, topicOf: EvidenceOf): boolean {
  const terms = new Set([...distinctTerms].filter((term) => topicOf(term) !== null));
  const topics = new Set([...terms].map(topicOf));
  return terms.size >= MIN_DISTINCT_TERMS && topics.size >= MIN_DISTINCT_TOPICS;
}

/** Reads a page's text until it has seen enough distinct terms, or enough text. */
export async function readsAsAboutTopic(
  root: Node,
  matcher: Matcher,
  topicOf: EvidenceOf,
  slicer: Slicer,
): Promise<boolean> {
  const terms = new Set<number>();
  let charsRead = 0;
  const walker = new RunWalker(root);
  const enough = () => charsRead >= MAX_CHARS_READ || isAboutTopic(terms, topicOf);
  for (let done = false; !done && !enough();) {
    done = walker.walk(
      (run) => {
        if (charsRead >= MAX_CHARS_READ) return;
        const text = run.text.slice(0, MAX_CHARS_READ - charsRead);
        charsRead += text.length;
        for (const match of matcher.find(text)) terms.add(match.term);
      },
      () => slicer.shouldYield() || enough(),
    );
    if (!done && !enough()) await slicer.yield();
  }
  return isAboutTopic(terms, topicOf);
}
