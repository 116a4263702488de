import type { Localized, RelatedArticle } from './types';

/** The article's neighbours. The article gives their titles only: no teaser, no address. */
export const neighbourRecords = {
  previous: { en: 'Is frequent sexual intercourse harmful to your health?', zh_CN: '性生活频繁对身体有害吗？' },
  next: { en: 'Why do I have back pain after sex?', zh_CN: '同房后腰痛是怎么回事？' },
} as const satisfies Record<'previous' | 'next', Localized>;

/** The article's "Recommend" list, titles and teasers as published; in Chinese as a Chinese health site titles them. */
export const recommendedRecords = [
  {
    title: {
      en: 'Why are women more likely to be infected with HIV than men?',
      zh_CN: '为什么女性比男性更容易感染艾滋病病毒？',
    },
    teaser: { en: 'A report from the World Health Organization shows…', zh_CN: '世界卫生组织的一份报告显示……' },
  },
  {
    title: { en: 'What is the effect of the full moon night on men and women?', zh_CN: '月圆之夜对男女有什么影响？' },
    teaser: { en: 'Some books have written that the full moon night…', zh_CN: '有些书上说，月圆之夜……' },
  },
  {
    title: { en: 'Nine private questions that women are too embarrassed to ask', zh_CN: '女人羞于开口的九个私密问题' },
    teaser: { en: '1. Is vaginal cleaning necessary? Answer: It is n…', zh_CN: '1. 阴道需要清洗吗？答：没有必……' },
  },
  {
    title: { en: "One second quickly ignites a woman's passion", zh_CN: '一秒钟迅速点燃女人的激情' },
    teaser: { en: 'After a busy day, many couples may be too tired t…', zh_CN: '忙碌了一天，很多夫妻可能累得……' },
  },
  {
    title: { en: "A woman's character can be seen from squeezing toothpaste", zh_CN: '从挤牙膏看女人的性格' },
    teaser: { en: 'Brushing teeth is one of our daily routine action…', zh_CN: '刷牙是我们每天都要做的事之一……' },
  },
  {
    title: { en: 'Men find women who smile sexier', zh_CN: '男人觉得爱笑的女人更性感' },
    teaser: { en: 'People always think that in the eyes of men, sexy…', zh_CN: '人们总以为，在男人眼里，性感……' },
  },
  {
    title: { en: 'What causes pain after sex?', zh_CN: '同房后疼痛是什么原因？' },
    teaser: { en: 'For many women, sexual life after marriage is a c…', zh_CN: '对很多女性来说，婚后的性生活是……' },
  },
  {
    title: {
      en: 'Can pelvic floor exercises enhance sexual function?',
      zh_CN: '盆底肌锻炼能增强性功能吗？',
      zh_TW: '骨盆底肌鍛鍊能增強性功能嗎？',
    },
    teaser: { en: 'Male friends tend to be very concerned about the …', zh_CN: '男性朋友往往很关心……' },
  },
  {
    title: { en: "Men's sexual language women should understand", zh_CN: '女人应该读懂的男人性语言' },
    teaser: { en: 'Men and women have the same sexual desires, but u…', zh_CN: '男女有着同样的性需求，但……' },
  },
  {
    title: { en: 'The harm of bleeding after intercourse during menstruation', zh_CN: '经期同房后出血的危害' },
    teaser: { en: 'Many people do not pay attention to the health is…', zh_CN: '很多人不注意健康问……' },
  },
  {
    title: { en: '11 amazing effects of sex on the health of men and women', zh_CN: '性生活对男女健康的11个神奇作用' },
    teaser: { en: 'A reasonable and moderate sex life will not only …', zh_CN: '合理、适度的性生活不仅……' },
  },
  {
    title: { en: "Things women must know about men's health", zh_CN: '女人必须了解的男性健康知识' },
    teaser: { en: 'What health care knowledge should men know? Today…', zh_CN: '男人应该了解哪些保健知识？今天……' },
  },
  {
    title: { en: "Is a man's sperm good for a woman?", zh_CN: '男人的精液对女人有好处吗？' },
    teaser: { en: 'We often hear that male sperm can bring many unex…', zh_CN: '我们常听说男性精液能带来很多意想不……' },
  },
  {
    title: { en: 'Sex is good for your brain', zh_CN: '性生活对大脑有好处' },
    teaser: { en: 'Appropriate sex between couples actually has so m…', zh_CN: '夫妻间适度的性生活其实有很多……' },
  },
] as const satisfies readonly RelatedArticle[];

/** The neighbours' titles in English. */
export const neighbours = { previous: neighbourRecords.previous.en, next: neighbourRecords.next.en };

/** The "Recommend" list in English. */
export const recommended = recommendedRecords.map((article) => ({
  title: article.title.en,
  teaser: article.teaser.en,
}));
