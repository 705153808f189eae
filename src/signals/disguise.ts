/**
 * Words a spammer disguises so a word filter misses them: look-alike characters ("medlcatlons", "v1agra",
 * "paypaI"), letters stretched ("iiiiinch", "reflll"), or the word broken into pieces ("ph . armacy",
 * "prescrip * tion", "mor t g ages"). A person writing honestly spells these words plainly, so one disguised
 * word is evidence; the lexicon holds only words junk has a reason to hide (drugs, loans, software, prizes,
 * account alerts, these also in the Spanish, Portuguese, German and French of the lures exporters receive), none
 * that a buyer would stretch or break for emphasis.
 */
const LEXICON = `
viagra cialis levitra valium xanax vicodin ambien phentermine tramadol meridia propecia prozac xenical hydrocodone
pharmacy pharmacies pharmaceutical pharmaceuticals medication medications medicine medicines prescription
prescriptions drugs pills meds generic penis enlargement erection erections sexual orgasm orgasms porn naked nude
mortgage mortgages interest rates refinance loan loans credit debt approved
software windows microsoft adobe office photoshop macromedia norton
rolex replica replicas watches cartier diploma degree casino
stock investor profit money cash dollars free save savings order price prices lowest lower cheap discount offer
offers guaranteed weight online shipping delivery quality visit click remove unsubscribe website
account password verify login log paypal bank security update suspended limited amazon apple netflix outlook
invoice payment refund wallet bitcoin confirm inch inches refill refills
actualice actualiza actualizar atualize atualizar atualizacao suscripcion assinatura cuenta contrasena verifique
bloqueada bloqueado pagamento tarjeta factura passwort rechnung paiement facture`.split(/\s+/).filter(Boolean);

/** Compound words: written as two words ("on line", "web-site", "log in") by people, not only by spammers. */
const COMPOUNDS = new Set(['online', 'website', 'login', 'password', 'update', 'unsubscribe', 'outlook', 'netflix', 'paypal', 'photoshop', 'software']);

/** The characters that stand in for a letter. "w" is also written "vv". */
const LOOK_ALIKES: Readonly<Record<string, string>> = { a: 'a4@', e: 'e3', i: 'i1l|!', l: 'l1i|!', o: 'o0', s: 's5$', g: 'gq', q: 'qg' };

// Word characters (letters, digits and the symbols that stand in for letters) and the symbols a broken word is
// broken with; everything else ends a candidate.
const WORD = 1;
const SEPARATOR = 2;
const SPACE = 3;
const CLASS = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789$@|!') CLASS[c.charCodeAt(0)] = WORD;
for (const c of '.*-~^_+') CLASS[c.charCodeAt(0)] = SEPARATOR;
for (const c of ' \t\r\n') CLASS[c.charCodeAt(0)] = SPACE;

// One code per look-alike family ("l", "1", "|", "i" alike; "w" with "v", as "vv" writes it), so a word and its
// disguises hash alike once repeated codes are collapsed. The hash only finds candidates; `disguises` decides.
const FAMILY = new Uint8Array(128);
for (let c = 0; c < 128; c++) FAMILY[c] = c;
for (const [letter, family] of Object.entries(LOOK_ALIKES)) {
  const code = (letter === 'l' ? 'i' : letter === 'q' ? 'g' : letter).charCodeAt(0);
  for (const c of family) FAMILY[c.charCodeAt(0)] = code;
}
FAMILY['w'.charCodeAt(0)] = 'v'.charCodeAt(0);

/** The hash of a word's family codes with repeats collapsed, as `disguisedWords` computes it piece by piece. */
function keyHash(word: string): number {
  let hash = 0;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const f = FAMILY[word.charCodeAt(i)]!;
    if (f !== last) hash = (Math.imul(hash, 31) + f) | 0;
    last = f;
  }
  return hash;
}

const BY_HASH = new Map<number, string[]>();
// A bitmap of the hashes' low bits, so most pieces are turned away without a map lookup.
const MAYBE = new Uint8Array(1 << 16);
for (const word of LEXICON) {
  const hash = keyHash(word);
  BY_HASH.set(hash, [...(BY_HASH.get(hash) ?? []), word]);
  MAYBE[hash & 0xffff] = 1;
}
const S = 's'.charCodeAt(0);

/** The lexicon words whose hash this is; or, for a piece ending in "s", those of the piece without it. */
function lexiconWords(hash: number, before: number, last: number): string[] | undefined {
  const direct = MAYBE[hash & 0xffff] ? BY_HASH.get(hash) : undefined;
  if (direct) return direct;
  return last === S && MAYBE[before & 0xffff] ? BY_HASH.get(before) : undefined;
}

// A letter three times over ("iiiinch", "reflll") is a stretched word; twice is also how a hurried buyer types
// ("qualiity", "Proffitt"), so a doubled letter alone is not a disguise.
const STRETCH = 3;

/**
 * Whether `raw` writes `word` in disguise: each run of a letter written as a run of one look-alike character,
 * as long or longer ("Iimited" has its "l" written "I" before the real "i", so runs are tried at every length).
 * A broken word (`joined`) counts as it is; a whole one needs a look-alike or a stretch.
 */
function disguises(raw: string, word: string, joined: boolean): boolean {
  const match = (i: number, k: number, lookAlike: boolean, stretched: boolean): boolean => {
    if (k === word.length) return i === raw.length && (joined || lookAlike || stretched);
    const letter = word[k]!;
    let n = 1;
    while (word[k + n] === letter) n++;
    if (letter === 'w' && raw.startsWith('vv', i) && match(i + 2, k + n, true, stretched)) return true;
    const c = raw[i];
    if (c === undefined || !(LOOK_ALIKES[letter] ?? letter).includes(c)) return false;
    let run = 1;
    while (raw[i + run] === c) run++;
    for (let m = n; m <= run; m++) {
      // Joined pieces are not stretched as well: "s stock" and "in chess" are neighbouring words.
      if (m > n && joined) break;
      const stretch = stretched || (m > n && m >= STRETCH);
      if (match(i + m, k + n, lookAlike || c !== letter, stretch)) return true;
    }
    return false;
  };
  return match(0, 0, false, false);
}

/** Whether `raw` (one piece, or pieces joined) writes one of `words` in disguise, with or without a plural "s". */
function disguisedWord(raw: string, words: readonly string[], joined: boolean): boolean {
  const bare = raw.endsWith('s') && !words.some((w) => w.endsWith('s')) ? raw.slice(0, -1) : raw;
  return words.some((w) => (joined ? !COMPOUNDS.has(w) : bare !== w) && disguises(bare, w, joined));
}

// The pieces of the text being read, in buffers kept between calls (the scan runs on every message).
let pieceStart = new Int32Array(1024);
let pieceEnd = new Int32Array(1024);
/** Bit 1: the piece has a letter (digits and symbols alone, "$" or "87", never belong to a word). Bit 2: the
 * next piece follows after spaces and at most one separator symbol. Bit 4: that gap holds a symbol ("sa . ve"). */
let pieceFlags = new Uint8Array(1024);
const LETTERS = 1;
const JOINABLE = 2;
const SYMBOL_AFTER = 4;
/** Bit 8: that symbol is a hyphen. */
const HYPHEN = 8;
const HYPHEN_CODE = '-'.charCodeAt(0);

function grow(): void {
  const size = pieceStart.length * 2;
  const [start, end, flags] = [new Int32Array(size), new Int32Array(size), new Uint8Array(size)];
  start.set(pieceStart);
  end.set(pieceEnd);
  flags.set(pieceFlags);
  [pieceStart, pieceEnd, pieceFlags] = [start, end, flags];
}

const MAX_PIECES = 6;

/**
 * The disguised lexicon words in lower-cased text, as written ("ph. armacy", "medlcatlons"), at most `limit`.
 * Pieces join across a symbol ("sa . ve") or, across bare spaces, from a lone letter on ("r at es", "mor t g
 * ages"); two whole words side by side ("on line", "log in") are left alone.
 */
export function disguisedWords(lower: string, limit = 5): string[] {
  const found = new Set<string>();
  const n = lower.length;
  let count = 0;
  let i = 0;
  // One pass: split into pieces, and look each whole piece up as it is read.
  while (i < n) {
    const code = lower.charCodeAt(i);
    if (code >= 128 || CLASS[code] !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let hash = 0;
    let before = 0;
    let last = -1;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (c >= 128 || CLASS[c] !== WORD) break;
      if (c >= 97 && c <= 122) letters = LETTERS;
      const f = FAMILY[c]!;
      if (f === last) continue;
      before = hash;
      hash = (Math.imul(hash, 31) + f) | 0;
      last = f;
    }
    const end = i;
    let symbols = 0;
    let hyphen = 0;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      const cls = c < 128 ? CLASS[c] : 0;
      if (cls === SEPARATOR) {
        symbols++;
        if (c === HYPHEN_CODE) hyphen = HYPHEN;
      } else if (cls !== SPACE) break;
    }
    const next = i < n ? lower.charCodeAt(i) : 128;
    if (count === pieceStart.length) grow();
    pieceStart[count] = start;
    pieceEnd[count] = end;
    pieceFlags[count++] = letters | (symbols <= 1 && next < 128 && CLASS[next] === WORD ? JOINABLE : 0) | (symbols === 1 ? SYMBOL_AFTER | hyphen : 0);
    if (letters && end - start >= 3 && found.size < limit) {
      const words = lexiconWords(hash, before, last);
      const raw = words && lower.slice(start, end);
      if (raw && disguisedWord(raw, words, false)) found.add(raw);
    }
  }
  // Then the broken words, from each piece that could start one.
  for (let first = 0; first + 1 < count && found.size < limit; first++) {
    const flags = pieceFlags[first]!;
    if (!(flags & LETTERS) || !(flags & JOINABLE)) continue;
    // Across bare spaces a broken word has a lone letter at its start ("r at es") or next ("mor t g ages"); "a" and
    // "i" alone are words.
    if (!(flags & SYMBOL_AFTER) && !loneLetter(lower, first) && !loneLetter(lower, first + 1)) continue;
    joinFrom(lower, first, count, found);
  }
  return [...found];
}

const A = 'a'.charCodeAt(0);
const I = 'i'.charCodeAt(0);
function loneLetter(lower: string, piece: number): boolean {
  if (pieceEnd[piece]! - pieceStart[piece]! !== 1) return false;
  const c = lower.charCodeAt(pieceStart[piece]!);
  return c !== A && c !== I;
}

/** Joins pieces from `first` on while they may form one broken word, adding any lexicon word they spell. */
function joinFrom(lower: string, first: number, count: number, found: Set<string>): void {
  let hash = 0;
  let before = 0;
  let last = -1;
  let length = 0;
  let symbol = false;
  let short = false;
  for (let j = first; j < count && j - first < MAX_PIECES; j++) {
    if (!(pieceFlags[j]! & LETTERS)) return;
    const start = pieceStart[j]!;
    const end = pieceEnd[j]!;
    if (j > first) {
      const gap = pieceFlags[j - 1]!;
      if (!(gap & JOINABLE)) return;
      // A hyphen between two longer pieces is a compound or a word hyphenated at a line end ("deli- very"), not a
      // disguise: it joins only next to a piece of one or two letters ("l . o- wer", "s- a- v- e").
      if (gap & HYPHEN && pieceEnd[j - 1]! - pieceStart[j - 1]! > 2 && end - start > 2) return;
      if (gap & SYMBOL_AFTER) symbol = true;
    }
    if (end - start <= 2) short = true;
    if (j > first && !symbol && !short) return;
    for (let i = start; i < end; i++) {
      const f = FAMILY[lower.charCodeAt(i)]!;
      if (f === last) continue;
      before = hash;
      hash = (Math.imul(hash, 31) + f) | 0;
      last = f;
    }
    length += end - start;
    if (j === first || length < 3) continue;
    if (end - start === 1 && lower.charCodeAt(start) === S) continue; // a plural ending, not a broken word
    const words = lexiconWords(hash, before, last);
    if (!words) continue;
    let raw = '';
    for (let k = first; k <= j; k++) raw += lower.slice(pieceStart[k], pieceEnd[k]);
    if (disguisedWord(raw, words, true)) found.add(lower.slice(pieceStart[first], end));
  }
}

// A word broken up letter by letter with assorted symbols so no filter can read it: "h ^ y - d . r ' o . c - o - d",
// "x * a . n * a * x". Initials and lists use one separator ("u.s.a.", "a, b, c"); this takes two kinds or more.
const SYMBOL_BROKEN = /(?<![\p{L}\p{N}])(?:\p{L} ?[.~^'_,*|+-] ?){4,}\p{L}(?![\p{L}\p{N}])/gu;
const IS_SEPARATOR = new Uint8Array(128);
for (const c of ".~^'_,*|+-") IS_SEPARATOR[c.charCodeAt(0)] = 1;
/** Code units a match spans from its first separator to its fourth at most: three times letter, space, symbol, space. */
const FOUR_SEPARATORS_SPAN = 15;

/** Words broken up with two kinds of symbols or more, as SYMBOL_BROKEN finds them. */
export function symbolBrokenWords(text: string): string[] {
  if (!hasFourSeparatorsClose(text)) return [];
  return (text.match(SYMBOL_BROKEN) ?? []).filter((word) => new Set(word.replace(/[\p{L}\s]/gu, '')).size >= 2);
}

/**
 * Whether four separator symbols, each right after a letter, stand within FOUR_SEPARATORS_SPAN code units, as in
 * every match: most mail has none so close, and one pass over its codes skips the regex, tried at every character.
 */
function hasFourSeparatorsClose(text: string): boolean {
  // Where the last three such symbols stand, the earliest first.
  let first = -Infinity;
  let second = -Infinity;
  let third = -Infinity;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || IS_SEPARATOR[code] === 0 || !afterLetter(text, i)) continue;
    if (i - first <= FOUR_SEPARATORS_SPAN) return true;
    first = second;
    second = third;
    third = i;
  }
  return false;
}

/** Whether a letter stands right before `at`, or before the one space there, as before each symbol of a match. */
function afterLetter(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return mayBeLetter(before) || (before === 0x20 && mayBeLetter(text.charCodeAt(at - 2)));
}

/** An ASCII letter, or any code unit above ASCII (a letter of another script, or half of one). */
function mayBeLetter(code: number): boolean {
  return code >= 0x80 || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
