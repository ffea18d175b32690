// Text measured without a font engine, so the same layout runs on screen, in the PDF and in tests.

/**
 * Approximate advance width of a line in Noto Sans Bold (the widest weight used), slightly generous
 * so layouts computed here never collide when the real font is a little narrower.
 */
export function estimateTextWidth(content: string, size: number): number {
  let em = 0;
  for (const ch of content) {
    if (" .,:;'!|ijl".includes(ch)) em += 0.3;
    else if ('ftr()[]-/I"J'.includes(ch)) em += 0.46;
    else if ('mwMW@%'.includes(ch)) em += 0.98;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else if (ch.codePointAt(0)! >= 0x2e80) em += 1;
    else em += 0.63;
  }
  return em * size;
}

/** Greedy word wrap; the last allowed line ends in "…" when the text does not fit. */
export function wrapText(content: string, maxWidth: number, size: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(candidate, size) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.includes(' ') && estimateTextWidth(`${last}…`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
