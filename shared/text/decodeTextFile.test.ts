import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextFile, firstInvalidUtf8Byte } from './decodeTextFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const decoded = (bytes: Uint8Array) => {
  const result = decodeTextFile(bytes, 'plan.baton.json');
  return result.ok ? result.value : result.error.message;
};

describe('reading the bytes of a file', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decoded(utf8('{"title":"Café ✓ 😀"}'))).toBe('{"title":"Café ✓ 😀"}');
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toBe('{}');
  });

  it('reads UTF-16 in either byte order when a byte-order mark says so', () => {
    expect(decoded(utf16('{"title":"Café 😀"}', true))).toBe('{"title":"Café 😀"}');
    expect(decoded(utf16('{"title":"Café 😀"}', false))).toBe('{"title":"Café 😀"}');
  });

  it('refuses invalid UTF-8 with the byte and its offset instead of replacing it', () => {
    expect(decoded(new Uint8Array([...utf8('{"a":"b'), 0xff, ...utf8('"}')]))).toBe(
      'plan.baton.json is not valid UTF-8 text: byte 0xFF at byte offset 7 does not start a UTF-8 character. Save it again as UTF-8.',
    );
    // Overlong forms, encoded surrogates and a sequence cut short are refused too.
    expect(decoded(new Uint8Array([0x41, 0xc0, 0xaf]))).toContain('byte 0xC0 at byte offset 1');
    expect(decoded(new Uint8Array([0xed, 0xa0, 0x80]))).toContain('byte 0xED at byte offset 0');
    expect(decoded(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toContain('byte 0xE2 at byte offset 2');
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x80]))).toContain('byte 0x80 at byte offset 4');
  });

  it('names UTF-16 that is broken, or that has no byte-order mark', () => {
    expect(decoded(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toBe(
      'plan.baton.json starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text (byte offset 4). Save it again as UTF-8.',
    );
    expect(decoded(utf16('{"kind":"workshop"}', true).subarray(2))).toContain('looks like UTF-16 text without a byte-order mark');
  });

  it('agrees with the platform decoder on which byte sequences are UTF-8 (property)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        return (firstInvalidUtf8Byte(bytes) === -1) === valid;
      }),
      { numRuns: 2000 },
    );
  });
});
