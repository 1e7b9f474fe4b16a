import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/domain/workshop';
import { setBusiness, setRating } from '../../src/domain/changes';
import {
  createAssessment,
  deleteAssessment,
  getAssessment,
  listAssessments,
  updateAssessment,
} from '../../src/storage';
import { db } from '../../src/storage/db';

const input = {
  name: 'Kotihoito Kaarna',
  perspective: 'paying' as const,
  workshopDate: '2026-11-20',
};

describe('the assessment repository', () => {
  it('stores a new assessment and reads it back', async () => {
    const created = await createAssessment({
      ...input,
      participants: [{ name: 'Aino', role: 'Yrittäjä' }],
    });
    const read = await getAssessment(created.id);
    expect(read?.business.name).toBe('Kotihoito Kaarna');
    expect(ordered(read!.participants).map((p) => p.name)).toEqual(['Aino']);
    expect(await db().assessments.count()).toBe(1);
  });

  it('lists summaries, most recently changed first', async () => {
    const first = await createAssessment({ ...input, name: 'Ensimmäinen' });
    await new Promise((r) => setTimeout(r, 5));
    await createAssessment({ ...input, name: 'Toinen' });
    await new Promise((r) => setTimeout(r, 5));
    await updateAssessment(first.id, [setRating('customer', 'surveys', 'level', 2)]);
    const list = await listAssessments();
    expect(list.map((s) => s.name)).toEqual(['Ensimmäinen', 'Toinen']);
    expect(list[0]).toMatchObject({ perspective: 'paying', workshopDate: '2026-11-20' });
    expect(list[0].progress).toBeGreaterThan(0);
  });

  it('updates only the changed fields, keeping edits made elsewhere meanwhile', async () => {
    const a = await createAssessment(input);
    // Two tabs: each changes its own field from its own, older copy.
    await updateAssessment(a.id, [setBusiness('facilitator', 'Tab A')]);
    await updateAssessment(a.id, [setRating('competitor', 'blogs', 'target', 3)]);
    const read = await getAssessment(a.id);
    expect(read?.business.facilitator).toBe('Tab A');
    expect(read?.competitorSources.blogs.target).toBe(3);
    expect(read?.business.name).toBe('Kotihoito Kaarna');
    expect(read!.updatedAt >= a.updatedAt).toBe(true);
  });

  it('repairs invalid values instead of storing them', async () => {
    const a = await createAssessment(input);
    await updateAssessment(a.id, [{ path: ['customerSources', 'surveys', 'level'], value: 9 }]);
    const stored = await db().assessments.get(a.id);
    expect(stored?.customerSources.surveys.level).toBeNull();
  });

  it('repairs broken records on the way out and skips ones without an id', async () => {
    await db().assessments.bulkPut([
      {
        id: 'old-1',
        business: { name: 'Vanha' },
        customerSources: { surveys: { level: 2 } },
      } as never,
      { id: 'bad.id', business: { name: 'Rikki' } } as never,
    ]);
    const a = await getAssessment('old-1');
    expect(a?.business.name).toBe('Vanha');
    expect(a?.customerSources.surveys.level).toBe(2);
    expect(Object.keys(a!.competitorSources)).toHaveLength(13);
    expect((await listAssessments()).map((s) => s.name)).toEqual(['Vanha']);
  });

  it('refuses to update an assessment that does not exist', async () => {
    await expect(updateAssessment('missing', [setBusiness('name', 'X')])).rejects.toThrow();
    expect(await db().assessments.count()).toBe(0);
  });

  it('deletes an assessment', async () => {
    const a = await createAssessment(input);
    const b = await createAssessment({ ...input, name: 'Jää' });
    await deleteAssessment(a.id);
    expect(await getAssessment(a.id)).toBeUndefined();
    expect((await listAssessments()).map((s) => s.id)).toEqual([b.id]);
  });
});
