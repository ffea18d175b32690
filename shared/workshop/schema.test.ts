import { describe, expect, it } from 'vitest';
import { workshopDetailsSchema, workshopDocumentSchema } from './schema';

describe('workshop details', () => {
  it('requires a title and fills the optional fields with empty text', () => {
    expect(workshopDetailsSchema.parse({ title: '  Kickoff  ' })).toEqual({ title: 'Kickoff', client: '', date: '', facilitator: '' });
    const missing = workshopDetailsSchema.safeParse({ title: '   ' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ['title'], message: 'Title is required' });
  });

  it('accepts a 200-character title and refuses 201 characters with a message naming the limit', () => {
    expect(workshopDetailsSchema.safeParse({ title: 'x'.repeat(200) }).success).toBe(true);
    const tooLong = workshopDetailsSchema.safeParse({ title: 'x'.repeat(201) });
    expect(tooLong.error?.issues[0]?.message).toBe('Title must be 200 characters or fewer');
  });

  it('accepts real calendar days only', () => {
    expect(workshopDetailsSchema.safeParse({ title: 'a', date: '2028-02-29' }).success).toBe(true);
    expect(workshopDetailsSchema.safeParse({ title: 'a', date: '2027-02-29' }).error?.issues[0]?.message).toBe(
      'is not a real calendar date',
    );
    expect(workshopDetailsSchema.safeParse({ title: 'a', date: '3/12/2026' }).error?.issues[0]?.message).toBe(
      'must be a date written as YYYY-MM-DD',
    );
  });

  it('refuses non-text values with the field named', () => {
    const result = workshopDetailsSchema.safeParse({ title: 42 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['title'], message: 'Title must be text' });
  });
});

describe('workshop document', () => {
  const valid = {
    schemaVersion: 1,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    title: 'Kickoff',
    client: '',
    date: '',
    facilitator: '',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
  };

  it('round-trips a valid document unchanged', () => {
    const complete = workshopDocumentSchema.parse(valid);
    expect(workshopDocumentSchema.parse(JSON.parse(JSON.stringify(complete)))).toEqual(complete);
  });

  it('fills sections added after a document was written with their empty defaults', () => {
    expect(workshopDocumentSchema.parse(valid)).toEqual({
      ...valid,
      settings: { anonymous: false, paperSize: null },
      agenda: [],
      diagnostic: { participants: [], advisor: {}, targetLevel: null },
      actions: [],
      commitments: { sales: { head: '', statement: '' }, marketing: { head: '', statement: '' } },
      runtime: { currentActivityId: null, timers: {} },
      earlierWorkshopId: null,
    });
  });

  it('refuses ids that could escape the workshops folder', () => {
    for (const id of ['../../etc/passwd', 'ABC', 'short', 'a/b-12345678', '']) {
      expect(workshopDocumentSchema.safeParse({ ...valid, id }).success, id).toBe(false);
    }
  });

  it('refuses a schemaVersion it does not know', () => {
    expect(workshopDocumentSchema.safeParse({ ...valid, schemaVersion: 2 }).success).toBe(false);
  });
});
