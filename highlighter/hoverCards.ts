import { compiledTerms } from '../content/lexicon/compiled';
import type { Mention, MentionIndex } from '../lib/highlight/mentions';
import { sendToExtension } from '../platform/messaging';
import { liveRange } from '../platform/liveRange';
import { mentionAt } from '../platform/mentionAt';
import type { TermCard } from './termCard';

/** Hover this long on a term before its card shows; leave it this long before it hides. */
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 400;

function rectOf(document: Document, mention: Mention): DOMRect {
  return liveRange(mention.range, document.createRange()).getBoundingClientRect();
}

/**
 * Shows a term's card when the pointer rests on it or it is clicked; Escape, a click
 * elsewhere or moving away closes it. All listeners go when the signal aborts.
 */
export function watchHoverCards(document: Document, mentions: MentionIndex, card: TermCard, signal: AbortSignal): void {
  let shown: Mention | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let pointer = { x: 0, y: 0 };

  async function show(mention: Mention) {
    shown = mention;
    const { term } = compiledTerms[mention.term];
    const description = await sendToExtension({ type: 'describe-term', term, locale: card.locale });
    // The pointer may have moved on, or the card been closed, while the extension answered.
    if (shown === mention && !signal.aborted) card.show(term, mention.topic, description, rectOf(document, mention));
  }

  function hide() {
    shown = null;
    card.close();
  }

  function later(action: () => void, delay: number) {
    clearTimeout(timer);
    timer = setTimeout(action, delay);
  }

  function onPointerSettled() {
    frame = 0;
    if (card.covers(pointer.x, pointer.y)) return clearTimeout(timer);
    const mention = mentionAt(document, mentions, pointer.x, pointer.y);
    if (mention && mention !== shown) later(() => void show(mention), SHOW_DELAY_MS);
    else if (mention) clearTimeout(timer);
    else if (card.isOpen) later(hide, HIDE_DELAY_MS);
    else clearTimeout(timer);
  }

  const options = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(onPointerSettled);
    },
    options,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (card.covers(event.clientX, event.clientY)) return;
      const mention = mentionAt(document, mentions, event.clientX, event.clientY);
      clearTimeout(timer);
      if (mention) void show(mention);
      else hide();
    },
    options,
  );
  document.addEventListener('keydown', (event) => event.key === 'Escape' && card.isOpen && hide(), options);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    hide();
  });
}
