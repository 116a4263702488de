import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/i18n';
import type { Shortcut } from '../../platform/commands';

/** Our own words for each command; the browsers describe their own (opening the panel) in theirs, or not at all. */
const DESCRIPTIONS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPanel',
  _execute_sidebar_action: 'commandOpenPanel',
  'next-mention': 'commandNextMention',
  'previous-mention': 'commandPreviousMention',
  'toggle-site': 'commandToggleSite',
};

interface Props {
  load(): Promise<Shortcut[]>;
  /** Where this browser lets the user change the keys. */
  where: string;
}

/** The keys as the browser has them now (the user may have changed or removed them), and where to change them. */
export function Keys({ load, where }: Props) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => void load().then(setShortcuts), []);
  return (
    <details class="keys">
      <summary>{t('keysHeading')}</summary>
      <dl>
        {shortcuts.map((command) => (
          <div key={command.name}>
            <dt>{command.shortcut ? <kbd lang="en">{command.shortcut}</kbd> : t('keyUnset')}</dt>
            <dd>{DESCRIPTIONS[command.name] ? t(DESCRIPTIONS[command.name]) : command.description}</dd>
          </div>
        ))}
      </dl>
      <p>{where}</p>
    </details>
  );
}
