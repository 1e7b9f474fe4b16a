import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n';
import {
  readShellTexts,
  SHELL_LANGUAGES,
  shellMarkup,
  shellScript,
  type ShellTexts,
} from '../../src/app/static-shell';
import { LAST_PATH } from '../../src/app/resume';

// The suite runs from the project's root.
const locales = pathToFileURL(`${resolve('locales')}/`);
const texts = Object.fromEntries(
  SHELL_LANGUAGES.map((l) => [l, readShellTexts(locales, l)]),
) as Record<(typeof SHELL_LANGUAGES)[number], ShellTexts>;

/** index.html as the build writes it, run as the browser would. */
function start(path = '/') {
  history.replaceState(null, '', path);
  document.body.innerHTML = `<div id="app">${shellMarkup(texts.fi)}</div>`;
  new Function(shellScript(texts, LANGUAGE_STORAGE_KEY))();
  return document.getElementById('app')!;
}

describe('the first screen drawn from index.html', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    document.documentElement.lang = 'fi';
  });

  it('shows the home screen in Finnish when nothing else is known', () => {
    Object.defineProperty(navigator, 'languages', { value: ['de-DE'], configurable: true });
    const app = start();
    expect(app.querySelector('h1')?.textContent).toBe('Arviointisi');
    expect(app.querySelector('a[href="/new"]')?.textContent).toBe('Uusi arviointi');
    expect(app.querySelector('a[href="/quick-check"]')?.textContent).toBe(
      texts.fi['quickCheckHome.button'],
    );
  });

  it('speaks the language the user chose last time', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    const app = start();
    expect(app.querySelector('h1')?.textContent).toBe('Dina bedömningar');
    expect(document.documentElement.lang).toBe('sv');
    expect(app.querySelector('[lang="sv"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(app.querySelector('[lang="fi"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(app.textContent).not.toContain('Arviointisi');
  });

  it('follows the browser at the first start', () => {
    Object.defineProperty(navigator, 'languages', { value: ['en-GB', 'fi'], configurable: true });
    expect(start().querySelector('h1')?.textContent).toBe(texts.en['home.title']);
  });

  it('draws no home screen where the app opens another screen', () => {
    expect(start('/a/abc/grid').querySelector('h1')).toBeNull();
    // A fresh launch at the start page goes back to the last assessment screen.
    localStorage.setItem(LAST_PATH, '/a/abc/grid');
    expect(start('/').querySelector('h1')).toBeNull();
    // A reload in the same tab stays on the start page.
    sessionStorage.setItem('markkinapaja.session', '1');
    expect(start('/').querySelector('h1')).not.toBeNull();
  });

  it('draws no site frame where a step is shown on a projector', () => {
    const app = start('/a/abc/present/grid');
    expect(app.querySelector('header')).toBeNull();
    expect(app.querySelector('footer')).toBeNull();
    expect(app.querySelector('.skip-link')).toBeNull();
    expect(app.querySelector('main')).not.toBeNull();
    expect(start('/a/abc/grid').querySelector('header')).not.toBeNull();
  });

  it('has every text in every language', () => {
    for (const l of SHELL_LANGUAGES) {
      for (const value of Object.values(texts[l])) expect(value.trim()).not.toBe('');
    }
    expect(texts.sv['home.new']).not.toBe(texts.fi['home.new']);
  });
});
