// What phones send each other (note text, names) reaches the page as text nodes only: the page
// never writes markup, so a note holding <script> shows as those characters.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true });
const files = Object.keys(sources);

describe('the participant page shows text as text', () => {
  it('reads the page sources', () => {
    expect(files).toContain('./dom.ts');
    expect(files.length).toBeGreaterThan(8);
  });

  it('never writes markup or code through the DOM', () => {
    const markupSinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|new DOMParser|\bsrcdoc\b|\beval\(|new Function\(/;
    expect(files.filter((file) => markupSinks.test(sources[file]!))).toEqual([]);
  });

  it('builds elements through dom.ts only, where strings become text nodes', () => {
    expect(files.filter((file) => file !== './dom.ts' && /createElement\(/.test(sources[file]!))).toEqual([]);
    expect(sources['./dom.ts']).toContain('document.createTextNode(String(child))');
  });
});
