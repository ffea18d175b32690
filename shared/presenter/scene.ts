// What the room may see of a workshop: the presenter "scene", built from the workshop by one pure
// function. It is the only thing a presenter (in the window or on a second screen) receives, so
// facilitator notes, hidden notes, participants' names and, in an anonymous workshop, note authors
// cannot reach the projector: the scene has no field for them. The zod schema checks a scene
// arriving over IPC from the facilitator's window before main forwards it to the presenter window.
import { z } from 'zod';
import { ACTION_STATUSES, ACTION_TEAMS, PRIORITIES } from '../actions/schema';
import { REVIEW_OUTCOMES } from '../review/schema';
import type { Activity, TimerState } from '../agenda/schema';
import { ACTIVITY_KINDS } from '../agenda/kinds';
import { STAGE_OWNERS } from '../agenda/handoff';
import { freshTimer } from '../agenda/timer';
import { hiddenSummary } from '../board/edits';
import { platformChoice } from '../board/platformChoice';
import { NOTE_TEAMS, type Board, type Note } from '../board/schema';
import { rankByVotes, voteCounts } from '../board/votes';
import { analyseDiagnostic } from '../diagnostic/analysis';
import { LEVELS } from '../diagnostic/model';
import { STATEMENTS } from '../diagnostic/statements';
import type { WorkshopDocument } from '../workshop/schema';

/** The diagnostic's results come up in this order, one step at a time, when the facilitator chooses. */
export const REVEAL_STEPS = ['none', 'levels', 'gaps', 'subscores'] as const;
export type RevealStep = (typeof REVEAL_STEPS)[number];
export const REVEAL_LABELS: Record<RevealStep, string> = { none: 'Nothing yet', levels: 'Levels', gaps: 'Gaps', subscores: 'Sub-scores' };

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0);
const mean = z.number().min(0).max(100);
const levelSchema = z.enum(LEVELS);

const sceneNoteSchema = z.object({ id: text(64), text: text(2000), team: z.enum(NOTE_TEAMS), author: text(80), votes: count });
const sceneItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), note: sceneNoteSchema }),
  z.object({ kind: z.literal('theme'), id: text(64), name: text(120), votes: count, notes: z.array(sceneNoteSchema).max(5000) }),
]);
const sceneAreaSchema = z.object({ id: text(64), title: text(80), hint: text(300), items: z.array(sceneItemSchema).max(5000) });
const sceneBoardSchema = z.object({
  areas: z.array(sceneAreaSchema).max(40),
  /** Private notes not revealed yet: only how many, and from how many people. */
  hiddenNotes: count,
  hiddenWriters: count,
  /** Votes were cast: items are shown most votes first, with their counts. */
  voted: z.boolean(),
});

const teamLevelSchema = z.object({ n: count, mean, level: levelSchema }).nullable();
const sceneDiagnosticSchema = z.object({
  reveal: z.enum(REVEAL_STEPS),
  /** People counted per team: the room sees that its answers are in, never whose. */
  counted: z.object({ sales: count, marketing: count, other: count }),
  levels: z
    .object({
      sales: teamLevelSchema,
      marketing: teamLevelSchema,
      other: teamLevelSchema,
      overall: z.object({ mean: mean.nullable(), level: levelSchema.nullable(), warning: text(300).nullable() }),
      target: levelSchema,
    })
    .nullable(),
  gaps: z.array(z.object({ statement: z.number().int().min(1).max(20), short: text(200), sales: mean, marketing: mean, gap: z.number() })).max(20).nullable(),
  /** Per team, group id → mean answer: the shape the sub-score chart draws. */
  subscores: z.object({ sales: z.record(text(40), mean.nullable()).optional(), marketing: z.record(text(40), mean.nullable()).optional() }).nullable(),
});

const sceneHandoffSchema = z.object({
  stages: z.array(z.object({ name: text(60), marketing: text(1000), sales: text(1000), owner: z.enum(STAGE_OWNERS), exchangeZone: z.boolean() })).max(12),
  mqlDefinition: text(1000),
  sqlDefinition: text(1000),
  followUpHours: z.number().int().min(0).max(720).nullable(),
  followUpNotes: text(1000),
  returnedLeads: text(1000),
});

const sceneActionSchema = z.object({ title: text(200), owner: text(120), team: z.enum(ACTION_TEAMS), due: text(10), priority: z.enum(PRIORITIES) });

/** An action of the last plan in its review: as it was, and what the room says became of it. */
const sceneReviewSchema = z.object({ title: text(200), owner: text(120), due: text(10), status: z.enum(ACTION_STATUSES), outcome: z.enum(REVIEW_OUTCOMES).nullable() });

/** How to join the room from a phone, while the facilitator shows it: it then fills the screen. */
const sceneJoinSchema = z.object({ url: text(300), address: text(100), code: text(16) });

export const presenterSceneSchema = z
  .object({
    workshopTitle: text(200),
    theme: z.enum(['light', 'dark', 'contrast']),
    join: sceneJoinSchema.nullable().default(null),
    activity: z
      .object({
        id: text(64),
        kind: z.enum(ACTIVITY_KINDS),
        title: text(120),
        prompt: text(1000),
        timer: z.object({ durationMs: count, elapsedMs: count, startedAt: z.iso.datetime({ offset: true }).nullable() }),
        board: sceneBoardSchema.nullable(),
        diagnostic: sceneDiagnosticSchema.nullable(),
        handoff: sceneHandoffSchema.nullable(),
        platform: z.array(z.object({ area: text(80), text: text(2000), votes: count.nullable() })).max(40).nullable(),
        actions: z.array(sceneActionSchema).max(200).nullable(),
        review: z.array(sceneReviewSchema).max(200).nullable().default(null),
      })
      .nullable(),
  })
  .strict();

export type PresenterScene = z.output<typeof presenterSceneSchema>;
export type SceneActivity = NonNullable<PresenterScene['activity']>;
export type SceneBoard = NonNullable<SceneActivity['board']>;
export type SceneArea = SceneBoard['areas'][number];
export type SceneItem = SceneArea['items'][number];
export type SceneNote = Extract<SceneItem, { kind: 'note' }>['note'];
export type SceneDiagnostic = NonNullable<SceneActivity['diagnostic']>;

export interface SceneOptions {
  reveal: RevealStep;
  theme: PresenterScene['theme'];
  /** The room's join screen, when the facilitator puts it on the presenter. */
  join?: PresenterScene['join'];
}

function sceneNote(note: Note, votes: Map<string, number>, anonymous: boolean): SceneNote {
  return { id: note.id, text: note.text, team: note.team, author: anonymous ? '' : note.author, votes: votes.get(note.id) ?? 0 };
}

export function boardScene(board: Board, anonymous: boolean): SceneBoard {
  const votes = voteCounts(board);
  const voted = [...votes.values()].some((v) => v > 0);
  const areas = board.areas.map((area) => {
    // rankByVotes leaves hidden notes out and keeps board order among equal votes.
    const ranked = rankByVotes(board, area.id);
    const items: SceneItem[] = ranked.map((r) =>
      r.kind === 'theme'
        ? { kind: 'theme', id: r.theme.id, name: r.theme.name, votes: r.votes, notes: r.notes.map((n) => sceneNote(n, votes, anonymous)) }
        : { kind: 'note', note: sceneNote(r.note, votes, anonymous) },
    );
    return { id: area.id, title: area.title, hint: area.hint, items };
  });
  const hidden = hiddenSummary(board);
  return { areas, hiddenNotes: hidden.notes, hiddenWriters: hidden.people, voted };
}

export function diagnosticScene(doc: WorkshopDocument, reveal: RevealStep): SceneDiagnostic {
  const { result, target } = analyseDiagnostic(doc.diagnostic, { anonymous: true });
  const step = REVEAL_STEPS.indexOf(reveal);
  const counted = { sales: 0, marketing: 0, other: 0 };
  for (const p of result.participants) if (p.counted) counted[p.team] += 1;
  const team = (t: 'sales' | 'marketing' | 'other') => {
    const score = result.teams[t];
    return score ? { n: score.n, mean: score.mean, level: score.level } : null;
  };
  return {
    reveal,
    counted,
    levels:
      step >= 1
        ? { sales: team('sales'), marketing: team('marketing'), other: team('other'), overall: { ...result.overall }, target }
        : null,
    gaps: step >= 2 ? result.gaps.map((g) => ({ ...g, short: STATEMENTS[g.statement - 1]!.short })) : null,
    subscores: step >= 3 ? { sales: result.subscores.sales, marketing: result.subscores.marketing } : null,
  };
}

function activityScene(doc: WorkshopDocument, activity: Activity, reveal: RevealStep): SceneActivity {
  const anonymous = doc.settings.anonymous;
  const board = activity.board ? boardScene(activity.board, anonymous) : null;
  const timer: TimerState = doc.runtime.timers[activity.id] ?? freshTimer(activity.minutes);
  const handoff = activity.kind === 'handoff' && activity.handoff ? { ...activity.handoff, stages: activity.handoff.stages.map(({ id: _id, ...stage }) => stage) } : null;
  const messaging = activity.kind === 'messaging' && activity.board ? activity.board : null;
  return {
    id: activity.id,
    kind: activity.kind,
    title: activity.title,
    prompt: activity.prompt,
    timer: { durationMs: timer.durationMs, elapsedMs: timer.elapsedMs, startedAt: timer.startedAt },
    board,
    diagnostic: activity.kind === 'diagnostic' ? diagnosticScene(doc, reveal) : null,
    handoff,
    platform: messaging
      ? messaging.areas.map((area) => {
          const choice = platformChoice(messaging, area.id);
          return { area: area.title, text: choice?.text ?? '', votes: choice?.by === 'votes' ? choice.votes : null };
        })
      : null,
    actions:
      activity.kind === 'action-planning'
        ? doc.actions.map((a) => ({ title: a.title, owner: a.owner, team: a.team, due: a.due, priority: a.priority }))
        : null,
    review:
      activity.kind === 'plan-review' && activity.review
        ? activity.review.items.map(({ action: a, outcome }) => ({ title: a.title, owner: a.owner, due: a.due, status: a.status, outcome }))
        : null,
  };
}

/** The scene of the workshop's current activity (or of its title alone when none is chosen). */
export function presenterScene(doc: WorkshopDocument, { reveal, theme, join = null }: SceneOptions): PresenterScene {
  const activity = doc.agenda.find((a) => a.id === doc.runtime.currentActivityId);
  return { workshopTitle: doc.title, theme, join, activity: activity ? activityScene(doc, activity, reveal) : null };
}

/** The next or previous reveal step, staying within the steps. */
export function stepReveal(reveal: RevealStep, delta: 1 | -1): RevealStep {
  const index = Math.max(0, Math.min(REVEAL_STEPS.length - 1, REVEAL_STEPS.indexOf(reveal) + delta));
  return REVEAL_STEPS[index]!;
}
