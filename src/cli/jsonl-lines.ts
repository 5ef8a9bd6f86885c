import type { Readable } from 'node:stream';

/** One input line: its text, or (when longer than the limit) its size and first bytes only. */
export type InputLine = { number: number; text: string } | { number: number; tooLong: { bytes: number; head: string } };

/** Bytes kept of a declined line, enough to find its "id" when it comes first. */
const HEAD_BYTES = 64 * 1024;

/**
 * The lines of a byte stream (LF or CRLF), blank lines skipped. A line longer than `maxBytes` is
 * not gathered: its bytes are counted and dropped as they come, only its head is kept, so that a
 * 50 MB line costs no more memory than the limit.
 */
export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  let head = '';
  let number = 0;
  const finish = (): InputLine | undefined => {
    number++;
    const line: InputLine | undefined = skipping
      ? { number, tooLong: { bytes: length, head } }
      : nonBlank(number, Buffer.concat(parts, length).toString('utf8'));
    parts = [];
    length = 0;
    skipping = false;
    head = '';
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      take(chunk.subarray(from, end));
      from = end + 1;
      if (nl < 0) break;
      const line = finish();
      if (line) yield line;
    }
  }
  if (length || skipping) {
    const line = finish();
    if (line) yield line;
  }

  function take(piece: Buffer): void {
    length += piece.length;
    if (skipping) return;
    if (length <= maxBytes) {
      parts.push(piece);
      return;
    }
    skipping = true;
    head = Buffer.concat([...parts, piece]).subarray(0, HEAD_BYTES).toString('utf8');
    parts = [];
  }
}

function nonBlank(number: number, text: string): InputLine | undefined {
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  return /^[\s\uFEFF]*$/.test(line) ? undefined : { number, text: line };
}
