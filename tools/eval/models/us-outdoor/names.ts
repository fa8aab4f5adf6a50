import { type Rng } from '../kit/random.js';

/** Names as the customer types them; lists mix the origins each market's customers actually have. */

// prettier-ignore
const US_FIRST = ['James', 'Michael', 'John', 'David', 'Chris', 'Matt', 'Ryan', 'Tyler', 'Josh', 'Kevin', 'Brian', 'Daniel',
  'Andrew', 'Jake', 'Ethan', 'Noah', 'Logan', 'Carlos', 'Luis', 'José', 'Miguel', 'Wei', 'Kenji', 'Raj', 'Arjun', 'Darnell',
  'Marcus', 'Sarah', 'Jessica', 'Emily', 'Ashley', 'Megan', 'Lauren', 'Hannah', 'Olivia', 'Emma', 'Madison', 'Kayla', 'Amanda',
  'Rachel', 'Katie', 'Maria', 'Ana', 'Sofia', 'Priya', 'Mei', 'Jasmine', 'Aaliyah', 'Nicole', 'Heather', 'Kristin', 'Beth',
  'Grace', 'Abby', 'Sam', 'Alex', 'Jordan', 'Taylor', 'Casey', 'Dakota', 'Bill', 'Bob', 'Linda', 'Susan', 'Karen', 'Greg'];
// prettier-ignore
const US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White',
  'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Nguyen', 'Kim', 'Patel',
  'Chen', 'Wang', 'Tanaka', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Olson', 'Larson',
  'Johansen', 'Schmidt', 'Mueller', "O'Brien", 'Murphy', 'Sullivan', 'Kowalski', 'Novak', 'Begay', 'Yazzie', 'Washington'];
// prettier-ignore
const CA_FR_FIRST = ['Mathieu', 'Étienne', 'Jean-François', 'Olivier', 'Guillaume', 'Maxime', 'Félix', 'Geneviève', 'Isabelle',
  'Catherine', 'Émilie', 'Marie-Ève', 'Sophie', 'Chloé', 'Annie'];
// prettier-ignore
const CA_FR_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier',
  'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc'];
// prettier-ignore
const CA_EXTRA_LAST = ['MacDonald', 'Campbell', 'Stewart', 'Fraser', 'Singh', 'Gill', 'Sandhu', 'Wong', 'Li', 'Friesen', 'Reimer',
  'Chan', 'Cardinal'];
// prettier-ignore
const GB_FIRST = ['Oliver', 'Harry', 'George', 'Jack', 'Charlie', 'Tom', 'Ollie', 'Alfie', 'Callum', 'Rhys', 'Amelia', 'Isla',
  'Poppy', 'Sophie', 'Charlotte', 'Lucy', 'Ellie', 'Freya', 'Imogen', 'Aisha', 'Mohammed', 'Fiona', 'Eilidh', 'Siobhan'];
// prettier-ignore
const GB_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright',
  'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Campbell', 'MacLeod', 'Khan', 'Ahmed', 'Patel', 'Davies', 'Morgan'];
// prettier-ignore
const AU_FIRST = ['Jack', 'Liam', 'Lachlan', 'Cooper', 'Mitchell', 'Bailey', 'Hamish', 'Angus', 'Chloe', 'Mia', 'Ruby', 'Zoe',
  'Jess', 'Kate', 'Bec', 'Tahlia', 'Matilda', 'Nguyen', 'Sanjay', 'Aroha'];
// prettier-ignore
const AU_LAST = ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson', 'Thompson',
  'Nguyen', 'Ryan', 'Kelly', "O'Connor", 'Walsh', 'Papadopoulos', 'Russo', 'Ngata', 'Te Rangi'];
// prettier-ignore
const MX_FIRST = ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Alejandro', 'Fernando', 'Ricardo', 'Diego', 'Eduardo', 'María',
  'Guadalupe', 'Fernanda', 'Daniela', 'Mariana', 'Valeria', 'Ximena', 'Gabriela', 'Andrea', 'Lucía'];
// prettier-ignore
const MX_LAST = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz'];
// prettier-ignore
const OTHER: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  IS: [['Jón', 'Sigríður', 'Guðrún', 'Gunnar', 'Anna', 'Ólafur'], ['Jónsson', 'Sigurðardóttir', 'Guðmundsson', 'Ólafsdóttir']],
  CR: [['Andrés', 'Mónica', 'Esteban', 'Karla', 'Pablo'], ['Vargas', 'Solís', 'Araya', 'Jiménez', 'Mora', 'Rojas']],
  PT: [['João', 'Inês', 'Tiago', 'Beatriz', 'Rui'], ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Oliveira']],
  IR: [['Ali', 'Reza', 'Mohammad', 'Sara', 'Maryam', 'Hossein'], ['Hosseini', 'Ahmadi', 'Karimi', 'Rezaei', 'Moradi']],
  CU: [['Yoel', 'Yanelis', 'Osmany', 'Dayana', 'Yusniel'], ['Pérez', 'Rodríguez', 'González', 'Fernández', 'Díaz']],
  SY: [['Omar', 'Khaled', 'Rania', 'Lina', 'Fadi'], ['Haddad', 'Khoury', 'Al-Masri', 'Darwish', 'Hamdan']],
  KP: [['Kim', 'Ri', 'Pak', 'Choe'], ['Chol', 'Song-il', 'Myong-hui', 'Un-ju']],
};

export interface PersonName {
  first: string;
  last: string;
}

export function nameFor(rng: Rng, country: string, frenchCanadian = false): PersonName {
  switch (country) {
    case 'US':
      return { first: rng.pick(US_FIRST), last: rng.pick(US_LAST) };
    case 'CA':
      if (frenchCanadian) return { first: rng.pick(CA_FR_FIRST), last: rng.pick(CA_FR_LAST) };
      return {
        first: rng.pick(US_FIRST),
        last: rng.chance(0.3) ? rng.pick(CA_EXTRA_LAST) : rng.pick(US_LAST),
      };
    case 'GB':
    case 'IE':
      return { first: rng.pick(GB_FIRST), last: rng.pick(GB_LAST) };
    case 'AU':
    case 'NZ':
      return { first: rng.pick(AU_FIRST), last: rng.pick(AU_LAST) };
    case 'MX':
      return { first: rng.pick(MX_FIRST), last: `${rng.pick(MX_LAST)} ${rng.pick(MX_LAST)}` };
  }
  const [firsts, lasts] = OTHER[country] ?? [US_FIRST, US_LAST];
  return { first: rng.pick(firsts), last: rng.pick(lasts) };
}

/** How the name field is filled: mostly as written, sometimes lower-case or with a middle initial. */
export function displayName(rng: Rng, name: PersonName): string {
  const full = `${name.first} ${name.last}`;
  if (rng.chance(0.06)) return full.toLowerCase();
  if (rng.chance(0.08)) return `${name.first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${name.last}`;
  return full;
}
