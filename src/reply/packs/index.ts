import type { Pack } from '../pack.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { zh } from './zh.js';

/** The built-in fixed parts by language (ISO 639-1); a team adds a language through its templates. */
export type Packs = Readonly<Record<string, Pack | undefined>> & { readonly en: Pack };

export const PACKS: Packs = { en, zh, es, fr, de, pt, ru, ar, tr, it };
