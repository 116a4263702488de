import type { RedFlag } from './types';

/** When back pain needs care now (NHS back-pain and cauda equina guidance), in our words. */
export const redFlagRecords = [
  { urgency: 'emergency', text: { en: 'Pain, tingling, weakness or numbness in both legs' } },
  { urgency: 'emergency', text: { en: 'Numbness or tingling around the genitals or buttocks' } },
  { urgency: 'emergency', text: { en: 'Trouble peeing, or losing control of your bladder or bowels' } },
  {
    urgency: 'emergency',
    text: { en: 'New problems with erection or ejaculation, or changed genital feeling during sex' },
  },
  { urgency: 'emergency', text: { en: 'Chest pain' } },
  { urgency: 'emergency', text: { en: 'Pain that began after a serious accident or fall' } },
  { urgency: 'urgent', text: { en: 'A high temperature, or feeling generally unwell' } },
  { urgency: 'urgent', text: { en: 'Losing weight without trying, or a history of cancer' } },
  { urgency: 'urgent', text: { en: 'A lump, swelling or change in the shape of your back' } },
  { urgency: 'urgent', text: { en: 'Pain that rest does not ease, or that is worse at night' } },
  { urgency: 'urgent', text: { en: 'Pain that is worse when you sneeze, cough or go to the toilet' } },
] as const satisfies readonly RedFlag[];

/** The red flags in English. */
export const redFlags = redFlagRecords.map((flag) => ({ urgency: flag.urgency, text: flag.text.en }));
