// The one rule for the bytes of a file Baton reads (Import, a dropped file, "Open with", `baton
// validate` / `score` / `report`, the diagnostic CSV): UTF-8, with or without a byte-order mark,
// or UTF-16 when a byte-order mark says so. Anything else is refused with the byte where it fails,
// never read with replacement characters.
import { fail, ok, type Result } from '../result';

type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

function encodingOf(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bomLength: 2 };
  return { encoding: 'UTF-8', bomLength: 0 };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the allowed range of the first one
    // (which rules out overlong forms, surrogates and code points past U+10FFFF).
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** UTF-16 without a byte-order mark shows as a zero byte beside almost every ASCII character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros * 3 >= sample.length;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string | number {
  if (bytes.length % 2 === 1) return bytes.length - 1;
  const units = new Uint16Array(bytes.length / 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < units.length; i++) units[i] = view.getUint16(i * 2, littleEndian);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[i + 1];
      if (next === undefined || next < 0xdc00 || next > 0xdfff) return i * 2;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i * 2;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** The text of a file's bytes, or a message naming the file, the encoding and the byte where it fails. */
export function decodeTextFile(bytes: Uint8Array, name: string): Result<string> {
  const { encoding, bomLength } = encodingOf(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding !== 'UTF-8') {
    const decoded = decodeUtf16(body, encoding === 'UTF-16LE');
    if (typeof decoded === 'string') return ok(decoded);
    return fail(
      'invalid-request',
      `${name} starts with a ${encoding} byte-order mark but is not valid ${encoding} text (byte offset ${decoded + bomLength}). Save it again as UTF-8.`,
    );
  }
  if (looksLikeUtf16(body)) {
    return fail('invalid-request', `${name} looks like UTF-16 text without a byte-order mark, which Baton cannot read reliably. Save it again as UTF-8.`);
  }
  const bad = firstInvalidUtf8Byte(body);
  if (bad === -1) return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));
  const offset = bad + bomLength;
  return fail('invalid-request', `${name} is not valid UTF-8 text: byte ${hex(bytes[offset]!)} at byte offset ${offset} does not start a UTF-8 character. Save it again as UTF-8.`);
}
