/**
 * Generated JSON data (KB, indexes, lexicon) as the bundles carry it: they leave it out (15 MB of
 * script to compile at every start) and read the files from dist/data/. The extensions hand them
 * over with `provideExternalData` before the first analysis; the CLI reads each when first needed
 * (`provideDataReader`). Node (tsx), the unit tests and the benchmark bundle import the data itself.
 */
const external = new Map<string, string>();
let reader: ((name: string) => string) | undefined;

export function provideExternalData(files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) external.set(name, content);
}

/** Reads a data file not provided when it is first needed (the CLI reads them from disk, each once). */
export function provideDataReader(read: (name: string) => string): void {
  reader = read;
}

/** What a bundle imports in place of a data file: a reader of the provided content. */
export function externalData(name: string): string {
  let content = external.get(name);
  if (content === undefined && reader) external.set(name, (content = reader(name)));
  if (content === undefined) throw new Error(`News Annotator: data file ${name} was not loaded`);
  return content;
}

export function bundledData<T>(imported: unknown): T {
  const value = typeof imported === 'function' ? (imported as () => string)() : imported;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
