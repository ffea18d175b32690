// Whether the PDF prints every note in its appendix or leaves them to the notes CSV: a report with
// thousands of notes stays readable, and the CSV holds them all. The facilitator chooses at export.
/** Above this many notes the notes appendix is left to the CSV unless the facilitator asks for it. */
export const NOTES_TO_CSV_ABOVE = 500;

export function leaveNotesToCsv(noteCount: number, choice?: boolean): boolean {
  return choice ?? noteCount > NOTES_TO_CSV_ABOVE;
}
