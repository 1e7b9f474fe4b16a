/**
 * Who publishes this copy of the app, set when it is built (see the README): the accessibility
 * statement names them and their feedback address. Empty where the build does not set them.
 */
export function publisher(): { readonly name: string; readonly feedbackEmail: string } {
  return {
    name: String(import.meta.env.VITE_PUBLISHER_NAME ?? '').trim(),
    feedbackEmail: String(import.meta.env.VITE_FEEDBACK_EMAIL ?? '').trim(),
  };
}

/** The day the app's accessibility was last assessed and this statement drawn up. */
export const STATEMENT_DATE = '2026-12-01';
