/**
 * npm run eval -- <file.jsonl> [--misses N] [--json]
 * Runs the quotation extractor, with no speaker registry, on every case of a labelled file (one JSON object
 * per line: id, text, quotes; see the evaluation set's README) and prints precision, recall, F1 and speaker
 * accuracy, overall and per kind, then the misses grouped by cause with the first N of each.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractParagraphs } from '../src/analysis/analyse-text.ts';
import { emptyScore, figuresOf, missesByCause, scoreCase, type LabelledCase, type Prediction } from './eval/score.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- <file.jsonl> [--misses N] [--json]');
  process.exit(1);
}
const [path] = positionals as [string];
let lines: string[];
try {
  lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim());
} catch (error) {
  console.error(`${path}: cannot read the file (${(error as Error).message})`);
  process.exit(1);
}

const options = { speakers: () => [], sectionUrl: (section: string) => `/${section}/` };
const score = emptyScore();
for (const [index, line] of lines.entries()) {
  let labelled: LabelledCase;
  try {
    labelled = JSON.parse(line) as LabelledCase;
    if (typeof labelled.text !== 'string' || !Array.isArray(labelled.quotes)) throw new Error('needs "text" and "quotes"');
  } catch (error) {
    console.error(`${path}:${index + 1}: not a labelled case (${(error as Error).message})`);
    process.exit(1);
  }
  const paragraphStartLines = [0];
  labelled.text.split('\n\n').forEach((paragraph, i, all) => {
    if (i < all.length - 1) paragraphStartLines.push(paragraphStartLines.at(-1)! + paragraph.split('\n').length + 1);
  });
  const { quotations } = await extractParagraphs(`eval/${labelled.id}.txt`, labelled.text, options);
  const predictions: Prediction[] = quotations.map((q) => ({
    text: q.text,
    paragraph: paragraphStartLines.findLastIndex((start) => start < q.line),
    speaker: q.speaker.id === null && q.speaker.name === 'Unattributed' ? null : q.speaker.name,
    rule: q.attribution.rule,
  }));
  scoreCase(score, labelled, predictions);
}

const figures = figuresOf(score);
if (values.json) {
  console.log(JSON.stringify({ figures, byKind: score.byKind, misses: score.misses }, null, 2));
} else {
  const pct = (n: number) => n.toFixed(3);
  console.log(`${score.cases} cases, ${score.overall.gold} gold quotations, ${score.predictions} predicted`);
  console.log(`precision ${pct(figures.precision)}  recall ${pct(figures.recall)}  F1 ${pct(figures.f1)}  speaker accuracy ${pct(figures.speakerAccuracy)}`);
  for (const [kind, tally] of Object.entries(score.byKind)) {
    console.log(`  ${kind.padEnd(7)} gold ${tally.gold}  recall ${pct(tally.found / (tally.gold || 1))}  speaker accuracy ${pct(tally.speakerRight / (tally.found || 1))}`);
  }
  const shown = Number(values.misses);
  console.log('\nmisses by cause:');
  for (const [cause, count] of missesByCause(score.misses)) {
    console.log(`  ${String(count).padStart(5)}  ${cause}`);
    for (const miss of score.misses.filter((m) => m.cause === cause).slice(0, shown)) {
      const gold = miss.gold ? `gold “${miss.gold.content.slice(0, 70)}” by ${miss.gold.speaker}${miss.gold.speaker_mention ? ` (“${miss.gold.speaker_mention}”)` : ''}` : '';
      const predicted = miss.prediction ? `predicted “${miss.prediction.text.slice(0, 70)}” by ${miss.prediction.speaker ?? '—'}` : '';
      console.log(`         ${miss.case}: ${[gold, predicted].filter(Boolean).join('; ')}`);
    }
  }
}
