// `baton report` on a workshop whose names no font on the machine has: the PDF is written, and
// stderr says which characters print as the placeholder and in which field.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopFileContent } from '../../shared/files/workshopFile';
import { reportTestWorkshop } from '../../shared/report/testing';
import { hasFontFor, simulateBareMachine, useThisMachinesFonts } from '../report/pdf/testing/fonts';
import { tempDataDir } from '../testing/tempDir';
import { runCli } from './baton';
import { diskIo } from './testing';

async function run(args: string[]) {
  const { io, stdout, stderr } = diskIo();
  const code = await runCli(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

function workshopFile(dir: string): string {
  const doc = reportTestWorkshop({
    extraNotes: ['Team spirit 🎉'],
    overrides: { commitments: { sales: { head: '王小明', statement: 'We follow up every qualified lead within a day.' } } },
  });
  const file = path.join(dir, 'chinese.baton.json');
  fs.writeFileSync(file, workshopFileContent(doc));
  return file;
}

describe('baton report with characters no font has', () => {
  beforeAll(simulateBareMachine);
  afterAll(useThisMachinesFonts);

  it('writes the PDF and names each field printed with the placeholder on stderr', async () => {
    const dir = tempDataDir();
    const out = path.join(dir, 'plan.pdf');
    const result = await run(['report', workshopFile(dir), '--out', out]);
    expect(result.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(result.stderr).toContain('Printed as a placeholder (\uFFFD), because no font on this machine has them:');
    expect(result.stderr).toContain('  王 小 明 in sign-off name of the head of sales\n');
    expect(result.stderr).toMatch(/ {2}🎉 in note \d+ in ".+" \(.+\)\n/);
  });
});

describe.runIf(hasFontFor('zh'))('baton report with an installed font for the names', () => {
  it('prints them and warns only about what no font has', async () => {
    const dir = tempDataDir();
    const result = await run(['report', workshopFile(dir), '--out', path.join(dir, 'plan.pdf')]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('王');
    expect(result.stderr).toMatch(/ {2}🎉 in note \d+ in ".+" \(.+\)\n$/);
  });
});
