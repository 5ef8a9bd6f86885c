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

  it('links a name whose adjective of a place is written as the place ("Asia Badminton Championships"), with no fix', () => {
    const kb = builtinKb();
    const analyzer = createBuiltinAnalyzer();
    const dem = new Map<string, string>();
    for (const e of kb.entities) if (e.id.startsWith('country:') || e.id.startsWith('loc:')) for (const d of e.demonyms ?? []) if (!d.endsWith('s') && !dem.has(d)) dem.set(d, e.name);
    let n = 0;
    let linked = 0;
    for (const e of kb.entities) {
      const w = e.name.split(' ');
      if (!['EVENT', 'ORG', 'MEDIA'].includes(e.type) || !e.names?.zh || w.length < 3 || !dem.has(w[0])) continue;
      const para = [dem.get(w[0]), ...w.slice(1)].join(' ');
      if ([e.name, ...(e.aliases ?? [])].includes(para)) continue;
      const text = `Officials of the ${para} met on Monday, the statement said.`;
      const at = text.indexOf(para);
      const a = analyzer.analyze(text, '2024-06-12').annotations.find((x) => x.start <= at && x.end >= at + para.length);
      n++;
      if (a?.kbId === e.id) linked++;
    }
    assert.ok(n >= 250, `${n} names`);
    assert.ok(linked / n >= 0.83, `${linked} of ${n} linked`);
    const a = analyzer.analyze('She won gold at the Asia Badminton Championships in Dubai.', '2024-06-12').annotations.find((x) => x.text === 'Asia Badminton Championships');
    assert.equal(a?.kbId, 'event:asian-badminton-championships');
    assert.equal(a?.correction, undefined);
  });
});
