import { render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/panel/App';
import type { Message, PageStatus } from '../../../../lib/protocol/messages';
import { deliver, showWholeChecklist } from './views';

function status(host: string, counts: Record<string, number>): PageStatus {
  return { host, verdict: 'health-domain', state: 'on', counts, urgentTerms: [] };
}

/** Tabs with a content script answer with their status; the others cannot be reached. */
function contentScripts(pages: Map<number, PageStatus>) {
  const sendMessage = vi.fn(async (tabId: number, request: Message, _options?: { frameId?: number }) => {
    const page = pages.get(tabId);
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    return request.type === 'show-next-mention' ? { index: 1, total: page.counts[request.topic] ?? 0 } : page;
  });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  return sendMessage;
}

/** The fake browser has no windows; the active tab of "this window" is set here. */
function activeTab(id: number) {
  fakeBrowser.tabs.query = (async () => [{ id }]) as unknown as typeof fakeBrowser.tabs.query;
}

const causeItem = (id: string) => document.querySelector<HTMLElement>(`[data-cause="${id}"]`)!;

describe('the panel follows the page', () => {
  it('follows the active tab through tab switches, navigations and reports from the page', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/a', active: true });
    const second = await fakeBrowser.tabs.create({ url: 'chrome://settings', active: false });
    const pages = new Map([[first.id!, status('www.nhs.uk', { 'disc-herniation': 3 })]]);
    const sendMessage = contentScripts(pages);
    activeTab(first.id!);
    render(<App />);
    showWholeChecklist();
    await waitFor(() => within(causeItem('disc-herniation')).getByRole('button', { name: '3 mentions on this page' }));
    expect(within(causeItem('sex-position')).getByRole('button', { name: '0 mentions on this page' })).toBeTruthy();

    // Switching to a tab without a content script: a plain statement, not an error.
    activeTab(second.id!);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId: second.windowId! });
    await screen.findByText('This page cannot be read by extensions.', undefined, { timeout: 2000 });
    expect(screen.queryByRole('button', { name: /mentions on this page/ })).toBeNull();

    // That tab navigates to a health page, whose content script then reports a change.
    pages.set(second.id!, status('medlineplus.gov', { 'high-heels': 1 }));
    await fakeBrowser.tabs.onUpdated.trigger(second.id!, { status: 'complete' }, second);
    await waitFor(() => within(causeItem('high-heels')).getByRole('button', { name: '1 mention on this page' }));
    await deliver({ type: 'page-status', status: status('medlineplus.gov', { 'high-heels': 2 }) }, {
      tab: { id: second.id },
      frameId: 0,
    } as never);
    await waitFor(() => within(causeItem('high-heels')).getByRole('button', { name: '2 mentions on this page' }));
    // Every question to a page goes to its top frame, where the counts live.
    expect(
      sendMessage.mock.calls.filter(([, request]) => request.type === 'get-page-status').map((call) => call[2]),
    ).not.toContainEqual(undefined);
  });

  it('ignores malformed reports and reports from other tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/a', active: true });
    contentScripts(new Map([[tab.id!, status('www.nhs.uk', { 'disc-herniation': 3 })]]));
    activeTab(tab.id!);
    render(<App />);
    showWholeChecklist();
    await waitFor(() => within(causeItem('disc-herniation')).getByRole('button', { name: '3 mentions on this page' }));
    await deliver(
      {
        type: 'page-status',
        status: { host: 'x', verdict: 'health-domain', state: 'on', counts: { 'disc-herniation': -5 } },
      },
      { tab: { id: tab.id }, frameId: 0 } as never,
    );
    await deliver({ type: 'page-status', status: status('other.example', { 'disc-herniation': 9 }) }, {
      tab: { id: tab.id! + 100 },
      frameId: 0,
    } as never);
    expect(within(causeItem('disc-herniation')).getByRole('button', { name: '3 mentions on this page' })).toBeTruthy();
  });

  it('follows the tab it is given instead of the active one', async () => {
    const active = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/a', active: true });
    const pinned = await fakeBrowser.tabs.create({ url: 'https://medlineplus.gov/b', active: false });
    contentScripts(
      new Map([
        [active.id!, status('www.nhs.uk', { 'disc-herniation': 3 })],
        [pinned.id!, status('medlineplus.gov', { 'blood-stasis': 4 })],
      ]),
    );
    activeTab(active.id!);
    render(<App tabId={pinned.id} />);
    showWholeChecklist();
    await waitFor(() => within(causeItem('blood-stasis')).getByRole('button', { name: '4 mentions on this page' }));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: active.id!, windowId: active.windowId! });
    await new Promise((done) => setTimeout(done, 50));
    expect(within(causeItem('blood-stasis')).getByRole('button', { name: '4 mentions on this page' })).toBeTruthy();
  });

  it('lists what the page says beyond the article apart, labelled, with its own counts and jumps', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/blog', active: true });
    const counts = { 'disc-herniation': 2, 'urinary-tract-infection': 4, 'pain-relief': 1, 'cauda-equina': 1 };
    const sendMessage = contentScripts(new Map([[tab.id!, status('example.org', counts)]]));
    activeTab(tab.id!);
    render(<App />);
    const beyond = await screen.findByRole('list', { name: 'Also on this page, not in the article' });
    const lines = within(beyond)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Urinary tract infection.* · Not in the article — from NHS4 mentions on this pageSentences/,
      ),
      // The red flags name cauda equina syndrome, from the NHS; the article never does.
      expect.stringMatching(/^Cauda equina syndrome · Not in the article — from NHS1 mention on this pageSentences/),
      expect.stringMatching(
        /^Painkillers · Treatment or test, not in the article — from MedlinePlus\. Named, not recommended\.1 mention on this pageSentences/,
      ),
    ]);
    const pageSection = screen.getByRole('region', { name: 'On this page' });
    const article = within(pageSection).getAllByRole('list')[0];
    expect(
      within(article)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Lumbar disc herniation2 mentions on this pageSentences/)]);

    within(beyond).getByRole('button', { name: '4 mentions on this page' }).click();
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        tab.id,
        { type: 'show-next-mention', topic: 'urinary-tract-infection' },
        { frameId: 0 },
      ),
    );
  });
});

describe('a term card sends the panel to a place', () => {
  it('lands on the warning sign an urgent term names, in "Seek care now"', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/a', active: true });
    const sendMessage = contentScripts(new Map([[tab.id!, status('www.nhs.uk', { 'ectopic-pregnancy': 1 })]]));
    activeTab(tab.id!);
    render(<App />);
    // The panel follows the tab once it has asked it for its status.
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await deliver({ type: 'open-topic', topic: 'ectopic-pregnancy', sign: 'pregnancy-emergency' }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(document.activeElement?.id).toBe('red-flag-pregnancy-emergency'));
    expect(document.activeElement?.closest('#seek-care')).not.toBeNull();
  });

  it('lands on a topic’s own item when the card names no sign', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/b', active: true });
    const sendMessage = contentScripts(new Map([[tab.id!, status('www.nhs.uk', { endometriosis: 1 })]]));
    activeTab(tab.id!);
    render(<App />);
    // The panel follows the tab once it has asked it for its status.
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await deliver({ type: 'open-topic', topic: 'endometriosis', sign: null }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(document.activeElement?.closest('#topic-endometriosis')).not.toBeNull());
  });
});
