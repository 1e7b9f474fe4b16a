import { applyChanges } from '../../src/domain/changes';
import { createFollowUp, restoreFollowUp, type FollowUp } from '../../src/domain/follow-up';
import type { GroupInput } from '../../src/domain/group';
import { GOALS, restoreAssessment, type Assessment } from '../../src/domain/workshop';
import { setAt } from './changes';
import { makeAssessment } from './factories';

/** Everything a group's businesses hold that an anonymous report must not show. */
export interface GroupSecrets {
  readonly names: readonly string[];
  readonly people: readonly string[];
  readonly goals: readonly string[];
}

function business(n: number, name: string, levels: readonly (0 | 1 | 2 | 3)[], checkpoint: string) {
  const goal = (i: number) => `Tavoite ${name.split(' ')[0]} ${i + 1}: äänekäs åtgärd`;
  const changes = [
    setAt(['customerSources', 'conversations'], { level: levels[0], target: 3, important: true }),
    setAt(['customerSources', 'surveys'], { level: levels[1], target: 2, important: false }),
    setAt(['competitorSources', 'websites'], { level: levels[2], target: 3, important: false }),
    ...GOALS.slice(0, 1 + (n % 3)).map((id, i) =>
      setAt(['goals', id], {
        goal: goal(i),
        steps: `Askeleet ${i}`,
        date: '2027-05-0' + (i + 1),
        scheduleNote: '',
        responsible: `Omistaja${n}-${i} Öhman`,
      }),
    ),
    setAt(['checkpoint'], { date: checkpoint, who: `Kutsuja${n} Ärlig` }),
    setAt(['customerPlan', `row-${n}`], {
      id: `row-${n}`,
      sourceId: 'surveys',
      steps: 'Kysely',
      date: '2027-02-01',
      scheduleNote: '',
      responsible: `Vastaava${n} Åberg`,
      position: 0,
    }),
  ];
  const a = restoreAssessment(
    applyChanges(
      makeAssessment({
        name,
        group: 'Kevät 2027 · Seinäjoki',
        facilitator: `Ohjaaja${n} Mäkelä`,
        participants: [{ name: `Osallistuja${n} Jääskeläinen`, role: 'Yrittäjä' }],
      }),
      changes,
    ),
  ) as Assessment;
  const secrets = {
    names: [name],
    people: [
      `Ohjaaja${n} Mäkelä`,
      `Osallistuja${n} Jääskeläinen`,
      `Kutsuja${n} Ärlig`,
      `Vastaava${n} Åberg`,
      ...GOALS.slice(0, 1 + (n % 3)).map((_, i) => `Omistaja${n}-${i} Öhman`),
    ],
    goals: GOALS.slice(0, 1 + (n % 3)).map((_, i) => goal(i)),
  };
  return { a, secrets };
}

/** A follow-up with one action done and the first goal reached, moving the next checkpoint. */
function followed(a: Assessment): FollowUp {
  const f = createFollowUp(a, '2027-03-01', new Date('2027-03-01T10:00:00Z'));
  const [action] = Object.keys(f.actions);
  return restoreFollowUp(
    applyChanges(f, [
      setAt(['actions', action, 'status'], 'done'),
      setAt(['goals', 'goal1', 'status'], 'done'),
      setAt(['customerLevels', 'conversations', 'now'], 3),
      setAt(['nextCheckpoint'], { date: '2027-09-15', who: 'Seuraaja Östman' }),
    ]),
  ) as FollowUp;
}

/**
 * Four businesses of one group (names with å, ä and ö), each with people and goals written;
 * "Åkerlund" has had a follow-up that moved its checkpoint, "Östra" has no checkpoint.
 */
export function makeGroup(): { members: GroupInput[]; secrets: GroupSecrets } {
  const made = [
    business(0, 'Hoivakoti Äijälä Oy', [1, 2, 0], '2027-06-01'),
    business(1, 'Åkerlunds Vård Ab', [0, 1, 1], '2027-04-10'),
    business(2, 'Terapia Pöllö', [2, 2, 3], '2027-05-20'),
    business(3, 'Östra Omsorg', [3, 0, 2], ''),
  ];
  const members = made.map(({ a }, i) => ({
    assessment: a,
    latestFollowUp: i === 1 ? followed(a) : null,
  }));
  return {
    members,
    secrets: {
      names: made.flatMap((m) => m.secrets.names),
      people: [...made.flatMap((m) => m.secrets.people), 'Seuraaja Östman'],
      goals: made.flatMap((m) => m.secrets.goals),
    },
  };
}
