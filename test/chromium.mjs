// The system Chromium and the flags it needs on this kind of machine (as root in a container,
// no network but the package registries): no sandbox, no GPU, no background traffic.
// CHROMIUM_PATH points elsewhere on other machines.

/** Path of the Chromium the browser tests and the benchmark drive. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
