import { describe, expect, it } from 'vitest';
import { causes } from '../../../content/causes';
import { conditions } from '../../../content/conditions';
import { healthDomains } from '../../../content/healthDomains';
import { lexicon } from '../../../content/lexicon';
import { redFlags } from '../../../content/redFlags';
import { neighbours, recommended } from '../../../content/related';
import { compileMatcher } from '../../../lib/match/matcher';

/** Where a Chinese learn-more link may point (health-references.md, "Chinese-language sources"). */
const chineseSources = [
  'msdmanuals.cn',
  'msdmanuals.com',
  'chp.gov.hk',
  'ha.org.hk',
  'mohw.gov.tw',
  'hpa.gov.tw',
  'who.int',
];

const allLinks: readonly { url: string; lang?: string }[] = [
  ...causes.flatMap((cause) => cause.links),
  ...conditions.flatMap((condition) => condition.links),
];

describe('the article as data', () => {
  it('has the three "after sex" items and the ten other causes, in the article order', () => {
    expect(causes.filter((cause) => cause.section === 'after-sex')).toHaveLength(3);
    expect(causes.filter((cause) => cause.section === 'other-causes')).toHaveLength(10);
    expect(causes.map((cause) => cause.title)).toContain('Sacroiliac joint strain');
    expect(causes.at(-1)?.id).toBe('sacroiliac-strain');
  });

  it('gives every cause and condition a unique, readable id', () => {
    const ids = [...causes, ...conditions].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(causes.map((cause) => [cause.id, cause] as const))(
    '%s has a summary, a link and lexicon terms',
    (id, cause) => {
      expect(cause.title.length).toBeGreaterThan(3);
      expect(cause.summary.length).toBeGreaterThan(20);
      expect(cause.links.length).toBeGreaterThan(0);
      expect(lexicon.some((entry) => entry.topic === id)).toBe(true);
    },
  );

  it('links only to https pages, each on a known health site or a vetted Chinese public-health source', () => {
    const on = (host: string, domains: readonly string[]) =>
      domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
    for (const link of allLinks) {
      const url = new URL(link.url);
      expect(url.protocol).toBe('https:');
      expect(on(url.hostname, 'lang' in link ? chineseSources : healthDomains), link.url).toBe(true);
    }
  });

  it('labels exactly the three traditional Chinese medicine concepts, and never links them to kidney disease', () => {
    const tcm = causes.filter((cause) => cause.tradition === 'tcm').map((cause) => cause.id);
    expect(tcm.sort()).toEqual(['blood-stasis', 'cold-dampness', 'kidney-deficiency']);
    for (const cause of causes.filter((item) => item.tradition === 'tcm')) {
      for (const link of cause.links) expect(link.url).not.toMatch(/kidney|nephr|renal/i);
    }
  });

  it('names every condition the article names as a term', () => {
    const terms = lexicon.flatMap((entry) => [entry.term, ...(entry.variants ?? [])]);
    const matcher = compileMatcher(lexicon);
    for (const named of [
      'lumbar muscle strain',
      'lumbar disc herniation',
      'osteoporosis',
      'osteophytes',
      'lumbar spinal stenosis',
      'kidney deficiency',
      'blood stasis syndrome',
      'low back pain due to blood stasis',
      'kidney stones',
      'nephritis',
      'high heels',
      'acute lumbar sprain',
      'uterine fibroids',
      'cervical cancer',
      'ovarian cysts',
      'sacroiliac joint strain',
      'cold and dampness',
      'decalcification',
      'low back pain',
    ]) {
      expect(matcher.find(named), named).toEqual([
        { start: 0, end: named.length, term: expect.any(Number) as unknown },
      ]);
    }
    expect(terms.length).toBeGreaterThan(150);
  });

  it('covers every term of the health references table', () => {
    const matcher = compileMatcher(lexicon);
    for (const term of [
      'lower back pain',
      'backache',
      'lumbago',
      'lumbar strain',
      'back strain',
      'pulled back muscle',
      'lumbar sprain',
      'back sprain',
      'lumbosacral strain',
      'herniated disc',
      'slipped disk',
      'ruptured disc',
      'prolapsed disk',
      'bulging disc',
      'disc prolapse',
      'disc herniation',
      'herniated nucleus pulposus',
      'sciatica',
      'pregnancy back pain',
      'pelvic girdle pain',
      'postpartum back pain',
      'postnatal back pain',
      'relaxin',
      'ligament laxity',
      'osteopenia',
      'compression fracture',
      'vertebral fracture',
      'spinal stenosis',
      'neurogenic claudication',
      'osteophyte',
      'bone spur',
      'spondylosis',
      'fibroids',
      'leiomyoma',
      'myoma',
      'cancer of the cervix',
      'ovarian cyst',
      'sacroiliac joint',
      'SI joint',
      'SI joint dysfunction',
      'sacroiliitis',
      'kidney stone',
      'renal calculi',
      'nephrolithiasis',
      'renal colic',
      'glomerulonephritis',
      'cold-dampness',
      'cauda equina syndrome',
      'saddle numbness',
      'saddle anaesthesia',
    ]) {
      expect(matcher.find(term), term).toEqual([{ start: 0, end: term.length, term: expect.any(Number) as unknown }]);
    }
  });

  it('has the red flags, both kinds, with the sexual warning sign of cauda equina', () => {
    expect(redFlags.filter((flag) => flag.urgency === 'emergency').length).toBeGreaterThanOrEqual(5);
    expect(redFlags.filter((flag) => flag.urgency === 'urgent').length).toBeGreaterThanOrEqual(5);
    expect(redFlags.some((flag) => /erection|ejaculation/.test(flag.text))).toBe(true);
  });

  it('has the previous and next articles and the 14 recommended ones', () => {
    expect(neighbours.previous).toBe('Is frequent sexual intercourse harmful to your health?');
    expect(neighbours.next).toBe('Why do I have back pain after sex?');
    expect(recommended).toHaveLength(14);
    expect(new Set(recommended.map((article) => article.title)).size).toBe(14);
    for (const article of recommended) expect(article.teaser.length).toBeGreaterThan(10);
  });

  it('lists every named condition under a real cause, when under any', () => {
    for (const condition of conditions) {
      if (condition.namedUnder) expect(causes.some((cause) => cause.id === condition.namedUnder)).toBe(true);
    }
  });
});
