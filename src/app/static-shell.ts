import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LAST_PATH, PRESENTATION, SESSION } from './resume.ts';

/**
 * The first screen's frame, written into index.html at build time so that the browser can draw
 * it before any JavaScript has run: the header, the home screen's heading, lead and button, the
 * footer. A small inline script, allowed by its hash in the page's policy, puts it in the
 * language the app will start in and leaves out the home part when the app will open another
 * screen, then takes itself out of the page. The app's first render replaces it in the same frame, with the same layout.
 */

const LANGUAGES = ['fi', 'sv', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** The texts the frame shows, by the app's own keys. */
export const SHELL_KEYS = [
  'app.skipToContent',
  'app.name',
  'app.language',
  'app.languages.fi',
  'app.languages.sv',
  'app.languages.en',
  'app.loading',
  'app.privacy',
  'home.title',
  'home.intro',
  'home.new',
  'quickCheckHome.button',
  'backup.title',
  'pwa.yourData.link',
] as const;
type ShellKey = (typeof SHELL_KEYS)[number];
export type ShellTexts = Record<ShellKey, string>;

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** The frame's texts of one language, read from locales/<lng>/*.json. */
export function readShellTexts(localesDir: URL, lng: Language): ShellTexts {
  const files = ['common', 'backup', 'pwa'].map((f) =>
    JSON.parse(readFileSync(new URL(`${lng}/${f}.json`, localesDir), 'utf8')),
  );
  const merged = Object.assign({}, ...files) as Record<string, unknown>;
  return Object.fromEntries(
    SHELL_KEYS.map((key) => {
      const value = lookup(merged, key);
      if (typeof value !== 'string') throw new Error(`Shell text ${lng}:${key} is missing`);
      return [key, value];
    }),
  ) as ShellTexts;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The frame's markup in Finnish, each text marked with its key for the script to replace. */
export function shellMarkup(fi: ShellTexts): string {
  const t = (key: ShellKey) => `data-shell="${key}">${escape(fi[key])}`;
  const lang = (l: Language) =>
    `<button type="button" lang="${l}" aria-pressed="${l === 'fi'}" data-shell-lang="${l}">` +
    `<span aria-hidden="true">${l.toUpperCase()}</span>` +
    `<span class="visually-hidden" ${t(`app.languages.${l}`)}</span></button>`;
  return [
    `<a href="#main" class="skip-link" ${t('app.skipToContent')}</a>`,
    '<header class="app-header"><div class="brand-block">',
    `<a href="/" class="brand" ${t('app.name')}</a>`,
    '<p role="status" aria-live="polite" class="save-indicator"></p></div>',
    `<div role="group" class="lang-switch" aria-label="${escape(fi['app.language'])}" data-shell-label="app.language">`,
    LANGUAGES.map(lang).join(''),
    '</div></header>',
    '<main id="main" tabindex="-1"><div class="screen" data-shell-home>',
    `<h1 ${t('home.title')}</h1>`,
    `<p class="lead" ${t('home.intro')}</p>`,
    `<a href="/new" class="button primary wide" ${t('home.new')}</a>`,
    `<a href="/quick-check" class="button wide qc-home" ${t('quickCheckHome.button')}</a>`,
    `<p aria-busy="true" ${t('app.loading')}</p>`,
    '</div></main>',
    `<footer class="app-footer"><p><span ${t('app.privacy')}</span> `,
    `<a href="/your-data" ${t('pwa.yourData.link')}</a></p></footer>`,
  ].join('');
}

/**
 * The script that fits the frame to this start: the language the app's detector will pick (the
 * remembered choice, else the browser's, else Finnish), no home part when the app resumes
 * another screen (src/app/resume.ts) or the address is not the home screen's, and no site frame
 * around a step shown on a projector.
 */
export function shellScript(texts: Record<Language, ShellTexts>, storageKey: string): string {
  const data = JSON.stringify({
    texts,
    storageKey,
    langs: LANGUAGES,
    last: LAST_PATH,
    session: SESSION,
    present: PRESENTATION.source,
  });
  return `(function(d){try{var s=localStorage,l=s.getItem(d.storageKey),n=navigator.languages||[navigator.language];
if(d.langs.indexOf(l)<0){l='fi';for(var i=0;i<n.length;i++){var c=String(n[i]).slice(0,2).toLowerCase();if(d.langs.indexOf(c)>=0){l=c;break}}}
var last=s.getItem(d.last),fresh=sessionStorage.getItem(d.session)===null;
var home=location.pathname==='/'&&!(fresh&&last&&last.indexOf('/a/')===0);
var r=document.getElementById('app');if(!home){var h=r.querySelector('[data-shell-home]');if(h)h.remove()}
if(new RegExp(d.present).test(location.pathname))r.querySelectorAll('header,footer,.skip-link').forEach(function(e){e.remove()});
if(l==='fi')return;document.documentElement.lang=l;var t=d.texts[l];
r.querySelectorAll('[data-shell]').forEach(function(e){e.textContent=t[e.getAttribute('data-shell')]});
var lb=r.querySelector('[data-shell-label]');if(lb)lb.setAttribute('aria-label',t['app.language']);
r.querySelectorAll('[data-shell-lang]').forEach(function(b){b.setAttribute('aria-pressed',String(b.getAttribute('data-shell-lang')===l))})
}catch(e){}finally{var me=document.currentScript;if(me)me.remove()}})(${data});`;
}

/** The policy's source for an inline script: its SHA-256. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export { LANGUAGES as SHELL_LANGUAGES };
