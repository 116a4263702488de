import { blockOf, isInlineElement } from '../scan/elements';

/** Past this many changed blocks, rescanning the whole page is cheaper than sorting them out. */
export const MAX_CHANGED_BLOCKS = 300;

interface Change {
  type: string;
  target: Node;
}

/**
 * The blocks whose text a batch of mutations may have changed, none inside another;
 * `null` when there are so many that the whole page should be rescanned.
 */
export function changedBlocks(changes: Iterable<Change>, isOwn: (node: Node) => boolean): Node[] | null {
  const blocks = new Set<Node>();
  for (const change of changes) {
    if (isOwn(change.target)) continue;
    const block =
      change.type === 'characterData' || isInlineElement(change.target) ? blockOf(change.target) : change.target;
    if (isOwn(block)) continue;
    blocks.add(block);
    if (blocks.size > MAX_CHANGED_BLOCKS) return null;
  }
  return [...blocks].filter((block) => !hasAncestorIn(block, blocks));
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let current = parentComposed(node); current; current = parentComposed(current)) {
    if (set.has(current)) return true;
  }
  return false;
}

function parentComposed(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}
