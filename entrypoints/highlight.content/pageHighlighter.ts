import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lexicon } from '../../content/lexicon';
import type { PageVerdict } from '../../lib/classify/page';
import { compileMatcher, type Matcher } from '../../lib/match/matcher';
import { isPanelRequest, type HighlightState, type PageStatus, type PanelRequest } from '../../lib/protocol/messages';
import { isSiteEnabled, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../platform/settings';
import { classifyThisPage } from './classifyThisPage';
import { HighlightSession } from './session';

/**
 * The content script's state: settings, the page's verdict, and a highlight session while
 * highlighting is wanted. It answers the panel, and tells it when something changed.
 */
export async function runPageHighlighter(ctx: ContentScriptContext): Promise<void> {
  // Built on first use: a page where highlighting is switched off never needs it.
  let compiled: Matcher | undefined;
  const matcher = () => (compiled ??= compileMatcher(lexicon));
  const host = location.hostname;
  const isTopFrame = window === window.top;
  let settings: Settings = await loadSettings();
  let forced = false;
  let verdict: PageVerdict | 'unchecked' = 'unchecked';
  let session: HighlightSession | null = null;
  let applying: Promise<void> = Promise.resolve();

  function state(): HighlightState {
    if (forced) return 'forced';
    if (!settings.highlighting) return 'off-everywhere';
    if (!isSiteEnabled(settings, host)) return 'off-site';
    return verdict === 'not-health' ? 'not-health' : 'on';
  }

  function status(): PageStatus {
    return { host, verdict, state: state(), counts: session?.mentions.counts() ?? {} };
  }

  function announce(): void {
    if (!isTopFrame || ctx.isInvalid) return;
    // Nobody may be listening (the panel is closed): that is fine.
    browser.runtime.sendMessage({ type: 'page-status', status: status() }).catch(() => {});
  }

  async function openInPanel(topic: string): Promise<boolean> {
    const opened: unknown = await browser.runtime.sendMessage({ type: 'open-topic', topic }).catch(() => false);
    return opened === true;
  }

  async function apply(): Promise<void> {
    if (ctx.isInvalid) return;
    if (!forced && isSiteEnabled(settings, host) && verdict === 'unchecked') {
      verdict = await classifyThisPage(document, matcher);
    }
    const wanted = state() === 'on' || state() === 'forced';
    if (wanted && !session) {
      session = new HighlightSession(document, matcher(), announce, openInPanel);
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

  async function answer(request: PanelRequest): Promise<unknown> {
    switch (request.type) {
      case 'get-page-status':
        return status();
      case 'force-highlight':
        forced = true;
        await reapply();
        return status();
      case 'show-next-mention':
        return session?.showNextMention(request.topic) ?? { index: 0, total: 0 };
    }
  }

  const onMessage = (message: unknown) => (isPanelRequest(message) ? answer(message) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings((next) => {
    settings = next;
    void reapply();
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    session?.stop();
    session = null;
  });
  await reapply();
}
