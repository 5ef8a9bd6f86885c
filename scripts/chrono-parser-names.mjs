import fs from 'node:fs';

// The date finder picks chrono's calendar parsers by class name (src/core/dates/absolute.ts).
// Minified bundles lose class names, and esbuild's keepNames keeps every name in the bundle (a
// few ms more to load the extension): each chrono parser class is tagged with its own name instead.
const CHRONO_PARSER = /[\\/]chrono-node[\\/]dist[\\/]esm[\\/].*[\\/](\w+Parser)\.js$/;
export const chronoParserNames = {
  name: 'chrono-parser-names',
  setup(build) {
    build.onLoad({ filter: CHRONO_PARSER }, async (args) => {
      const name = CHRONO_PARSER.exec(args.path)[1];
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!new RegExp(`export default class ${name}\\b`).test(source)) return undefined; // not a parser class: as it is
      return { contents: `${source}\n${name}.parserName = ${JSON.stringify(name)};\n`, loader: 'js' };
    });
  },
};
