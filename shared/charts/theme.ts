// Chart options, sizes and colour palettes shared by every chart: the screens and the PDF use the
// same themes so a chart looks the same wherever it is drawn.
export type ChartTheme = 'light' | 'dark' | 'contrast';

export interface ChartOptions {
  /** Pixels (points in the PDF); the height follows from the content. */
  width?: number;
  theme?: ChartTheme;
  fontFamily?: string;
  /** Drawn as a heading when given; the accessible <title> falls back to the chart's name. */
  title?: string;
}

export const DEFAULT_CHART_WIDTH = 900;
/** pdfmake matches the first family it has registered (case-insensitive); browsers fall back to sans-serif. */
export const DEFAULT_FONT_FAMILY = "'Noto Sans', sans-serif";
/** Projector-sized at the default width; nothing is smaller than `small`. */
export const CHART_FONT_SIZE = { title: 20, label: 16, small: 14 } as const;

export interface ChartPalette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  /** Undefined → Integrated, darkening with the level. */
  bands: readonly [string, string, string, string];
  highlight: string;
  highlightBorder: string;
  sales: string;
  marketing: string;
  /** Marketing bars are outlined over this tint, sales bars solid, so print in grey still tells them apart. */
  marketingFill: string;
  other: string;
  overall: string;
  /** Action status on the wall plan; each status also has its own marker shape, for grey print. */
  status: { open: string; progress: string; done: string; overdue: string };
  strokeWidth: number;
}

// Text only ever uses `text` or `muted`; both meet WCAG AA (4.5:1) on the background, every band
// and the highlight. Team colours mark shapes and bars, which need 3:1 against the background.
export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: {
    background: '#ffffff',
    text: '#1c1b19',
    muted: '#55524b',
    grid: '#cfcabd',
    bands: ['#f4f2ed', '#ebe8e0', '#e2ded3', '#d9d4c7'],
    highlight: '#fff4d6',
    highlightBorder: '#b7791f',
    sales: '#e05d2c',
    marketing: '#2f7de1',
    marketingFill: '#cbdff7',
    other: '#7b4bc4',
    overall: '#1c1b19',
    status: { open: '#1f4fd1', progress: '#9a5b00', done: '#2e7d32', overdue: '#c62828' },
    strokeWidth: 2,
  },
  dark: {
    background: '#201f1c',
    text: '#f3f1ec',
    muted: '#b9b4a8',
    grid: '#4a473f',
    bands: ['#2a2925', '#33312c', '#3c3a34', '#46433c'],
    highlight: '#3a2e12',
    highlightBorder: '#e0a83a',
    sales: '#ff8a5c',
    marketing: '#6ea8ff',
    marketingFill: '#374860',
    other: '#b794f4',
    overall: '#f3f1ec',
    status: { open: '#8fb4ff', progress: '#f0b34a', done: '#7bd389', overdue: '#ff7b72' },
    strokeWidth: 2,
  },
  contrast: {
    background: '#ffffff',
    text: '#000000',
    muted: '#000000',
    grid: '#000000',
    bands: ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
    highlight: '#ffffff',
    highlightBorder: '#000000',
    sales: '#c2410c',
    marketing: '#0033cc',
    marketingFill: '#ffffff',
    other: '#5b21b6',
    overall: '#000000',
    status: { open: '#0033cc', progress: '#7a3e00', done: '#006100', overdue: '#b00000' },
    strokeWidth: 3,
  },
};

/** Outer margin of the charts; headings of every chart start here so stacked charts line up. */
export const CHART_PADDING = 16;
