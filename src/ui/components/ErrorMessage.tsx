import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '../../storage';

/** The translated advice for a storage failure. */
export function useStorageAdvice() {
  const { t } = useTranslation();
  return (e: unknown) => t(`errors.${classifyStorageError(e)}`);
}

/** An alert under a form or a button; renders nothing without a message. */
export function ErrorMessage({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p class="error-message" role="alert" id={id}>
      {message}
    </p>
  );
}
