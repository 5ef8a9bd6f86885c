import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// A fix is surer when the article names the entity elsewhere. The family name inside the span
// being fixed ("Kuleba" in "Dmitry Kuleba") is the span itself: no sign of another mention, and
// the reason must not say there is one.
describe('support from the rest of the article', () => {
  const analyzer = createBuiltinAnalyzer();
  const fixOf = (text: string, span: string) => {
    const a = analyzer.analyze(text, '2023-05-02').annotations.find((x) => x.text === span);
    assert.ok(a?.correction, `"${span}" has a fix`);
    return a.correction;
  };

  it('the family name inside the span is not the entity named elsewhere', () => {
    const fix = fixOf('Ukrainian Foreign Minister Dmitry Kuleba met his counterparts in Brussels on Tuesday.', 'Dmitry Kuleba');
    assert.equal(fix.replacement, 'Dmytro Kuleba');
    assert.doesNotMatch(fix.reason, /named elsewhere/);
    assert.equal(fix.confidence, 0.8);
  });

  it('the full name in another sentence is', () => {
    const fix = fixOf('Dmytro Kuleba arrived in Brussels. Ukrainian Foreign Minister Dmitry Kuleba met his counterparts on Tuesday.', 'Dmitry Kuleba');
    assert.match(fix.reason, /Dmytro Kuleba is named elsewhere in the article/);
    assert.equal(fix.confidence, 0.9);
  });

  it('a word of the span read alone by the counting pass is the span itself ("Xuan" of "Xuan Nghi")', () => {
    // 许鞍华 xu an hua: "Xuan" alone reads as Ann Hui exactly; it is no other mention of her.
    const text = 'Xuan Nghi Trinh said on Tuesday that the talks in Hanoi would continue.';
    assert.equal(analyzer.analyze(text, '2023-05-02').annotations.find((a) => a.start === 0)?.correction, undefined);
    const fix = fixOf('Fengtian Motor said on Tuesday that sales in Japan rose.', 'Fengtian Motor');
    assert.equal(fix.replacement, 'Toyota Motor');
    assert.doesNotMatch(fix.reason, /named elsewhere/);
  });

  it('a fixed spelling or its variant inside another full name is not spread there ("General Albanezi Rahman")', () => {
    const text = 'Australian Prime Minister Albanezi said on Monday that Canberra would act. In Sydney, General Albanezi Rahman and Albanesy Rahman met the press.';
    const annotations = analyzer.analyze(text, '2023-05-02').annotations;
    assert.equal(annotations.find((a) => a.start === text.indexOf('Albanezi'))?.correction?.replacement, 'Albanese');
    for (const name of ['Albanezi Rahman', 'Albanesy Rahman']) {
      const a = annotations.find((x) => x.start === text.indexOf(name));
      assert.equal(a?.kbId, undefined, name);
      assert.equal(a?.correction, undefined, name);
    }
  });
});
