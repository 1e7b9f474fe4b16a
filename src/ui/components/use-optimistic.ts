import { useEffect, useState } from 'preact/hooks';

/**
 * Shows the user's choice at once, before the database has confirmed it: the stored value
 * arrives a moment later through the live query, and a re-render in between must not flip the
 * control back. The local value is dropped as soon as the stored one changes (here or in
 * another tab). If the save fails, the choice stays on screen beside the failure message.
 */
export function useOptimistic<T>(stored: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ readonly value: T } | null>(null);
  useEffect(() => setPending(null), [stored]);
  return [pending ? pending.value : stored, (value: T) => setPending({ value })];
}
