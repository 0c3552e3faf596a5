import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('npm run extract', () => {
  it('finds the quotations and speakers of a plain-text article it has never seen', () => {
    const result = run('tests/fixtures/unseen-article.txt', '--compact');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { file: string; quotations: { text: string; kind: string; speaker: { id: string | null; name: string } }[] };
    expect(output.file).toBe('tests/fixtures/unseen-article.txt');
    expect(output.quotations.map((q) => [q.speaker.name, q.kind, q.text])).toEqual([
      // A title before a name is not part of it.
      ['Chuck Schumer', 'full', 'We are not going to rush a bill of this size'],
      ['Chuck Schumer', 'full', 'The American people deserve to see what is in it.'],
      ['Ken Gude', 'partial', 'a predictable setback, not a collapse'],
      ['a Republican aide', 'partial', 'fight every line'],
      ['a Republican aide', 'full', 'There is no version of this we can support.'],
      ['Environmental groups', 'partial', 'historic opportunity'],
    ]);
    // Speakers the registry does not know keep the mention as written and no id.
    expect(output.quotations.every((q) => q.speaker.id === null)).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('gives registry ids for speakers the registry knows, and one document per file', () => {
    const out = execFileSync(process.execPath, ['scripts/extract.ts', '--compact', 'content/articles/syria-israel-fifth-round/introduction.mdx', 'content/articles/syria-israel-fifth-round/agreement-or-normalization.mdx'], { encoding: 'utf8' });
    const documents = out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; quotations: { speaker: { id: string | null } }[] });
    expect(documents.map((d) => [d.file.split('/').at(-1), d.quotations.length])).toEqual([
      ['introduction.mdx', 0],
      ['agreement-or-normalization.mdx', 3],
    ]);
    expect(documents[1]!.quotations.map((q) => q.speaker.id)).toEqual(['syrian-official', 'syrian-official', 'syrian-official']);
  });

  it('warns on stderr with file:line:col when a quotation has no speaker, and fails on a missing file', () => {
    const result = run('tests/fixtures/unattributed.md');
    expect(result.stderr).toMatch(/^tests\/fixtures\/unattributed\.md:3:\d+ {2}warning {2}Quotation “Nobody knows who said this\.” has no speaker/);
    expect(run('no/such/file.txt')).toMatchObject({ status: 1, stderr: 'no/such/file.txt: no such file\n' });
  });

  it('reports each bad file on stderr with its path and the fix, still extracts the good ones, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-bad-files-'));
    try {
      const at = (name: string) => join(dir, name);
      mkdirSync(at('chapters'));
      writeFileSync(at('empty.mdx'), '');
      writeFileSync(at('blank.txt'), ' \n\n\t\n');
      writeFileSync(at('photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      // "café" saved as Latin-1 on the third line: é is the single byte 0xE9, which is not UTF-8.
      writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Market day\n\nThe stalls opened at '), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(' time.\n')]));
      writeFileSync(at('unclosed-brace.mdx'), 'This {unclosed text\n');
      writeFileSync(at('ferry-notice.mdx'), '---\ntitle: Harbour notes\n---\n\n“The ferry will run again in April,” said Mara Olsen, the harbour master.\n');
      const files = [
        at('chapters'),
        'tests/fixtures/unseen-article.txt',
        at('empty.mdx'),
        at('blank.txt'),
        at('photo.txt'),
        at('latin1.txt'),
        at('unclosed-brace.mdx'),
        'no/such/file.txt',
        at('ferry-notice.mdx'),
      ];
      const result = run('--compact', ...files);
      expect(result.status).toBe(1);
      // stdout is still one JSON document per good file, so it can be piped.
      const documents = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; quotations: { text: string; speaker: { name: string } }[] });
      expect(documents.map((d) => [d.file, d.quotations.length])).toEqual([
        ['tests/fixtures/unseen-article.txt', 6],
        [at('ferry-notice.mdx'), 1],
      ]);
      expect(documents[1]!.quotations.map((q) => [q.speaker.name, q.text])).toEqual([['Mara Olsen', 'The ferry will run again in April']]);
      const lines = result.stderr.trim().split('\n');
      const expected = [
        `${at('chapters')}: is a folder, not a file: give the files inside it, e.g. ${at('chapters')}/*.mdx`,
        `${at('empty.mdx')}: is empty: give a file with the text to extract from`,
        `${at('blank.txt')}: is empty: give a file with the text to extract from`,
        `${at('photo.txt')}: is not a text file (it contains NUL bytes): replace it with UTF-8 text`,
        `${at('latin1.txt')}:3:25  error  is not valid UTF-8 (byte 0xE9 here): save the file as UTF-8; it may be in Windows-1252 or Latin-1  file-encoding`,
        `${at('unclosed-brace.mdx')}:1:20  error  MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`. In the text, write { and < as \\{ and \\<; check that every <Tag> is closed  mdx-syntax`,
        'no/such/file.txt: no such file',
      ];
      expect(lines).toEqual(expected);
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 when every file reads, and reports an unreadable --registry without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-registry-'));
    try {
      expect(run('--compact', 'tests/fixtures/leak-check.txt', 'tests/fixtures/unattributed.md').status).toBe(0);
      const result = run('tests/fixtures/leak-check.txt', '--registry', dir);
      expect(result).toMatchObject({ status: 1, stdout: '', stderr: `${dir}: not a speakers file: EISDIR: illegal operation on a directory, read\n` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses no registry for a file outside content/, so another project\'s speakers never leak in; --registry names one', () => {
    const plain = JSON.parse(run('tests/fixtures/leak-check.txt', '--compact').stdout) as { quotations: { speaker: { id: string | null; name: string } }[] };
    // "The statement" of an unrelated article is a description as written, not the seed's joint statement.
    expect(plain.quotations.map((q) => q.speaker)).toEqual([{ id: null, name: 'The statement' }]);
    const withRegistry = JSON.parse(run('tests/fixtures/leak-check.txt', '--compact', '--registry', 'content/speakers.yaml').stdout) as typeof plain;
    expect(withRegistry.quotations.map((q) => q.speaker.id)).toEqual(['joint-statement']);
    expect(run('tests/fixtures/leak-check.txt', '--registry', 'no/such.yaml')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^no\/such\.yaml: no such file \(--registry takes a speakers file/) });
  });

  it('--explain gives each quotation its cue, the speaker phrase as written and how it was resolved', () => {
    const result = run('tests/fixtures/unseen-article.txt', '--explain');
    expect(result.status).toBe(0);
    const blocks = result.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(6);
    expect(blocks[4]).toBe(
      [
        'tests/fixtures/unseen-article.txt:9:109  full “There is no version of this we can support.”',
        '  speaker  a Republican aide',
        '  cue      added',
        '  phrase   She',
        '  how      cue-subject: she → a Republican aide, speaker one sentence back',
      ].join('\n'),
    );
    expect(blocks[0]).toContain('  phrase   Senate Majority Leader Chuck Schumer');
    for (const block of blocks) expect(block).toMatch(/\n {2}how {6}[a-z-]+: \S/);
  });
});
