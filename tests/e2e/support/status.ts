import { waitFor } from './browsers';
import type { TestPage } from './harness';

/** What the tests read of a frame's answer to the panel's "what is this page". */
export interface JudgedStatus {
  verdict: string;
  state: string;
  counts: Record<string, number>;
}

/**
 * Waits until the page's content script has judged it (and, with `untilCounted`, counted its
 * mentions), and returns its status.
 */
export async function judged(page: TestPage, { untilCounted = false } = {}): Promise<JudgedStatus> {
  let status: JudgedStatus | null = null;
  await waitFor(async () => {
    status = (await page.pageStatus()) as JudgedStatus | null;
    return (
      status !== null && status.verdict !== 'unchecked' && (!untilCounted || Object.keys(status.counts).length > 0)
    );
  });
  return status!;
}
