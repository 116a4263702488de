import { isAboutTopic } from '../classify/terms';
import type { GateLookup } from './table';

/**
 * A run of word characters as the matcher reads words (lib/match/words): letters, digits and marks,
 * except the scripts written without spaces (Han, kana), which end a word ("MRI检查" holds MRI).
 */
const WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
/** The same where the text holds no Han or kana, as most pages' text does: one class, no look-ahead. */
const WORD_WITHOUT_HAN = /[\p{L}\p{N}\p{M}]+/gu;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SOFT_HYPHEN = /\u00ad/g;
/** Full-width ASCII, which both matchers read as ASCII (ＭＲＩ as MRI). */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_SHIFT = 0xfee0;
/** What sends a text to the Han matcher (lib/match/han: containsHan). */
const HAN = /\p{Script=Han}/u;

/**
 * What a sample of a page could be evidence of, by its words' keys alone: the terms whose first
 * words (or first characters, folded as the Han matcher folds them) occur in it. A superset of
 * what the matchers would find in the same text, since words are taken apart by any separator and
 * compared in lower case; so when even these could not make the page read as about the topic, the
 * matchers' could not either.
 */
export class GateEvidence {
  /** Whether any text read held Han characters: the engine then needs its Han table too. */
  sawHan = false;
  private readonly terms = new Set<number>();

  constructor(private readonly table: GateLookup) {}

  /** Reads one stretch of text (a block's run: words of two stretches are never joined). */
  read(text: string): void {
    let plain = text.includes('\u00ad') ? text.replace(SOFT_HYPHEN, '') : text;
    if (HAS_FULL_WIDTH.test(plain))
      plain = plain.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_SHIFT));
    const words = plain.toLowerCase().match(HAN_OR_KANA.test(plain) ? WORD : WORD_WITHOUT_HAN);
    if (words) {
      for (let index = 0; index < words.length; index++) {
        const entry = this.table.entry(words[index]);
        if (!entry) continue;
        for (const term of entry.alone) this.terms.add(term);
        const pair = index + 1 < words.length ? entry.next.get(words[index + 1]) : undefined;
        if (pair) for (const term of pair) this.terms.add(term);
      }
    }
    if (HAN.test(text)) this.readHan(text);
  }

  /** Enough evidence for the page to read as about the topic, were every candidate a match. */
  isEnough(): boolean {
    return isAboutTopic(this.terms, this.table.topicOf);
  }

  private readHan(text: string): void {
    this.sawHan = true;
    const { fold, first, longest, terms } = this.table.han();
    for (let index = 0; index < text.length; index++) {
      const code = fold(text.charCodeAt(index));
      if (!first.has(code)) continue;
      let key = String.fromCharCode(code);
      for (let at = index + 1; ; at++) {
        for (const term of terms(key) ?? []) this.terms.add(term);
        if (at >= text.length || key.length >= longest) break;
        key += String.fromCharCode(fold(text.charCodeAt(at)));
      }
    }
  }
}
