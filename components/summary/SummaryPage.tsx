import { useEffect } from 'preact/hooks';
import { adjustmentsTried, SUMMARY_EPISODES } from '../../lib/diary/describe';
import { t } from '../../platform/i18n';
import { contentIn, langOf } from '../shared/contentIn';
import { DiaryTable } from '../diary/DiaryTable';
import { CHANGE_KEYS, formatDay, formatNumber } from '../diary/diaryWords';
import { PainChart } from '../diary/PainChart';
import { useDiary } from '../diary/useDiary';
import { useLanguage } from '../shared/useLanguage';
import { useSettings } from '../shared/useSettings';
import { useTicks } from '../shared/useTicks';

/**
 * The page a person prints or saves as PDF for a doctor: what they ticked and logged, the
 * article's adjustments they tried, and the red flags to go through. Nothing else of theirs.
 */
export function SummaryPage({ today }: { today: Date }) {
  const locale = useLanguage(useSettings().settings.language);
  const { causes, redFlags } = contentIn(locale);
  useEffect(() => void (document.title = `Lumbar Lens — ${t('printTitle')}`), [locale]);
  const { ticks } = useTicks();
  const diary = useDiary();
  const ticked = causes.filter((cause) => ticks.has(cause.id));
  const episodes = diary.episodes;
  const latest = episodes.slice(0, SUMMARY_EPISODES);
  const tried = adjustmentsTried(episodes);

  return (
    <main class="summary-page">
      <header>
        <h1>{t('printTitle')}</h1>
        <p>{t('printDate', formatDay(today.toISOString()))}</p>
        <p class="disclaimer">{t('printDisclaimer')}</p>
        <button type="button" class="no-print" onClick={() => window.print()}>
          {t('printButton')}
        </button>
      </header>

      <section aria-labelledby="print-causes">
        <h2 id="print-causes">{t('printCauses')}</h2>
        {ticked.length === 0 ? (
          <p>{t('printNoCauses')}</p>
        ) : (
          <ul>
            {ticked.map((cause) => (
              <li key={cause.id}>
                <strong lang={langOf(cause.title)}>{cause.title}</strong>
                {cause.tradition === 'tcm' && ` (${t('tcmLabel')})`}:{' '}
                <span lang={langOf(cause.summary)}>{cause.summary}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="print-diary">
        <h2 id="print-diary">{t('printDiary')}</h2>
        {episodes.length === 0 ? (
          <p>{diary.loaded ? t('printNoEpisodes') : ''}</p>
        ) : (
          <>
            <PainChart episodes={episodes} idPrefix="print-chart" withTable={false} />
            <DiaryTable
              episodes={latest}
              caption={
                episodes.length > latest.length
                  ? t('printLatestOf', String(latest.length), formatNumber(episodes.length))
                  : t('printAllEpisodes', String(episodes.length))
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby="print-tried">
        <h2 id="print-tried">{t('printTried')}</h2>
        {tried.length === 0 ? (
          <p>{t('printNoneTried')}</p>
        ) : (
          <ul>
            {tried.map((entry) => (
              <li key={entry.change}>
                {t('printTriedLine', t(CHANGE_KEYS[entry.change]), String(entry.episodes), formatDay(entry.first))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="print-flags">
        <h2 id="print-flags">{t('printRedFlags')}</h2>
        <p>{t('printRedFlagsHint')}</p>
        <ul class="checklist-print">
          {redFlags.map((flag, index) => (
            <li key={flag.id}>
              <input type="checkbox" id={`flag-${index}`} />
              <label for={`flag-${index}`} lang={langOf(flag.text)}>
                {flag.text}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <footer>
        <p class="hint">{t('summaryFooter')}</p>
      </footer>
    </main>
  );
}
