/** How a file reached the user. */
export type Delivery = 'downloaded' | 'shared' | 'opened' | 'blocked';

/** True in an app added to the iOS home screen, where downloads from a page do not work. */
export function isIosHomeScreenApp(nav: Navigator = navigator): boolean {
  return (nav as Navigator & { standalone?: boolean }).standalone === true;
}

/**
 * Hands a file to the user without leaving the page: a download where browsers allow it; in an
 * iOS home-screen app, the share sheet (save to Files, mail, messages) or else a new view.
 */
export async function deliverFile(blob: Blob, fileName: string): Promise<Delivery> {
  if (isIosHomeScreenApp()) {
    const file = new File([blob], fileName, { type: blob.type });
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ files: [file], title: fileName });
        return 'shared';
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') return 'shared';
      }
    }
    const url = URL.createObjectURL(blob);
    const view = window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
    return view ? 'opened' : 'blocked';
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
