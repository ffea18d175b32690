// pdfmake has no hook for how a laid-out line is drawn, so the report wraps its Renderer's
// renderLine (the module pdfmake itself loads; its version is pinned by the lock file and the
// behaviour covered by the report tests). Each wrapper is installed once per process, under a name.
import { requireFromPdfmake } from './pdfmakeRequire';

/** What pdfmake's renderer is handed for one line. */
export interface RenderedLine<Inline> {
  inlines: Inline[];
  [other: string]: unknown;
}

type RenderLine<Inline> = (line: RenderedLine<Inline>, x: number, y: number) => void;

interface RendererClass<Inline> {
  prototype: { renderLine: RenderLine<Inline> };
}

const installed = new Set<string>();

/**
 * Has every line drawn through `wrap`, which gets the line and calls `draw` (pdfmake's own
 * renderLine, or the wrapper installed before this one) with the line to draw. Wrappers installed
 * later run first.
 */
export function wrapRenderLine<Inline>(name: string, wrap: (line: RenderedLine<Inline>, draw: (line: RenderedLine<Inline>) => void) => void): void {
  if (installed.has(name)) return;
  installed.add(name);
  const renderer = requireFromPdfmake<{ default: RendererClass<Inline> }>('./Renderer').default;
  const renderLine = renderer.prototype.renderLine;
  renderer.prototype.renderLine = function (this: unknown, line, x, y) {
    wrap(line, (drawn) => renderLine.call(this, drawn, x, y));
  };
}
