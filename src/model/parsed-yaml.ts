/**
 * The YAML documents an earlier check parsed, kept by a digest of their text: the check then parses again only
 * the files that changed since, and the search index reads the sections' frontmatter from it (parsing every
 * section's frontmatter was two fifths of a check with nothing to re-analyse, at a thousand articles, and two
 * seconds of the index). The values are kept with V8's serializer, which keeps what YAML gives and JSON would not
 * (`.inf`, `.nan`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parse } from 'yaml';

/** Where the parsed documents are kept: inside Astro's cache directory, so one `rm -rf .astro` clears it too. */
export const YAML_CACHE_FILE = join('.astro', 'cache', 'parsed-yaml.bin');

/** The yaml package's version, part of each digest: another version may read a text otherwise. */
const YAML_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('yaml')), 'utf8')) as { version: string }).version;

const digestOf = (text: string) => createHash('sha256').update(`${YAML_VERSION}\0`).update(text).digest('base64url');

export class ParsedYamlCache {
  private readonly file: string;
  private readonly earlier: Map<string, unknown>;
  /** The documents this check read, which are all the next one keeps. */
  private readonly used = new Map<string, unknown>();
  private changed = false;

  constructor(file: string) {
    this.file = file;
    this.earlier = ParsedYamlCache.read(file);
  }

  /** What the file held, or nothing when it is missing or unreadable (a cache is only ever a shortcut). */
  private static read(file: string): Map<string, unknown> {
    if (!existsSync(file)) return new Map();
    try {
      const kept: unknown = deserialize(readFileSync(file));
      return kept instanceof Map ? (kept as Map<string, unknown>) : new Map();
    } catch {
      // Written by another Node.js version, or cut short: parse everything again and write it anew.
      return new Map();
    }
  }

  /** The value an earlier check parsed from this text, wrapped so that a document holding nothing is found too. */
  get(text: string): { value: unknown } | undefined {
    const digest = digestOf(text);
    if (!this.earlier.has(digest)) return undefined;
    const value = this.earlier.get(digest);
    this.used.set(digest, value);
    return { value };
  }

  /** Keeps the value parsed from a text without errors. */
  set(text: string, value: unknown): void {
    this.used.set(digestOf(text), value);
    this.changed = true;
  }

  /** The value of a text known to be valid YAML (the check has passed it): kept, or parsed. */
  value(text: string): unknown {
    const known = this.get(text);
    return known ? known.value : parse(text);
  }

  /** Writes the documents of this check, when they differ from the earlier ones; beside, then renamed. */
  save(): void {
    if (!this.changed && this.used.size === this.earlier.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.partial`, serialize(this.used));
    renameSync(`${this.file}.partial`, this.file);
  }
}
