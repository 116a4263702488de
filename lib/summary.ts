import type { Cause } from '../content/types';

export interface SummaryLabels {
  title: string;
  tcm: string;
  footer: string;
}

/** The plain-text note a person can hand their doctor: ticked causes, article order. */
export function doctorSummary(ticked: ReadonlySet<string>, causes: readonly Cause[], labels: SummaryLabels): string {
  const lines = causes
    .filter((cause) => ticked.has(cause.id))
    .map((cause) => `- ${cause.title}${cause.tradition === 'tcm' ? ` (${labels.tcm})` : ''}: ${cause.summary}`);
  return lines.length === 0 ? '' : [labels.title, '', ...lines, '', labels.footer].join('\n');
}
