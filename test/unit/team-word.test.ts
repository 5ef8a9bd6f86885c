import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// A name right after "team", "club" or "side" is a club's, never a person's: "relegation team
// Morkam" was "corrected" to a Welsh politician who sounds alike.
describe('a name after a team word', () => {
  const analyzer = createBuiltinAnalyzer();
  const at = (text: string, span: string) => analyzer.analyze(text, '2022-01-25').annotations.find((a) => a.text === span);

  it('is no person', () => {
    for (const text of ['Spurs met relegation team Morkam in the FA Cup on Sunday.', 'Tottenham beat the League One side Morkam in the cup.']) {
      const a = at(text, 'Morkam');
      assert.equal(a?.correction, undefined, text);
      assert.notEqual(a?.label, 'PERSON', text);
    }
  });

  it('and a club written right is still the club', () => {
    assert.equal(at('The club Chelsea signed him on Monday.', 'Chelsea')?.kbId, 'org:chelsea-fc');
  });
});
