// Schemas for partial updates. zod's `.partial()` keeps each field's default, so a patch naming one
// field parses into one with every defaulted field filled in, and applying it would quietly reset
// the stored values of fields the sender never touched. Here an absent field stays absent.
import { z } from 'zod';

/** The schema without its outermost `.default()` or `.prefault()`. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault ? (schema.unwrap() as z.ZodType) : schema;
}

export type PatchOf<Shape extends z.ZodRawShape> = { [K in keyof Shape]?: z.output<Shape[K]> };
export type PatchInputOf<Shape extends z.ZodRawShape> = { [K in keyof Shape]?: z.input<Shape[K]> };

/**
 * Every field optional and unknown fields refused; what is given is validated in full. A field
 * given as `undefined` (Electron's IPC carries such keys) is refused too: spread over the stored
 * document it would erase the value, leaving a file that no longer loads.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(shape: Shape): z.ZodType<PatchOf<Shape>, PatchInputOf<Shape>> {
  const fields = Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, withoutDefault(schema as z.ZodType).exactOptional()]));
  return z.object(fields).strict() as unknown as z.ZodType<PatchOf<Shape>, PatchInputOf<Shape>>;
}
