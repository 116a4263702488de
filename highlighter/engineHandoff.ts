import type { PageStatus } from '../lib/protocol/messages';
import type { Settings } from '../lib/settings/settings';
import type { ScriptLifetime } from '../platform/scriptLifetime';

/** What the engine offers the gate once it answers the panel itself. */
export interface RunningEngine {
  status(): PageStatus;
  /** Highlights the page whatever it is; resolves once its first screen is done. */
  force(): Promise<PageStatus>;
}

/**
 * How the gate hands a frame over to the engine it had injected: left on the content scripts'
 * own global (the extension's isolated world, which the page never sees), taken by the engine as
 * it starts.
 */
export interface EngineHandoff {
  lifetime: ScriptLifetime;
  /** The settings the gate read, if it read them. */
  settings: Settings | null;
  /** The user asked to highlight this page whatever it is. */
  forced: boolean;
  /** The gate saw Han text, and had the Han table injected with the engine. */
  han: boolean;
  /** The engine answers from now on: the gate stops listening. */
  takeOver(engine: RunningEngine): void;
}

const HANDOFF = Symbol.for('lumbar-lens.engine-handoff');
type WithHandoff = { [HANDOFF]?: EngineHandoff };

export function leaveHandoff(handoff: EngineHandoff): void {
  (globalThis as WithHandoff)[HANDOFF] = handoff;
}

/** The gate's hand-off, once: an engine injected twice, or without a gate, finds none. */
export function takeHandoff(): EngineHandoff | undefined {
  const global = globalThis as WithHandoff;
  const handoff = global[HANDOFF];
  delete global[HANDOFF];
  return handoff;
}
