import { ARMENIAN, CYRILLIC, GEORGIAN, LATIN, type CharClass } from '../../translit/scriptOf.js';

/**
 * Case endings, as [ending as written, nominative ending that replaces it]. Tried longest first;
 * a stem must keep at least 3 letters. These are the regular declensions of names: they propose
 * base forms, and only a base form that is a known spelling in the glossary makes a mention.
 */
type Rules = readonly (readonly [string, string])[];

/** Russian, Ukrainian, Belarusian: nouns, surnames in -ов/-ев/-ин/-ян, adjectives of place names. */
const EAST_SLAVIC: Rules = [
  ['ого', 'ый'], ['ого', 'ий'], ['ому', 'ый'], ['ому', 'ий'], ['ыми', 'ый'], ['ими', 'ий'], ['ым', 'ый'], ['им', 'ий'],
  ['ой', 'ая'], ['ую', 'ая'], ['ою', 'а'], ['ей', 'я'], ['ией', 'ия'], ['ии', 'ия'], ['ию', 'ия'],
  ['ом', ''], ['ым', ''], ['ем', ''], ['ем', 'й'], ['ем', 'ь'], ['ой', 'а'], ['ой', ''], ['ою', 'а'],
  ['ами', ''], ['ах', ''], ['ам', ''],
  ['а', ''], ['у', ''], ['е', ''], ['ы', 'а'], ['е', 'а'], ['у', 'а'], ['и', 'а'], ['и', 'я'], ['и', 'ь'], ['и', ''],
  ['я', 'й'], ['ю', 'й'], ['е', 'й'], ['я', 'ь'], ['ю', 'ь'], ['ю', 'я'], ['е', 'я'],
  // neuter nouns and adjectives (заявления → заявление, трёхстороннего → трёхстороннее), adjectives (Белом доме)
  ['ого', 'ое'], ['его', 'ее'], ['ому', 'ое'], ['ему', 'ее'], ['ым', 'ое'], ['им', 'ее'],
  ['ия', 'ие'], ['ию', 'ие'], ['ием', 'ие'], ['ии', 'ие'], ['ом', 'ый'], ['ем', 'ий'], ['ой', 'ый'],
  // Ukrainian (Вірменії, Вірменією, Сергієм Лавровим), Belarusian instrumental (Расеяй)
  ['ові', ''], ['еві', ''], ['ою', 'а'], ['і', 'а'], ['і', ''], ['ові', 'а'], ['ії', 'ія'], ['ію', 'ія'], ['ією', 'ія'],
  ['ієм', 'ій'], ['єм', 'й'], ['им', ''],
  ['яй', 'я'], ['ай', 'а'],
];

/** Armenian: the definite articles -ը/-ն and the case endings, after a consonant or -յ-. */
const ARMENIAN_RULES: Rules = [
  ['ներին', ''], ['ներից', ''], ['ներում', ''], ['ներով', ''], ['ները', ''], ['ներ', ''],
  ['յում', ''], ['յից', ''], ['յին', ''], ['յով', ''], ['յի', ''], ['յան', ''],
  ['ում', ''], ['ից', ''], ['ին', ''], ['ով', ''], ['ով', 'ու'], ['ի', ''], ['ը', ''], ['ն', ''], ['ու', ''], ['ու', 'ա'],
  // -ու stems change to -վ- before a case ending (Բաքու → Բաքվում, Բաքվի)
  ['վում', 'ու'], ['վից', 'ու'], ['վի', 'ու'], ['վին', 'ու'], ['վով', 'ու'],
];

/** Georgian: consonant-final names take nominative -ი, which case endings replace. */
const GEORGIAN_RULES: Rules = [
  ['ისთვის', 'ი'], ['სთვის', ''], ['იდან', 'ი'], ['დან', ''], ['ისკენ', 'ი'], ['ისგან', 'ი'], ['თან', 'ი'], ['სთან', ''],
  ['ში', 'ი'], ['ში', ''], ['ზე', 'ი'], ['ზე', ''], ['მა', 'ი'], ['მა', ''], ['ის', 'ი'], ['ის', ''], ['ით', 'ი'], ['ით', ''],
  ['ად', 'ი'], ['ად', ''], ['ს', 'ი'], ['ს', ''], ['ო', 'ი'], ['მ', ''],
  // -ე and -ა final names drop the vowel before -ის/-ით/-ად (კობახიძის, ოცნების)
  ['ის', 'ე'], ['ით', 'ე'], ['ად', 'ე'], ['ის', 'ა'], ['ით', 'ა'], ['ად', 'ა'],
];

/**
 * Latin-script languages: Azerbaijani and Turkish suffixes (vowel harmony variants, with or
 * without an apostrophe), Polish and Czech declension, the German genitive -s.
 */
const TURKIC_RULES: Rules = [
  // az, tr, tk
  ['nın', ''], ['nin', ''], ['nun', ''], ['nün', ''], ['dakı', ''], ['dəki', ''], ['deki', ''], ['daki', ''],
  ['ndan', ''], ['ndən', ''], ['dan', ''], ['dən', ''], ['den', ''], ['tan', ''], ['tən', ''], ['ten', ''],
  ['nda', ''], ['ndə', ''], ['da', ''], ['də', ''], ['de', ''], ['ta', ''], ['tə', ''], ['te', ''],
  ['yla', ''], ['ylə', ''], ['yle', ''], ['la', ''], ['lə', ''], ['le', ''],
  ['ya', ''], ['yə', ''], ['ye', ''], ['yı', ''], ['yi', ''], ['yu', ''], ['yü', ''],
  ['ın', ''], ['in', ''], ['un', ''], ['ün', ''], ['nı', ''], ['ni', ''], ['nu', ''], ['nü', ''],
  ['a', ''], ['ə', ''], ['e', ''], ['ı', ''], ['i', ''], ['u', ''], ['ü', ''],
];

const LATIN_RULES: Rules = [
  // pl, cs, sk
  ['owi', ''], ['ovi', ''], ['em', ''], ['iem', ''], ['ie', ''], ['ą', 'a'], ['ej', 'a'], ['ou', 'a'], ['y', 'a'], ['ii', 'ia'], ['ię', 'ia'],
  // lt: Lavrovas → Lavrovo, Lavrovui, Lavrovą, Lavrovu, Lavrove; lv: Lavrovs → Lavrova, Lavrovam, Lavrovu, Lavrovā
  ['as', ''], ['o', 'as'], ['ui', 'as'], ['ą', 'as'], ['u', 'as'], ['e', 'as'], ['ui', ''], ['ą', ''],
  ['a', 's'], ['am', 's'], ['am', ''], ['u', 's'], ['ā', 's'], ['ā', ''],
  // de: genitive, adjective declension (Vereinigten Staaten, Weißen Haus)
  ['s', ''], ['en', 'e'], ['en', 'es'], ['em', 'es'], ['er', 'e'],
];

/**
 * Case endings of one language or a few, as [ending, nominative ending, languages]: short and
 * common in running text (-n, -t, -an, -ra), so a base form they propose counts only as a
 * spelling of those languages (Venäjän → Venäjä [fi]; Russian → Rusi [sq] does not).
 */
type LanguageRules = readonly (readonly [string, string, string])[];
const rulesOf = (langs: string, rules: Rules): LanguageRules => rules.map(([e, b]) => [e, b, langs] as const);
const LANGUAGE_RULES: LanguageRules = [
  // Gruzji, Garibaszwilego, Wanadzorze, Erywaniu, Erywania, Sumgaicie, Laczynu
  ...rulesOf('pl', [['ji', 'ja'], ['ego', 'i'], ['emu', 'i'], ['im', 'i'], ['go', ''], ['rze', 'r'], ['niu', 'ń'], ['nia', 'ń'], ['cie', 't'], ['u', '']]),
  // Saakašviliho, Saakašvilimu; Czech and Slovak feminine surnames (Zacharovová → Zacharova)
  ...rulesOf('cs sk', [['ho', ''], ['mu', ''], ['em', 'o'], ['a', 'o'], ['ová', 'a'], ['ovou', 'a'], ['ové', 'a'], ['ií', 'ie'], ['ii', 'ie']]),
  ...rulesOf('sk sl hr sr bs', [['om', ''], ['om', 'o'], ['a', 'o']]),
  // adjectives made from a place name: Ázerbajdžánské republiky, Lačinském koridoru, laczyńskiej
  ...rulesOf('cs sk', [['ské', ''], ['ská', ''], ['ský', ''], ['ského', ''], ['ském', ''], ['skej', ''], ['ských', '']]),
  ...rulesOf('pl', [['ńskiej', 'n'], ['ńskim', 'n'], ['ński', 'n'], ['ńska', 'n'], ['skiej', ''], ['skim', ''], ['ski', ''], ['ska', '']]),
  // Gruzijo, Armeniju, Armenijom, Jermenije, Lavrovim
  ...rulesOf('sl hr sr bs', [['jo', 'ja'], ['ju', 'ja'], ['jom', 'ja'], ['ije', 'ija'], ['iji', 'ija'], ['im', ''], ['u', '']]),
  // adjectives before a feminine name: Južno Osetijo, Južni Osetiji (Južna Osetija)
  ...rulesOf('sl', [['o', 'a'], ['i', 'a']]),
  // adjectives made from a place name: Nahčivanskom, Lačinski
  ...rulesOf('sl hr sr bs', [['skom', ''], ['skoj', ''], ['ska', ''], ['ske', ''], ['ski', ''], ['skog', '']]),
  // Oroszországban, Alijevvel, Mirzojannak; a long vowel before a suffix is short in the base (Grúziától)
  ...rulesOf('hu', [
    ['ban', ''], ['ben', ''], ['ba', ''], ['be', ''], ['ból', ''], ['ből', ''], ['ról', ''], ['ről', ''], ['tól', ''], ['től', ''],
    ['nak', ''], ['nek', ''], ['val', ''], ['vel', ''], ['hoz', ''], ['hez', ''], ['höz', ''], ['nál', ''], ['nél', ''], ['ként', ''],
    ['ot', ''], ['et', ''], ['öt', ''], ['at', ''], ['t', ''], ['ra', ''], ['re', ''],
    ['ában', 'a'], ['ából', 'a'], ['ától', 'a'], ['ának', 'a'], ['ával', 'a'], ['ához', 'a'], ['ába', 'a'], ['ára', 'a'], ['át', 'a'],
    ['ében', 'e'], ['ének', 'e'], ['ével', 'e'], ['ét', 'e'],
    // -val/-vel doubles a final consonant: Oroszországgal, Azerbajdzsánnal
    ...[...'bcdfghjklmnprstvz'].flatMap((c): [string, string][] => [[`${c}${c}al`, c], [`${c}${c}el`, c]]),
  ]),
  // Venäjän, Venäjään, Georgiassa, Stepanakertissa, Tbilisiä
  ...rulesOf('fi', [['a', ''], ['ä', ''], ['ssa', ''], ['ssä', ''], ['issa', ''], ['sta', ''], ['stä', ''], ['lla', ''], ['llä', ''], ['lta', ''], ['ltä', ''], ['lle', ''], ['n', ''], ['an', ''], ['än', ''], ['in', '']]),
  // Gruusiast, Venemaale, Jerevanis
  ...rulesOf('et', [['st', ''], ['le', ''], ['l', ''], ['sse', ''], ['ga', ''], ['s', ''], ['t', '']]),
  ...rulesOf('ro', [['ei', 'a'], ['ul', ''], ['ului', '']]),
  // Armėnijoje, Suchumio; Sergejus, Saakašvilis (Lithuanian nominatives add -as/-us/-is/-ys to the name)
  ...rulesOf('lt', [['oje', 'a'], ['os', 'a'], ['ai', 'a'], ['us', ''], ['is', ''], ['ys', ''], ['io', 'is'], ['iui', 'is'], ['yje', 'is'], ['ėje', 'ė']]),
  ...rulesOf('sq', [['së', ''], ['ë', '']]),
  // Azerbaijani and Turkish suffixes without an apostrophe or a Turkic letter to tell them (Bayramovla)
  ...rulesOf('az tr', [['nın', ''], ['nin', ''], ['la', ''], ['lə', ''], ['le', ''], ['dan', ''], ['dən', ''], ['den', ''], ['ya', ''], ['yə', ''], ['ye', '']]),
  // Bengali: genitive -র/-এর/-য়ের, objective -কে, locative -তে/-য় (রাশিয়ার, আজারবাইজানকে)
  ...rulesOf('bn', [['য়ের', ''], ['ের', ''], ['এর', ''], ['র', ''], ['কে', ''], ['তে', ''], ['য়', '']]),
  // Greek genitives: Ρωσίας, Γεωργίας, Αμπχαζίας; Κασπίου
  ...rulesOf('el', [['ας', 'α'], ['ης', 'η'], ['ου', 'ος'], ['ου', 'ο']]),
  ...rulesOf('ku', [['yê', ''], ['ê', '']]),
  // Uzbek and Turkmen in Latin letters, Kazakh, Kyrgyz and Uzbek in Cyrillic: the genitive, dative,
  // locative, ablative, accusative and comitative suffixes a name takes without an apostrophe
  // (Yerevanda, Azerbaýjanyň, Арменияның, Бакуга, Путинга); back and front vowel variants. In
  // Cyrillic these languages write most foreign place names as Russian does: a Russian spelling is a base too.
  ...rulesOf('uz', [['ning', ''], ['dagi', ''], ['dan', ''], ['tan', ''], ['ga', ''], ['ka', ''], ['qa', ''], ['da', ''], ['ta', ''], ['ni', '']]),
  ...rulesOf('tk', [['nyň', ''], ['niň', ''], ['yň', ''], ['iň', ''], ['uň', ''], ['üň', ''], ['dan', ''], ['den', ''], ['da', ''], ['de', ''], ['ny', ''], ['ni', '']]),
  ...rulesOf('uz ru', [['нинг', ''], ['даги', ''], ['дан', ''], ['тан', ''], ['га', ''], ['ка', ''], ['қа', ''], ['да', ''], ['та', ''], ['ни', '']]),
  ...rulesOf('kk ru', [
    ['дағы', ''], ['тағы', ''], ['ның', ''], ['нің', ''], ['дың', ''], ['дің', ''], ['тың', ''], ['тің', ''], ['ға', ''], ['ге', ''], ['қа', ''], ['ке', ''],
    ['нан', ''], ['нен', ''], ['дан', ''], ['ден', ''], ['тан', ''], ['тен', ''], ['да', ''], ['де', ''], ['та', ''], ['те', ''],
    ['мен', ''], ['бен', ''], ['пен', ''], ['ны', ''], ['ні', ''], ['ды', ''], ['ді', ''],
  ]),
  ...rulesOf('ky ru', [
    ['дагы', ''], ['тагы', ''], ['нун', ''], ['нүн', ''], ['дун', ''], ['дүн', ''], ['тун', ''], ['түн', ''], ['нын', ''], ['нин', ''], ['дын', ''], ['дин', ''], ['тын', ''], ['тин', ''], ['га', ''], ['ге', ''], ['ка', ''], ['ке', ''],
    ['дан', ''], ['ден', ''], ['тан', ''], ['тен', ''], ['да', ''], ['де', ''], ['ны', ''], ['ни', ''], ['ды', ''], ['ди', ''],
  ]),
  // Tajik: the object marker -ро (Лочинро)
  ...rulesOf('tg', [['ро', '']]),
].sort((a, b) => b[0].length - a[0].length);

/**
 * Base forms that the case endings of particular languages propose, each with those languages
 * (space-separated BCP 47 base tags): Oroszországban → Oroszország [hu], Gruzji → Gruzja [pl].
 * For names looked up one by one, not running text, where these short endings would misfire.
 */
export function languageStems(word: string): { stem: string; langs: string }[] {
  const out: { stem: string; langs: string }[] = [];
  const lower = word.toLowerCase();
  for (const [ending, base, langs] of LANGUAGE_RULES) {
    const stem = stemBy(word, lower, ending, base);
    if (stem === undefined) continue;
    const prev = out.find((o) => o.stem === stem);
    if (prev) {
      const known = prev.langs.split(' ');
      for (const l of langs.split(' ')) if (!known.includes(l)) known.push(l);
      prev.langs = known.join(' ');
    } else out.push({ stem, langs });
  }
  return out;
}

/**
 * Russian and Ukrainian relational adjectives made from place names, in every gender and case:
 * Карсский договор, Бишкекский протокол, Мадридские принципы, Алма-Атинская декларация,
 * Физулинского района, Кельбаджарский район.
 */
const ADJECTIVE_ENDINGS = ['ский', 'ская', 'ское', 'ские', 'ского', 'ской', 'скому', 'ском', 'ских', 'ским', 'скую', 'ський', 'ська', 'ське', 'ські', 'ського', 'ській', 'ському', 'ських'];
// Ukrainian adjectives of -ія countries drop the -ія (Вірменська РСР: Вірменія)
const ADJECTIVE_RULES: Rules = ADJECTIVE_ENDINGS.flatMap((e): [string, string][] => [[e, ''], [`н${e}`, ''], [`ин${e}`, 'а'], ...(e.includes('ськ') ? [[e, 'ія'] as [string, string]] : [])]).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The place names a Russian or Ukrainian relational adjective is made from (Карсский → Карс; Алма-Атинская → Алма-Ата). */
export function adjectiveStems(word: string): string[] {
  return applyRules(word, ADJECTIVE_RULES, []);
}

/** Appends to `out` the stems the rules (longest ending first) propose. */
function applyRules(word: string, rules: Rules, out: string[], minKept = 3): string[] {
  const lower = word.toLowerCase();
  for (const [ending, base] of rules) {
    const stem = stemBy(word, lower, ending, base, minKept);
    if (stem !== undefined && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * The base form an ending proposes, when the word (`lower` in lowercase) has it: the base keeps 3
 * letters, at least `minKept` of them the word's own (2 for names looked up: Арой, Ары → Ара).
 */
function stemBy(word: string, lower: string, ending: string, base: string, minKept = 3): string | undefined {
  // Lengths of the word as written: İ lowercases to two code units.
  const kept = word.length - ending.length;
  return kept >= minKept && kept + base.length >= 3 && lower.endsWith(ending) ? word.slice(0, kept) + base : undefined;
}

const longestFirst = (rules: Rules): Rules => [...rules].sort((a, b) => b[0].length - a[0].length);

const BY_SCRIPT = new Map<CharClass, Rules>([
  [CYRILLIC, longestFirst(EAST_SLAVIC)],
  [ARMENIAN, longestFirst(ARMENIAN_RULES)],
  [GEORGIAN, longestFirst(GEORGIAN_RULES)],
  [LATIN, longestFirst(LATIN_RULES)],
]);
const LATIN_AND_TURKIC = longestFirst([...LATIN_RULES, ...TURKIC_RULES]);

/**
 * Possible base (nominative) forms of an inflected word, most specific first: Лаврову → Лавров,
 * Алиевым → Алиев, Փաշինյանը → Փաշինյան, ალიევმა → ალიევი, Bakıda → Bakı, Aliyev'in → Aliyev.
 * The word itself is not included. The stem keeps 3 of the word's letters, 2 with `short` (names
 * looked up one by one: Арой → Ара; running text would try too many stems of short words).
 */
export function stemCandidates(word: string, script: CharClass, turkic = false, short = false): string[] {
  const out: string[] = [];
  // Turkish and Azerbaijani write the suffix of a proper name after an apostrophe (Aliyev'in),
  // and after a hyphen on an acronym (ATƏT-in, NATO-nun).
  const apostrophe = word.search(/['’ʼ]/);
  if (apostrophe >= 3) out.push(word.slice(0, apostrophe));
  const rules = script === LATIN && turkic ? LATIN_AND_TURKIC : BY_SCRIPT.get(script);
  return rules ? applyRules(word, rules, out, short ? 2 : 3) : out;
}
