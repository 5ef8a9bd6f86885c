import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, open, SEED, waitFor, wsUri } from './helpers';

function names(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  const out: string[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    out.push(s.name.trim());
    if ('children' in s) s.children.forEach(walk);
  };
  symbols.forEach(walk);
  return out;
}

suite('9. Outline', () => {
  test('lists the headline and the section headings', async () => {
    await activateExtension();
    const uri = wsUri(SEED);
    await open(uri);
    const list = await waitFor(async () => names(
      (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider', uri)) ?? []), (n) => n.length >= 4);
    assert.isTrue(list.some((n) => n.startsWith('Libyan armed groups capture Gaddafi')),
      `headline missing from the outline ${JSON.stringify(list)}`);
    for (const heading of ['Sirte war', 'Turkish troops', 'Asking for help from the government']) {
      assert.include(list, heading, 'section heading in the outline');
    }
  });
});
