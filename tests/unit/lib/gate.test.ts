import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gateTable } from 'virtual:gate-table';
import { hanTable } from 'virtual:lexicon-table-han';
import { describe, expect, it, vi } from 'vitest';
import { compiledTerms, lexiconMatcher } from '../../../content/lexicon/compiled';
import { offerHanTable } from '../../../content/lexicon/hanTableSlot';
import { evidenceOf, readsAsAboutTopic } from '../../../lib/classify/terms';
import { GateEvidence } from '../../../lib/gate/evidence';
import { readSample, SAMPLE_LIMITS } from '../../../lib/gate/sample';
import { compileGateTable, readGateTable, shipGateTable } from '../../../lib/gate/table';
import { judgeAtGate, needsEngine } from '../../../lib/gate/verdict';
import { createSlicer } from '../../../lib/highlight/slicer';
import { BLOCKING } from '../../../lib/match/han';
import { compileTable } from '../../../lib/match/table';

const pagesDir = resolve(import.meta.dirname, '../../fixtures/pages');
const slicer = createSlicer(performance, 8, () => Promise.resolve());

/** The shipped gate's judgement of the document's current page. */
function gatePasses(): { enough: boolean; sawHan: boolean } {
  const evidence = new GateEvidence(readGateTable(gateTable));
  const enough = readSample(
    document,
    (text) => evidence.read(text),
    () => evidence.isEnough(),
  );
  return { enough, sawHan: evidence.sawHan };
}

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

describe('the gate table, from the matcher’s trie', () => {
  const terms = [
    { term: 'disc herniation', topic: 'disc', category: 'condition' },
    { term: 'sciatica', topic: 'nerve', category: 'symptom' },
    { term: 'high heels', topic: 'heels', category: 'risk' },
    { term: 'UTI', topic: 'uti', category: 'condition' },
    { term: 'lumbar spinal stenosis', topic: 'spine', category: 'condition' },
  ];
  // The Han matcher's table as the build makes it: forms folded onto Simplified, a blocking word, the fold.
  const han = {
    table: {
      forms: [
        ['腰椎间盘突出', 0],
        ['肾虚', 1],
        ['肾气虚', 1],
        ['肾上腺', BLOCKING],
      ] as const,
      fold: '間间腎肾虛虚氣气',
    },
    terms: [
      { topic: 'disc', category: 'condition' },
      { topic: 'kidney-deficiency', category: 'tcm' },
    ],
  };
  const table = compileGateTable(compileTable(terms), terms, han, 2);

  it('keys one-word terms and their plurals, pairs of longer terms, in lower case, and leaves risk words out', () => {
    expect(table.one).toEqual({ sciatica: [1], sciaticas: [1], uti: [3], utis: [3] });
    expect(table.two.disc).toEqual({ herniation: [0], herniations: [0] });
    // The other spelling the matcher knows is keyed too.
    expect(table.two.disk).toEqual({ herniation: [0], herniations: [0] });
    // A three-word term is keyed by its first two words, without a plural of the second.
    expect(table.two.lumbar).toEqual({ spinal: [4] });
    expect(table.two.high).toBeUndefined();
  });

  it('keys the first two characters of each folded Chinese form, blocking words left out, with the fold they need', () => {
    expect(table.han).toEqual({ 腰椎: [5], 肾虚: [6], 肾气: [6] });
    // 間 folds onto 间, which starts no key: that pair is not shipped.
    expect(table.hanFold).toBe('腎肾虛虚氣气');
    expect(table.topics[table.termTopics[6]]).toBe('kidney-deficiency');
  });

  it('reads back from what the build ships as it was built', () => {
    const lookup = readGateTable(shipGateTable(table));
    expect(lookup.entry('disc')).toEqual({
      alone: [],
      next: new Map([
        ['herniation', [0]],
        ['herniations', [0]],
      ]),
    });
    expect(lookup.entry('sciaticas')).toEqual({ alone: [1], next: new Map() });
    expect(lookup.entry('heels')).toBeUndefined();
    expect(lookup.entry('constructor')).toBeUndefined();
    expect(lookup.han().terms('肾虚')).toEqual([6]);
    expect(lookup.han().terms('腰')).toBeUndefined();
    expect(String.fromCharCode(lookup.han().fold('腎'.charCodeAt(0)))).toBe('肾');
    expect(String.fromCharCode(lookup.han().fold('Ａ'.charCodeAt(0)))).toBe('a');
    expect(lookup.topicOf(4)).toBe('spine');
  });

  it('counts a page as maybe about the topic with three terms of two topics, not with one term repeated or risk words', () => {
    const evidenceOfText = (text: string) => {
      const evidence = new GateEvidence(readGateTable(shipGateTable(table)));
      evidence.read(text);
      return evidence.isEnough();
    };
    expect(evidenceOfText('Sciatica after a disc herniation, or a UTI?')).toBe(true);
    expect(evidenceOfText('Sciatica, sciatica, SCIATICAS.')).toBe(false);
    expect(evidenceOfText('High heels and sciatica and a disc herniation')).toBe(false);
    // Pairs are adjacent words of one stretch: "disc" and "herniation" in two blocks are not the term.
    const evidence = new GateEvidence(readGateTable(shipGateTable(table)));
    for (const text of ['sciatica', 'UTI', 'a disc', 'herniation']) evidence.read(text);
    expect(evidence.isEnough()).toBe(false);
  });

  it('reads Han text by its folded prefixes, in either script or both mixed, and says it saw Han', () => {
    const evidence = new GateEvidence(readGateTable(shipGateTable(table)));
    evidence.read('腰椎間盤突出的人，sciatica');
    expect(evidence.sawHan).toBe(true);
    expect(evidence.isEnough()).toBe(false);
    evidence.read('中医说的腎虚');
    expect(evidence.isEnough()).toBe(true);
    const blocked = new GateEvidence(readGateTable(shipGateTable(table)));
    blocked.read('肾上腺，sciatica，UTI');
    expect(blocked.isEnough()).toBe(false);
  });

  it('reads English words that Han characters end, and full-width Latin as ASCII', () => {
    const evidence = new GateEvidence(readGateTable(shipGateTable(table)));
    evidence.read('做ＵＴＩ检查，sciatica检查，disc herniation');
    expect(evidence.isEnough()).toBe(true);
  });
});

describe('the sample the gate reads', () => {
  it('reads the title and the descriptions, then the text, leaving code and styles out', () => {
    load(`<head><title>Title words</title><meta name="description" content="Described here"></head>
      <body><h2>A heading</h2><p>First <b>par</b>agraph.</p><script>var hidden = 1;</script><style>p{}</style><p>Second</p></body>`);
    const read: string[] = [];
    readSample(
      document,
      (text) => read.push(text),
      () => false,
    );
    // Blank stretches between blocks are read too, and hold no word.
    expect(read.filter((text) => text.trim())).toEqual([
      'Title words',
      'Described here',
      'A heading',
      'First paragraph.',
      'Second',
    ]);
  });

  it('stops at its limits of characters and nodes, however large the page', () => {
    load(
      `<body><p>${'word '.repeat(20_000)}</p>${'<p>x</p>'.repeat(10_000)}<main><p>${'main '.repeat(5000)}</p></main></body>`,
    );
    let chars = 0;
    readSample(
      document,
      (text) => (chars += text.length),
      () => false,
    );
    expect(chars).toBeLessThanOrEqual(2 * SAMPLE_LIMITS.chars);
    expect(chars).toBeGreaterThan(SAMPLE_LIMITS.chars);
    load(`<body>${'<span> </span>'.repeat(2000)}<p>late words</p></body>`);
    const read: string[] = [];
    readSample(
      document,
      (text) => read.push(text),
      () => false,
      { ...SAMPLE_LIMITS, nodes: 1000 },
    );
    expect(read.join('')).not.toContain('late words');
  });

  it('stops as soon as it has enough', () => {
    load(`<head><title>One</title><meta name="description" content="Two"></head><body><p>Three</p></body>`);
    const read = vi.fn();
    expect(readSample(document, read, () => read.mock.calls.length === 2)).toBe(true);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('the gate’s verdict', () => {
  it('asks the cheapest signal first, and the sample only when the others say no', () => {
    const sample = vi.fn(() => true);
    const markup = vi.fn(() => true);
    expect(judgeAtGate({ onHealthDomain: true, hasMedicalMarkup: markup, sampleMayBeAboutTopic: sample })).toBe(
      'health-domain',
    );
    expect(markup).not.toHaveBeenCalled();
    expect(judgeAtGate({ onHealthDomain: false, hasMedicalMarkup: markup, sampleMayBeAboutTopic: sample })).toBe(
      'medical-markup',
    );
    expect(sample).not.toHaveBeenCalled();
    expect(judgeAtGate({ onHealthDomain: false, hasMedicalMarkup: () => false, sampleMayBeAboutTopic: sample })).toBe(
      'terms-in-sample',
    );
    const verdict = judgeAtGate({
      onHealthDomain: false,
      hasMedicalMarkup: () => false,
      sampleMayBeAboutTopic: () => false,
    });
    expect(verdict).toBe('not-health');
    expect(needsEngine(verdict)).toBe(false);
    expect(needsEngine('terms-in-sample')).toBe(true);
  });
});

describe('the shipped gate on the tests’ pages', () => {
  offerHanTable(hanTable);
  const engineMatcher = lexiconMatcher();
  const folders = ['vocabulary', 'vocabulary-zh'];
  const vocabulary = folders.flatMap((folder) =>
    (
      JSON.parse(readFileSync(resolve(pagesDir, folder, 'index.json'), 'utf8')) as { file: string; health: boolean }[]
    ).map((page) => ({ ...page, file: `${folder}/${page.file}` })),
  );
  const pages = [
    ...vocabulary.map(({ file }) => file),
    ...readdirSync(pagesDir).filter((name) => name.endsWith('.html')),
    ...readdirSync(resolve(pagesDir, 'chinese'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `chinese/${name}`),
  ];

  it.each(pages)('%s: passes every page the engine reads as a health page, and sees its Han', async (name) => {
    load(readFileSync(resolve(pagesDir, name), 'utf8'));
    const health = await readsAsAboutTopic(document.body, engineMatcher, evidenceOf(compiledTerms), slicer);
    const gate = gatePasses();
    if (health) expect(gate.enough).toBe(true);
    expect(gate.sawHan).toBe(/\p{Script=Han}/u.test(`${document.title}${document.body.textContent ?? ''}`));
  });

  it('rejects the vocabularies’ pages that are not health pages, English and Chinese', () => {
    const negatives = vocabulary.filter((page) => !page.health);
    expect(negatives.some(({ file }) => file.startsWith('vocabulary-zh/'))).toBe(true);
    const passed = negatives.filter(({ file }) => {
      load(readFileSync(resolve(pagesDir, file), 'utf8'));
      return gatePasses().enough;
    });
    expect(passed).toEqual([]);
  });
});
