import { useEffect, useState } from 'preact/hooks';
import type { LanguageSetting } from '../../lib/i18n/locale';
import { DEFAULT_SETTINGS, withSite, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';

/** The settings; a change is saved and reaches every open view and every tab's content script live. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    let current = true;
    void loadSettings().then((loaded) => current && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  function update(next: Settings) {
    setSettings(next);
    void saveSettings(next);
  }

  return {
    settings,
    setHighlighting: (on: boolean) => update({ ...settings, highlighting: on }),
    setSiteEnabled: (host: string, on: boolean) => update(withSite(settings, host, on)),
    setLanguage: (language: LanguageSetting) => update({ ...settings, language }),
  };
}
