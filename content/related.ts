import type { RelatedArticle } from './types';

/** The article's neighbours. The article gives their titles only: no teaser, no address. */
export const neighbours = {
  previous: 'Is frequent sexual intercourse harmful to your health?',
  next: 'Why do I have back pain after sex?',
} as const;

/** The article's "Recommend" list, titles and teasers as published. */
export const recommended = [
  {
    title: 'Why are women more likely to be infected with HIV than men?',
    teaser: 'A report from the World Health Organization shows…',
  },
  {
    title: 'What is the effect of the full moon night on men and women?',
    teaser: 'Some books have written that the full moon night…',
  },
  {
    title: 'Nine private questions that women are too embarrassed to ask',
    teaser: '1. Is vaginal cleaning necessary? Answer: It is n…',
  },
  {
    title: "One second quickly ignites a woman's passion",
    teaser: 'After a busy day, many couples may be too tired t…',
  },
  {
    title: "A woman's character can be seen from squeezing toothpaste",
    teaser: 'Brushing teeth is one of our daily routine action…',
  },
  { title: 'Men find women who smile sexier', teaser: 'People always think that in the eyes of men, sexy…' },
  { title: 'What causes pain after sex?', teaser: 'For many women, sexual life after marriage is a c…' },
  {
    title: 'Can pelvic floor exercises enhance sexual function?',
    teaser: 'Male friends tend to be very concerned about the …',
  },
  {
    title: "Men's sexual language women should understand",
    teaser: 'Men and women have the same sexual desires, but u…',
  },
  {
    title: 'The harm of bleeding after intercourse during menstruation',
    teaser: 'Many people do not pay attention to the health is…',
  },
  {
    title: '11 amazing effects of sex on the health of men and women',
    teaser: 'A reasonable and moderate sex life will not only …',
  },
  { title: "Things women must know about men's health", teaser: 'What health care knowledge should men know? Today…' },
  { title: "Is a man's sperm good for a woman?", teaser: 'We often hear that male sperm can bring many unex…' },
  { title: 'Sex is good for your brain', teaser: 'Appropriate sex between couples actually has so m…' },
] as const satisfies readonly RelatedArticle[];
