// For chart tests: a tiny XML reader, enough to prove well-formedness and to query what the charts
// draw, and a diagnostic result with known means and gaps to draw.
import type { Trend } from '../compare/trend';
import type { Answer, DiagnosticParticipant, DiagnosticTeam } from '../diagnostic/model';
import { scoreDiagnostic } from '../diagnostic/score';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Unescaped text directly inside the element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);

export function parseXml(xml: string): XmlElement {
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/;
  const strayAmpersand = /&(?!(?:amp|lt|gt|quot|#39|apos);)/;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let rest = xml;
  while (rest.length) {
    if (rest.startsWith('<')) {
      const m = tag.exec(rest);
      if (!m) throw new Error(`Malformed tag at: ${rest.slice(0, 40)}`);
      const [whole, closing, name, attrText, selfClosing] = m;
      rest = rest.slice(whole.length);
      if (closing) {
        const open = stack.pop();
        if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const [, key, value] of attrText!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        if (key! in attrs) throw new Error(`Duplicate attribute ${key}`);
        if (strayAmpersand.test(value!) || value!.includes('>')) throw new Error(`Unescaped attribute value: ${value}`);
        attrs[key!] = unescape(value!);
      }
      const element: XmlElement = { name: name!, attrs, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(element);
      else if (root) throw new Error('More than one root element');
      else root = element;
      if (!selfClosing) stack.push(element);
    } else {
      const end = rest.indexOf('<');
      const raw = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
      if (strayAmpersand.test(raw) || raw.includes('>')) throw new Error(`Unescaped text: ${raw}`);
      if (!stack.length) {
        if (raw.trim()) throw new Error('Text outside the root element');
        continue;
      }
      stack.at(-1)!.text += unescape(raw);
    }
  }
  if (stack.length || !root) throw new Error('Unclosed elements');
  return root;
}

export function all(node: XmlElement, name?: string): XmlElement[] {
  const here = !name || node.name === name ? [node] : [];
  return [...here, ...node.children.flatMap((c) => all(c, name))];
}

export const textsOf = (svg: string) => all(parseXml(svg), 'text');
export const textContents = (svg: string) => textsOf(svg).map((t) => t.text);

// --- A diagnostic with known means and gaps ---

export function participants(team: DiagnosticTeam, rows: Answer[][]): DiagnosticParticipant[] {
  return rows.map((answers, i) => ({ id: `${team}-${i}`, name: '', team, answers }));
}

export const SALES: Answer[][] = [
  [4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  [5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2],
  [4, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 2],
];
// Marketing skips statement 20, so that row has no marketing answers and no gap.
const MARKETING: Answer[][] = [
  [3, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null],
  [3, 4, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null],
];
const OTHER: Answer[][] = [Array<Answer>(20).fill(3)];

export const result = scoreDiagnostic([...participants('sales', SALES), ...participants('marketing', MARKETING), ...participants('other', OTHER)]);
export const ladderInput = {
  sales: result.teams.sales?.mean,
  marketing: result.teams.marketing?.mean,
  overall: result.overall.mean,
  other: result.teams.other?.mean,
  target: 'Aligned' as const,
};

/** Three workshops; marketing has no figure in the second, so its line breaks there. */
export const trendInput: Trend = {
  workshops: [
    { title: 'Kick-off', date: '2026-01-14' },
    { title: 'Re-check', date: '2026-04-15' },
    { title: 'Re-check', date: '2026-07-15' },
  ],
  series: [
    { key: 'sales', label: 'Sales', values: [44.3, 51.5, 62] },
    { key: 'marketing', label: 'Marketing', values: [58.2, null, 66.4] },
    { key: 'overall', label: 'Overall', values: [51.3, 51.5, 64.2] },
  ],
};
