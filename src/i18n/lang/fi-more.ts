// The workshop's texts: steps, sources, grid, summary, GDPR background and the PDF.
const files = import.meta.glob<Record<string, unknown>>(
  '../../../locales/fi/{workshop,steps,grid,summary,gdpr,pdf,followup,notice,accessibility,quickcheck,group,group-reports,present}.json',
  { eager: true, import: 'default' },
);

export default Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
