import { keyTokens } from '../normalize/keyTokens.js';

/**
 * Titles, offices and honorifics in the domain's languages, and designators of places. In a query
 * they are tags, not name parts: "President Aliyev", "Foreign Minister Lavrov", "Cumhurbaşkanı
 * Erdoğan", "Президент Путин", "Republic of Armenia", "Kəlbəcər rayonu".
 */
const TITLES = [
  // en
  'president', 'vice-president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'fm', 'pm', 'mfa',
  'deputy', 'first', 'acting', 'former', 'ex', 'speaker', 'chairman', 'chairwoman', 'chair', 'secretary', 'general', 'gen',
  'ambassador', 'amb', 'envoy', 'special', 'representative', 'spokesperson', 'spokeswoman', 'spokesman', 'press',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'lady', 'his', 'her', 'excellency', 'he', 'hon', 'lt', 'col', 'colonel', 'major', 'maj',
  'patriarch', 'catholicos', 'sheikh', 'head', 'leader', 'opposition', 'mp', 'senator', 'sen', 'governor', 'mayor', 'chancellor',
  'co-chair', 'state', 'affairs', 'national', 'late',
  'ümummilli', 'lider', 'общенационального', 'общенациональный', 'лидера', 'лидер', 'президента', 'президентом',
  // ru, uk
  'президент', 'премьер', 'премьер-министр', 'министр', 'глава', 'мид', 'вице-премьер', 'вице', 'спикер', 'председатель',
  'посол', 'господин', 'госпожа', 'г-н', 'г-жа', 'генерал', 'генсек', 'пресс-секретарь', 'официальный', 'представитель',
  'иностранных', 'дел', 'обороны', 'первый', 'экс', 'бывший', 'міністр', 'прем’єр',
  // tr, az
  'cumhurbaşkanı', 'başkan', 'başkanı', 'bakan', 'bakanı', 'dışişleri', 'sayın', 'başbakan', 'büyükelçi',
  'prezident', 'prezidenti', 'nazir', 'naziri', 'xarici', 'işlər', 'cənab', 'xanım', 'baş', 'birinci', 'vitse-prezident', 'vitse', 'səfir',
  // hy, ka
  'նախագահ', 'վարչապետ', 'նախարար', 'արտգործնախարար', 'պարոն', 'տիկին',
  'პრეზიდენტი', 'პრემიერ-მინისტრი', 'პრემიერი', 'მინისტრი', 'ბატონი', 'ქალბატონი',
  // de, fr, es, it, pl
  'präsident', 'präsidentin', 'außenminister', 'aussenminister', 'ministerpräsident', 'bundeskanzler', 'herr', 'frau',
  'président', 'présidente', 'ministre', 'premier', 'étrangères', 'm', 'mme', 'monsieur', 'madame',
  'presidente', 'canciller', 'ministro', 'señor', 'sr', 'sra', 'signor', 'prezydent', 'pan', 'pani',
];

/**
 * Designators of states and places and the connectors around them: "Republic of Armenia",
 * "Lachin district", "Qubadlı rayonu", "Syunik marz", "Trattato di Kars".
 */
const DESIGNATORS = [
  'of', 'the', 'de', 'la', 'le', 'du',
  'republic', 'district', 'region', 'province', 'city', 'oblast', 'raion', 'rayon', 'marz', 'municipality', 'autonomous', 'governorate',
  'republik', 'bezirk', 'provinz', 'stadt', 'autonome', 'république', 'région', 'ville',
  'república', 'región', 'distrito', 'provincia', 'ciudad', 'autónoma', 'repubblica', 'regione', 'distretto', 'città', 'autonoma',
  'região', 'província', 'cidade', 'di', 'del', 'della', 'do', 'da', 'des', 'von', 'van',
  'republika', 'obwód', 'rejon', 'prowincja', 'miasto', 'autonomiczna', 'okres', 'provincie', 'město', 'autonomní',
  'köztársaság', 'tartomány', 'körzet', 'régió', 'város', 'regiunea', 'raionul', 'orașul', 'republiek', 'republiken', 'distrikt',
  'республика', 'республики', 'район', 'области', 'область', 'край', 'округ', 'город', 'автономная', 'марз', 'республіка', 'місто',
  'respublikası', 'respublika', 'rayonu', 'şəhəri', 'şəhər', 'muxtar', 'bölgəsi', 'cumhuriyeti', 'ilçesi', 'bölgesi', 'şehri', 'özerk',
  'հանրապետություն', 'մարզ', 'շրջան', 'քաղաք', 'რესპუბლიკა', 'მხარე', 'რაიონი', 'მუნიციპალიტეტი', 'ქალაქი',
  'ssr', 'сср', 'рср', 'soviet', 'socialist', 'советской', 'социалистической', 'советская', 'социалистическая',
  'radzieckiej', 'socjalistycznej', 'radziecka', 'socjalistyczna', 'autonomiczny', 'autonomicznej', 'obwodu',
  'republikom', 'republike', 'republici', 'autonomna', 'autonomnom', 'autonomne', 'autonomnoj', 'opština', 'općina',
  'автономна', 'област', 'република', 'општина', 'опћина', 'ҷумҳурии', 'ҷумҳурӣ', 'tasavalta', 'tasavallan',
  '공화국', '자치주', 'cộng', 'hòa', 'khu', 'tự', 'trị', 'tỉnh', 'huyện',
];

function skeletons(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    const tokens = keyTokens(w);
    // г-н, г-жа: letters of an abbreviation are not titles by themselves (Н. В. Пашинян has initials).
    for (const t of tokens) if (t.length > 1 || tokens.length === 1) set.add(t);
  }
  return set;
}

let titles: Set<string> | undefined;
let designators: Set<string> | undefined;

/** True for skeleton tokens that are titles, offices, designators or connectors: tags of a query, not its name. */
export function isTitle(token: string): boolean {
  titles ??= skeletons([...TITLES, ...DESIGNATORS]);
  return titles.has(token);
}

/**
 * True for designators and connectors only (republic, district, of): what a known name of a place
 * or an agreement may leave out, where the offices in an organization's name (Ministry of Foreign
 * Affairs of Georgia) may not.
 */
export function isDesignator(token: string): boolean {
  designators ??= skeletons(DESIGNATORS);
  return designators.has(token);
}

/**
 * Patronymics in skeleton form: East Slavic (Viktorovich, Vladimirovna, Ilyich) and Turkic ones,
 * which `keyTokens` joins to their marker (Heydar oglu → heidaroglu, Ali qizi → alikizi).
 */
const PATRONYMIC = /^[a-z]{3,}(ovich|evich|ovic|evic|ich|ovna|evna|ichna|inichna|oglu|ogli|ohlu|kizi|gizi)$/;

/** True for skeleton tokens that look like a patronymic. */
export function isPatronymic(token: string): boolean {
  return token.length <= 40 && PATRONYMIC.test(token);
}
