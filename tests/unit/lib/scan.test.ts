import { describe, expect, it } from 'vitest';
import { locate } from '../../../lib/scan/locate';
import { collectRuns, RunWalker } from '../../../lib/scan/runs';

function runsOf(html: string) {
  document.body.innerHTML = html;
  return collectRuns(document.body).map((run) => run.text.replace(/\s+/g, ' ').trim());
}

describe('text runs', () => {
  it('joins text across inline elements', () => {
    expect(runsOf('<p>The <em>sacroiliac</em> <a href="#">joint</a> <b>and</b> <span>more</span></p>')).toEqual([
      'The sacroiliac joint and more',
    ]);
  });

  it('breaks at blocks, line breaks, images and form controls', () => {
    expect(runsOf('<div>one <p>two</p> three</div><p>four<br>five</p><p>six<img src="data:,">seven</p>')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
    ]);
    expect(runsOf('<p>kidney<button>x</button>stones</p>')).toEqual(['kidney', 'x', 'stones']);
  });

  it('skips code, form controls, templates, editors and hidden elements', () => {
    expect(
      runsOf(`<p>kept</p><script>a</script><style>b</style><noscript>c</noscript><template>d</template>
        <textarea>e</textarea><select><option>f</option></select><div contenteditable="true">g</div>
        <div contenteditable="false">kept too</div><div hidden>h</div><svg><text>i</text></svg>
        <div contenteditable="FALSE">and this</div><div contenteditable="">j</div><p><b hidden>k</b>last</p>`),
    ).toEqual(['kept', 'kept too', 'and this', 'last']);
  });

  it('skips elements hidden or editable in a shadow root, as in the page', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p hidden>a</p><p contenteditable>b</p><p>shadow</p>';
    expect(collectRuns(document.body).map((run) => run.text)).toEqual(['light', 'shadow']);
  });

  it('starts a run at its first text that is not blank', () => {
    document.body.innerHTML = '<div>\n  <p>\n  <b> </b>\u00a0<i>sciatica</i> here\n</p>\n  <p>\t</p></div>';
    const runs = collectRuns(document.body);
    expect(runs.map((run) => run.text)).toEqual(['sciatica here\n']);
    expect(runs[0].nodes.map((node) => node.data)).toEqual(['sciatica', ' here\n']);
    expect(runs[0].starts).toEqual([0, 8]);
  });

  it('leaves out the extension’s own nodes', () => {
    document.body.innerHTML = '<p>page</p><div id="own">ours</div>';
    const own = document.getElementById('own')!;
    const runs = collectRuns(document.body, { isOwn: (node) => node === own });
    expect(runs.map((run) => run.text)).toEqual(['page']);
  });

  it('walks open shadow roots', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    expect(collectRuns(document.body).map((run) => run.text)).toEqual(['light', 'shadow']);
  });

  it('stops when asked and resumes where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, index) => `<p>p${index}</p>`).join('');
    const walker = new RunWalker(document.body);
    const texts: string[] = [];
    let slices = 0;
    while (
      !walker.walk(
        (run) => texts.push(run.text),
        () => true,
      )
    )
      slices++;
    expect(slices).toBeGreaterThan(5);
    expect(texts).toHaveLength(2000);
    expect(texts.at(-1)).toBe('p1999');
  });

  it('maps run offsets back to text nodes, ends staying in the earlier node', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const [run] = collectRuns(document.body);
    const [ab, cd] = run.nodes;
    expect(locate(run, 0, false)).toEqual({ node: ab, offset: 0 });
    expect(locate(run, 2, false)).toEqual({ node: cd, offset: 0 });
    expect(locate(run, 2, true)).toEqual({ node: ab, offset: 2 });
    expect(locate(run, 3, true)).toEqual({ node: cd, offset: 1 });
    expect(locate(run, 6, true)).toEqual({ node: run.nodes[2], offset: 2 });
  });
});

describe('deep documents', () => {
  it('walks 5,000 nested blocks without recursion', () => {
    document.body.innerHTML = '';
    let node: Element = document.body;
    for (let depth = 0; depth < 5000; depth++) node = node.appendChild(document.createElement('div'));
    node.textContent = 'sciatica at the bottom';
    expect(collectRuns(document.body).map((run) => run.text)).toEqual(['sciatica at the bottom']);
    expect(collectRuns(node).map((run) => run.text)).toEqual(['sciatica at the bottom']);
  });
});
