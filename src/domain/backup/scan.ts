import { MAX_DEPTH } from './format';

/** Longer than any answer can be; such a string is damage, wherever it is. */
export const MAX_STRING = 20_000;

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What the scan found wrong with a parsed file, if anything. */
export interface ScanResult {
  /** Nested deeper than MAX_DEPTH: the file is refused before anything else looks at it. */
  readonly tooDeep?: true;
  /** A key that could reach an object's prototype. */
  readonly key?: string;
  /** The dotted path of the first string too long to be an answer. */
  readonly longString?: string;
}

/**
 * Walks the whole parsed file once, with its own stack instead of recursion, so that a file
 * nested thousands of levels deep is refused with a reason instead of overflowing the call stack.
 */
export function scan(root: unknown): ScanResult {
  const stack: { node: unknown; path: string; depth: number }[] = [
    { node: root, path: '', depth: 0 },
  ];
  let longString: string | undefined;
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof node === 'string') {
      if (node.length > MAX_STRING) longString ??= path;
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DEPTH) return { tooDeep: true };
    // Pushed in reverse, so that the first key is looked at first, as a reader would.
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (PROTOTYPE_KEYS.has(key)) return { key };
      stack.push({
        node: (node as Record<string, unknown>)[key],
        path: path ? `${path}.${key}` : key,
        depth: depth + 1,
      });
    }
  }
  return longString === undefined ? {} : { longString };
}

/**
 * The paths that `output` has and `input` lacks: what a check filled with defaults because the
 * file was written before the app added them. Iterative, like scan.
 */
export function addedPaths(input: unknown, output: unknown): string[] {
  const added: string[] = [];
  const stack: { a: unknown; b: unknown; path: string }[] = [{ a: input, b: output, path: '' }];
  while (stack.length > 0) {
    const { a, b, path } = stack.pop() as (typeof stack)[number];
    if (!isPlainObject(a) || !isPlainObject(b)) continue;
    for (const key of Object.keys(b)) {
      const at = path ? `${path}.${key}` : key;
      if (Object.hasOwn(a, key)) stack.push({ a: a[key], b: b[key], path: at });
      else added.push(at);
    }
  }
  return added.sort();
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
