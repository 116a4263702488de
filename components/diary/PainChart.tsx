import { useMemo } from 'preact/hooks';
import { CHART, chartGeometry } from '../../lib/diary/chart';
import type { Episode } from '../../lib/diary/episode';
import { t } from '../../platform/i18n';
import { ChartTable } from './ChartTable';
import { formatDay, formatNumber } from './diaryWords';

interface Props {
  /** Newest first. */
  episodes: readonly Episode[];
  /** Makes ids unique when a page shows the chart more than once. */
  idPrefix: string;
  /** The chart's table for screen readers, in a disclosure; a page with its own table leaves it out. */
  withTable: boolean;
}

const GRID = [0, 5, 10];

/** Pain over time, our own SVG: episodes with a change are diamonds, others dots, so no colour is needed. */
export function PainChart({ episodes, idPrefix, withTable }: Props) {
  const oldestFirst = useMemo(() => [...episodes].reverse(), [episodes]);
  const geometry = useMemo(() => chartGeometry(oldestFirst), [oldestFirst]);
  if (episodes.length === 0) return null;
  const description = t(
    'diaryChartDescription',
    formatNumber(episodes.length),
    formatDay(oldestFirst[0].at),
    formatDay(episodes[0].at),
  );
  return (
    <figure class="pain-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      >
        <title id={`${idPrefix}-title`}>{t('diaryChartTitle')}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        {GRID.map((pain) => (
          <g key={pain} class="chart-grid">
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={geometry.y(pain)} y2={geometry.y(pain)} />
            <text x={CHART.left - 6} y={geometry.y(pain) + 4} text-anchor="end">
              {pain}
            </text>
          </g>
        ))}
        {geometry.ticks.map((tick, index) => (
          <text
            key={index}
            class="chart-date"
            x={tick.x}
            y={CHART.height - 12}
            text-anchor={index === 0 ? 'start' : index === geometry.ticks.length - 1 ? 'end' : 'middle'}
          >
            {formatDay(tick.at)}
          </text>
        ))}
        <path class="chart-line" d={geometry.line} />
        <path class="chart-dots" d={geometry.dots} />
        <path class="chart-diamonds" d={geometry.diamonds} />
      </svg>
      <figcaption>
        <span class="chart-key">
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path class="chart-dots" d="M6 6h0" />
          </svg>
          {t('diaryChartKeyNothing')}
        </span>
        <span class="chart-key">
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path class="chart-diamonds" d="M6 1l5 5l-5 5l-5 -5z" />
          </svg>
          {t('diaryChartKeyChange')}
        </span>
      </figcaption>
      {withTable && (
        <details class="chart-table">
          <summary>{t('diaryChartAsTable')}</summary>
          <ChartTable episodes={episodes} />
        </details>
      )}
    </figure>
  );
}
