/**
 * Stands in for fast-png, which jsPDF imports for PNG images. The reports draw text, tables and
 * vector charts only, never an image, so the PNG decoder (with its zlib, pako) stays out of the
 * PDF's chunk and the offline precache. Should an image ever be added, this says so at once.
 */
export function decode(): never {
  throw new Error('PNG images are not supported in the reports.');
}
