// settings.json that is broken or from a newer Baton never stops Baton starting and is never lost.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings/schema';
import { openConfStore } from '../storage/confStore';
import { fixedClock } from '../testing/fixedClock';
import { tempDataDir } from '../testing/tempDir';
import { createServices } from './createServices';

function start(dataDir: string) {
  const logged: string[] = [];
  const services = createServices({ dataDir, openStore: openConfStore, clock: fixedClock(), log: (m) => logged.push(m) });
  return { services, logged };
}

const quarantined = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'quarantine')).filter((n) => n.startsWith('settings-'));

describe('settings.json that cannot be read', () => {
  it('when it is not JSON: Baton still starts, uses the defaults and moves the file to quarantine/', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, 'settings.json'), '{"theme": "dark",');

    const { services, logged } = start(dataDir);

    expect(services.settings.get()).toEqual({ ok: true, value: defaultSettings });
    const [moved] = quarantined(dataDir);
    expect(moved).toMatch(/^settings-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
    expect(fs.readFileSync(path.join(dataDir, 'quarantine', moved!), 'utf8')).toBe('{"theme": "dark",');
    expect(logged.join('\n')).toContain('settings.json is not valid JSON');
  });

  it('when a field is invalid: defaults, the file set aside, and the next change written afresh', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ schemaVersion: 1, theme: 'neon' }));
    const { services } = start(dataDir);

    expect(services.settings.update({ paperSize: 'letter' })).toEqual({ ok: true, value: { ...defaultSettings, paperSize: 'letter' } });
    expect(quarantined(dataDir)).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ paperSize: 'letter', theme: 'system' });
  });

  it('when a newer Baton wrote it: defaults meanwhile, changes refused, the file left untouched', () => {
    const dataDir = tempDataDir();
    const newer = JSON.stringify({ schemaVersion: 2, theme: 'dark', density: 'compact' });
    fs.writeFileSync(path.join(dataDir, 'settings.json'), newer);
    const { services } = start(dataDir);

    expect(services.settings.get()).toEqual({ ok: true, value: defaultSettings });
    expect(services.settings.update({ theme: 'light' })).toEqual({
      ok: false,
      error: { code: 'newer-version', message: 'settings.json was written by a newer Baton (schema version 2; this one reads up to 1). Update Baton to open it.' },
    });
    expect(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(newer);
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });
});
