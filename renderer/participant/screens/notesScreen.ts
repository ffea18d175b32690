// Writing notes on a phone: choose the area, write, and keep a list of your own notes that you can
// edit or delete until the facilitator reveals them (or closes entry).
import { NOTE_TEXT_MAX as NOTE_MAX } from '../../../shared/board/noteBasics';
import { h, uid } from '../dom';

export interface PhoneArea {
  id: string;
  title: string;
  hint: string;
}

export interface MyNote {
  id: string;
  areaId: string;
  text: string;
  /** Still on the phone, waiting for the connection. */
  waiting: boolean;
  /** Revealed on the board: no longer yours to change. */
  locked: boolean;
}

export interface NotesScreenProps {
  title: string;
  prompt: string;
  areas: readonly PhoneArea[];
  /** Notes stay hidden from the room until the reveal. */
  privateWriting: boolean;
  mine: readonly MyNote[];
  draft: { areaId: string; text: string };
  editing: { id: string; text: string } | null;
  /** Entry closed by the facilitator: notes can be read, not added or changed. */
  closed: boolean;
  onDraft(draft: { areaId: string; text: string }): void;
  onAdd(): void;
  /** Starts (or, with null, ends) editing a note. */
  onEdit(editing: { id: string; text: string } | null): void;
  /** Text typed while editing; the screen is not rebuilt for it, so typing is never disturbed. */
  onEditText(text: string): void;
  onSaveEdit(): void;
  onDelete(id: string): void;
}

const count = (text: string) => `${text.length} / ${NOTE_MAX}`;

function noteCard(props: NotesScreenProps, note: MyNote, areaTitle: string): HTMLElement {
  const editing = props.editing?.id === note.id ? props.editing : null;
  const editId = uid('edit');
  const changeable = !props.closed && !note.locked;
  return h(
    'li',
    { class: 'card' },
    h('p', { class: 'card__meta' }, areaTitle, note.waiting ? ' · waiting to send' : note.locked ? ' · revealed' : props.privateWriting ? ' · hidden until the reveal' : ' · sent'),
    editing
      ? h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: editId } }, 'Change your note'),
          h('textarea', {
            key: `edit-${note.id}`,
            attrs: { id: editId, maxlength: NOTE_MAX, rows: 4 },
            props: { value: editing.text },
            on: { input: (e) => props.onEditText((e.target as HTMLTextAreaElement).value) },
          }),
          h(
            'div',
            { class: 'card__actions' },
            h('button', { class: 'button button--primary', key: `save-${note.id}`, attrs: { type: 'button' }, on: { click: props.onSaveEdit } }, 'Save'),
            h('button', { class: 'button', key: `cancel-${note.id}`, attrs: { type: 'button' }, on: { click: () => props.onEdit(null) } }, 'Cancel'),
          ),
        )
      : h('p', { class: 'card__text' }, note.text),
    !editing && changeable
      ? h(
          'div',
          { class: 'card__actions' },
          h('button', { class: 'button', key: `edit-${note.id}-button`, attrs: { type: 'button', 'aria-label': `Edit: ${note.text.slice(0, 60)}` }, on: { click: () => props.onEdit({ id: note.id, text: note.text }) } }, 'Edit'),
          h('button', { class: 'button button--danger', key: `delete-${note.id}`, attrs: { type: 'button', 'aria-label': `Delete: ${note.text.slice(0, 60)}` }, on: { click: () => props.onDelete(note.id) } }, 'Delete'),
        )
      : null,
  );
}

export function notesScreen(props: NotesScreenProps): HTMLElement {
  const areaId = uid('area');
  const textId = uid('text');
  const countId = uid('count');
  const hintId = uid('hint');
  const titleOf = (id: string) => props.areas.find((a) => a.id === id)?.title ?? '';
  const area = props.areas.find((a) => a.id === props.draft.areaId) ?? props.areas[0];
  const counter = h('p', { class: 'counter', attrs: { id: countId } }, count(props.draft.text));
  // Typing does not rebuild the screen, so the draft as typed so far lives here.
  const draft = { areaId: area?.id ?? '', text: props.draft.text };

  const form = props.closed
    ? h('p', { class: 'banner banner--warning' }, 'The facilitator has closed writing for this board.')
    : h(
        'form',
        {
          attrs: { 'aria-label': 'Write a note' },
          on: {
            submit: (event) => {
              event.preventDefault();
              props.onAdd();
            },
          },
        },
        props.areas.length > 1
          ? h(
              'div',
              { class: 'field' },
              h('label', { attrs: { for: areaId } }, 'Area'),
              h(
                'select',
                {
                  key: 'area',
                  attrs: { id: areaId, 'aria-describedby': area?.hint ? hintId : null },
                  on: {
                    change: (e) => {
                      draft.areaId = (e.target as HTMLSelectElement).value;
                      props.onDraft({ ...draft });
                    },
                  },
                },
                ...props.areas.map((a) => h('option', { attrs: { value: a.id }, props: { selected: a.id === area?.id } }, a.title)),
              ),
              area?.hint ? h('p', { class: 'muted', attrs: { id: hintId } }, area.hint) : null,
            )
          : null,
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: textId } }, props.areas.length > 1 ? 'Your note' : `Your note for “${area?.title ?? ''}”`),
          h('textarea', {
            key: 'draft',
            attrs: { id: textId, maxlength: NOTE_MAX, rows: 4, 'aria-describedby': countId },
            props: { value: props.draft.text },
            on: {
              input: (e) => {
                draft.text = (e.target as HTMLTextAreaElement).value;
                counter.textContent = count(draft.text);
                props.onDraft({ ...draft });
              },
            },
          }),
          counter,
        ),
        h('button', { class: 'button button--primary button--wide', key: 'add', attrs: { type: 'submit' } }, 'Add note'),
      );

  return h(
    'section',
    { attrs: { 'aria-labelledby': 'notes-title' } },
    h('h1', { attrs: { id: 'notes-title', tabindex: -1 } }, props.title),
    props.prompt ? h('p', {}, props.prompt) : null,
    props.privateWriting ? h('p', { class: 'muted' }, 'Your notes stay hidden from the room until the facilitator reveals everyone’s at once.') : null,
    form,
    h('h2', {}, props.mine.length === 0 ? 'No notes from you yet' : `Your notes (${props.mine.length})`),
    props.mine.length > 0 ? h('ul', { class: 'card-list' }, ...props.mine.map((note) => noteCard(props, note, titleOf(note.areaId)))) : null,
  );
}
