// The room's small parts: join codes, the saved room file, the network list, rate limits.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/room/contract';
import { tempDataDir } from '../testing/tempDir';
import { hostAndPort, listNetworks } from './networks';
import { createRateLimiter } from './rateLimit';
import { newJoinCode, newParticipantId, readRoomFile, roomFilePath, writeRoomFile } from './roomFile';
import { builtPageDir } from './server';

describe('join codes', () => {
  it('are 6 characters of the unambiguous alphabet, and differ', () => {
    const codes = Array.from({ length: 500 }, newJoinCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    expect(new Set(codes).size).toBeGreaterThan(495);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('participant ids fit both the board’s and the diagnostic’s id rules', () => {
    expect(newParticipantId()).toMatch(/^ph-[a-z2-7]{16}$/);
  });
});

describe('the saved room', () => {
  it('comes back as written, and a damaged file gives a fresh room instead of an error', () => {
    const dir = tempDataDir();
    const file = roomFilePath(dir, 'workshop-0001');
    const fresh = readRoomFile(file, () => undefined);
    expect(fresh).toMatchObject({ port: 0, locked: false, participants: [] });
    writeRoomFile(file, { ...fresh, port: 41234, locked: true });
    expect(readRoomFile(file, () => undefined)).toEqual({ ...fresh, port: 41234, locked: true });
    fs.writeFileSync(file, '{"version": 1, "code": ');
    const logged: string[] = [];
    const again = readRoomFile(file, (m) => logged.push(m));
    expect(again.code).not.toBe(fresh.code);
    expect(logged.join()).toContain(path.basename(file));
  });
});

describe('network choices', () => {
  it('lists IPv4 first and loopback last, and leaves out link-local IPv6', () => {
    const choices = listNetworks({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      wlan0: [
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 2 },
        { address: 'fd00::5', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 0 },
        { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
      ],
    });
    expect(choices.map((c) => c.address)).toEqual(['192.168.1.20', 'fd00::5', '127.0.0.1']);
    expect(hostAndPort('fd00::5', 80)).toBe('[fd00::5]:80');
  });
});

describe('rate limits', () => {
  it('allow the limit per minute, then say how long to wait, and start again after the minute', () => {
    let now = 0;
    const limiter = createRateLimiter(3, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0, 0]);
    expect(limiter.check('a')).toBe(60);
    expect(limiter.hit('b')).toBe(0);
    now = 30_000;
    expect(limiter.hit('a')).toBe(30);
    now = 60_000;
    expect(limiter.hit('a')).toBe(0);
  });
});

describe('the built participant page', () => {
  it('is found beside main’s bundle from an entry and from a chunk', () => {
    const out = tempDataDir();
    fs.mkdirSync(path.join(out, 'renderer'));
    fs.mkdirSync(path.join(out, 'main', 'chunks'), { recursive: true });
    fs.writeFileSync(path.join(out, 'renderer', 'participant.html'), '');
    expect(builtPageDir(path.join(out, 'main'))).toBe(path.join(out, 'renderer'));
    expect(builtPageDir(path.join(out, 'main', 'chunks'))).toBe(path.join(out, 'renderer'));
  });
});
