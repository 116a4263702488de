import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { chineseLexicon, generalChineseWords } from '../../../content/lexicon/chinese';
import { isArticleTopic, topicById } from '../../../content/topics';

/**
 * The annotated Chinese pages (tests/fixtures/pages/vocabulary-zh) agree with the vocabulary:
 * every span is a form of a term (Traditional read back to Simplified), of the kind its topic
 * has, the whole most specific form where it stands; every data-never span a general word.
 */
const dir = join(__dirname, '../../fixtures/pages/vocabulary-zh');

interface PageInfo {
  file: string;
  health: boolean;
  script: 'zh-Hans' | 'zh-Hant';
  about: string;
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as PageInfo[];

const toSimplified: Record<string, (text: string) => string> = {
  'zh-CN': (text) => text,
  'zh-TW': OpenCC.Converter({ from: 'tw', to: 'cn' }),
  'zh-HK': OpenCC.Converter({ from: 'hk', to: 'cn' }),
};
const fromTaiwan = toSimplified['zh-TW'];

/** Every written form, Simplified or Taiwan's (also read back to Simplified), to its entry. */
const entryOf = new Map<string, (typeof chineseLexicon)[number]>();
for (const entry of chineseLexicon) {
  const tw = entry.twVariants ?? [];
  for (const form of [entry.term, ...(entry.variants ?? []), ...tw, ...tw.map(fromTaiwan)]) entryOf.set(form, entry);
}
const general = new Set(generalChineseWords);
const words = new Set([...entryOf.keys(), ...general]);
const longest = Math.max(...[...words].map((word) => word.length));

interface Span {
  kind: 'article' | 'wider' | 'never';
  text: string;
  start: number;
  end: number;
}

/** The page's visible text and its annotated spans, as offsets into that text. */
function read(html: string): { text: string; spans: Span[]; doc: Document } {
  const doc = new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  let text = '';
  const spans: Span[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += (child as Text).data;
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const expect = element.getAttribute('data-expect');
      const kind = element.hasAttribute('data-never') ? 'never' : expect;
      const start = text.length;
      walk(element);
      if (kind) spans.push({ kind: kind as Span['kind'], text: text.slice(start), start, end: text.length });
    }
  };
  walk(doc.body);
  return { text, spans, doc };
}

const pages = index.map((info) => {
  const html = readFileSync(join(dir, info.file), 'utf8');
  return { info, html, ...read(html) };
});

describe('the annotated Chinese pages', () => {
  it('are exactly the pages index.json lists', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(index.map((page) => page.file).sort()).toEqual(files.sort());
    expect(new Set(files).size).toBe(index.length);
  });

  it('hold at least 8 health pages, 3 in Traditional, and 3 pages that are not health pages', () => {
    const health = index.filter((page) => page.health);
    expect(health.length).toBeGreaterThanOrEqual(8);
    expect(health.filter((page) => page.script === 'zh-Hant').length).toBeGreaterThanOrEqual(3);
    expect(index.filter((page) => !page.health).length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages.map((page) => [page.info.file, page] as const))('%s is plain, self-contained HTML', (_, page) => {
    const { html, doc, info } = page;
    const lang = doc.documentElement.getAttribute('lang');
    expect(info.script === 'zh-Hans' ? ['zh-CN'] : ['zh-TW', 'zh-HK']).toContain(lang);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(doc.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(doc.title.trim().length).toBeGreaterThan(0);
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('data:,');
    expect(doc.querySelectorAll('script, iframe, img, object, embed, video, audio').length).toBe(0);
    expect(doc.querySelectorAll('link:not([rel="icon"])').length).toBe(0);
    expect(html).not.toMatch(/https?:\/\/|url\(|@import|itemscope|itemtype|application\/ld\+json/i);
    for (const link of Array.from(doc.querySelectorAll('a'))) expect(link.getAttribute('href')).toBe('#');
  });

  it.each(pages.map((page) => [page.info.file, page] as const))(
    '%s annotates only forms of the vocabulary, of their topic’s kind, and general words',
    (_, page) => {
      const simplified = toSimplified[page.doc.documentElement.getAttribute('lang')!];
      for (const span of page.spans) {
        const written = simplified(span.text);
        if (span.kind === 'never') {
          expect(general.has(written), `data-never ${span.text}`).toBe(true);
          continue;
        }
        const entry = entryOf.get(written) ?? entryOf.get(span.text);
        expect(entry, `${span.kind} ${span.text}`).toBeDefined();
        const article = isArticleTopic(topicById(entry!.topic)!);
        expect(span.kind, `${span.text} (${entry!.topic})`).toBe(article ? 'article' : 'wider');
      }
    },
  );

  it.each(pages.map((page) => [page.info.file, page] as const))(
    '%s spans the whole most specific form where it stands, never nested',
    (_, page) => {
      const simplified = toSimplified[page.doc.documentElement.getAttribute('lang')!];
      // Character by character, so offsets stay those of the page's own text.
      const converted = new Map<string, string>();
      const text = [...page.text]
        .map((character) => {
          if (!converted.has(character)) {
            const simple = simplified(character);
            converted.set(character, [...simple].length === 1 ? simple : character);
          }
          return converted.get(character)!;
        })
        .join('');
      expect(text.length).toBe(page.text.length);
      const sorted = [...page.spans].sort((a, b) => a.start - b.start);
      for (const [i, span] of sorted.entries()) {
        if (i > 0) expect(span.start, span.text).toBeGreaterThanOrEqual(sorted[i - 1].end);
        const length = span.end - span.start;
        for (let at = Math.max(0, span.end - longest); at <= span.start; at++) {
          for (let end = Math.max(span.end, at + length + 1); end <= at + longest; end++) {
            const word = text.slice(at, end);
            expect(words.has(word), `${span.text} stands inside ${word}`).toBe(false);
          }
        }
      }
    },
  );

  it.each(pages.filter((page) => page.info.health).map((page) => [page.info.file, page] as const))(
    '%s holds at least 8 distinct annotated terms, of the article and beyond it',
    (_, page) => {
      const simplified = toSimplified[page.doc.documentElement.getAttribute('lang')!];
      const terms = new Set(
        page.spans
          .filter((span) => span.kind !== 'never')
          .map((span) => (entryOf.get(simplified(span.text)) ?? entryOf.get(span.text))?.term),
      );
      expect(terms.size).toBeGreaterThanOrEqual(8);
      expect(page.spans.some((span) => span.kind === 'article')).toBe(true);
    },
  );

  it.each(pages.filter((page) => !page.info.health).map((page) => [page.info.file, page] as const))(
    '%s expects no highlight, only general words left alone',
    (_, page) => {
      expect(page.spans.filter((span) => span.kind !== 'never')).toEqual([]);
      expect(page.spans.length).toBeGreaterThan(0);
    },
  );

  it('write Traditional pages in Traditional, with Taiwan’s and Hong Kong’s own words', () => {
    const traditional = pages.filter((page) => page.info.script === 'zh-Hant');
    const toRegion: Record<string, (text: string) => string> = {
      'zh-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }),
      'zh-HK': OpenCC.Converter({ from: 'cn', to: 'hk' }),
    };
    for (const page of traditional) {
      const lang = page.doc.documentElement.getAttribute('lang')!;
      // No character only Simplified writes: one the region's conversion would change, reading back the same.
      const simplifiedOnly = [...new Set(page.text.match(/\p{Script=Han}/gu))].filter(
        (character) => toRegion[lang](character) !== character && toSimplified[lang](character) === character,
      );
      expect(simplifiedOnly, page.info.file).toEqual([]);
    }
    const annotated = traditional.flatMap((page) => page.spans.map((span) => span.text));
    const twWords = new Set(chineseLexicon.flatMap((entry) => entry.twVariants ?? []));
    expect(annotated.filter((text) => twWords.has(text)).length).toBeGreaterThanOrEqual(8);
  });
});
