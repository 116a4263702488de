/** The panel's views, one task each, in the order of its tab list. */
export const VIEWS = ['page', 'checklist', 'diary', 'summary'] as const;

export type ViewId = (typeof VIEWS)[number];

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/**
 * The view the panel opens on while the person has not chosen one: what the page says when
 * it is highlighted, the checklist when it is not. While the page is being read, the page's
 * view says so.
 */
export function defaultView(page: 'loading' | 'highlighted' | 'other'): ViewId {
  return page === 'other' ? 'checklist' : 'page';
}

/** The view a roving tab list moves to for a key, from the view at `current`; null for keys it leaves alone. */
export function viewForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
