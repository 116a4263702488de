/**
 * Runs in the benchmark page: the three contenders over the same body, each timed from the
 * first DOM read to the last highlight painted, with the worst long task seen meanwhile.
 */
import { hanTable } from 'virtual:lexicon-table-han';
import { lexicon } from '../../content/lexicon';
import { lexiconMatcher } from '../../content/lexicon/compiled';
import { offerHanTable } from '../../content/lexicon/hanTableSlot';
import { expandWords } from '../../lib/match/variants';
import { splitWords } from '../../lib/match/words';
import { liveRange } from '../../platform/liveRange';
import { createPageEngine } from '../../platform/pageEngine';

declare const Mark: new (context: Element) => {
  mark(keywords: string[], options: Record<string, unknown>): void;
  markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
};

interface Result {
  ms: number;
  matches: number;
  worstLongTaskMs: number;
}

// The matcher as the engine builds it, from the tables compiled at build time (the Han file's too).
offerHanTable(hanTable);
const matcher = lexiconMatcher();
/**
 * mark.js gets every form our matcher knows, spelled out: as its documented keyword list (one
 * pass over the page per keyword), and as one regular expression, longest first, with the same
 * word boundaries and gaps (one pass in all: the strongest way to use it).
 */
const forms = [
  ...new Set(
    lexicon.flatMap((entry) =>
      [entry.term, ...(entry.variants ?? [])].flatMap((form) =>
        expandWords(splitWords(form)).map((words) => words.join(' ')),
      ),
    ),
  ),
].sort((a, b) => b.length - a.length);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const markPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${forms.map((form) => escape(form).replaceAll(' ', '[\\s\\u00a0/-]+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

async function timed(work: () => Promise<number> | number): Promise<Result> {
  let worstLongTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) worstLongTaskMs = Math.max(worstLongTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const matches = await work();
  const ms = performance.now() - start;
  // Long-task entries arrive after the task: give them a moment.
  await new Promise((done) => setTimeout(done, 100));
  observer.disconnect();
  return { ms, matches, worstLongTaskMs };
}

function bareWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
  return characters > 0 ? 0 : -1;
}

/** The same walk reading every character once: the least a matcher written in script can do. */
function characterWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let index = 0; index < data.length; index++) sum += data.charCodeAt(index);
  }
  return sum > 0 ? 0 : -1;
}

async function highlightPass(): Promise<number> {
  // Built exactly as the content script builds it; the benchmark page has no card of ours.
  const pass = createPageEngine(matcher, { isOwn: () => false });
  await pass.refresh([document.body]);
  const found = pass.mentions.size;
  pass.stop();
  return found;
}

/**
 * Each contender's first run on a fresh page is cold, as on a page the user just opened;
 * a second run on the same page shows the steady state (JIT warm, style computed).
 */
const contenders = {
  /** The floor: a TreeWalker over every text node, asking each its length; its text is never read. */
  bare: async () => ({ cold: await timed(bareWalk), warm: await timed(bareWalk) }),
  characters: async () => ({ cold: await timed(characterWalk), warm: await timed(characterWalk) }),
  ours: async () => ({ cold: await timed(highlightPass), warm: await timed(highlightPass) }),

  mark: async () => ({
    cold: await timed(() => {
      let matches = 0;
      try {
        new Mark(document.body).mark(forms, {
          separateWordSearch: false,
          diacritics: false,
          accuracy: 'exactly',
          caseSensitive: false,
          each: () => matches++,
        });
      } catch {
        // mark.js recurses through the DOM it has already wrapped: it can run out of stack.
        return -1;
      }
      return matches;
    }),
  }),
  markRegExp: async () => ({
    cold: await timed(() => {
      let matches = 0;
      new Mark(document.body).markRegExp(markPattern, { each: () => matches++ });
      return matches;
    }),
  }),
};

/**
 * Viewport first: from the start of a cold pass until the first frame in which every mention on
 * the first screen is registered in CSS.highlights (a Highlight keeps its ranges in the order
 * they were added, so a frame's sizes tell which were registered then).
 */
async function firstScreen(): Promise<{ ms: number; matches: number }> {
  const pass = createPageEngine(matcher, { isOwn: () => false });
  const frames: { at: number; registered: [Highlight, number][] }[] = [];
  let recording = true;
  const record = () => {
    const registered: [Highlight, number][] = [];
    CSS.highlights.forEach((highlight) => void registered.push([highlight, highlight.size]));
    frames.push({ at: performance.now(), registered });
    if (recording) requestAnimationFrame(record);
  };
  const start = performance.now();
  requestAnimationFrame(record);
  await pass.refresh([document.body]);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  recording = false;
  const onScreen = (range: AbstractRange) => {
    const rect = liveRange(range).getBoundingClientRect();
    return rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
  };
  const wanted = Object.keys(pass.mentions.counts())
    .flatMap((topic) => pass.mentions.ofTopic(topic))
    .map((mention) => mention.range)
    .filter(onScreen);
  const indexIn = new Map<Highlight, Map<AbstractRange, number>>();
  const positions = (highlight: Highlight) => {
    let map = indexIn.get(highlight);
    if (!map) indexIn.set(highlight, (map = new Map([...highlight].map((range, index) => [range, index]))));
    return map;
  };
  const shownIn = (frame: (typeof frames)[number], range: AbstractRange) =>
    frame.registered.some(([highlight, size]) => (positions(highlight).get(range) ?? size) < size);
  const first = frames.find((frame) => wanted.every((range) => shownIn(frame, range)));
  pass.stop();
  return { ms: first ? first.at - start : NaN, matches: wanted.length };
}

declare global {
  /** What tests/bench/run.mjs calls in the page. */
  interface Window {
    bench: typeof contenders;
    firstScreen: typeof firstScreen;
  }
}

window.bench = contenders;
window.firstScreen = firstScreen;
