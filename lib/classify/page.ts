/** Why a page counts as a health page, or why not; the panel shows it. */
export type PageVerdict = 'health-domain' | 'medical-markup' | 'health-terms' | 'not-health';

export interface PageSignals {
  onHealthDomain: boolean;
  hasMedicalMarkup: boolean;
  /** Only asked when the cheaper signals say no. */
  readsAsAboutTopic: () => Promise<boolean>;
}

export async function classifyPage(signals: PageSignals): Promise<PageVerdict> {
  if (signals.onHealthDomain) return 'health-domain';
  if (signals.hasMedicalMarkup) return 'medical-markup';
  return (await signals.readsAsAboutTopic()) ? 'health-terms' : 'not-health';
}
