// Every locale file of this language in one chunk, so a start-up fetches one file for its texts.
const files = import.meta.glob<Record<string, unknown>>('../../../locales/sv/*.json', {
  eager: true,
  import: 'default',
});

export default Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
