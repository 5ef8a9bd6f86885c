/**
 * Child process for the atomic-write test: writes FILE again and again with two large contents,
 * A and B, through the CLI's writeFileAtomic, until it is killed. Prints "ready" after the first
 * complete write. Usage: node --import tsx test/fuzz/write-loop.ts FILE
 */
import { writeFileAtomic } from '../../src/cli/fs-atomic';
import { bigContent } from './write-contents';

const file = process.argv[2];
if (!file) throw new Error('usage: write-loop.ts FILE');
const A = bigContent('A');
const B = bigContent('B');
writeFileAtomic(file, A);
process.stdout.write('ready\n');
for (let i = 1; ; i++) writeFileAtomic(file, i % 2 ? B : A);
