import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as content from '../../src/domain/workshop';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const dir = (lng: string) => resolve('locales', lng);
const files = (lng: string) =>
  readdirSync(dir(lng))
    .filter((f) => f.endsWith('.json'))
    .sort();
const load = (lng: string): Tree =>
  Object.assign({}, ...files(lng).map((f) => JSON.parse(readFileSync(join(dir(lng), f), 'utf8'))));
const locales = { fi: flatten(load('fi')), sv: flatten(load('sv')), en: flatten(load('en')) };
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

/** Texts that are the same in every language: names, and formats without words. */
const LANGUAGE_NEUTRAL = ['app.name', 'followup.pdf.sourceAndSteps', 'notice.basisItem'];

describe('the three locales', () => {
  it('are split into the same files, each with its own top-level keys', () => {
    expect(files('fi')).toEqual(files('en'));
    expect(files('sv')).toEqual(files('en'));
    const tops = files('en').flatMap((f) =>
      Object.keys(JSON.parse(readFileSync(join(dir('en'), f), 'utf8'))),
    );
    expect(new Set(tops).size).toBe(tops.length);
  });

  it('have the same keys', () => {
    const keys = [...locales.en.keys()].sort();
    expect([...locales.fi.keys()].sort()).toEqual(keys);
    expect([...locales.sv.keys()].sort()).toEqual(keys);
  });

  it.each(Object.entries(locales))('%s has no empty text', (_lng, map) => {
    const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)('%s uses the same placeholders as English', (lng) => {
    const differing = [...locales.en].filter(
      ([k, v]) => placeholders(v).join() !== placeholders(locales[lng].get(k) ?? '').join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('translate every item of the workshop', () => {
    const needed = [
      ...content.CUSTOMER_SOURCES.map((id) => `sources.customer.${id}`),
      ...content.COMPETITOR_SOURCES.map((id) => `sources.competitor.${id}`),
      ...content.LEVELS.flatMap((l) => [`levels.${l}.short`, `levels.${l}.long`]),
      ...content.PERSPECTIVES.flatMap((p) => [`perspective.${p}.label`, `perspective.${p}.help`]),
      ...content.KEY_QUESTIONS.map((id) => `keyQuestions.${id}`),
      ...content.ANSWERABILITY.map((id) => `answerability.${id}`),
      ...content.REGISTER_FIELDS.map((id) => `registerFields.${id}`),
      ...content.GDPR_CHECKS.map((id) => `gdprChecks.${id}`),
      ...content.REGISTER_ANALYSES.map((id) => `registerAnalyses.${id}`),
      ...content.PRACTICES.map((id) => `practices.${id}`),
      ...content.COMPETITOR_QUESTIONS.map((id) => `competitorQuestions.${id}`),
      ...content.DEFAULT_CRITERIA.map((id) => `criteria.${id}`),
      ...content.GOALS.map((id) => `goals.${id}`),
      ...content.STEPS.map((id) => `steps.${id}`),
    ];
    for (const [lng, map] of Object.entries(locales)) {
      expect(
        needed.filter((k) => !map.has(k)),
        lng,
      ).toEqual([]);
    }
  });

  it('call the steps of a plan or goal by one name in each language', () => {
    const labels = ['planStep.steps', 'goalsStep.steps', 'summary.goals.steps', 'pdf.steps'];
    for (const texts of Object.values(locales)) {
      expect(new Set(labels.map((k) => texts.get(k))).size).toBe(1);
      const name = texts.get('pdf.steps')!.toLowerCase();
      expect(texts.get('summary.actions.noSteps')!.toLowerCase()).toContain(name);
    }
  });

  it('keep the Finnish and Swedish texts apart from the English ones', () => {
    // Names of languages and the app are the same everywhere; all other texts differ.
    const same = (lng: 'fi' | 'sv') =>
      [...locales.en]
        .filter(([k, v]) => locales[lng].get(k) === v)
        .map(([k]) => k)
        .filter((k) => !k.startsWith('app.languages.') && !LANGUAGE_NEUTRAL.includes(k));
    expect(same('fi')).toEqual([]);
    // Words that Swedish shares with English.
    const sharedWithSwedish = [
      'home.workshopOn',
      'newAssessment.facilitator',
      'overview.facilitator',
      'pdf.facilitator',
      'steps.start',
      'stepsUi.print.facilitator',
    ];
    expect(same('sv').filter((k) => !sharedWithSwedish.includes(k))).toEqual([]);
  });
});
