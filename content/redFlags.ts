import type { RedFlag } from './types';

/** When back pain needs care now (NHS back-pain and cauda equina guidance), in our words. */
export const redFlags = [
  { urgency: 'emergency', text: 'Pain, tingling, weakness or numbness in both legs' },
  { urgency: 'emergency', text: 'Numbness or tingling around the genitals or buttocks' },
  { urgency: 'emergency', text: 'Trouble peeing, or losing control of your bladder or bowels' },
  { urgency: 'emergency', text: 'New problems with erection or ejaculation, or changed genital feeling during sex' },
  { urgency: 'emergency', text: 'Chest pain' },
  { urgency: 'emergency', text: 'Pain that began after a serious accident or fall' },
  { urgency: 'urgent', text: 'A high temperature, or feeling generally unwell' },
  { urgency: 'urgent', text: 'Losing weight without trying, or a history of cancer' },
  { urgency: 'urgent', text: 'A lump, swelling or change in the shape of your back' },
  { urgency: 'urgent', text: 'Pain that rest does not ease, or that is worse at night' },
  { urgency: 'urgent', text: 'Pain that is worse when you sneeze, cough or go to the toilet' },
] as const satisfies readonly RedFlag[];
