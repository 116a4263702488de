import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { setActiveLocale } from '../../platform/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n.getMessage as the browsers do it, from our real locale file. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
}

/** The keyboard commands' event, which the fake browser does not implement: listeners, and `trigger` to fire it. */
function fakeCommandEvent() {
  const listeners = new Set<(command: string) => void>();
  return {
    addListener: (listener: (command: string) => void) => void listeners.add(listener),
    removeListener: (listener: (command: string) => void) => void listeners.delete(listener),
    hasListener: (listener: (command: string) => void) => listeners.has(listener),
    trigger: async (command: string) => listeners.forEach((listener) => listener(command)),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.commands as unknown as { onCommand: unknown }).onCommand = fakeCommandEvent();
  fakeBrowser.i18n.getMessage = getMessage;
  // An English browser, unless a test says otherwise; views set the locale again when they render.
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  setActiveLocale('en');
});
