import { axeProblems } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  COMPETITOR_QUESTIONS,
  COMPETITOR_SOURCES,
  CUSTOMER_SOURCES,
  GDPR_CHECKS,
  GOALS,
  KEY_QUESTIONS,
  PRACTICES,
  REGISTER_ANALYSES as ANALYSES,
  REGISTER_FIELDS,
} from '../../src/domain/workshop';
import { LOCALE, textsOf, type Lng } from './texts';

/** The radio group with this legend. */
const group = (page: Page | Locator, legend: string) =>
  page.getByRole('group', { name: legend, exact: true });

async function openStep(page: Page, id: string, step: string) {
  await page.goto(`/a/${id}/${step}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

for (const lng of ['fi', 'sv', 'en'] as Lng[]) {
  test.describe(`the whole workshop in ${lng}`, () => {
    test.use({ locale: LOCALE[lng] });

    test('every step is filled at a phone size and every answer is there after a reload', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const t = textsOf(lng);
      const byLabel = (text: string) => page.getByLabel(text, { exact: true });
      const axe: string[] = [];
      const name = `Kotihoito Åström & Sámi Čđŋ ${lng}`;

      // Start: the form, then the start step.
      await page.goto('/new');
      await byLabel(t('newAssessment.name')).fill(name);
      await byLabel(t('newAssessment.participantName', { number: 1 })).fill('Aino Ahonen');
      await byLabel(t('newAssessment.participantRole', { number: 1 })).fill('CEO');
      await page.getByRole('button', { name: t('newAssessment.create') }).click();
      await expect(page).toHaveURL(/\/a\/[^/]+$/);
      const id = page.url().split('/a/')[1];

      await openStep(page, id, 'start');
      await byLabel(t('newAssessment.field')).fill('Kotihoito');
      await byLabel(t('newAssessment.facilitator')).fill('Maija Mentor');
      await page.getByRole('radio', { name: new RegExp(t('perspective.paying.label')) }).check();
      await byLabel(t('stepsUi.notesLabel')).fill(`Notes start ${lng}`);
      axe.push(...(await axeProblems(page)));

      // Sources: a level and a target for every source of both parts.
      for (const [step, part, ids] of [
        ['customerSources', 'customer', CUSTOMER_SOURCES],
        ['competitorSources', 'competitor', COMPETITOR_SOURCES],
      ] as const) {
        await openStep(page, id, step);
        for (const [i, source] of ids.entries()) {
          const sourceName = t(`sources.${part}.${source}`);
          await group(page, t('sourcesStep.levelLegend', { source: sourceName }))
            .getByRole('radio', { name: new RegExp(`^${i % 3} `) })
            .check();
          await group(page, t('sourcesStep.targetLegend', { source: sourceName }))
            .getByRole('radio', { name: /^3 / })
            .check();
        }
        axe.push(...(await axeProblems(page)));
      }

      // Plans: every proposal added, the first row filled.
      for (const step of ['customerPlan', 'competitorPlan']) {
        await openStep(page, id, step);
        await page.getByRole('button', { name: t('planStep.addAll') }).click();
        await expect(
          page.getByRole('heading', { name: t('planStep.rowTitle', { number: 1 }), exact: true }),
        ).toBeVisible();
        await byLabel(t('planStep.steps')).first().fill(`Steps ${step} ${lng}`);
        await byLabel(t('planStep.date')).first().fill('2027-03-15');
        await byLabel(t('planStep.responsible')).first().fill('Aino Ahonen');
        axe.push(...(await axeProblems(page)));
      }

      await openStep(page, id, 'keyQuestions');
      for (const q of KEY_QUESTIONS) {
        await group(
          page,
          t('keyQuestionsStep.canAnswerLegend', { question: t(`keyQuestions.${q}`) }),
        )
          .getByRole('radio', { name: t('answerability.partly'), exact: true })
          .check();
      }
      for (const [i, field] of (await byLabel(t('keyQuestionsStep.answer')).all()).entries()) {
        await field.fill(`Answer ${i + 1} ${lng}`);
      }
      await byLabel(t('keyQuestionsStep.missing')).first().fill(`Missing ${lng}`);
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'register');
      await group(page, t('registerStep.exists'))
        .getByRole('radio', { name: t('yesNo.yes'), exact: true })
        .check();
      await group(page, t('registerStep.directMarketing'))
        .getByRole('radio', { name: t('yesNo.no'), exact: true })
        .check();
      for (const f of REGISTER_FIELDS) {
        await group(page, t('registerStep.fieldInRegister', { field: t(`registerFields.${f}`) }))
          .getByRole('radio', { name: t('yesNo.yes'), exact: true })
          .check();
      }
      for (const c of GDPR_CHECKS) {
        await group(page, t(`gdprChecks.${c}`))
          .getByRole('radio', { name: t('yesNo.no'), exact: true })
          .check();
      }
      await byLabel(t('registerStep.howToDevelop')).first().fill(`Develop names ${lng}`);
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'registerUse');
      for (const r of ANALYSES) {
        await group(page, t('registerUseStep.doneLegend', { analysis: t(`registerAnalyses.${r}`) }))
          .getByRole('radio', { name: t('yesNo.no'), exact: true })
          .check();
      }
      await byLabel(t('registerUseStep.notes')).first().fill(`Usage notes ${lng}`);
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'practices');
      for (const p of PRACTICES) {
        await group(page, t('practicesStep.inUseLegend', { practice: t(`practices.${p}`) }))
          .getByRole('radio', { name: t('yesNo.no'), exact: true })
          .check();
        await group(page, t('practicesStep.couldAdoptLegend', { practice: t(`practices.${p}`) }))
          .getByRole('radio', { name: t('yesNo.yes'), exact: true })
          .check();
      }
      await page.getByRole('button', { name: t('practicesStep.add') }).click();
      await byLabel(t('practicesStep.ownName', { number: 1 })).fill(`Own practice ${lng}`);
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'competitorQuestions');
      for (const [i, q] of COMPETITOR_QUESTIONS.entries()) {
        await byLabel(`${i + 1}. ${t(`competitorQuestions.${q}`)}`).fill(
          `Competitor answer ${q} ${lng}`,
        );
      }
      axe.push(...(await axeProblems(page)));

      // The grid on a phone: one criterion at a time.
      await openStep(page, id, 'grid');
      await byLabel(t('gridStep.competitorName', { number: 1 })).fill('Hoiva Oy');
      const products = t('criteria.products');
      const own = t('grid.own');
      const scoreGroup = (criterion: string, column: string) =>
        group(page, t('gridStep.scoreLabel', { criterion, column }));
      await scoreGroup(products, own)
        .getByRole('radio', { name: t('gridStep.scale.3') })
        .check();
      await scoreGroup(products, 'Hoiva Oy')
        .getByRole('radio', { name: t('gridStep.scale.5') })
        .check();
      await byLabel(t('gridStep.noteLabel', { criterion: products, column: own })).fill(
        `Grid note ${lng}`,
      );
      await group(page, t('gridStep.valuationLabel', { criterion: products }))
        .getByRole('radio', { name: t('gridStep.valuationScale.5') })
        .check();
      // Customers value it most and the competitor is ahead: the step says so.
      await expect(page.getByText(t('gridStep.weak.title'))).toBeVisible();
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'goals');
      for (const [i, g] of GOALS.entries()) {
        await byLabel(t('goalsStep.goal')).nth(i).fill(`Goal ${g} ${lng}`);
        await byLabel(t('goalsStep.responsible')).nth(i).fill('Maija Mentor');
      }
      axe.push(...(await axeProblems(page)));

      await openStep(page, id, 'checkpoint');
      await byLabel(t('summary.checkpoint.date')).fill('2027-05-20');
      await byLabel(t('summary.checkpoint.who')).fill('Maija Mentor');
      // The summary lists the planned actions with their owners.
      await expect(page.getByText(`Steps customerPlan ${lng}`)).toBeVisible();
      axe.push(...(await axeProblems(page)));

      // Blur the last field, then reload: every answer must come back from the database.
      await page.getByRole('heading', { level: 1 }).click();
      await page.reload();

      await openStep(page, id, 'start');
      await expect(byLabel(t('newAssessment.name'))).toHaveValue(name);
      await expect(byLabel(t('newAssessment.field'))).toHaveValue('Kotihoito');
      await expect(byLabel(t('newAssessment.facilitator'))).toHaveValue('Maija Mentor');
      await expect(
        page.getByRole('radio', { name: new RegExp(t('perspective.paying.label')) }),
      ).toBeChecked();
      await expect(byLabel(t('newAssessment.participantName', { number: 1 }))).toHaveValue(
        'Aino Ahonen',
      );
      await expect(byLabel(t('stepsUi.notesLabel'))).toHaveValue(`Notes start ${lng}`);

      for (const [step, part, ids] of [
        ['customerSources', 'customer', CUSTOMER_SOURCES],
        ['competitorSources', 'competitor', COMPETITOR_SOURCES],
      ] as const) {
        await openStep(page, id, step);
        for (const [i, source] of ids.entries()) {
          const sourceName = t(`sources.${part}.${source}`);
          const level = group(page, t('sourcesStep.levelLegend', { source: sourceName }));
          await expect(level.getByRole('radio', { name: new RegExp(`^${i % 3} `) })).toBeChecked();
          const target = group(page, t('sourcesStep.targetLegend', { source: sourceName }));
          await expect(target.getByRole('radio', { name: /^3 / })).toBeChecked();
        }
      }

      for (const [step, count] of [
        ['customerPlan', CUSTOMER_SOURCES.length],
        ['competitorPlan', COMPETITOR_SOURCES.length],
      ] as const) {
        await openStep(page, id, step);
        await expect(byLabel(t('planStep.steps'))).toHaveCount(count);
        await expect(byLabel(t('planStep.steps')).first()).toHaveValue(`Steps ${step} ${lng}`);
        await expect(byLabel(t('planStep.date')).first()).toHaveValue('2027-03-15');
        await expect(byLabel(t('planStep.responsible')).first()).toHaveValue('Aino Ahonen');
      }

      await openStep(page, id, 'keyQuestions');
      for (const q of KEY_QUESTIONS) {
        const g = group(
          page,
          t('keyQuestionsStep.canAnswerLegend', { question: t(`keyQuestions.${q}`) }),
        );
        await expect(g.getByRole('radio', { name: t('answerability.partly') })).toBeChecked();
      }
      const answers = byLabel(t('keyQuestionsStep.answer'));
      for (let i = 0; i < KEY_QUESTIONS.length; i++)
        await expect(answers.nth(i)).toHaveValue(`Answer ${i + 1} ${lng}`);
      await expect(byLabel(t('keyQuestionsStep.missing')).first()).toHaveValue(`Missing ${lng}`);

      await openStep(page, id, 'register');
      await expect(
        group(page, t('registerStep.exists')).getByRole('radio', { name: t('yesNo.yes') }),
      ).toBeChecked();
      await expect(
        group(page, t('registerStep.directMarketing')).getByRole('radio', { name: t('yesNo.no') }),
      ).toBeChecked();
      for (const f of REGISTER_FIELDS) {
        const g = group(
          page,
          t('registerStep.fieldInRegister', { field: t(`registerFields.${f}`) }),
        );
        await expect(g.getByRole('radio', { name: t('yesNo.yes') })).toBeChecked();
      }
      for (const c of GDPR_CHECKS) {
        await expect(
          group(page, t(`gdprChecks.${c}`)).getByRole('radio', { name: t('yesNo.no') }),
        ).toBeChecked();
      }
      await expect(byLabel(t('registerStep.howToDevelop')).first()).toHaveValue(
        `Develop names ${lng}`,
      );

      await openStep(page, id, 'registerUse');
      for (const r of ANALYSES) {
        const g = group(
          page,
          t('registerUseStep.doneLegend', { analysis: t(`registerAnalyses.${r}`) }),
        );
        await expect(g.getByRole('radio', { name: t('yesNo.no') })).toBeChecked();
      }
      await expect(byLabel(t('registerUseStep.notes')).first()).toHaveValue(`Usage notes ${lng}`);

      await openStep(page, id, 'practices');
      for (const p of PRACTICES) {
        const g = group(
          page,
          t('practicesStep.couldAdoptLegend', { practice: t(`practices.${p}`) }),
        );
        await expect(g.getByRole('radio', { name: t('yesNo.yes') })).toBeChecked();
      }
      await expect(byLabel(t('practicesStep.ownName', { number: 1 }))).toHaveValue(
        `Own practice ${lng}`,
      );

      await openStep(page, id, 'competitorQuestions');
      for (const [i, q] of COMPETITOR_QUESTIONS.entries()) {
        await expect(byLabel(`${i + 1}. ${t(`competitorQuestions.${q}`)}`)).toHaveValue(
          `Competitor answer ${q} ${lng}`,
        );
      }

      await openStep(page, id, 'grid');
      await expect(byLabel(t('gridStep.competitorName', { number: 1 }))).toHaveValue('Hoiva Oy');
      await expect(
        scoreGroup(products, own).getByRole('radio', { name: t('gridStep.scale.3') }),
      ).toBeChecked();
      await expect(
        scoreGroup(products, 'Hoiva Oy').getByRole('radio', { name: t('gridStep.scale.5') }),
      ).toBeChecked();
      await expect(
        byLabel(t('gridStep.noteLabel', { criterion: products, column: own })),
      ).toHaveValue(`Grid note ${lng}`);

      await openStep(page, id, 'goals');
      for (const [i, g] of GOALS.entries()) {
        await expect(byLabel(t('goalsStep.goal')).nth(i)).toHaveValue(`Goal ${g} ${lng}`);
      }

      await openStep(page, id, 'checkpoint');
      await expect(byLabel(t('summary.checkpoint.date'))).toHaveValue('2027-05-20');
      await expect(byLabel(t('summary.checkpoint.who'))).toHaveValue('Maija Mentor');

      expect(axe, 'serious or critical accessibility problems').toEqual([]);
    });
  });
}
