/**
 * The gate's verdict, from the cheapest signal up: a page on a health domain or with medical
 * markup is a health page as the classifier would say (lib/classify/page); a sample whose words
 * could make it read as about the topic needs the engine to say; anything else is not a health page.
 */
export type GateVerdict = 'health-domain' | 'medical-markup' | 'terms-in-sample' | 'not-health';

export interface GateSignals {
  onHealthDomain: boolean;
  hasMedicalMarkup: () => boolean;
  sampleMayBeAboutTopic: () => boolean;
}

export function judgeAtGate(signals: GateSignals): GateVerdict {
  if (signals.onHealthDomain) return 'health-domain';
  if (signals.hasMedicalMarkup()) return 'medical-markup';
  return signals.sampleMayBeAboutTopic() ? 'terms-in-sample' : 'not-health';
}

/** Whether the engine has to come: only where the page may be a health page. */
export function needsEngine(verdict: GateVerdict): boolean {
  return verdict !== 'not-health';
}
