import { type Rng } from '../kit/random.js';
import { rut } from './people.js';

/** Chilean companies and restaurants that buy on factura: a name, its RUT (76/77 million), its e-mail domain. */

const TRADE = [
  'Constructora',
  'Inmobiliaria',
  'Minera',
  'Transportes',
  'Consultora',
  'Agrícola',
  'Servicios',
  'Importadora',
  'Clínica',
  'Ingeniería',
];
const PLACE = [
  'Los Andes',
  'Cordillera',
  'del Pacífico',
  'Aconcagua',
  'Maipo',
  'Austral',
  'Huelén',
  'Llanquihue',
  'Pehuén',
  'Tarapacá',
  'Lircay',
  'Quillota',
];
const FORM = ['SpA', 'Ltda.', 'S.A.'];
const EATERY = ['Restaurante', 'Bar', 'Picada', 'Bistró', 'Parrilla', 'Hotel'];
const EATERY_NAME = [
  'La Mar',
  'El Huaso',
  'Don Lucho',
  'Cerro Alegre',
  'La Vinoteca',
  'Lastarria',
  'El Fogón',
  'Borde Río',
  'La Casona',
];

export interface Company {
  name: string;
  rut: string;
  domain: string;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

export function company(rng: Rng, restaurant = false): Company {
  const words = restaurant ? [rng.pick(EATERY), rng.pick(EATERY_NAME)] : [rng.pick(TRADE), rng.pick(PLACE)];
  const name = `${words.join(' ')} ${rng.pick(FORM)}`;
  return { name, rut: rut(rng, true), domain: `${slug(words.join(''))}.cl` };
}

/** Who writes from the company: purchasing, HR (gifts for staff), the owner or the sommelier. */
export const mailbox = (rng: Rng, c: Company, restaurant = false): string =>
  `${rng.pick(restaurant ? ['administracion', 'compras', 'contacto', 'sommelier'] : ['compras', 'rrhh', 'bienestar', 'adquisiciones', 'gerencia'])}@${c.domain}`;
