/**
 * A word's sound, for names that are spelt as they are heard ("Kuneitra" and "Quneitra", "Shaybani" and
 * "Shibani", "Barak" and "Barrack" sound alike): its consonants in classes of letters that sound alike, in
 * order, with vowels and repeats left out. A Soundex of our own, with the digraphs of transliterated names
 * (ph, ck, kh, gh, sh, th, dh) read as one sound.
 */

/** Consonants that sound alike share a class; vowels and w, y, h have none. */
const CLASSES: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

/** Pairs of letters written for one sound, and the letter they sound as. */
const DIGRAPHS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/[kg]h/g, 'k'],
  [/[sc]h/g, 's'],
  [/[td]h/g, 't'],
];

/** The sound key of a word: "Barrack" and "Barak" → "162"; "" for a word without letters. */
export function soundKey(word: string): string {
  let letters = word.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
  for (const [pair, sound] of DIGRAPHS) letters = letters.replace(pair, sound);
  let key = '';
  let last = '';
  for (const [index, letter] of [...letters].entries()) {
    const sound = CLASSES[letter] ?? '';
    // A word that begins with a vowel keeps a mark of it, so "Ali" and "Li" differ.
    if (index === 0 && !sound) key = '0';
    if (sound && sound !== last) key += sound;
    // w, y and h do not part two consonants of one class ("Ashcroft"); vowels do.
    if (!'why'.includes(letter)) last = sound;
  }
  return key;
}
