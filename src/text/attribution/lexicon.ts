/**
 * The words news English attributes speech with: cue verbs and their frames, honorifics and titles that stand
 * before names, role nouns that describe speakers, pronouns, and the capitalized words that are never a name.
 * Word lists only; the rules that use them live beside this file.
 */

const inflect = (stems: Record<string, string[]>) => Object.values(stems).flat();

/** Verbs that report speech or writing, every form news prose uses. */
export const SPEECH_VERBS = new Set(
  inflect({
    say: ['say', 'says', 'said', 'saying'],
    tell: ['tell', 'tells', 'told', 'telling'],
    add: ['add', 'adds', 'added', 'adding'],
    continue: ['continued', 'continues', 'continuing'],
    conclude: ['concluded', 'concludes', 'concluding'],
    ask: ['ask', 'asks', 'asked', 'asking'],
    reply: ['replied', 'replies', 'replying'],
    respond: ['responded', 'responds', 'responding'],
    answer: ['answered', 'answers', 'answering'],
    write: ['write', 'writes', 'wrote', 'writing', 'written'],
    tweet: ['tweeted', 'tweets', 'tweeting'],
    post: ['posted', 'posts', 'posting'],
    argue: ['argued', 'argues', 'arguing'],
    insist: ['insisted', 'insists', 'insisting'],
    warn: ['warned', 'warns', 'warning'],
    urge: ['urged', 'urges', 'urging'],
    acknowledge: ['acknowledged', 'acknowledges', 'acknowledging'],
    explain: ['explained', 'explains', 'explaining'],
    note: ['noted', 'notes', 'noting'],
    claim: ['claimed', 'claims', 'claiming'],
    declare: ['declared', 'declares', 'declaring'],
    state: ['stated', 'states', 'stating'],
    announce: ['announced', 'announces', 'announcing'],
    admit: ['admitted', 'admits', 'admitting'],
    concede: ['conceded', 'concedes', 'conceding'],
    complain: ['complained', 'complains', 'complaining'],
    contend: ['contended', 'contends', 'contending'],
    counter: ['countered', 'counters', 'countering'],
    predict: ['predicted', 'predicts', 'predicting'],
    promise: ['promised', 'promises', 'promising'],
    vow: ['vowed', 'vows', 'vowing'],
    pledge: ['pledged', 'pledges', 'pledging'],
    recall: ['recalled', 'recalls', 'recalling'],
    remark: ['remarked'],
    comment: ['commented'],
    suggest: ['suggested', 'suggests', 'suggesting'],
    assert: ['asserted', 'asserts', 'asserting'],
    affirm: ['affirmed', 'reaffirmed', 'affirms'],
    stress: ['stressed', 'stresses', 'stressing'],
    emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasizing'],
    caution: ['cautioned', 'cautions'],
    clarify: ['clarified', 'clarifies'],
    confirm: ['confirmed', 'confirms'],
    deny: ['denied', 'denies', 'denying'],
    reveal: ['revealed', 'reveals'],
    report: ['reported', 'reports'],
    recount: ['recounted', 'recounts'],
    reiterate: ['reiterated', 'reiterates'],
    repeat: ['repeated'],
    maintain: ['maintained', 'maintains'],
    observe: ['observed'],
    joke: ['joked', 'jokes', 'joking'],
    quip: ['quipped'],
    boast: ['boasted', 'boasts', 'boasting'],
    brag: ['bragged', 'brags', 'bragging'],
    tout: ['touted', 'touts', 'touting'],
    lament: ['lamented', 'laments'],
    shout: ['shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'chanted', 'chanting', 'exclaimed', 'whispered'],
    mused: ['mused', 'wondered', 'sighed', 'fumed', 'thundered'],
    react: ['reacted', 'reacts'],
    propose: ['proposed', 'proposes', 'proposing', 'recommended', 'recommends', 'advised', 'advises'],
    go: ['went', 'goes'],
    demand: ['demanded', 'demands'],
    charge: ['charged'],
    accuse: ['accused', 'accuses', 'accusing'],
    hail: ['hailed', 'hails', 'hailing'],
    welcome: ['welcomed', 'welcomes'],
    testify: ['testified'],
    speak: ['spoke', 'speaking'],
    read: ['read', 'reads'],
    begin: ['began'],
    text: ['texted', 'emailed', 'messaged'],
    threaten: ['threatened', 'threatens'],
    proclaim: ['proclaimed', 'proclaims'],
    agree: ['agreed'],
    plead: ['pleaded'],
    opine: ['opined'],
    cry: ['cried', 'pleaded', 'begged', 'pressed', 'prodded', 'interrupted', 'questioned', 'elaborated', 'exhorted', 'exhorting', 'heralded', 'heralding', 'talks', 'talked', 'pointed'],
    remember: ['remembered', 'assured', 'proclaimed', 'summed', 'put', 'puts', 'agreed', 'agrees', 'riffed', 'mocks', 'started', 'lecturing', 'explains'],
    retort: ['retorted', 'barked', 'snapped', 'scoffed', 'sniped', 'quipped', 'beamed', 'gushed', 'chimed', 'cracked', 'marveled', 'raved', 'griped', 'grumbled', 'protested', 'objected', 'interjected', 'interrupted'],
  }),
);

/** Verbs by which a speaker characterises something in their own words: "called the plan “a betrayal”". */
export const CHARACTERISING_VERBS = new Set(
  inflect({
    call: ['called', 'calls', 'calling'],
    describe: ['described', 'describes', 'describing'],
    characterize: ['characterized', 'characterised', 'characterizes'],
    label: ['labeled', 'labelled', 'labels'],
    brand: ['branded', 'brands'],
    criticize: ['criticized', 'criticised', 'criticizes', 'criticizing'],
    denounce: ['denounced', 'denounces'],
    condemn: ['condemned', 'condemns'],
    decry: ['decried', 'decries'],
    praise: ['praised', 'praises', 'praising'],
    slam: ['slammed', 'slams', 'blasted', 'blasts', 'lambasted', 'ripped', 'hammered', 'hammering'],
    dismiss: ['dismissed', 'dismisses', 'dismissing'],
    mock: ['mocked', 'mocks', 'ridiculed'],
    thank: ['thanked', 'thanking'],
    portray: ['portrayed', 'portrays', 'portraying', 'depicted', 'depicts'],
    vow: ['promised'],
  }),
);

/** Characterising verbs in their base form, which are as often nouns ("a fundraising call"): cues only after "to" or a modal. */
export const CHARACTERISING_BASE_FORMS = new Set(['call', 'describe', 'portray', 'criticize', 'criticise', 'praise', 'dismiss', 'label', 'brand', 'denounce', 'condemn', 'mock']);
/** Words after which a verb stands in its base form: "started to call", "would describe". */
export const BEFORE_BASE_FORM = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', "won't", 'won’t', "didn't", 'didn’t']);

/** Nouns of speech whose owner is the speaker: "her assertion that “…”", "Trump's promise of a “big, beautiful wall”". */
export const SPEECH_NOUNS = new Set([
  'assertion', 'claim', 'claims', 'statement', 'remarks', 'comments', 'comment', 'promise', 'pledge', 'warning',
  'argument', 'insistence', 'suggestion', 'vow', 'declaration', 'admission', 'contention', 'description',
  'characterization', 'accusation', 'charge', 'prediction', 'boast', 'quip', 'answer', 'testimony', 'assessment',
  'complaint', 'conclusion', 'observation', 'explanation', 'retort', 'concession', 'denial', 'confession', 'reaction',
  'quote', 'quotes', 'call', 'calls', 'response', 'reply', 'rejection',
]);

/** Cue verbs that report speech only with their particle: "talks about “…”" (not "talks with Iran"), "pointed out", "went on". */
export const CUE_PARTICLES: Record<string, string> = { talks: 'about', talked: 'about', pointed: 'out', went: 'on', goes: 'on' };

/** Cue verbs that may stand before their subject: "“…,” said Barrack." */
export const INVERTIBLE = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'replied', 'wrote', 'writes', 'explained', 'noted', 'insisted', 'recalled',
  'warned', 'argued', 'continued', 'concluded', 'countered', 'tweeted', 'posted', 'reported', 'declared', 'remarked',
  'observed', 'quipped', 'joked', 'responded', 'answered', 'stated', 'announced', 'cautioned', 'complained',
]);

/** Participles that take the subject of their clause: "appeared on CNN, saying he would “never” …". */
export const PARTICIPLE = /ing$/;

/** Honorifics and abbreviated titles, written with or without a full stop, and the role each gives. */
export const HONORIFICS: Record<string, { role?: string; gender?: Gender }> = {
  mr: { gender: 'm' }, mrs: { gender: 'f' }, ms: { gender: 'f' }, miss: { gender: 'f' }, dr: { role: 'doctor' },
  sen: { role: 'senator' }, rep: { role: 'representative' }, gov: { role: 'governor' }, gen: { role: 'general' },
  lt: {}, col: { role: 'colonel' }, sgt: { role: 'sergeant' }, adm: { role: 'admiral' }, capt: { role: 'captain' },
  prof: { role: 'professor' }, rev: { role: 'reverend' }, sir: { gender: 'm' }, dame: { gender: 'f' }, st: {},
  amb: { role: 'ambassador' }, sec: { role: 'secretary' }, atty: { role: 'attorney' }, supt: { role: 'superintendent' },
  cmdr: { role: 'commander' }, maj: { role: 'major' }, pres: { role: 'president' }, gens: { role: 'general' },
};

/** Title words written out before a name ("Senate Majority Leader Chuck Schumer"); each is a role. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'lieutenant',
  'secretary', 'mayor', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'minister',
  'prime', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'speaker', 'leader', 'sheriff',
  'chief', 'commissioner', 'attorney', 'general', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'anchor',
  'host', 'candidate', 'nominee', 'officer', 'detective', 'agent', 'coach', 'pastor', 'father', 'rabbi', 'imam',
  'sheikh', 'majority', 'minority', 'whip', 'deputy', 'assistant', 'acting', 'former', 'state', 'first', 'lady',
  'senate', 'house', 'democratic', 'republican', 'democrat', 'gop', 'presidential', 'envoy', 'founder', 'ceo',
  'chairperson', 'councilman', 'councilwoman', 'council', 'member', 'delegate', 'commander', 'admiral', 'colonel',
  'captain', 'sergeant', 'professor', 'reverend', 'bishop', 'cardinal', 'archbishop', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'health', 'treasury', 'homeland', 'security', 'national', 'special', 'u.s.',
  'us', 'uk', 'assemblyman', 'assemblywoman', 'supervisor', 'superintendent', 'emir', 'sultan', 'sen.', 'rep.',
  'gov.', 'ex', 'chief-of-staff', 'adviser', 'advisor', 'economist', 'analyst', 'historian', 'author', 'columnist',
  'correspondent', 'reporter', 'editor', 'publisher', 'lawyer', 'attorney-general', 'crown', 'grand', 'supreme',
  'federal', 'prosecutor', 'inspector', 'constable', 'veterinarian', 'councillor', 'councilor', 'alderman', 'alderwoman', 'auditor', 'comptroller', 'treasurer', 'clerk', 'marshal', 'trooper',
  'counsel', 'solicitor', 'registrar', 'provost', 'chaplain', 'ombudsman',
]);

/** A title word, also inside a hyphenated title: "senator", "Editor-in-Chief", "Co-anchor". */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').some((part) => TITLE_WORDS.has(part)));
}

/** Words that stand for someone without naming or describing them: "Another tweeted", "One said". */
export const STANDS_FOR_SOMEONE = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'someone', 'somebody', 'anyone', 'everyone', 'nobody', 'none']);
/** Those of them that stand for several people: never the antecedent of "he" or "she". */
export const STANDS_FOR_SEVERAL = new Set(['others', 'some', 'many', 'several', 'both']);

/** Dashes that set off a byline or a dateline: "“…” ― Maria Lopez", "WASHINGTON —". */
export const DASHES = new Set(['—', '―', '–', '-', '--']);

/** Nouns that describe a speaker without naming them: "the governor said", "White House officials said". */
export const ROLE_NOUNS = new Set([
  'official', 'officials', 'aide', 'aides', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'analyst',
  'analysts', 'expert', 'experts', 'adviser', 'advisers', 'advisor', 'advisors', 'negotiator', 'negotiators',
  'minister', 'ministers', 'envoy', 'envoys', 'ambassador', 'ambassadors', 'resident', 'residents', 'witness',
  'witnesses', 'activist', 'activists', 'group', 'groups', 'critic', 'critics', 'campaigner', 'campaigners',
  'observer', 'observers', 'insider', 'insiders', 'governor', 'senator', 'senators', 'congressman', 'congresswoman',
  'representative', 'representatives', 'president', 'candidate', 'candidates', 'businessman', 'businesswoman',
  'billionaire', 'mogul', 'tycoon', 'developer', 'nominee', 'front-runner', 'frontrunner', 'mayor', 'secretary',
  'director', 'chairman', 'chairwoman', 'chair', 'leader', 'leaders', 'campaign', 'ministry', 'department',
  'agency', 'government', 'administration', 'statement', 'report', 'letter', 'memo', 'lawsuit', 'complaint',
  'ruling', 'website', 'ad', 'advertisement', 'commercial', 'poll', 'study', 'survey', 'document', 'documents',
  'police', 'prosecutors', 'prosecutor', 'investigators', 'authorities', 'military', 'army', 'committee',
  'organization', 'organisation', 'company', 'firm', 'union', 'association', 'council', 'court', 'judge', 'justice',
  'doctor', 'physician', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'strategist', 'strategists', 'operative',
  'operatives', 'donor', 'donors', 'supporter', 'supporters', 'voter', 'voters', 'member', 'members', 'protester',
  'protesters', 'protestors', 'economist', 'economists', 'historian', 'scholar', 'scientist', 'scientists',
  'researcher', 'researchers', 'professor', 'manager', 'chief', 'head', 'founder', 'executive', 'executives',
  'owner', 'employee', 'employees', 'worker', 'workers', 'veteran', 'veterans', 'pollster', 'pollsters',
  'commentator', 'commentators', 'host', 'anchor', 'reporter', 'reporters', 'journalist', 'journalists', 'editor',
  'columnist', 'writer', 'author', 'woman', 'man', 'people', 'person', 'father', 'mother', 'wife', 'husband',
  'daughter', 'son', 'friend', 'neighbor', 'neighbour', 'colleague', 'colleagues', 'staffer', 'staffers',
  'operator', 'contractor', 'entrepreneur', 'investor', 'investors', 'banker', 'bankers', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'general', 'commander', 'officer', 'officers', 'soldier', 'soldiers', 'rebel',
  'rebels', 'militants', 'militant', 'movement', 'party', 'parties', 'caucus', 'delegation', 'delegates', 'board',
  'panel', 'white', 'bureau', 'office', 'representative', 'secretary-general', 'sheriff', 'superintendent',
  'teacher', 'student', 'students', 'parent', 'parents', 'opponent', 'opponents', 'rival', 'rivals', 'challenger',
  'incumbent', 'hopeful', 'hopefuls', 'contender', 'contenders', 'constituent', 'constituents', 'republican', 'democrat', 'republicans', 'democrats', 'narrator', 'moderator', 'newspaper', 'newspapers', 'tabloid', 'percent', 'paper', 'papers', 'magazine', 'outlet', 'outlets', 'station', 'channel', 'network', 'networks', 'actor', 'actress', 'star', 'singer', 'rapper', 'comedian', 'pundit', 'politician', 'neurosurgeon', 'surgeon', 'nurse', 'pilot', 'driver', 'farmer', 'clerk', 'coach', 'player', 'players', 'conservatives',
  'liberals', 'progressives', 'speaker', 'whip', 'counsel', 'consultant', 'consultants', 'advocate', 'advocates',
  'lobbyist', 'lobbyists', 'ally', 'allies', 'backer', 'backers', 'fan', 'fans', 'spokespersons', 'representatives',
  'sponsor', 'sponsors', 'organizer', 'organizers', 'organiser', 'organisers', 'chairs', 'heads', 'directors',
  'presidents', 'governors', 'mayors', 'ministries', 'campaigns', 'governments', 'tweet', 'post', 'release',
  'filing', 'transcript', 'email', 'emails', 'message', 'messages', 'video', 'book', 'op-ed', 'editorial', 'article',
  'interview', 'speech', 'remarks', 'note', 'press', 'couple', 'family', 'team', 'staff', 'house', 'senate',
  'congress', 'republic', 'state', 'states', 'nation', 'country', 'city', 'county', 'town', 'ministry',
]);

/** Description heads that are documents or things, which speak as "it": "the ad says", "the statement read". */
export const THING_NOUNS = new Set([
  'statement', 'report', 'letter', 'memo', 'lawsuit', 'complaint', 'ruling', 'website', 'ad', 'advertisement',
  'commercial', 'poll', 'study', 'survey', 'document', 'documents', 'tweet', 'post', 'release', 'filing',
  'transcript', 'email', 'emails', 'message', 'messages', 'video', 'book', 'op-ed', 'editorial', 'article',
  'interview', 'speech', 'remarks', 'note', 'headline', 'sign', 'banner', 'bill', 'order', 'plan', 'proposal',
  'analysis', 'paper', 'review', 'audit', 'investigation', 'inquiry', 'transcript', 'excerpt', 'excerpts', 'column',
]);

/** Roles only a person holds: a definite "the senator" names someone, where "the board" or "the group" does not. */
export const PERSON_ROLES = new Set([
  'governor', 'senator', 'congressman', 'congresswoman', 'representative', 'president', 'candidate', 'businessman',
  'businesswoman', 'billionaire', 'mogul', 'tycoon', 'developer', 'nominee', 'front-runner', 'frontrunner', 'mayor',
  'secretary', 'director', 'chairman', 'chairwoman', 'leader', 'host', 'anchor', 'actor', 'actress', 'star', 'singer',
  'rapper', 'comedian', 'author', 'writer', 'reporter', 'journalist', 'columnist', 'commentator', 'pundit',
  'lawmaker', 'legislator', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor',
  'strategist', 'pollster', 'economist', 'professor', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor',
  'sheriff', 'commander', 'general', 'minister', 'ambassador', 'envoy', 'diplomat', 'king', 'queen', 'prince',
  'pope', 'pastor', 'man', 'woman', 'father', 'mother', 'speaker', 'hopeful', 'contender', 'challenger',
  'incumbent', 'veteran', 'founder', 'executive', 'owner', 'billionaire', 'businessperson', 'politician',
  'republican', 'democrat', 'conservative', 'liberal', 'activist', 'analyst', 'expert', 'historian', 'scholar',
  'doctor', 'physician', 'chancellor', 'premier', 'manager', 'operative', 'donor', 'superintendent', 'commissioner',
]);

/** Roles that tell a person's gender: "the spokeswoman" is a woman. */
export const GENDERED_ROLES: Record<string, Gender> = {
  spokeswoman: 'f', spokesman: 'm', congresswoman: 'f', congressman: 'm', chairwoman: 'f', chairman: 'm',
  businesswoman: 'f', businessman: 'm', councilwoman: 'f', councilman: 'm', assemblywoman: 'f', assemblyman: 'm',
  woman: 'f', man: 'm', mother: 'f', father: 'm', wife: 'f', husband: 'm', daughter: 'f', son: 'm', queen: 'f',
  king: 'm', princess: 'f', prince: 'm', lady: 'f', actress: 'f', actor: 'm', widow: 'f', sister: 'f', brother: 'm',
};

export type Gender = 'm' | 'f';

/** Last words that make a capitalized run an organisation or a place, not a person. */
export const ORGANISATION_WORDS = new Set([
  'house', 'senate', 'party', 'department', 'ministry', 'university', 'college', 'center', 'centre', 'institute',
  'committee', 'council', 'court', 'agency', 'association', 'foundation', 'campaign', 'group', 'company', 'corp',
  'inc', 'bank', 'fund', 'office', 'service', 'union', 'church', 'school', 'street', 'avenue', 'road', 'city',
  'county', 'state', 'states', 'republic', 'kingdom', 'nations', 'forces', 'army', 'navy', 'guard', 'police',
  'network', 'club', 'airport', 'hotel', 'hall', 'square', 'commission', 'administration', 'caucus', 'coalition',
  'alliance', 'movement', 'organization', 'organisation', 'project', 'program', 'programme', 'board', 'bureau',
  'authority', 'parliament', 'congress', 'assembly', 'government', 'times', 'post', 'news', 'journal', 'act', 'bill',
  'law', 'day', 'week', 'war', 'island', 'islands', 'river', 'mountains', 'valley', 'province', 'region', 'district',
  'america', 'americans', 'democrats', 'republicans', 'reform', 'security', 'affairs', 'policy', 'studies',
  'foods', 'industries', 'holdings', 'partners', 'systems', 'technologies', 'motors', 'airlines', 'energy',
  'pharmaceuticals', 'labs', 'media', 'capital', 'insurance', 'group', 'inc.', 'llc', 'corporation', 'enterprises',
  'federation', 'league', 'society', 'conference', 'academy', 'agency', 'tribune', 'council', 'dairies', 'farms',
  'brands', 'stores', 'services', 'solutions', 'communications', 'networks', 'products', 'pictures', 'records',
  'studios', 'brothers', 'associates', 'resources', 'sciences', 'devices', 'materials', 'logistics', 'entertainment',
  'mills', 'works', 'markets', 'foundations', 'laboratories', 'therapeutics', 'ventures', 'investments', 'world',
]);

/** Peoples and political groups written as one capitalized plural: "Americans", "Democrats", never "he" or "it". */
export const PEOPLES = new Set(
  'americans democrats republicans independents latinos latinas hispanics conservatives liberals progressives evangelicals muslims christians catholics jews protestants israelis palestinians syrians iranians iraqis afghans kurds arabs saudis russians ukrainians europeans mexicans canadians britons germans africans asians turks lebanese egyptians jordanians libertarians socialists'
    .split(/\s+/),
);

/** Places, which are never a person's name: "he told them in New Hampshire" has no New Hampshire speaking. */
export const PLACES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming carolina dakota hampshire jersey mexico york america europe asia africa britain england scotland wales ireland france germany italy spain russia ukraine china japan india pakistan iran iraq syria israel lebanon jordan egypt turkey canada brazil cuba venezuela korea afghanistan london paris berlin moscow beijing tokyo baghdad damascus tehran jerusalem chicago boston philadelphia miami atlanta houston dallas denver seattle detroit cleveland brussels geneva vienna rome madrid pacific atlantic gulf ' +
    'ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c.'
  ).split(/\s+/),
);

/** Common first names with a clear gender, enough to tell "he" from "she" in most news text. */
export const FIRST_NAMES: Record<Gender, ReadonlySet<string>> = {
  m: new Set(
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene louis bernie bernard barack bill mitt jeb ted marco rand chris mike newt rick lindsey ben ahmed ahmad mohammed muhammad mohamed ali omar hassan hussein khalid abdullah ibrahim youssef mahmoud bashar benny yair naftali itamar bezalel vladimir sergei dmitri xi emmanuel boris rishi keir olaf recep tayyip narendra jair volodymyr reince steve corey hunter jared rudy rudolph mitch chuck harry orrin lamar jim tim tom dan dick al pat ron jon josh hakeem cory beto pete asa asaad fuad ismail sami kurt ravi felix tomas eamon lyle dean ray warren victor hugo oscar leon ivan idris yusuf kofi kwame amir arjun rahul vikram raj sanjay deepak hiroshi kenji wei jun luis carlos diego pablo luca nikola sasha ezra musa isa jorge miguel pedro alejandro rafael ramon fernando javier manuel antonio francisco eduardo ricardo roberto raul sergio mario enrique felipe andres alberto hector oscar julio cesar gustavo ignacio emilio lorenzo giovanni giuseppe francesco matteo stefano pierre jacques francois philippe michel alain hans klaus jurgen wolfgang dieter stefan lars sven erik nils olaf piotr pavel andrei nikolai mikhail alexei yuri oleg viktor hamid karim nabil rashid samir tariq walid yasser ziad mustafa hakan mehmet ahmet emre kemal joao paulo rui diogo shinzo taro akira takeshi'
      .split(/\s+/),
  ),
  f: new Set(
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine emma ruth julie olivia victoria joyce virginia kelly lauren christina joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea huma kellyanne nikki carly michele maxine dianne kamala kirsten tulsi ivanka melania hope kate ursula giorgia marine jacinda liz ilhan alexandria rashida ayanna debbie condoleezza madeleine janet loretta sally hilary fatima aisha layla maria sofia lucia natasha svetlana yulia golda tzipi ayelet'
      .split(/\s+/),
  ),
};

/** Personal pronouns that may be the subject of a cue, with what they can refer to. */
export const PRONOUNS: Record<string, 'm' | 'f' | 'plural' | 'thing' | 'first'> = {
  he: 'm', she: 'f', they: 'plural', it: 'thing', i: 'first', we: 'first',
};

/** Capitalized words that begin sentences, or are dates and places in time, never a speaker's name. */
export const NOT_A_NAME = new Set(
  [
    'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'but', 'and', 'or', 'nor', 'however', 'meanwhile', 'following',
    'despite', 'according', 'speaking', 'since', 'while', 'after', 'before', 'during', 'prior', 'each', 'this', 'that',
    'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'both', 'some', 'even', 'also', 'then', 'later',
    'earlier', 'still', 'yet', 'so', 'if', 'when', 'where', 'as', 'asked', 'his', 'her', 'their', 'its', 'our',
    'my', 'your', 'there', 'here', 'now', 'today', 'yesterday', 'tonight', 'last', 'next', 'this', 'what', 'who',
    'why', 'how', 'which', 'instead', 'indeed', 'rather', 'though', 'although', 'because', 'once', 'until', 'with',
    'without', 'from', 'to', 'of', 'about', 'over', 'under', 'among', 'between', 'not', 'no', 'yes', 'all', 'many',
    'most', 'several', 'other', 'another', 'such', 'one', 'two', 'three', 'first', 'second', 'third', 'finally',
    'ultimately', 'moreover', 'furthermore', 'thus', 'therefore', 'hence', 'again', 'perhaps', 'maybe', 'only',
    'just', 'like', 'unlike', 'whether', 'given', 'amid', 'through', 'throughout', 'across', 'against', 'toward',
    'towards', 'into', 'upon', 'via', 'per', 'well', 'sure', 'oh', 'ok', 'okay', 'mr', 'mrs', 'ms', 'neither', 'either',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
);

/** Words that may stand between a subject and its cue without ending the subject: "Trump also said". */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can',
  'may', 'might', 'should', 'once', 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately',
  'quickly', 'flatly', 'simply', 'further', 'again', 'often', 'frequently', 'first', 'last', 'even', 'only',
  'just', 'himself', 'herself', 'themselves', 'itself', 'yesterday', 'today', 'tonight', 'recently', 'since',
  'ultimately', 'finally', 'angrily', 'bluntly', 'famously', 'memorably', 'openly', 'curtly', 'tersely', 'plainly',
  'clearly', 'explicitly', 'directly', 'emphatically', 'confidently', 'proudly', 'sarcastically', 'jokingly',
  'falsely', 'wrongly', 'correctly', 'already', 'always', 'immediately', 'subsequently', 'initially', 'originally',
  'personally', 'officially', 'formally', 'separately', 'similarly', 'likewise', 'additionally', 'apparently',
  'allegedly', 'purportedly', 'seemingly', 'twice', 'once', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'been', 'did', 'does', 'do', 'meanwhile', 'however', 'though', 'too', 'instead',
  'nonetheless', 'nevertheless', 'each', 'both',
]);

/** Words that end a speaker phrase when reading back from a cue: clause and phrase boundaries. */
export const PHRASE_BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'nor', 'because', 'if', 'when', 'while', 'as',
  'after', 'before', 'since', 'until', 'though', 'although', 'where', 'what', 'whether', 'than', 'so', 'to', 'in',
  'on', 'at', 'by', 'with', 'from', 'into', 'about', 'over', 'under', 'against', 'during', 'without', 'through',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'would', 'will', 'could', 'should',
  'can', 'may', 'might', 'must', 'do', 'does', 'did', 'this', 'there', 'here', 'then', 'also', 'said', 'says',
  'told', 'like', 'how', 'why', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'its',
  'via', 'amid', 'among', 'toward', 'towards', 'upon', 'per', 'about', 'even', 'just', 'only', 'very', 'too',
]);

/** Determiners that open a description: "the governor", "a senior aide", "his spokesman". */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'four', 'several', 'some', 'many',
  'other', 'another', 'both', 'most', 'few', 'these', 'those', 'this', 'that', 'each', 'any', 'no', 'all',
]);

/** Prepositions that join a role to its organisation: "a spokesman for the campaign", "Tom Reyes of the group". */
export const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on']);

/** Whether a first name's gender is known from the lists, rather than guessed from how it ends. */
export function isListedFirstName(first: string): boolean {
  const name = first.toLowerCase();
  return FIRST_NAMES.m.has(name) || FIRST_NAMES.f.has(name);
}

/** Gender told by a first name: the lists, then endings that are nearly always a woman's (Helena, Anika, Marisol). */
export function genderOfFirstName(first: string): Gender | undefined {
  const name = first.toLowerCase();
  if (FIRST_NAMES.m.has(name)) return 'm';
  if (FIRST_NAMES.f.has(name)) return 'f';
  if (/^\p{L}{3,}(?:a|ia|elle|ette|ine|een|ie|ey|ol|yn|lyn|ah)$/u.test(name) && !/(?:ua|ca|ka|ha|ra|ma|sa|za)$/.test(name) && !PLACES.has(name)) return 'f';
  return undefined;
}
