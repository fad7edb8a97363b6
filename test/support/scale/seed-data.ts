/**
 * Building blocks of the scale register: a seeded PRNG, skewed (Zipf–Mandelbrot) samplers,
 * deterministic UUIDs, checksum-valid business IDs and Finnish-looking names.
 */

/** mulberry32: small, fast, good enough for synthetic data; the same seed gives the same register. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A version-4 UUID made of the generator's bits (deterministic). */
  uuid(): string {
    const hex = (value: number, length: number) => Math.floor(value).toString(16).padStart(length, '0');
    const a = hex(this.next() * 0x100000000, 8);
    const b = hex(this.next() * 0x10000, 4);
    const c = `4${hex(this.next() * 0x1000, 3)}`;
    const d = `${(8 + Math.floor(this.next() * 4)).toString(16)}${hex(this.next() * 0x1000, 3)}`;
    const e = `${hex(this.next() * 0x1000000, 6)}${hex(this.next() * 0x1000000, 6)}`;
    return `${a}-${b}-${c}-${d}-${e}`;
  }
}

/**
 * Ranks 0..n-1 drawn with weight 1 / (rank + 1 + q)^s: a few ranks take much, the long tail little
 * (q flattens the head). Sampling is a binary search over the cumulative weights.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;
  readonly n: number;

  constructor(n: number, s: number, q: number) {
    this.n = n;
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let rank = 0; rank < n; rank += 1) {
      total += 1 / Math.pow(rank + 1 + q, s);
      this.cumulative[rank] = total;
    }
  }

  /** The expected share of `rank`. */
  share(rank: number): number {
    const total = this.cumulative[this.n - 1];
    return (this.cumulative[rank] - (rank > 0 ? this.cumulative[rank - 1] : 0)) / total;
  }

  sample(random: Random): number {
    const target = random.next() * this.cumulative[this.n - 1];
    let low = 0;
    let high = this.n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const BUSINESS_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit of seven digits (weights 7,9,10,5,8,4,2; r = sum mod 11), or null when r = 1 (none issued). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  const sum = BUSINESS_ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(sevenDigits[index]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/**
 * Unique, checksum-valid business IDs: walks 0000000..9999999 in a scrambled order (a stride coprime
 * with 10^7 visits every number once) and skips the numbers with no valid check digit.
 */
export class BusinessIds {
  private position = 0;
  private readonly start: number;

  constructor(start: number) {
    this.start = start;
  }

  next(): string {
    for (;;) {
      const number = (this.start + this.position * 7919) % 10_000_000;
      this.position += 1;
      if (this.position > 10_000_000) throw new Error('business IDs exhausted');
      const digits = String(number).padStart(7, '0');
      if (digits.startsWith('0000')) continue;
      const check = businessIdCheckDigit(digits);
      if (check !== null) return `${digits}-${check}`;
    }
  }
}

export const POLICY_AREAS: readonly [string, string][] = [
  ['labour-market', 'Labour market and working life'],
  ['employment-services', 'Employment services'],
  ['enterprise-policy', 'Enterprise and industrial policy'],
  ['regional-development', 'Regional development'],
  ['integration', 'Integration of immigrants'],
  ['energy-climate', 'Energy and climate'],
  ['innovation', 'Innovation and research'],
  ['consumer-policy', 'Consumer policy'],
  ['social-security', 'Social security'],
  ['education', 'Education and training'],
  ['culture-youth', 'Culture, sport and youth'],
  ['rural-affairs', 'Agriculture and rural affairs'],
];

/** The demo's groups (hard-to-reach ones flagged), then generated regional and sector groups. */
export const NAMED_GROUPS: readonly { name: string; description: string; hardToReach: boolean; reachNotes?: string }[] = [
  { name: 'Labour-market organisations', description: 'Työmarkkinajärjestöt: central employer and employee confederations.', hardToReach: false },
  { name: 'Municipalities and wellbeing services counties', description: 'Kunnat ja hyvinvointialueet.', hardToReach: false },
  { name: 'Research institutes and universities', description: 'Tutkimuslaitokset ja yliopistot.', hardToReach: false },
  {
    name: 'Young people',
    description: 'Nuoret: people aged 15–29.',
    hardToReach: true,
    reachNotes: 'Through youth councils and Allianssi; short online surveys.',
  },
  {
    name: 'Immigrants and language minorities',
    description: 'Maahanmuuttajat ja kieliryhmät.',
    hardToReach: true,
    reachNotes: 'Through multicultural associations; plain Finnish, English, Arabic, Russian, Somali.',
  },
  { name: 'The Sámi', description: 'Saamelaiset.', hardToReach: true, reachNotes: 'The Sámi Parliament in Inari; North, Inari and Skolt Sámi.' },
  {
    name: 'People with disabilities',
    description: 'Vammaiset henkilöt.',
    hardToReach: true,
    reachNotes: 'Sign language interpreting, induction loop, accessible documents.',
  },
  {
    name: 'Long-term unemployed',
    description: 'Pitkäaikaistyöttömät.',
    hardToReach: true,
    reachNotes: 'Through unemployed associations; daytime events, travel costs covered.',
  },
  { name: 'Rural residents', description: 'Maaseudun asukkaat.', hardToReach: true, reachNotes: 'Through village associations; hybrid events, evenings.' },
  { name: 'Older people', description: 'Ikääntyneet.', hardToReach: true, reachNotes: 'Phone and paper surveys as well as online ones.' },
  {
    name: 'Sole entrepreneurs and micro-firms',
    description: 'Yksinyrittäjät ja mikroyritykset.',
    hardToReach: true,
    reachNotes: "Through local entrepreneurs' associations; early mornings.",
  },
  { name: 'Roma', description: 'Romanit.', hardToReach: true, reachNotes: 'Through Roma associations and the Advisory Board on Romani Affairs.' },
  {
    name: 'Swedish speakers in small municipalities',
    description: 'Ruotsinkieliset pienissä kunnissa.',
    hardToReach: true,
    reachNotes: 'Material and events in Swedish.',
  },
];

export const REGIONS: readonly [string, string][] = [
  ['Uudenmaan', 'Nylands'],
  ['Varsinais-Suomen', 'Egentliga Finlands'],
  ['Satakunnan', 'Satakunta'],
  ['Kanta-Hämeen', 'Egentliga Tavastlands'],
  ['Pirkanmaan', 'Birkalands'],
  ['Päijät-Hämeen', 'Päijänne-Tavastlands'],
  ['Kymenlaakson', 'Kymmenedalens'],
  ['Etelä-Karjalan', 'Södra Karelens'],
  ['Etelä-Savon', 'Södra Savolax'],
  ['Pohjois-Savon', 'Norra Savolax'],
  ['Pohjois-Karjalan', 'Norra Karelens'],
  ['Keski-Suomen', 'Mellersta Finlands'],
  ['Etelä-Pohjanmaan', 'Södra Österbottens'],
  ['Pohjanmaan', 'Österbottens'],
  ['Keski-Pohjanmaan', 'Mellersta Österbottens'],
  ['Pohjois-Pohjanmaan', 'Norra Österbottens'],
  ['Kainuun', 'Kajanalands'],
  ['Lapin', 'Lapplands'],
  ['Ahvenanmaan', 'Ålands'],
];

/** Municipalities: [name, genitive]. */
export const MUNICIPALITIES: readonly [string, string][] = [
  ['Helsinki', 'Helsingin'],
  ['Espoo', 'Espoon'],
  ['Tampere', 'Tampereen'],
  ['Vantaa', 'Vantaan'],
  ['Oulu', 'Oulun'],
  ['Turku', 'Turun'],
  ['Jyväskylä', 'Jyväskylän'],
  ['Kuopio', 'Kuopion'],
  ['Lahti', 'Lahden'],
  ['Pori', 'Porin'],
  ['Kouvola', 'Kouvolan'],
  ['Joensuu', 'Joensuun'],
  ['Lappeenranta', 'Lappeenrannan'],
  ['Hämeenlinna', 'Hämeenlinnan'],
  ['Vaasa', 'Vaasan'],
  ['Seinäjoki', 'Seinäjoen'],
  ['Rovaniemi', 'Rovaniemen'],
  ['Mikkeli', 'Mikkelin'],
  ['Kotka', 'Kotkan'],
  ['Salo', 'Salon'],
  ['Porvoo', 'Porvoon'],
  ['Kokkola', 'Kokkolan'],
  ['Lohja', 'Lohjan'],
  ['Hyvinkää', 'Hyvinkään'],
  ['Nurmijärvi', 'Nurmijärven'],
  ['Järvenpää', 'Järvenpään'],
  ['Rauma', 'Rauman'],
  ['Kajaani', 'Kajaanin'],
  ['Savonlinna', 'Savonlinnan'],
  ['Inari', 'Inarin'],
  ['Utsjoki', 'Utsjoen'],
  ['Enontekiö', 'Enontekiön'],
  ['Pietarsaari', 'Pietarsaaren'],
  ['Kristiinankaupunki', 'Kristiinankaupungin'],
  ['Iisalmi', 'Iisalmen'],
  ['Raahe', 'Raahen'],
  ['Kemi', 'Kemin'],
  ['Tornio', 'Tornion'],
  ['Forssa', 'Forssan'],
  ['Loviisa', 'Loviisan'],
];

/** Association themes: [Finnish, Swedish, English]. */
export const ASSOCIATION_THEMES: readonly [string, string, string][] = [
  ['Nuorisoseura', 'Ungdomsförening', 'Youth Association'],
  ['Yrittäjät', 'Företagare', 'Entrepreneurs'],
  ['Kylätoimikunta', 'Byaråd', 'Village Committee'],
  ['Urheiluseura', 'Idrottsförening', 'Sports Club'],
  ['Invalidiyhdistys', 'Invalidförening', 'Disability Association'],
  ['Eläkeläiset', 'Pensionärer', 'Pensioners'],
  ['Työttömät', 'Arbetslösa', 'Unemployed'],
  ['Monikulttuurinen yhdistys', 'Mångkulturella förening', 'Multicultural Association'],
  ['Kuurojen yhdistys', 'Dövas förening', 'Association of the Deaf'],
  ['Luonnonsuojeluyhdistys', 'Naturskyddsförening', 'Nature Conservation Association'],
  ['Martat', 'Marthaförening', 'Martha Association'],
  ['Vanhempainyhdistys', 'Föräldraförening', "Parents' Association"],
  ['Kotiseutuyhdistys', 'Hembygdsförening', 'Local Heritage Society'],
  ['Nuorisovaltuusto', 'Ungdomsfullmäktige', 'Youth Council'],
  ['Romaniyhdistys', 'Romförening', 'Roma Association'],
  ['Mielenterveysyhdistys', 'Mentalvårdsförening', 'Mental Health Association'],
  ['Metsästysseura', 'Jaktförening', 'Hunting Club'],
  ['Kulttuuriyhdistys', 'Kulturförening', 'Cultural Association'],
  ['Maa- ja kotitalousnaiset', 'Lantbrukskvinnor', 'Rural Women'],
  ['Opiskelijakunta', 'Studentkår', 'Student Union'],
];

export const COMPANY_STEMS: readonly string[] = [
  'Kone',
  'Puu',
  'Metsä',
  'Teräs',
  'Valo',
  'Tieto',
  'Aalto',
  'Kivi',
  'Järvi',
  'Tuuli',
  'Lumi',
  'Revontuli',
  'Saimaa',
  'Kaleva',
  'Pohjola',
  'Sampo',
  'Ilmari',
  'Väinö',
  'Kuusi',
  'Koivu',
  'Mänty',
  'Joki',
  'Lähde',
  'Kallio',
  'Niitty',
];
export const COMPANY_KINDS: readonly string[] = [
  'Rakennus',
  'Logistiikka',
  'Palvelut',
  'Tekniikka',
  'Ohjelmistot',
  'Energia',
  'Elintarvike',
  'Konsultointi',
  'Kuljetus',
  'Hoiva',
];

export const FEDERATION_THEMES: readonly [string, string, string][] = [
  ['Nuorisoseurat', 'Ungdomsföreningar', 'Youth Associations'],
  ['Yrittäjät', 'Företagare', 'Entrepreneurs'],
  ['Kylät', 'Byar', 'Villages'],
  ['Invalidiliitto', 'Invalidförbund', 'Disability Federation'],
  ['Eläkeläiset', 'Pensionärer', 'Pensioners'],
  ['Ammattiliitto', 'Fackförbund', 'Trade Union'],
  ['Kuntaliitto', 'Kommunförbund', 'Association of Municipalities'],
  ['Opettajat', 'Lärare', 'Teachers'],
  ['Insinöörit', 'Ingenjörer', 'Engineers'],
  ['Sairaanhoitajat', 'Sjukskötare', 'Nurses'],
];

export const FIRST_NAMES: readonly string[] = [
  'Aino',
  'Eino',
  'Helmi',
  'Väinö',
  'Aada',
  'Onni',
  'Lilja',
  'Leevi',
  'Sofia',
  'Elias',
  'Emma',
  'Oliver',
  'Ella',
  'Leo',
  'Olivia',
  'Eeli',
  'Venla',
  'Otso',
  'Iida',
  'Juho',
  'Kaisa',
  'Mikko',
  'Sanna',
  'Jari',
  'Tiina',
  'Pekka',
  'Minna',
  'Timo',
  'Anne',
  'Matti',
  'Liisa',
  'Antti',
  'Johanna',
  'Janne',
  'Satu',
  'Heikki',
  'Päivi',
  'Kari',
  'Riikka',
  'Ville',
  'Niilo',
  'Elle',
  'Ánte',
  'Máret',
  'Erik',
  'Linnea',
  'Mats',
  'Ebba',
  'Ahmed',
  'Amina',
  'Olga',
  'Dmitri',
  'Hodan',
  'Nguyen',
];
export const LAST_NAMES: readonly string[] = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Salo',
  'Laitinen',
  'Tuominen',
  'Rantanen',
  'Karjalainen',
  'Jokinen',
  'Mattila',
  'Savolainen',
  'Lahtinen',
  'Ahonen',
  'Aikio',
  'Näkkäläjärvi',
  'Sammallahti',
  'Lindqvist',
  'Nyström',
  'Sjöberg',
  'Hassan',
  'Ivanova',
  'Ali',
  'Öhman',
];
export const ROLES: readonly string[] = [
  'Toiminnanjohtaja',
  'Puheenjohtaja',
  'Varapuheenjohtaja',
  'Asiantuntija',
  'Erityisasiantuntija',
  'Sihteeri',
  'Hallituksen jäsen',
  'Ekonomisti',
  'Lakimies',
  'Viestintäpäällikkö',
];

export const MINISTRIES: readonly (readonly [string, number])[] = [
  ['TEM', 30],
  ['STM', 14],
  ['YM', 10],
  ['OKM', 10],
  ['VM', 8],
  ['SM', 6],
  ['OM', 6],
  ['MMM', 6],
  ['LVM', 5],
  ['UM', 2],
  ['PLM', 1],
  ['VNK', 2],
];

export const CONSULTATION_TOPICS: readonly string[] = [
  'Työllisyyspalveluiden',
  'Työttömyysturvan',
  'Yrittäjien sosiaaliturvan',
  'Kotoutumislain',
  'Aluekehittämisen',
  'Energiaveron',
  'Ilmastolain',
  'Kuluttajansuojalain',
  'Oppivelvollisuuden',
  'Nuorisolain',
  'Vammaispalvelulain',
  'Saamelaiskäräjälain',
  'Maaseutuohjelman',
  'Innovaatiorahoituksen',
  'Liikennepalvelulain',
  'Hankintalain',
  'Yhdistyslain',
  'Työaikalain',
  'Palkka-avoimuuden',
  'Osaamisperusteisen maahanmuuton',
];
export const CONSULTATION_FORMS: readonly string[] = ['uudistus', 'kokonaisuudistus', 'selvitys', 'toimeenpano', 'arviointi', 'ohjelma', 'strategia'];

export const PHASES = ['INITIATION', 'DRAFTING', 'STATEMENT_ROUND', 'FINALISATION', 'IMPLEMENTATION'] as const;

/** Methods with their usual modes and how many records an activity of that kind collects (relative). */
export const METHODS: readonly { method: string; modes: readonly string[]; volume: number }[] = [
  { method: 'DIALOGUE', modes: ['IN_PERSON', 'VIRTUAL', 'HYBRID'], volume: 1 },
  { method: 'WORKSHOP', modes: ['IN_PERSON', 'HYBRID'], volume: 1.5 },
  { method: 'WEBINAR', modes: ['VIRTUAL'], volume: 5 },
  { method: 'HEARING', modes: ['IN_PERSON', 'HYBRID', 'VIRTUAL'], volume: 2 },
  { method: 'MEETING', modes: ['IN_PERSON', 'VIRTUAL'], volume: 0.5 },
  { method: 'INTERVIEW', modes: ['IN_PERSON', 'VIRTUAL'], volume: 0.3 },
  { method: 'SURVEY', modes: ['WRITTEN'], volume: 6 },
  { method: 'STATEMENT_REQUEST', modes: ['WRITTEN'], volume: 8 },
  { method: 'ONLINE_CONSULTATION', modes: ['WRITTEN'], volume: 6 },
];
export const METHOD_TITLES: Record<string, string> = {
  DIALOGUE: 'Erätauko-dialogi',
  WORKSHOP: 'Työpaja',
  WEBINAR: 'Webinaari',
  HEARING: 'Kuulemistilaisuus',
  MEETING: 'Sidosryhmätapaaminen',
  INTERVIEW: 'Haastattelu',
  SURVEY: 'Kysely',
  STATEMENT_REQUEST: 'Lausuntopyyntö',
  ONLINE_CONSULTATION: 'Otakantaa-kysely',
};

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Lower-case ASCII for e-mail addresses. */
export function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
