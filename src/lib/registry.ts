import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SPEAKERS_FILE } from './content-check.ts';
import { speakerSchema, type Speaker } from './schema.ts';

/** Reads the speaker registry; the content check has already reported any problem in it. */
export function readSpeakers(contentDir: string): Speaker[] {
  return z.array(speakerSchema).parse(parse(readFileSync(join(contentDir, SPEAKERS_FILE), 'utf8')));
}
