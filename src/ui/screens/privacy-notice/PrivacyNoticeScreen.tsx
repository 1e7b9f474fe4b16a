import { useEffect, useId, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from 'react-i18next';
import { assessmentField } from '../../../domain/changes';
import { draftPrivacyNotice } from '../../../domain/privacy-notice';
import {
  NOTICE_LANGUAGES,
  NOTICE_SECTION_LIMIT,
  noticeTextField,
  type Assessment,
  type NoticeLanguage,
  type YesNo as YesNoValue,
} from '../../../domain/workshop';
import { allTextsLoaded, ensureAllTexts, toLanguage } from '../../../i18n';
import { autosave, useAssessment } from '../../../storage';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/use-page-title';
import { YesNo } from '../../components/YesNo';
import { NoticeExport } from './NoticeExport';
import { countFills, sectionText, todoItems } from './notice-text';
import './privacy-notice.css';
import { AssessmentNotFound, Loading } from '../../components/Missing';

/** The notice's sections in its own language, each an autosaved text that starts as the draft. */
function NoticeSections({ a, lng }: { a: Assessment; lng: NoticeLanguage }) {
  const { t, i18n } = useTranslation();
  const nt = i18n.getFixedT(lng);
  const draft = draftPrivacyNotice(a);
  const texts = draft.sections.map((s) => ({ s, text: sectionText(a, s, lng, nt) }));
  const fills = texts.reduce((n, { text }) => n + countFills(text, nt), 0);
  const todo = todoItems(draft, fills, t);
  return (
    <>
      <p class="notice-fills" role="status">
        {fills > 0 ? t('notice.fillCount', { count: fills }) : t('notice.fillNone')}
      </p>
      <div lang={lng} class="notice-sections">
        <h2 class="notice-title">{nt('notice.title')}</h2>
        {texts.map(({ s, text }, i) => {
          const field = noticeTextField(a.id, lng, s.id);
          const title = `${i + 1}. ${nt(`notice.sections.${s.id}`)}`;
          const edited = a.privacyNotice.texts[lng][s.id].trim() !== '';
          return (
            <section key={`${lng}-${s.id}`} class="panel notice-section" data-section={s.id}>
              <h3 id={`notice-${s.id}`}>{title}</h3>
              <TextField
                field={field}
                value={text}
                label={title}
                hiddenLabel
                multiline
                maxLength={NOTICE_SECTION_LIMIT}
              />
              {edited && (
                <p class="notice-edited" lang={toLanguage(i18n.language)}>
                  <span class="badge">{t('notice.edited')}</span>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('notice.reset', { section: title })}
                    onClick={() => void autosave.choose(field, '')}
                  >
                    {t('notice.resetShort')}
                  </button>
                </p>
              )}
            </section>
          );
        })}
      </div>
      <section class="panel notice-todo" aria-labelledby="notice-todo-title">
        <h2 id="notice-todo-title">{t('notice.todoTitle')}</h2>
        <p class="hint">{t('notice.todoNote')}</p>
        {todo.length > 0 ? (
          <ul>
            {todo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p>{t('notice.todoNone')}</p>
        )}
      </section>
    </>
  );
}

/**
 * The customer register's privacy notice: drafted from the register step's answers, edited here
 * (saved as typed), and taken out as a PDF or a .docx in any of the three languages.
 */
export function PrivacyNoticeScreen() {
  const { t, i18n } = useTranslation();
  const { params } = useRoute();
  const a = useAssessment(params.id ?? '');
  const selectId = useId();
  const [lng, setLng] = useState<NoticeLanguage>(toLanguage(i18n.language));
  const ready = allTextsLoaded(i18n, lng);
  const [, setLoads] = useState(0);
  usePageTitle(t('notice.screenTitle'));

  useEffect(() => {
    // Another language's texts come in when it is chosen; the screen draws again then.
    if (!ready) void ensureAllTexts(i18n, lng).then(() => setLoads((n) => n + 1));
  }, [ready, lng, i18n]);

  if (a === undefined) return <Loading />;
  if (a === null) return <AssessmentNotFound />;
  const chooseHealth = (v: YesNoValue) =>
    void autosave.choose(assessmentField(a.id, 'privacyNotice', 'healthData'), v);
  return (
    <article class="screen privacy-notice">
      <a class="back-link" href={`/a/${a.id}/register`}>
        {t('notice.back')}
      </a>
      <h1>{t('notice.screenTitle')}</h1>
      <p class="lead">{t('notice.lead')}</p>
      <p class="callout">{t('notice.notAdvice')}</p>
      <section class="panel notice-settings">
        <div class="field">
          <label for={selectId}>{t('notice.language')}</label>
          <span class="hint" id={`${selectId}-hint`}>
            {t('notice.languageHint')}
          </span>
          <select
            id={selectId}
            aria-describedby={`${selectId}-hint`}
            value={lng}
            onChange={(e) => setLng(toLanguage(e.currentTarget.value))}
          >
            {NOTICE_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`app.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <YesNo
          legend={t('notice.health')}
          value={a.privacyNotice.healthData}
          onChange={chooseHealth}
        />
        <p class="hint">{t('notice.healthHint')}</p>
      </section>
      {ready ? <NoticeSections a={a} lng={lng} /> : <p aria-busy="true">{t('app.loading')}</p>}
      <NoticeExport assessmentId={a.id} lng={lng} />
    </article>
  );
}
