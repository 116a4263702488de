import { useEffect, useState } from 'preact/hooks';
import type { MapMark, PageMap as Map } from '../../lib/protocol/messages';
import { t } from '../../platform/i18n';

interface Props {
  /** Opens the page's stream of maps; returns the function that closes it. */
  watch(onMap: (map: Map) => void): () => void;
  /** Shows the mention at a 0-based index of the page-wide list. */
  onShow(index: number): void;
}

const percent = (value: number, of: number) => `${of > 0 ? Math.min(100, (value / of) * 100) : 0}%`;

/**
 * A slim strip standing for the page's height: a mark per mention (merged where they touch),
 * styled by category, and a frame for what is on screen. One focusable slider: arrow keys
 * step from mark to mark and show each; a click shows the mark nearest to it.
 */
export function PageMap({ watch, onShow }: Props) {
  const [map, setMap] = useState<Map | null>(null);
  const [current, setCurrent] = useState(-1);

  useEffect(() => watch(setMap), []);

  if (!map) return null;
  const { marks, pageHeight, total } = map;
  if (marks.length === 0) return <p class="map-none">{t('mapNone')}</p>;

  function go(at: number) {
    const position = Math.max(0, Math.min(marks.length - 1, at));
    setCurrent(position);
    onShow(marks[position].index);
  }

  function onKeyDown(event: KeyboardEvent) {
    const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    if (event.key in step) go(current < 0 && step[event.key] < 0 ? marks.length - 1 : current + step[event.key]);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(marks.length - 1);
    else return;
    event.preventDefault();
  }

  function onClick(event: MouseEvent) {
    const strip = event.currentTarget as HTMLElement;
    const box = strip.getBoundingClientRect();
    const y = ((event.clientY - box.top) / box.height) * pageHeight;
    let nearest = 0;
    marks.forEach((mark: MapMark, at) => {
      if (Math.abs(mark.y - y) < Math.abs(marks[nearest].y - y)) nearest = at;
    });
    go(nearest);
  }

  const shown = current >= 0 ? marks[Math.min(current, marks.length - 1)] : null;
  return (
    <div
      class="page-map"
      role="slider"
      tabIndex={0}
      aria-label={t('mapLabel', String(total))}
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={shown ? shown.index + 1 : 0}
      aria-valuetext={shown ? t('mapMark', String(shown.index + 1), String(total)) : t('mapStart')}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <span
        class="map-frame"
        style={{ top: percent(map.viewportTop, pageHeight), height: percent(map.viewportHeight, pageHeight) }}
      />
      {marks.map((mark) => (
        <span
          key={mark.index}
          class={`map-mark map-${mark.category}${shown === mark ? ' map-current' : ''}`}
          style={{ top: percent(mark.y, pageHeight) }}
        />
      ))}
    </div>
  );
}
