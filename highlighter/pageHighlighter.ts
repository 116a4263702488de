import { compiledTerms, lexiconMatcher } from '../content/lexicon/compiled';
import { offeredHanTable } from '../content/lexicon/hanTableSlot';
import type { PageVerdict } from '../lib/classify/page';
import { containsHan } from '../lib/match/han';
import type { Matcher } from '../lib/match/matcher';
import { highlightState, isHighlighting } from '../lib/highlightState';
import type { Mention, MentionIndex } from '../lib/highlight/mentions';
import { PAGE_MAP_PORT, type HighlightState, type PageStatus, type PanelPlace } from '../lib/protocol/messages';
import { isSiteEnabled, type Settings } from '../lib/settings/settings';
import { handleMessages, sendToExtension } from '../platform/messaging';
import { acceptPorts } from '../platform/ports';
import { localeOf } from '../platform/locale';
import { loadSettings, watchSettings } from '../platform/settings';
import { classifyThisPage } from './classifyThisPage';
import type { EngineHandoff } from './engineHandoff';
import { feedPageMap } from './pageMapFeed';
import { HighlightSession } from './session';

const NO_MENTIONS: readonly Mention[] = [];

/** The urgent terms a page's mentions name, by their canonical names (the panel knows their signs). */
function urgentTermsOf(mentions: MentionIndex | undefined): string[] {
  return (mentions?.terms() ?? []).flatMap((index) => {
    const { term, category } = compiledTerms[index];
    return category === 'urgent' ? [term] : [];
  });
}
const NOTHING_SHOWN = { index: 0, total: 0 };

/**
 * The engine's state in a frame: settings, the page's verdict, and a highlight session while
 * highlighting is wanted. It answers the panel, and tells it when something changed. It takes
 * the frame over from the gate that had it injected (gate.ts).
 */
export async function runPageHighlighter(handoff: EngineHandoff): Promise<void> {
  const { lifetime } = handoff;
  // Built on first use: a page where highlighting is switched off never needs it.
  let compiled: Matcher | undefined;
  const matcher = () => (compiled ??= lexiconMatcher());
  const host = location.hostname;
  const isTopFrame = window === window.top;
  let settings: Settings = handoff.settings ?? (await loadSettings());
  // Han text beyond the gate's sample: the Han table comes before the page is read.
  if (!handoff.han && offeredHanTable() === undefined && containsHan(document.body?.textContent ?? ''))
    await sendToExtension({ type: 'load-han' });
  let forced = handoff.forced;
  let verdict: PageVerdict | 'unchecked' = 'unchecked';
  let session: HighlightSession | null = null;
  let applying: Promise<void> = Promise.resolve();
  /** Told of every change of the page's mentions: the page maps being fed to open panels. */
  const changeListeners = new Set<() => void>();

  const state = (): HighlightState => highlightState({ settings, host, forced, verdict });

  function status(): PageStatus {
    const mentions = session?.mentions;
    return { host, verdict, state: state(), counts: mentions?.counts() ?? {}, urgentTerms: urgentTermsOf(mentions) };
  }

  function announce(): void {
    if (!isTopFrame || lifetime.isInvalid) return;
    for (const listener of changeListeners) listener();
    // Nobody may be listening (the panel is closed): that is fine.
    void sendToExtension({ type: 'page-status', status: status() });
  }

  async function openInPanel(place: PanelPlace): Promise<boolean> {
    return (await sendToExtension({ type: 'open-topic', ...place })) === true;
  }

  async function apply(): Promise<void> {
    if (lifetime.isInvalid) return;
    if (!forced && isSiteEnabled(settings, host) && verdict === 'unchecked') {
      verdict = await classifyThisPage(document, matcher);
    }
    const wanted = isHighlighting(state());
    if (wanted && !session) {
      session = new HighlightSession(document, matcher(), announce, openInPanel, () => localeOf(settings.language));
      await session.start();
    } else if (!wanted && session) {
      session.stop();
      session = null;
    }
    announce();
  }

  function reapply(): Promise<void> {
    applying = applying.then(apply);
    return applying;
  }

  async function force(): Promise<PageStatus> {
    forced = true;
    await reapply();
    return status();
  }

  const stopAnswering = handleMessages({
    'get-page-status': () => status(),
    'force-highlight': force,
    'show-next-mention': ({ topic }) => session?.showNextMention(topic) ?? NOTHING_SHOWN,
    'get-mentions': ({ topic, offset, limit }) =>
      session?.listMentions(topic, offset, limit) ?? { topic, offset: 0, total: 0, items: [] },
    'show-mention': ({ topic, index }) => session?.showMention(topic, index) ?? NOTHING_SHOWN,
    'step-mention': ({ topic, direction }) => session?.stepMention(topic, direction) ?? NOTHING_SHOWN,
  });
  // Only the top frame draws the page's map, and only while a panel holds a port open to it.
  const stopMapping = isTopFrame
    ? acceptPorts(PAGE_MAP_PORT, (send, signal) =>
        feedPageMap(
          {
            list: () => session?.orderedMentions(null) ?? NO_MENTIONS,
            onChange(listener) {
              changeListeners.add(listener);
              return () => changeListeners.delete(listener);
            },
          },
          send,
          AbortSignal.any([signal, lifetime.signal]),
        ),
      )
    : () => undefined;
  const unwatch = watchSettings((next) => {
    settings = next;
    void reapply();
  });
  lifetime.onInvalidated(() => {
    stopAnswering();
    stopMapping();
    unwatch();
    session?.stop();
    session = null;
  });
  const applied = reapply();
  handoff.takeOver({ status, force: () => applied.then(force) });
  await applied;
}
