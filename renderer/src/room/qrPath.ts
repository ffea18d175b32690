// The QR code of the join address as one SVG path, drawn by React as plain elements: no markup
// string, nothing fetched (the renderer's CSP forbids remote content). qrcode encodes; we draw.
import { create } from 'qrcode';

export interface QrDrawing {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One path of unit squares, in module coordinates. */
  path: string;
}

export function qrPath(text: string): QrDrawing {
  // M: survives a quarter of the code being unreadable (glare on a projector screen), still small.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join('') };
}
