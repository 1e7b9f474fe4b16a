import {
  createAssessment,
  type Assessment,
  type NewAssessmentInput,
} from '../../src/domain/assessment';
import { applyChanges, setBusiness, setRating, type Change } from '../../src/domain/changes';
import { restoreAssessment } from '../../src/domain/restore';

/** A new assessment for a small home-care business, with any details overridden. */
export function makeAssessment(
  input: Partial<NewAssessmentInput> = {},
  changes: Change[] = [],
): Assessment {
  const base = createAssessment({
    name: 'Hoivapalvelu Aurinko Oy',
    field: 'Kotihoito',
    perspective: 'both',
    workshopDate: '2026-11-20',
    facilitator: 'Maija Mentor',
    participants: [
      { name: 'Aino Ahonen', role: 'Yrittäjä' },
      { name: 'Pekka Peltonen', role: 'Sairaanhoitaja' },
    ],
    ...input,
  });
  const changed = restoreAssessment(applyChanges(base, changes));
  if (!changed) throw new Error('factory produced an invalid assessment');
  return changed;
}

/** Changes that rate the first customer sources, for tests that need some progress. */
export function someRatings(): Change[] {
  return [
    setRating('customer', 'conversations', 'level', 1),
    setRating('customer', 'conversations', 'target', 3),
    setRating('customer', 'surveys', 'level', 2),
    setRating('customer', 'surveys', 'target', 2),
    setBusiness('field', 'Kotihoito'),
  ];
}
