/**
 * npm run schemas: writes schemas/<collection>.schema.json from the content schemas, for
 * the YAML extension of VS Code (see .vscode/settings.json). Run it after changing
 * src/lib/content/schemas.ts; tests/unit/jsonSchemas.test.ts fails until then.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { schemaFileText, yamlCollectionSchemas } from '../src/lib/content/jsonSchemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const { file, schema } of yamlCollectionSchemas()) {
  await writeFile(join(root, 'schemas', file), schemaFileText(schema));
  console.log(`Wrote schemas/${file}`);
}
