/**
 * The countries the model's people live in, travel to or hide behind: time zone (September), /16 blocks that
 * geoip-country places in the country (checked by the spec), a few cities with postcodes and streets.
 */

export interface Place {
  city: string;
  postal: string;
  streets: readonly string[];
}
export interface Country {
  code: string;
  /** UTC offset in hours in September. */
  tz: number;
  blocks: readonly string[];
  places: readonly Place[];
}

const p = (city: string, postal: string, ...streets: string[]): Place => ({ city, postal, streets });

export const COUNTRIES: Readonly<Record<string, Country>> = {
  ES: {
    code: 'ES',
    tz: 2,
    blocks: ['83.32', '83.45', '88.0', '88.12', '79.144', '2.136', '81.172', '90.160', '95.120', '80.28'],
    places: [
      p('Madrid', '280##', 'Calle de Alcalá', 'Calle de Bravo Murillo', 'Paseo de las Delicias'),
      p('Barcelona', '080##', 'Carrer de Mallorca', "Carrer d'Aragó", 'Avinguda Diagonal'),
      p('Sevilla', '410##', 'Calle Feria', 'Avenida de la Constitución'),
      p('Valencia', '460##', 'Carrer de Colón', 'Avinguda del Port'),
      p('Bilbao', '480##', 'Calle Licenciado Poza', 'Gran Vía de Don Diego López de Haro'),
    ],
  },
  PT: {
    code: 'PT',
    tz: 1,
    blocks: ['85.240', '85.241', '89.152', '94.60', '94.132', '95.136', '188.80', '2.80'],
    places: [
      p('Lisboa', '1###-###', 'Rua Augusta', 'Avenida da Liberdade', 'Rua de São Bento'),
      p('Porto', '4###-###', 'Rua de Santa Catarina', 'Avenida da Boavista'),
      p('Braga', '4700-###', 'Rua do Souto'),
    ],
  },
  IT: {
    code: 'IT',
    tz: 2,
    blocks: ['79.0', '79.20', '87.0', '87.16', '93.32', '151.40', '2.32', '5.168', '82.48'],
    places: [
      p('Roma', '001##', 'Via del Corso', 'Via Tuscolana', 'Viale Trastevere'),
      p('Milano', '201##', 'Corso Buenos Aires', 'Via Padova'),
      p('Napoli', '801##', 'Via Toledo', 'Corso Umberto I'),
      p('Torino', '101##', 'Via Nizza'),
    ],
  },
  MX: {
    code: 'MX',
    tz: -6,
    blocks: ['187.188', '187.190', '189.128', '189.140', '201.141', '201.102', '177.224', '187.140'],
    places: [
      p('Ciudad de México', '0####', 'Avenida Insurgentes Sur', 'Calle Durango', 'Avenida Revolución'),
      p('Guadalajara', '44###', 'Avenida Chapultepec', 'Calle Morelos'),
      p('Monterrey', '64###', 'Avenida Constitución'),
      p('Cancún', '77500', 'Avenida Tulum'),
    ],
  },
  BR: {
    code: 'BR',
    tz: -3,
    blocks: [
      '177.0',
      '177.32',
      '179.0',
      '179.100',
      '187.0',
      '187.64',
      '189.0',
      '189.60',
      '200.150',
      '201.20',
    ],
    places: [
      p('São Paulo', '0####-###', 'Avenida Paulista', 'Rua Augusta', 'Rua da Consolação'),
      p('Rio de Janeiro', '2####-###', 'Rua Barata Ribeiro', 'Avenida Nossa Senhora de Copacabana'),
      p('Belo Horizonte', '30###-###', 'Avenida Afonso Pena'),
      p('Recife', '50###-###', 'Rua da Aurora'),
      p('Porto Alegre', '90###-###', 'Avenida Ipiranga'),
    ],
  },
  US: {
    code: 'US',
    tz: -4,
    blocks: ['73.0', '73.100', '98.200', '24.0', '71.192', '108.0'],
    places: [
      p('Miami', '331##', 'NW 7th Street', 'Collins Avenue'),
      p('Houston', '770##', 'Westheimer Road'),
      p('New York', '100##', 'Amsterdam Avenue'),
      p('Los Angeles', '900##', 'Whittier Boulevard'),
    ],
  },
  GB: {
    code: 'GB',
    tz: 1,
    blocks: ['86.128', '81.96', '90.192', '82.0', '2.96'],
    places: [p('London', 'E1 #AA', 'Commercial Road'), p('Manchester', 'M14 #BB', 'Wilmslow Road')],
  },
  DE: {
    code: 'DE',
    tz: 2,
    blocks: ['84.128', '91.64', '79.192', '93.192', '87.160'],
    places: [p('Berlin', '10###', 'Sonnenallee'), p('München', '80###', 'Leopoldstraße')],
  },
  FR: {
    code: 'FR',
    tz: 2,
    blocks: ['90.0', '86.192', '92.128', '109.0'],
    places: [p('Paris', '750##', 'Rue de Rivoli'), p('Lyon', '6900#', 'Rue de la République')],
  },
  NL: {
    code: 'NL',
    tz: 2,
    blocks: ['185.107', '82.161', '77.160', '84.80'],
    places: [p('Amsterdam', '10## AB', 'Damrak')],
  },
  AR: {
    code: 'AR',
    tz: -3,
    blocks: ['181.0', '181.44', '190.16'],
    places: [p('Buenos Aires', 'C1###', 'Avenida Corrientes')],
  },
  CO: {
    code: 'CO',
    tz: -5,
    blocks: ['181.48', '190.24', '186.80', '181.128'],
    places: [p('Bogotá', '1100##', 'Carrera Séptima')],
  },
  CL: {
    code: 'CL',
    tz: -3,
    blocks: ['190.160', '181.160', '200.104', '186.104'],
    places: [p('Santiago', '75#0000', 'Avenida Providencia')],
  },
  NG: {
    code: 'NG',
    tz: 1,
    blocks: ['105.112', '41.184', '102.89', '197.210'],
    places: [p('Lagos', '1012##', 'Allen Avenue')],
  },
  VN: {
    code: 'VN',
    tz: 7,
    blocks: ['14.160', '113.160', '171.224', '27.72'],
    places: [p('Hà Nội', '100000', 'Phố Huế')],
  },
  RU: {
    code: 'RU',
    tz: 3,
    blocks: ['95.24', '77.88', '178.176', '93.80'],
    places: [p('Moskva', '1250##', 'Tverskaya ulitsa')],
  },
  BY: {
    code: 'BY',
    tz: 3,
    blocks: ['178.120', '37.212', '93.84'],
    places: [p('Minsk', '2200##', 'praspiekt Niezaliežnasci')],
  },
  CU: {
    code: 'CU',
    tz: -4,
    blocks: ['152.206', '169.158'],
    places: [p('La Habana', '10400', 'Calle 23'), p('Santiago de Cuba', '90100', 'Calle Heredia')],
  },
  IR: {
    code: 'IR',
    tz: 3.5,
    blocks: ['2.176', '2.180', '5.160', '37.255', '151.232'],
    places: [p('Tehran', '1#####', 'Valiasr Street')],
  },
  SY: {
    code: 'SY',
    tz: 3,
    blocks: ['5.0', '31.9', '46.213'],
    places: [p('Damascus', '', 'Al-Hamra Street')],
  },
  KP: {
    code: 'KP',
    tz: 9,
    blocks: ['175.45.176', '175.45.177', '175.45.178'],
    places: [p('Pyongyang', '', 'Sungri Street')],
  },
};
