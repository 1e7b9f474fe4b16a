import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/domain/file-name';
import { pdfText } from '../../src/pdf/text';

describe('pdfText', () => {
  it('keeps Finnish, Swedish, Sami, Estonian and German letters, the euro sign, dashes and quotes', () => {
    const text = 'äöå ÄÖÅ áčđŋšŧž ÁČĐŊŠŦŽ õü ß € – — „“ ’ « » … −5';
    expect(pdfText(text)).toBe(text);
  });

  it('composes letters written with combining accents', () => {
    expect(pdfText('c\u030Cs\u030C')).toBe('čš');
  });

  it('leaves emoji out, folding the space they leave, and keeps line breaks', () => {
    expect(pdfText('Hyvä 👍🏽 työ ❤️\nKiitos 😀')).toBe('Hyvä työ\nKiitos');
    expect(pdfText('kahvihetki kerran kvartaalissa ☕')).toBe('kahvihetki kerran kvartaalissa');
    expect(pdfText('👨‍👩‍👧 Perhe')).toBe('Perhe');
    expect(pdfText('Suomi 🇫🇮 ja Ruotsi 🇸🇪!')).toBe('Suomi ja Ruotsi!');
    expect(pdfText('Hyvä👍työ')).toBe('Hyvätyö');
    expect(pdfText('Merkki © ja ™ jäävät')).toBe('Merkki © ja ™ jäävät');
    expect(pdfText('a  b')).toBe('a  b');
  });

  it('turns other characters the font lacks into one question mark each', () => {
    expect(pdfText('日本 ✓ →')).toBe('?? ? ?');
  });
});

describe('safeFileName', () => {
  it('keeps letters of any language and drops what file systems refuse', () => {
    expect(
      safeFileName(['Hoiva/Koti: "Åström" <Oy>', 'toimintasuunnitelma', '2026-11-22'], 'pdf'),
    ).toBe('HoivaKoti-Åström-Oy_toimintasuunnitelma_2026-11-22.pdf');
  });

  it('shortens a long business name and keeps what the file is and its date', () => {
    const name = safeFileName(
      ['Hoivapalvelu Aurinko '.repeat(15), 'toimintasuunnitelma', '2026-11-22'],
      'pdf',
    );
    expect(name).toMatch(/^Hoivapalvelu-Aurinko-.*_toimintasuunnitelma_2026-11-22\.pdf$/);
    expect(name).not.toMatch(/-_/);
    expect(name.length).toBeLessThanOrEqual(104);
  });

  it('falls back to the app name when nothing usable is left', () => {
    expect(safeFileName(['???', '***'], 'pdf')).toBe('markkinapaja.pdf');
  });
});
