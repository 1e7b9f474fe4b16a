import type { ReportChart } from './model';
import { BRAND, Cursor, FONT, INK, MARGIN, MUTED, PAGE_WIDTH, write } from './layout';
import { pdfText } from './text';

const LABEL_WIDTH = 74;
const TRACK_LEFT = MARGIN + LABEL_WIDTH + 4;
const TRACK_RIGHT = PAGE_WIDTH - MARGIN - 14;
const TRACK = TRACK_RIGHT - TRACK_LEFT;
const GAP_FILL: [number, number, number] = [248, 214, 150];
const x = (level: number) => TRACK_LEFT + (TRACK * level) / 3;

/**
 * Today's and target levels of every source as bars on a 0–3 track: the bar is today, the
 * amber stretch is the way to the target, the dark mark is the target. Figures stand at the right.
 */
export function drawChart(c: Cursor, chart: ReportChart): void {
  const { doc } = c;
  c.need(40);
  write(c, chart.title, { size: 13, bold: true, color: BRAND, gap: 2 });
  legend(c, chart);
  for (const part of chart.parts) {
    c.need(16);
    write(c, part.title, { size: 10, bold: true, gap: 1 });
    axis(c, chart.levels);
    for (const row of part.rows) {
      doc.setFont(FONT, row.important ? 'bold' : 'normal');
      doc.setFontSize(8);
      const label = pdfText(`${row.important ? '* ' : ''}${row.label}`);
      const lines: string[] = doc.splitTextToSize(label, LABEL_WIDTH).slice(0, 2);
      const height = Math.max(6, lines.length * 3.6 + 1.6);
      c.need(height);
      doc.setTextColor(...INK);
      lines.forEach((line, i) => doc.text(line, MARGIN, c.y + 3.4 + i * 3.6));
      const mid = c.y + height / 2 - 0.4;
      doc.setFillColor(232, 235, 237);
      doc.rect(TRACK_LEFT, mid - 1.8, TRACK, 3.6, 'F');
      if (row.level === null) {
        doc.setFont(FONT, 'normal');
        doc.setTextColor(...MUTED);
        doc.text(pdfText(chart.legend.notRated), TRACK_LEFT + 2, mid + 1.2);
      } else {
        if (row.target !== null && row.target > row.level) {
          doc.setFillColor(...GAP_FILL);
          doc.rect(x(row.level), mid - 1.8, x(row.target) - x(row.level), 3.6, 'F');
        }
        doc.setFillColor(...BRAND);
        doc.rect(TRACK_LEFT, mid - 1.8, Math.max(0.8, x(row.level) - TRACK_LEFT), 3.6, 'F');
      }
      if (row.before !== undefined && row.before !== null) before(c, row.before, mid);
      if (row.target !== null) {
        doc.setFillColor(...INK);
        doc.rect(x(row.target) - 0.6, mid - 2.8, 1.2, 5.6, 'F');
      }
      figures(c, row.level, row.target, mid);
      c.y += height;
    }
    c.y += 3;
  }
}

/** "1 → 3" at the right edge; the arrow is drawn, since the font has no arrow glyph. */
function figures(c: Cursor, level: number | null, target: number | null, mid: number) {
  const { doc } = c;
  const right = PAGE_WIDTH - MARGIN;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8);
  doc.setTextColor(...INK);
  doc.text(level === null ? '–' : String(level), right - 9, mid + 1.2, { align: 'right' });
  doc.text(target === null ? '–' : String(target), right, mid + 1.2, { align: 'right' });
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.3);
  doc.line(right - 7.6, mid, right - 3.4, mid);
  doc.setFillColor(...INK);
  doc.triangle(right - 3.4, mid - 0.9, right - 3.4, mid + 0.9, right - 2.2, mid, 'F');
}

const BEFORE: [number, number, number] = [110, 110, 110];

/** The workshop's level in a follow-up: a hollow grey box, faint beside the bar of now. */
function before(c: Cursor, level: number, mid: number) {
  c.doc.setDrawColor(...BEFORE);
  c.doc.setLineWidth(0.4);
  c.doc.rect(x(level) - 1.2, mid - 2.4, 2.4, 4.8, 'S');
}

function axis(c: Cursor, levels: readonly string[]) {
  const { doc } = c;
  c.need(5);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(6.5);
  doc.setTextColor(...MUTED);
  levels.forEach((name, l) => {
    const align = l === 0 ? 'left' : l === 3 ? 'right' : 'center';
    doc.text(pdfText(name), x(l), c.y + 3, { align });
  });
  c.y += 4.5;
}

function legend(c: Cursor, chart: ReportChart) {
  const { doc } = c;
  c.need(7);
  const y = c.y + 2;
  let left = MARGIN;
  const item = (draw: () => void, text: string) => {
    draw();
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    doc.text(pdfText(text), left + 6, y + 2.5);
    left += 6 + doc.getTextWidth(pdfText(text)) + 6;
  };
  item(() => {
    doc.setFillColor(...BRAND);
    doc.rect(left, y, 4.5, 3, 'F');
  }, chart.legend.today);
  item(() => {
    doc.setFillColor(...INK);
    doc.rect(left + 1.6, y - 0.6, 1.2, 4.2, 'F');
  }, chart.legend.target);
  item(() => {
    doc.setFillColor(...GAP_FILL);
    doc.rect(left, y, 4.5, 3, 'F');
  }, chart.legend.gap);
  if (chart.legend.before !== undefined) {
    item(() => {
      doc.setDrawColor(...BEFORE);
      doc.setLineWidth(0.4);
      doc.rect(left + 1, y - 0.6, 2.4, 4.2, 'S');
    }, chart.legend.before);
  }
  if (chart.legend.important) item(() => undefined, chart.legend.important);
  c.y += 8;
}
