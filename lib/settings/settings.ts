import { isLanguageSetting, type LanguageSetting } from '../i18n/locale';

/**
 * The user's settings as stored, and how to read whatever storage returns:
 * a wrong type, truncated JSON or an unknown version falls back to defaults field by field.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

const MAX_SITES = 1000;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlight terms on health pages at all. */
  highlighting: boolean;
  /** Hostnames where the user turned highlighting off. */
  disabledSites: string[];
  /** The language of the panel, the card and the summary; 'auto' follows the browser's. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  highlighting: true,
  disabledSites: [],
  language: 'auto',
});

/**
 * Upgrades a stored object of an older version, one step at a time. Version 0 is an
 * object without a version: its fields are read as version 1's, where they are valid.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, version: 1 }),
};

export function parseSettings(raw: unknown): Settings {
  let record = asRecord(typeof raw === 'string' ? parseJson(raw) : raw);
  if (!record) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  let version: unknown = record.version === undefined ? 0 : record.version;
  while (typeof version === 'number' && version < SETTINGS_VERSION && migrations[version]) {
    record = migrations[version](record);
    version = record.version;
  }
  if (version !== SETTINGS_VERSION) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  return {
    version: SETTINGS_VERSION,
    highlighting: typeof record.highlighting === 'boolean' ? record.highlighting : DEFAULT_SETTINGS.highlighting,
    disabledSites: parseSites(record.disabledSites),
    language: isLanguageSetting(record.language) ? record.language : DEFAULT_SETTINGS.language,
  };
}

function parseSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = raw.filter((site): site is string => typeof site === 'string' && HOSTNAME.test(site));
  return [...new Set(sites)].slice(0, MAX_SITES);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.highlighting && !settings.disabledSites.includes(hostname.toLowerCase());
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
