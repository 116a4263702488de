import { isLanguageSetting, LANGUAGE_SETTINGS, type LanguageSetting } from '../../lib/i18n/locale';
import { t } from '../../platform/i18n';

/** Each language named in itself, so that a reader finds theirs whatever the panel speaks now. */
const NAMES: Record<Exclude<LanguageSetting, 'auto'>, { name: string; lang: string }> = {
  en: { name: 'English', lang: 'en' },
  zh_CN: { name: '简体中文', lang: 'zh-CN' },
  zh_TW: { name: '繁體中文', lang: 'zh-TW' },
};

interface Props {
  value: LanguageSetting;
  onChange(language: LanguageSetting): void;
}

export function LanguageChoice({ value, onChange }: Props) {
  return (
    <p class="language">
      <label for="language">{t('languageLabel')}</label>{' '}
      <select
        id="language"
        value={value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLanguageSetting(chosen)) onChange(chosen);
        }}
      >
        {LANGUAGE_SETTINGS.map((setting) =>
          setting === 'auto' ? (
            <option key={setting} value={setting}>
              {t('languageAuto')}
            </option>
          ) : (
            <option key={setting} value={setting} lang={NAMES[setting].lang}>
              {NAMES[setting].name}
            </option>
          ),
        )}
      </select>
    </p>
  );
}
