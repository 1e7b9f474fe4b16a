// The texts the first screens need (home, new assessment, backup, install), in one chunk; the
// workshop's own texts come with the screens that use them (./en-more.ts).
const files = import.meta.glob<Record<string, unknown>>(
  '../../../locales/en/{common,backup,calendar,notices,pwa,footer,groups-first}.json',
  { eager: true, import: 'default' },
);

export default Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
