import { describe, expect, it } from 'vitest';
import { healthDomains } from '../../../content/healthDomains';
import { lexicon } from '../../../content/lexicon';
import { isListedDomain } from '../../../lib/classify/domain';
import { hasMedicalMarkup, jsonLdHasMedicalType } from '../../../lib/classify/markup';
import { classifyPage } from '../../../lib/classify/page';
import { evidenceOf, isAboutTopic, readsAsAboutTopic } from '../../../lib/classify/terms';
import { createSlicer } from '../../../lib/highlight/slicer';
import { compileMatcher } from '../../../lib/match/matcher';

const matcher = compileMatcher(lexicon);
const topicOf = (term: number) => lexicon[term].topic;
const term = (text: string) => matcher.find(text)[0].term;
const slicer = createSlicer(performance, 8, () => Promise.resolve());

async function readsAsHealth(html: string): Promise<boolean> {
  document.body.innerHTML = html;
  return readsAsAboutTopic(document.body, matcher, evidenceOf(lexicon), slicer);
}

describe('health domains', () => {
  it.each([
    ['www.nhs.uk', true],
    ['nhs.uk', true],
    ['medlineplus.gov', true],
    ['www.niams.nih.gov', true],
    ['MayoClinic.org.', true],
    ['www.msdmanuals.cn', true],
    ['www.chp.gov.hk', true],
    ['www.hpa.gov.tw', true],
    ['m.120ask.com', true],
    ['www.haodf.com', true],
    ['notnhs.uk', false],
    ['gov.tw', false],
    ['www.qq.com', false],
    ['nhs.uk.example.com', false],
    ['example.org', false],
  ])('%s → %s', (host, expected) => {
    expect(isListedDomain(host, healthDomains)).toBe(expected);
  });
});

describe('medical markup', () => {
  it.each([
    ['{"@type":"MedicalWebPage"}', true],
    ['{"@graph":[{"@type":"WebSite"},{"@type":["Article","MedicalScholarlyArticle"]}]}', true],
    ['{"@type":"WebPage","about":{"@type":"MedicalCondition"}}', true],
    ['{"@type":"https://schema.org/Drug"}', true],
    ['{"@type":"Product","name":"High heels"}', false],
    ['{"@type":"MedicalWebPage"', false],
    ['not json at all', false],
  ])('JSON-LD %s → %s', (source, expected) => {
    expect(jsonLdHasMedicalType(source)).toBe(expected);
  });

  it('finds JSON-LD and microdata in a document, and ignores other pages', () => {
    document.head.innerHTML = '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>';
    document.body.innerHTML = '';
    expect(hasMedicalMarkup(document)).toBe(true);
    document.head.innerHTML = '';
    document.body.innerHTML = '<div itemscope itemtype="https://schema.org/MedicalCondition"></div>';
    expect(hasMedicalMarkup(document)).toBe(true);
    document.body.innerHTML = '<div itemscope itemtype="https://schema.org/Product"></div>';
    expect(hasMedicalMarkup(document)).toBe(false);
  });

  it('survives deeply nested JSON', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    expect(jsonLdHasMedicalType(deep)).toBe(false);
  });
});

describe('term density', () => {
  it('needs three distinct terms across two topics', () => {
    expect(isAboutTopic([term('high heels')], topicOf)).toBe(false);
    expect(isAboutTopic([term('spinal stenosis'), term('osteoporosis'), term('osteophyte')], topicOf)).toBe(false);
    expect(isAboutTopic([term('lumbago'), term('spinal stenosis'), term('kidney stone')], topicOf)).toBe(true);
  });

  it('takes no evidence from terms that say nothing of health on their own', () => {
    const evidence = evidenceOf(lexicon);
    const terms = ['sex position', 'frequent sex', 'pregnancy', 'high heels', 'lumbago'].map(term);
    expect(isAboutTopic(terms, topicOf)).toBe(true);
    expect(isAboutTopic(terms, evidence)).toBe(false);
    expect(isAboutTopic([...terms, term('spinal stenosis'), term('kidney stone')], evidence)).toBe(true);
  });

  it('keeps a fashion page that says "high heels" ten times off', async () => {
    expect(await readsAsHealth('<p>high heels</p>'.repeat(10))).toBe(false);
  });

  it('turns on for an article about back pain', async () => {
    expect(await readsAsHealth('<p>Lumbago, a herniated disc or spinal stenosis can cause sciatica.</p>')).toBe(true);
  });

  it('does not count terms in excluded elements', async () => {
    expect(await readsAsHealth('<p>lumbago</p><textarea>spinal stenosis, kidney stones</textarea>')).toBe(false);
  });
});

describe('classifyPage', () => {
  it('tries the cheap signals first and reads the text only when they say no', async () => {
    let read = 0;
    const reads = (answer: boolean) => async () => (read++, answer);
    expect(await classifyPage({ onHealthDomain: true, hasMedicalMarkup: false, readsAsAboutTopic: reads(false) })).toBe(
      'health-domain',
    );
    expect(await classifyPage({ onHealthDomain: false, hasMedicalMarkup: true, readsAsAboutTopic: reads(false) })).toBe(
      'medical-markup',
    );
    expect(read).toBe(0);
    expect(await classifyPage({ onHealthDomain: false, hasMedicalMarkup: false, readsAsAboutTopic: reads(true) })).toBe(
      'health-terms',
    );
    expect(
      await classifyPage({ onHealthDomain: false, hasMedicalMarkup: false, readsAsAboutTopic: reads(false) }),
    ).toBe('not-health');
    expect(read).toBe(2);
  });
});
