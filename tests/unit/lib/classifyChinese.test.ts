import { describe, expect, it } from 'vitest';
import { evidenceOf, readsAsAboutTopic } from '../../../lib/classify/terms';
import { createSlicer } from '../../../lib/highlight/slicer';
import { combineMatchers } from '../../../lib/match/combined';
import { createHanMatcher } from '../../../lib/match/han';
import { compileMatcher } from '../../../lib/match/matcher';
import type { TermCategory } from '../../../content/types';
import { buildHanTable } from '../../../scripts/chineseScripts';

// A vocabulary of its own: the rules hold whatever the shipped one holds.
const english = [{ term: 'MRI', topic: 'imaging', category: 'treatment' as TermCategory }];
const chinese: { term: string; topic: string; category: TermCategory; variants?: string[]; twVariants?: string[] }[] = [
  { term: '腰痛', topic: 'back-pain', category: 'symptom', variants: ['腰疼'] },
  { term: '腰酸', topic: 'back-pain', category: 'symptom' },
  { term: '腰肌劳损', topic: 'lumbar-muscle-strain', category: 'condition' },
  { term: '腰椎间盘突出症', topic: 'disc-herniation', category: 'condition', variants: ['腰椎间盘突出'] },
  { term: '盆腔炎', topic: 'pelvic-inflammatory-disease', category: 'beyond', twVariants: ['骨盆腔炎'] },
  { term: '尿路感染', topic: 'urinary-tract-infection', category: 'beyond', twVariants: ['泌尿道感染'] },
  { term: '肾虚', topic: 'kidney-deficiency', category: 'tcm' },
  { term: '高跟鞋', topic: 'high-heels', category: 'risk' },
  { term: '怀孕', topic: 'pregnancy-postpartum', category: 'risk' },
];
const terms = [...english, ...chinese];
const matcher = combineMatchers(compileMatcher(english), () => ({
  matcher: createHanMatcher(buildHanTable(chinese, ['腰部', '性生活', '医生'])),
  offset: english.length,
}));
const slicer = createSlicer(performance, 8, () => Promise.resolve());

async function readsAsHealth(html: string): Promise<boolean> {
  document.body.innerHTML = html;
  return readsAsAboutTopic(document.body, matcher, evidenceOf(terms), slicer);
}

describe('a Chinese page judged by its terms', () => {
  it('turns on for a Simplified article about back pain after sex', async () => {
    expect(
      await readsAsHealth(
        '<h1>同房后腰疼是怎么回事</h1><p>多数是腰肌劳损，也可能是腰椎间盘突出。女性还要想到盆腔炎或尿路感染。</p>',
      ),
    ).toBe(true);
  });

  it('turns on for a Traditional (Taiwan) article', async () => {
    expect(await readsAsHealth('<p>行房後腰痛，常見原因有腰肌勞損、骨盆腔炎與泌尿道感染。</p>')).toBe(true);
  });

  it('leaves a shoe shop alone, however often it says 高跟鞋', async () => {
    expect(
      await readsAsHealth(
        '<p>新款高跟鞋限时八折！细跟设计，腰部线条更显修长。</p>'.repeat(5) + '<p>买两双高跟鞋包邮。</p>',
      ),
    ).toBe(false);
  });

  it('leaves a relationships column alone', async () => {
    expect(
      await readsAsHealth('<p>结婚三年，性生活越来越少怎么办？两个人可以一起计划怀孕、旅行，找回恋爱的感觉。</p>'),
    ).toBe(false);
  });

  it('leaves a recipe alone, even one that promises to help 肾虚 and 腰酸', async () => {
    expect(
      await readsAsHealth(
        '<p>腰果虾仁：虾仁去线，腰果用小火炒香，加青椒翻炒。老人常说多吃核桃能补肾，对肾虚腰酸有好处。</p>',
      ),
    ).toBe(false);
  });

  it('reads a bilingual page: Chinese and English terms count together', async () => {
    expect(await readsAsHealth('<p>MRI检查提示腰椎间盘突出，伴有腰酸。</p>')).toBe(true);
  });
});
