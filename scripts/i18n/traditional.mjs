// Simplified Chinese to Traditional as Taiwan writes it: OpenCC's Taiwan phrase tables (cn → twp),
// then our own corrections where Taiwan's health and software usage differs from what OpenCC gives.
import { Converter } from 'opencc-js';

const convert = Converter({ from: 'cn', to: 'twp' });

/**
 * Applies phrase corrections to converted text in one pass, longest phrase first. A correction
 * whose result holds its source (盆腔炎 → 骨盆腔炎) also guards the result, so that text already
 * corrected is left as it is.
 * @param {string} text
 * @param {Readonly<Record<string, string>>} phrases
 */
export function correctPhrases(text, phrases) {
  const table = new Map(Object.entries(phrases));
  for (const target of table.values()) table.set(target, target);
  const sources = [...table.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sources.length === 0) return text;
  const pattern = new RegExp(sources.map((source) => source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (found) => table.get(found) ?? found);
}

/**
 * @param {string} simplified
 * @param {Readonly<Record<string, string>>} [phrases]
 */
export function toTraditional(simplified, phrases = {}) {
  return correctPhrases(convert(simplified), phrases);
}

/**
 * The zh_TW locale file from the zh_CN one: every message converted, phrases corrected, and a
 * message given whole in the overrides taking the place of the converted one.
 * @param {Record<string, { message: string }>} zhCN
 * @param {{ phrases: Record<string, string>; messages: Record<string, string> }} overrides
 */
export function traditionalMessages(zhCN, overrides) {
  return Object.fromEntries(
    Object.entries(zhCN).map(([key, entry]) => [
      key,
      {
        ...entry,
        message: Object.hasOwn(overrides.messages, key)
          ? overrides.messages[key]
          : toTraditional(entry.message, overrides.phrases),
      },
    ]),
  );
}
