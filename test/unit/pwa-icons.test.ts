// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../src/pwa/manifest.json';

const publicDir = resolve('public');

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const inPublic = (src: string) => join(publicDir, src.replace(/^\//, ''));

describe('the web app manifest', () => {
  it('names and describes the app in Finnish, the default language', () => {
    expect(manifest).toMatchObject({
      name: 'Markkinapaja',
      short_name: 'Markkinapaja',
      lang: 'fi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5d5b',
      background_color: '#f5f6f3',
    });
    expect(manifest.description).toMatch(/työpaja/);
  });

  it.each(manifest.icons.map((icon) => [icon.src, icon] as const))(
    '%s exists and has the size it claims',
    (_src, icon) => {
      const file = inPublic(icon.src);
      expect(existsSync(file), file).toBe(true);
      expect(icon.type).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(file)).toEqual({ width, height });
    },
  );

  it('has the icons installers ask for: 192 and 512 px, and a maskable one', () => {
    const any = manifest.icons.filter((i) => i.purpose === 'any').map((i) => i.sizes);
    expect(any).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('has an Apple touch icon of 180 px, linked from index.html', () => {
    const html = readFileSync('index.html', 'utf8');
    const href = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(pngSize(inPublic(href ?? ''))).toEqual({ width: 180, height: 180 });
  });
});
