interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page handle input and paint before work goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
