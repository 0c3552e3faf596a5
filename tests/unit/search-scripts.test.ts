/** Pagefind's search scripts, minified as each bundle is written (src/outputs/search-scripts.ts). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LOADED_SCRIPTS, minifiedScript, minifyLoadedScripts } from '../../src/outputs/search-scripts.ts';

const moduleScript = `const multiplierOfTheAnswer = 2;
function halfOfTheAnswer(value) { return value * multiplierOfTheAnswer; }
export function answer() { return halfOfTheAnswer(21); }
`;
const workerScript = `function replyWithTheAnswer(question) { let incremented = question + 1; return incremented; }
self.addEventListener('message', (event) => self.postMessage(replyWithTheAnswer(event.data)));
`;

describe('minifiedScript', () => {
  it('renames what is local to an ES module and keeps its exports, which still answer the same', async () => {
    const minified = minifiedScript(moduleScript, 'pagefind.js');
    expect(minified.length).toBeLessThan(moduleScript.length / 2);
    expect(minified).not.toContain('multiplierOfTheAnswer');
    const { answer } = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as { answer: () => number };
    expect(answer()).toBe(42);
  });

  it('keeps a classic worker script classic: its top-level names stay, its locals are renamed, it replies the same', () => {
    const minified = minifiedScript(workerScript, 'pagefind-worker.js');
    expect(minified).not.toContain('incremented');
    expect(minified).not.toMatch(/\bexport\b|\bimport\b/);
    const replies: unknown[] = [];
    let listener: (event: { data: number }) => void = () => {};
    const self = { addEventListener: (_type: string, handler: typeof listener) => (listener = handler), postMessage: (reply: unknown) => replies.push(reply) };
    runInNewContext(minified, { self });
    listener({ data: 41 });
    expect(replies).toEqual([42]);
  });

  it('names the script and the fix when it cannot be read as JavaScript', () => {
    expect(() => minifiedScript('function (', 'pagefind.js')).toThrow(/^Pagefind's pagefind\.js could not be minified \(.+\): reinstall Pagefind \(npm ci\) and build again$/);
  });

  it('minifies to the same bytes every time', () => {
    expect(minifiedScript(moduleScript, 'pagefind.js')).toBe(minifiedScript(moduleScript, 'pagefind.js'));
  });
});

describe('minifyLoadedScripts', () => {
  it('minifies the scripts the search page loads in place and leaves the bundle’s other files as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-scripts-'));
    try {
      const [moduleFile, workerFile] = LOADED_SCRIPTS;
      writeFileSync(join(dir, moduleFile), moduleScript);
      writeFileSync(join(dir, workerFile), workerScript);
      writeFileSync(join(dir, 'pagefind-ui.js'), moduleScript);
      minifyLoadedScripts(dir);
      expect(readFileSync(join(dir, moduleFile), 'utf8')).toBe(minifiedScript(moduleScript, moduleFile));
      expect(readFileSync(join(dir, workerFile), 'utf8')).toBe(minifiedScript(workerScript, workerFile));
      expect(readFileSync(join(dir, 'pagefind-ui.js'), 'utf8')).toBe(moduleScript);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
