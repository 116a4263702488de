import { causes } from '../content/causes';
import { doctorSummary } from '../lib/summary';
import { t } from '../platform/i18n';
import { searchInNewTab } from '../platform/search';
import { Checklist } from './Checklist';
import { RedFlags } from './RedFlags';
import { RelatedArticles } from './RelatedArticles';
import { SummaryActions } from './SummaryActions';
import { useTicks } from './useTicks';

const afterSex = causes.filter((cause) => cause.section === 'after-sex');
const otherCauses = causes.filter((cause) => cause.section === 'other-causes');

export function App() {
  const { ticks, setTick, clear } = useTicks();
  const summary = doctorSummary(ticks, causes, {
    title: t('summaryTitle'),
    tcm: t('tcmLabel'),
    footer: t('summaryFooter'),
  });

  return (
    <main>
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="subtitle">{t('panelSubtitle')}</p>
        <p class="disclaimer">{t('disclaimer')}</p>
      </header>
      <RedFlags />
      <p class="hint">{t('checklistHint')}</p>
      <Checklist heading={t('sectionAfterSex')} causes={afterSex} ticks={ticks} onTick={setTick} />
      <Checklist heading={t('sectionOtherCauses')} causes={otherCauses} ticks={ticks} onTick={setTick} />
      <SummaryActions summary={summary} copy={(text) => navigator.clipboard.writeText(text)} onClear={clear} />
      <RelatedArticles onSearch={(title) => void searchInNewTab(title)} />
    </main>
  );
}
