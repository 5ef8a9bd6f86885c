// A body's name translated from Chinese in other words that say the same ("Toronto University"
// for 多伦多大学, the University of Toronto) is right English: the body, linked, with no fix.
// Generated from the built-in KB: every "<Head> of <Place>" organisation whose Chinese name is
// the place and the head, written "<Place> <Head>".
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

describe('a name paraphrased by its translation', function () {
  this.timeout(120_000);

  it('links "<Place> <Head>" to the KB\'s "<Head> of <Place>" without a fix', () => {
    const kb = builtinKb();
    const analyzer = createBuiltinAnalyzer();
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    const placeZh = new Map<string, string>();
    for (const e of kb.entities) if (e.type === 'GPE') for (const z of e.names?.zh ?? []) if (!placeZh.has(z)) placeZh.set(z, e.name);
    const cases = kb.entities.flatMap((e) => {
      const m = /^(University|Bank|Museum|Academy) of ([A-Z][a-z]+)$/.exec(e.name);
      const zh = e.names?.zh?.[0];
      if (e.type !== 'ORG' || !m || !zh || !e.country || placeZh.get(zh.slice(0, -2)) !== m[2]) return [];
      return [{ e, paraphrase: `${m[2]} ${m[1]}`, country: byId.get(e.country)!.name }];
    });
    assert.ok(cases.length >= 40, `${cases.length} bodies`);
    let linked = 0;
    for (const { e, paraphrase, country } of cases) {
      const text = `She is a professor at ${paraphrase} in ${country}, the ministry said.`;
      const a = analyzer.analyze(text, '2024-06-12').annotations.find((x) => x.text === paraphrase);
      assert.ok(!a?.correction, `${paraphrase}: right English, nothing to fix`);
      if (a?.kbId === e.id) linked++;
    }
    assert.ok(linked / cases.length >= 0.9, `${linked} of ${cases.length} linked`);
  });

  it('leaves words that begin another KB name to that name ("Washington University" is no University of Washington)', () => {
    const analyzer = createBuiltinAnalyzer();
    const text = 'She is a professor at Washington University in the United States.';
    const all = analyzer.analyze(text, '2024-06-12').annotations;
    assert.ok(!all.some((a) => a.kbId === 'org:university-of-washington'), all.map((a) => `${a.text}:${a.kbId}`).join(', '));
  });
});
