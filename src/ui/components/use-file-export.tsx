import { useRef, useState } from 'preact/hooks';
import { deliverFile } from './deliver-file';
import { useStorageAdvice } from './ErrorMessage';

/** Where making a file stands, for the status line under its buttons. */
export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/** What the status line says, already in the UI's language. */
export interface ExportTexts {
  readonly making: string;
  readonly made: (file: string) => string;
  readonly opened: string;
  readonly blocked: string;
  readonly failed: (reason: string) => string;
}

/**
 * Makes a file and hands it over, keeping the state for the status line: making, done (how it
 * was delivered) or failed with advice the user can act on. The texts of the latest render are
 * used, so a language switch while the file is made shows the message in the new language.
 */
export function useFileExport(texts: ExportTexts) {
  const advice = useStorageAdvice();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const latest = useRef(texts);
  latest.current = texts;

  const run = async (make: () => Promise<{ blob: Blob; fileName: string }>) => {
    setState({ kind: 'making' });
    try {
      const { blob, fileName } = await make();
      const delivery = await deliverFile(blob, fileName);
      const words = latest.current;
      setState(
        delivery === 'blocked'
          ? { kind: 'failed', message: words.blocked }
          : {
              kind: 'done',
              message: delivery === 'opened' ? words.opened : words.made(fileName),
            },
      );
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', message: latest.current.failed(advice(e)) });
    }
  };
  return { state, run, making: state.kind === 'making' };
}

/** The status line under a file's buttons, read out by screen readers when it changes. */
export function ExportStatus({ state, making }: { state: ExportState; making: string }) {
  return (
    <p class={state.kind === 'failed' ? 'error-message' : 'hint'} role="status" aria-live="polite">
      {state.kind === 'making' ? making : state.kind === 'idle' ? '' : state.message}
    </p>
  );
}
