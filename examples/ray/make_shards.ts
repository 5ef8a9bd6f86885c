// Writes N generated articles (names from the built-in KB, as the benchmark's corpus) into S
// JSON Lines shards: `node --import tsx examples/ray/make_shards.ts DIR [N=200] [S=2]`.
import fs from 'node:fs';
import path from 'node:path';
import { kbArticles } from '../../bench/kb-articles';
import { builtinKb } from '../../src/core/kb/builtin';

const [dir, n = '200', s = '2'] = process.argv.slice(2);
if (!dir) throw new Error('usage: make_shards.ts DIR [ARTICLES] [SHARDS]');
const articles = kbArticles(builtinKb(), Number(n), 42);
const shards = Number(s);
fs.mkdirSync(dir, { recursive: true });
for (let k = 0; k < shards; k++) {
  const mine = articles.filter((_, i) => i % shards === k).map((a) => JSON.stringify(a));
  fs.writeFileSync(path.join(dir, `shard-${String(k).padStart(3, '0')}.jsonl`), `${mine.join('\n')}\n`);
}
