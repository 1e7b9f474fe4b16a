import { vi } from 'vitest';

/** Every file the app hands over (a blob: URL clicked as a download), by name, with its contents. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:file-${blobs.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs[Number(this.href.split('-').pop()) - 1] });
  });
  return files;
}
