import assert from 'node:assert/strict';
import { KbIndex } from '../../src/core/kb/index';
import { scanGazetteer } from '../../src/core/entities/gazetteer';
import { tokenize } from '../../src/core/text/tokens';
import { inventedKb } from './invented-kb';

// The KB's name forms are a trie of tokens whose deeper levels are sorted when a scan first walks
// past a node: names that share their first words must still be told apart at every depth, in
// whichever order the scans meet them.
describe('name forms as a trie of tokens', () => {
  const index = new KbIndex(
    inventedKb([
      { id: 'city:port-vale', type: 'GPE', name: 'Port Vale', country: 'country:AA', description: 'Invented' },
      { id: 'org:port-vale-harbour-board', type: 'ORG', name: 'Port Vale Harbour Board', country: 'country:AA', description: 'Invented' },
      { id: 'city:port-sorrel', type: 'GPE', name: 'Port Sorrel', country: 'country:BB', description: 'Invented' },
      { id: 'org:port', type: 'ORG', name: 'Port', country: 'country:BB', description: 'Invented' },
    ]),
  );
  const found = (text: string): string[] => scanGazetteer(text, tokenize(text), index).map((m) => `${m.surface}=${m.entries[0].entity.id}`);

  it('finds the longest name at every depth, and the shorter names that share its first words', () => {
    assert.deepEqual(found('The Port Vale Harbour Board met in Port Vale.'), ['Port Vale Harbour Board=org:port-vale-harbour-board', 'Port Vale=city:port-vale']);
    assert.deepEqual(found('Port Sorrel and Port Vale Harbour and Port.'), ['Port Sorrel=city:port-sorrel', 'Port Vale=city:port-vale', 'Port=org:port']);
  });

  it('finds the same names in a later text whichever node an earlier scan sorted', () => {
    const fresh = new KbIndex(index.kb);
    assert.deepEqual(
      scanGazetteer('Port Sorrel', tokenize('Port Sorrel'), fresh).map((m) => m.surface),
      ['Port Sorrel'],
    );
    const text = 'Port Vale Harbour Board, Port Vale and Port Sorrel.';
    assert.deepEqual(
      scanGazetteer(text, tokenize(text), fresh).map((m) => m.surface),
      ['Port Vale Harbour Board', 'Port Vale', 'Port Sorrel'],
    );
  });
});
