import { list, type Rng, type Weighted } from './random.js';

/** Given and family names by origin, so each country's customers have the mix one actually sees. */

export type NameOrigin =
  | 'de'
  | 'fr'
  | 'nl'
  | 'it'
  | 'es'
  | 'pt'
  | 'pl'
  | 'cs'
  | 'en'
  | 'ga'
  | 'nordic'
  | 'fi'
  | 'el'
  | 'ro'
  | 'bg'
  | 'tr'
  | 'ar'
  | 'fa'
  | 'ru'
  | 'uk'
  | 'south_asian'
  | 'ko'
  | 'lt'
  | 'yo'
  | 'us';

const NAMES: Record<NameOrigin, { given: string[]; family: string[] }> = {
  de: {
    given: list(
      'Lukas, Anna, Leon, Lena, Felix, Laura, Jonas, Julia, Maximilian, Sophie, Paul, Marie, Tim, Katrin, Stefan, Sabine, Thomas, Claudia, Michael, Petra, Jürgen, Ursula, Niklas, Hannah, Florian, Lea, Andreas, Monika',
    ),
    family: list(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, Lehmann',
    ),
  },
  fr: {
    given: list(
      'Lucas, Emma, Hugo, Léa, Louis, Chloé, Jules, Manon, Gabriel, Camille, Arthur, Inès, Nicolas, Sophie, Julien, Marion, Pierre, Nathalie, Thomas, Isabelle, François, Céline, Antoine, Aurélie',
    ),
    family: list(
      'Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet',
    ),
  },
  nl: {
    given: list(
      'Daan, Emma, Sem, Julia, Lucas, Mila, Levi, Tess, Finn, Sophie, Jesse, Anouk, Bram, Lotte, Thijs, Fleur, Jeroen, Marloes, Ruben, Sanne, Pieter, Ingrid',
    ),
    family: list(
      'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra',
    ),
  },
  it: {
    given: list(
      'Leonardo, Sofia, Francesco, Giulia, Alessandro, Aurora, Lorenzo, Alice, Mattia, Ginevra, Andrea, Chiara, Marco, Francesca, Giuseppe, Elena, Luca, Sara, Roberto, Valentina, Paolo, Federica',
    ),
    family: list(
      'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana',
    ),
  },
  es: {
    given: list(
      'Hugo, Lucía, Martín, Sofía, Pablo, María, Alejandro, Paula, Daniel, Carmen, Javier, Laura, David, Marta, Sergio, Ana, Carlos, Elena, Jorge, Cristina, Miguel, Raquel',
    ),
    family: list(
      'García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres',
    ),
  },
  pt: {
    given: list(
      'João, Maria, Rodrigo, Leonor, Martim, Beatriz, Francisco, Matilde, Tiago, Inês, Rui, Ana, Pedro, Catarina, Miguel, Sofia',
    ),
    family: list(
      'Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Almeida',
    ),
  },
  pl: {
    given: list(
      'Jakub, Zuzanna, Antoni, Julia, Jan, Maja, Szymon, Hanna, Piotr, Anna, Krzysztof, Katarzyna, Tomasz, Agnieszka, Paweł, Magdalena, Michał, Joanna, Łukasz, Aleksandra',
    ),
    family: list(
      'Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski',
    ),
  },
  cs: {
    given: list(
      'Jakub, Eliška, Jan, Tereza, Tomáš, Anna, Petr, Lucie, Martin, Kateřina, Pavel, Veronika, Ondřej, Barbora',
    ),
    family: list(
      'Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Marek',
    ),
  },
  en: {
    given: list(
      'Oliver, Olivia, George, Amelia, Harry, Isla, Jack, Ava, Charlie, Emily, James, Sophie, Thomas, Grace, William, Lucy, Daniel, Jessica, Matthew, Hannah, David, Sarah, Paul, Rachel, Mark, Claire',
    ),
    family: list(
      'Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Wood, Harris, Clarke, Jackson, Turner, Hill',
    ),
  },
  ga: {
    given: list(
      'Jack, Emily, Conor, Grace, Seán, Aoife, Cian, Niamh, Darragh, Saoirse, Patrick, Ciara, Liam, Siobhán, Eoin, Róisín',
    ),
    family: list(
      "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, Reilly, Doyle, McCarthy, Gallagher, Doherty, Kennedy, Lynch, Murray",
    ),
  },
  nordic: {
    given: list(
      'William, Alice, Oscar, Maja, Lucas, Elsa, Erik, Ingrid, Lars, Karin, Anders, Sofie, Mads, Freja, Henrik, Astrid, Nils, Ida, Magnus, Sigrid',
    ),
    family: list(
      'Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsen, Hansen, Jensen, Nielsen, Pedersen, Berg, Lindqvist, Johansen, Christensen, Dahl, Lund, Holm',
    ),
  },
  fi: {
    given: list(
      'Eino, Aino, Onni, Helmi, Väinö, Sofia, Mikko, Johanna, Juha, Anna, Matti, Laura, Antti, Hanna',
    ),
    family: list(
      'Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen',
    ),
  },
  el: {
    given: list(
      'Georgios, Maria, Konstantinos, Eleni, Dimitrios, Aikaterini, Ioannis, Vasiliki, Nikolaos, Sofia, Panagiotis, Georgia',
    ),
    family: list(
      'Papadopoulos, Papadakis, Georgiou, Nikolaou, Karagiannis, Vlachos, Oikonomou, Papageorgiou, Dimitriou, Pappas',
    ),
  },
  ro: {
    given: list(
      'Andrei, Maria, Alexandru, Elena, Ionuț, Ioana, Mihai, Andreea, Stefan, Cristina, Florin, Alina, Gabriel, Roxana',
    ),
    family: list(
      'Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Constantin, Munteanu, Rusu',
    ),
  },
  bg: {
    given: list('Georgi, Maria, Ivan, Elena, Dimitar, Ivanka, Nikolay, Yordanka, Petar, Desislava'),
    family: list('Ivanov, Georgiev, Dimitrov, Petrov, Nikolov, Hristov, Stoyanov, Todorov, Ilieva, Angelova'),
  },
  tr: {
    given: list(
      'Mehmet, Ayşe, Mustafa, Fatma, Ahmet, Emine, Ali, Zeynep, Hüseyin, Elif, Emre, Merve, Can, Selin, Murat, Büşra',
    ),
    family: list(
      'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Koç, Kurt',
    ),
  },
  ar: {
    given: list(
      'Mohammed, Fatima, Ahmad, Aisha, Omar, Mariam, Ali, Noor, Khaled, Layla, Youssef, Rania, Hassan, Salma, Karim, Yasmin, Samer, Hiba',
    ),
    family: list(
      'Al-Ahmad, Haddad, Khalil, Hassan, Ibrahim, Mansour, Nasser, Saleh, Hamdan, Darwish, Aziz, Kassem, Al-Masri, Shami, Najjar, Benali, El Amrani, Bouzid',
    ),
  },
  fa: {
    given: list(
      'Ali, Zahra, Mohammad, Fatemeh, Reza, Maryam, Hossein, Narges, Amir, Sara, Mehdi, Leila, Arash, Shirin, Parisa, Behnam',
    ),
    family: list(
      'Hosseini, Mohammadi, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Tehrani, Kazemi',
    ),
  },
  ru: {
    given: list(
      'Aleksandr, Elena, Dmitry, Olga, Sergey, Tatiana, Andrey, Natalia, Alexey, Irina, Maxim, Anastasia, Ivan, Ekaterina',
    ),
    family: list(
      'Ivanov, Smirnov, Kuznetsov, Popov, Vasilev, Petrov, Sokolov, Mikhailov, Novikova, Fedorova, Morozova, Volkov, Lebedev, Kozlova',
    ),
  },
  uk: {
    given: list(
      'Oleksandr, Olena, Andrii, Iryna, Dmytro, Nataliia, Serhii, Oksana, Mykola, Yuliia, Volodymyr, Tetiana, Bohdan, Kateryna',
    ),
    family: list(
      'Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Lysenko, Marchenko, Rudenko',
    ),
  },
  south_asian: {
    given: list('Mohammed, Aisha, Arjun, Priya, Rahul, Anjali, Imran, Sana, Raj, Nisha, Amir, Zara'),
    family: ['Patel', 'Khan', 'Singh', 'Ali', 'Ahmed', 'Shah', 'Hussain', 'Begum', 'Kaur', 'Sharma'],
  },
  ko: {
    given: ['Chol', 'Song-hui', 'Myong', 'Kyong-ae', 'Il', 'Hyang', 'Jin', 'Un-jong'],
    family: ['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Kang', 'Han', 'Yun'],
  },
  lt: {
    given: ['Jonas', 'Ona', 'Mantas', 'Rūta', 'Tomas', 'Eglė', 'Lukas', 'Greta', 'Darius', 'Inga'],
    family: list(
      'Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas',
    ),
  },
  yo: {
    given: list('Oluwaseun, Adebayo, Chinedu, Ngozi, Emeka, Funmilayo, Tunde, Chioma, Ibrahim, Blessing'),
    family: list('Okafor, Adeyemi, Okonkwo, Balogun, Eze, Ogunleye, Nwosu, Adewale, Bello, Okeke'),
  },
  us: {
    given: list(
      'Michael, Jennifer, Christopher, Ashley, Joshua, Emily, Matthew, Sarah, Tyler, Jessica, Brandon, Amanda, Jose, Maria, Kevin, Nicole',
    ),
    family: list(
      'Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Wilson, Anderson, Thomas, Moore, Lee, Nguyen',
    ),
  },
};

export interface PersonName {
  given: string;
  family: string;
  full: string;
}

export function personName(rng: Rng, origin: NameOrigin): PersonName {
  const { given, family } = NAMES[origin];
  const g = rng.pick(given);
  const f = rng.pick(family);
  return { given: g, family: f, full: `${g} ${f}` };
}

/** Name origin mix per residence country: immigrant communities are part of every store's customer base. */
export const NAME_MIX: Record<string, Weighted<NameOrigin>> = {
  DE: [
    ['de', 78],
    ['tr', 7],
    ['pl', 4],
    ['ar', 3],
    ['ru', 3],
    ['it', 2],
    ['uk', 2],
    ['el', 1],
  ],
  AT: [
    ['de', 82],
    ['tr', 5],
    ['cs', 3],
    ['ro', 3],
    ['ar', 3],
    ['uk', 2],
    ['pl', 2],
  ],
  CH: [
    ['de', 60],
    ['fr', 22],
    ['it', 10],
    ['pt', 4],
    ['tr', 2],
    ['ar', 2],
  ],
  FR: [
    ['fr', 82],
    ['ar', 9],
    ['pt', 4],
    ['es', 2],
    ['it', 2],
    ['tr', 1],
  ],
  BE: [
    ['nl', 45],
    ['fr', 40],
    ['ar', 8],
    ['tr', 3],
    ['it', 2],
    ['pl', 2],
  ],
  LU: [
    ['fr', 40],
    ['de', 25],
    ['pt', 25],
    ['it', 5],
    ['nl', 5],
  ],
  NL: [
    ['nl', 84],
    ['tr', 5],
    ['ar', 5],
    ['en', 2],
    ['pl', 2],
    ['de', 2],
  ],
  IT: [
    ['it', 91],
    ['ro', 3],
    ['ar', 3],
    ['es', 2],
    ['uk', 1],
  ],
  ES: [
    ['es', 90],
    ['ro', 3],
    ['ar', 3],
    ['it', 2],
    ['en', 2],
  ],
  PT: [
    ['pt', 95],
    ['es', 2],
    ['uk', 2],
    ['en', 1],
  ],
  PL: [
    ['pl', 94],
    ['uk', 6],
  ],
  CZ: [
    ['cs', 92],
    ['uk', 6],
    ['pl', 2],
  ],
  GB: [
    ['en', 78],
    ['south_asian', 8],
    ['pl', 4],
    ['ga', 3],
    ['ro', 2],
    ['ar', 2],
    ['it', 2],
    ['yo', 1],
  ],
  IE: [
    ['ga', 70],
    ['en', 15],
    ['pl', 6],
    ['pt', 3],
    ['south_asian', 3],
    ['uk', 3],
  ],
  SE: [
    ['nordic', 84],
    ['ar', 7],
    ['fi', 3],
    ['fa', 3],
    ['pl', 3],
  ],
  DK: [
    ['nordic', 90],
    ['ar', 4],
    ['tr', 3],
    ['pl', 3],
  ],
  NO: [
    ['nordic', 90],
    ['pl', 5],
    ['ar', 3],
    ['lt', 2],
  ],
  FI: [
    ['fi', 90],
    ['nordic', 6],
    ['ru', 4],
  ],
  GR: [
    ['el', 97],
    ['ar', 3],
  ],
  RO: [['ro', 100]],
  BG: [['bg', 100]],
  LT: [['lt', 100]],
  LV: [
    ['lt', 50],
    ['ru', 50],
  ],
  EE: [
    ['fi', 20],
    ['ru', 40],
    ['lt', 40],
  ],
  US: [['us', 100]],
  CA: [
    ['us', 80],
    ['fr', 20],
  ],
  UA: [
    ['uk', 90],
    ['ru', 10],
  ],
  RU: [['ru', 100]],
  TR: [['tr', 100]],
  AE: [
    ['ar', 60],
    ['south_asian', 40],
  ],
  NG: [['yo', 100]],
  CU: [['es', 100]],
  IR: [['fa', 100]],
  SY: [['ar', 100]],
  KP: [['ko', 100]],
};

export function nameFor(rng: Rng, country: string): PersonName {
  const mix = NAME_MIX[country] ?? [['en', 1]];
  return personName(rng, rng.weighted(mix));
}

/** E-mail local parts have no diacritics or spaces. */
export function asciiSlug(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Ðđ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
