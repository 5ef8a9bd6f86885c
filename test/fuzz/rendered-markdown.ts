import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './generators';

/** A token of markdown-it's parse: the shape the hover checks walk. */
export interface MdToken {
  type: string;
  attrs: Array<[string, string]> | null;
  children: MdToken[] | null;
  content: string;
}

const MarkdownIt = createRequire(path.join(ROOT, 'package.json'))('markdown-it') as new (o: object) => { parse(s: string, env: object): MdToken[] };

/** Like VS Code's hover renderer: no HTML, bare URLs become links. */
export const hoverRenderer = new MarkdownIt({ html: false, linkify: true });
