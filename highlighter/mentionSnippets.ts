import type { Mention } from '../lib/highlight/mentions';
import { snippetOf } from '../lib/mentions/snippet';
import { pageOf } from '../lib/mentions/order';
import type { MentionItem, MentionList } from '../lib/protocol/messages';
import { collectRuns, type TextRun } from '../lib/scan/runs';

/** Where a mention's term starts and ends in the text of its run, or null if its nodes left the run. */
function offsetsIn(runs: readonly TextRun[], mention: Mention): { run: TextRun; start: number; end: number } | null {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  for (const run of runs) {
    const first = run.nodes.indexOf(startContainer as Text);
    if (first < 0) continue;
    const last = run.nodes.indexOf(endContainer as Text, first);
    if (last < 0) return null;
    return { run, start: run.starts[first] + startOffset, end: run.starts[last] + endOffset };
  }
  return null;
}

/**
 * A page of a list of mentions as sentences, read from the page's text now: plain strings and
 * offsets, which the panel shows as text. Each block is walked once per answer.
 */
export function mentionList(
  topic: string | null,
  list: readonly Mention[],
  offset: number,
  limit: number,
  isOwn: (node: Node) => boolean,
): MentionList {
  const page = pageOf(list, offset, limit);
  const runsOf = new Map<Node, TextRun[]>();
  const items: MentionItem[] = page.items.map((mention, at) => {
    let runs = runsOf.get(mention.block);
    if (!runs) runsOf.set(mention.block, (runs = collectRuns(mention.block, { isOwn })));
    const found = offsetsIn(runs, mention);
    const snippet = found ? snippetOf(found.run.text, found.start, found.end) : { text: '', start: 0, end: 0 };
    return { index: page.offset + at, topic: mention.topic, category: mention.category, ...snippet };
  });
  return { topic, offset: page.offset, total: page.total, items };
}
