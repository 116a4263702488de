import { gateTable } from 'virtual:gate-table';
import { healthDomains } from '../content/healthDomains';
import { isListedDomain } from '../lib/classify/domain';
import { hasMedicalMarkup } from '../lib/classify/markup';
import { GateEvidence } from '../lib/gate/evidence';
import { readSample } from '../lib/gate/sample';
import { readGateTable } from '../lib/gate/table';
import { judgeAtGate, needsEngine, type GateVerdict } from '../lib/gate/verdict';
import { highlightState } from '../lib/highlightState';
import type { PageStatus } from '../lib/protocol/messages';
import { isSiteEnabled, type Settings } from '../lib/settings/settings';
import { canPaintHighlights } from '../platform/cssHighlights';
import { handleMessages, sendToExtension } from '../platform/messaging';
import type { ScriptLifetime } from '../platform/scriptLifetime';
import { loadSettings, watchSettings } from '../platform/settings';
import { leaveHandoff, type EngineHandoff, type RunningEngine } from './engineHandoff';

/**
 * The content script of every page and frame: judges the page cheaply, and brings the engine
 * (highlight-engine.ts, injected by the background) only where the page may be a health page,
 * where highlighting is switched on for it, or where the user asks. Until then it answers the
 * panel itself. A page it rejects reads no settings and sends nothing unless asked.
 */
export function runGate(lifetime: ScriptLifetime): void {
  const host = location.hostname;
  const isTopFrame = window === window.top;
  const evidence = new GateEvidence(readGateTable(gateTable));
  const readAll = (enough: () => boolean) => readSample(document, (text) => evidence.read(text), enough);
  const verdict: GateVerdict = judgeAtGate({
    onHealthDomain: isListedDomain(host, healthDomains),
    hasMedicalMarkup: () => hasMedicalMarkup(document),
    sampleMayBeAboutTopic: () => readAll(() => evidence.isEnough()),
  });
  // The engine needs its Han table where the page writes Chinese: look, where the sample was not read.
  if (verdict === 'health-domain' || verdict === 'medical-markup') readAll(() => evidence.sawHan);

  let settings: Promise<Settings> | null = null;
  const readSettings = () => (settings ??= loadSettings());
  let engine: Promise<RunningEngine | null> | null = null;
  const handoff: EngineHandoff = { lifetime, settings: null, forced: false, han: false, takeOver: () => undefined };

  function loadEngine(): Promise<RunningEngine | null> {
    engine ??= new Promise<RunningEngine | null>((resolve) => {
      // Asked only here: a frame's first look at CSS.highlights costs more than a page that is not
      // a health page should pay, and every browser the extension supports can paint them.
      if (!canPaintHighlights()) return resolve(null);
      handoff.takeOver = (running) => {
        stop();
        resolve(running);
      };
      handoff.han = evidence.sawHan;
      leaveHandoff(handoff);
      void sendToExtension({ type: 'load-engine', han: evidence.sawHan }).then((loaded) => loaded || resolve(null));
    });
    return engine;
  }

  async function status(): Promise<PageStatus> {
    const current = await readSettings();
    // Until the engine has judged it, a page the gate passed is unchecked, as is one on a site switched off.
    const judged = verdict === 'not-health' && isSiteEnabled(current, host) ? 'not-health' : 'unchecked';
    return {
      host,
      verdict: judged,
      state: highlightState({ settings: current, host, forced: handoff.forced, verdict: judged }),
      counts: {},
      urgentTerms: [],
    };
  }

  async function wanted(): Promise<void> {
    const current = await readSettings();
    handoff.settings = current;
    if (isSiteEnabled(current, host)) await loadEngine();
  }

  // A page that may be a health page loads the engine as soon as highlighting is on for its site.
  // The top frame tells an open panel when the settings change what it shows; elsewhere that
  // starts only once a panel has asked, as no one else shows it.
  let unwatch: (() => void) | null = null;
  const watch = () =>
    (unwatch ??= watchSettings((next) => {
      settings = Promise.resolve(next);
      if (needsEngine(verdict)) void wanted();
      if (isTopFrame && !engine)
        void status().then((current) => sendToExtension({ type: 'page-status', status: current }));
    }));
  const stopAnswering = handleMessages({
    'get-page-status'() {
      if (isTopFrame) watch();
      return status();
    },
    async 'force-highlight'() {
      handoff.forced = true;
      const running = await loadEngine();
      return running ? running.force() : status();
    },
  });
  function stop(): void {
    stopAnswering();
    unwatch?.();
  }
  lifetime.onInvalidated(stop);
  if (needsEngine(verdict)) {
    watch();
    void wanted();
  }
}
