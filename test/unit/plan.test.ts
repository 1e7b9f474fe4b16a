import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/domain/workshop';
import { applyChanges, putPlanRow, setRating } from '../../src/domain/changes';
import {
  addProposedRows,
  moveRow,
  newPlanRow,
  peopleOf,
  proposedSources,
} from '../../src/domain/plan';
import { restoreAssessment } from '../../src/domain/workshop';
import type { Assessment } from '../../src/domain/workshop';
import type { Change } from '../../src/domain/changes';
import { makeAssessment } from '../helpers/factories';

const apply = (a: Assessment, changes: Change[]) => restoreAssessment(applyChanges(a, changes))!;

const withGaps = () =>
  makeAssessment({}, [
    setRating('customer', 'customerRegister', 'level', 0),
    setRating('customer', 'customerRegister', 'target', 3),
    setRating('customer', 'surveys', 'level', 1),
    setRating('customer', 'surveys', 'target', 2),
    setRating('customer', 'meetings', 'level', 3),
    setRating('customer', 'meetings', 'target', 2),
    setRating('competitor', 'statistics', 'level', 0),
    setRating('competitor', 'statistics', 'target', 1),
  ]);

describe('proposedSources', () => {
  it('proposes every source whose target is above its level, in the workshop order', () => {
    const a = withGaps();
    expect(proposedSources(a, 'customer')).toEqual(['surveys', 'customerRegister']);
    expect(proposedSources(a, 'competitor')).toEqual(['statistics']);
  });

  it('stops proposing a source once the plan has a row for it', () => {
    const a = withGaps();
    const b = apply(a, [putPlanRow('customer', newPlanRow(a, 'customer', 'surveys'))]);
    expect(proposedSources(b, 'customer')).toEqual(['customerRegister']);
  });

  it('proposes the sources marked most important first', () => {
    const a = apply(withGaps(), [setRating('customer', 'customerRegister', 'important', true)]);
    expect(proposedSources(a, 'customer')).toEqual(['customerRegister', 'surveys']);
  });

  it('proposes nothing for unrated sources or a target already met', () => {
    expect(proposedSources(makeAssessment(), 'customer')).toEqual([]);
  });
});

describe('addProposedRows', () => {
  it('adds one empty row per proposal after the existing rows', () => {
    const a = withGaps();
    const own = apply(a, [putPlanRow('customer', newPlanRow(a, 'customer', null))]);
    const b = apply(own, addProposedRows(own, 'customer'));
    expect(ordered(b.customerPlan).map((r) => r.sourceId)).toEqual([
      null,
      'surveys',
      'customerRegister',
    ]);
    expect(proposedSources(b, 'customer')).toEqual([]);
  });
});

describe('moveRow', () => {
  it('swaps a row with its neighbour and does nothing at the ends', () => {
    const a = withGaps();
    const b = apply(a, addProposedRows(a, 'customer'));
    const [first, second] = ordered(b.customerPlan);
    const c = apply(b, moveRow(b, 'customer', second.id, -1));
    expect(ordered(c.customerPlan).map((r) => r.id)).toEqual([second.id, first.id]);
    expect(moveRow(c, 'customer', second.id, -1)).toEqual([]);
    expect(moveRow(c, 'customer', first.id, 1)).toEqual([]);
  });
});

describe('peopleOf', () => {
  it('suggests the participants and the facilitator once each', () => {
    const a = makeAssessment({
      facilitator: 'Aino Ahonen',
      participants: [
        { name: 'Aino Ahonen', role: '' },
        { name: 'Pekka', role: '' },
      ],
    });
    expect(peopleOf(a)).toEqual(['Aino Ahonen', 'Pekka']);
  });
});
