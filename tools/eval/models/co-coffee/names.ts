import { type Rng } from '../kit/random.js';

/** Names and e-mail habits by country: given names, surnames, the free providers people there use. */

const list = (s: string): readonly string[] => s.split(',');

const NAMES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  CO: [
    list(
      'Juliana,Santiago,Valentina,Sebastián,Daniela,Alejandro,Camila,Andrés,Mariana,Juan Pablo,Natalia,Felipe,' +
        'Laura,Mateo,Catalina,Esteban,Paula,Carlos,Manuela,David,Sara,Simón,Luisa,Jorge,Isabella,Diego,Ana María,' +
        'Juan José,María José,Luis Fernando,Carolina,Tomás,Paola,Alejandra,Ricardo,Gloria,Beatriz,Hernán,Yuliana,' +
        'Jhon,Brayan,Leidy,Yeison,Deisy,Wilson',
    ),
    list(
      'Restrepo,Mejía,Vélez,Arango,Gómez,Ochoa,Uribe,Álvarez,Jaramillo,Montoya,Zuluaga,Cardona,Giraldo,Londoño,' +
        'Echeverri,Rodríguez,Martínez,Castro,Rojas,Pérez,Sánchez,Ramírez,Torres,Moreno,Díaz,Herrera,Ortiz,Vargas,' +
        'Parra,Suárez,Duque,Salazar,Valencia,Henao,Quintero,Ospina,García,López,Hernández,Muñoz,Agudelo,Bedoya,' +
        'Correa,Posada,Villegas',
    ),
  ],
  US: [
    list(
      'Emily,Michael,Sarah,James,Jessica,David,Ashley,Daniel,Megan,Ryan,Lauren,Kevin,Rachel,Brian,Olivia,Ethan,' +
        'Hannah,Tyler,Priya,Wei,Noah,Liam,Maria,Jennifer',
    ),
    list(
      'Smith,Johnson,Brown,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Martin,Lee,Thompson,White,Clark,Walker,' +
        "Hall,Nguyen,Patel,Cohen,Kim,O'Brien,Rivera,Sullivan",
    ),
  ],
  CA: [
    list('Emma,Liam,Chloé,Mathieu,Olivia,Noah,Gabrielle,Alexandre,Sophie,Ethan,Priya,Jason'),
    list('Tremblay,Gagnon,Roy,Côté,Smith,Brown,Wilson,MacDonald,Singh,Chen,Lavoie,Martin'),
  ],
  ES: [
    list('Lucía,Javier,Marta,Pablo,Elena,Sergio,Carmen,Álvaro,Irene,Raúl,Nuria,Jordi,Laia,Iker'),
    list('García,Fernández,González,López,Martín,Jiménez,Ruiz,Navarro,Serrano,Puig,Vidal,Etxeberria,Romero'),
  ],
  DE: [
    list('Lena,Jonas,Anna,Lukas,Sophie,Felix,Hannah,Paul,Miriam,Tobias'),
    list('Müller,Schmidt,Schneider,Fischer,Weber,Wagner,Becker,Hoffmann,Schulz,Koch'),
  ],
  FR: [
    list('Camille,Thomas,Léa,Hugo,Manon,Julien,Chloé,Antoine'),
    list('Martin,Bernard,Dubois,Moreau,Laurent,Lefebvre,Roux,Fournier'),
  ],
  NL: [list('Sanne,Daan,Lotte,Bram,Eva,Thijs'), list('de Vries,Jansen,van Dijk,Bakker,Visser,Smit')],
  IT: [
    list('Giulia,Marco,Francesca,Luca,Chiara,Matteo'),
    list('Rossi,Russo,Ferrari,Esposito,Bianchi,Romano'),
  ],
  PT: [list('Inês,João,Beatriz,Tiago'), list('Silva,Santos,Ferreira,Pereira')],
  CH: [list('Nina,Luca,Lea,Jan'), list('Meier,Keller,Brunner,Baumann')],
  GB: [
    list('Olivia,Oliver,Amelia,Harry,Isla,George,Charlotte,Jack'),
    list('Smith,Jones,Taylor,Brown,Williams,Evans,Walsh,Hughes'),
  ],
  RU: [
    list('Alexei,Dmitry,Olga,Anastasia,Sergei,Ekaterina'),
    list('Ivanov,Smirnov,Kuznetsov,Popov,Volkov,Sokolov'),
  ],
  BY: [list('Andrei,Tatsiana,Siarhei,Volha'), list('Kavalenka,Novik,Marozau')],
  CU: [
    list('Yanelis,Yoandry,Dayana,Yunior,Osmany,Yaimara'),
    list('Pérez,Rodríguez,Hernández,Fonseca,Cabrera'),
  ],
  IR: [list('Reza,Maryam,Ali,Narges,Hossein'), list('Hosseini,Mohammadi,Karimi,Rahimi,Ahmadi')],
  SY: [list('Omar,Lina,Rami,Hala'), list('Haddad,Khoury,Darwish')],
};

const HISPANIC = new Set(['CO', 'ES', 'CU']);

/** A name as people write it there: Colombians (and Spaniards) often give both surnames. */
export function nameIn(rng: Rng, country: string): string {
  const [first, last] = NAMES[country] ?? (NAMES['US'] as readonly [readonly string[], readonly string[]]);
  const surname = rng.pick(last);
  const second = HISPANIC.has(country) && rng.chance(0.55) ? ` ${rng.pick(last)}` : '';
  return `${rng.pick(first)} ${surname}${second}`;
}

/** `gmail.com:60,hotmail.com:22` as weighted entries. */
const weights = (s: string): ReadonlyArray<readonly [string, number]> =>
  s.split(',').map((e) => {
    const [domain = '', w = '1'] = e.split(':');
    return [domain, Number(w)] as const;
  });

const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  CO: weights('gmail.com:60,hotmail.com:22,outlook.com:6,yahoo.com:5,icloud.com:4,une.net.co:1,yahoo.es:2'),
  US: weights(
    'gmail.com:55,yahoo.com:10,icloud.com:12,outlook.com:8,hotmail.com:5,comcast.net:3,aol.com:2,proton.me:2',
  ),
  CA: weights('gmail.com:55,hotmail.com:10,outlook.com:10,yahoo.ca:8,videotron.ca:5,icloud.com:7'),
  ES: weights('gmail.com:55,hotmail.com:15,hotmail.es:10,yahoo.es:5,outlook.es:8,icloud.com:5'),
  DE: weights('gmx.de:25,web.de:25,gmail.com:30,t-online.de:10,posteo.de:5'),
  FR: weights('gmail.com:45,orange.fr:15,free.fr:10,hotmail.fr:15,laposte.net:5,icloud.com:5'),
  NL: weights('gmail.com:50,hotmail.com:20,ziggo.nl:10,kpnmail.nl:5,outlook.com:10'),
  IT: weights('gmail.com:55,libero.it:20,hotmail.it:15'),
  GB: weights('gmail.com:50,hotmail.co.uk:15,outlook.com:10,btinternet.com:10,icloud.com:10'),
  RU: weights('mail.ru:40,yandex.ru:40,gmail.com:20'),
  BY: weights('mail.ru:35,tut.by:25,gmail.com:40'),
};

/** Lower-case ASCII letters of a name part (accents dropped). */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export const providerIn = (rng: Rng, country: string): string =>
  rng.weightedPick(PROVIDERS[country] ?? [['gmail.com', 1]]);

/** An e-mail address the way people make them from their name. */
export function emailFor(rng: Rng, name: string, country: string): string {
  const parts = name.split(' ');
  const first = fold(parts[0] ?? 'cliente');
  const last = fold(
    parts[parts.length > 2 && HISPANIC.has(country) ? parts.length - 2 : parts.length - 1] ?? '',
  );
  const year = String(rng.int(62, 105) % 100).padStart(2, '0');
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 30],
    [`${first}${last}`, 15],
    [`${first.charAt(0)}${last}${year}`, 15],
    [`${first}.${last}${year}`, 12],
    [`${last}.${first}`, 8],
    [`${first}${rng.int(1, 999)}`, 10],
    [`${first.slice(0, 4)}_${last}`, 10],
  ]);
  return `${local}@${providerIn(rng, country)}`;
}
