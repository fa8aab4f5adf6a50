import { list, type Rng } from './random.js';
import type { Address } from './types.js';

/**
 * Cities, postcodes and street names per country, in each country's own address format, so billing and
 * shipping addresses look like what customers type. Postcode ranges are the real ones for each city
 * (approximately); weights follow population.
 */

interface City {
  name: string;
  weight: number;
  postal: (rng: Rng) => string;
}

interface AddressBook {
  cities: City[];
  streets: string[];
  line1: (rng: Rng, street: string) => string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** A number in [from, to], zero-padded. */
const range =
  (from: number, to: number, width = 5) =>
  (rng: Rng): string =>
    pad(rng.int(from, to), width);
const stepped =
  (from: number, to: number, step: number, width: number) =>
  (rng: Rng): string =>
    pad(from + step * rng.int(0, Math.floor((to - from) / step)), width);
const oneOf =
  (values: string[]) =>
  (rng: Rng): string =>
    rng.pick(values);
const split = (at: number, sep: string, inner: (rng: Rng) => string) => (rng: Rng) => {
  const code = inner(rng);
  return code.slice(0, at) + sep + code.slice(at);
};
const none = (): string => '';

const houseNumber = (rng: Rng): string =>
  String(
    rng.weighted([
      [rng.int(1, 30), 6],
      [rng.int(31, 180), 3],
    ]),
  );
const streetThenNumber = (rng: Rng, street: string): string =>
  `${street} ${houseNumber(rng)}${rng.chance(0.08) ? rng.pick(['a', 'b']) : ''}`;
const numberThenStreet = (rng: Rng, street: string): string => `${houseNumber(rng)} ${street}`;

const city = (name: string, weight: number, postal: (rng: Rng) => string): City => ({ name, weight, postal });

/** Dutch postcodes: four digits, a space, two letters (never SA, SD or SS). */
const nlPostal = (from: number, to: number) => (rng: Rng) => {
  let letters = rng.letters(2, true);
  while (['SA', 'SD', 'SS'].includes(letters)) letters = rng.letters(2, true);
  return `${rng.int(from, to)} ${letters}`;
};
/** UK: outward code of the district, inward digit + two letters (no C, I, K, M, O, V). */
const ukPostal = (outward: string[]) => (rng: Rng) =>
  `${rng.pick(outward)} ${rng.int(1, 9)}${rng.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${rng.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`;
/** Irish Eircode: routing key + four characters. */
const eircode = (keys: string[]) => (rng: Rng) => {
  const chars = 'ACDEFHKNPRTVWXY0123456789';
  let unique = '';
  for (let i = 0; i < 4; i++) unique += chars[rng.int(0, chars.length - 1)];
  return `${rng.pick(keys)} ${unique}`;
};

const BOOKS: Record<string, AddressBook> = {
  DE: {
    cities: [
      city('Berlin', 37, range(10115, 14199)),
      city('Hamburg', 19, range(20095, 22769)),
      city('München', 15, range(80331, 81929)),
      city('Köln', 11, range(50667, 51149)),
      city('Frankfurt am Main', 8, range(60306, 60599)),
      city('Stuttgart', 6, range(70173, 70629)),
      city('Düsseldorf', 6, range(40210, 40629)),
      city('Leipzig', 6, range(4103, 4357)),
      city('Dortmund', 6, range(44135, 44388)),
      city('Essen', 6, range(45127, 45359)),
      city('Bremen', 5, range(28195, 28779)),
      city('Dresden', 5, range(1067, 1328)),
      city('Hannover', 5, range(30159, 30669)),
      city('Nürnberg', 5, range(90402, 90491)),
      city('Freiburg im Breisgau', 2, range(79098, 79117)),
      city('Münster', 3, range(48143, 48167)),
      city('Bielefeld', 3, range(33602, 33739)),
      city('Mainz', 2, range(55116, 55131)),
      city('Regensburg', 1.5, range(93047, 93059)),
      city('Rostock', 2, range(18055, 18147)),
      city('Kiel', 2, range(24103, 24159)),
      city('Augsburg', 3, range(86150, 86199)),
    ],
    streets: list(
      'Hauptstraße, Bahnhofstraße, Schulstraße, Gartenstraße, Bergstraße, Lindenstraße, Goethestraße, Schillerstraße, Kirchstraße, Waldstraße, Ringstraße, Friedrichstraße, Mozartstraße, Birkenweg, Rosenweg, Feldstraße, Wiesenweg, Kastanienallee, Am Markt, Beethovenstraße, Parkstraße, Poststraße, Uhlandstraße, Jahnstraße',
    ),
    line1: streetThenNumber,
  },
  AT: {
    cities: [
      city('Wien', 20, stepped(1010, 1230, 10, 4)),
      city('Graz', 3, stepped(8010, 8055, 1, 4)),
      city('Linz', 2, range(4020, 4040, 4)),
      city('Salzburg', 1.5, range(5020, 5026, 4)),
      city('Innsbruck', 1.3, oneOf(['6020'])),
      city('Klagenfurt', 1, oneOf(['9020'])),
    ],
    streets: list(
      'Hauptstraße, Mariahilfer Straße, Wiener Straße, Schulgasse, Kirchengasse, Lindengasse, Landstraßer Hauptstraße, Bahnhofstraße, Neubaugasse, Favoritenstraße, Annenstraße',
    ),
    line1: (rng, street) => `${street} ${houseNumber(rng)}${rng.chance(0.5) ? `/${rng.int(1, 24)}` : ''}`,
  },
  CH: {
    cities: [
      city('Zürich', 4, range(8001, 8057, 4)),
      city('Genève', 2, range(1201, 1209, 4)),
      city('Basel', 2, range(4001, 4059, 4)),
      city('Bern', 1.5, range(3001, 3027, 4)),
      city('Lausanne', 1.4, range(1003, 1018, 4)),
      city('Luzern', 1, range(6003, 6006, 4)),
      city('Winterthur', 1, range(8400, 8411, 4)),
      city('St. Gallen', 0.8, range(9000, 9016, 4)),
    ],
    streets: list(
      'Bahnhofstrasse, Hauptstrasse, Dorfstrasse, Seestrasse, Kirchgasse, Poststrasse, Rue du Rhône, Rue de Lausanne, Avenue de la Gare, Schulhausstrasse',
    ),
    line1: streetThenNumber,
  },
  FR: {
    cities: [
      city('Paris', 21, stepped(75001, 75020, 1, 5)),
      city('Marseille', 9, range(13001, 13016)),
      city('Lyon', 5, range(69001, 69009)),
      city('Toulouse', 5, oneOf(['31000', '31100', '31200', '31300', '31400', '31500'])),
      city('Nice', 3, oneOf(['06000', '06100', '06200', '06300'])),
      city('Nantes', 3, oneOf(['44000', '44100', '44200', '44300'])),
      city('Strasbourg', 3, oneOf(['67000', '67100', '67200'])),
      city('Montpellier', 3, oneOf(['34000', '34070', '34080', '34090'])),
      city('Bordeaux', 3, oneOf(['33000', '33100', '33200', '33300', '33800'])),
      city('Lille', 2.5, oneOf(['59000', '59160', '59260', '59777', '59800'])),
      city('Rennes', 2, oneOf(['35000', '35200', '35700'])),
      city('Grenoble', 1.6, oneOf(['38000', '38100'])),
      city('Dijon', 1.5, oneOf(['21000'])),
      city('Reims', 1.8, oneOf(['51100'])),
      city('Angers', 1.5, oneOf(['49000', '49100'])),
    ],
    streets: list(
      "rue de la République, rue Victor Hugo, avenue Jean Jaurès, rue Pasteur, boulevard Voltaire, rue de la Paix, rue du Moulin, place de l'Église, avenue de la Gare, rue Gambetta, rue des Lilas, rue Jules Ferry, allée des Tilleuls, chemin des Vignes, rue Nationale, avenue du Général de Gaulle, rue de la Liberté",
    ),
    line1: (rng, street) => `${houseNumber(rng)}${rng.chance(0.05) ? ' bis' : ''} ${street}`,
  },
  BE: {
    cities: [
      city('Bruxelles', 6, range(1000, 1210, 4)),
      city('Antwerpen', 5, oneOf(['2000', '2018', '2020', '2060', '2100', '2140', '2600', '2660'])),
      city('Gent', 3, oneOf(['9000', '9030', '9040', '9050'])),
      city('Charleroi', 2, range(6000, 6061, 4)),
      city('Liège', 2, range(4000, 4032, 4)),
      city('Brugge', 1.2, oneOf(['8000', '8200', '8310'])),
      city('Leuven', 1, oneOf(['3000', '3001', '3010', '3012'])),
      city('Namur', 1, oneOf(['5000'])),
    ],
    streets: list(
      'Rue de la Station, Stationsstraat, Kerkstraat, Rue Haute, Chaussée de Waterloo, Avenue Louise, Nieuwstraat, Dorpsstraat, Rue du Moulin, Molenstraat, Rue de Namur',
    ),
    line1: streetThenNumber,
  },
  LU: {
    cities: [city('Luxembourg', 3, range(1110, 2999, 4)), city('Esch-sur-Alzette', 1, range(4001, 4398, 4))],
    streets: list('Rue de la Gare, Avenue de la Liberté, Route d’Arlon, Boulevard Royal, Rue de Hollerich'),
    line1: numberThenStreet,
  },
  NL: {
    cities: [
      city('Amsterdam', 9, nlPostal(1011, 1109)),
      city('Rotterdam', 7, nlPostal(3011, 3089)),
      city('Den Haag', 5.5, nlPostal(2491, 2597)),
      city('Utrecht', 3.6, nlPostal(3511, 3585)),
      city('Eindhoven', 2.4, nlPostal(5611, 5658)),
      city('Groningen', 2.3, nlPostal(9711, 9747)),
      city('Tilburg', 2.2, nlPostal(5011, 5049)),
      city('Almere', 2.1, nlPostal(1312, 1364)),
      city('Breda', 1.8, nlPostal(4811, 4839)),
      city('Nijmegen', 1.8, nlPostal(6511, 6546)),
    ],
    streets: list(
      'Kerkstraat, Dorpsstraat, Schoolstraat, Molenweg, Stationsweg, Julianastraat, Beatrixlaan, Wilhelminastraat, Lindelaan, Prinsengracht, Keizersgracht, Parallelweg, Nieuwstraat, Oranjestraat, Vondelstraat',
    ),
    line1: (rng, street) =>
      `${street} ${houseNumber(rng)}${rng.chance(0.2) ? rng.pick(['A', 'B', '-2', '-3', ' bis', '-1']) : ''}`,
  },
  IT: {
    cities: [
      city('Roma', 28, range(118, 199)),
      city('Milano', 14, range(20121, 20162)),
      city('Napoli', 9.5, range(80121, 80147)),
      city('Torino', 8.5, range(10121, 10156)),
      city('Palermo', 6.5, range(90121, 90151)),
      city('Genova', 5.6, range(16121, 16167)),
      city('Bologna', 3.9, range(40121, 40141)),
      city('Firenze', 3.7, range(50121, 50145)),
      city('Bari', 3.2, range(70121, 70132)),
      city('Verona', 2.6, range(37121, 37142)),
    ],
    streets: list(
      'Via Roma, Via Garibaldi, Via Mazzini, Via Cavour, Corso Vittorio Emanuele II, Via Dante Alighieri, Via Giuseppe Verdi, Viale della Repubblica, Via Guglielmo Marconi, Via Giacomo Matteotti, Via XX Settembre, Via Nazionale, Via della Libertà',
    ),
    line1: streetThenNumber,
  },
  ES: {
    cities: [
      city('Madrid', 33, range(28001, 28055)),
      city('Barcelona', 16, range(8001, 8042)),
      city('Valencia', 8, range(46001, 46026)),
      city('Sevilla', 7, range(41001, 41020)),
      city('Zaragoza', 7, range(50001, 50021)),
      city('Málaga', 6, range(29001, 29018)),
      city('Bilbao', 3.5, range(48001, 48015)),
      city('Alicante', 3.4, range(3001, 3016)),
      city('Murcia', 4.6, range(30001, 30012)),
      city('Palma', 4.2, range(7001, 7015)),
    ],
    streets: list(
      'Calle Mayor, Calle Real, Avenida de la Constitución, Calle San José, Calle Nueva, Gran Vía, Calle de Alcalá, Paseo de Gracia, Calle del Sol, Avenida de Andalucía, Carrer de Balmes, Calle Iglesia, Avenida de España',
    ),
    line1: (rng, street) =>
      `${street} ${houseNumber(rng)}${rng.chance(0.7) ? `, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D', '1ª', '2ª'])}` : ''}`,
  },
  PT: {
    cities: [
      city('Lisboa', 5, (rng) => `${rng.int(1000, 1990)}-${pad(rng.int(1, 999), 3)}`),
      city('Porto', 3, (rng) => `${rng.int(4000, 4369)}-${pad(rng.int(1, 999), 3)}`),
      city('Braga', 1.4, (rng) => `${rng.int(4700, 4719)}-${pad(rng.int(1, 999), 3)}`),
      city('Coimbra', 1, (rng) => `${rng.int(3000, 3049)}-${pad(rng.int(1, 999), 3)}`),
      city('Faro', 0.6, (rng) => `${rng.int(8000, 8009)}-${pad(rng.int(1, 999), 3)}`),
    ],
    streets: list(
      'Rua Augusta, Avenida da Liberdade, Rua de Santa Catarina, Rua do Carmo, Rua da Prata, Avenida da República, Rua Direita, Rua 25 de Abril, Rua de Cedofeita',
    ),
    line1: (rng, street) =>
      `${street} ${houseNumber(rng)}${rng.chance(0.6) ? `, ${rng.int(1, 8)}º ${rng.pick(['Esq', 'Dto'])}` : ''}`,
  },
  PL: {
    cities: [
      city('Warszawa', 18, (rng) => `0${rng.int(0, 4)}-${pad(rng.int(1, 999), 3)}`),
      city('Kraków', 8, (rng) => `3${rng.int(0, 1)}-${pad(rng.int(1, 999), 3)}`),
      city('Łódź', 7, (rng) => `9${rng.int(0, 4)}-${pad(rng.int(1, 999), 3)}`),
      city('Wrocław', 6.5, (rng) => `5${rng.int(0, 4)}-${pad(rng.int(1, 999), 3)}`),
      city('Poznań', 5.5, (rng) => `6${rng.int(0, 1)}-${pad(rng.int(1, 999), 3)}`),
      city('Gdańsk', 4.7, (rng) => `80-${pad(rng.int(1, 999), 3)}`),
      city('Szczecin', 4, (rng) => `7${rng.int(0, 1)}-${pad(rng.int(1, 999), 3)}`),
      city('Lublin', 3.4, (rng) => `20-${pad(rng.int(1, 999), 3)}`),
      city('Katowice', 2.9, (rng) => `40-${pad(rng.int(1, 999), 3)}`),
    ],
    streets: list(
      'Długa, Krótka, Polna, Leśna, Słoneczna, Mickiewicza, Kościuszki, Sienkiewicza, Marszałkowska, Piłsudskiego, Ogrodowa, Lipowa, Kwiatowa, Szkolna',
    ),
    line1: (rng, street) => `ul. ${street} ${houseNumber(rng)}${rng.chance(0.6) ? `/${rng.int(1, 80)}` : ''}`,
  },
  CZ: {
    cities: [
      city('Praha', 13, split(3, ' ', stepped(11000, 19900, 100, 5))),
      city('Brno', 3.8, split(3, ' ', stepped(60200, 66400, 100, 5))),
      city('Ostrava', 2.8, split(3, ' ', stepped(70200, 72500, 100, 5))),
      city('Plzeň', 1.7, split(3, ' ', stepped(30100, 32600, 100, 5))),
    ],
    streets: list('Národní, Masarykova, Husova, Palackého, Komenského, Nádražní, Vinohradská, Školní'),
    line1: (rng, street) => `${street} ${rng.int(100, 3200)}/${rng.int(1, 60)}`,
  },
  GB: {
    cities: [
      city(
        'London',
        40,
        ukPostal([
          'SW1A',
          'SW11',
          'SE15',
          'N1',
          'N7',
          'E2',
          'E14',
          'NW3',
          'W4',
          'W12',
          'SE1',
          'E17',
          'N16',
          'SW17',
          'CR0',
        ]),
      ),
      city('Manchester', 6, ukPostal(['M1', 'M4', 'M14', 'M20', 'M16'])),
      city('Birmingham', 7, ukPostal(['B1', 'B15', 'B29', 'B13', 'B30'])),
      city('Leeds', 5, ukPostal(['LS1', 'LS6', 'LS8', 'LS17'])),
      city('Glasgow', 4.5, ukPostal(['G1', 'G12', 'G41', 'G3'])),
      city('Bristol', 3.2, ukPostal(['BS1', 'BS8', 'BS6', 'BS3'])),
      city('Edinburgh', 3.5, ukPostal(['EH1', 'EH6', 'EH10', 'EH3'])),
      city('Liverpool', 3.3, ukPostal(['L1', 'L17', 'L18', 'L15'])),
      city('Sheffield', 3.6, ukPostal(['S1', 'S10', 'S11', 'S7'])),
      city('Cardiff', 2.5, ukPostal(['CF10', 'CF24', 'CF11', 'CF14'])),
      city('Belfast', 2.3, ukPostal(['BT1', 'BT7', 'BT9', 'BT5'])),
      city('Nottingham', 2.4, ukPostal(['NG1', 'NG7', 'NG5', 'NG3'])),
    ],
    streets: list(
      "High Street, Station Road, Church Lane, Victoria Road, Park Avenue, Mill Lane, Queen's Road, Manor Road, The Crescent, King Street, Albert Road, Green Lane, Grange Road, Springfield Road",
    ),
    line1: (rng, street) =>
      `${rng.chance(0.2) ? `Flat ${rng.int(1, 24)}, ` : ''}${houseNumber(rng)} ${street}`,
  },
  IE: {
    cities: [
      city(
        'Dublin',
        12,
        eircode(['D01', 'D02', 'D04', 'D06', 'D6W', 'D07', 'D08', 'D09', 'D12', 'D15', 'D18', 'D24']),
      ),
      city('Cork', 2.2, eircode(['T12', 'T23'])),
      city('Galway', 0.8, eircode(['H91'])),
      city('Limerick', 1, eircode(['V94'])),
      city('Waterford', 0.5, eircode(['X91'])),
    ],
    streets: list(
      "Main Street, Church Road, Castle Street, Strand Road, O'Connell Street, Green Road, Parnell Street, Ashfield Avenue, Seafield Road, Mount Street",
    ),
    line1: numberThenStreet,
  },
  SE: {
    cities: [
      city('Stockholm', 10, split(3, ' ', range(11120, 11869))),
      city('Göteborg', 6, split(3, ' ', range(41101, 42679))),
      city('Malmö', 3.5, split(3, ' ', range(21111, 21845))),
      city('Uppsala', 2.3, split(3, ' ', range(75103, 75655))),
      city('Linköping', 1.6, split(3, ' ', range(58102, 58937))),
      city('Örebro', 1.5, split(3, ' ', range(70210, 70375))),
    ],
    streets: list(
      'Storgatan, Drottninggatan, Kungsgatan, Skolgatan, Sveavägen, Götgatan, Parkvägen, Kyrkogatan, Järnvägsgatan',
    ),
    line1: streetThenNumber,
  },
  DK: {
    cities: [
      city('København', 8, range(1050, 2450, 4)),
      city('Aarhus', 3.5, range(8000, 8270, 4)),
      city('Odense', 2, range(5000, 5270, 4)),
      city('Aalborg', 1.4, range(9000, 9220, 4)),
    ],
    streets: list(
      'Vestergade, Østergade, Nørregade, Søndergade, Jernbanegade, Skolegade, Strandvejen, Kirkevej',
    ),
    line1: (rng, street) =>
      `${street} ${houseNumber(rng)}${rng.chance(0.5) ? `, ${rng.int(1, 5)}. ${rng.pick(['tv', 'th', 'mf'])}` : ''}`,
  },
  NO: {
    cities: [
      city('Oslo', 7, range(150, 1295, 4)),
      city('Bergen', 2.9, range(5003, 5097, 4)),
      city('Trondheim', 2, range(7010, 7099, 4)),
      city('Stavanger', 1.4, range(4005, 4049, 4)),
    ],
    streets: list(
      'Storgata, Kirkegata, Skolegata, Parkveien, Bygdøy allé, Thorvald Meyers gate, Kongens gate',
    ),
    line1: streetThenNumber,
  },
  FI: {
    cities: [
      city('Helsinki', 6.5, stepped(100, 990, 10, 5)),
      city('Espoo', 3, stepped(2100, 2980, 10, 5)),
      city('Tampere', 2.4, stepped(33100, 33900, 10, 5)),
      city('Turku', 2, stepped(20100, 20960, 10, 5)),
      city('Oulu', 2, stepped(90100, 90900, 10, 5)),
    ],
    streets: list(
      'Mannerheimintie, Hämeentie, Kauppakatu, Koulukatu, Rantatie, Puistokatu, Aleksanterinkatu',
    ),
    line1: (rng, street) =>
      `${street} ${houseNumber(rng)}${rng.chance(0.6) ? ` ${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 40)}` : ''}`,
  },
  GR: {
    cities: [
      city('Athina', 6, split(3, ' ', range(10431, 11745))),
      city('Thessaloniki', 3, split(3, ' ', range(54621, 56430))),
      city('Patra', 1, split(3, ' ', range(26221, 26504))),
      city('Irakleio', 1, split(3, ' ', range(71201, 71500))),
    ],
    streets: list('Ermou, Panepistimiou, Egnatia, Tsimiski, Akadimias, Kifisias, Patision'),
    line1: streetThenNumber,
  },
  RO: {
    cities: [
      city('București', 8, (rng) => `0${rng.int(10011, 62999)}`),
      city('Cluj-Napoca', 1.5, range(400001, 400699, 6)),
      city('Timișoara', 1.3, range(300001, 300999, 6)),
      city('Iași', 1.3, range(700001, 700999, 6)),
    ],
    streets: list(
      'Strada Victoriei, Bulevardul Unirii, Strada Mihai Eminescu, Strada Republicii, Strada Florilor',
    ),
    line1: (rng, street) =>
      `${street} nr. ${houseNumber(rng)}${rng.chance(0.5) ? `, bl. ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 9)}, ap. ${rng.int(1, 60)}` : ''}`,
  },
  BG: {
    cities: [
      city('Sofia', 5, range(1000, 1799, 4)),
      city('Plovdiv', 1.5, range(4000, 4030, 4)),
      city('Varna', 1.3, range(9000, 9030, 4)),
    ],
    streets: list('bul. Vitosha, ul. Rakovski, bul. Tsar Osvoboditel, ul. Graf Ignatiev, bul. Bulgaria'),
    line1: streetThenNumber,
  },
  LT: {
    cities: [
      city('Vilnius', 5, (rng) => `LT-${pad(rng.int(1100, 14300), 5)}`),
      city('Kaunas', 2.7, (rng) => `LT-${rng.int(44100, 52500)}`),
      city('Klaipėda', 1.4, (rng) => `LT-${rng.int(91100, 94500)}`),
    ],
    streets: list('Gedimino pr., Vilniaus g., Savanorių pr., Laisvės al., Ukmergės g., Kalvarijų g.'),
    line1: (rng, street) => `${street} ${houseNumber(rng)}-${rng.int(1, 90)}`,
  },
  LV: {
    cities: [
      city('Rīga', 5, (rng) => `LV-${rng.int(1001, 1084)}`),
      city('Daugavpils', 1, (rng) => `LV-${rng.int(5401, 5499)}`),
    ],
    streets: list('Brīvības iela, Elizabetes iela, Krišjāņa Barona iela, Maskavas iela, Lāčplēša iela'),
    line1: (rng, street) => `${street} ${houseNumber(rng)}-${rng.int(1, 60)}`,
  },
  EE: {
    cities: [city('Tallinn', 4, range(10111, 13924)), city('Tartu', 1, range(50090, 51014))],
    streets: list('Narva mnt, Pärnu mnt, Tartu mnt, Viru, Peterburi tee, Kadaka tee'),
    line1: streetThenNumber,
  },
  US: {
    cities: [
      city('New York', 8, range(10001, 10282)),
      city('Los Angeles', 4, range(90001, 90089)),
      city('Chicago', 3, range(60601, 60661)),
      city('Houston', 2.3, range(77001, 77099)),
      city('Boston', 1, range(2108, 2134)),
      city('Seattle', 1, range(98101, 98199)),
      city('Miami', 1, range(33101, 33199)),
    ],
    streets: list('Main St, Oak Ave, Maple St, Washington Ave, 2nd St, Park Ave, Elm St, Lake Dr, Cedar Ln'),
    line1: (rng, street) =>
      `${rng.int(10, 9800)} ${street}${rng.chance(0.3) ? ` Apt ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', ''])}` : ''}`,
  },
  CA: {
    cities: [
      city(
        'Toronto',
        3,
        (rng) =>
          `M${rng.int(1, 9)}${rng.letters(1, true)} ${rng.int(1, 9)}${rng.letters(1, true)}${rng.int(1, 9)}`,
      ),
      city(
        'Montréal',
        2,
        (rng) =>
          `H${rng.int(1, 9)}${rng.letters(1, true)} ${rng.int(1, 9)}${rng.letters(1, true)}${rng.int(1, 9)}`,
      ),
    ],
    streets: list('King St W, Queen St E, Rue Sainte-Catherine, Yonge St, Boulevard Saint-Laurent'),
    line1: numberThenStreet,
  },
  UA: {
    cities: [
      city('Kyiv', 6, range(1001, 4210)),
      city('Lviv', 1.5, range(79000, 79070)),
      city('Odesa', 2, range(65000, 65125)),
      city('Kharkiv', 2, range(61000, 61204)),
    ],
    streets: list('vul. Shevchenka, vul. Ivana Franka, prosp. Peremohy, vul. Sadova, vul. Khreshchatyk'),
    line1: streetThenNumber,
  },
  RU: {
    cities: [
      city('Moskva', 6, range(101000, 129626, 6)),
      city('Sankt-Peterburg', 3, range(190000, 199406, 6)),
    ],
    streets: list('ul. Lenina, ul. Pushkina, prosp. Mira, ul. Tverskaya, Nevsky prosp.'),
    line1: (rng, street) => `${street} ${houseNumber(rng)}, kv. ${rng.int(1, 200)}`,
  },
  TR: {
    cities: [
      city('İstanbul', 8, range(34000, 34990)),
      city('Ankara', 3, range(6000, 6990)),
      city('İzmir', 2, range(35000, 35990)),
    ],
    streets: list('Atatürk Cd., İstiklal Cd., Cumhuriyet Cd., Bağdat Cd., Gazi Mustafa Kemal Blv.'),
    line1: (rng, street) => `${street} No:${houseNumber(rng)} D:${rng.int(1, 30)}`,
  },
  AE: {
    cities: [city('Dubai', 5, none), city('Sharjah', 2, none)],
    streets: list('Al Quoz Industrial Area 3, Sheikh Zayed Rd, Al Qusais Industrial Area 2, Al Nahda St'),
    line1: (rng, street) => `${rng.pick(['Warehouse', 'Unit', 'Office'])} ${rng.int(1, 80)}, ${street}`,
  },
  NG: {
    cities: [city('Lagos', 5, range(100001, 102112, 6)), city('Abuja', 2, range(900001, 901101, 6))],
    streets: list('Allen Avenue, Adeola Odeku Street, Awolowo Road, Herbert Macaulay Way'),
    line1: numberThenStreet,
  },
  CU: {
    cities: [
      city('La Habana', 6, range(10100, 10900)),
      city('Santiago de Cuba', 1.5, range(90100, 90900)),
      city('Camagüey', 1, range(70100, 70900)),
    ],
    streets: list('Calle 23, Calle Obispo, Calle Neptuno, Avenida Paseo, Calle San Lázaro, Calle Línea'),
    line1: (rng, street) =>
      `${street} No. ${rng.int(2, 900)} e/ ${rng.pick(['H', 'I', 'J', 'K', 'L', 'M'])} y ${rng.pick(['N', 'O', '17', '19', '21'])}`,
  },
  IR: {
    cities: [
      city('Tehran', 8, (rng) => `1${rng.digits(4)}-${rng.digits(5)}`),
      city('Mashhad', 2, (rng) => `91${rng.digits(3)}-${rng.digits(5)}`),
      city('Isfahan', 1.5, (rng) => `81${rng.digits(3)}-${rng.digits(5)}`),
      city('Shiraz', 1.3, (rng) => `71${rng.digits(3)}-${rng.digits(5)}`),
      city('Tabriz', 1.3, (rng) => `51${rng.digits(3)}-${rng.digits(5)}`),
    ],
    streets: list('Valiasr St, Enghelab St, Azadi St, Shariati St, Mirdamad Blvd, Ferdowsi St'),
    line1: (rng, street) => `No. ${rng.int(1, 200)}, ${street}, Alley ${rng.int(1, 40)}`,
  },
  SY: {
    cities: [
      city('Damascus', 4, none),
      city('Aleppo', 3, none),
      city('Latakia', 1, none),
      city('Homs', 1.5, none),
    ],
    streets: list('Baghdad St, Al-Thawra St, Abu Rummaneh, Al-Hamra St, Mezzeh Autostrad'),
    line1: (rng, street) => `${street}, Building ${rng.int(1, 90)}, Floor ${rng.int(1, 8)}`,
  },
  KP: {
    cities: [city('Pyongyang', 1, none)],
    streets: list('Sungri St, Kwangbok St, Ryomyong St, Chollima St'),
    line1: (rng, street) => `${street}, Block ${rng.int(1, 40)}`,
  },
};

/** A plausible street address in the country (city weighted by population). */
export function randomAddress(rng: Rng, country: string, cityName?: string): Address {
  const book = BOOKS[country];
  if (!book) throw new Error(`no address book for ${country}`);
  const chosen =
    (cityName ? book.cities.find((c) => c.name === cityName) : undefined) ??
    rng.weighted(book.cities.map((c) => [c, c.weight] as const));
  const postalCode = chosen.postal(rng);
  return {
    country,
    ...(postalCode ? { postalCode } : {}),
    city: chosen.name,
    line1: book.line1(rng, rng.pick(book.streets)),
  };
}

/** Another address in the same city (a move across town, a friend nearby, an office). */
export function nearbyAddress(rng: Rng, home: Address): Address {
  return randomAddress(rng, home.country, home.city);
}

/** Parcel lockers and pick-up points: very common in DE, PL, FR, NL, and the drop of choice for resale fraud. */
export function pickupPoint(rng: Rng, country: string, cityName?: string): Address {
  const base = randomAddress(rng, country, cityName);
  const label: Record<string, () => string> = {
    DE: () => `Packstation ${rng.int(101, 499)}`,
    AT: () => `Post Abholstation ${rng.int(1, 300)}`,
    PL: () => `Paczkomat ${base.city?.slice(0, 3).toUpperCase() ?? 'WAW'}${pad(rng.int(1, 999), 3)}M`,
    FR: () =>
      `Point Relais ${rng.pick(['Tabac Presse', 'Carrefour City', 'Pressing', 'Relay'])} ${base.line1 ?? ''}`,
    NL: () => `PostNL Pakketpunt ${base.line1 ?? ''}`,
    BE: () => `bpost Point Colis ${base.line1 ?? ''}`,
    ES: () => `Punto Pack ${base.line1 ?? ''}`,
    IT: () => `Punto Poste ${base.line1 ?? ''}`,
    GB: () => `InPost Locker ${base.line1 ?? ''}`,
  };
  const line1 = label[country]?.() ?? base.line1;
  return { ...base, ...(line1 ? { line1 } : {}) };
}

/** Freight forwarders and reshippers: a warehouse unit that forwards parcels abroad. */
export function reshipperAddress(rng: Rng, country: string): Address {
  const base = randomAddress(rng, country);
  const unit = `${rng.pick(['Unit', 'Suite', 'Box', 'Ref'])} ${rng.pick(['', 'FW', 'RS', 'PX'])}${rng.int(1000, 99999)}`;
  return { ...base, line1: `${base.line1 ?? ''}, ${unit}` };
}
