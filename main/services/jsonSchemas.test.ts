// The published JSON Schemas in assets/schema/ match the zod schemas (UPDATE_SCHEMAS=1 rewrites
// them), and accept the files Baton writes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema, workshopJsonSchema } from '../../shared/files/jsonSchemas';
import { assetsDir } from '../assetsDir';

const dir = path.join(assetsDir(), 'schema');
const files = { 'workshop.schema.json': workshopJsonSchema(), 'template.schema.json': templateJsonSchema() };
const text = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;

if (process.env.UPDATE_SCHEMAS === '1') {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text(schema));
}

describe('published JSON Schemas', () => {
  it.each(Object.entries(files))('%s is up to date with the zod schema', (name, schema) => {
    expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(text(schema));
  });

  it('describe the files Baton writes: kind, schemaVersion and the required fields', () => {
    const workshop = workshopJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(workshop.properties.kind).toEqual({ const: 'workshop', description: 'What the file holds.' });
    expect(workshop.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'createdAt', 'updatedAt']));
    const template = templateJsonSchema() as { properties: Record<string, { type?: string }>; required: string[] };
    expect(template.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'activities']));
    expect(template.properties.activities?.type).toBe('array');
  });
});
