import { describe, expect, it } from 'vitest';
import { conditions } from '../../../content/conditions';
import { topics } from '../../../content/topics';
import { mentionsCareNow, panelAnchorOf, topicsFound } from '../../../lib/pageTopics';

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
    expect(found[0].kind).toBe('cause');
  });

  it('ignores zero counts and unknown topics', () => {
    expect(topicsFound({ 'high-heels': 0, 'not-a-topic': 9 }, topics)).toEqual([]);
  });
});

describe('panelAnchorOf', () => {
  it.each([
    ['blood-stasis', 'cause-blood-stasis'],
    ['kidney-stones', 'cause-blood-stasis'],
    ['cauda-equina', 'seek-care'],
    ['back-pain', 'page-section'],
    ['urinary-tract-infection', 'topic-urinary-tract-infection'],
    ['pain-relief', 'topic-pain-relief'],
    ['warning-signs', 'seek-care'],
    ['not-a-topic', 'page-section'],
  ])('points %s to #%s', (topic, anchor) => {
    expect(panelAnchorOf(topic, topics, conditions)).toBe(anchor);
  });
});

describe('mentionsCareNow', () => {
  it('is true when the page mentions a warning sign or cauda equina, and only then', () => {
    expect(mentionsCareNow({ 'warning-signs': 1 }, topics, conditions)).toBe(true);
    expect(mentionsCareNow({ 'cauda-equina': 2, 'disc-herniation': 4 }, topics, conditions)).toBe(true);
    expect(mentionsCareNow({ 'disc-herniation': 4, 'urinary-tract-infection': 1 }, topics, conditions)).toBe(false);
    expect(mentionsCareNow({ 'warning-signs': 0 }, topics, conditions)).toBe(false);
    expect(mentionsCareNow({}, topics, conditions)).toBe(false);
  });
});
