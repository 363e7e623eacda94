import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.js';
import { ChoiceControl } from '../components/ChoiceControl.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ChoiceControl
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
