import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

describe('the join QR code', () => {
  it('draws a square code with the three finder patterns in its corners', () => {
    const { size, path } = qrPath('http://192.168.1.20:8700/#code=ABC234');
    expect(size).toBeGreaterThanOrEqual(21);
    // The top-left, top-right and bottom-left finder patterns start with a dark module.
    for (const [col, row] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ]) {
      expect(path).toContain(`M${col} ${row}h1v1h-1z`);
    }
  });

  it('encodes a longer address in a larger code', () => {
    expect(qrPath(`http://[fe80::1]:8700/#code=ABC234${'x'.repeat(60)}`).size).toBeGreaterThan(qrPath('http://10.0.0.2:8700/#code=ABC234').size);
  });
});
