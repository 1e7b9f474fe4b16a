/** Labelled details as a definition list; a detail with nothing to say is left out. */
export function DetailList({
  rows,
  class: className,
}: {
  rows: readonly (readonly [label: string, value: string])[];
  class?: string;
}) {
  return (
    <dl class={className}>
      {rows
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
