/**
 * The highlight categories, declared once: the type of a term's category, the legend's labels, the
 * page's `::highlight()` styles, the legend's swatches and the page map's marks all come from this
 * table. The style sheets hold the rules categoryStyles.ts generates from it, between two markers.
 *
 * Each category differs in more than hue: its line (under, over, or both) and style (solid, wavy,
 * dotted, dashed, double) tell them apart without colour vision. Fills are translucent and the text
 * keeps the page's own colour, so one set of colours reads on light and dark pages alike.
 */
export const HIGHLIGHT_CATEGORIES = [
  {
    id: 'condition',
    label: 'categoryCondition',
    fill: 'rgba(234, 88, 12, 0.22)',
    line: 'underline solid rgb(234, 88, 12) 2px',
    map: { background: 'rgb(234, 88, 12)' },
  },
  {
    id: 'symptom',
    label: 'categorySymptom',
    fill: 'rgba(219, 39, 119, 0.18)',
    line: 'underline wavy rgb(219, 39, 119) 1.5px',
    map: { right: '50%', height: '5px', 'border-radius': '3px', background: 'rgb(219, 39, 119)' },
  },
  {
    id: 'anatomy',
    label: 'categoryAnatomy',
    fill: 'rgba(37, 99, 235, 0.18)',
    line: 'underline dotted rgb(59, 130, 246) 2px',
    map: { left: '50%', 'border-top': '3px dotted rgb(59, 130, 246)', height: '0' },
  },
  {
    id: 'risk',
    label: 'categoryRisk',
    fill: 'rgba(101, 163, 13, 0.22)',
    line: 'underline dashed rgb(101, 163, 13) 2px',
    map: { 'border-top': '3px dashed rgb(101, 163, 13)', height: '0' },
  },
  {
    // Traditional Chinese medicine concepts, labelled as such wherever they are shown.
    id: 'tcm',
    label: 'categoryTcm',
    fill: 'rgba(124, 58, 237, 0.18)',
    line: 'underline double rgb(139, 92, 246) 3px',
    map: { height: '5px', 'border-top': '1px solid rgb(139, 92, 246)', 'border-bottom': '1px solid rgb(139, 92, 246)' },
  },
  {
    // A topic the article does not cover: a line over it too, so it never passes for the article's own.
    id: 'beyond',
    label: 'categoryBeyond',
    fill: 'rgba(13, 148, 136, 0.2)',
    line: 'underline overline solid rgb(13, 148, 136) 1.5px',
    map: {
      left: '10px',
      right: '10px',
      height: '6px',
      'border-top': '2px solid rgb(13, 148, 136)',
      'border-bottom': '2px solid rgb(13, 148, 136)',
    },
  },
  {
    id: 'treatment',
    label: 'categoryTreatment',
    fill: 'rgba(100, 116, 139, 0.2)',
    line: 'underline overline dotted rgb(71, 85, 105) 2px',
    map: { left: '12px', right: '12px', height: '4px', border: '1px dotted rgb(100, 116, 139)' },
  },
  {
    // A term that means "get care now".
    id: 'urgent',
    label: 'categoryUrgent',
    fill: 'rgba(220, 38, 38, 0.28)',
    line: 'underline overline wavy rgb(220, 38, 38) 1.5px',
    map: { left: '0', right: '0', height: '5px', background: 'rgb(220, 38, 38)' },
  },
] as const;

/** A term's highlight style: the article's five, then 'beyond', 'treatment' and 'urgent'. */
export type TermCategory = (typeof HIGHLIGHT_CATEGORIES)[number]['id'];

const IDS: ReadonlySet<string> = new Set(HIGHLIGHT_CATEGORIES.map((category) => category.id));

export function isTermCategory(value: unknown): value is TermCategory {
  return typeof value === 'string' && IDS.has(value);
}
