/** A slim bar for how far something is filled; the figure is given in text beside it. */
export function ProgressBar({ share }: { share: number }) {
  const percent = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return (
    <span class="progress-bar" aria-hidden="true">
      <span style={{ width: `${percent}%` }} />
    </span>
  );
}
