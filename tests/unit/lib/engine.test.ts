import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../content/lexicon';
import { changedBlocks, MAX_CHANGED_BLOCKS } from '../../../lib/highlight/changedBlocks';
import { HighlightEngine, type Painter } from '../../../lib/highlight/engine';
import { createSlicer } from '../../../lib/highlight/slicer';
import { compileMatcher } from '../../../lib/match/matcher';
import { liveRange } from '../../../platform/liveRange';

const matcher = compileMatcher(lexicon);

class RecordingPainter implements Painter {
  readonly painted = new Map<AbstractRange, string>();
  add(category: string, range: AbstractRange) {
    this.painted.set(range, category);
  }
  remove(_category: string, range: AbstractRange) {
    this.painted.delete(range);
  }
  commit() {
    this.commits++;
  }
  commits = 0;
  clear() {
    this.painted.clear();
  }
  texts(): string[] {
    return [...this.painted.keys()].map((range) => liveRange(range).toString());
  }
}

function setUp(options: { sliceMs?: number; isVisible?: (text: Text) => boolean } = {}) {
  const painter = new RecordingPainter();
  let yields = 0;
  const engine = new HighlightEngine({
    matcher,
    terms: lexicon,
    painter,
    slicer: createSlicer(performance, options.sliceMs ?? 1000, async () => void yields++),
    // happy-dom has no StaticRange; a plain record of the boundaries is all the engine keeps.
    createRange: (init) => ({ ...init, collapsed: false }),
    isVisible: options.isVisible ?? (() => true),
    isOwn: () => false,
  });
  return { painter, engine, yields: () => yields };
}

describe('HighlightEngine', () => {
  it('paints every term with its category and counts mentions per topic', async () => {
    document.body.innerHTML = '<p>A <em>herniated</em> disc, sciatica, and a herniated disk.</p><p>Kidney stones.</p>';
    const { painter, engine } = setUp();
    await engine.refresh([document.body]);
    expect(painter.texts()).toEqual(['herniated disc', 'sciatica', 'herniated disk', 'Kidney stones']);
    expect([...painter.painted.values()]).toEqual(['condition', 'symptom', 'condition', 'condition']);
    expect(engine.mentions.counts()).toEqual({ 'disc-herniation': 2, 'nerve-symptoms': 1, 'kidney-stones': 1 });
    expect(painter.commits).toBe(1);
  });

  it('rescans only the blocks given, and forgets blocks that left the page', async () => {
    document.body.innerHTML = '<p id="a">sciatica</p><p id="b">lumbago</p>';
    const { painter, engine } = setUp();
    await engine.refresh([document.body]);
    document.getElementById('a')!.textContent = 'osteoporosis and sciatica';
    document.getElementById('b')!.remove();
    await engine.refresh([document.getElementById('a')!]);
    expect(painter.texts().sort()).toEqual(['osteoporosis', 'sciatica']);
    expect(engine.mentions.size).toBe(2);
  });

  it('knows which terms the page names, and forgets a term once its last mention is gone', async () => {
    document.body.innerHTML = '<p id="a">saddle numbness and sciatica</p><p id="b">Sciatica again.</p>';
    const { engine } = setUp();
    await engine.refresh([document.body]);
    const named = () => engine.mentions.terms().map((index) => lexicon[index].term);
    expect(named()).toEqual(['saddle numbness', 'sciatica']);
    document.getElementById('a')!.remove();
    await engine.refresh([document.body]);
    expect(named()).toEqual(['sciatica']);
  });

  it('skips text the browser says is hidden, and gives its block back once it is shown', async () => {
    document.body.innerHTML = '<p>sciatica</p><p class="closed">lumbago</p><p class="gone">osteoporosis</p>';
    const shown = (element: Element) => !element.classList.contains('closed') && !element.classList.contains('gone');
    const { painter, engine } = setUp({ isVisible: (text) => shown(text.parentElement!) });
    await engine.refresh([document.body]);
    expect(painter.texts()).toEqual(['sciatica']);
    expect(engine.revealedBlocks(shown)).toEqual([]);

    const closed = document.querySelector('.closed')!;
    closed.classList.remove('closed');
    document.querySelector('.gone')!.remove();
    expect(engine.revealedBlocks(shown)).toEqual([closed]);
    // Given back once: a shown block, like a removed one, is no longer watched.
    expect(engine.revealedBlocks(() => true)).toEqual([]);
    await engine.refresh([closed]);
    expect(painter.texts().sort()).toEqual(['lumbago', 'sciatica']);
  });

  it('yields between slices on a big page and still finds everything', async () => {
    document.body.innerHTML = '<p>sciatica and lumbago</p>'.repeat(3000);
    const { painter, engine, yields } = setUp({ sliceMs: 0 });
    await engine.refresh([document.body]);
    expect(painter.painted.size).toBe(6000);
    expect(yields()).toBeGreaterThan(5);
  });

  it('matches what one slice of the walk collected in slices of its own', async () => {
    // Walking is cheap and matching is not: a slice's walk may collect the whole page.
    document.body.innerHTML = '<p>sciatica and lumbago</p>'.repeat(3000);
    const painter = new RecordingPainter();
    let sinceYield = 0;
    let most = 0;
    const engine = new HighlightEngine({
      matcher,
      terms: lexicon,
      painter: Object.assign(painter, {
        add(category: string, range: AbstractRange) {
          painter.painted.set(range, category);
          most = Math.max(most, ++sinceYield);
        },
      }),
      // A slice is used up by ten mentions.
      slicer: { shouldYield: () => sinceYield >= 10, yield: async () => void (sinceYield = 0) },
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      isOwn: () => false,
    });
    await engine.refresh([document.body]);
    expect(painter.painted.size).toBe(6000);
    // Ten, or eleven when the run that used the slice up held two.
    expect(most).toBeLessThanOrEqual(11);
  });

  it('cuts a huge text node into slices without losing a match', async () => {
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.textContent = 'word '.repeat(200_000) + 'sciatica';
    const { painter, engine, yields } = setUp({ sliceMs: 0 });
    await engine.refresh([document.body]);
    expect(painter.texts()).toEqual(['sciatica']);
    expect(yields()).toBeGreaterThan(3);
  });

  it('shows the first mentions of a long pass early, once, then the rest on commit', async () => {
    document.body.innerHTML = '<p>sciatica and lumbago</p>'.repeat(3000);
    const painter = new RecordingPainter();
    const previews: number[] = [];
    const engine = new HighlightEngine({
      matcher,
      terms: lexicon,
      painter: Object.assign(painter, { preview: async () => void previews.push(painter.painted.size) }),
      slicer: createSlicer(performance, 1000, async () => {}),
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      isOwn: () => false,
    });
    await engine.refresh([document.body]);
    expect(previews).toEqual([500]);
    expect(painter.painted.size).toBe(6000);
    expect(painter.commits).toBe(1);
  });

  it('previews at its first yield only once it has found something', async () => {
    document.body.innerHTML = '<p>nothing here</p>'.repeat(2000) + '<p>sciatica</p>' + '<p>more</p>'.repeat(2000);
    const painter = new RecordingPainter();
    const previews: number[] = [];
    const engine = new HighlightEngine({
      matcher,
      terms: lexicon,
      painter: Object.assign(painter, { preview: async () => void previews.push(painter.painted.size) }),
      slicer: createSlicer(performance, 0, async () => {}),
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      isOwn: () => false,
    });
    await engine.refresh([document.body]);
    expect(previews).toEqual([1]);
  });

  it('matches the text it walks as it goes, not once the whole page is walked', async () => {
    document.body.innerHTML = '<p>sciatica and lumbago</p>'.repeat(3000);
    const last = document.body.lastElementChild!;
    const events: string[] = [];
    const painter = new RecordingPainter();
    const engine = new HighlightEngine({
      matcher,
      terms: lexicon,
      painter: Object.assign(painter, {
        add(category: string, range: AbstractRange) {
          events.push('painted');
          painter.painted.set(range, category);
        },
      }),
      slicer: createSlicer(performance, 1000, async () => {}),
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      // The walk asks this of every element it enters.
      isOwn: (node) => {
        if (node === last) events.push('walked to the end');
        return false;
      },
    });
    await engine.refresh([document.body]);
    expect(events.indexOf('painted')).toBeLessThan(events.indexOf('walked to the end'));
    expect(painter.painted.size).toBe(6000);
  });

  it('shows what its first slice found, then a screenful, then the rest on commit', async () => {
    // The first slice ends after the first run, with two mentions found.
    document.body.innerHTML = '<p>sciatica and lumbago</p>'.repeat(3000);
    const painter = new RecordingPainter();
    const previews: number[] = [];
    let yields = 0;
    const engine = new HighlightEngine({
      matcher,
      terms: lexicon,
      painter: Object.assign(painter, { preview: async () => void previews.push(painter.painted.size) }),
      slicer: { shouldYield: () => yields === 0 && painter.painted.size > 0, yield: async () => void yields++ },
      createRange: (init) => ({ ...init, collapsed: false }),
      isVisible: () => true,
      isOwn: () => false,
    });
    await engine.refresh([document.body]);
    expect(previews).toEqual([2, 500]);
    expect(painter.painted.size).toBe(6000);
    expect(painter.commits).toBe(1);
  });

  it('stops for good: everything cleared, nothing painted afterwards', async () => {
    document.body.innerHTML = '<p>sciatica</p>';
    const { painter, engine } = setUp();
    await engine.refresh([document.body]);
    engine.stop();
    await engine.refresh([document.body]);
    expect(painter.painted.size).toBe(0);
    expect(engine.mentions.size).toBe(0);
  });

  it('lists a topic’s mentions in page order, whatever order they were found in', async () => {
    document.body.innerHTML = '<p id="a">slipped disc</p><p id="b">herniated disc</p>';
    const { engine } = setUp();
    await engine.refresh([document.body]);
    await engine.refresh([document.getElementById('a')!]);
    const order = engine.mentions.ofTopic('disc-herniation').map((mention) => mention.range.startContainer.textContent);
    expect(order).toEqual(['slipped disc', 'herniated disc']);
  });
});

describe('changedBlocks', () => {
  it('reduces mutations to the outermost changed blocks', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">a <em id="em">b</em></p></div><p id="other">c</p>';
    const get = (id: string) => document.getElementById(id)!;
    const blocks = changedBlocks(
      [
        { type: 'characterData', target: get('em').firstChild! },
        { type: 'childList', target: get('outer') },
        { type: 'childList', target: get('other') },
      ],
      () => false,
    );
    expect(blocks?.map((block) => (block as Element).id)).toEqual(['outer', 'other']);
  });

  it('maps a change inside inline elements to its block', () => {
    document.body.innerHTML = '<p id="p">a <em id="em">b</em></p>';
    const blocks = changedBlocks([{ type: 'childList', target: document.getElementById('em')! }], () => false);
    expect(blocks?.map((block) => (block as Element).id)).toEqual(['p']);
  });

  it('ignores the extension’s own nodes and gives up on very many blocks', () => {
    document.body.innerHTML = '<div id="own"></div>';
    expect(changedBlocks([{ type: 'childList', target: document.getElementById('own')! }], () => true)).toEqual([]);
    const many = Array.from({ length: MAX_CHANGED_BLOCKS + 1 }, () => ({
      type: 'childList',
      target: document.body.appendChild(document.createElement('div')),
    }));
    expect(changedBlocks(many, () => false)).toBeNull();
  });
});
