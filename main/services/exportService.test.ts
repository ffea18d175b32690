// The PDF export follows the workshop's earlier links for "Since last time": a missing or unreadable
// earlier workshop ends the chain, a loop stops it, and a workshop without a link loads nothing more.
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../shared/report/model';
import { fail, ok, type Result } from '../../shared/result';
import { workshopChain } from '../../shared/report/chainFixtures';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { browserPlatform } from './platform';
import { createExportService, type ReportPdf } from './exportService';
import type { TemplateService } from './templateService';
import type { WorkshopService } from './workshopService';

function exportWith(docs: WorkshopDocument[], broken: string[] = []) {
  const models: ReportModel[] = [];
  const asked: string[] = [];
  const workshops = {
    get(id: string): Result<WorkshopDocument> {
      asked.push(id);
      if (broken.includes(id)) return fail('invalid-request', 'quarantined');
      const doc = docs.find((d) => d.id === id);
      return doc ? ok(doc) : fail('not-found', 'gone');
    },
  } as unknown as WorkshopService;
  const pdf: ReportPdf = {
    findUncovered: () => [],
    render: async (model) => {
      models.push(model);
      return { pdf: new Uint8Array([37]), placeholders: [], notesInCsv: false };
    },
    close: async () => {},
  };
  const service = createExportService(workshops, {} as TemplateService, () => pdf, browserPlatform, async () => []);
  const run = async (id: string) => {
    const result = await service.exportWorkshop({ id, format: 'pdf', paperSize: 'a4', allowPlaceholders: true });
    expect(result.ok).toBe(true);
    return models.at(-1)!;
  };
  return { run, asked };
}

describe('PDF export and the earlier workshops', () => {
  const [current, earlier, oldest] = workshopChain();

  it('compares with the earlier workshop and draws the trend over the whole chain', async () => {
    const model = await exportWith([current!, earlier!, oldest!]).run(current!.id);
    expect(model.sinceLastTime?.earlier.title).toBe('Spring re-check');
    expect(model.sinceLastTime?.trend?.workshops).toBe(3);
  });

  it('ends the chain at a missing or unreadable workshop without failing', async () => {
    expect((await exportWith([current!, earlier!]).run(current!.id)).sinceLastTime?.trend).toBeNull();
    expect((await exportWith([current!, earlier!, oldest!], [oldest!.id]).run(current!.id)).sinceLastTime?.trend).toBeNull();
    expect((await exportWith([current!]).run(current!.id)).sinceLastTime).toBeNull();
  });

  it('stops at a loop', async () => {
    const looped = { ...oldest!, earlierWorkshopId: current!.id };
    const model = await exportWith([current!, earlier!, looped]).run(current!.id);
    expect(model.sinceLastTime?.trend?.workshops).toBe(3);
  });

  it('reads nothing more for a workshop without a link', async () => {
    const { run, asked } = exportWith([oldest!]);
    expect((await run(oldest!.id)).sinceLastTime).toBeNull();
    expect(asked).toEqual([oldest!.id]);
  });
});
