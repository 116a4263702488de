import { languageTag, type Locale } from '../lib/i18n/locale';
import type { PanelPlace, SignDescription, TermDescription } from '../lib/protocol/messages';
import { topicLabel } from '../lib/topicLabel';
import { cardText, type CardWord } from '../platform/cardText';

const CARD_STYLE = `
:host { all: initial; position: absolute; z-index: 2147483647; }
.card {
  box-sizing: border-box; width: min(320px, calc(100vw - 16px)); padding: 10px 12px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #8c959f; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
}
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #1f2328; border-color: #57606a; }
  .urgent { color: #ffd8d8; background: #4a1515; border-color: #ff8080; }
  button { color: #8ab8ff; border-color: #8ab8ff; }
}
.term { font-weight: 700; margin: 0 24px 2px 0; }
.definition { margin: 0 0 8px; }
.urgent { margin: 0 0 8px; padding: 4px 8px; color: #8a1010; background: #fdecec; border-left: 4px solid #b42318; }
.urgent p { margin: 0; font-weight: 700; }
.urgent ul { margin: 2px 0 4px; padding-left: 18px; }
.topic { margin: 0; font-size: 13px; font-weight: 600; }
.label { margin: 0 0 4px; font-size: 12px; font-style: italic; }
.summary { margin: 0 0 8px; font-size: 13px; }
.note { margin: 6px 0 0; font-size: 12px; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 3px 10px;
  background: transparent; color: #0b5cad; border: 1px solid #0b5cad;
}
.close { position: absolute; top: 6px; right: 6px; border: none; padding: 0 6px; font-size: 18px; line-height: 1; }
button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** Marks an element whose text is in another language than the card's. */
function withLang<E extends HTMLElement>(node: E, textLocale: Locale, cardLocale: Locale): E {
  if (textLocale !== cardLocale) node.lang = languageTag(textLocale);
  return node;
}

/**
 * A constructed style sheet is not an element the page can find, and no page CSP governs it;
 * a <style> inside the closed root is the fallback where a browser refuses the former.
 */
function adoptStyle(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

/**
 * A small card about a highlighted term. It lives in a closed shadow root, so the page's CSS
 * cannot reach it nor the page read it, and it is removed whole when it closes.
 */
export class TermCard {
  private host: HTMLElement | null = null;

  constructor(
    private readonly document: Document,
    private readonly onOpenInPanel: (place: PanelPlace) => Promise<boolean>,
    /** The language the reader chose (or their browser's): the card speaks it. */
    private readonly currentLocale: () => Locale,
  ) {}

  get locale(): Locale {
    return this.currentLocale();
  }

  readonly isOwn = (node: Node): boolean => node === this.host;

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Whether a point of the viewport is over the card. */
  covers(x: number, y: number): boolean {
    const rect = this.host?.getBoundingClientRect();
    return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  /**
   * Shows what is known of a term: its definition and topic when the extension answered,
   * else the term alone (the panel still explains it).
   */
  show(term: string, topic: string, description: TermDescription | null, anchor: DOMRect): void {
    this.close();
    const locale = this.locale;
    const t = (key: CardWord, ...substitutions: string[]) => cardText(locale, key, ...substitutions);
    const host = this.document.createElement('lumbar-lens-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const card = element(this.document, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', term);
    // The page may be in any language: the card says which it speaks, and where a text is not in it.
    card.lang = languageTag(locale);
    const close = element(this.document, 'button', 'close', '×');
    close.setAttribute('aria-label', t('cardClose'));
    close.addEventListener('click', () => this.close());
    const signs = description?.signs ?? [];
    // An urgent term's card opens the panel on its sign, the first of them if several; a term that
    // only becomes urgent with a sign (a slipped disc, incontinence) names the signs and opens its topic.
    const place: PanelPlace = { topic, sign: description?.urgent ? (signs[0]?.id ?? null) : null };
    const open = element(this.document, 'button', 'open', t(place.sign ? 'cardOpenSign' : 'cardOpenInPanel'));
    const showToolbarNote = () => card.append(element(this.document, 'p', 'note', t('cardOpenToolbar')));
    // A listener's promise goes nowhere: a panel that could not be opened, for whatever reason, says so here.
    open.addEventListener('click', () => {
      this.onOpenInPanel(place).then((opened) => opened || showToolbarNote(), showToolbarNote);
    });
    card.append(close, element(this.document, 'p', 'term', term));
    if (description) {
      card.append(
        withLang(
          element(this.document, 'p', 'definition', description.definition),
          description.definitionLocale,
          locale,
        ),
      );
      if (signs.length > 0) card.append(this.signsBlock(signs, t, locale));
      else if (description.urgent) card.append(element(this.document, 'p', 'urgent', t('cardUrgent')));
      card.append(
        withLang(
          element(this.document, 'p', 'topic', t('cardTopic', description.topicTitle)),
          description.topicLocale,
          locale,
        ),
        element(this.document, 'p', 'label', t(...topicLabel(description))),
        withLang(element(this.document, 'p', 'summary', description.topicSummary), description.topicLocale, locale),
      );
    }
    card.append(open);
    shadow.append(card);
    adoptStyle(shadow, CARD_STYLE);
    const view = this.document.defaultView!;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - 328)) + view.scrollX;
    host.style.setProperty('position', 'absolute', 'important');
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${anchor.bottom + 6 + view.scrollY}px`, 'important');
    this.host = host;
    this.document.documentElement.append(host);
  }

  /** The warning signs the term is about, under the advice of their urgency, as "Seek care now" has them. */
  private signsBlock(signs: readonly SignDescription[], t: (key: CardWord) => string, locale: Locale): HTMLElement {
    const block = element(this.document, 'div', 'urgent');
    for (const urgency of ['emergency', 'urgent'] as const) {
      const lines = signs.filter((sign) => sign.urgency === urgency);
      if (lines.length === 0) continue;
      const list = element(this.document, 'ul', 'signs');
      for (const sign of lines)
        list.append(withLang(element(this.document, 'li', 'sign', sign.text), sign.locale, locale));
      block.append(
        element(this.document, 'p', 'advice', t(urgency === 'emergency' ? 'redFlagsEmergency' : 'redFlagsUrgent')),
        list,
      );
    }
    return block;
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }
}
