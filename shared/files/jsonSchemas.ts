// JSON Schemas of the files Baton reads and writes, generated from the same zod schemas the app
// validates with, for other tools and for editors that complete `.baton.json` files.
import { z } from 'zod';
import { TEMPLATE_SCHEMA_VERSION, templateSchema } from '../templates/schema';
import { WORKSHOP_SCHEMA_VERSION, workshopDocumentSchema } from '../workshop/schema';

function fileSchema(kind: 'workshop' | 'template', schema: z.ZodType, version: number, title: string) {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://baton.app/schema/${kind}.schema.json`,
    title,
    description: `A Baton ${kind} file (schema version ${version}). Generated from Baton's own validation; Baton checks more than JSON Schema can express, e.g. that dates exist.`,
    ...generated,
    properties: { kind: { const: kind, description: 'What the file holds.' }, ...generated.properties },
  };
}

export function workshopJsonSchema() {
  return fileSchema('workshop', workshopDocumentSchema, WORKSHOP_SCHEMA_VERSION, 'Baton workshop (.baton.json)');
}

export function templateJsonSchema() {
  return fileSchema('template', templateSchema, TEMPLATE_SCHEMA_VERSION, 'Baton workshop template (.baton-template.json)');
}
