import { defineConfig, type Preset } from '@vite-pwa/assets-generator/config';

// Every icon comes from public/favicon.svg. The maskable and Apple icons fill their square with
// the brand colour, so the rounded corners of the drawing disappear into it and the launcher's
// own mask (circle, squircle) cuts only colour. A little padding keeps the ends of the M inside
// the maskable icon's safe zone (a circle of 80 % of the width).
const brand = { background: '#0b5d5b', fit: 'contain' } as const;

const preset: Preset = {
  transparent: { sizes: [192, 512], favicons: [] },
  maskable: { sizes: [512], padding: 0.1, resizeOptions: brand },
  apple: { sizes: [180], padding: 0, resizeOptions: brand },
};

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset,
  images: ['public/favicon.svg'],
});
