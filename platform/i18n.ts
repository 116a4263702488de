import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every UI string has an entry in _locales/en: a missing key fails type-checking. */
export type MessageKey = keyof typeof messages;

// WXT's generated per-key overloads do not resolve with the polyfill's types; the key is typed above.
const i18n = browser.i18n as unknown as { getMessage(key: string, substitutions?: string[]): string };

export function t(key: MessageKey, ...substitutions: string[]): string {
  return i18n.getMessage(key, substitutions);
}
