import { useRef } from 'preact/hooks';
import { viewForKey, type ViewId } from '../../lib/views';
import { t } from '../../platform/i18n';

interface Props {
  views: readonly { id: ViewId; label: string }[];
  selected: ViewId;
  onSelect(view: ViewId): void;
}

export const tabIdOf = (view: ViewId) => `tab-${view}`;
export const panelIdOf = (view: ViewId) => `view-${view}`;

/**
 * The WAI-ARIA tab list over the panel's views: one tab stop, the arrow keys and Home/End
 * move to a tab and show its view at once (each view is already there, only hidden).
 */
export function ViewTabs({ views, selected, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const current = views.findIndex((view) => view.id === selected);
    const next = viewForKey(event.key, current, views.length);
    if (next === null) return;
    event.preventDefault();
    onSelect(views[next].id);
    list.current?.querySelector<HTMLElement>(`#${tabIdOf(views[next].id)}`)?.focus();
  }

  return (
    <div class="view-tabs" role="tablist" aria-label={t('viewsLabel')} ref={list} onKeyDown={onKeyDown}>
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          role="tab"
          id={tabIdOf(view.id)}
          aria-selected={view.id === selected}
          aria-controls={panelIdOf(view.id)}
          tabIndex={view.id === selected ? 0 : -1}
          onClick={() => onSelect(view.id)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
