import { describe, expect, it } from 'vitest';
import { NOTE_TEAMS } from './schema';
import { perceivedDistance, TEAM_COLOURS, type Vision } from './teamColours';

const pairs = NOTE_TEAMS.flatMap((a, i) => NOTE_TEAMS.slice(i + 1).map((b) => [a, b] as const));
const worst = (vision: Vision) => Math.min(...pairs.map(([a, b]) => perceivedDistance(TEAM_COLOURS[a], TEAM_COLOURS[b], vision)));

describe('team colours', () => {
  it('keeps every pair of teams apart with normal vision and with protan, deutan and tritan vision', () => {
    // ΔE 15 between two large patches is an obvious difference; the first palette fell to 9
    // (marketing blue and leadership purple, with deuteranopia).
    for (const vision of ['normal', 'protan', 'deutan', 'tritan'] as const) expect(worst(vision), vision).toBeGreaterThan(15);
  });

  it('sees red and green as nearly alike with deuteranopia (the simulation works)', () => {
    expect(perceivedDistance('#d62728', '#2ca02c', 'deutan')).toBeLessThan(perceivedDistance('#d62728', '#2ca02c', 'normal') / 3);
  });
});
