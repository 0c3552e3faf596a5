/** How content files are read: regular files only, the size limit first, UTF-8 without BOM or control characters. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasProblem } from '../../src/model/common-words.ts';
import { decodeText, MAX_FILE_BYTES, readContentText, stringProblem } from '../../src/model/content-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-content-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

describe('readContentText', () => {
  it('reads a regular UTF-8 file', () => {
    expect(readContentText(file('good.mdx', 'Words “quoted” here.\n'))).toEqual({ text: 'Words “quoted” here.\n' });
  });

  it('refuses symbolic links (dangling ones too), folders and pipes by what they are, without opening them', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.mdx'));
    symlinkSync(join(dir, 'missing'), join(dir, 'dangling.mdx'));
    mkdirSync(join(dir, 'folder.mdx'));
    execFileSync('mkfifo', [join(dir, 'fifo.mdx')]);
    expect(readContentText(join(dir, 'zero.mdx')).problem?.message).toMatch(/^is a symbolic link: content must be regular files/);
    expect(readContentText(join(dir, 'dangling.mdx')).problem?.message).toMatch(/^is a symbolic link/);
    expect(readContentText(join(dir, 'folder.mdx')).problem?.message).toMatch(/^is a folder, not a file/);
    expect(readContentText(join(dir, 'fifo.mdx')).problem?.message).toMatch(/^is not a regular file \(a device, pipe or socket\)/);
  });

  it('refuses a file over the limit before reading it', () => {
    expect(readContentText(file('large.mdx', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'))).problem).toMatchObject({ rule: 'file-too-large', message: expect.stringMatching(/^is 1\.0 MB, over the 1 MB/) });
  });

  it('says where the first byte that is not UTF-8 stands, past a genuine replacement character', () => {
    const bytes = Buffer.concat([Buffer.from('One line.\nThe \uFFFD sign and caf'), Buffer.from([0xe9]), Buffer.from(' here.\n')]);
    expect(readContentText(file('latin1.mdx', bytes)).problem).toEqual({ line: 2, column: 19, rule: 'file-encoding', message: 'is not valid UTF-8 (byte 0xE9 here): save the file as UTF-8; it may be in Windows-1252 or Latin-1' });
  });

  it('refuses NUL bytes, UTF-16, a byte-order mark, control characters and emptiness, each with its fix', () => {
    expect(readContentText(file('nul.mdx', Buffer.from([0x41, 0x00, 0x42]))).problem?.rule).toBe('file-binary');
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00])).problem?.message).toBe('is UTF-16 text: save it as UTF-8');
    expect(readContentText(file('bom.mdx', '\uFEFFText.\n')).problem).toMatchObject({ line: 1, column: 1, message: 'starts with a byte-order mark (U+FEFF): save the file as UTF-8 without BOM' });
    expect(readContentText(file('escape.mdx', 'Fine.\nAn \u001b[31m escape.\n')).problem).toEqual({ line: 2, column: 4, rule: 'control-character', message: 'has the control character U+001B here: remove it' });
    expect(readContentText(file('empty.mdx', ' \n\n')).problem?.rule).toBe('file-empty');
  });
});

describe('stringProblem', () => {
  it('refuses control characters, lone surrogates and bidirectional controls that YAML escapes can give', () => {
    expect(stringProblem('A name\u0000')).toBe('holds the control character U+0000: remove it');
    expect(stringProblem('Half \uD800 a pair')).toMatch(/^holds a lone surrogate/);
    expect(stringProblem('abc\u202Edef')).toMatch(/^holds the bidirectional control U\+202E/);
    expect(stringProblem('Ahmad al-Sharaa, أحمد الشرع, 😀')).toBeUndefined();
  });
});

describe('aliasProblem', () => {
  it('refuses single letters and common words, which would match everywhere', () => {
    expect(aliasProblem('A')).toMatch(/^must be at least 2 characters/);
    expect(aliasProblem('the')).toMatch(/^"the" is a common word/);
    expect(aliasProblem('The')).toMatch(/common word/);
    expect(aliasProblem('Barrack')).toBeUndefined();
    expect(aliasProblem('The US envoy')).toBeUndefined();
    expect(aliasProblem('UN')).toBeUndefined();
  });
});
