// Compiles the JSON Schemas in schemas/ into standalone validator modules (out/validate-*.js) with
// ajv, so that no schema is compiled at run time: no `new Function` in the browser worker, and
// nothing to do at activation.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const SCHEMAS = { sidecar: 'sidecar.schema.json', kb: 'kb.schema.json' };

export function buildValidators({ root }) {
  const built = [];
  for (const [name, file] of Object.entries(SCHEMAS)) {
    const schemaPath = path.join(root, 'schemas', file);
    if (!fs.existsSync(schemaPath)) throw new Error(`missing schema ${schemaPath}`);
    const ajv = new Ajv({ code: { source: true, esm: false }, allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    const out = path.join(root, 'out', `validate-${name}.js`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, standaloneCode(ajv, validate));
    fs.writeFileSync(
      out.replace(/\.js$/, '.d.ts'),
      'import type { ValidateFunction } from "ajv";\ndeclare const validate: ValidateFunction;\nexport = validate;\n',
    );
    built.push(name);
  }
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(buildValidators({ root: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..') }));
}
