import { links } from './links';
import type { WiderTopic } from './types';

/** The warning signs' own topic: terms that mean "get care now" and belong to no condition. */
const warningList = [
  {
    id: 'warning-signs',
    title: 'Warning signs',
    summary: 'Signs that back pain needs care now: see "Seek care now" at the top of the panel.',
    getCare: 'Now: see "Seek care now".',
    source: 'NHS',
    links: [links.backPainNhs],
  },
] as const satisfies readonly WiderTopic[];

export type WarningId = (typeof warningList)[number]['id'];

export const warningTopics: readonly (WiderTopic & { id: WarningId })[] = warningList;
