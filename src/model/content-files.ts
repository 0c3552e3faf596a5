/**
 * How a content file is read, for the check and for everything after it: only a regular file inside content/,
 * no larger than the limit (checked before reading), valid UTF-8 without a byte-order mark, free of control
 * characters. What breaks a rule is a problem naming the fix, never an exception.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** The largest content file read: a larger section is better split, and would slow every build. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface FileProblem {
  message: string;
  rule: string;
  line?: number;
  column?: number;
}

export type ContentText = { text: string; problem?: undefined } | { text?: undefined; problem: FileProblem };

/** C0 and C1 control characters other than tab, line feed and carriage return, and DEL. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates, which can make a name or id read other than it is. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The 1-based line and column of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

/** A content folder's entries as they are (links not followed), by name; none when the folder does not exist. */
export function folderEntries(path: string): Dirent[] {
  return existsSync(path) ? readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : [];
}

/** Why an entry of a content folder is not a regular file, or undefined when it is one. */
function notRegular(entry: Pick<Stats | Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink'>): FileProblem | undefined {
  if (entry.isSymbolicLink()) return { message: 'is a symbolic link: content must be regular files inside content/; copy the file here instead', rule: 'file-type' };
  if (entry.isDirectory()) return { message: 'is a folder, not a file: rename it, or move its files into the article’s folder', rule: 'file-type' };
  if (!entry.isFile()) return { message: 'is not a regular file (a device, pipe or socket): replace it with a text file', rule: 'file-type' };
  return undefined;
}

/** Where the first byte that is not UTF-8 stands: the first replacement character the bytes themselves do not spell. */
function firstInvalidByte(bytes: Buffer): { offset: number; byte: number; text: string } {
  const text = bytes.toString('utf8');
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) {
    // Everything before the first invalid byte is valid, so its byte length is the byte offset.
    const offset = Buffer.byteLength(text.slice(0, index));
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return { offset: index, byte: bytes[offset]!, text };
  }
  return { offset: 0, byte: bytes[0]!, text };
}

/** A file's bytes as UTF-8 text, or why they are not: binary (NUL bytes), UTF-16, or not UTF-8 at a place. */
export function decodeText(bytes: Buffer): ContentText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: { message: 'is UTF-16 text: save it as UTF-8', rule: 'file-encoding' } };
  if (bytes.includes(0)) return { problem: { message: 'is not a text file (it contains NUL bytes): replace it with UTF-8 text', rule: 'file-binary' } };
  if (!isUtf8(bytes)) {
    const { offset, byte, text } = firstInvalidByte(bytes);
    return { problem: { ...lineColumn(text, offset), message: `is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase()} here): save the file as UTF-8; it may be in Windows-1252 or Latin-1`, rule: 'file-encoding' } };
  }
  return { text: bytes.toString('utf8') };
}

/** Reads a content file by the rules above. */
export function readContentText(path: string): ContentText {
  const stats = lstatSync(path);
  const irregular = notRegular(stats);
  if (irregular) return { problem: irregular };
  if (stats.size > MAX_FILE_BYTES) {
    const megabytes = (stats.size / 1024 / 1024).toFixed(1);
    return { problem: { message: `is ${megabytes} MB, over the 1 MB a content file may hold: split it into several sections`, rule: 'file-too-large' } };
  }
  const decoded = decodeText(readFileSync(path));
  if (decoded.problem) return decoded;
  const { text } = decoded;
  if (text.startsWith('\uFEFF')) return { problem: { line: 1, column: 1, message: 'starts with a byte-order mark (U+FEFF): save the file as UTF-8 without BOM', rule: 'file-encoding' } };
  const control = CONTROL_CHARACTER.exec(text);
  if (control) return { problem: { ...lineColumn(text, control.index), message: `has the control character ${codePoint(control[0])} here: remove it`, rule: 'control-character' } };
  if (!text.trim()) return { problem: { message: 'is empty: give it content or delete it', rule: 'file-empty' } };
  return { text };
}

/** Why a string read from YAML may not stand in content (an escape such as "\0" or "\uD800" gives what the bytes cannot), or undefined. */
export function stringProblem(value: string): string | undefined {
  const control = CONTROL_CHARACTER.exec(value);
  if (control) return `holds the control character ${codePoint(control[0])}: remove it`;
  if (!value.isWellFormed()) return 'holds a lone surrogate (half of a UTF-16 pair, such as "\\uD800"): remove it or write the whole character';
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) return `holds the bidirectional control ${codePoint(bidi[0])}, which makes text read other than it is: remove it`;
  return undefined;
}
