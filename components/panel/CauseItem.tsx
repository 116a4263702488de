import type { ComponentChildren } from 'preact';
import type { Cause, SourcedLine } from '../../content/types';
import { t } from '../../platform/i18n';
import { langOf } from '../shared/contentIn';
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

/** A line that is not the article's, labelled with where it comes from. */
function SourcedNoteLine({ note }: { note: SourcedLine }) {
  return (
    <p class="sourced-note">
      <strong>{t('labelNotInArticle', note.source)}</strong> <span lang={langOf(note.text)}>{note.text}</span>
    </p>
  );
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
        <label for={`tick-${cause.id}`} class="cause-title" lang={langOf(cause.title)}>
          {cause.title}
        </label>
      </div>
      {cause.tradition === 'tcm' && (
        <p class="tcm-badge" title={t('tcmNote')}>
          {t('tcmLabel')}
        </p>
      )}
      <p class="cause-summary" id={summaryId} lang={langOf(cause.summary)}>
        {cause.summary}
      </p>
      {children}
      <details class="cause-details">
        <summary>{t('details')}</summary>
        <h3>{t('whatToDo')}</h3>
        <p lang={langOf(cause.whatToDo)}>{cause.whatToDo ?? t('whatToDoNone')}</p>
        {cause.guidanceNote && <SourcedNoteLine note={cause.guidanceNote} />}
        <h3>{t('seeDoctor')}</h3>
        <p lang={langOf(cause.seeDoctor)}>{cause.seeDoctor ?? t('seeDoctorNone')}</p>
        {cause.careFromSource && <SourcedNoteLine note={cause.careFromSource} />}
        <h3>{t('learnMore')}</h3>
        <LearnMoreLinks links={cause.links} />
      </details>
    </li>
  );
}
