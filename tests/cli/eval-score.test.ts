/** The scoring of `npm run eval` (scripts/eval/score.ts), on small cases of our own. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emptyScore, figuresOf, longestCommonSubstring, missesByCause, normalise, scoreCase, speakerMatches, type LabelledCase } from '../../scripts/eval/score.ts';

const CASE: LabelledCase = {
  id: 'made-up',
  text: 'Mayor Rita Lamb said the vote was “a turning point for the valley.”\n\n“We will not wait,” she said. “Nobody should.”',
  quotes: [
    { content: 'a turning point for the valley.', speaker: 'Rita Lamb', speaker_mention: 'Mayor Rita Lamb', kind: 'partial', start: 34 },
    { content: 'We will not wait', speaker: 'Rita Lamb', speaker_mention: 'she', kind: 'full', start: 70 },
    { content: 'Nobody should.', speaker: 'Rita Lamb', speaker_mention: null, kind: 'full', start: 99 },
  ],
};

describe('npm run eval scoring', () => {
  it('normalises quotes, case, whitespace and edge punctuation', () => {
    expect(normalise('  “We  will\nnot   wait,”  ')).toBe('we will not wait');
    expect(normalise("'It's over.'")).toBe("it's over");
    expect(longestCommonSubstring('abcdef', 'zcdez')).toBe(3);
  });

  it('compares speakers with the gold name or mention, without a leading "the" or a possessive', () => {
    const gold = CASE.quotes[0]!;
    expect(speakerMatches('rita lamb', gold)).toBe(true);
    expect(speakerMatches('Mayor Rita Lamb', gold)).toBe(true);
    expect(speakerMatches('Lamb', gold)).toBe(false);
    expect(speakerMatches(null, gold)).toBe(false);
    expect(speakerMatches('the ministry', { ...gold, speaker: 'Ministry' })).toBe(true);
  });

  it('compares speakers without edge punctuation, as the set trims its mentions', () => {
    const gold = { ...CASE.quotes[0]!, speaker: 'Alan B. Moss Jr', speaker_mention: 'he' };
    expect(speakerMatches('Alan B. Moss Jr.', gold)).toBe(true);
    expect(speakerMatches('Alan B. Moss', gold)).toBe(false);
  });

  it('matches within a paragraph at 80 % coverage, one prediction per gold, and counts what is left as misses', () => {
    const score = emptyScore();
    scoreCase(score, CASE, [
      { text: 'a turning point for the valley', paragraph: 0, speaker: 'Rita Lamb', rule: 'cue-subject' },
      // Right words, wrong paragraph: not a match.
      { text: 'We will not wait', paragraph: 0, speaker: 'Rita Lamb', rule: 'cue-subject' },
      { text: 'We will not wait', paragraph: 1, speaker: 'Lamb', rule: 'cue-subject' },
      { text: 'Nobody should', paragraph: 1, speaker: 'Rita Lamb', rule: 'previous-speaker' },
    ]);
    expect(score.overall).toEqual({ gold: 3, found: 3, speakerRight: 2 });
    expect(score.byKind.partial).toEqual({ gold: 1, found: 1, speakerRight: 1 });
    const figures = figuresOf(score);
    expect(figures.precision).toBe(0.75);
    expect(figures.recall).toBe(1);
    expect(figures.speakerAccuracy).toBeCloseTo(2 / 3);
    expect(missesByCause(score.misses)).toEqual([
      ['not a gold quotation', 1],
      ['wrong speaker via cue-subject', 1],
    ]);
  });

  it('gives a prediction to the gold it is, not to a short gold it merely holds', () => {
    const score = emptyScore();
    const text = 'Dorn called the boxes “lost.” “The lost boxes are in the cellar,” Dorn said.';
    scoreCase(score, {
      id: 'made-up-2',
      text,
      quotes: [
        { content: 'lost.', speaker: 'Dorn', speaker_mention: 'Dorn', kind: 'partial', start: 23 },
        { content: 'The lost boxes are in the cellar', speaker: 'Dorn', speaker_mention: 'Dorn', kind: 'full', start: 31 },
      ],
    }, [{ text: 'The lost boxes are in the cellar', paragraph: 0, speaker: 'Dorn', rule: 'cue-subject' }]);
    expect(score.byKind.full).toEqual({ gold: 1, found: 1, speakerRight: 1 });
    expect(score.byKind.partial).toEqual({ gold: 1, found: 0, speakerRight: 0 });
  });

  it('counts every prediction in a negative case as a false positive, and unfound gold by kind', () => {
    const score = emptyScore();
    scoreCase(score, { id: 'negative', text: 'The “reset” failed.', quotes: [] }, [{ text: 'reset', paragraph: 0, speaker: null, rule: 'none' }]);
    scoreCase(score, CASE, []);
    expect(figuresOf(score)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(missesByCause(score.misses)).toEqual([
      ['not found (full)', 2],
      ['not found (partial)', 1],
      ['quotation in a negative case', 1],
    ]);
  });
});

describe('npm run eval', () => {
  it('maps each quotation to its paragraph, scores it, and groups the misses by the rule that made them', () => {
    // Sentences of our own; the third case is labelled with a wrong speaker on purpose.
    const run = spawnSync(process.execPath, ['scripts/eval.ts', 'tests/fixtures/eval-own.jsonl', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { figures: Record<string, number>; byKind: Record<string, { gold: number; found: number }>; misses: { case: string; cause: string }[] };
    expect(report.figures).toEqual({ precision: 1, recall: 1, f1: 1, speakerAccuracy: 0.75 });
    expect(report.byKind).toMatchObject({ full: { gold: 3, found: 3 }, partial: { gold: 1, found: 1 } });
    expect(report.misses).toEqual([expect.objectContaining({ case: 'own-3', cause: 'wrong speaker via inverted-cue' })]);
  });

  it('names the file and the line of a case it cannot read', () => {
    const run = spawnSync(process.execPath, ['scripts/eval.ts', 'tests/fixtures/leak-check.txt'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/leak-check\.txt:1: not a labelled case/);
  });
});
