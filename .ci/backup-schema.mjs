// Writes docs/backup-format.schema.json from the same valibot definitions the app reads backup
// files with, so that the published description cannot drift from the reader.
// `npm run schema` writes it; `--check` (CI) fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import prettier from 'prettier';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url);
const target = new URL('docs/backup-format.schema.json', root);

const { module } = await runnerImport(fileURLToPath(new URL('src/domain/backup/index.ts', root)), {
  configFile: false,
  logLevel: 'error',
});
const { backupFileSchema, BACKUP_VERSION } = module;

// Custom checks (a real calendar date, cells only of existing rows) have no JSON Schema
// counterpart; the app's reader applies them, the description leaves them out.
const { $schema, ...body } = toJsonSchema(backupFileSchema, {
  errorMode: 'ignore',
  target: 'draft-2020-12',
});
const schema = {
  $schema,
  $id: `markkinapaja-backup-${BACKUP_VERSION}`,
  title: `Markkinapaja backup file, format version ${BACKUP_VERSION}`,
  ...body,
};
// Formatted as the rest of the repository, so that the prettier check and this check agree.
const path = fileURLToPath(target);
const json = await prettier.format(JSON.stringify(schema), {
  ...(await prettier.resolveConfig(path)),
  filepath: path,
});

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error(
      'docs/backup-format.schema.json is out of date: run npm run schema and commit it.',
    );
    process.exit(1);
  }
  console.log('docs/backup-format.schema.json is current.');
} else {
  writeFileSync(target, json);
  console.log(`docs/backup-format.schema.json: format version ${BACKUP_VERSION}`);
}
