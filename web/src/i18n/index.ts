/** 简体中文 by default; the choice is remembered in this browser. Keys are flat ("inbox.tab.junk"). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export type Lang = 'zh' | 'en';
const STORAGE = 'xunpan.lang';

export const LANGS: Lang[] = ['zh', 'en'];

function remembered(): Lang {
  try {
    return localStorage.getItem(STORAGE) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

void i18next.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: remembered(),
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes text itself
  returnNull: false,
});
document.documentElement.lang = i18next.language === 'en' ? 'en' : 'zh-CN';

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  void i18next.changeLanguage(lang);
}

export const currentLang = (): Lang => (i18next.language === 'en' ? 'en' : 'zh');
