import { healthDomains } from '../content/healthDomains';
import { compiledTerms } from '../content/lexicon/compiled';
import { isListedDomain } from '../lib/classify/domain';
import { hasMedicalMarkup } from '../lib/classify/markup';
import { classifyPage, type PageVerdict } from '../lib/classify/page';
import { evidenceOf, readsAsAboutTopic } from '../lib/classify/terms';
import { createSlicer, SLICE_MS } from '../lib/highlight/slicer';
import type { Matcher } from '../lib/match/matcher';
import { yieldToPage } from '../platform/yieldToPage';

export function classifyThisPage(document: Document, matcher: () => Matcher): Promise<PageVerdict> {
  return classifyPage({
    onHealthDomain: isListedDomain(document.location?.hostname ?? '', healthDomains),
    hasMedicalMarkup: hasMedicalMarkup(document),
    readsAsAboutTopic: () =>
      readsAsAboutTopic(
        document.body ?? document.documentElement,
        matcher(),
        evidenceOf(compiledTerms),
        createSlicer(performance, SLICE_MS, yieldToPage),
      ),
  });
}
