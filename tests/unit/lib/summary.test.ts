import { describe, expect, it } from 'vitest';
import { beyondTopics } from '../../../content/beyond';
import { causes } from '../../../content/causes';
import { doctorSummary } from '../../../lib/summary';

const labels = {
  title: 'TITLE',
  tcm: 'TCM',
  beyondHeading: 'BEYOND',
  notInArticle: (source: string) => `NOT IN ARTICLE, ${source}`,
  footer: 'FOOTER',
  titleWithNote: (title: string, note: string) => `${title} (${note})`,
  line: (title: string, summary: string) => `- ${title}: ${summary}`,
};
const uti = beyondTopics.find((topic) => topic.id === 'urinary-tract-infection')!;

describe('doctorSummary', () => {
  it('is empty when nothing is ticked', () => {
    expect(doctorSummary(new Set(), causes, beyondTopics, labels)).toBe('');
  });

  it('lists the ticked causes in article order, with their summaries and TCM labels', () => {
    const text = doctorSummary(new Set(['sacroiliac-strain', 'kidney-deficiency']), causes, beyondTopics, labels);
    const lines = text.split('\n');
    expect(lines[0]).toBe('TITLE');
    expect(lines[2]).toBe(
      `- Kidney deficiency (TCM): ${causes.find((cause) => cause.id === 'kidney-deficiency')!.summary}`,
    );
    expect(lines[3]).toMatch(/^- Sacroiliac joint strain: /);
    expect(lines).not.toContain('BEYOND');
    expect(lines.at(-1)).toBe('FOOTER');
  });

  it('lists ticked topics beyond the article apart, each saying it is not the article’s and naming its source', () => {
    const text = doctorSummary(new Set(['urinary-tract-infection', 'high-heels']), causes, beyondTopics, labels);
    expect(text.split('\n')).toEqual([
      'TITLE',
      '',
      `- Wearing high heels for a long time: ${causes.find((cause) => cause.id === 'high-heels')!.summary}`,
      '',
      'BEYOND',
      `- ${uti.title} (NOT IN ARTICLE, ${uti.source}): ${uti.summary}`,
      '',
      'FOOTER',
    ]);
  });
});
