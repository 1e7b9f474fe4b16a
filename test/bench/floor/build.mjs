// Builds the floor into test/bench/out/floor with Vite's JS API, in the same run as the app.
import { build } from 'vite';
import config from './vite.config.mjs';

/** Builds the floor and returns its out dir. */
export async function buildFloor() {
  await build({ ...config, configFile: false });
  return config.build.outDir;
}
