import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where it ships: Chile's comunas with their postal-code prefixes (seven-digit
 * codes), and the few cities abroad it sends cases to by DHL Express (the US, Brazil, Argentina, Peru, Uruguay)
 * or that its buyers pay from (Spain, the UK, Germany for the diaspora and travellers).
 */

interface Place {
  city: string;
  /** The postal code's first digits; the rest are drawn. */
  postal: string;
  streets: readonly string[];
  weight: number;
  /** In Greater Santiago (same-day courier, cash on delivery, pickup at the shop). */
  santiago?: boolean;
}

const CHILE: readonly Place[] = [
  {
    city: 'Providencia',
    postal: '750',
    streets: ['Av. Providencia', 'Los Leones', 'Av. Italia', 'Pedro de Valdivia', 'Manuel Montt'],
    weight: 12,
    santiago: true,
  },
  {
    city: 'Las Condes',
    postal: '755',
    streets: [
      'Av. Apoquindo',
      'Av. Las Condes',
      'Isidora Goyenechea',
      'Av. Manquehue Sur',
      'Av. Cristóbal Colón',
    ],
    weight: 13,
    santiago: true,
  },
  {
    city: 'Vitacura',
    postal: '763',
    streets: ['Av. Vitacura', 'Av. Alonso de Córdova', 'Av. Nueva Costanera', 'Av. Kennedy'],
    weight: 6,
    santiago: true,
  },
  {
    city: 'Lo Barnechea',
    postal: '769',
    streets: ['Av. La Dehesa', 'Camino El Alba', 'Av. El Rodeo'],
    weight: 4,
    santiago: true,
  },
  {
    city: 'Ñuñoa',
    postal: '775',
    streets: ['Av. Irarrázaval', 'Av. Grecia', 'José Pedro Alessandri', 'Av. Ossa'],
    weight: 9,
    santiago: true,
  },
  {
    city: 'La Reina',
    postal: '785',
    streets: ['Av. Príncipe de Gales', 'Av. Larraín', 'Av. Ossa'],
    weight: 3,
    santiago: true,
  },
  {
    city: 'Santiago',
    postal: '833',
    streets: ['Av. Libertador Bernardo O’Higgins', 'Merced', 'Lastarria', 'Santa Rosa', 'Portugal'],
    weight: 7,
    santiago: true,
  },
  {
    city: 'Macul',
    postal: '781',
    streets: ['Av. Macul', 'Av. Quilín', 'Av. Los Presidentes'],
    weight: 2,
    santiago: true,
  },
  {
    city: 'La Florida',
    postal: '824',
    streets: ['Av. Vicuña Mackenna', 'Av. La Florida', 'Walker Martínez'],
    weight: 4,
    santiago: true,
  },
  {
    city: 'Maipú',
    postal: '925',
    streets: ['Av. Pajaritos', 'Av. Los Pajaritos', 'Av. Cinco de Abril'],
    weight: 4,
    santiago: true,
  },
  {
    city: 'Puente Alto',
    postal: '815',
    streets: ['Av. Concha y Toro', 'Av. Camilo Henríquez', 'Av. Gabriela'],
    weight: 3,
    santiago: true,
  },
  {
    city: 'Huechuraba',
    postal: '858',
    streets: ['Av. Pedro Fontova', 'Av. El Salto'],
    weight: 2,
    santiago: true,
  },
  {
    city: 'Valparaíso',
    postal: '234',
    streets: ['Av. Brasil', 'Av. Pedro Montt', 'Calle Prat', 'Cerro Alegre, Lautaro Rosas'],
    weight: 4,
  },
  {
    city: 'Viña del Mar',
    postal: '252',
    streets: ['Av. Libertad', 'Av. San Martín', 'Av. Perú', '15 Norte', 'Av. Valparaíso'],
    weight: 6,
  },
  { city: 'Concón', postal: '251', streets: ['Av. Borgoño', 'Av. Concón Reñaca'], weight: 1 },
  {
    city: 'Concepción',
    postal: '403',
    streets: ['O’Higgins', 'Barros Arana', 'Av. Paicaví', 'Av. Pedro de Valdivia'],
    weight: 5,
  },
  {
    city: 'San Pedro de la Paz',
    postal: '413',
    streets: ['Av. Michimalonco', 'Av. Pedro Aguirre Cerda'],
    weight: 1,
  },
  {
    city: 'La Serena',
    postal: '170',
    streets: ['Av. Francisco de Aguirre', 'Av. del Mar', 'Balmaceda'],
    weight: 3,
  },
  { city: 'Coquimbo', postal: '178', streets: ['Av. Costanera', 'Aldunate'], weight: 1 },
  { city: 'Rancagua', postal: '282', streets: ['Av. Brasil', 'Av. Miguel Ramírez'], weight: 2 },
  { city: 'Talca', postal: '346', streets: ['1 Sur', '2 Norte', 'Av. Lircay'], weight: 1 },
  { city: 'Chillán', postal: '378', streets: ['Av. Libertad', 'Av. Collín'], weight: 1 },
  {
    city: 'Temuco',
    postal: '478',
    streets: ['Av. Alemania', 'Av. Caupolicán', 'Av. Javiera Carrera'],
    weight: 2,
  },
  { city: 'Valdivia', postal: '509', streets: ['Av. Picarte', 'General Lagos', 'Av. Alemania'], weight: 1 },
  { city: 'Puerto Varas', postal: '555', streets: ['Av. Vicente Pérez Rosales', 'San Francisco'], weight: 1 },
  {
    city: 'Puerto Montt',
    postal: '548',
    streets: ['Av. Diego Portales', 'Urmeneta', 'Av. Presidente Ibáñez'],
    weight: 2,
  },
  { city: 'Antofagasta', postal: '124', streets: ['Av. Grecia', 'Av. Angamos', 'Av. Argentina'], weight: 2 },
  { city: 'Punta Arenas', postal: '620', streets: ['Av. Bulnes', 'Av. España', 'Av. Colón'], weight: 1 },
];

export const SANTIAGO = CHILE.filter((p) => p.santiago);

/** The shop itself, in Providencia: pickup (retiro en tienda) and the tastings. */
export const SHOP: Address = {
  country: 'CL',
  postalCode: '7500775',
  city: 'Providencia',
  line1: 'Av. Italia 1180',
};

function line(rng: Rng, streets: readonly string[], flat: boolean): string {
  const street = `${rng.pick(streets)} ${rng.int(100, 9800)}`;
  return flat ? `${street}, depto. ${rng.int(2, 24)}0${rng.int(1, 8)}` : street;
}

/** A Chilean address: anywhere by weight, or in Greater Santiago. */
export function chileAddress(rng: Rng, santiagoOnly = false): Address {
  const p = rng.weightedPick((santiagoOnly ? SANTIAGO : CHILE).map((x) => [x, x.weight] as const));
  return {
    country: 'CL',
    postalCode: `${p.postal}${rng.digits(4)}`,
    city: p.city,
    line1: line(rng, p.streets, p.santiago === true && rng.chance(0.55)),
  };
}

type Foreign = { city: string; postal: (rng: Rng) => string; streets: readonly string[] };

const zip = (prefix: string) => (rng: Rng) => `${prefix}${rng.digits(5 - prefix.length)}`;

export const FOREIGN: Readonly<Record<string, readonly Foreign[]>> = {
  US: [
    {
      city: 'Miami',
      postal: zip('331'),
      streets: ['Brickell Ave', 'NW 7th St', 'Coral Way', 'Biscayne Blvd'],
    },
    { city: 'Doral', postal: zip('3317'), streets: ['NW 25th St', 'NW 41st St'] },
    {
      city: 'New York',
      postal: zip('100'),
      streets: ['Amsterdam Ave', 'W 86th St', 'Lexington Ave', 'Bleecker St'],
    },
    { city: 'Houston', postal: zip('770'), streets: ['Westheimer Rd', 'Kirby Dr', 'Montrose Blvd'] },
    { city: 'Los Angeles', postal: zip('900'), streets: ['Wilshire Blvd', 'Sunset Blvd', 'S Figueroa St'] },
    { city: 'San Francisco', postal: zip('941'), streets: ['Valencia St', 'Divisadero St', 'Market St'] },
    {
      city: 'Washington',
      postal: zip('200'),
      streets: ['Connecticut Ave NW', 'K St NW', 'Wisconsin Ave NW'],
    },
  ],
  BR: [
    {
      city: 'São Paulo',
      postal: (r) => `0${r.int(1000, 5899)}-${r.digits(3)}`,
      streets: ['Av. Paulista', 'Rua Augusta', 'Rua Oscar Freire', 'Av. Faria Lima'],
    },
    {
      city: 'Rio de Janeiro',
      postal: (r) => `22${r.int(0, 799).toString().padStart(3, '0')}-${r.digits(3)}`,
      streets: ['Av. Atlântica', 'Rua Visconde de Pirajá', 'Rua Voluntários da Pátria'],
    },
    {
      city: 'Curitiba',
      postal: (r) => `80${r.int(10, 899).toString().padStart(3, '0')}-${r.digits(3)}`,
      streets: ['Rua XV de Novembro', 'Av. Batel'],
    },
    {
      city: 'Porto Alegre',
      postal: (r) => `90${r.int(10, 899).toString().padStart(3, '0')}-${r.digits(3)}`,
      streets: ['Av. Independência', 'Rua Padre Chagas'],
    },
  ],
  AR: [
    {
      city: 'Buenos Aires',
      postal: (r) => `C14${r.int(10, 99)}${r.token(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`,
      streets: ['Av. Santa Fe', 'Av. Cabildo', 'Av. Corrientes', 'Gurruchaga'],
    },
    {
      city: 'Mendoza',
      postal: (r) => `M55${r.int(0, 9)}0${r.token(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`,
      streets: ['Av. San Martín', 'Av. Arístides Villanueva'],
    },
  ],
  PE: [
    {
      city: 'Lima',
      postal: (r) => `150${r.int(1, 48).toString().padStart(2, '0')}`,
      streets: ['Av. Larco', 'Av. José Pardo', 'Av. Javier Prado Este', 'Calle Berlín'],
    },
  ],
  UY: [
    {
      city: 'Montevideo',
      postal: (r) => `11${r.int(0, 9)}00`,
      streets: ['Av. 18 de Julio', 'Rambla República del Perú', 'Bulevar Artigas'],
    },
  ],
  ES: [
    {
      city: 'Madrid',
      postal: (r) => `280${r.int(1, 55).toString().padStart(2, '0')}`,
      streets: ['Calle de Alcalá', 'Calle de Serrano', 'Calle de Bravo Murillo'],
    },
    {
      city: 'Barcelona',
      postal: (r) => `080${r.int(1, 42).toString().padStart(2, '0')}`,
      streets: ['Carrer de Mallorca', 'Carrer de Sants', 'Gran Via de les Corts Catalanes'],
    },
  ],
  GB: [
    {
      city: 'London',
      postal: (r) => `N${r.int(1, 22)} ${r.int(1, 9)}${r.token(2, 'ABDEFGHJLNPQRSTUWXY')}`,
      streets: ['Holloway Road', 'Upper Street', 'Stroud Green Road'],
    },
  ],
  DE: [
    {
      city: 'Berlin',
      postal: (r) => `10${r.int(115, 999)}`,
      streets: ['Kastanienallee', 'Sonnenallee', 'Karl-Marx-Allee'],
    },
  ],
  RU: [
    {
      city: 'Moscow',
      postal: (r) => `1${r.int(1, 29).toString().padStart(2, '0')}${r.digits(3)}`,
      streets: ['ul. Tverskaya', 'Leninsky prospekt', 'ul. Arbat'],
    },
  ],
  BY: [
    { city: 'Minsk', postal: (r) => `220${r.digits(3)}`, streets: ['prospekt Nezavisimosti', 'ul. Nemiga'] },
  ],
  IR: [
    {
      city: 'Tehran',
      postal: (r) => `1${r.digits(4)}-${r.digits(5)}`,
      streets: ['Valiasr St', 'Enghelab St'],
    },
  ],
  CU: [
    {
      city: 'La Habana',
      postal: (r) => `10${r.int(2, 9)}00`,
      streets: ['Calle 23', 'Avenida de los Presidentes', 'Calle Obispo'],
    },
  ],
};

/** An address in `country` (a Chilean one for CL). */
export function addressIn(rng: Rng, country: string): Address {
  if (country === 'CL') return chileAddress(rng);
  const list = FOREIGN[country];
  if (!list) throw new Error(`no addresses for ${country}`);
  const p = rng.pick(list);
  return {
    country,
    postalCode: p.postal(rng),
    city: p.city,
    line1: `${rng.int(10, 4800)} ${rng.pick(p.streets)}`,
  };
}

/** The countries the shop ships to: Chile in pesos, the rest in dollars by DHL Express. */
export const SHIPS_TO: readonly string[] = ['CL', 'US', 'BR', 'AR', 'PE', 'UY'];

/**
 * Freight forwarders' warehouses in Doral (Miami) that take parcels for buyers abroad; the sanctioned-country
 * buyers route through them.
 */
export const FORWARDERS: readonly Address[] = [
  { country: 'US', postalCode: '33172', city: 'Doral', line1: '8400 NW 25th St, Suite 100' },
  { country: 'US', postalCode: '33166', city: 'Doral', line1: '2200 NW 84th Ave, Unit 7' },
  { country: 'US', postalCode: '33122', city: 'Doral', line1: '10500 NW 29th Terrace' },
];
