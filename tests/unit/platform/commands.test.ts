import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { manifestCommands } from '../../../lib/commands';
import type { Message } from '../../../lib/protocol/messages';
import { handleCommands } from '../../../platform/commands';
import { loadSettings } from '../../../platform/settings';

const status = { host: 'www.nhs.uk', verdict: 'health-domain', state: 'on', counts: {}, urgentTerms: [] };

/** The active tab's content script, answering as the real one does; and the browser's command event. */
function setUp() {
  fakeBrowser.tabs.query = (async () => [{ id: 7 }]) as unknown as typeof fakeBrowser.tabs.query;
  const sendMessage = vi.fn(async (_tabId: number, request: Message) =>
    request.type === 'step-mention' ? { index: 1, total: 4 } : status,
  );
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  let listener: (command: string) => void = () => undefined;
  (fakeBrowser as unknown as { commands: object }).commands = {
    onCommand: { addListener: (added: typeof listener) => (listener = added) },
  };
  handleCommands();
  return { sendMessage, press: (command: string) => listener(command) };
}

describe('the keyboard commands', () => {
  it('declares four suggested keys (Chrome’s limit), the panel’s own per browser', () => {
    for (const [browser, openPanel] of [
      ['chrome', '_execute_action'],
      ['firefox', '_execute_sidebar_action'],
    ]) {
      const commands = manifestCommands(browser);
      expect(Object.keys(commands).sort()).toEqual([openPanel, 'next-mention', 'previous-mention', 'toggle-site']);
      expect(Object.values(commands).every((command) => /^Alt\+Shift\+\w+$/.test(command.suggested_key.default))).toBe(
        true,
      );
    }
  });

  it.each([
    ['next-mention', 'next'],
    ['previous-mention', 'previous'],
  ])('%s asks the active tab’s top frame for the %s mention of the whole page', async (command, direction) => {
    const { sendMessage, press } = setUp();
    press(command);
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(7, { type: 'step-mention', topic: null, direction }, { frameId: 0 }),
    );
  });

  it('toggle-site switches the active page’s site off, then on again', async () => {
    const { press } = setUp();
    press('toggle-site');
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['www.nhs.uk']));
    press('toggle-site');
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('leaves the browser’s own commands and unknown ones alone', async () => {
    const { sendMessage, press } = setUp();
    press('_execute_action');
    press('delete-everything');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
