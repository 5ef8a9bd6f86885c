import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, describeRange, open, rangeIn, SEED, typesOver, waitForTokens, wsUri } from './helpers';

const LEGEND = [
  'newsPerson', 'newsOrganization', 'newsPlace', 'newsLocation', 'newsNationality',
  'newsMedia', 'newsFacility', 'newsEvent', 'newsDate', 'newsHeadline', 'newsHeading',
];

suite('2. Semantic tokens', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('the legend lists the entity, date and structure types in order', async () => {
    const uri = wsUri(SEED);
    await open(uri);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
      'vscode.provideDocumentSemanticTokensLegend', uri);
    assert.ok(legend, 'no semantic tokens legend for the seed');
    assert.deepEqual(legend.tokenTypes.slice(0, LEGEND.length), LEGEND);
  });

  const cases: [label: string, context: string, needle: string, type: string][] = [
    ['"Sirte" is a place', 'launched an all-round attack on Sirte', 'Sirte', 'newsPlace'],
    ['"Recep Tayyip Erdogan" is a person', 'Turkish President Recep Tayyip Erdogan said', 'Recep Tayyip Erdogan', 'newsPerson'],
    ['"Al Jazeera" is a media outlet', 'Al Jazeera said the first Turkish soldiers', 'Al Jazeera', 'newsMedia'],
    ['"Monday" is a date', 'from five directions on Monday', 'Monday', 'newsDate'],
  ];
  for (const [label, context, needle, type] of cases) {
    test(label, async () => {
      const editor = await open(wsUri(SEED));
      const tokens = await waitForTokens(editor.document.uri);
      const range = rangeIn(editor.document, context, needle);
      assert.deepEqual(typesOver(tokens, range), [type],
        `token types over "${needle}" at ${describeRange(range)}`);
    });
  }
});
