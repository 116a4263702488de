import type { ComponentChildren } from 'preact';
import type { Cause } from '../content/types';
import { CauseItem } from './CauseItem';

interface Props {
  heading: string;
  causes: readonly Cause[];
  ticks: ReadonlySet<string>;
  onTick(causeId: string, ticked: boolean): void;
  /** Extra content for a cause's card, such as its mentions on the page. */
  renderExtra?: (cause: Cause) => ComponentChildren;
}

export function Checklist({ heading, causes, ticks, onTick, renderExtra }: Props) {
  const headingId = `heading-${causes[0]?.section ?? 'causes'}`;
  return (
    <section class="checklist" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {causes.map((cause) => (
          <CauseItem key={cause.id} cause={cause} ticked={ticks.has(cause.id)} onTick={onTick}>
            {renderExtra?.(cause)}
          </CauseItem>
        ))}
      </ul>
    </section>
  );
}
