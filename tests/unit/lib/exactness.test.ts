import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../content/lexicon';
import { lexiconMatcher } from '../../../content/lexicon/compiled';
import { HighlightEngine, type Painter } from '../../../lib/highlight/engine';
import { createSlicer } from '../../../lib/highlight/slicer';
import { expandWords } from '../../../lib/match/variants';
import { splitWords } from '../../../lib/match/words';
import { collectRuns } from '../../../lib/scan/runs';
import { HighlightEngine as ReferenceEngine } from './reference/engine';
import { compileMatcher as compileReferenceMatcher } from './reference/matcher';
import { collectRuns as collectReferenceRuns } from './reference/runs';

/**
 * The walk and the matcher were rewritten for speed (issue #12). `reference/` keeps them as they
 * were; here both run on the same documents and must find exactly the same runs and mentions.
 */

// The matcher as the content script builds it: the trie and filter compiled with the extension.
const matcher = lexiconMatcher();
const referenceMatcher = compileReferenceMatcher(lexicon);

interface Painted {
  category: string;
  range: AbstractRange;
}

function recorder(): Painter & { painted: Painted[] } {
  const painted: Painted[] = [];
  return {
    painted,
    add: (category, range) => void painted.push({ category, range }),
    remove: (_category, range) => {
      const index = painted.findIndex((entry) => entry.range === range);
      if (index >= 0) painted.splice(index, 1);
    },
    commit: () => {},
    clear: () => void painted.splice(0),
  };
}

/** Node paths from the body, so ranges of two passes over one document compare by value. */
function pathOf(node: Node): string {
  const steps: string[] = [];
  for (let current: Node | null = node; current && current !== document.body;) {
    const parent: Node | null = current.parentNode ?? null;
    if (!parent) {
      const host: Element | undefined = (current as ShadowRoot).host;
      if (!host) break;
      steps.push('#shadow');
      current = host;
      continue;
    }
    steps.push(String([...parent.childNodes].indexOf(current as ChildNode)));
    current = parent;
  }
  return steps.reverse().join('/');
}

function describeMentions(painted: Painted[]): string[] {
  return painted
    .map(
      ({ category, range }) =>
        `${category} ${pathOf(range.startContainer)}:${range.startOffset}-${pathOf(range.endContainer)}:${range.endOffset}`,
    )
    .sort();
}

async function passOf(Engine: typeof HighlightEngine, which: typeof matcher, hidden: (text: Text) => boolean) {
  const painter = recorder();
  const engine = new Engine({
    matcher: which,
    terms: lexicon,
    painter,
    slicer: createSlicer(performance, 0, async () => {}),
    createRange: (init) => ({ ...init, collapsed: false }),
    isVisible: (text) => !hidden(text),
    isOwn: (node) => (node as Element).id === 'own',
  });
  await engine.refresh([document.body]);
  return { mentions: describeMentions(painter.painted), counts: engine.mentions.counts() };
}

function runsOf(collect: typeof collectRuns) {
  return collect(document.body, { isOwn: (node) => (node as Element).id === 'own' }).map((run) => ({
    block: pathOf(run.block),
    text: run.text,
    nodes: run.nodes.map(pathOf),
    starts: run.starts,
  }));
}

/** A run as the rewritten walk gives it: from its first text that is not blank, which no match can start in. */
function fromFirstWords(run: ReturnType<typeof runsOf>[number]): ReturnType<typeof runsOf>[number] {
  const first = run.starts.findIndex((start, index) => /\S/.test(run.text.slice(start, run.starts[index + 1])));
  const skipped = run.starts[first];
  return {
    block: run.block,
    text: run.text.slice(skipped),
    nodes: run.nodes.slice(first),
    starts: run.starts.slice(first).map((start) => start - skipped),
  };
}

async function expectSame(html: string, setUp?: () => void) {
  document.body.innerHTML = html;
  setUp?.();
  const hidden = (text: Text) => !!text.parentElement?.closest('.invisible');
  expect(runsOf(collectRuns)).toEqual(runsOf(collectReferenceRuns).map(fromFirstWords));
  const now = await passOf(HighlightEngine, matcher, hidden);
  const before = await passOf(ReferenceEngine as unknown as typeof HighlightEngine, referenceMatcher, hidden);
  expect(now).toEqual(before);
  return now;
}

const fixtures: [string, string][] = [
  ['inline elements', '<p>A <em>herniated</em> disc, <a href="#">sciatica</a> and <b>kidney <i>stones</i></b>.</p>'],
  [
    'line breaks and images',
    '<p>kidney<br>stones, kidney<img src="data:,">stones, kidney <span><br></span> stones</p>',
  ],
  ['blocks inside inline', '<p>low back <span><div>pain</div></span> sciatica <em></em>lumbago</p>'],
  ['nested blocks', '<div>sciatica <p>lumbago</p> osteoporosis <section><p>herniated</p> disc</section> end</div>'],
  [
    'excluded elements',
    `<p>kidney<script>x</script> stones</p><p>herniated <select><option>a</option></select> disc</p>
     <p>low <input value="x"> back pain</p><div contenteditable="true">sciatica</div><div contenteditable="false">lumbago</div>
     <textarea>sciatica</textarea><svg><text>sciatica</text></svg><p>sciatica <noscript>lumbago</noscript></p>`,
  ],
  [
    'hidden attribute',
    '<p>kidney <span hidden>sciatica</span>stones</p><div hidden><p>lumbago</p></div><p>osteoporosis</p>',
  ],
  [
    'hidden by style',
    '<p>sciatica <span class="invisible">lumbago</span> and <em class="invisible">kidney</em> stones</p>',
  ],
  ['soft hyphens', '<p>sacro\u00adiliac joint, sci\u00ad<em>atica</em>, osteo\u00adporosis, back\u00a0pain</p>'],
  ['abbreviations', '<p>PID and pid.txt, two UTIs, a uti, the SI joint, CES, ces, <em>P</em>ID, Pid</p>'],
  [
    'comments and whitespace',
    '<div>\n  <!-- sciatica --> <p>\n lumbago <!-- x --> sciatica</p>\n  </div>kidney<!--c-->stones',
  ],
  ['buttons and labels', '<p>kidney<button>x</button>stones <label>sciatica</label> <button>lumbago</button></p>'],
  ['own node', '<p>sciatica</p><div id="own"><p>lumbago</p></div><p>kidney <span id="own">x</span>stones</p>'],
  [
    'tables and lists',
    '<table><tr><td>kidney</td><td>stones</td></tr></table><ul><li>sciatica<li>low back<li>pain</ul>',
  ],
  ['empty text and inline', '<p><span></span>sciatica<b></b><i> </i>lumbago<em><strong></strong></em></p>'],
  [
    'unicode and punctuation',
    '<p>«sciatica», 腰sciatica痛, 🙂lumbago🙂, SCIATICA, Sciatica\u0301, back-pain, back/pain, back. Pain</p>',
  ],
];

describe('the rewritten walk and matcher find exactly what the old ones did', () => {
  it('on every form of the lexicon, written as the lexicon has it, pluralised, misspelt and in capitals', () => {
    // The table stores no regular plurals: the matcher derives them, and must derive exactly these.
    const forms = lexicon.flatMap((entry) =>
      [entry.term, ...(entry.variants ?? [])].flatMap((form) => expandWords(splitWords(form)).map((w) => w.join(' '))),
    );
    const nearForms = (form: string) => [
      form,
      `${form}s`,
      `${form}es`,
      `${form.replace(/y$/, '')}ies`,
      `${form.replace(/s$/, '')}`,
      form.replace(/disc/g, 'disk'),
      form.replace(/disk/g, 'disc'),
      `${form.replace(/disc|disk/, 'disk')}s`,
      form.toUpperCase(),
      `${form[0].toUpperCase()}${form.slice(1)}s`,
    ];
    for (const form of forms) {
      for (const text of nearForms(form)) expect(matcher.find(text), text).toEqual(referenceMatcher.find(text));
    }
    expect(forms.length).toBeGreaterThan(2000);
  });

  it.each(fixtures)('%s', async (_, html) => {
    await expectSame(html);
  });

  it('in open shadow roots, nested, and not in excluded hosts', async () => {
    await expectSame(
      '<p>sciatica</p><div id="a"></div><div hidden><div id="b"></div></div><p>x<span id="c"></span>y</p>',
      () => {
        const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
        a.innerHTML = '<p>lumbago <em>kidney</em> stones</p><div id="inner"></div>';
        (a.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>osteoporosis</p>';
        document.getElementById('b')!.attachShadow({ mode: 'open' }).innerHTML = '<p>sciatica hidden away</p>';
        document.getElementById('c')!.attachShadow({ mode: 'open' }).innerHTML = 'herniated <b>disc</b>';
      },
    );
  });

  it('on many random documents', async () => {
    let seed = 12;
    const random = (limit: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % limit;
    };
    const words = [
      'sciatica',
      'kidney',
      'stones',
      'herniated',
      'disc',
      'disk',
      'low',
      'back',
      'pain',
      'PID',
      'pid',
      'UTIs',
      'SI',
      'joint',
      'lumbago',
      'osteo\u00adporosis',
      'the',
      'and',
      ' ',
      ', ',
      '-',
      '\u00a0',
      '\n',
      'Sciatica',
      'pelvic',
      'floor',
      'muscles',
      'high',
      'heels',
      'ectopic',
      'pregnancy',
      'é',
      '',
    ];
    const tags = ['p', 'div', 'em', 'span', 'b', 'a', 'br', 'img', 'script', 'button', 'li', 'i', 'section', 'code'];
    const build = (depth: number): string => {
      let html = '';
      for (let count = 2 + random(8); count >= 0; count--) {
        const roll = random(10);
        if (roll < 6 || depth > 4) html += words[random(words.length)] + (random(2) ? ' ' : '');
        else if (roll === 5) html += '<!--c-->';
        else {
          const tag = tags[random(tags.length)];
          if (tag === 'br' || tag === 'img') html += `<${tag}>`;
          else {
            const attributes = random(8) === 0 ? ' hidden' : random(8) === 0 ? ' class="invisible"' : '';
            html += `<${tag}${attributes}>${build(depth + 1)}</${tag}>`;
          }
        }
      }
      return html;
    };
    let mentions = 0;
    for (let page = 0; page < 200; page++) mentions += (await expectSame(`<div>${build(0)}</div>`)).mentions.length;
    expect(mentions).toBeGreaterThan(500);
  });
});
