// The one rule for text people type, used by every schema, form and edit: what counts as empty,
// which characters are dropped on the way in, and how text is echoed where it could do harm.

/**
 * Draws nothing: white space, format characters (zero-width spaces and joiners, word joiner,
 * bidirectional controls, the Mongolian vowel separator), other default-ignorables, controls, and
 * the blank Braille pattern. `trim()` removes only the first group.
 */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** False for text a reader would see as empty, such as `"\u200B\u200B"` or `"\u202E"`. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** C0 and C1 control characters (tab and line feed are kept by the callers that allow them). */
const CONTROLS = /\p{Cc}/gu;
const keepTabAndNewline = (ch: string) => (ch === '\t' || ch === '\n' ? ch : '');
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
const NEEDS_CLEANING = /[\p{Cc}\u2028\u2029]/u;

export type TextLines = 'single' | 'multi';

/**
 * Drops control characters (a title's ESC or BEL would reach a terminal or the PDF's metadata);
 * line breaks become `\n`, and in single-line text tabs and line breaks become spaces. Dropping
 * rather than refusing keeps every file written before this rule readable.
 */
export function dropControls(text: string, lines: TextLines): string {
  // Nearly all text has none of these; it is then returned as it is, without a copy.
  if (!NEEDS_CLEANING.test(text)) return text;
  const kept = text.replace(LINE_BREAKS, '\n').replace(CONTROLS, keepTabAndNewline);
  return lines === 'single' ? kept.replace(/[\t\n]/g, ' ') : kept;
}

const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const OPENS_EMBEDDING = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * Closes every bidirectional embedding, override or isolate the text leaves open, so a `U+202E`
 * reverses at most its own text, never the label, cell or line printed after it. A line break ends
 * them all by itself (it ends a bidi paragraph). Extra closers are ignored by the algorithm.
 */
export function closeBidi(text: string): string {
  if (!HAS_BIDI_CONTROL.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  for (const ch of text) {
    if (ch === '\n') embeddings = isolates = 0;
    else if (OPENS_EMBEDDING.has(ch)) embeddings++;
    else if (ch === '\u202C') embeddings = Math.max(0, embeddings - 1);
    else if (OPENS_ISOLATE.has(ch)) isolates++;
    else if (ch === '\u2069') isolates = Math.max(0, isolates - 1);
  }
  return embeddings + isolates === 0 ? text : `${text}${'\u202C'.repeat(embeddings)}${'\u2069'.repeat(isolates)}`;
}

/** Controls and bidi controls a terminal would act on, except the line breaks and tabs of the output itself. */
const UNSAFE_FOR_TERMINAL = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text for a terminal with every control character written as `\u001B`, so an echoed title or a
 * file's bytes cannot set the window title, colour the output or clear the screen. The escape is
 * JSON's, so JSON output stays valid.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (ch) =>
    ch === '\t' || ch === '\n' ? ch : `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
