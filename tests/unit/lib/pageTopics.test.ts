import { describe, expect, it } from 'vitest';
import { causes } from '../../../content/causes';
import { conditions } from '../../../content/conditions';
import { panelAnchorOf, topicsFound } from '../../../lib/pageTopics';

const topics = [...causes, ...conditions];
const causeIds = causes.map((cause) => cause.id);

describe('topicsFound', () => {
  it('lists found topics, most mentioned first, ties in article order', () => {
    const found = topicsFound(
      { 'sacroiliac-strain': 2, 'disc-herniation': 5, 'high-heels': 2, 'kidney-stones': 1 },
      topics,
    );
    expect(found.map((topic) => [topic.id, topic.count])).toEqual([
      ['disc-herniation', 5],
      ['high-heels', 2],
      ['sacroiliac-strain', 2],
      ['kidney-stones', 1],
    ]);
    expect(found[0].title).toBe('Lumbar disc herniation');
  });

  it('ignores zero counts and unknown topics', () => {
    expect(topicsFound({ 'high-heels': 0, 'not-a-topic': 9 }, topics)).toEqual([]);
  });
});

describe('panelAnchorOf', () => {
  it('points a cause to its item, a condition to the cause it is named under, cauda equina to the red flags', () => {
    expect(panelAnchorOf('blood-stasis', causeIds, conditions)).toBe('cause-blood-stasis');
    expect(panelAnchorOf('kidney-stones', causeIds, conditions)).toBe('cause-blood-stasis');
    expect(panelAnchorOf('cauda-equina', causeIds, conditions)).toBe('seek-care');
    expect(panelAnchorOf('back-pain', causeIds, conditions)).toBe('page-section');
  });
});
