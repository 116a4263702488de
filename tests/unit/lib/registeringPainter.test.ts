import { describe, expect, it } from 'vitest';
import { createRegisteringPainter, type PaintingSurface } from '../../../lib/highlight/registeringPainter';
import type { Span } from '../../../lib/highlight/window';

/** A registry as the browser keeps one: what each category's registered set holds right now. */
function fakeSurface(screen: Span = { start: 0, end: 0 }) {
  const registered = new Map<string, Set<AbstractRange>>();
  const watchers = new Set<() => void>();
  let paints = 0;
  const surface: PaintingSurface<Set<AbstractRange>> = {
    createSet: () => new Set(),
    register: (category, set) => void registered.set(category, set),
    unregister: (category) => void registered.delete(category),
    onScreen: () => screen,
    watchScrolling(onMove) {
      watchers.add(onMove);
      return () => watchers.delete(onMove);
    },
    nextPaint: () => {
      paints += 1;
      return Promise.resolve();
    },
  };
  const shown = (category: string) => [...(registered.get(category) ?? [])];
  const scrollTo = (span: Span) => {
    screen = span;
    for (const onMove of watchers) onMove();
  };
  return { surface, registered, shown, scrollTo, watchers, paints: () => paints };
}

/** `count` ranges over as many words, in page order. */
function words(count: number): AbstractRange[] {
  const holder = document.createElement('div');
  const ranges: AbstractRange[] = [];
  for (let index = 0; index < count; index += 1) {
    const text = document.createTextNode(`word${index} `);
    holder.append(text);
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    ranges.push(range);
  }
  document.body.append(holder);
  return ranges;
}

describe('the registering painter', () => {
  it('registers nothing before the commit, then one set per category with its ranges', () => {
    const { surface, registered, shown } = fakeSurface();
    const painter = createRegisteringPainter(surface);
    const [disc, pelvis, kidney] = words(3);
    painter.add('condition', disc);
    painter.add('anatomy', pelvis);
    painter.add('condition', kidney);
    expect(registered.size).toBe(0);
    painter.commit();
    expect(shown('condition')).toEqual([disc, kidney]);
    expect(shown('anatomy')).toEqual([pelvis]);
  });

  it('shows what a long pass found at its preview and holds back the rest until the commit', async () => {
    const { surface, shown, paints } = fakeSurface();
    const painter = createRegisteringPainter(surface);
    const [first, second] = words(2);
    painter.add('condition', first);
    await painter.preview();
    expect(shown('condition')).toEqual([first]);
    expect(paints()).toBe(1);
    painter.add('condition', second);
    expect(shown('condition')).toEqual([first]);
    painter.commit();
    expect(shown('condition')).toEqual([first, second]);
  });

  it('waits for no frame when a preview has nothing new to show', async () => {
    const { surface, paints } = fakeSurface();
    const painter = createRegisteringPainter(surface);
    await painter.preview();
    expect(paints()).toBe(0);
  });

  it('registers only a window around the screen on a page with more ranges than it holds, and moves it as the reader scrolls', () => {
    const { surface, shown, scrollTo, watchers } = fakeSurface({ start: 0, end: 10 });
    const painter = createRegisteringPainter(surface, 40);
    const ranges = words(200);
    for (const range of ranges) painter.add('symptom', range);
    painter.commit();
    expect(shown('symptom')).toEqual(ranges.slice(0, 40));
    // Far down the page: the window starts a quarter of its size above what is on screen.
    scrollTo({ start: 150, end: 160 });
    expect(shown('symptom')).toEqual(ranges.slice(140, 180));
    // Within the window and away from its edges: nothing moves.
    scrollTo({ start: 152, end: 160 });
    expect(shown('symptom')).toEqual(ranges.slice(140, 180));
    painter.clear();
    expect(watchers.size).toBe(0);
  });

  it('registers every range again once a page drops back under its capacity', () => {
    const { surface, shown, watchers } = fakeSurface({ start: 0, end: 5 });
    const painter = createRegisteringPainter(surface, 4);
    const ranges = words(6);
    for (const range of ranges) painter.add('risk', range);
    painter.commit();
    expect(shown('risk')).toHaveLength(4);
    painter.remove('risk', ranges[4]);
    painter.remove('risk', ranges[5]);
    painter.commit();
    expect(shown('risk')).toEqual(ranges.slice(0, 4));
    expect(watchers.size).toBe(0);
  });

  it('unregisters every category it registered on clear', () => {
    const { surface, registered } = fakeSurface();
    const painter = createRegisteringPainter(surface);
    const [one, two] = words(2);
    painter.add('tcm', one);
    painter.add('urgent', two);
    painter.commit();
    expect([...registered.keys()].sort()).toEqual(['tcm', 'urgent']);
    painter.clear();
    expect(registered.size).toBe(0);
  });
});
