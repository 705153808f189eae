// Typed keys: an unknown key given to t() fails the typecheck, and en.ts must have every key zh.ts has.
import type { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}
