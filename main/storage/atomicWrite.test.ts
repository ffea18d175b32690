import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFileSync, linkOrCopyFileSync } from './atomicWrite';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'baton-atomic-'));

afterEach(() => vi.restoreAllMocks());

describe('atomic writes and kept versions', () => {
  it('keeps a version by linking it, and a later write leaves the kept version as it was', () => {
    const root = dir();
    const file = path.join(root, 'doc.json');
    atomicWriteFileSync(file, 'version 1');
    expect(linkOrCopyFileSync(file, path.join(root, 'kept.json'))).toBe('linked');
    expect(fs.statSync(path.join(root, 'kept.json')).ino).toBe(fs.statSync(file).ino);
    atomicWriteFileSync(file, 'version 2');
    expect(fs.readFileSync(path.join(root, 'kept.json'), 'utf8')).toBe('version 1');
    expect(fs.readFileSync(file, 'utf8')).toBe('version 2');
  });

  it('copies where the file system has no hard links, and reports other failures', () => {
    const root = dir();
    const file = path.join(root, 'doc.json');
    atomicWriteFileSync(file, 'content');
    vi.spyOn(fs, 'linkSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    });
    expect(linkOrCopyFileSync(file, path.join(root, 'copy.json'))).toBe('copied');
    expect(fs.readFileSync(path.join(root, 'copy.json'), 'utf8')).toBe('content');
    expect(fs.statSync(path.join(root, 'copy.json')).ino).not.toBe(fs.statSync(file).ino);
    expect(() => linkOrCopyFileSync(file, path.join(root, 'copy.json'))).toThrow(/EEXIST/);
  });

  it('makes the folder again if it was removed, and leaves no temporary file behind', () => {
    const root = dir();
    const file = path.join(root, 'gone', 'doc.json');
    atomicWriteFileSync(file, 'content');
    expect(fs.readFileSync(file, 'utf8')).toBe('content');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['doc.json']);
  });
});

describe('a write that fails part way', () => {
  it('leaves the file as it was and no temporary file behind', () => {
    const root = dir();
    const file = path.join(root, 'doc.json');
    atomicWriteFileSync(file, 'saved before');
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    expect(() => atomicWriteFileSync(file, [Buffer.from('half of '), Buffer.from('the new version')])).toThrow(/no space left/);
    expect(fs.readFileSync(file, 'utf8')).toBe('saved before');
    expect(fs.readdirSync(root)).toEqual(['doc.json']);
  });
});
