/**
 * News outlets and platforms: they carry others' words ("told Reuters", "on Fox News", "via Twitter", "X said,
 * according to Axios") and are the speaker only when the words are their own ("The Times reports:", "reported
 * Reuters", "“…,” according to Axios" with no one else speaking).
 */

const OUTLETS = new Set(
  [
    'Reuters', 'Axios', 'AP', 'Associated Press', 'the Associated Press', 'AFP', 'Agence France-Presse', 'SANA',
    'Syrian Arab News Agency', 'BBC', 'CNN', 'MSNBC', 'CNBC', 'NBC', 'ABC', 'CBS', 'PBS', 'NPR', 'Fox', 'Fox News',
    'Fox Business', 'Sky News', 'Al Jazeera', 'Al Arabiya', 'Bloomberg', 'Politico', 'The Hill', 'Breitbart',
    'Breitbart News', 'HuffPost', 'Huffington Post', 'The Huffington Post', 'BuzzFeed', 'BuzzFeed News', 'Vox',
    'Slate', 'Salon', 'Newsmax', 'Daily Caller', 'The Daily Caller', 'Daily Beast', 'The Daily Beast', 'Mediaite',
    'TMZ', 'Time', 'Newsweek', 'The Atlantic', 'The New Yorker', 'The Economist', 'Forbes', 'Fortune', 'Variety',
    'Rolling Stone', 'The Guardian', 'The Telegraph', 'The Independent', 'The Times', 'the Times', 'The Post',
    'the Post', 'The Journal', 'the Journal', 'Haaretz', 'The Jerusalem Post', 'Jerusalem Post', 'The Times of Israel',
    'Times of Israel', 'Al-Monitor', 'Noon Post', 'C-SPAN', 'Univision', 'Telemundo', 'Yahoo News', 'Yahoo',
    'Twitter', 'X', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'Truth Social', 'Reddit', 'Snapchat', 'Medium',
    'Substack', 'Telegram', 'WhatsApp', 'Western Journalism', 'USA Today', 'The Washington Examiner', 'Washington Examiner',
    'The Weekly Standard', 'National Review', 'The New York Post', 'New York Post', 'Des Moines Register',
    'The Des Moines Register', 'Los Angeles Times', 'The Los Angeles Times', 'Chicago Tribune', 'Boston Globe',
    'The Boston Globe', 'Meet the Press', 'Face the Nation', 'State of the Union', 'Fox News Sunday',
    'Good Morning America', 'Morning Joe', 'The View', 'Hannity', 'The Kelly File', 'Anderson Cooper 360',
  ].map((name) => name.toLowerCase()),
);

/** Names shaped like an outlet: "The Wall Street Journal", "Sky News", "the Daily Mail", "WBUR", "KTLA-TV". */
const OUTLET_SHAPE =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:Times|Post|Journal|Herald|Tribune|Gazette|Globe|Mail|Telegraph|Examiner|Register|Courier|Chronicle|Inquirer|Observer|Standard|Sun|Star|Bee|Dispatch|Review|Magazine|News|Radio|Television|TV|Network|Newspaper|Daily|Weekly|Wire|Press|Broadcasting)$/u;
const CALL_LETTERS = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$/;

/** Whether a name is a news outlet or a platform. */
export function isOutlet(name: string): boolean {
  const plain = name.trim().replace(/[’']s$/, '');
  // "the post" and "the journal" are descriptions; "the Post" is a newspaper.
  if (/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(plain)) return false;
  return OUTLETS.has(plain.toLowerCase()) || OUTLET_SHAPE.test(plain) || CALL_LETTERS.test(plain);
}
