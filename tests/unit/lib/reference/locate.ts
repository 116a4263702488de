import type { TextRun } from './runs';

export interface Boundary {
  node: Text;
  offset: number;
}

/**
 * Maps an offset in a run's text back to a Text node and an offset in it. An end offset
 * that falls between two nodes stays in the earlier one, so a range never ends at the
 * start of a node it does not cover.
 */
export function locate(run: TextRun, offset: number, isEnd: boolean): Boundary {
  const { starts, nodes } = run;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const begins = starts[middle];
    if (begins < offset || (begins === offset && !isEnd)) low = middle;
    else high = middle - 1;
  }
  return { node: nodes[low], offset: offset - starts[low] };
}
