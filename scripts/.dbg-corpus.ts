// scratch: node scripts/.dbg-corpus.ts N DIR — a project copy with a generated corpus, checked, ready to build
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisCache } from '../src/analysis/section-cache.ts';
import { checkAll } from '../src/check/check-all.ts';
import { generateCorpus, writeCorpus } from './bench/synthetic-corpus.ts';
import { copyProject } from './bench/bench-build.ts';
const [n, dir] = [Number(process.argv[2]), process.argv[3]!];
rmSync(dir, { recursive: true, force: true });
const project = copyProject(dir);
writeCorpus(generateCorpus({ articles: n, seed: 1 }), join(project, 'content'));
const problems = await checkAll(join(project, 'content'), new AnalysisCache(join(project, 'content'), project));
console.log('problems', problems.filter((p) => p.severity === 'error').length);
