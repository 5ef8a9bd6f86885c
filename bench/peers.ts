// Peers measured in the same process, on the same text as our analyzer.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import * as chrono from 'chrono-node';
import nlp from 'compromise';

export interface Peer {
  key: 'regex' | 'wink' | 'chrono' | 'compromise';
  name: string;
  /** What exactly is timed. */
  what: string;
  /** One run over `text`; returns something derived from the whole output (kept alive). */
  run(text: string): number;
}

const WORD = /\p{L}+/gu;

export function makePeers(reference: Date): Peer[] {
  const wink = winkNLP(model);
  const its = wink.its;
  return [
    {
      key: 'regex',
      name: 'Unicode regex word scan',
      what: '/\\p{L}+/gu over the text (the floor)',
      run(text) {
        WORD.lastIndex = 0;
        let n = 0;
        while (WORD.exec(text) !== null) n++;
        return n;
      },
    },
    {
      key: 'wink',
      name: 'wink-nlp 2.4 (eng-lite-web)',
      what: 'readDoc(text).entities().out(its.type)',
      run(text) {
        return wink.readDoc(text).entities().out(its.type).length;
      },
    },
    {
      key: 'chrono',
      name: 'chrono-node 2.10',
      what: 'chrono.parse(text, ref) over the full text',
      run(text) {
        return chrono.parse(text, reference).length;
      },
    },
    {
      key: 'compromise',
      name: 'compromise 14',
      what: 'nlp(text) + people()/places()/organizations()',
      run(text) {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      },
    },
  ];
}
