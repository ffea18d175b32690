// The `.baton-template.json` file a facilitator shares: one template, schema-versioned.
import { batonFileContent, parseBatonFile } from '../files/batonFile';
import type { Result } from '../result';
import { templateSchema, type Template } from './schema';

export const templateFileContent = (template: Template): string => batonFileContent('template', template);

export function parseTemplateFile(text: string, name = 'The file'): Result<Template> {
  return parseBatonFile(text, { kind: 'template', schema: templateSchema, name });
}
