/** The checklist's search box: which topics a person's words pick out. */

/** Case, width and accents set aside, runs of spaces made one: "Endométriose" finds "endometriose". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

export interface Searchable {
  id: string;
  title: string;
  summary: string;
}

/**
 * The ids of the topics whose title or summary holds every word of the query, in their
 * order; null when the query is blank (nothing is filtered).
 */
export function filterTopics(query: string, topics: readonly Searchable[]): Set<string> | null {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return new Set(
    topics
      .filter((topic) => {
        const text = foldForSearch(`${topic.title} ${topic.summary}`);
        return words.every((word) => text.includes(word));
      })
      .map((topic) => topic.id),
  );
}
