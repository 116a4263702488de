/**
 * Where the Chinese vocabulary's table waits for the matcher: the Han file (entrypoints/highlight-han.ts),
 * injected only into frames whose text holds Han, leaves it on the content scripts' own global (the
 * extension's isolated world, which the page never sees); compiledHan.ts reads it from there.
 */
const HAN_TABLE = Symbol.for('lumbar-lens.han-table');
type WithHanTable = { [HAN_TABLE]?: string };

export function offerHanTable(table: string): void {
  (globalThis as WithHanTable)[HAN_TABLE] = table;
}

/** The table as the Han file left it, or undefined where it was not injected. */
export function offeredHanTable(): string | undefined {
  return (globalThis as WithHanTable)[HAN_TABLE];
}
