import { HIGHLIGHT_CATEGORIES } from '../../lib/highlight/categories';
import { t } from '../../platform/i18n';

/** What each highlight style on the page means, drawn with the same colours and underlines. */
export function HighlightLegend() {
  return (
    <details class="legend">
      <summary>{t('legendHeading')}</summary>
      <ul>
        {HIGHLIGHT_CATEGORIES.map(({ id, label }) => (
          <li key={id}>
            <span class={`swatch swatch-${id}`}>{t(label)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
