import { browser } from 'wxt/browser';
import { isCommandName, type CommandName } from '../lib/commands';
import type { MentionShown } from '../lib/protocol/messages';
import { withSite } from '../lib/settings/settings';
import { sendToTab } from './messaging';
import { activeTabId, requestPageStatus } from './pageLink';
import type { MessageKey } from './i18n';
import { loadSettings, saveSettings } from './settings';

/**
 * What a command does on the active tab. Without the `tabs` permission the tab's address is
 * not ours to read: the content script tells its host, as it tells the panel.
 */
export async function runCommand(command: CommandName, tabId?: number): Promise<MentionShown | boolean | null> {
  const tab = tabId ?? (await activeTabId());
  if (tab === undefined) return null;
  if (command === 'toggle-site') {
    const status = await requestPageStatus(tab);
    if (!status?.host) return null;
    const settings = await loadSettings();
    const enabled = !settings.disabledSites.includes(status.host);
    await saveSettings(withSite(settings, status.host, !enabled));
    return !enabled;
  }
  const direction = command === 'next-mention' ? 'next' : 'previous';
  return sendToTab(tab, { type: 'step-mention', topic: null, direction }, 0);
}

/** The background's listener: our commands go to `runCommand`; the browser's own (opening the panel) it handles itself. */
export function handleCommands(): void {
  browser.commands?.onCommand.addListener((command: string) => {
    if (isCommandName(command)) void runCommand(command);
  });
}

/**
 * Our commands as the panel hears them (the background runs them): the panel shows the view
 * they act on. Returns the function that stops listening.
 */
export function watchCommands(onCommand: (command: CommandName) => void): () => void {
  const listener = (command: string) => {
    if (isCommandName(command)) onCommand(command);
  };
  browser.commands?.onCommand.addListener(listener);
  return () => browser.commands?.onCommand.removeListener(listener);
}

export interface Shortcut {
  name: string;
  description: string;
  /** The keys as the user has them now; empty when unset. */
  shortcut: string;
}

/** Every command with the keys the browser has for it now (the user may have changed them). */
export async function listShortcuts(): Promise<Shortcut[]> {
  const commands = await Promise.resolve()
    .then(() => browser.commands.getAll())
    .catch(() => []);
  return commands.map(({ name = '', description = '', shortcut = '' }) => ({ name, description, shortcut }));
}

/** Where this browser lets the user change the keys: Chrome's shortcuts page, or Firefox's add-ons manager. */
export function whereToChangeKeys(): MessageKey {
  // Firefox has no side panel API (its sidebar is the panel): a capability, not a browser name.
  return browser.sidePanel ? 'keysWhereChrome' : 'keysWhereFirefox';
}
