import type { RecordKind } from '../../domain/changes';

/**
 * Values the user gave that are not in the database yet, by field key: in memory for the screen,
 * and in sessionStorage, written synchronously, so that a reload or a page left while the write
 * was on its way (an IndexedDB write cannot finish while the page unloads) loses nothing. Each
 * stays until its write has committed.
 */
export interface Draft {
  readonly kind: RecordKind;
  readonly id: string;
  readonly path: readonly string[];
  readonly value: unknown;
  /** Higher is newer, also across reloads of the tab. */
  readonly seq: number;
  /** When it was typed (ms since 1970), for a person reading the stored entry. */
  readonly at: number;
}

const PREFIX = 'markkinapaja:draft:';
const memory = new Map<string, Draft>();
let counter: number | undefined;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Blocked storage (privacy settings): the drafts live in memory only.
    return null;
  }
}

function isDraft(x: unknown): x is Draft {
  const d = x as Partial<Draft> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    (d.kind === 'assessment' || d.kind === 'followUp' || d.kind === 'quickCheck') &&
    typeof d.id === 'string' &&
    Array.isArray(d.path) &&
    d.path.every((p) => typeof p === 'string') &&
    typeof d.seq === 'number' &&
    'value' in d
  );
}

/** The drafts kept in this tab's sessionStorage, oldest first; damaged entries are left out. */
export function storedDrafts(): { readonly key: string; readonly draft: Draft }[] {
  const store = storage();
  if (!store) return [];
  const found: { key: string; draft: Draft }[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (!name?.startsWith(PREFIX)) continue;
    try {
      const draft: unknown = JSON.parse(store.getItem(name) ?? '');
      if (isDraft(draft)) found.push({ key: name.slice(PREFIX.length), draft });
    } catch {
      // Not ours or cut short: nothing to bring back.
    }
  }
  return found.sort((a, b) => a.draft.seq - b.draft.seq);
}

function nextSeq(): number {
  counter ??= storedDrafts().reduce((n, { draft }) => Math.max(n, draft.seq), 0);
  counter += 1;
  return counter;
}

function persist(key: string, draft: Draft | undefined) {
  const store = storage();
  try {
    if (draft) store?.setItem(PREFIX + key, JSON.stringify(draft));
    else store?.removeItem(PREFIX + key);
  } catch {
    // sessionStorage full too: the draft stays in memory and the save queue keeps trying.
  }
}

/** Keeps a new value of a field until its write commits; returns its sequence number. */
export function keepDraft(key: string, field: Omit<Draft, 'seq' | 'at'>): number {
  const draft: Draft = { ...field, seq: nextSeq(), at: Date.now() };
  memory.set(key, draft);
  persist(key, draft);
  return draft.seq;
}

/** Takes a draft read back after a reload into memory, unless the field has a newer one. */
export function adoptDraft(key: string, draft: Draft): boolean {
  const current = memory.get(key);
  if (current && current.seq >= draft.seq) return false;
  memory.set(key, draft);
  return true;
}

/** The draft of a field not yet in the database, if any. */
export function draftAt(key: string): Draft | undefined {
  return memory.get(key);
}

/** A write of the draft numbered `seq` has committed: it goes unless a newer one replaced it. */
export function draftCommitted(key: string, seq: number): void {
  const current = memory.get(key) ?? storedDrafts().find((d) => d.key === key)?.draft;
  if (current && current.seq > seq) return;
  memory.delete(key);
  persist(key, undefined);
}

/** Drops the drafts whose key starts with the prefix (every draft without one). */
export function dropDrafts(prefix = ''): void {
  for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
  for (const { key } of storedDrafts()) if (key.startsWith(prefix)) persist(key, undefined);
}
