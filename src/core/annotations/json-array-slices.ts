/**
 * Cutting a long pretty-printed JSON text into pieces JSON.parse can read one at a time: the
 * editor reads a long article's sidecar (28,000 annotations, 13 MB, a 100 ms parse in one go)
 * slice by slice, with pauses between, instead of holding the thread for the whole parse.
 */

/** The array under one top-level key of a JSON object text, as runs of whole elements. */
export interface ArraySlices {
  /** Offsets of the array's `[` and `]`. */
  open: number;
  close: number;
  /** [start, end) of comma-separated runs of whole elements, in order, covering the array's content. */
  runs: Array<[number, number]>;
}

/**
 * Where the array under `key` in the pretty-printed JSON object text `json` can be cut: runs of
 * about `runChars` characters, cut between two elements. Undefined when the text is not laid out
 * as JSON.stringify(value, null, indent) lays out an object holding that array once (its
 * elements may each stand on one line, as the sidecar writes them).
 *
 * Nothing here trusts the layout: JSON strings cannot hold a raw line break, so a line that closes
 * an element and the next that opens one are structure, and a cut at the wrong depth leaves a run
 * with an unclosed bracket, which JSON.parse refuses. So when the object with an empty array in
 * place of this one parses, and `[` + run + `]` parses for every run, the whole text parses to
 * that object with the runs' elements in the array (see parseArrayInSlices).
 */
export function arraySlicesUnderKey(json: string, key: string, runChars: number): ArraySlices | undefined {
  const quoted = JSON.stringify(key);
  const at = json.indexOf(quoted);
  if (at < 0 || json.indexOf(quoted, at + 1) >= 0) return undefined; // the key also elsewhere (or in a value)
  const lineStart = json.lastIndexOf('\n', at) + 1;
  const keyIndent = json.slice(lineStart, at);
  const head = /^\s*:\s*\[(\n[ \t]*)\{/.exec(json.slice(at + quoted.length, at + quoted.length + 100));
  if (!head || /\S/.test(keyIndent)) return undefined;
  const open = at + quoted.length + head[0].indexOf('[');
  const indent = head[1]; // a line break and the elements' indentation
  const closeLine = json.indexOf(`\n${keyIndent}]`, open);
  if (closeLine < 0) return undefined;
  const close = closeLine + 1 + keyIndent.length;
  // One element's end and the next one's opening line: the same whether an element spans lines
  // (JSON.stringify's indented layout) or stands on one.
  const between = `},${indent}{`;
  const runs: Array<[number, number]> = [];
  let start = open + 1;
  for (;;) {
    const cut = json.indexOf(between, start + runChars);
    if (cut < 0 || cut > close) break;
    const comma = cut + 1;
    runs.push([start, comma]);
    start = comma + 1;
  }
  runs.push([start, close]);
  return { open, close, runs };
}

/** A JSON object text parsed in pieces: the object with an empty array under the key, and the array's runs. */
export interface ParsedInSlices {
  head: Record<string, unknown>;
  runs: unknown[][];
}

/**
 * `json` (an object text laid out as arraySlicesUnderKey expects) parsed run by run, with `pause`
 * after each; undefined when it is not laid out so or a piece does not parse (the caller then
 * parses it whole, which also says where the syntax error is).
 */
export async function parseArrayInSlices(json: string, key: string, runChars: number, pause: () => Promise<void>): Promise<ParsedInSlices | undefined> {
  const slices = arraySlicesUnderKey(json, key, runChars);
  if (!slices) return undefined;
  try {
    const head: unknown = JSON.parse(json.slice(0, slices.open + 1) + json.slice(slices.close));
    const emptied = (head as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(emptied) || emptied.length) return undefined; // the key was not the top-level one
    const runs: unknown[][] = [];
    for (const [start, end] of slices.runs) {
      await pause();
      runs.push(JSON.parse(`[${json.slice(start, end)}]`) as unknown[]);
    }
    return { head: head as Record<string, unknown>, runs };
  } catch {
    return undefined;
  }
}
