import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, withSite } from '../../../lib/settings/settings';
import { parseTicks, tickKey, tickKeys } from '../../../lib/settings/ticks';

describe('parseSettings', () => {
  it('reads a valid value as it is', () => {
    const stored = { version: 1, highlighting: false, disabledSites: ['example.org'], language: 'zh_TW' };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', [1, 2]],
    ['truncated JSON', '{"version":1,"highlighting":fal'],
    ['an unknown version', { version: 99, highlighting: false }],
    ['a version of the wrong type', { version: '1', highlighting: false }],
  ])('falls back to the defaults for %s', (_, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields and defaults the others', () => {
    expect(
      parseSettings({ version: 1, highlighting: 'no', disabledSites: ['a.com', 7, 'bad host!', 'a.com'] }),
    ).toEqual({
      version: 1,
      highlighting: true,
      disabledSites: ['a.com'],
      language: 'auto',
    });
  });

  it.each([['zh'], ['zh-CN'], ['ZH_CN'], ['fr'], [''], [null], [3], [{ locale: 'en' }]])(
    'reads a language that is not one of the choices (%j) as the browser language',
    (language) => {
      expect(parseSettings({ version: 1, highlighting: false, language })).toEqual({
        version: 1,
        highlighting: false,
        disabledSites: [],
        language: 'auto',
      });
    },
  );

  it.each(['auto', 'en', 'zh_CN', 'zh_TW'])('keeps the language %s', (language) => {
    expect(parseSettings({ version: 1, language }).language).toBe(language);
  });

  it('reads settings stored as JSON text', () => {
    expect(parseSettings('{"version":1,"highlighting":false,"disabledSites":[]}').highlighting).toBe(false);
  });

  it('migrates an unversioned object', () => {
    expect(parseSettings({ highlighting: false })).toEqual({
      version: 1,
      highlighting: false,
      disabledSites: [],
      language: 'auto',
    });
  });

  it('bounds a huge list of sites', () => {
    const sites = Array.from({ length: 50_000 }, (_, index) => `site${index}.example`);
    expect(parseSettings({ version: 1, highlighting: true, disabledSites: sites }).disabledSites).toHaveLength(1000);
  });

  it('switches sites on and off', () => {
    const off = withSite(DEFAULT_SETTINGS, 'WWW.Example.org', false);
    expect(isSiteEnabled(off, 'www.example.org')).toBe(false);
    expect(isSiteEnabled(off, 'example.org')).toBe(true);
    expect(isSiteEnabled(withSite(off, 'www.example.org', true), 'www.example.org')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, highlighting: false }, 'example.org')).toBe(false);
  });
});

describe('ticks', () => {
  const known = ['disc-herniation', 'blood-stasis', 'high-heels'];

  it('keeps every valid tick and drops the rest', () => {
    const stored = {
      [tickKey('disc-herniation')]: true,
      [tickKey('blood-stasis')]: 'yes',
      [tickKey('high-heels')]: { corrupt: true },
      [tickKey('no-such-cause')]: true,
      settings: 'garbage',
    };
    expect([...parseTicks(stored, known)]).toEqual(['disc-herniation']);
  });

  it('finds every tick key to clear, valid or not', () => {
    expect(tickKeys({ 'tick:a': true, 'tick:b': 3, settings: {} }).sort()).toEqual(['tick:a', 'tick:b']);
  });
});
