/**
 * Generated JSON data (KB, indexes, lexicon) as the bundles carry it. The CLI bundle embeds it
 * as strings parsed on first use; the extension bundles leave it out (it would double their
 * parse time at activation) and read the files from the extension folder, then hand them over
 * with `provideExternalData` before the first analysis. Node and the unit tests import objects.
 */
const external = new Map<string, string>();

export function provideExternalData(files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) external.set(name, content);
}

/** What an extension bundle imports in place of a data file: a reader of the provided content. */
export function externalData(name: string): string {
  const content = external.get(name);
  if (content === undefined) throw new Error(`News Annotator: data file ${name} was not loaded`);
  return content;
}

export function bundledData<T>(imported: unknown): T {
  const value = typeof imported === 'function' ? (imported as () => string)() : imported;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
