import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lexicon } from '../../content/lexicon';
import type { PageVerdict } from '../../lib/classify/page';
import { compileMatcher, type Matcher } from '../../lib/match/matcher';
import { highlightState, isHighlighting } from '../../lib/highlightState';
import type { HighlightState, PageStatus } from '../../lib/protocol/messages';
import { isSiteEnabled, type Settings } from '../../lib/settings/settings';
import { handleMessages, sendToExtension } from '../../platform/messaging';
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

  const state = (): HighlightState => highlightState({ settings, host, forced, verdict });

  function status(): PageStatus {
    return { host, verdict, state: state(), counts: session?.mentions.counts() ?? {} };
  }

  function announce(): void {
    if (!isTopFrame || ctx.isInvalid) return;
    // Nobody may be listening (the panel is closed): that is fine.
    void sendToExtension({ type: 'page-status', status: status() });
  }

  async function openInPanel(topic: string): Promise<boolean> {
    return (await sendToExtension({ type: 'open-topic', topic })) === true;
  }

  async function apply(): Promise<void> {
    if (ctx.isInvalid) return;
    if (!forced && isSiteEnabled(settings, host) && verdict === 'unchecked') {
      verdict = await classifyThisPage(document, matcher);
    }
    const wanted = isHighlighting(state());
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

  const stopAnswering = handleMessages({
    'get-page-status': () => status(),
    async 'force-highlight'() {
      forced = true;
      await reapply();
      return status();
    },
    'show-next-mention': ({ topic }) => session?.showNextMention(topic) ?? { index: 0, total: 0 },
  });
  const unwatch = watchSettings((next) => {
    settings = next;
    void reapply();
  });
  ctx.onInvalidated(() => {
    stopAnswering();
    unwatch();
    session?.stop();
    session = null;
  });
  await reapply();
}
