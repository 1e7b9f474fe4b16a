import {
  ordered,
  SOURCES,
  type Assessment,
  type Part,
  type PlanRow,
  type SourceRating,
} from './workshop';
import { planKey, sourcesKey } from './changes';

/** How many levels a source is below its target (0 when at or above it, or not rated). */
export function gap(r: SourceRating): number {
  return r.level !== null && r.target !== null && r.target > r.level ? r.target - r.level : 0;
}

/** The ratings of a part, in the workshop's order, with their gaps. */
export function ratings(a: Assessment, part: Part) {
  const table = a[sourcesKey(part)] as Readonly<Record<string, SourceRating>>;
  return SOURCES[part].map((id) => ({ id, ...table[id], gap: gap(table[id]) }));
}

/** Counts for a part's source table: rated, with a gap, marked important. */
export function sourceSummary(a: Assessment, part: Part) {
  const rows = ratings(a, part);
  return {
    total: rows.length,
    rated: rows.filter((r) => r.level !== null).length,
    withGap: rows.filter((r) => r.gap > 0).length,
    important: rows.filter((r) => r.important).length,
  };
}

/** The plan rows of a part in the user's order. */
export function planRows(a: Assessment, part: Part): PlanRow[] {
  return ordered(a[planKey(part)]);
}
