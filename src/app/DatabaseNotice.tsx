import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { onDatabaseEvent, type DatabaseEvent } from '../storage';

/**
 * Tells the user what to do when another tab stands in the way of a database upgrade, or has
 * already upgraded it: never a blank screen.
 */
export function DatabaseNotice() {
  const { t } = useTranslation();
  const [event, setEvent] = useState<DatabaseEvent | null>(null);
  useEffect(() => onDatabaseEvent(setEvent), []);
  if (!event) return null;
  return (
    <div class="database-notice" role="alert">
      <p>{t(`notices.${event}`)}</p>
      {event === 'newerVersionElsewhere' && (
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('notices.reload')}
        </button>
      )}
    </div>
  );
}
