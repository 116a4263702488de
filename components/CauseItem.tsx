import type { ComponentChildren } from 'preact';
import type { Cause } from '../content/types';
import { t } from '../platform/i18n';
import { LearnMoreLinks } from './LearnMoreLinks';

interface Props {
  cause: Cause;
  ticked: boolean;
  onTick(causeId: string, ticked: boolean): void;
  /** Optional extra line, such as how often the cause is mentioned on the page. */
  children?: ComponentChildren;
  /** Left out by the checklist's search box. */
  hidden?: boolean;
}

export function CauseItem({ cause, ticked, onTick, children, hidden }: Props) {
  const summaryId = `summary-${cause.id}`;
  return (
    <li class="cause" id={`cause-${cause.id}`} data-cause={cause.id} hidden={hidden}>
      <div class="cause-head">
        <input
          type="checkbox"
          id={`tick-${cause.id}`}
          checked={ticked}
          aria-label={t('mayApply', cause.title)}
          aria-describedby={summaryId}
          onChange={(event) => onTick(cause.id, event.currentTarget.checked)}
        />
        <label for={`tick-${cause.id}`} class="cause-title">
          {cause.title}
        </label>
      </div>
      {cause.tradition === 'tcm' && (
        <p class="tcm-badge" title={t('tcmNote')}>
          {t('tcmLabel')}
        </p>
      )}
      <p class="cause-summary" id={summaryId}>
        {cause.summary}
      </p>
      {children}
      <details class="cause-details">
        <summary>{t('details')}</summary>
        <h3>{t('whatToDo')}</h3>
        <p>{cause.whatToDo ?? t('whatToDoNone')}</p>
        <h3>{t('seeDoctor')}</h3>
        <p>{cause.seeDoctor ?? t('seeDoctorNone')}</p>
        <h3>{t('learnMore')}</h3>
        <LearnMoreLinks links={cause.links} />
      </details>
    </li>
  );
}
