import {
  createAssessment,
  ordered,
  OWN_COLUMN,
  type Assessment,
  type NewAssessmentInput,
} from '../../src/domain/workshop';
import { applyChanges, setBusiness, setRating, type Change } from '../../src/domain/changes';
import { setAt } from './changes';
import {
  ANSWERABILITY,
  COMPETITOR_QUESTIONS,
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  PRACTICES,
  REGISTER_ANALYSES,
  REGISTER_FIELDS,
} from '../../src/domain/workshop';
import { restoreAssessment } from '../../src/domain/workshop';

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

/** Text with every kind of character someone in Finland may type, and an emoji the font lacks. */
export const SPECIAL_TEXT =
  'Sámi áčđŋšŧž ÁČĐŊŠŦŽ · Eesti õäöü · Deutsch Straße · 12,50 € – — „lainaus” ’ «gåsögon»';

/**
 * An assessment with every answer of the workshop filled with its own recognisable text, plans
 * with dated rows, a grid with three competitors, goals, notes and the checkpoint.
 */
export function makeFullAssessment(): Assessment {
  const base = makeAssessment({ facilitator: 'Maija Mentor' });
  const changes: Change[] = [];
  const set = (path: string[], value: unknown) => changes.push(setAt(path, value));
  CUSTOMER_SOURCES.forEach((id, i) => {
    set(['customerSources', id], { level: i % 3, target: 3, important: i === 0 });
  });
  COMPETITOR_SOURCES.forEach((id, i) => {
    set(['competitorSources', id], { level: i % 4, target: 2, important: false });
  });
  const row = (sourceId: string | null, n: number, date: string) => ({
    id: `row-${n}`,
    sourceId,
    steps: `Askel A${n}\nAskel B${n}`,
    date,
    scheduleNote: n === 1 ? 'joka kevät' : '',
    responsible: `Vastuu ${n}`,
    position: n,
  });
  set(['customerPlan', 'row-1'], row('surveys', 1, '2027-04-01'));
  set(['customerPlan', 'row-2'], row('customerRegister', 2, '2027-01-15'));
  set(['competitorPlan', 'row-3'], row('websites', 3, '2027-02-20'));
  set(['competitorPlan', 'row-4'], row(null, 4, ''));
  KEY_QUESTIONS.forEach((id, i) => {
    set(['keyQuestions', id], {
      canAnswer: ANSWERABILITY[i % 3],
      answer: `Vastaus ${id}`,
      missing: `Puuttuu ${id}`,
      where: `Lähde ${id}`,
      nextStep: `Seuraava ${id}`,
    });
  });
  set(['register', 'exists'], 'yes');
  set(['register', 'directMarketing'], 'no');
  REGISTER_FIELDS.forEach((id) =>
    set(['register', 'fields', id], { has: 'no', how: `Kehitys ${id}` }),
  );
  GDPR_CHECKS.forEach((id, i) => set(['register', 'gdpr', id], i % 2 ? 'yes' : 'no'));
  REGISTER_ANALYSES.forEach((id) =>
    set(['registerAnalyses', id], { done: 'yes', notes: `Analyysi ${id}` }),
  );
  PRACTICES.forEach((id) => set(['practices', id], { inUse: 'no', couldAdopt: 'yes' }));
  set(['customPractices', 'own-1'], {
    id: 'own-1',
    name: 'Oma tapa viikkopalaveri',
    inUse: 'yes',
    couldAdopt: null,
    position: 0,
  });
  COMPETITOR_QUESTIONS.forEach((id) => set(['competitorQuestions', id], `Kilpailijavastaus ${id}`));
  const competitors = ordered(base.grid.competitors);
  set(['grid', 'competitors', competitors[0].id, 'name'], 'Hoiva Oy');
  set(['grid', 'competitors', competitors[1].id, 'name'], 'Apu Ab');
  set(['grid', 'competitors', 'third'], { id: 'third', name: 'Kolmas Tmi', position: 2 });
  ordered(base.grid.criteria).forEach((c, i) => {
    set(['grid', 'criteria', c.id, 'valuation'], (i % 5) + 1);
    set(['grid', 'cells', c.id, OWN_COLUMN], { score: 2, note: `Oma ${i}` });
    set(['grid', 'cells', c.id, competitors[0].id], { score: 5, note: '' });
    set(['grid', 'cells', c.id, 'third'], { score: null, note: `Kolmas ${i}` });
  });
  GOALS.forEach((id, i) =>
    set(['goals', id], {
      goal: `Tavoite numero ${i + 1}`,
      steps: `Tavoitteen askeleet ${i + 1}`,
      date: `2027-0${i + 3}-10`,
      scheduleNote: '',
      responsible: `Tavoitevastuu ${i + 1}`,
    }),
  );
  set(['checkpoint'], { date: '2027-06-15', who: 'Maija Mentor' });
  set(['notes', 'start'], `Muistiinpano ${SPECIAL_TEXT} 😀`);
  set(['notes', 'grid'], 'Ruudukon muistiinpano');
  return restoreOrThrow(applyChanges(base, changes));
}

function restoreOrThrow(raw: unknown): Assessment {
  const a = restoreAssessment(raw);
  if (!a) throw new Error('factory produced an invalid assessment');
  return a;
}
