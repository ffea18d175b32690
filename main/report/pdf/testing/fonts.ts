// Test helpers for installed fonts: which scripts this machine can print, and a machine without any.
import { execFileSync } from 'node:child_process';
import { useFontSearch } from '../fallbackFonts';

/**
 * Names and notes in each script the report must print, with the fontconfig language that has
 * them. Noto Sans itself draws Devanagari; the others need an installed font. The Arabic avoids
 * lam-alef: pdftotext reads that ligature back with its two letters swapped.
 */
export const scriptSamples: Record<string, { lang: string; head: string; note: string; inNotoSans?: boolean }> = {
  chinese: { lang: 'zh', head: '王小明', note: '预算由谁决定' },
  japanese: { lang: 'ja', head: '山田たろう', note: '営業とマーケティング' },
  korean: { lang: 'ko', head: '김민준', note: '영업 예산 회의' },
  arabic: { lang: 'ar', head: 'محمد عبد', note: 'مرحبا بكم' },
  hebrew: { lang: 'he', head: 'דוד כהן', note: 'שלום עולם' },
  thai: { lang: 'th', head: 'สมชาย', note: 'การขาย' },
  hindi: { lang: 'hi', head: 'राजेश कुमार', note: 'बाजार दर', inNotoSans: true },
};

/** Whether fontconfig lists a font for `lang` (false where fontconfig is missing, as on macOS). */
export function hasFontFor(lang: string): boolean {
  try {
    return execFileSync('fc-list', [`:lang=${lang}`, 'file'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Makes this process search no folder for fonts, as on a machine with Noto Sans only. */
export function simulateBareMachine(): void {
  useFontSearch({ kind: 'folders', folders: [] });
}

/** Back to this machine's own fonts. */
export function useThisMachinesFonts(): void {
  useFontSearch();
}
