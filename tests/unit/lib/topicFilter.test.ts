import { describe, expect, it } from 'vitest';
import { filterTopics, foldForSearch } from '../../../lib/topicFilter';

const topics = [
  { id: 'endometriosis', title: 'Endometriosis', summary: 'Tissue like the womb lining grows elsewhere.' },
  { id: 'pain-during-sex', title: 'Painful sex', summary: 'Many causes, including endometriosis.' },
  { id: 'kidney-stones', title: 'Kidney stones', summary: 'Small hard stones in the kidney.' },
  { id: 'blood-stasis', title: '血瘀', summary: '中医概念' },
];

describe('the checklist’s search box', () => {
  it('filters nothing while blank', () => {
    expect(filterTopics('', topics)).toBeNull();
    expect(filterTopics('   ', topics)).toBeNull();
  });

  it('finds a topic by a word of its title or its summary, whatever the case', () => {
    expect([...filterTopics('ENDOMETRIOSIS', topics)!]).toEqual(['endometriosis', 'pain-during-sex']);
    expect([...filterTopics('hard', topics)!]).toEqual(['kidney-stones']);
  });

  it('asks for every word, in any order', () => {
    expect([...filterTopics('stones kidney', topics)!]).toEqual(['kidney-stones']);
    expect([...filterTopics('kidney womb', topics)!]).toEqual([]);
  });

  it('sets accents, width and runs of spaces aside, and finds Chinese text as typed', () => {
    expect(foldForSearch('  Endométriose\u00a0 ＡＢ ')).toBe('endometriose ab');
    expect([...filterTopics('endométriosis', topics)!]).toEqual(['endometriosis', 'pain-during-sex']);
    expect([...filterTopics('血瘀', topics)!]).toEqual(['blood-stasis']);
  });
});
