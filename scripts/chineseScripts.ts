// The Traditional forms of the Chinese vocabulary, and the character fold that reads a page in
// either script (or both mixed) as the Simplified the vocabulary writes: worked out with OpenCC
// when the extension is built, so no converter ships to pages.
import { Converter } from 'opencc-js';
import stCharacters from 'opencc-js/dict/STCharacters';
import type { ChineseEntry } from '../content/lexicon/chinese';
import type { HanTable } from '../lib/match/han';
import { compileHanTable } from '../lib/match/hanTable';

const toTaiwan = Converter({ from: 'cn', to: 'twp' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });
const taiwanToSimplified = Converter({ from: 'tw', to: 'cn' });
const hongKongToSimplified = Converter({ from: 'hk', to: 'cn' });

/**
 * A Simplified form as Taiwan (with its phrase table: 前列腺炎 is 攝護腺炎 there) and Hong Kong
 * write it; the form itself is left out.
 */
export function traditionalForms(form: string): string[] {
  return [...new Set([toTaiwan(form), toHongKong(form)])].filter((traditional) => traditional !== form);
}

/** Each Simplified character's Traditional characters, from OpenCC's table ("发 發 髮|…"). */
function traditionalCharacters(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of stCharacters.split('|')) {
    const [simplified, ...traditional] = entry.split(' ');
    table.set(simplified, traditional);
  }
  return table;
}

const charactersOf = (forms: readonly string[]) => new Set(forms.flatMap((form) => [...form]));

/**
 * The fold as HanTable ships it: each Traditional character the vocabulary can meet, paired with
 * the Simplified character it is read as. Only characters of the vocabulary's forms and their
 * Traditional counterparts are listed, so the table stays small. A character the Simplified
 * forms use is never folded, so a Simplified page reads as written.
 */
export function foldPairs(simplifiedForms: readonly string[], traditionalForms: readonly string[]): string {
  const simplified = charactersOf(simplifiedForms);
  const candidates = charactersOf(traditionalForms);
  const counterparts = traditionalCharacters();
  for (const character of simplified)
    for (const traditional of counterparts.get(character) ?? []) candidates.add(traditional);
  let pairs = '';
  for (const character of [...candidates].sort()) {
    if (simplified.has(character) || character.length !== 1) continue;
    let reading = taiwanToSimplified(character);
    if (reading === character) reading = hongKongToSimplified(character);
    if (reading !== character && reading.length === 1) pairs += character + reading;
  }
  return pairs;
}

/**
 * The table the Han matcher reads (lib/match/han.ts) for a vocabulary: every Simplified form,
 * its Traditional forms (OpenCC's Taiwan phrases and Hong Kong characters, and the entry's own
 * twVariants), folded; the general words and their Traditional forms, which block; the fold.
 */
export function buildHanTable(
  entries: readonly Pick<ChineseEntry, 'term' | 'variants' | 'twVariants'>[],
  generalWords: readonly string[],
): HanTable {
  const simplifiedOf = (entry: (typeof entries)[number]) => [entry.term, ...(entry.variants ?? [])];
  const generated = entries.map((entry) => simplifiedOf(entry).flatMap(traditionalForms));
  const handWritten = entries.flatMap((entry) => entry.twVariants ?? []);
  const blocking = [...generalWords, ...generalWords.flatMap(traditionalForms)];
  const fold = foldPairs(
    [...entries.flatMap(simplifiedOf), ...generalWords],
    [...generated.flat(), ...handWritten, ...blocking],
  );
  const terms = entries.map((entry, index) => ({
    listed: [...simplifiedOf(entry), ...(entry.twVariants ?? [])],
    generated: generated[index],
  }));
  return compileHanTable(terms, blocking, fold);
}
