import type { InLanguage, RedFlag } from './types';

/** When back pain needs care now (NHS back-pain and cauda equina guidance), in our words. */
export const redFlagRecords = [
  { id: 'both-legs', urgency: 'emergency', text: { en: 'Pain, tingling, weakness or numbness in both legs' } },
  { id: 'saddle-numbness', urgency: 'emergency', text: { en: 'Numbness or tingling around the genitals or buttocks' } },
  {
    id: 'bladder-bowel',
    urgency: 'emergency',
    text: { en: 'Trouble peeing, or losing control of your bladder or bowels' },
  },
  {
    id: 'sexual-function',
    urgency: 'emergency',
    text: { en: 'New problems with erection or ejaculation, or changed genital feeling during sex' },
  },
  {
    id: 'leg-weakness',
    urgency: 'emergency',
    text: { en: 'Weakness in one or both legs that is getting worse, or new difficulty walking' },
  },
  {
    id: 'pregnancy-emergency',
    urgency: 'emergency',
    text: {
      en: 'Sudden, severe pain in your tummy or pelvis, with dizziness or fainting, when you are or could be pregnant',
    },
  },
  { id: 'chest-pain', urgency: 'emergency', text: { en: 'Chest pain' } },
  { id: 'serious-injury', urgency: 'emergency', text: { en: 'Pain that began after a serious accident or fall' } },
  {
    id: 'fall-weak-bones',
    urgency: 'urgent',
    text: { en: 'Back pain after a fall or a minor injury if you have osteoporosis or take steroids long term' },
  },
  { id: 'fever-unwell', urgency: 'urgent', text: { en: 'A high temperature, or feeling generally unwell' } },
  { id: 'weight-loss-cancer', urgency: 'urgent', text: { en: 'Losing weight without trying, or a history of cancer' } },
  { id: 'back-lump', urgency: 'urgent', text: { en: 'A lump, swelling or change in the shape of your back' } },
  { id: 'night-pain', urgency: 'urgent', text: { en: 'Pain that rest does not ease, or that is worse at night' } },
  {
    id: 'sneeze-cough',
    urgency: 'urgent',
    text: { en: 'Pain that is worse when you sneeze, cough or go to the toilet' },
  },
] as const satisfies readonly RedFlag[];

/** The red flags in English. */
export type RedFlagId = (typeof redFlagRecords)[number]['id'];

export const redFlags: readonly InLanguage<RedFlag>[] = redFlagRecords.map((flag) => ({
  id: flag.id,
  urgency: flag.urgency,
  text: flag.text.en,
}));
