// The bytes of a store file: exactly what `JSON.stringify(value, undefined, '\t')` gives (the
// format electron-store writes), but remembering the bytes of every object it wrote. Documents are
// never changed in place, so an object met again has the same content, and an autosave that
// changed one note rebuilds the path down to that note and copies the bytes of everything else:
// a few tenths of a millisecond for a 2,000-note workshop instead of about three for stringifying
// and encoding it all (npm run bench).
//
// Bytes rather than strings: joining cached strings makes V8 copy or re-walk all of them again on
// every write, which cost as much as stringifying afresh. And a list of byte chunks rather than one
// buffer: the file is written with one gathering write, so big parts are never copied at all.
// Long lists of objects (a board's notes) are kept in pages of 32 items, so an edit to one note
// rebuilds one page, and the list of chunks stays short.

/** The file's bytes, in order. */
export type Chunks = readonly Buffer[];
export type Serialize = (value: Record<string, unknown>) => Chunks;

/**
 * A list longer than this is joined when its chunks are small on average (a board's notes: cheap
 * to copy, and it keeps lists short), and always past the most one write call takes (Linux: 1,024).
 */
const JOIN_OVER_CHUNKS = 64;
const JOIN_UNDER_AVERAGE_BYTES = 1024;
const ALWAYS_JOIN_OVER_CHUNKS = 1024;

const TABS = Array.from({ length: 32 }, (_, depth) => '\t'.repeat(depth));
const tabs = (depth: number) => TABS[depth] ?? '\t'.repeat(depth);

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const isPlainObject = (value: unknown): value is object => isObject(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** Items per page of a long list of objects. */
const PAGE = 32;

/** No member is an object or array, so JSON.stringify can write it whole. */
function isFlat(value: object): boolean {
  for (const member of Object.values(value)) if (isObject(member)) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The bytes of separators and keys, made once: the same few come between every two notes. */
const fragments = new Map<string, Buffer>();
function bytesOfText(text: string): Buffer {
  let bytes = fragments.get(text);
  if (!bytes) {
    bytes = Buffer.from(text);
    if (fragments.size < 10_000) fragments.set(text, bytes);
  }
  return bytes;
}

/** What JSON.stringify writes for a value that is not an object; undefined where it leaves it out. */
const scalarText = (value: unknown) => JSON.stringify(value) as string | undefined;

function jsonValue(value: unknown): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, '') : value;
}

export function createIndentedJsonSerializer(): Serialize {
  // Keyed by object; the depth is kept too because the indentation is part of the bytes.
  const written = new WeakMap<object, { depth: number; chunks: Chunks }>();
  const pages = new WeakMap<object, { depth: number; items: readonly object[]; bytes: Buffer }>();

  function chunksOf(value: object, depth: number): Chunks {
    const known = written.get(value);
    if (known !== undefined && known.depth === depth) return known.chunks;
    const chunks = isFlat(value) ? [Buffer.from(JSON.stringify(value, undefined, '\t').replaceAll('\n', `\n${tabs(depth)}`))] : composed(value, depth);
    written.set(value, { depth, chunks });
    return chunks;
  }

  /**
   * Text up to the next member that is an object, then that member's chunks, and so on. `lead` is
   * what comes before each member (separator, indentation, key); text not yet turned into bytes
   * waits in `text`, so runs of plain values become one chunk.
   */
  function composed(value: object, depth: number): Chunks {
    const parts: Buffer[] = [];
    const inner = `\n${tabs(depth + 1)}`;
    let text = '';
    let count = 0;
    const add = (lead: string, member: unknown): boolean => {
      if (isObject(member)) {
        parts.push(text ? Buffer.from(text + lead) : bytesOfText(lead));
        text = '';
        const chunks = chunksOf(member, depth + 1);
        if (chunks.length === 1) parts.push(chunks[0]!);
        else for (const chunk of chunks) parts.push(chunk);
        return true;
      }
      const json = scalarText(member);
      if (json === undefined) return false;
      text += lead + json;
      return true;
    };
    let close: string;
    if (Array.isArray(value) && value.length > PAGE && value.every(isPlainObject)) {
      // Long lists of objects (a board's notes) go page by page: see pageBytes.
      const next = bytesOfText(`,${inner}`);
      parts.push(bytesOfText(`[${inner}`));
      for (let start = 0; start < value.length; start += PAGE) {
        if (start) parts.push(next);
        parts.push(pageBytes(value, start, depth + 1, next));
      }
      count = value.length;
      close = ']';
    } else if (Array.isArray(value)) {
      const first = inner;
      const next = `,${inner}`;
      for (const item of value) {
        const lead = count++ ? next : first;
        if (!add(lead, jsonValue(item))) text += `${lead}null`;
      }
      parts.unshift(bytesOfText('['));
      close = ']';
    } else {
      for (const key of Object.keys(value)) {
        if (add(`${count ? ',' : ''}${inner}${JSON.stringify(key)}: `, jsonValue((value as Record<string, unknown>)[key]))) count++;
      }
      parts.unshift(bytesOfText('{'));
      close = '}';
    }
    parts.push(Buffer.from(count ? `${text}\n${tabs(depth)}${close}` : close));
    if (parts.length <= JOIN_OVER_CHUNKS) return parts;
    let bytes = 0;
    for (const part of parts) bytes += part.length;
    return bytes / parts.length < JOIN_UNDER_AVERAGE_BYTES || parts.length > ALWAYS_JOIN_OVER_CHUNKS ? [Buffer.concat(parts, bytes)] : parts;
  }

  /**
   * The bytes of `PAGE` items of a list from `start`, separators included. A page is remembered by
   * its first item and holds on to its items: an edit to one note then rebuilds one page and reuses
   * the others after comparing their items by reference, instead of looking up every note.
   */
  function pageBytes(items: readonly object[], start: number, depth: number, separator: Buffer): Buffer {
    const end = Math.min(items.length, start + PAGE);
    const known = pages.get(items[start]!);
    if (known !== undefined && known.depth === depth && known.items.length === end - start && known.items.every((item, i) => item === items[start + i])) {
      return known.bytes;
    }
    const page = items.slice(start, end);
    const parts: Buffer[] = [];
    for (const item of page) {
      if (parts.length) parts.push(separator);
      for (const chunk of chunksOf(item, depth)) parts.push(chunk);
    }
    const bytes = Buffer.concat(parts);
    pages.set(page[0]!, { depth, items: page, bytes });
    return bytes;
  }

  return (value) => chunksOf(value, 0);
}
