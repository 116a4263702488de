/**
 * The keyboard commands, declared once: the manifest's `commands` is built from this, the
 * background acts on the names, and the panel lists them with the keys the browser reports.
 */
export const COMMANDS = {
  'next-mention': { key: 'Alt+Shift+Period', description: '__MSG_commandNextMention__' },
  'previous-mention': { key: 'Alt+Shift+Comma', description: '__MSG_commandPreviousMention__' },
  'toggle-site': { key: 'Alt+Shift+H', description: '__MSG_commandToggleSite__' },
} as const;

export type CommandName = keyof typeof COMMANDS;

/** The browser's own command that opens the panel: Chrome's action (the side panel opens on it), Firefox's sidebar. */
export const OPEN_PANEL_COMMAND = { chrome: '_execute_action', firefox: '_execute_sidebar_action' } as const;
export const OPEN_PANEL_KEY = 'Alt+Shift+L';

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMANDS, value);
}

/** The manifest's `commands` for one browser (at most four suggested keys: Chrome's limit). */
export function manifestCommands(browser: string) {
  const openPanel = browser === 'firefox' ? OPEN_PANEL_COMMAND.firefox : OPEN_PANEL_COMMAND.chrome;
  return {
    [openPanel]: { suggested_key: { default: OPEN_PANEL_KEY }, description: '__MSG_commandOpenPanel__' },
    ...Object.fromEntries(
      Object.entries(COMMANDS).map(([name, { key, description }]) => [
        name,
        { suggested_key: { default: key }, description },
      ]),
    ),
  };
}
