/** The PDF's embedded fonts as base64, by style. */
export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
}

export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
} as const;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Fetches the app's own fonts (precached for offline use); never from another host. */
export async function loadFonts(base = '/fonts/'): Promise<PdfFonts> {
  const get = async (file: string) => {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`Font ${file}: HTTP ${response.status}`);
    return toBase64(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get(FONT_FILES.regular), get(FONT_FILES.bold)]);
  return { regular, bold };
}
