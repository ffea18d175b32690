// The modules pdfmake itself loads (its internal ./Renderer, ./StyleContextStack, ... and the copy of
// pdfkit it draws with), for the report's hooks into them: a hook on another copy would do nothing.
import { createRequire } from 'node:module';

let require: NodeJS.Require | undefined;

/** `id` as pdfmake's own code would require it; resolved on first use, once per process. */
export function requireFromPdfmake<T>(id: string): T {
  require ??= createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  return require(id) as T;
}
