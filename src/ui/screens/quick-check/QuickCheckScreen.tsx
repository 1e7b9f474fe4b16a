import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import {
  QUICK_AREAS,
  QUICK_SCALE,
  QUICK_STATEMENTS,
  type QuickStatementId,
} from '../../../domain/quick-check';
import { quickAnswerField } from '../../../domain/quick-check-answers';
import { quickCheckResult } from '../../../domain/quick-check-answers';
import { PARTS } from '../../../domain/workshop';
import { autosave, flushSaves } from '../../../storage';
import { useQuickCheck } from '../../../storage';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { usePageTitle } from '../../components/use-page-title';
import { NotFound } from './NotFound';
import './quick-check.css';

const statementsOf = (part: string): QuickStatementId[] =>
  QUICK_AREAS.filter((a) => a.part === part).flatMap((a) => a.statements);

/** The statements of a quick check, by part, each answered on the three-point scale. */
export function QuickCheckScreen() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const { route } = useLocation();
  const q = useQuickCheck(params.id ?? '');
  const [missing, setMissing] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  usePageTitle(t('quickCheck.title'));
  if (q === undefined) return <p aria-busy="true">{t('app.loading')}</p>;
  if (q === null) return <NotFound />;
  const result = quickCheckResult(q.answers);
  const options = QUICK_SCALE.map((value) => ({ value, label: t(`quickCheck.scale.${value}`) }));
  const toResult = async () => {
    await flushSaves();
    if (result.complete) {
      route(`/quick-check/${q.id}/result`);
      return;
    }
    setMissing(result.total - result.answered);
    // The first statement without an answer, so that the user sees where to go on.
    const first = QUICK_STATEMENTS.find((s) => q.answers[s] === null);
    const input = list.current?.querySelector<HTMLInputElement>(
      `[data-statement="${first}"] input`,
    );
    input?.focus();
  };
  return (
    <div class="screen">
      <a class="back-link" href="/quick-check">
        {t('quickCheck.back')}
      </a>
      <h1>{t('quickCheck.title')}</h1>
      <p class="lead">{t('quickCheck.answerIntro')}</p>
      <p class="qc-count" aria-live="polite">
        {t('quickCheck.answered', { answered: result.answered, total: result.total })}
      </p>
      <div ref={list}>
        {PARTS.map((part) => (
          <section key={part} class="qc-part" aria-labelledby={`qc-part-${part}`}>
            <h2 id={`qc-part-${part}`}>{t(`parts.${part}`)}</h2>
            <ol class="qc-statements">
              {statementsOf(part).map((s) => (
                <li key={s} data-statement={s} class="panel">
                  <ChoiceGroup
                    legend={t(`quickCheck.statements.${s}`)}
                    options={options}
                    value={q.answers[s]}
                    onChange={(v) => void autosave.choose(quickAnswerField(q.id, s), v)}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {missing > 0 && !result.complete && (
        <p class="error-message" role="alert">
          {t('quickCheck.missing', { count: result.total - result.answered })}
        </p>
      )}
      <button type="button" class="button primary wide" onClick={() => void toResult()}>
        {t('quickCheck.seeResult')}
      </button>
    </div>
  );
}
