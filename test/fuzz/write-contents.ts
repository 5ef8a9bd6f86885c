/** The two contents the write-loop child alternates (about 1.5 MB of JSON each, different lengths). */
export function bigContent(which: 'A' | 'B'): string {
  const n = which === 'A' ? 30000 : 26000;
  const annotations = Array.from({ length: n }, (_, i) => ({ id: `${which}-${i}`, start: i, end: i + 1, text: which }));
  return `${JSON.stringify({ which, annotations }, null, 2)}\n`;
}
