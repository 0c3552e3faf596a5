import { describe, expect, it } from 'vitest';
import {
  apaInText,
  apaReference,
  chicagoBibliography,
  chicagoNote,
  chicagoShortNote,
  mlaInText,
  mlaWorksCited,
  toBibtex,
  toCslJson,
  titleProperNouns,
  type CitableQuotation,
  type CslItem,
} from '../../src/outputs/cite.ts';

// Examples written by following each guide's rules for an article on a news website: APA 7 (§10.1, news website
// article; §8.6, secondary sources), MLA 9 (works cited without an author, "Accessed"; indirect sources, "qtd. in"),
// Chicago 17 (14.191–14.207, news; 14.260, "quoted in"; 14.29–14.30, short notes). The example has a group author
// (the publisher, no byline), a month-only date and a title that holds quotation marks.
const barrack: CitableQuotation = {
  id: 'q-breakthrough-3fa2c1',
  text: 'breakthrough',
  speaker: { name: 'Thomas Barrack', role: 'US envoy to Syria', kind: 'person' },
  article: {
    title: 'What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?',
    publisher: 'Noon Post',
    published: '2026-01',
    source: 'https://www.noonpost.com/en/363213/',
    accessed: '2026-11-26',
  },
};
const article = barrack.article;

const options = { properNouns: ['Syria', 'Israel'] };

describe('the article, by the reference entry of each style', () => {
  it('APA 7: the group author, the date in parentheses, the title in italics and sentence case, no repeated site name', () => {
    expect(apaReference(article, options)).toEqual({
      text: 'Noon Post. (2026, January). What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/',
      html: 'Noon Post. (2026, January). <cite>What did the fifth round of Syria–“Israel” negotiations reveal?</cite> https://www.noonpost.com/en/363213/',
    });
  });

  it('MLA 9: no author, so the title first, its own quotation marks turned single; the site in italics; the access date', () => {
    expect(mlaWorksCited(article, options)).toEqual({
      text: '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
      html: '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” <cite>Noon Post</cite>, Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
    });
  });

  it('Chicago 17: an unsigned article listed under the newspaper’s name, in italics', () => {
    expect(chicagoBibliography(article, options)).toEqual({
      text: 'Noon Post. “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” January 2026. https://www.noonpost.com/en/363213/.',
      html: '<cite>Noon Post</cite>. “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” January 2026. https://www.noonpost.com/en/363213/.',
    });
  });
});

describe('a quotation, by the in-text citations and notes that point to the article', () => {
  it('APA 7: the speaker by surname, “as cited in” the article’s author and year', () => {
    expect(apaInText(barrack)).toEqual({ text: '(Barrack, as cited in Noon Post, 2026)', html: '(Barrack, as cited in Noon Post, 2026)' });
  });

  it('MLA 9: “qtd. in” and, with no author, the title shortened in quotation marks', () => {
    expect(mlaInText(barrack, options).text).toBe('(qtd. in “What Did the Fifth Round”)');
  });

  it('Chicago 17: a full note that starts with the speaker, and a short note', () => {
    expect(chicagoNote(barrack, options)).toEqual({
      text: 'Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 2026, https://www.noonpost.com/en/363213/.',
      html: 'Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” <cite>Noon Post</cite>, January 2026, https://www.noonpost.com/en/363213/.',
    });
    expect(chicagoShortNote(barrack, options).text).toBe('Barrack, quoted in “What Did the Fifth Round.”');
  });

  it('describes it as CSL-JSON, with the publisher as author, the access date and the quotation in the note', () => {
    expect(toCslJson(barrack)).toEqual<CslItem>({
      id: 'q-breakthrough-3fa2c1',
      type: 'article-newspaper',
      title: 'What Did the Fifth Round of Syria–“Israel” Negotiations Reveal?',
      'container-title': 'Noon Post',
      publisher: 'Noon Post',
      URL: 'https://www.noonpost.com/en/363213/',
      issued: { 'date-parts': [[2026, 1]] },
      accessed: { 'date-parts': [[2026, 11, 26]] },
      author: [{ literal: 'Noon Post' }],
      note: '“breakthrough” — Thomas Barrack',
    });
  });

  it('describes it as a biblatex @online with urldate, and the fields classic BibTeX reads as @misc', () => {
    expect(toBibtex(barrack)).toBe(
      [
        '@online{q-breakthrough-3fa2c1,',
        '  author = {{Noon Post}},',
        '  title = {{What Did the Fifth Round of Syria–“Israel” Negotiations Reveal?}},',
        '  organization = {Noon Post},',
        '  year = {2026},',
        '  month = jan,',
        '  url = {https://www.noonpost.com/en/363213/},',
        '  urldate = {2026-11-26},',
        '  howpublished = {\\url{https://www.noonpost.com/en/363213/}},',
        '  note = {“breakthrough” — Thomas Barrack}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('an anonymous speaker', () => {
  const anonymous: CitableQuotation = { ...barrack, text: 'The talks are going nowhere.', speaker: { name: 'Unnamed Syrian official', kind: 'anonymous' } };

  it('is named as the article describes them, whole', () => {
    expect(apaInText(anonymous).text).toBe('(Unnamed Syrian official, as cited in Noon Post, 2026)');
    expect(chicagoNote(anonymous, options).text).toMatch(/^Unnamed Syrian official, quoted in “What Did/);
    expect(chicagoShortNote(anonymous, options).text).toBe('Unnamed Syrian official, quoted in “What Did the Fifth Round.”');
  });
});

describe('a quotation said on a known day', () => {
  const dated: CitableQuotation = { ...barrack, said: '2026-01-05' };

  it('gives the year in APA, as for a primary source, and the whole date in the Chicago note and the notes of reference managers', () => {
    expect(apaInText(dated).text).toBe('(Barrack, 2026, as cited in Noon Post, 2026)');
    expect(chicagoNote(dated, options).text).toMatch(/^Thomas Barrack, January 5, 2026, quoted in “What Did/);
    expect(toCslJson(dated).note).toBe('“breakthrough” — Thomas Barrack, January 5, 2026');
  });
});

describe('bylines', () => {
  const two = { ...article, published: '2026-01-07', authors: ['Jane Ann Smith', 'Jan van der Berg'] };
  const bylined: CitableQuotation = { ...barrack, article: two };

  it('name two authors as each style runs them, and the site after the title', () => {
    expect(apaReference(two, options).text).toBe(
      'Smith, J. A., & van der Berg, J. (2026, January 7). What did the fifth round of Syria–“Israel” negotiations reveal? Noon Post. https://www.noonpost.com/en/363213/',
    );
    expect(mlaWorksCited(two, options).text).toBe(
      'Smith, Jane Ann, and Jan van der Berg. “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, 7 Jan. 2026, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
    );
    expect(chicagoBibliography(two, options).text).toBe(
      'Smith, Jane Ann, and Jan van der Berg. “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, January 7, 2026. https://www.noonpost.com/en/363213/.',
    );
    expect(apaInText(bylined).text).toBe('(Barrack, as cited in Smith & van der Berg, 2026)');
    expect(mlaInText(bylined, options).text).toBe('(qtd. in Smith and van der Berg)');
    expect(chicagoNote(bylined, options).text).toBe(
      'Thomas Barrack, quoted in Jane Ann Smith and Jan van der Berg, “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 7, 2026, https://www.noonpost.com/en/363213/.',
    );
    expect(chicagoShortNote(bylined, options).text).toBe('Barrack, quoted in Smith and van der Berg, “What Did the Fifth Round.”');
  });

  it('shorten three or more authors as each style says', () => {
    const three = { ...two, authors: ['Jane Ann Smith', 'Jan van der Berg', 'Lee Park'] };
    expect(mlaWorksCited(three, options).text).toMatch(/^Smith, Jane Ann, et al\. “What/);
    expect(chicagoBibliography(three, options).text).toMatch(/^Smith, Jane Ann, Jan van der Berg, and Lee Park\. “What/);
    expect(apaInText({ ...barrack, article: three }).text).toBe('(Barrack, as cited in Smith et al., 2026)');
    expect(mlaInText({ ...barrack, article: three }, options).text).toBe('(qtd. in Smith et al.)');
    expect(chicagoShortNote({ ...barrack, article: three }, options).text).toBe('Barrack, quoted in Smith, van der Berg, and Park, “What Did the Fifth Round.”');
  });

  it('parse the names for CSL-JSON and BibTeX, with biblatex’s date when it has a day', () => {
    expect(toCslJson(bylined).author).toEqual([
      { family: 'Smith', given: 'Jane Ann' },
      { family: 'van der Berg', given: 'Jan' },
    ]);
    const bib = toBibtex(bylined);
    expect(bib).toContain('  author = {Smith, Jane Ann and van der Berg, Jan},\n');
    expect(bib).toContain('  year = {2026},\n  month = jan,\n  date = {2026-01-07},\n');
  });
});

describe('titles', () => {
  const sentenceCased = { ...article, title: "Barrack says Syria's talks with Israel are a 'breakthrough'", published: '2025' };

  it('keep a sentence-case title for APA and give MLA and Chicago title case, with curly quotes', () => {
    expect(apaReference(sentenceCased).text).toBe('Noon Post. (2025). Barrack says Syria’s talks with Israel are a ‘breakthrough’. https://www.noonpost.com/en/363213/');
    expect(mlaWorksCited(sentenceCased).text).toBe(
      '“Barrack Says Syria’s Talks with Israel Are a ‘Breakthrough.’” Noon Post, 2025, www.noonpost.com/en/363213/. Accessed 26 Nov. 2026.',
    );
    expect(chicagoShortNote({ ...barrack, article: sentenceCased }).text).toBe('Barrack, quoted in “Barrack Says Syria’s Talks.”');
  });

  it('keep the proper nouns they are given, and the speaker’s name in a short title', () => {
    const title = 'Barrack Hails a Breakthrough With Damascus: The Talks Go On';
    expect(apaReference({ ...article, title }, { properNouns: ['Damascus'] }).text).toBe(
      'Noon Post. (2026, January). Barrack hails a breakthrough with Damascus: The talks go on. https://www.noonpost.com/en/363213/',
    );
    expect(mlaInText({ ...barrack, article: { ...article, title: 'barrack hails a breakthrough with damascus' } }).text).toBe('(qtd. in “Barrack Hails a Breakthrough”)');
  });
});

describe('an undated article', () => {
  const undated = { ...article, published: undefined, accessed: undefined };

  it('says "n.d." in APA and Chicago, leaves the date out in MLA, and has no issued or accessed date in CSL-JSON', () => {
    expect(apaReference(undated, options).text).toBe('Noon Post. (n.d.). What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/');
    expect(apaInText({ ...barrack, article: undated }).text).toBe('(Barrack, as cited in Noon Post, n.d.)');
    expect(mlaWorksCited(undated, options).text).toBe('“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, www.noonpost.com/en/363213/.');
    expect(chicagoBibliography(undated, options).text).toBe('Noon Post. “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” n.d. https://www.noonpost.com/en/363213/.');
    expect(chicagoNote({ ...barrack, article: undated }, options).text).toMatch(/” Noon Post, n\.d\., https:/);
    expect(toCslJson({ ...barrack, article: undated })).not.toHaveProperty('issued');
    expect(toCslJson({ ...barrack, article: undated })).not.toHaveProperty('accessed');
    expect(toBibtex({ ...barrack, article: undated })).not.toMatch(/year|urldate/);
  });
});

describe('HTML', () => {
  it('escapes the special characters of every input text', () => {
    const hostile: CitableQuotation = {
      ...barrack,
      text: 'a & b',
      speaker: { name: '<script>alert("x")</script>' },
      article: { ...article, publisher: 'Noon <b>Post</b>' },
    };
    expect(chicagoNote(hostile, options).html).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” ' +
        '<cite>Noon &lt;b&gt;Post&lt;/b&gt;</cite>, January 2026, https://www.noonpost.com/en/363213/.',
    );
    expect(apaInText(hostile).html).toBe('(&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, as cited in Noon &lt;b&gt;Post&lt;/b&gt;, 2026)');
    expect(apaReference(hostile.article, options).html).toBe(
      'Noon &lt;b&gt;Post&lt;/b&gt;. (2026, January). <cite>What did the fifth round of Syria–“Israel” negotiations reveal?</cite> https://www.noonpost.com/en/363213/',
    );
  });
});

describe('BibTeX', () => {
  it('escapes & and % (and the other special characters) but keeps non-ASCII text as UTF-8', () => {
    const special: CitableQuotation = {
      ...barrack,
      id: 'q-fifty percent',
      text: '50% of the files & ~all of the $ are #1_{x}^\\',
      article: {
        ...barrack.article,
        title: 'Ports & Profits: 50% of Trade Goes Through Latakia',
        publisher: 'Al-Jumhuriya & Co',
        published: '2025-11-03',
        authors: ['Zeina Kh'],
      },
    };
    expect(toBibtex(special)).toBe(
      [
        '@online{q-fifty-percent,',
        '  author = {Kh, Zeina},',
        '  title = {{Ports \\& Profits: 50\\% of Trade Goes Through Latakia}},',
        '  organization = {Al-Jumhuriya \\& Co},',
        '  year = {2025},',
        '  month = nov,',
        '  date = {2025-11-03},',
        '  url = {https://www.noonpost.com/en/363213/},',
        '  urldate = {2026-11-26},',
        '  howpublished = {\\url{https://www.noonpost.com/en/363213/}},',
        '  note = {“50\\% of the files \\& \\textasciitilde{}all of the \\$ are \\#1\\_\\textbraceleft{}x\\textbraceright{}' +
          '\\textasciicircum{}\\textbackslash{}” — Thomas Barrack}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('CSL-JSON dates', () => {
  it.each([
    ['2026', [[2026]]],
    ['2026-01', [[2026, 1]]],
    ['2026-01-05', [[2026, 1, 5]]],
    ['2026-01-05/2026-01-06', [[2026, 1, 5], [2026, 1, 6]]],
  ])('gives %s as date-parts at its own precision', (published, dateParts) => {
    expect(toCslJson({ ...barrack, article: { ...barrack.article, published } }).issued).toEqual({
      'date-parts': dateParts,
    });
  });
});

describe('titleProperNouns', () => {
  const texts = [
    'Talks resumed in Vienna on Monday, officials said, and the Orsa crossing was on the table.',
    'A second round in Vienna, the talks went on; "Orsa" was named again. The crossing stays closed.',
  ];

  it('gives the title’s words the texts capitalize in mid-sentence and never write in lower case', () => {
    // "Talks" and "The" open sentences only, and "talks" and "crossing" are written in lower case too.
    expect(titleProperNouns('The Orsa Crossing: Talks in Vienna', texts)).toEqual(['Orsa', 'Vienna']);
    // Found in any case the title writes them, and only whole words of it: "Vienna" is not in "Viennas".
    expect(titleProperNouns('talks in vienna', texts)).toEqual(['Vienna']);
    expect(titleProperNouns('The Viennas of the World', texts)).toEqual([]);
  });

  it('keeps a name that also opens a sentence, and drops one written in lower case anywhere', () => {
    expect(titleProperNouns('Vienna Again', ['Vienna hosted them. They met in Vienna again.'])).toEqual(['Vienna']);
    expect(titleProperNouns('Vienna Again', ['They met in Vienna, then went to vienna station.'])).toEqual([]);
  });
});
