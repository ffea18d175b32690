import { describe, expect, it } from 'vitest';
import { codeFromJoinLink, joinLink } from './paths';

describe('the join link', () => {
  it('carries the code in the fragment, and the phone reads it back', () => {
    const link = new URL(joinLink('http://192.168.1.20:8700', 'ABC234'));
    expect(link.pathname).toBe('/');
    expect(link.search).toBe('');
    expect(codeFromJoinLink(link.hash, link.search)).toBe('ABC234');
  });

  it('reads a typed lower-case code and ignores a page opened without one', () => {
    expect(codeFromJoinLink('#code=abc234')).toBe('ABC234');
    expect(codeFromJoinLink('', '?code=abc234')).toBe('ABC234');
    expect(codeFromJoinLink('')).toBeNull();
    expect(codeFromJoinLink('#code=<script>')).toBeNull();
  });
});
