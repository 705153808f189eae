import { useTranslation } from 'react-i18next';
import { currentLang, setLang } from '../i18n';

/** Shows the other language's name, in that language, so either reader can find it. */
export function LangSwitch() {
  const { t } = useTranslation();
  const other = currentLang() === 'zh' ? 'en' : 'zh';
  return (
    <button type="button" className="link lang-switch" data-testid="lang-switch" title={t('lang.switch')} onClick={() => setLang(other)}>
      {other === 'en' ? 'English' : '中文'}
    </button>
  );
}
