import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';

/** Fills the whole screen with the presentation, and back; absent where the browser cannot. */
export function FullscreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  // A refused request (the browser's policy) leaves the presentation in its window, which works.
  const toggle = () =>
    void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(
      () => undefined,
    );
  return (
    <button type="button" class="present-tool" aria-pressed={full} onClick={toggle}>
      {t('present.fullscreen')}
    </button>
  );
}
