import { strict as assert } from 'node:assert';
import path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: a build script in plain JavaScript (esbuild.mjs uses it for every bundle)
import { chronoParserNames } from '../../scripts/chrono-parser-names.mjs';

/**
 * The shipped bundles are minified, which renames classes: the date finder must still pick
 * chrono's nine calendar parsers by name (through the tags the build adds), not fall back to all
 * of chrono's parsers (slower, and "three days ago" would become chrono's date, not ours).
 */
describe('dates: chrono parsers in a minified bundle', () => {
  it('are picked by name, as in the sources', async () => {
    const root = path.resolve(__dirname, '../..');
    const built = await esbuild.build({
      stdin: { contents: "export { calendarChrono, CALENDAR_PARSERS } from './src/core/dates/absolute';", resolveDir: root, loader: 'ts' },
      bundle: true, write: false, minify: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'silent', plugins: [chronoParserNames],
    });
    const module = { exports: {} as { calendarChrono: () => { parsers: Array<{ constructor: { parserName?: string; name: string } }> }; CALENDAR_PARSERS: Set<string> } };
    new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, require);
    const taken = module.exports.calendarChrono().parsers.map((p) => p.constructor.parserName);
    assert.deepEqual(new Set(taken), module.exports.CALENDAR_PARSERS, 'the minified bundle took other chrono parsers than the nine calendar ones');
  });
});
