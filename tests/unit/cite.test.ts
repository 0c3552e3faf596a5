import { describe, expect, it } from 'vitest';
import {
  citeApa,
  citeChicago,
  citeMla,
  toBibtex,
  toCslJson,
  type CitableQuotation,
  type CslItem,
} from '../../src/outputs/cite.ts';

const barrack: CitableQuotation = {
  id: 'q-breakthrough-3fa2c1',
  text: 'breakthrough',
  speaker: { name: 'Thomas Barrack', role: 'US envoy to Syria', kind: 'person' },
  article: {
    title: 'What Did the Fifth Round of Syria–"Israel" Negotiations Reveal?',
    publisher: 'Noon Post',
    published: '2026-01',
    source: 'https://www.noonpost.com/en/363213/',
  },
  permalink: 'https://example.org/quotes/q-breakthrough-3fa2c1/',
};

const options = { properNouns: ['Syria', 'Israel'] };

describe('the example quotation', () => {
  it('cites it in APA 7, with the in-text citation before the reference entry', () => {
    expect(citeApa(barrack, options)).toEqual({
      text:
        '“breakthrough” (Barrack, as cited in Noon Post, 2026). Noon Post. (2026, January). ' +
        'What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/',
      html:
        '“breakthrough” (Barrack, as cited in Noon Post, 2026). Noon Post. (2026, January). ' +
        '<cite>What did the fifth round of Syria–“Israel” negotiations reveal?</cite> https://www.noonpost.com/en/363213/',
    });
  });

  it('cites it in MLA 9', () => {
    expect(citeMla(barrack, options)).toEqual({
      text:
        '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” ' +
        'Noon Post, Jan. 2026, www.noonpost.com/en/363213/.',
      html:
        '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” ' +
        '<cite>Noon Post</cite>, Jan. 2026, www.noonpost.com/en/363213/.',
    });
  });

  it('cites it in a Chicago 17 note', () => {
    expect(citeChicago(barrack, options)).toEqual({
      text:
        '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” ' +
        'Noon Post, January 2026, https://www.noonpost.com/en/363213/.',
      html:
        '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” ' +
        '<cite>Noon Post</cite>, January 2026, https://www.noonpost.com/en/363213/.',
    });
  });

  it('describes it as CSL-JSON, with the publisher as author', () => {
    expect(toCslJson(barrack)).toEqual<CslItem>({
      id: 'q-breakthrough-3fa2c1',
      type: 'article-newspaper',
      title: 'What Did the Fifth Round of Syria–“Israel” Negotiations Reveal?',
      'container-title': 'Noon Post',
      publisher: 'Noon Post',
      URL: 'https://www.noonpost.com/en/363213/',
      issued: { 'date-parts': [[2026, 1]] },
      author: [{ literal: 'Noon Post' }],
      note: '“breakthrough” — Thomas Barrack',
    });
  });

  it('describes it as a BibTeX @article', () => {
    expect(toBibtex(barrack)).toBe(
      [
        '@article{q-breakthrough-3fa2c1,',
        '  author = {{Noon Post}},',
        '  title = {{What Did the Fifth Round of Syria–“Israel” Negotiations Reveal?}},',
        '  journal = {Noon Post},',
        '  year = {2026},',
        '  month = jan,',
        '  url = {https://www.noonpost.com/en/363213/},',
        '  note = {“breakthrough” — Thomas Barrack}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('an anonymous speaker', () => {
  const anonymous: CitableQuotation = {
    ...barrack,
    text: 'The talks are going nowhere.',
    speaker: { name: 'Unnamed Syrian official', kind: 'anonymous' },
  };

  it('is written as the article describes them, and the quotation’s period moves after the APA citation', () => {
    expect(citeApa(anonymous, options).text).toBe(
      '“The talks are going nowhere” (Unnamed Syrian official, as cited in Noon Post, 2026). Noon Post. ' +
        '(2026, January). What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/',
    );
    expect(citeMla(anonymous, options).text).toBe(
      '“The talks are going nowhere.” Unnamed Syrian official, quoted in ' +
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, Jan. 2026, www.noonpost.com/en/363213/.',
    );
    expect(citeChicago(anonymous, options).text).toBe(
      '“The talks are going nowhere.” Unnamed Syrian official, quoted in ' +
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 2026, https://www.noonpost.com/en/363213/.',
    );
  });
});

describe('a quotation said on a known day', () => {
  const dated: CitableQuotation = { ...barrack, said: '2026-01-05' };

  it('gives the year in APA, as for a primary source, and the whole date in MLA, Chicago and the notes', () => {
    expect(citeApa(dated, options).text).toBe(
      '“breakthrough” (Barrack, 2026, as cited in Noon Post, 2026). Noon Post. (2026, January). ' +
        'What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/',
    );
    expect(citeMla(dated, options).text).toBe(
      '“breakthrough.” Thomas Barrack, 5 Jan. 2026, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” ' +
        'Noon Post, Jan. 2026, www.noonpost.com/en/363213/.',
    );
    expect(citeChicago(dated, options).text).toBe(
      '“breakthrough.” Thomas Barrack, January 5, 2026, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” ' +
        'Noon Post, January 2026, https://www.noonpost.com/en/363213/.',
    );
    expect(toCslJson(dated).note).toBe('“breakthrough” — Thomas Barrack, January 5, 2026');
  });
});

describe('an article with two authors', () => {
  const bylined: CitableQuotation = {
    ...barrack,
    article: { ...barrack.article, published: '2026-01-07', authors: ['Jane Ann Smith', 'Jan van der Berg'] },
  };

  it('names them in each style and parses them for CSL-JSON and BibTeX', () => {
    expect(citeApa(bylined, options).text).toBe(
      '“breakthrough” (Barrack, as cited in Smith & van der Berg, 2026). Smith, J. A., & van der Berg, J. (2026, January 7). ' +
        'What did the fifth round of Syria–“Israel” negotiations reveal? Noon Post. https://www.noonpost.com/en/363213/',
    );
    expect(citeMla(bylined, options).text).toBe(
      '“breakthrough.” Thomas Barrack, quoted in Jane Ann Smith and Jan van der Berg, ' +
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” Noon Post, 7 Jan. 2026, www.noonpost.com/en/363213/.',
    );
    expect(citeChicago(bylined, options).text).toBe(
      '“breakthrough.” Thomas Barrack, quoted in Jane Ann Smith and Jan van der Berg, ' +
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” Noon Post, January 7, 2026, https://www.noonpost.com/en/363213/.',
    );
    expect(toCslJson(bylined).author).toEqual([
      { family: 'Smith', given: 'Jane Ann' },
      { family: 'van der Berg', given: 'Jan' },
    ]);
    expect(toBibtex(bylined)).toBe(
      [
        '@article{q-breakthrough-3fa2c1,',
        '  author = {Smith, Jane Ann and van der Berg, Jan},',
        '  title = {{What Did the Fifth Round of Syria–“Israel” Negotiations Reveal?}},',
        '  journal = {Noon Post},',
        '  year = {2026},',
        '  month = jan,',
        '  url = {https://www.noonpost.com/en/363213/},',
        '  note = {“breakthrough” — Thomas Barrack}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('titles', () => {
  const sentenceCased: CitableQuotation = {
    ...barrack,
    article: { ...barrack.article, title: "Barrack says Syria's talks with Israel are a 'breakthrough'", published: '2025' },
  };

  it('keep a sentence-case title for APA and give MLA and Chicago title case, with curly quotes', () => {
    expect(citeApa(sentenceCased).text).toBe(
      '“breakthrough” (Barrack, as cited in Noon Post, 2025). Noon Post. (2025). ' +
        'Barrack says Syria’s talks with Israel are a ‘breakthrough’. https://www.noonpost.com/en/363213/',
    );
    expect(citeMla(sentenceCased).text).toBe(
      '“breakthrough.” Thomas Barrack, quoted in “Barrack Says Syria’s Talks with Israel Are a ‘Breakthrough.’” ' +
        'Noon Post, 2025, www.noonpost.com/en/363213/.',
    );
  });

  it('keep the speaker’s name and words capitalized in the quotation when APA lowercases a title-case title', () => {
    const quotation: CitableQuotation = {
      ...barrack,
      text: 'We told Damascus it has a choice',
      article: { ...barrack.article, title: 'Barrack Hails a Breakthrough With Damascus: The Talks Go On' },
    };
    expect(citeApa(quotation).text).toBe(
      '“We told Damascus it has a choice” (Barrack, as cited in Noon Post, 2026). Noon Post. (2026, January). ' +
        'Barrack hails a breakthrough with Damascus: The talks go on. https://www.noonpost.com/en/363213/',
    );
  });
});

describe('an undated article', () => {
  const undated: CitableQuotation = { ...barrack, article: { ...barrack.article, published: undefined } };

  it('says "n.d." in APA and Chicago, leaves the date out in MLA, and has no issued date in CSL-JSON', () => {
    expect(citeApa(undated, options).text).toBe(
      '“breakthrough” (Barrack, as cited in Noon Post, n.d.). Noon Post. (n.d.). ' +
        'What did the fifth round of Syria–“Israel” negotiations reveal? https://www.noonpost.com/en/363213/',
    );
    expect(citeMla(undated, options).text).toBe(
      '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” ' +
        'Noon Post, www.noonpost.com/en/363213/.',
    );
    expect(citeChicago(undated, options).text).toBe(
      '“breakthrough.” Thomas Barrack, quoted in “What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?,” ' +
        'Noon Post, n.d., https://www.noonpost.com/en/363213/.',
    );
    expect(toCslJson(undated)).not.toHaveProperty('issued');
  });
});

describe('HTML', () => {
  it('escapes the special characters of every input text', () => {
    const hostile: CitableQuotation = {
      ...barrack,
      text: 'a & b',
      speaker: { name: '<script>alert("x")</script>' },
      article: { ...barrack.article, publisher: 'Noon <b>Post</b>' },
    };
    expect(citeMla(hostile, options).html).toBe(
      '“a &amp; b.” &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, quoted in ' +
        '“What Did the Fifth Round of Syria–‘Israel’ Negotiations Reveal?” <cite>Noon &lt;b&gt;Post&lt;/b&gt;</cite>, ' +
        'Jan. 2026, www.noonpost.com/en/363213/.',
    );
    expect(citeApa(hostile, options).html).toBe(
      '“a &amp; b” (&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, as cited in Noon &lt;b&gt;Post&lt;/b&gt;, 2026). ' +
        'Noon &lt;b&gt;Post&lt;/b&gt;. (2026, January). ' +
        '<cite>What did the fifth round of Syria–“Israel” negotiations reveal?</cite> https://www.noonpost.com/en/363213/',
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
        '@article{q-fifty-percent,',
        '  author = {Kh, Zeina},',
        '  title = {{Ports \\& Profits: 50\\% of Trade Goes Through Latakia}},',
        '  journal = {Al-Jumhuriya \\& Co},',
        '  year = {2025},',
        '  month = nov,',
        '  url = {https://www.noonpost.com/en/363213/},',
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
