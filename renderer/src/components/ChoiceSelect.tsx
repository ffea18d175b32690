// A select over a fixed list of values, each shown by its label: named by a <label htmlFor={id}>
// beside it, or by `label` as its accessible name where there is no room for one.
export function ChoiceSelect<T extends string>(props: { id?: string; label?: string; value: T; options: readonly T[]; labels: Record<T, string>; onChange(value: T): void }) {
  return (
    <select id={props.id} aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.labels[o]}
        </option>
      ))}
    </select>
  );
}
