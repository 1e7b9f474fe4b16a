// A button that makes a PDF of a stored report: jsPDF and autotable load on the first click.
import { useEffect } from 'preact/hooks';
import { useText } from './use-text';
import { db, type Report } from './db';

// About as much table text as the app's plan of a maximal assessment (20 pages, ~64,000 letters).
const CELL = 'Asiakkaat arvostavat luotettavuutta, jatkuvuutta ja tuttuja hoitajia. ';
const REPORT: Report = {
  id: 'r',
  sections: Array.from({ length: 18 }, (_, s) => ({
    title: `Osa ${s + 1}: Kohde ${s + 1}`,
    rows: Array.from({ length: 10 }, (_, r) => [
      `Kohta ${s + 1}.${r + 1}: Keskustelut asiakkaan kanssa`,
      CELL.repeat(5).trim(),
      `${(r % 5) + 1} / 5`,
    ]),
  })),
};

async function download() {
  const report = await db.reports.get('r');
  if (!report) return;
  const { makePdf } = await import('./pdf');
  const url = URL.createObjectURL(await makePdf(report));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'floor.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function PdfButton() {
  const t = useText();
  useEffect(() => {
    void db.reports.put(REPORT);
  }, []);
  return (
    <main>
      <button type="button" onClick={() => void download()}>
        {t('pdf')}
      </button>
    </main>
  );
}
