// The floor's PDF: jsPDF + autotable with the app's embedded Noto Sans, one table per section.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { Report } from './db';

let fonts: Promise<string[]> | null = null;

async function base64(file: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(`/${file}`)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The report as a PDF file; the fonts are fetched once a visit. */
export async function makePdf(report: Report): Promise<Blob> {
  fonts ??= Promise.all(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'].map(base64));
  const [regular, bold] = await fonts;
  const doc = new jsPDF({ format: 'a4', unit: 'mm', compress: true });
  doc.addFileToVFS('regular.ttf', regular);
  doc.addFont('regular.ttf', 'NotoSans', 'normal');
  doc.addFileToVFS('bold.ttf', bold);
  doc.addFont('bold.ttf', 'NotoSans', 'bold');
  let y = 20;
  for (const section of report.sections) {
    doc.setFont('NotoSans', 'bold').setFontSize(14).text(section.title, 14, y);
    autoTable(doc, {
      startY: y + 4,
      body: section.rows,
      styles: { font: 'NotoSans', fontSize: 10 },
      columnStyles: { 0: { cellWidth: 50 }, 2: { cellWidth: 20 } },
    });
    y = (doc as jsPDF & { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 14;
    if (y > 260) {
      doc.addPage();
      y = 20;
    }
  }
  return doc.output('blob');
}
