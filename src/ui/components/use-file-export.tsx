import { useState } from 'preact/hooks';
import { deliverFile, type Delivery } from './deliver-file';
import { useStorageAdvice } from './ErrorMessage';

/** Where making a file stands, for the status line under its buttons. */
export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'done'; readonly delivery: Delivery; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: unknown };

/** What the status line says, in the UI's language. */
export interface ExportTexts {
  readonly making: string;
  readonly made: (file: string) => string;
  readonly opened: string;
  readonly blocked: string;
  readonly failed: (reason: string) => string;
}

/**
 * Makes a file and hands it over, keeping the state for the status line: making, done (how it
 * was delivered) or failed with advice the user can act on. The message is worded at each
 * render, so it follows a switch of the UI's language.
 */
export function useFileExport(texts: ExportTexts) {
  const advice = useStorageAdvice();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const run = async (make: () => Promise<{ blob: Blob; fileName: string }>) => {
    setState({ kind: 'making' });
    try {
      const { blob, fileName } = await make();
      setState({ kind: 'done', delivery: await deliverFile(blob, fileName), fileName });
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', error: e });
    }
  };
  const failed = state.kind === 'failed' || (state.kind === 'done' && state.delivery === 'blocked');
  const message =
    state.kind === 'making'
      ? texts.making
      : state.kind === 'failed'
        ? texts.failed(advice(state.error))
        : state.kind === 'done'
          ? state.delivery === 'blocked'
            ? texts.blocked
            : state.delivery === 'opened'
              ? texts.opened
              : texts.made(state.fileName)
          : '';
  return { state, run, making: state.kind === 'making', message, failed };
}

/** The status line under a file's buttons, read out by screen readers when it changes. */
export function ExportStatus({ file }: { file: { message: string; failed: boolean } }) {
  return (
    <p class={file.failed ? 'error-message' : 'hint'} role="status" aria-live="polite">
      {file.message}
    </p>
  );
}
