/**
 * Cuts long work into slices so the page stays responsive: work runs until its slice is
 * used up, then waits for the browser to handle input and paint.
 */
export interface Slicer {
  shouldYield(): boolean;
  yield(): Promise<void>;
}

interface Clock {
  now(): number;
}

/** The slice of work the page's own jobs take: well under one frame, so scrolling and typing stay smooth. */
export const SLICE_MS = 8;

export function createSlicer(clock: Clock, sliceMs: number, wait: () => Promise<void>): Slicer {
  let sliceStart = clock.now();
  return {
    shouldYield: () => clock.now() - sliceStart >= sliceMs,
    async yield() {
      await wait();
      sliceStart = clock.now();
    },
  };
}
