import { links } from './links';
import type { WiderTopic } from './types';

/** The warning signs' own topic: terms that mean "get care now" and belong to no condition. */
const warningList = [
  {
    id: 'warning-signs',
    title: 'Warning signs',
    summary:
      'Signs that back pain needs care now, such as numbness around the genitals, losing bladder or bowel control, or a fever: see "Seek care now".',
    getCare: 'Now: see "Seek care now" at the top of the panel.',
    source: 'NHS',
    links: [links.backPainNhs, links.caudaEquinaNhs],
  },
] as const satisfies readonly WiderTopic[];

export type WarningId = (typeof warningList)[number]['id'];

export const warningTopics: readonly (WiderTopic & { id: WarningId })[] = warningList;
