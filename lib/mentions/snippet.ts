/**
 * The sentence around a mention, as the panel lists it: read from its block's text, its
 * whitespace collapsed, cut at word boundaries (or beside any Han character) to about `max`
 * characters with an ellipsis, and the term's place in it, so the panel can emphasise it with
 * text nodes alone.
 */
export interface Snippet {
  text: string;
  /** Where the term starts and ends in `text`. */
  start: number;
  end: number;
}

export const SNIPPET_MAX_CHARS = 160;
const ELLIPSIS = '…';
/**
 * A sentence ends at . ! ? (and any closing quotes or brackets) followed by white space or a Han
 * character, or at Chinese sentence punctuation (。！？；, full or half width), which needs no space.
 */
const SENTENCE_END = /[.!?][)\]"'’”»]*(?=\s|$|\p{Script=Han})|[。｡！？；][)\]"'’”»）」』】〕》〉]*/gu;
const SPACE = /\s/;
/** Han characters and CJK punctuation stand alone: a long sentence may be cut beside any of them. */
const STANDS_ALONE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SOFT_HYPHEN = '\u00ad';

function sentenceStart(text: string, before: number): number {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(text); found && found.index < before; found = SENTENCE_END.exec(text)) {
    const after = found.index + found[0].length;
    if (after <= before) start = after;
  }
  return start;
}

function sentenceEnd(text: string, after: number): number {
  SENTENCE_END.lastIndex = after;
  const found = SENTENCE_END.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** Collapses runs of white space to one space and trims, keeping [start, end) pointing at the term. */
function collapse(text: string, start: number, end: number): Snippet {
  let out = '';
  let newStart = 0;
  let newEnd = 0;
  let lastWasSpace = true;
  for (let index = 0; index <= text.length; index++) {
    if (index === start) newStart = out.length;
    if (index === end) newEnd = out.length;
    if (index === text.length) break;
    const char = text[index];
    // A soft hyphen is invisible: it is left out, as the page shows it.
    if (char === SOFT_HYPHEN) continue;
    if (SPACE.test(char)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += char;
      lastWasSpace = false;
    }
  }
  const trimmed = out.trimEnd();
  return { text: trimmed, start: Math.min(newStart, trimmed.length), end: Math.min(newEnd, trimmed.length) };
}

/** Whether the text may be cut at `at` for standing beside a Han character or CJK punctuation. */
function besideHan(text: string, at: number): boolean {
  return STANDS_ALONE.test(text[at - 1] ?? '') || STANDS_ALONE.test(text[at] ?? '');
}

/** The last word boundary at or before `index` (never before `floor`). */
function backToSpace(text: string, index: number, floor: number): number {
  for (let at = index; at > floor; at--) if (text[at - 1] === ' ' || besideHan(text, at)) return at;
  return floor;
}

/** The first word boundary at or after `index` (never past `ceiling`). */
function forwardToSpace(text: string, index: number, ceiling: number): number {
  for (let at = index; at < ceiling; at++) if (text[at] === ' ' || besideHan(text, at)) return at;
  return ceiling;
}

/**
 * The snippet for the term at [start, end) of a block's text: its sentence, or, when the
 * sentence is longer than `max`, as much of it around the term as fits, cut between words (or beside a Han character).
 */
export function snippetOf(blockText: string, start: number, end: number, max = SNIPPET_MAX_CHARS): Snippet {
  const from = sentenceStart(blockText, start);
  const to = Math.max(end, sentenceEnd(blockText, end));
  const sentence = collapse(blockText.slice(from, to), start - from, end - from);
  const { text } = sentence;
  if (text.length <= max) return sentence;

  const term = sentence.end - sentence.start;
  // What is left once the term and two ellipses fit, shared before and after it.
  const room = Math.max(0, max - term - 2);
  let before = Math.floor(room / 2);
  let after = room - before;
  // Room one side does not need goes to the other.
  if (sentence.start < before) [before, after] = [sentence.start, after + before - sentence.start];
  if (text.length - sentence.end < after) {
    before += after - (text.length - sentence.end);
    after = text.length - sentence.end;
  }
  let cutStart = Math.max(0, sentence.start - before);
  let cutEnd = Math.min(text.length, sentence.end + after);
  if (cutStart > 0) cutStart = forwardToSpace(text, cutStart, sentence.start);
  if (cutEnd < text.length) cutEnd = backToSpace(text, cutEnd, sentence.end);
  const head = cutStart > 0 ? ELLIPSIS : '';
  const tail = cutEnd < text.length ? ELLIPSIS : '';
  const body = text.slice(cutStart, cutEnd).trim();
  const lead = text.slice(cutStart, cutEnd).length - text.slice(cutStart, cutEnd).trimStart().length;
  const offset = head.length - cutStart - lead;
  return { text: head + body + tail, start: sentence.start + offset, end: sentence.end + offset };
}
