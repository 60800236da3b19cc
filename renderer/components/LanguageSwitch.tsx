import { Language } from '../../shared/model/settings';
import { useI18n } from '../app/i18n';
import { COMMANDS } from '../commands/catalog';
import { useCommands } from '../commands/CommandsProvider';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  useCommands(
    Language.options
      .filter((option) => option !== language)
      .map((option) => ({ ...COMMANDS.switchLanguage, id: `${COMMANDS.switchLanguage.id}.${option}`, titleParams: { language: t(`language.${option}`) }, run: () => setLanguage(option) })),
  );
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select value={language} onChange={(event) => setLanguage(Language.parse(event.target.value))}>
        {Language.options.map((option) => (
          <option key={option} value={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
