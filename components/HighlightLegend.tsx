import { t, type MessageKey } from '../platform/i18n';

const CATEGORIES: [string, MessageKey][] = [
  ['condition', 'categoryCondition'],
  ['symptom', 'categorySymptom'],
  ['anatomy', 'categoryAnatomy'],
  ['risk', 'categoryRisk'],
  ['tcm', 'categoryTcm'],
  ['beyond', 'categoryBeyond'],
  ['treatment', 'categoryTreatment'],
  ['urgent', 'categoryUrgent'],
];

/** What each highlight style on the page means, drawn with the same colours and underlines. */
export function HighlightLegend() {
  return (
    <details class="legend">
      <summary>{t('legendHeading')}</summary>
      <ul>
        {CATEGORIES.map(([category, label]) => (
          <li key={category}>
            <span class={`swatch swatch-${category}`}>{t(label)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
