import { HIGHLIGHT_CATEGORIES } from './categories';

// The style sheets' rules for the highlight categories, generated from their table. Kept apart from
// the table itself, which the content script and the panel import: they never build these strings.
// A unit test (tests/unit/lib/categories.test.ts) fails with the rules to paste whenever a style
// sheet's block differs from what is generated here.

/** The first and last lines of one block of generated rules in a style sheet. */
const beginOf = (name: string) =>
  `/* ${name}: generated from lib/highlight/categories.ts, edit the table, not these rules. */`;
const endOf = (name: string) => `/* End: ${name}. */`;

function rule(selector: string, declarations: Readonly<Record<string, string>>): string {
  const body = Object.entries(declarations).map(([property, value]) => `  ${property}: ${value};\n`);
  return `${selector} {\n${body.join('')}}\n`;
}

/** The block of rules `name`, as a style sheet must hold it. */
export function generatedBlock(name: string, rules: readonly string[]): string {
  return `${beginOf(name)}\n${rules.join('\n')}${endOf(name)}`;
}

/**
 * Each block of generated rules, by the style sheet that ships it: the page's highlights; the panel's
 * swatches (the legend, the list of mentions) and the page map's marks, which come after `.map-mark`
 * in their sheet to override its size and place.
 */
export const GENERATED_CSS = {
  'entrypoints/highlights.content.css': {
    'Highlight styles': HIGHLIGHT_CATEGORIES.map(({ id, fill, line }) =>
      rule(`::highlight(lumbar-lens-${id})`, { 'background-color': fill, 'text-decoration': line }),
    ),
  },
  'entrypoints/sidepanel/style.css': {
    Swatches: HIGHLIGHT_CATEGORIES.map(({ id, fill, line }) =>
      rule(`.swatch-${id}`, { background: fill, 'text-decoration': line }),
    ),
    'Page map marks': HIGHLIGHT_CATEGORIES.map(({ id, map }) => rule(`.map-${id}`, map)),
  },
} as const;

/** The block `name` as a style sheet holds it, or null when its markers are missing. */
export function blockIn(css: string, name: string): string | null {
  const begin = css.indexOf(beginOf(name));
  const end = css.indexOf(endOf(name));
  return begin < 0 || end < begin ? null : css.slice(begin, end + endOf(name).length);
}
