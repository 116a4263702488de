import type { Localized, RelatedArticle } from './types';

/** The article's neighbours. The article gives their titles only: no teaser, no address. */
export const neighbourRecords = {
  previous: { en: 'Is frequent sexual intercourse harmful to your health?' },
  next: { en: 'Why do I have back pain after sex?' },
} as const satisfies Record<'previous' | 'next', Localized>;

/** The article's "Recommend" list, titles and teasers as published. */
export const recommendedRecords = [
  {
    title: { en: 'Why are women more likely to be infected with HIV than men?' },
    teaser: { en: 'A report from the World Health Organization shows…' },
  },
  {
    title: { en: 'What is the effect of the full moon night on men and women?' },
    teaser: { en: 'Some books have written that the full moon night…' },
  },
  {
    title: { en: 'Nine private questions that women are too embarrassed to ask' },
    teaser: { en: '1. Is vaginal cleaning necessary? Answer: It is n…' },
  },
  {
    title: { en: "One second quickly ignites a woman's passion" },
    teaser: { en: 'After a busy day, many couples may be too tired t…' },
  },
  {
    title: { en: "A woman's character can be seen from squeezing toothpaste" },
    teaser: { en: 'Brushing teeth is one of our daily routine action…' },
  },
  {
    title: { en: 'Men find women who smile sexier' },
    teaser: { en: 'People always think that in the eyes of men, sexy…' },
  },
  {
    title: { en: 'What causes pain after sex?' },
    teaser: { en: 'For many women, sexual life after marriage is a c…' },
  },
  {
    title: { en: 'Can pelvic floor exercises enhance sexual function?' },
    teaser: { en: 'Male friends tend to be very concerned about the …' },
  },
  {
    title: { en: "Men's sexual language women should understand" },
    teaser: { en: 'Men and women have the same sexual desires, but u…' },
  },
  {
    title: { en: 'The harm of bleeding after intercourse during menstruation' },
    teaser: { en: 'Many people do not pay attention to the health is…' },
  },
  {
    title: { en: '11 amazing effects of sex on the health of men and women' },
    teaser: { en: 'A reasonable and moderate sex life will not only …' },
  },
  {
    title: { en: "Things women must know about men's health" },
    teaser: { en: 'What health care knowledge should men know? Today…' },
  },
  {
    title: { en: "Is a man's sperm good for a woman?" },
    teaser: { en: 'We often hear that male sperm can bring many unex…' },
  },
  { title: { en: 'Sex is good for your brain' }, teaser: { en: 'Appropriate sex between couples actually has so m…' } },
] as const satisfies readonly RelatedArticle[];

/** The neighbours' titles in English. */
export const neighbours = { previous: neighbourRecords.previous.en, next: neighbourRecords.next.en };

/** The "Recommend" list in English. */
export const recommended = recommendedRecords.map((article) => ({
  title: article.title.en,
  teaser: article.teaser.en,
}));
