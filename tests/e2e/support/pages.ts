/** Test pages, built here so each test shows what it serves. */

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test page</title>${head}</head><body>${body}</body></html>`;
}

export const MEDICAL_MARKUP = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","about":{"@type":"MedicalCondition","name":"Back pain"}}</script>`;

/** A health page whose terms also sit inside everything the highlighter must leave alone. */
export const EXCLUSIONS_PAGE = page(
  `<h1>Back pain and the sacroiliac joint</h1>
  <p id="visible">Low back pain may come from a <em>herniated</em> disc or <a href="#x">sacroiliac</a> joint strain.</p>
  <p id="blocks">Kidney</p><p>stones split by blocks, and kidney<br>stones split by a line break.</p>
  <script>var note = "sciatica in a script";</script>
  <style>/* sciatica in a style */</style>
  <noscript>sciatica in noscript</noscript>
  <template><p>sciatica in a template</p></template>
  <textarea>sciatica in a textarea</textarea>
  <input value="sciatica in an input">
  <select><option>sciatica in an option</option></select>
  <div contenteditable="true">sciatica in an editor</div>
  <div hidden>sciatica in a hidden element</div>
  <div style="display:none">sciatica in display none</div>
  <div style="visibility:hidden">sciatica in visibility hidden</div>`,
  MEDICAL_MARKUP,
);

/** A shop page that says "high heels" often: not a health page. */
export const FASHION_PAGE = page(
  `<h1>High heels for every occasion</h1>${'<p>Our high heels are comfortable. Try our high heels today.</p>'.repeat(5)}`,
);

/** No markup, not a health domain, but it reads as one: terms of several topics. */
export const TERMS_PAGE = page(
  `<h1>My back</h1><p>After years of lumbago I learned I had spinal stenosis, and my doctor ruled out kidney stones.</p>`,
);

/** A page whose article arrives later, as single-page apps do. */
export const DYNAMIC_PAGE = page(
  `<h1>Lumbar disc herniation</h1><div id="feed"><p id="first">Sciatica explained.</p></div>`,
  MEDICAL_MARKUP,
);

export const SHADOW_AND_FRAME_PAGE = page(
  `<h1>Osteoporosis</h1><div id="host"></div><iframe id="frame" srcdoc="<p>Kidney stones in a frame about osteoporosis and sciatica and lumbago.</p>"></iframe>`,
  MEDICAL_MARKUP,
);

const filler = (count: number) =>
  '<p>Plain words about walking, sleep and the weather, to make the page long.</p>'.repeat(count);

/** A long article: three mentions of disc herniation far apart, one of high heels. */
export const LONG_PAGE = page(
  `<h1>Back care</h1><p id="first">A herniated disc is common.</p>${filler(60)}
   <p id="second">A slipped disc can heal; high heels do not help.</p>${filler(60)}
   <p id="third">A prolapsed disc often follows.</p>${filler(20)}`,
  MEDICAL_MARKUP,
);

/** The highlighting tests' pages, each at its own path. */
export const HIGHLIGHT_TEST_PAGES: Record<string, string> = {
  '/exclusions.html': EXCLUSIONS_PAGE,
  '/fashion.html': FASHION_PAGE,
  '/terms.html': TERMS_PAGE,
  '/dynamic.html': DYNAMIC_PAGE,
  '/shadow.html': SHADOW_AND_FRAME_PAGE,
  '/nhs-article.html': page('<p>Sciatica is pain along the sciatic nerve.</p>'),
};

/**
 * A health page whose text (not its markup) holds markup and script: the panel's sentences
 * must show it as the characters it is, never as elements.
 */
export const HOSTILE_SNIPPET_PAGE = page(
  `<h1>Sciatica</h1>
   <p id="hostile">Sciatica &lt;img src=x onerror="window.pwned=1"&gt; then &lt;/button&gt;&lt;b id="injected"&gt;bold&lt;/b&gt; after sex.</p>`,
  MEDICAL_MARKUP,
);
