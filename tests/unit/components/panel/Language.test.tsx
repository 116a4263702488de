import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/panel/App';
import { SummaryPage } from '../../../../components/summary/SummaryPage';
import { tickKey } from '../../../../lib/settings/ticks';
import { episodeKey, type Episode } from '../../../../lib/diary/episode';
import { SETTINGS_KEY } from '../../../../lib/settings/settings';

const languageChoice = () => screen.getByRole<HTMLSelectElement>('combobox', { name: /^(Language|语言|語言)$/ });
const firstHeading = () => screen.getAllByRole('heading', { level: 2 })[0].textContent;

async function storedLanguage(): Promise<unknown> {
  const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
  return (stored[SETTINGS_KEY] as { language?: unknown } | undefined)?.language;
}

describe('the panel language', () => {
  it('follows a Chinese browser by default', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
    render(<App />);
    expect(firstHeading()).toBe('需要马上就医');
    expect(languageChoice().value).toBe('auto');
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });

  it('reads Hong Kong as Traditional Chinese', () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-HK';
    render(<App />);
    expect(firstHeading()).toBe('需要馬上就醫');
  });

  it('switches every string at once when the reader chooses, and keeps the choice', async () => {
    render(<App />);
    expect(firstHeading()).toBe('Seek care now');
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(screen.getByRole('button', { name: 'Copy summary for my doctor' })).toBeTruthy();

    fireEvent.change(languageChoice(), { target: { value: 'zh_TW' } });
    expect(firstHeading()).toBe('需要馬上就醫');
    expect(screen.getByRole('button', { name: '複製給醫師看的摘要' })).toBeTruthy();
    expect(screen.queryByText('Seek care now')).toBeNull();
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-TW'));
    await waitFor(async () => expect(await storedLanguage()).toBe('zh_TW'));

    fireEvent.change(languageChoice(), { target: { value: 'zh_CN' } });
    expect(screen.getByRole('button', { name: '复制给医生看的摘要' })).toBeTruthy();
    fireEvent.change(languageChoice(), { target: { value: 'auto' } });
    expect(firstHeading()).toBe('Seek care now');
    await waitFor(async () => expect(await storedLanguage()).toBe('auto'));
  });

  it('opens in the language chosen before, whatever the browser speaks', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, highlighting: true, language: 'en' } });
    render(<App />);
    await waitFor(() => expect(firstHeading()).toBe('Seek care now'));
    expect(languageChoice().value).toBe('en');
  });

  it('changes in an open view when another view changes it', async () => {
    render(<App />);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, highlighting: true, language: 'zh_CN' } });
    await waitFor(() => expect(firstHeading()).toBe('需要马上就医'));
  });

  it('names every language in itself, marked with its own lang', () => {
    render(<App />);
    const options = [...languageChoice().options].map((option) => [option.value, option.textContent, option.lang]);
    expect(options).toEqual([
      ['auto', 'Browser language', ''],
      ['en', 'English', 'en'],
      ['zh_CN', '简体中文', 'zh-CN'],
      ['zh_TW', '繁體中文', 'zh-TW'],
    ]);
  });
});

describe('the printable summary', () => {
  it('speaks the chosen language', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, highlighting: true, language: 'zh_CN' } });
    render(<SummaryPage today={new Date(2025, 4, 3)} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('给医生看的摘要'));
    expect(screen.getByText('整理于 2025年5月3日')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });
});

describe('the copied summary in Chinese', () => {
  it('punctuates as Chinese is written: full-width brackets and colons, not ASCII ones', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, highlighting: true, language: 'zh_CN' },
      [tickKey('kidney-deficiency')]: true,
      [tickKey('urinary-tract-infection')]: true,
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: '摘要' }));
    await screen.findByText(/目前 2 项/);
    fireEvent.click(screen.getByRole('button', { name: '复制给医生看的摘要' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const lines = writeText.mock.calls[0][0].split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^- 肾虚（中医概念）：\S/));
    expect(lines).toContainEqual(expect.stringMatching(/^- 尿路感染（UTI）（文章中没有：内容依据 [^）]+）：\S/));
    expect(lines.filter((line) => line.startsWith('- ') && /[():]/.test(line))).toEqual([]);
  });
});

describe('the diary in Chinese', () => {
  const episode: Episode = {
    version: 1,
    id: 'day-3',
    at: new Date(2025, 4, 3, 21, 5).toISOString(),
    pain: 6,
    side: 'left',
    duration: 'hours',
    changes: ['gentler', 'position'],
    note: '久坐之后',
  };

  it('lists dates as Chinese readers write them, and exports CSV with Chinese headers and a byte-order mark', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, highlighting: true, language: 'zh_CN' },
      [episodeKey(episode.id)]: episode,
    });
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (saved.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    render(<App />);
    fireEvent.click(await screen.findByRole('tab', { name: '日记' }));
    await screen.findByText('1 条记录，最新的在前。');
    expect(screen.getAllByText('2025年5月3日 21:05').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: '导出为 CSV（电子表格）' }));
    fireEvent.click(screen.getByRole('button', { name: '导出为 JSON（以后可导入）' }));
    const [csv, json] = await Promise.all(saved.map((blob) => blob.text()));
    const bytes = new Uint8Array(await saved[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('时间,疼痛（0–10）,部位,持续时间,不同之处,备注');
    expect(row).toBe('2025-05-03 21:05,6,左侧,几小时,更温和（强度降低）、换了体位,久坐之后');
    // The JSON export is a data file: its keys and values stay as the format defines them, in any language.
    expect((JSON.parse(json) as { episodes: unknown[] }).episodes).toEqual([episode]);
  });
});
