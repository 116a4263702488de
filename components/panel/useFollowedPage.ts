import { useEffect, useRef, useState } from 'preact/hooks';
import {
  activeTabId,
  forceHighlight,
  getMentions,
  requestPageStatus,
  showMention,
  showNextMention,
  stepMention,
  watchTabs,
} from '../../platform/pageLink';
import { openTabPort } from '../../platform/ports';
import {
  isPageMap,
  PAGE_MAP_PORT,
  type Direction,
  type MentionShown,
  type PageMap,
  type PanelPlace,
} from '../../lib/protocol/messages';
import { takePendingTopic } from '../../platform/panel';
import type { PageView } from './PageSection';

/** A content script that has not answered yet is given this long before the page counts as unreadable. */
const RETRY_MS = 600;

/**
 * The page the panel follows: the tab given (`?tabId=N`), or else the active tab of the
 * panel's window, through tab switches, navigations and content changes.
 */
export function useFollowedPage(fixedTabId: number | undefined, onOpenTopic: (place: PanelPlace) => void) {
  const [tabId, setTabId] = useState<number | undefined>(fixedTabId);
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const followed = useRef(tabId);
  followed.current = tabId;
  const openTopic = useRef(onOpenTopic);
  openTopic.current = onOpenTopic;

  async function refresh(id: number, retries = 1): Promise<void> {
    const status = await requestPageStatus(id);
    if (followed.current !== id) return;
    if (status) setView({ kind: 'page', status });
    else if (retries > 0) setTimeout(() => void refresh(id, retries - 1), RETRY_MS);
    else setView((current) => (current.kind === 'page' ? current : { kind: 'unreadable' }));
  }

  useEffect(() => {
    if (fixedTabId === undefined) void activeTabId().then((id) => id !== undefined && setTabId(id));
    void takePendingTopic().then((place) => place && openTopic.current(place));
    return watchTabs(fixedTabId === undefined, {
      onActivated: setTabId,
      onNavigated(id, complete) {
        if (id !== followed.current) return;
        if (complete) void refresh(id);
        else setView({ kind: 'loading' });
      },
      onStatus(id, status) {
        if (id === followed.current) setView({ kind: 'page', status });
      },
      onOpenTopic(id, place) {
        if (id !== followed.current) return;
        void takePendingTopic();
        openTopic.current(place);
      },
    });
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    setView({ kind: 'loading' });
    void refresh(tabId);
  }, [tabId]);

  return {
    view,
    async force() {
      if (tabId === undefined) return;
      const status = await forceHighlight(tabId);
      setView(status ? { kind: 'page', status } : { kind: 'unreadable' });
    },
    showNext: (topic: string): Promise<MentionShown | null> =>
      tabId === undefined ? Promise.resolve(null) : showNextMention(tabId, topic),
    listMentions: (topic: string | null, offset: number, limit: number) =>
      tabId === undefined ? Promise.resolve(null) : getMentions(tabId, topic, offset, limit),
    showMention: (topic: string | null, index: number): Promise<MentionShown | null> =>
      tabId === undefined ? Promise.resolve(null) : showMention(tabId, topic, index),
    stepMention: (topic: string | null, direction: Direction): Promise<MentionShown | null> =>
      tabId === undefined ? Promise.resolve(null) : stepMention(tabId, topic, direction),
    /** While the returned function is not called, the page sends its map as it scrolls and changes. */
    watchMap: (onMap: (map: PageMap) => void): (() => void) =>
      tabId === undefined
        ? () => undefined
        : openTabPort(tabId, PAGE_MAP_PORT, (value) => isPageMap(value) && onMap(value)),
  };
}
