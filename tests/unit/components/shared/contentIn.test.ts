import { describe, expect, it } from 'vitest';
import { contentIn } from '../../../../components/shared/contentIn';
import { adenomyosis } from '../../../../content/topics/adenomyosis';
import { kidneyDeficiency } from '../../../../content/topics/kidney-deficiency';

const titleOf = (locale: 'en' | 'zh_CN' | 'zh_TW', id: string) =>
  contentIn(locale).beyondTopics.find((topic) => topic.id === id)?.title;

describe('the content a view shows', () => {
  it('shows each language its own text, Taiwan’s words where they differ', () => {
    expect(titleOf('en', 'adenomyosis')).toBe(adenomyosis.title.en);
    expect(titleOf('zh_CN', 'adenomyosis')).toBe(adenomyosis.title.zh_CN);
    expect(titleOf('zh_TW', 'adenomyosis')).toBe(adenomyosis.title.zh_TW);
  });

  it('writes Traditional characters where a text has only Simplified ones', () => {
    const cause = contentIn('zh_TW').causes.find((item) => item.id === kidneyDeficiency.id);
    expect(kidneyDeficiency.title).not.toHaveProperty('zh_TW');
    expect(cause?.title).toBe('腎虛');
  });
});
