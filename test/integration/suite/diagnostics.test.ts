import * as vscode from 'vscode';
import { assert } from 'chai';
import {
  activateExtension, describeRange, diagnosticCode, misrenderingDiagnostics, open, rangeIn, SEED, waitFor, wsUri,
} from './helpers';

suite('4. Diagnostics for misrendered names', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    await activateExtension();
    doc = (await open(wsUri(SEED))).document;
    // Misrendered names only (code = correction kind); date warnings are other diagnostics.
    diagnostics = await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => ds.length >= 30);
  });

  test('at least 30 misrendered names are reported', () => {
    assert.isAtLeast(diagnostics.length, 30, 'number of misrendered-name diagnostics on the seed');
  });

  test('every misrendered-name diagnostic is Information or Hint', () => {
    for (const d of diagnostics) {
      assert.include([vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint], d.severity,
        `severity of "${doc.getText(d.range)}" at ${describeRange(d.range)}`);
    }
  });

  const exact: [context: string, needle: string, kind: string][] = [
    ['In December last year, haftal', 'haftal', 'transliteration'],
    ['Prime Minister salaj', 'salaj', 'transliteration'],
    ['Turkeys Anadolu', 'Turkeys', 'possessive'],
  ];
  for (const [context, needle, kind] of exact) {
    test(`"${needle}" has a diagnostic on exactly its range (${kind})`, () => {
      const range = rangeIn(doc, context, needle);
      const hit = diagnostics.filter((d) => d.range.isEqual(range));
      const near = diagnostics.filter((d) => d.range.intersection(range)).map((d) => `${describeRange(d.range)} "${doc.getText(d.range)}"`);
      assert.lengthOf(hit, 1, `diagnostics exactly on "${needle}" ${describeRange(range)} (overlapping: ${near.join(', ') || 'none'})`);
      assert.strictEqual(diagnosticCode(hit[0]), kind, `correction kind of "${needle}"`);
      assert.strictEqual(hit[0].severity, vscode.DiagnosticSeverity.Information, `"${needle}" is a likely misrendering`);
    });
  }
});
