import { keyTokens } from '../normalize/keyTokens.js';

/**
 * Words that translate from language to language inside names of places, agreements and
 * organizations, by concept: "Treaty of Kars", "Trattato di Kars", "Vertrag von Kars", "Карсский
 * договор" and "Kars Antlaşması" share the token ~treaty; "Nagorno-Karabakh", "Berg-Karabach",
 * "Haut-Karabakh", "Dağlıq Qarabağ" and "Լեռնային Ղարաբաղ" share ~mountainous. Words are listed as
 * written (with common case forms) and compared as skeletons, so romanized spellings count too.
 * Not used for people: Berg, Nord and Alto are surnames.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  treaty: [
    'treaty', 'trattato', 'tratado', 'traité', 'vertrag', 'verdrag', 'fördraget', 'fördrag', 'traktat', 'traktaten', 'smlouva', 'zmluva',
    'szerződés', 'tratatul', 'tratat', 'ugovor', 'pogodba', 'sutartis', 'līgums', 'sopimus', 'договор', 'договора', 'договір', 'dogovor',
    'antlaşması', 'antlaşma', 'müqaviləsi', 'müqavilə', 'պայմանագիր', 'պայմանագրի', 'ხელშეკრულება', 'معاهدة', 'پیمان', 'עמנת', 'συνθήκη', 'συνθήκης', 'układu', 'układ', 'договору', 'συμφώνου', 'σύμφωνο', 'perjanjian', 'vertrages', 'vertrags', 'traktatu', 'smlouvy', 'zmluvy', 'ugovora', 'dogovora', 'pogodbe', 'pakt', 'pakti', 'келишим', 'келишими', 'paktı', 'pact', 'pacte', 'patto', 'pacto',
  ],
  protocol: [
    'protocol', 'protocols', 'protocole', 'protocoles', 'protokoll', 'protokolle', 'protocollo', 'protocolli', 'protocolo', 'protocolos',
    'protokół', 'protokoły', 'protokol', 'protokoly', 'protokolü', 'protokolları', 'protokolu', 'протокол', 'протоколы', 'протоколов',
    'արձանագրություն', 'արձանագրությունները', 'ოქმი', 'ოქმები', 'بروتوكول', 'بروتوكولات', 'پروتکل', 'πρωτόκολλο', 'πρωτόκολλα',
    'pöytäkirja', 'jegyzőkönyv', 'jegyzőkönyvek', 'protokolleri', 'protokollary', 'protokollari', 'протоколлари',
  ],
  declaration: [
    'declaration', 'déclaration', 'erklärung', 'declaración', 'dichiarazione', 'declaração', 'declarația', 'deklaracja', 'deklarace',
    'deklarácia', 'deklaracija', 'deklaratsiya', 'декларация', 'декларации', 'декларація', 'bəyannamə', 'bəyannaməsi', 'beyannamesi',
    'bildirgesi', 'deklarasyonu', 'հռչակագիր', 'հռչակագրի', 'დეკლარაცია', 'إعلان', 'اعلامیه', 'הצהרת', 'διακήρυξη', 'julistus', 'nyilatkozat',
    'beýannamasy', 'deklarasiyasi', 'декларацияси', 'декларациясы', 'deklarasi', 'deklaratsiooni', 'deklarācija',
  ],
  principles: [
    'principles', 'principes', 'prinzipien', 'principios', 'principi', 'princípios', 'principiile', 'zasady', 'zásady', 'principy',
    'начала', 'принципы', 'принципов', 'принципи', 'prinsipləri', 'prensipleri', 'ilkeleri', 'սկզբունքներ', 'սկզբունքները', 'პრინციპები',
    'مبادئ', 'اصول', 'periaatteet', 'elvek', 'principper', 'principerna',
  ],
  statement: [
    'statement', 'заявление', 'заявления', 'заява', 'bəyanat', 'bəyanatı', 'açıklama', 'açıklaması', 'հայտարարություն',
    'հայտարարությունը', 'განცხადება', 'بيان', 'بیانیه', 'δήλωση', 'δήλωσης', 'oświadczenie', 'prohlášení', 'vyhlásenie', 'izjava', 'izjavo',
  ],
  trilateral: [
    'trilateral', 'trilatérale', 'trilatéral', 'trilaterale', 'trilaterali', 'trójstronne', 'trójstronnego', 'dreiseitige', 'trilaterales',
    'трёхстороннее', 'трехстороннее', 'трехстороннего', 'трёхстороннего', 'тристороння', 'тристоронньої', 'üçtərəfli', 'üçlü', 'եռակողմ',
    'სამმხრივი', 'ثلاثي', 'الثلاثي', 'سه‌جانبه', 'τριμερής', 'τριμερούς', 'třístranné', 'trojstranné', 'háromoldalú', 'kolmikantainen', 'tripartite', 'tripartita', 'tripartito', 'trilateralen', 'dreiseitigen', 'trójstronnej', 'trojstranná', 'tristrano', 'üçtaraflı', 'ثلاثية',
  ],
  january: ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'stycznia', 'ledna', 'января', 'январь', 'січня', 'yanvar', 'ocak', 'հունվարի', 'იანვრის'],
  august: ['august', 'août', 'agosto', 'sierpnia', 'srpna', 'августа', 'август', 'серпня', 'avqust', 'ağustos', 'օգոստոսի', 'აგვისტოს'],
  october: ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'października', 'října', 'октября', 'октябрь', 'жовтня', 'oktyabr', 'ekim', 'հոկտեմբերի', 'ოქტომბრის'],
  november: ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopadu', 'ноября', 'ноябрь', 'листопада', 'noyabr', 'kasım', 'նոյեմբերի', 'ნოემბრის'],
  // Acronyms that translate inside the names of groups and missions (OSCE Minsk Group, ATƏT-in Minsk qrupu, ԵԱՀԿ Մինսկի խումբ)
  osce: ['osce', 'osze', 'obse', 'обсе', 'обсє', 'оссе', 'ебсс', 'екку', 'ехсс', 'agit', 'atət', 'yhhg', 'եահկ', 'ეუთო', 'ეუთოს', 'ebesz', 'etyj', 'ammk', 'ammt'],
  cis: ['cis', 'gus', 'снг', 'снд', 'bdt', 'ապհ', 'დსთ'],
  memorandum: ['memorandum', 'memorándum', 'memorando', 'меморандум', 'меморандума', 'memorandumu', 'հուշագիր', 'მემორანდუმი', 'مذكرة', 'تفاهم‌نامه'],
  corridor: [
    'corridor', 'korridor', 'korridoren', 'corridoio', 'corredor', 'couloir', 'korytarz', 'korytarza', 'koridor', 'koridora', 'koridoru',
    'коридор', 'коридора', 'коридоре', 'dəhlizi', 'dəhliz', 'միջանցք', 'միջանցքի', 'დერეფანი', 'ممر', 'گذرگاه', 'کریدور', 'מסדרון',
    'διάδρομος', 'διαδρόμου', 'käytävä', 'folyosó', 'folyosót', 'coridorul', 'koridorja', 'koridorju', 'koridorjem', 'yo‘lagi', 'yo‘lak',
    'йўлаги', 'йўлак', 'дәлізі', 'koridory', 'коридору',
  ],
  group: [
    'group', 'groupe', 'gruppe', 'gruppen', 'grupo', 'gruppo', 'grupa', 'grupy', 'grupul', 'skupina', 'skupiny', 'группа', 'группы', 'група',
    'qrupu', 'qrup', 'grubu', 'խումբ', 'խմբի', 'ჯგუფი', 'مجموعة', 'گروه', 'קבוצת', 'ομάδα', 'ομάδας', 'ryhmä', 'csoport', 'csoportja',
    'topary', 'guruhi', 'гуруҳи', 'тобу', 'тобы', 'тобын', 'nhóm', 'groep', 'grupė',
  ],
  north: [
    'north', 'northern', 'nord', 'norte', 'północny', 'północnego', 'severní', 'severný', 'sjeverni', 'severni', 'северный',
    'северного', 'северном', 'північний', 'şimali', 'kuzey', 'հյուսիսային', 'ჩრდილოეთ', 'ჩრდილოეთი', 'شمال', 'شمالی', 'الشمالي', 'צפון',
    'βόρειος', 'βόρειο', 'pohjois', 'észak',
  ],
  south: [
    'south', 'southern', 'sud', 'süd', 'sur', 'południowa', 'południowej', 'jižní', 'južné', 'južna', 'южная', 'южной', 'південна', 'cənubi',
    'güney', 'płd', 'հարավային', 'სამხრეთ', 'სამხრეთი', 'جنوب', 'جنوبی', 'الجنوبية', 'דרום', 'νότια', 'νότιας', 'etelä',
  ],
  mountainous: [
    'nagorno', 'nagornyi', 'нагорный', 'нагорно', 'нагорного', 'нагорном', 'нагірний', 'нагірному', 'haut', 'berg', 'alto',
    'górski', 'górskiego', 'górsko', 'hegyi', 'náhorní', 'náhorný', 'gorski', 'gorskega', 'dağlıq', 'dağlık', 'լեռնային', 'მთიანი', 'mountainous',
    'الجبلي', 'الجبلية', 'کوهستانی', 'ορεινό', 'vuoristo', 'kalnų', 'muntos', 'таулы', 'тоолуу', 'daglyk', 'tog‘li', 'тоғли',
    'кӯҳӣ', 'кӯҳи', 'çîya', '山地',
  ],
  organization: [
    'organization', 'organisation', 'organizzazione', 'organización', 'organização', 'organizacja', 'organizace', 'organizácia', 'организация',
    'организации', 'організація', 'təşkilatı', 'örgütü', 'կազմակերպություն', 'ორგანიზაცია', 'منظمة', 'سازمان', 'ארגון', 'οργανισμός', 'järjestö', 'organizacji', 'szervezete', 'szervezet', 'организацията', 'οργανισμό', 'οργανισμού', 'organisasi', 'organizácie', 'organizacija', 'organizacije', 'organizaciji', 'organizația', 'organizatsiyasi', 'guramasy', 'ұйымы', 'уюму', 'організації', 'арганізацыя', 'organisaatio', 'organisasjon', 'organisationen',
  ],
  union: ['union', 'unión', 'união', 'unione', 'unia', 'unie', 'союз', 'союза', 'союзу', 'ittifaqı', 'birliği', 'միություն', 'კავშირი', 'اتحاد', 'الاتحاد', 'اتحادیه', 'ένωση', 'unioni', 'unió', 'unii', 'uniunea', 'unija', 'unije', 'uniji', 'savez', 'savezu', 'saveza', 'саюз', 'саюзу', 'одақ', 'одағы', 'биримдиги', 'ittifoqi', 'ένωσης', 'liitto', 'unionen'],
  security: ['security', 'sécurité', 'sicherheit', 'seguridad', 'sicurezza', 'segurança', 'bezpieczeństwa', 'bezpečnosti', 'безопасности', 'təhlükəsizlik', 'güvenlik', 'անվտանգության', 'უსაფრთხოების', 'الأمن', 'امنیت', 'ασφάλειας', 'bezpieczeństwie', 'biztonsági', 'сигурност', 'сигурността', 'keamanan', 'bezbednosti', 'sigurnosti', 'varnost', 'varnosti', 'säkerhet', 'sikkerhet', 'veiligheid', 'securitate', 'xavfsizlik', 'howpsuzlyk', 'қауіпсіздік', 'коопсуздук', 'безпеки', 'бяспекі', 'бясьпецы'],
  collective: ['collective', 'collectif', 'kollektiven', 'colectiva', 'collettiva', 'coletiva', 'zbiorowego', 'kolektivní', 'коллективной', 'kollektiv', 'kolektif', 'հավաքական', 'კოლექტიური', 'الجماعي', 'جمعی', 'συλλογικής', 'zbiorowym', 'kollektív', 'колективна', 'колективната', 'kolektivne', 'kolektivni', 'kolektivnoj', 'kolektivnej', 'kollektive', 'kollektiiviseen', 'kollektiva', 'колективної', 'калектыўнай', 'ұжымдық', 'жамааттык'],
  economic: ['economic', 'économique', 'wirtschaftsunion', 'económica', 'economica', 'econômica', 'gospodarcza', 'ekonomická', 'экономический', 'iqtisadi', 'ekonomik', 'տնտեսական', 'ეკონომიკური', 'الاقتصادي', 'اقتصادی', 'οικονομική', 'gospodarczej', 'gospodarske', 'gospodarska', 'ekonomski', 'ekonomskom', 'ekonomske', 'economică', 'gazdasági', 'экономического', 'экономическом', 'економічний', 'економічного', 'эканамічны', 'эканамічнага', 'экономикалық', 'экономикалык', 'iqtisodiy', 'ykdysady', 'ekonomi', 'ekonomiska', 'economische', 'οικονομικής', 'wirtschaftliche'],
  eurasian: ['eurasian', 'eurasienne', 'eurasiatique', 'eurasiática', 'eurasische', 'euroasiática', 'eurasiatica', 'eurazjatycka', 'euroasijská', 'евразийский', 'avrasiya', 'avrasya', 'եվրասիական', 'ევრაზიული', 'الأوراسي', 'اوراسیا', 'ευρασιατική', 'eurazjatyckiej', 'euroazjatyckiej', 'evrazijske', 'evrazijska', 'euroazijski', 'euroazijskom', 'евразийского', 'євразійський', 'євразійського', 'эўразійскага', 'еуразиялық', 'евразиялык', 'yevroosiyo', 'ýewraziýa', 'eurasia', 'euraasia', 'eurasiska', 'euraziatische', 'ευρασιατικής', 'eurázsiai'],
};

/** Words of two syllables written apart (Vietnamese): concepts of two tokens. */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  corridor: ['hành lang'],
  treaty: ['hiệp ước'],
  declaration: ['tuyên bố'],
  organization: ['tổ chức'],
  union: ['liên minh'],
  security: ['an ninh'],
  collective: ['tập thể'],
  economic: ['kinh tế'],
  trilateral: ['ba bên'],
  principles: ['nguyên tắc'],
};

let byToken: Map<string, string> | undefined;
let byPair: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byToken) return byToken;
  byToken = new Map();
  byPair = new Map();
  for (const [concept, words] of Object.entries(CONCEPTS)) {
    for (const w of words) {
      const t = keyTokens(w);
      if (t.length === 1) byToken.set(t[0]!, `~${concept}`);
    }
  }
  for (const [concept, words] of Object.entries(PHRASES)) {
    for (const w of words) {
      const t = keyTokens(w);
      if (t.length === 2) byPair.set(t.join(' '), `~${concept}`);
    }
  }
  return byToken;
}

/** German and Nordic compounds start with the concept (Nordkaukasus, Südossetien, Bergkarabach). */
const PREFIXES: readonly [string, string][] = [['nord', '~north'], ['sud', '~south'], ['syd', '~south'], ['berg', '~mountainous']];

/** The tokens with translatable words replaced by their concept (the same array when none is). */
export function conceptTokens(tokens: readonly string[]): readonly string[] {
  const map = table();
  const pairs = byPair!;
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let c: string[] | undefined;
    const pair = i + 1 < tokens.length ? pairs.get(`${t} ${tokens[i + 1]}`) : undefined;
    const whole = map.get(t);
    if (pair !== undefined) c = [pair];
    else if (whole !== undefined) c = [whole];
    else {
      for (const [prefix, concept] of PREFIXES) if (t.length >= prefix.length + 4 && t.startsWith(prefix)) c = [concept, t.slice(prefix.length)];
    }
    if (c === undefined) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(...c);
    if (pair !== undefined) i++;
  }
  return out ?? tokens;
}
