// pdfmake's layout engine, which placement.ts hooks to learn what was placed (it ships no types).
declare module 'pdfmake/js/LayoutBuilder.js' {
  const LayoutBuilder: { prototype: Record<string, unknown> } | { default: { prototype: Record<string, unknown> } };
  export default LayoutBuilder;
}
