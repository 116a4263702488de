import type { ComponentChildren } from 'preact';
import { t } from '../../platform/i18n';

interface Props {
  id: string;
  heading: string;
  hint?: string;
  /** How many of its topics are listed now (all, or those the search box picks out). */
  shown: number;
  open: boolean;
  onToggle(open: boolean): void;
  /** Extra classes for the section, such as `wider-topics`. */
  class?: string;
  children: ComponentChildren;
}

/** One group of the checklist: a heading that opens and closes it, and its list. */
export function TopicGroup({ id, heading, hint, shown, open, onToggle, class: extra, children }: Props) {
  const headingId = `heading-${id}`;
  const bodyId = `group-${id}`;
  return (
    <section
      class={`checklist${extra ? ` ${extra}` : ''}`}
      aria-labelledby={headingId}
      data-group={id}
      hidden={shown === 0}
    >
      <h2 class="group-heading">
        <button
          type="button"
          id={headingId}
          class="group-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(!open)}
        >
          {heading}
        </button>
        <span class="group-count">{shown === 1 ? t('groupCountOne') : t('groupCount', String(shown))}</span>
      </h2>
      <div id={bodyId} hidden={!open}>
        {hint && <p class="hint">{hint}</p>}
        <ul class="topic-list" aria-labelledby={headingId}>
          {children}
        </ul>
      </div>
    </section>
  );
}
