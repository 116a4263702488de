import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../content/lexicon';
import { HIGHLIGHT_CATEGORIES } from '../../../lib/highlight/categories';
import { blockIn, GENERATED_CSS, generatedBlock } from '../../../lib/highlight/categoryStyles';
import messages from '../../../public/_locales/en/messages.json';

const root = resolve(import.meta.dirname, '../../..');

describe('the highlight categories, declared once', () => {
  it.each(
    Object.entries(GENERATED_CSS).flatMap(([file, blocks]) =>
      Object.entries(blocks).map(([name, rules]) => ({ file, name, rules })),
    ),
  )('$file ships the $name the table makes', ({ file, name, rules }) => {
    // On a mismatch, the expected text is the block to paste into the style sheet.
    expect(blockIn(readFileSync(resolve(root, file), 'utf8'), name)).toBe(generatedBlock(name, rules));
  });

  it('style every category the lexicon uses, and only those, each with its own look', () => {
    const ids = HIGHLIGHT_CATEGORIES.map((category) => category.id);
    expect(new Set(lexicon.map((entry) => entry.category))).toEqual(new Set(ids));
    expect(new Set(HIGHLIGHT_CATEGORIES.map((category) => category.line)).size).toBe(ids.length);
    expect(new Set(HIGHLIGHT_CATEGORIES.map((category) => JSON.stringify(category.map))).size).toBe(ids.length);
  });

  it('label every category in the legend with a message of its own', () => {
    const labels = HIGHLIGHT_CATEGORIES.map((category) => category.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(messages[label].message).not.toBe('');
  });
});
