import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { redFlagRecords } from '../../../../content/redFlags';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/panel/App';
import { beyondTopics } from '../../../../content/beyond';
import { causes } from '../../../../content/causes';
import { treatmentTopics } from '../../../../content/treatments';
import type { Message, PageStatus } from '../../../../lib/protocol/messages';
import { deliver, showView } from './views';

const TOPIC_COUNT = causes.length + beyondTopics.length + treatmentTopics.length;

function status(
  state: PageStatus['state'],
  counts: Record<string, number> = {},
  urgentTerms: string[] = [],
): PageStatus {
  return {
    host: 'www.nhs.uk',
    verdict: state === 'not-health' ? 'not-health' : 'health-domain',
    state,
    counts,
    urgentTerms,
  };
}

const signText = (id: string) => redFlagRecords.find((flag) => flag.id === id)!.text.en;
/** The signs Seek care now shows, in its order. */
const isShown = (element: HTMLElement) => element.closest('[hidden]') === null;
const signsShown = (section: HTMLElement) =>
  within(section)
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

/** The panel following one tab whose content script answers with `page`, or none (null). */
async function panelOn(page: PageStatus | null) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.nhs.uk/a', active: true });
  const sendMessage = vi.fn(async (_tabId: number, request: Message) => {
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    return request.type === 'show-next-mention' ? { index: 1, total: page.counts[request.topic] ?? 0 } : page;
  });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  fakeBrowser.tabs.query = (async () => [{ id: tab.id }]) as unknown as typeof fakeBrowser.tabs.query;
  render(<App />);
  // The panel has found its tab once it asks the page.
  await waitFor(() => expect(sendMessage).toHaveBeenCalled());
  return { tab, sendMessage };
}

const selectedTab = () => screen.getByRole('tab', { selected: true });
const tabs = () => screen.getAllByRole('tab');

describe('the panel’s tab list', () => {
  it('is one tab stop whose arrow keys, Home and End choose the view, and each tab controls its view', async () => {
    await panelOn(status('not-health'));
    await waitFor(() => expect(selectedTab().textContent).toBe('Checklist'));
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(tabs().map((tab) => tab.textContent)).toEqual(['This page', 'Checklist', 'Diary', 'Summary']);
    for (const tab of tabs()) {
      const view = document.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(view.getAttribute('role')).toBe('tabpanel');
      expect(view.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(view.hidden).toBe(tab.getAttribute('aria-selected') !== 'true');
    }

    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    selectedTab().focus();
    press('ArrowRight');
    expect(selectedTab().textContent).toBe('Diary');
    expect(document.activeElement).toBe(selectedTab());
    expect(screen.getByRole('tabpanel', { name: 'Diary' })).toBeTruthy();
    press('ArrowRight');
    press('ArrowRight');
    expect(selectedTab().textContent).toBe('This page');
    press('ArrowLeft');
    expect(selectedTab().textContent).toBe('Summary');
    press('Home');
    expect(selectedTab().textContent).toBe('This page');
    press('End');
    expect(selectedTab().textContent).toBe('Summary');
    expect(document.activeElement).toBe(selectedTab());
    // One tab stop: only the selected tab is in the page's tab order.
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, -1, -1, 0]);
    // Only the view shown is in the accessibility tree.
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('opens on "This page" when the page is highlighted, and speaks of it at once', async () => {
    await panelOn(status('on', { 'disc-herniation': 3 }));
    const view = screen.getByRole('tabpanel', { name: 'This page' });
    expect(await within(view).findByRole('button', { name: 'Lumbar disc herniation' })).toBeTruthy();
    expect(selectedTab().textContent).toBe('This page');
  });

  it('opens on the checklist, with a line on the page and its switch, when the page is not highlighted', async () => {
    await panelOn(status('not-health'));
    await waitFor(() => expect(selectedTab().textContent).toBe('Checklist'));
    const view = screen.getByRole('tabpanel', { name: 'Checklist' });
    expect(view.textContent).toContain('This does not look like a health page');
    expect(within(view).getByRole('button', { name: 'Highlight this page anyway' })).toBeTruthy();
  });

  it('opens on the checklist when the page cannot be read', async () => {
    await panelOn(null);
    await waitFor(() => expect(selectedTab().textContent).toBe('Checklist'), { timeout: 3000 });
    expect(screen.getByText('This page cannot be read by extensions.')).toBeTruthy();
  });

  it('keeps the view a person chose when the page changes', async () => {
    const { tab } = await panelOn(status('not-health'));
    await waitFor(() => expect(selectedTab().textContent).toBe('Checklist'));
    showView('Diary');
    await deliver({ type: 'page-status', status: status('on', { 'disc-herniation': 3 }) }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await screen.findAllByRole('button', { name: '3 mentions on this page', hidden: true });
    expect(selectedTab().textContent).toBe('Diary');
  });

  it('follows its default while nothing is chosen: a page that becomes highlighted brings "This page"', async () => {
    const { tab } = await panelOn(status('not-health'));
    await waitFor(() => expect(selectedTab().textContent).toBe('Checklist'));
    await deliver({ type: 'page-status', status: status('forced', { 'disc-herniation': 3 }) }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(selectedTab().textContent).toBe('This page'));
  });
});

describe('Seek care now, above every view', () => {
  it('is one line and a button that lists the signs in one step', async () => {
    await panelOn(status('not-health'));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    expect(within(section).queryByRole('listitem')).toBeNull();
    const button = within(section).getByRole('button', { name: `Show the ${redFlagRecords.length} signs` });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(within(section).getAllByRole('listitem')).toHaveLength(redFlagRecords.length);
    expect(within(section).getByRole('button', { name: 'Hide the signs' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists every sign, with no button to close it, when the page has urgent content that names no sign', async () => {
    await panelOn(status('on', { 'cauda-equina': 1 }));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(redFlagRecords.length));
    expect(section.textContent).toContain('This page mentions a sign that can need care now.');
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('lists first the signs the page’s urgent terms name, under their advice, and all of them in one step', async () => {
    // The Chinese term names the sign the English one does: listed once.
    await panelOn(
      status('on', { 'warning-signs': 3, 'cauda-equina': 1 }, [
        'loss of bladder or bowel control',
        '大小便失禁',
        'fever with back pain',
      ]),
    );
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(signsShown(section)).toEqual([signText('bladder-bowel'), signText('fever-unwell')]));
    expect(section.textContent).toContain('This page mentions a sign that can need care now.');
    // Both kinds of advice stay beside their signs.
    expect(
      isShown(within(section).getByText('Call an emergency number or go to an emergency department if you have:')),
    ).toBe(true);
    expect(isShown(within(section).getByText('Get an urgent medical appointment if you have:'))).toBe(true);
    // What the page says comes right after: the list has no button to close it, one to show the rest.
    expect(within(section).getAllByRole('button')).toHaveLength(1);
    const all = within(section).getByRole('button', { name: `Show all ${redFlagRecords.length} warning signs` });
    expect(all.getAttribute('aria-expanded')).toBe('false');
    expect(all.getAttribute('aria-controls')).toBe('seek-care-signs');

    all.focus();
    fireEvent.click(all);
    expect(signsShown(section)).toEqual(redFlagRecords.map((flag) => flag.text.en));
    // The same button, still focused, now says what it does next.
    expect(document.activeElement).toBe(all);
    expect(all.getAttribute('aria-expanded')).toBe('true');
    expect(all.textContent).toBe('Show only the signs this page names');
    fireEvent.click(all);
    expect(signsShown(section)).toEqual([signText('bladder-bowel'), signText('fever-unwell')]);
  });

  it('leaves out the advice of a kind of sign the page names none of', async () => {
    await panelOn(status('on', { 'cauda-equina': 1 }, ['saddle numbness']));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(signsShown(section)).toEqual([signText('saddle-numbness')]));
    expect(
      isShown(within(section).getByText('Call an emergency number or go to an emergency department if you have:')),
    ).toBe(true);
    expect(isShown(within(section).getByText('Get an urgent medical appointment if you have:'))).toBe(false);
  });

  it('shows every sign when a term card points at one the page’s list leaves out, and focuses it', async () => {
    const { tab } = await panelOn(status('on', { 'cauda-equina': 1 }, ['saddle numbness']));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(signsShown(section)).toEqual([signText('saddle-numbness')]));
    showView('Checklist');
    await deliver({ type: 'open-topic', topic: 'ectopic-pregnancy', sign: 'pregnancy-warning' }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(document.activeElement?.id).toBe('red-flag-pregnancy-warning'));
    expect(isShown(document.activeElement as HTMLElement)).toBe(true);
    expect(signsShown(section)).toHaveLength(redFlagRecords.length);
    expect(
      within(section)
        .getByRole('button', { name: 'Show only the signs this page names' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('keeps the page’s list when a term card points at a sign on it', async () => {
    const { tab } = await panelOn(status('on', { 'cauda-equina': 1 }, ['saddle numbness']));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(signsShown(section)).toEqual([signText('saddle-numbness')]));
    await deliver({ type: 'open-topic', topic: 'cauda-equina', sign: 'saddle-numbness' }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(document.activeElement?.id).toBe('red-flag-saddle-numbness'));
    expect(signsShown(section)).toEqual([signText('saddle-numbness')]);
  });

  it('opens on the page’s signs for an urgent term outside the warning topics', async () => {
    await panelOn(status('on', { 'ectopic-pregnancy': 1 }, ['ectopic pregnancy']));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() =>
      expect(signsShown(section)).toEqual([signText('pregnancy-emergency'), signText('pregnancy-warning')]),
    );
  });

  it('opens and takes focus from the skip link, in whichever view', async () => {
    await panelOn(status('not-health'));
    showView('Diary');
    fireEvent.click(screen.getByRole('link', { name: 'Seek care now' }));
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(document.activeElement).toBe(section));
    expect(within(section).getAllByRole('listitem')).toHaveLength(redFlagRecords.length);
    expect(selectedTab().textContent).toBe('Diary');
  });
});

describe('the skip links follow the views', () => {
  it.each([
    ['Checklist', 'Checklist'],
    ['Pain diary', 'Diary'],
    ['Summary for your doctor', 'Summary'],
    ['This page', 'This page'],
  ])('"%s" shows the %s view and moves focus into it', async (link, view) => {
    await panelOn(status('not-health'));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Jump to' })).getByRole('link', { name: link }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: view })));
    expect(selectedTab().textContent).toBe(view);
  });
});

describe('the checklist', () => {
  it('starts with the article’s first group open and the others closed, each opened by its heading', async () => {
    await panelOn(status('not-health'));
    showView('Checklist');
    const toggle = (name: string) => screen.getByRole('button', { name });
    expect(toggle('After sex').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('checkbox', { name: /^May apply to me:/ })).toHaveLength(3);
    fireEvent.click(toggle('Other causes of low back pain'));
    expect(toggle('Other causes of low back pain').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('checkbox', { name: /^May apply to me:/ })).toHaveLength(causes.length);
    fireEvent.click(toggle('After sex'));
    expect(screen.getAllByRole('checkbox', { name: /^May apply to me:/ })).toHaveLength(causes.length - 3);
  });

  it('finds endometriosis from the search box, says how many topics match, and shows every topic again when cleared', async () => {
    await panelOn(status('not-health'));
    showView('Checklist');
    const search = screen.getByRole('searchbox', { name: 'Find a topic' });
    fireEvent.input(search, { target: { value: 'endometriosis' } });
    const shown = screen.getAllByRole('listitem').filter((item) => item.matches('li.cause'));
    expect(shown.map((item) => item.dataset.topic)).toContain('endometriosis');
    expect(shown.length).toBeLessThan(5);
    expect(screen.getByText(`${shown.length} of ${TOPIC_COUNT} topics match.`).getAttribute('role')).toBe('status');
    // A group with nothing found is left out; the others show what was found.
    expect(screen.queryByRole('region', { name: 'After sex' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'May apply to me: Endometriosis' })).toBeTruthy();

    fireEvent.input(search, { target: { value: 'zzzz' } });
    expect(screen.getByText('No topic matches “zzzz”.').getAttribute('role')).toBe('status');
    fireEvent.input(search, { target: { value: '' } });
    expect(screen.getAllByRole('listitem').filter((item) => item.matches('li.cause'))).toHaveLength(TOPIC_COUNT);
  });

  it('speaks the mention shown from a checklist item in a status outside the views', async () => {
    const { tab, sendMessage } = await panelOn(status('on', { 'sex-position': 2 }));
    showView('Checklist');
    const item = document.querySelector<HTMLElement>('[data-cause="sex-position"]')!;
    fireEvent.click(await within(item).findByRole('button', { name: '2 mentions on this page' }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        tab.id,
        { type: 'show-next-mention', topic: 'sex-position' },
        { frameId: 0 },
      ),
    );
    const spoken = await screen.findByText('Showing mention 1 of 2 on the page.');
    expect(spoken.getAttribute('role')).toBe('status');
    expect(spoken.closest('[role="tabpanel"]')).toBeNull();
  });
});

describe('a term card’s "Open in panel"', () => {
  it('lands on the checklist at the topic: its group opened, the search cleared, its tick focused', async () => {
    const { tab } = await panelOn(status('on', { endometriosis: 2 }));
    await waitFor(() => expect(selectedTab().textContent).toBe('This page'));
    showView('Checklist');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a topic' }), { target: { value: 'heels' } });
    showView('Diary');
    await deliver({ type: 'open-topic', topic: 'endometriosis', sign: null }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    const tick = screen.getByRole('checkbox', { name: 'May apply to me: Endometriosis' });
    await waitFor(() => expect(document.activeElement).toBe(tick));
    expect(selectedTab().textContent).toBe('Checklist');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find a topic' }).value).toBe('');
  });

  it('lands on Seek care now for a warning sign, whatever the view', async () => {
    const { tab } = await panelOn(status('not-health'));
    showView('Summary');
    await deliver({ type: 'open-topic', topic: 'cauda-equina', sign: null }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    const section = screen.getByRole('region', { name: 'Seek care now' });
    await waitFor(() => expect(document.activeElement).toBe(section));
    expect(within(section).getAllByRole('listitem')).toHaveLength(redFlagRecords.length);
  });

  it('lands on "This page" for a topic explained nowhere else', async () => {
    const { tab } = await panelOn(status('on', { 'back-pain': 2 }));
    showView('Diary');
    await deliver({ type: 'open-topic', topic: 'back-pain', sign: null }, {
      tab: { id: tab.id },
      frameId: 0,
    } as never);
    await waitFor(() => expect(selectedTab().textContent).toBe('This page'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'On this page' })));
  });
});

/** The browser running one of the extension's keyboard commands (tests/unit/setup.ts fakes the event). */
const pressCommand = (name: string) =>
  (fakeBrowser.commands.onCommand as unknown as { trigger(command: string): Promise<void> }).trigger(name);

describe('the keyboard commands', () => {
  it('bring the panel to "This page", where the mentions they step through and the site switch are', async () => {
    await panelOn(status('on', { 'disc-herniation': 3 }));
    showView('Diary');
    await pressCommand('next-mention');
    await waitFor(() => expect(selectedTab().textContent).toBe('This page'));
    showView('Checklist');
    await pressCommand('toggle-site');
    await waitFor(() => expect(selectedTab().textContent).toBe('This page'));
    // The browser's own command, and names that are not ours, change nothing.
    showView('Summary');
    await pressCommand('_execute_action');
    await pressCommand('not-ours');
    expect(selectedTab().textContent).toBe('Summary');
  });
});
