// The teams' colours on notes, capture box and pass-the-laptop, chosen to stay apart for people
// with the common colour-vision deficiencies: vermillion, blue and bluish green from Okabe & Ito's
// palette for colour-blind readers, and a dark wine for leadership (Tol's muted scheme), which
// differs from the others in lightness as well as hue. colourVision.test.ts simulates protan,
// deutan and tritan vision (Machado et al. 2009) and checks every pair stays apart. The colour is
// never the only cue: every note also carries its team's name, and in the high-contrast theme a
// border style of its own.
import type { NoteTeam } from './schema';

export const TEAM_COLOURS: Record<NoteTeam, string> = {
  sales: '#d55e00',
  marketing: '#0072b2',
  leadership: '#882255',
  joint: '#009e73',
};

type Rgb = [number, number, number];
export type Vision = 'normal' | 'protan' | 'deutan' | 'tritan';

// Full-severity dichromacy in linear RGB, from Machado, Oliveira & Fernandes (2009).
const SIMULATION: Record<Exclude<Vision, 'normal'>, [Rgb, Rgb, Rgb]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
}

function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** How far apart two colours look (CIE76 ΔE in CIELAB) to someone with the given vision. */
export function perceivedDistance(a: string, b: string, vision: Vision): number {
  const seen = (hex: string): Rgb => {
    const rgb = linearRgb(hex);
    if (vision === 'normal') return rgb;
    return SIMULATION[vision].map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
  };
  const [l1, a1, b1] = toLab(seen(a));
  const [l2, a2, b2] = toLab(seen(b));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
