// The participant page: joins, then shows whatever the facilitator has opened (waiting, the
// diagnostic, a board to write on or vote on), rebuilt from the latest view and the phone's own
// waiting changes whenever either changes.
import type { Answer } from '../../shared/diagnostic/model';
import { STATEMENT_COUNT, TEAM_LABELS } from '../../shared/diagnostic/model';
import type { BoardView, DiagnosticView, ParticipantView } from '../../shared/room/view';
import { createConnection, type ConnectionState } from './connection';
import { h } from './dom';
import { answersWithPending, myNotesWithPending, votesWithPending } from './pending';
import { focusHeading, render } from './render';
import { join } from './roomClient';
import { boardScreen, type BoardTab } from './screens/boardScreen';
import { diagnosticScreen, type DiagnosticStep } from './screens/diagnosticScreen';
import { joinScreen, type JoinForm } from './screens/joinScreen';
import { waitingScreen } from './screens/waitingScreen';
import { codeFromJoinLink } from '../../shared/room/paths';
import { createSessionStore, phoneId, type Session } from './session';

interface PageState {
  form: JoinForm;
  codeFromLink: boolean;
  joinBusy: boolean;
  joinError: string | null;
  view: ParticipantView | null;
  connection: ConnectionState;
  removed: string | null;
  notices: string[];
  diagnosticStep: Map<string, DiagnosticStep>;
  boardTab: Map<string, BoardTab>;
  editing: { id: string; text: string } | null;
}

export function startParticipantPage(root: HTMLElement, storage: Storage, location: Location): void {
  const sessions = createSessionStore(storage);
  const linkCode = codeFromJoinLink(location.hash, location.search);
  let session: Session | null = sessions.session();
  const connection = createConnection(storage, sessions, {
    onState: (connectionState) => update({ connection: connectionState }),
    onView: (view) => update({ view }),
    onNotice: (text) => update({ notices: [...state.notices.slice(-2), text] }),
    onJoinNeeded(reason) {
      session = null;
      update({ view: null, codeFromLink: false, form: { ...state.form, code: '' }, joinError: reason });
    },
    onRemoved(reason) {
      session = null;
      update({ view: null, removed: reason });
    },
    onOutbox: () => update({}),
  });
  // A code for another room than the one this phone is in: that room's leftovers go.
  if (session && linkCode && linkCode !== session.code) {
    sessions.clearRoom();
    connection.reset();
    session = null;
  }
  const remembered = sessions.joinForm();
  // Kept until a join succeeds, so a join sent again after a lost answer is recognised.
  let joinId = remembered?.joinId ?? phoneId();
  const state: PageState = {
    form: { code: linkCode ?? '', team: session?.team ?? remembered?.team ?? null, name: session?.name ?? remembered?.name ?? '', role: session?.role ?? remembered?.role ?? null },
    codeFromLink: linkCode !== null,
    joinBusy: false,
    joinError: null,
    view: null,
    connection: 'connecting',
    removed: null,
    notices: [],
    diagnosticStep: new Map(),
    boardTab: new Map(),
    editing: null,
  };
  let shownScreen = '';
  let scheduled = false;

  function update(patch: Partial<PageState>) {
    Object.assign(state, patch);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      const { key, node } = currentScreen();
      render(root, h('div', {}, statusBar(), noticeList(), node));
      if (key !== shownScreen) {
        shownScreen = key;
        focusHeading(root);
      }
    });
  }

  async function submitJoin() {
    const form = state.form;
    if (state.joinBusy) return;
    if (!form.team) return update({ joinError: 'Pick your team first.' });
    if (form.code.trim() === '') return update({ joinError: 'Type the join code shown on the screen.' });
    sessions.setJoinForm({ team: form.team, name: form.name, role: form.role, joinId });
    update({ joinBusy: true, joinError: null });
    const sentJoinId = joinId;
    const answer = await join({ joinId, code: form.code, team: form.team, name: form.name.trim(), role: form.role });
    if (!answer.ok) {
      const failure = answer.failure;
      const message =
        failure.kind === 'retry'
          ? 'The room cannot be reached. Check that this phone is on the room’s Wi-Fi, then try again.'
          : failure.kind === 'unknown-phone'
            ? 'The room did not accept the join.'
            : failure.message;
      update({ joinBusy: false, joinError: message });
      return;
    }
    const { token, participantId, team, name, role } = answer.value;
    session = { token, participantId, team, name, role, code: form.code.trim().toUpperCase(), joinId: sentJoinId };
    sessions.setSession(session);
    // The next join (another workshop) is a new one.
    joinId = phoneId();
    sessions.setJoinForm({ team, name, role, joinId });
    update({ joinBusy: false, removed: null });
    connection.start(session);
  }

  function statusBar(): HTMLElement | null {
    if (!session) return null;
    const waiting = connection.pending().length;
    const online = state.connection === 'online';
    const who = state.view?.me.name ? `${TEAM_LABELS[session.team]} · ${state.view.me.name}` : TEAM_LABELS[session.team];
    return h(
      'div',
      { class: 'status', attrs: { role: 'status' } },
      h('span', {}, who),
      h(
        'span',
        {},
        h('span', { class: `status__dot${online ? '' : ' status__dot--offline'}`, attrs: { 'aria-hidden': 'true' } }),
        online ? 'Connected' : state.connection === 'connecting' ? 'Connecting…' : 'Offline, retrying',
        waiting > 0 ? ` · ${waiting} waiting to send` : '',
      ),
    );
  }

  function noticeList(): HTMLElement | null {
    if (state.notices.length === 0) return null;
    return h(
      'div',
      { class: 'banner banner--warning', attrs: { role: 'alert' } },
      ...state.notices.map((text) => h('p', {}, text)),
      h('button', { class: 'button', key: 'dismiss', attrs: { type: 'button' }, on: { click: () => update({ notices: [] }) } }, 'OK'),
    );
  }

  function diagnostic(activity: DiagnosticView): HTMLElement {
    const pending = connection.pending();
    const confirmed = answersWithPending(activity.answers, pending, activity.id);
    const submitted = sessions.submitted(activity.id) || confirmed.some((a) => a !== null);
    const local = sessions.answers(activity.id);
    // Before submitting, answers stay on the phone; after, each change goes to the laptop at once.
    const answers = submitted ? confirmed : (local ?? Array<Answer>(STATEMENT_COUNT).fill(null));
    return diagnosticScreen({
      title: activity.title,
      answers,
      step: state.diagnosticStep.get(activity.id) ?? (submitted ? 'review' : 0),
      submitted,
      closed: !activity.entryOpen,
      onAnswer(index, answer) {
        if (submitted) connection.post('answer', { id: phoneId(), activityId: activity.id, statement: index + 1, answer });
        else sessions.setAnswers(activity.id, answers.map((a, i) => (i === index ? answer : a)));
      },
      onStep: (step) => update({ diagnosticStep: new Map(state.diagnosticStep).set(activity.id, step) }),
      onSubmit() {
        sessions.setSubmitted(activity.id);
        answers.forEach((answer, i) => {
          if (answer !== null) connection.post('answer', { id: phoneId(), activityId: activity.id, statement: i + 1, answer });
        });
        sessions.setAnswers(activity.id, null);
        update({});
      },
    });
  }

  function board(activity: BoardView): HTMLElement {
    const pending = connection.pending();
    const draft = sessions.draft(activity.id) ?? { areaId: activity.areas[0]?.id ?? '', text: '' };
    const revealed = activity.notes.filter((n) => !n.hidden);
    const tab = state.boardTab.get(activity.id) ?? (activity.privateMode || revealed.length === 0 ? 'write' : 'vote');
    return boardScreen({
      tab,
      onTab: (next) => update({ boardTab: new Map(state.boardTab).set(activity.id, next) }),
      write: {
        title: activity.title,
        prompt: activity.prompt,
        areas: activity.areas,
        privateWriting: activity.privateMode,
        mine: myNotesWithPending(activity.notes, pending, activity.id),
        draft,
        editing: state.editing,
        closed: !activity.entryOpen,
        onDraft(next) {
          const areaChanged = next.areaId !== (sessions.draft(activity.id)?.areaId ?? draft.areaId);
          sessions.setDraft(activity.id, next);
          // A new area shows its hint; typing itself is never re-rendered.
          if (areaChanged) update({});
        },
        onAdd() {
          // Read back what was typed: typing does not rebuild the screen this closure belongs to.
          const draft = sessions.draft(activity.id) ?? { areaId: activity.areas[0]?.id ?? '', text: '' };
          const text = draft.text.trim();
          if (!text) return;
          const areaId = activity.areas.some((a) => a.id === draft.areaId) ? draft.areaId : activity.areas[0]!.id;
          connection.post('addNote', { id: phoneId(), activityId: activity.id, noteId: phoneId(), areaId, text });
          sessions.setDraft(activity.id, { areaId, text: '' });
          update({});
        },
        onEdit: (editing) => update({ editing }),
        onEditText(text) {
          if (state.editing) state.editing = { ...state.editing, text };
        },
        onSaveEdit() {
          const editing = state.editing;
          if (!editing || editing.text.trim() === '') return;
          connection.post('editNote', { id: phoneId(), activityId: activity.id, noteId: editing.id, text: editing.text.trim() });
          update({ editing: null });
        },
        onDelete: (noteId) => connection.post('deleteNote', { id: phoneId(), activityId: activity.id, noteId }),
      },
      vote: {
        title: activity.title,
        areas: activity.areas,
        themes: activity.themes,
        notes: revealed,
        budget: activity.voteBudget,
        votes: votesWithPending(activity.myVotes, pending, activity.id),
        closed: !activity.entryOpen,
        onVote(noteId, change) {
          const votes = votesWithPending(activity.myVotes, connection.pending(), activity.id);
          const index = votes.lastIndexOf(noteId);
          const next = change === 1 ? [...votes, noteId] : index < 0 ? votes : votes.filter((_, i) => i !== index);
          if (next.length > activity.voteBudget) return;
          connection.post('setVotes', { id: phoneId(), activityId: activity.id, noteIds: next });
        },
      },
    });
  }

  function currentScreen(): { key: string; node: HTMLElement } {
    if (state.removed) return { key: 'removed', node: waitingScreen({ heading: 'You have left the room', detail: state.removed }) };
    if (!session) {
      return {
        key: 'join',
        node: joinScreen({
          form: state.form,
          codeFromLink: state.codeFromLink,
          busy: state.joinBusy,
          error: state.joinError,
          onChange: (patch) => {
            const form = { ...state.form, ...patch };
            // Typing changes the state without a render (the field keeps its caret); a choice re-renders.
            if (form.team === state.form.team && form.role === state.form.role) state.form = form;
            else update({ form });
          },
          onJoin: () => void submitJoin(),
        }),
      };
    }
    const view = state.view;
    if (!view) return { key: 'connecting', node: waitingScreen({ heading: 'Connecting to the room…', detail: 'Your answers and notes are kept on this phone until the laptop has them.' }) };
    const activity = view.activity;
    if (!activity) return { key: 'lobby', node: waitingScreen({ heading: 'You are in', detail: `Welcome to “${view.workshopTitle}”. The facilitator will start soon.` }) };
    switch (activity.kind) {
      case 'waiting':
        return { key: `waiting:${activity.id}`, node: waitingScreen({ heading: activity.title, detail: activity.prompt || 'Nothing to do on your phone for this part.' }) };
      case 'diagnostic':
        return { key: `diagnostic:${activity.id}:${String(state.diagnosticStep.get(activity.id) ?? '')}`, node: diagnostic(activity) };
      case 'board':
        return { key: `board:${activity.id}:${state.boardTab.get(activity.id) ?? ''}`, node: board(activity) };
    }
  }

  update({});
  if (session) connection.start(session);
}
