import type { Verdict } from '../../lib/diary/rule';
import { t } from '../../platform/i18n';
import { DURATION_KEYS, formatDay, formatPain } from './diaryWords';

interface Props {
  verdict: Verdict;
  onSeekCare(): void;
}

/** The article's rule next to the user's entries: what the entries show and what the article says. Never a diagnosis. */
export function RuleNotice({ verdict, onSeekCare }: Props) {
  const seekCare = (
    <p>
      {t('diaryRuleWarningSigns')}{' '}
      <a
        href="#seek-care"
        onClick={(event) => {
          event.preventDefault();
          onSeekCare();
        }}
      >
        {t('redFlagsHeading')}
      </a>
    </p>
  );
  const basis = <p class="hint">{t('diaryRuleBasis')}</p>;

  if (verdict.kind === 'too-few') {
    return (
      <section class="rule" aria-labelledby="rule-heading">
        <h3 id="rule-heading">{t('diaryRuleHeading')}</h3>
        <p>{t('diaryRuleTooFew')}</p>
        {basis}
      </section>
    );
  }
  const since = formatDay(verdict.since);
  const before = formatPain(verdict.before.averagePain);
  const after = formatPain(verdict.after.averagePain);
  const checkIt = verdict.kind !== 'improving';
  return (
    <section class={`rule${checkIt ? ' rule-check' : ''}`} aria-labelledby="rule-heading">
      <h3 id="rule-heading">{t('diaryRuleHeading')}</h3>
      {checkIt ? (
        <>
          <p>{t('diaryRuleStillComes', since)}</p>
          {verdict.stronger && <p>{t('diaryRuleStronger', after, before)}</p>}
          {verdict.longer && (
            <p>
              {t('diaryRuleLonger', t(DURATION_KEYS[verdict.after.longest]), t(DURATION_KEYS[verdict.before.longest]))}
            </p>
          )}
          {!verdict.stronger && <p>{t('diaryRuleAverages', after, before)}</p>}
          <p class="rule-advice">
            <strong>{t('diaryRuleCheck')}</strong>
          </p>
        </>
      ) : (
        <p>{t('diaryRuleLessPain', since, after, before)}</p>
      )}
      <p>{t('diaryRuleArticle')}</p>
      {basis}
      {seekCare}
    </section>
  );
}
