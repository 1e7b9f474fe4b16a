import { useTranslation } from 'react-i18next';
import { type QuickAnswers } from '../../../domain/quick-check';
import { areaScores } from '../../../domain/quick-check-answers';
import { PARTS } from '../../../domain/workshop';
import { formatPercent } from '../../../i18n/format';

/**
 * A small picture of the answers: one bar per area, its length the share already in place, and
 * a mark where an earlier quick check stood. Each bar says the same in words for screen readers.
 */
export function AnswerPicture({
  answers,
  before,
  headingLevel = 3,
  showTitle = true,
}: {
  answers: QuickAnswers;
  before?: QuickAnswers;
  headingLevel?: 2 | 3;
  /** False where a surrounding summary already names the picture. */
  showTitle?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const scores = areaScores(answers);
  const earlier = before ? new Map(areaScores(before).map((a) => [a.id, a.score])) : null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure class="qc-picture">
      {showTitle && <H class="qc-picture-title">{t('quickCheck.pictureTitle')}</H>}
      <p class="hint">{t('quickCheck.pictureHint')}</p>
      {PARTS.map((part) => (
        <div key={part} class="qc-picture-part">
          <p class="qc-picture-part-title">{t(`parts.${part}`)}</p>
          <ul>
            {scores
              .filter((a) => a.part === part)
              .map((a) => {
                const share = a.score ?? 0;
                const was = earlier?.get(a.id) ?? null;
                const label = t(`quickCheck.areas.${a.id}.title`);
                return (
                  <li key={a.id}>
                    <span class="qc-bar-label">
                      {t('quickCheck.pictureRow', {
                        area: label,
                        percent: a.score === null ? '–' : formatPercent(share, lng),
                      })}
                      {was !== null && (
                        <span class="hint">
                          {' '}
                          ·{' '}
                          {t('quickCheck.pictureBefore', {
                            percent: formatPercent(was, lng),
                          })}
                        </span>
                      )}
                    </span>
                    <span class="qc-bar" aria-hidden="true">
                      <span class="qc-bar-fill" style={{ width: `${share * 100}%` }} />
                      {was !== null && (
                        <span class="qc-bar-before" style={{ left: `calc(${was * 100}% - 2px)` }} />
                      )}
                    </span>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </figure>
  );
}
