import { describe, expect, it } from 'vitest';
import { causes } from '../../../content/causes';
import { doctorSummary } from '../../../lib/summary';

const labels = { title: 'TITLE', tcm: 'TCM', footer: 'FOOTER' };

describe('doctorSummary', () => {
  it('is empty when nothing is ticked', () => {
    expect(doctorSummary(new Set(), causes, labels)).toBe('');
  });

  it('lists the ticked causes in article order, with their summaries and TCM labels', () => {
    const text = doctorSummary(new Set(['sacroiliac-strain', 'kidney-deficiency']), causes, labels);
    const lines = text.split('\n');
    expect(lines[0]).toBe('TITLE');
    expect(lines[2]).toBe(
      `- Kidney deficiency (TCM): ${causes.find((cause) => cause.id === 'kidney-deficiency')!.summary}`,
    );
    expect(lines[3]).toMatch(/^- Sacroiliac joint strain: /);
    expect(lines.at(-1)).toBe('FOOTER');
  });
});
