/**
 * Issue 21, finding 13 (hover parts): a knowledge-base name with blank lines and bare URLs in KB or
 * document text, taken the way users get them (a workspace KB checked by its loader, the analyzer,
 * a manual annotation over a URL), render as text: the "Replace with" link stays one link with its
 * arguments, and no URL becomes a link (the renderer links bare URLs, as VS Code's does).
 */
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { checkWorkspaceKb } from '../../src/core/kb/workspace-check';
import { hoverMarkdown } from '../../src/vscode/hover-markdown';
import { smallKb } from '../fixtures/small-kb';
import { hoverRenderer, type MdToken } from '../fuzz/rendered-markdown';

const md = hoverRenderer;

/** The links of rendered markdown, with the text each shows. */
function linksOf(markdown: string): Array<{ href: string; label: string }> {
  const out: Array<{ href: string; label: string }> = [];
  const walk = (ts: MdToken[]) => {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (t.type === 'image') out.push({ href: `image:${t.attrs?.find(([k]) => k === 'src')?.[1]}`, label: '' });
      if (t.type === 'link_open') {
        let label = '';
        for (let j = i + 1; j < ts.length && ts[j]!.type !== 'link_close'; j++) label += ts[j]!.content;
        out.push({ href: t.attrs?.find(([k]) => k === 'href')?.[1] ?? '', label });
      }
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}

const URI = 'file:///w/story.txt';
const NAME = 'Zorblax\n\nQuentavian https://evil.invalid/p.png';
const KB = JSON.stringify({
  entities: [
    {
      id: 'ws:zorblax',
      type: 'PERSON',
      name: NAME,
      aliases: ['Zorblax Quentavian'],
      description: 'Envoy, see https://evil.invalid/about and www.evil.invalid\n\n![p](https://evil.invalid/p.png) mail a@evil.invalid',
    },
  ],
});
const TEXT = 'Zorblax Quentavian met officials in Tripoli. Details: https://evil.invalid/story and www.evil.invalid/x today.\n';

describe('hover of workspace KB names and document text (issue 21, finding 13)', () => {
  const checked = checkWorkspaceKb(KB);
  if ('problem' in checked) throw new Error(checked.problem);
  const analyzer = new Analyzer(structuredClone(smallKb));
  analyzer.addEntities(checked.entities);
  const doc = new AnnotatedDocument(analyzer, TEXT, 'story.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();

  it('a KB name with blank lines keeps the "Replace with" link whole: one link, its label on one line, our arguments', () => {
    const a = doc.annotations.find((x) => x.kbId === 'ws:zorblax');
    assert.ok(a, `the workspace entity is found: ${JSON.stringify(doc.annotations.map((x) => x.text))}`);
    assert.equal(a.canonical, NAME, 'the name reaches the annotation as it is in the KB');
    const withFix = { ...a, correction: { replacement: NAME, kind: 'case' as const, confidence: 0.9, reason: 'a name' } };
    const links = linksOf(hoverMarkdown(withFix, { mentions: 1, uri: URI, referenceDate: '2020-01-08' }));
    const replace = links.filter((l) => l.href.startsWith('command:newsAnnotator.applyCorrection?'));
    assert.equal(replace.length, 1, JSON.stringify(links));
    assert.equal(replace[0]!.label, 'Replace with "Zorblax Quentavian https://evil.invalid/p.png"');
    assert.deepEqual(JSON.parse(decodeURIComponent(replace[0]!.href.split('?')[1]!)), [URI, a.id]);
    for (const l of links) assert.match(l.href, /^command:newsAnnotator\./, `only our commands: ${JSON.stringify(links)}`);
  });

  it('bare URLs in the KB description and name become no link', () => {
    const a = doc.annotations.find((x) => x.kbId === 'ws:zorblax')!;
    const markdown = hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate: '2020-01-08' });
    assert.deepEqual(linksOf(markdown).filter((l) => !l.href.startsWith('command:')), [], markdown);
  });

  it('a URL in the document under a manual annotation becomes no link', () => {
    for (const url of ['https://evil.invalid/story', 'www.evil.invalid/x']) {
      const start = TEXT.indexOf(url);
      const a = doc.annotate(start, start + url.length, 'ORG');
      const markdown = hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate: '2020-01-08' });
      assert.ok(markdown.includes('evil'), markdown);
      assert.deepEqual(linksOf(markdown).filter((l) => !l.href.startsWith('command:')), [], markdown);
    }
  });
});
