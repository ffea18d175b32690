// `npm run bench`: Baton's performance figures against their targets and a baseline measured in
// the same run, printed as a table and written to bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { it } from 'vitest';
import { browserFigures } from './browserFigures';
import { describeLoad, machineLoad, measuredUnderLoad } from './machineLoad';
import { roomLatencyFigure, roomLoadFigures } from './roomFigures';
import { table, type Figure } from './figure';
import { bundleFigure, pdfFigures, saveFigure, scoringFigure } from './nodeFigures';
import { syntheticWorkshop } from './synthetic';

it('measures every figure', async () => {
  const started = Date.now();
  const load = machineLoad();
  console.log(`\nbench starts with ${describeLoad(load)}${load.busy ? ': the machine is busy, absolute figures will read high and are flagged (busy)' : ''}\n`);
  const small = syntheticWorkshop(300);
  const big = syntheticWorkshop(2000);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    // Frames are not held back for the display's refresh, so a key-to-frame latency is the work
    // it took rather than up to 16.7 ms of waiting for the next refresh.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  const figures: Figure[] = [];
  try {
    figures.push(...(await measuredUnderLoad(async () => [await scoringFigure(small), bundleFigure(), await saveFigure(big)])));
    figures.push(...(await measuredUnderLoad(() => pdfFigures(small, big, browser))));
    figures.push(...(await measuredUnderLoad(() => browserFigures(browser))));
    figures.push(...(await measuredUnderLoad(roomLatencyFigure)));
    figures.push(...(await measuredUnderLoad(roomLoadFigures)));
  } finally {
    await browser.close();
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${os.platform()}`;
  fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\n${table(figures)}\n\nmachine: ${machine}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  for (const f of figures) console.log(`- ${f.figure}: ${f.note}${f.busy ? ` [${f.busy}]` : ''}`);
});
