import { describe, expect, it } from 'vitest';
import { highlightState, isHighlighting, type HighlightInputs } from '../../../lib/highlightState';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const on: HighlightInputs = { settings: DEFAULT_SETTINGS, host: 'example.org', forced: false, verdict: 'health-terms' };

describe('highlightState', () => {
  it.each([
    [{}, 'on'],
    [{ verdict: 'unchecked' }, 'on'],
    [{ verdict: 'not-health' }, 'not-health'],
    [{ verdict: 'not-health', forced: true }, 'forced'],
    [{ settings: { ...DEFAULT_SETTINGS, highlighting: false } }, 'off-everywhere'],
    [{ settings: { ...DEFAULT_SETTINGS, highlighting: false }, forced: true }, 'forced'],
    [{ settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] } }, 'off-site'],
    [{ settings: { ...DEFAULT_SETTINGS, disabledSites: ['other.org'] } }, 'on'],
  ] as [Partial<HighlightInputs>, string][])('%j → %s', (change, expected) => {
    const state = highlightState({ ...on, ...change });
    expect(state).toBe(expected);
    expect(isHighlighting(state)).toBe(expected === 'on' || expected === 'forced');
  });
});
