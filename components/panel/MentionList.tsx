import { useEffect, useState } from 'preact/hooks';
import { PAGE_SIZE } from '../../lib/mentions/order';
import type { Direction, MentionItem, MentionList as List } from '../../lib/protocol/messages';
import { t } from '../../platform/i18n';

/** What the panel can ask of the followed page about its mentions. */
export interface MentionActions {
  list(topic: string | null, offset: number, limit: number): Promise<List | null>;
  show(topic: string | null, index: number): void;
  step(topic: string | null, direction: Direction): void;
}

/** The most one message carries (lib/protocol): longer lists are read in parts of this size. */
const MAX_PER_MESSAGE = 500;

interface Props {
  /** The topic listed, or null for every mention of the page. */
  topic: string | null;
  /** Names the topic in the buttons' accessible names. */
  title: string;
  /** Changes whenever the page reports a change: an open list is read again. */
  version: unknown;
  actions: MentionActions;
}

/** The sentence, with the term emphasised: text nodes only, so nothing in it is ever markup. */
function Sentence({ item }: { item: MentionItem }) {
  return (
    <>
      {item.text.slice(0, item.start)}
      <mark class={`swatch-${item.category}`}>{item.text.slice(item.start, item.end)}</mark>
      {item.text.slice(item.end)}
    </>
  );
}

async function readList(actions: MentionActions, topic: string | null, wanted: number): Promise<List | null> {
  let list: List | null = null;
  while (!list || (list.items.length < wanted && list.items.length < list.total)) {
    const offset = list?.items.length ?? 0;
    const part = await actions.list(topic, offset, Math.min(MAX_PER_MESSAGE, wanted - offset));
    if (!part || (list && part.items.length === 0)) return list ?? part;
    list = list ? { ...part, offset: 0, items: [...list.items, ...part.items] } : part;
  }
  return list;
}

/**
 * A topic's mentions as sentences, behind a disclosure: previous and next, one line per
 * mention (activating it shows that mention), the first 50 and "show more".
 */
export function MentionList({ topic, title, version, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(PAGE_SIZE);
  const [list, setList] = useState<List | null>(null);
  const id = `sentences-${topic ?? 'all'}`;

  useEffect(() => {
    if (!open) return;
    let current = true;
    void readList(actions, topic, wanted).then((read) => current && setList(read));
    return () => void (current = false);
  }, [open, wanted, version, topic]);

  const items = list?.items ?? [];
  const total = list?.total ?? 0;
  return (
    <div class="mention-list">
      <div class="mention-steps">
        <button
          type="button"
          class="small"
          aria-expanded={open}
          aria-controls={id}
          aria-label={t('sentencesShow', title)}
          onClick={() => setOpen(!open)}
        >
          {t('sentences')}
        </button>
        <button
          type="button"
          class="small"
          aria-label={t('mentionPrevious', title)}
          onClick={() => actions.step(topic, 'previous')}
        >
          ‹ {t('previous')}
        </button>
        <button
          type="button"
          class="small"
          aria-label={t('mentionNext', title)}
          onClick={() => actions.step(topic, 'next')}
        >
          {t('next')} ›
        </button>
      </div>
      {open && (
        <div id={id}>
          <ol class="sentences">
            {items.map((item) => (
              <li key={item.index}>
                <button type="button" class="sentence" onClick={() => actions.show(topic, item.index)}>
                  <Sentence item={item} />
                </button>
              </li>
            ))}
          </ol>
          {items.length < total && (
            <p class="more">
              {t('mentionsShowing', String(items.length), String(total))}{' '}
              <button type="button" class="small" onClick={() => setWanted(items.length + PAGE_SIZE)}>
                {t('mentionsMore', String(Math.min(PAGE_SIZE, total - items.length)))}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
