// A perception gap (marketing − sales) as the screens show it: two decimals, "+" when marketing
// rates higher. The PDF and the CLI print a typographic minus instead (main/report/reportDocument.ts).
export const formatGap = (gap: number) => `${gap > 0 ? '+' : ''}${gap.toFixed(2)}`;
