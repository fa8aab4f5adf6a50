/**
 * Names as they are in Scotland, England, Ireland, Europe, the US, Australia and among the international
 * students of Scottish universities, and the e-mail providers each country uses.
 */

export type Origin =
  | 'scottish'
  | 'english'
  | 'south_asian_british'
  | 'polish'
  | 'irish'
  | 'german'
  | 'french'
  | 'dutch'
  | 'spanish'
  | 'italian'
  | 'swedish'
  | 'american'
  | 'australian'
  | 'chinese'
  | 'indian'
  | 'nigerian'
  | 'malaysian'
  | 'greek'
  | 'russian'
  | 'iranian';

/** First names and surnames by origin. */
export const NAMES: Readonly<Record<Origin, readonly [string[], string[]]>> = {
  scottish: [
    [
      'Isla',
      'Eilidh',
      'Catriona',
      'Morag',
      'Fiona',
      'Kirsty',
      'Ailsa',
      'Mhairi',
      'Rhona',
      'Shona',
      'Emma',
      'Ruth',
      'Margaret',
      'Alison',
      'Callum',
      'Euan',
      'Ruaridh',
      'Alasdair',
      'Fraser',
      'Hamish',
      'Angus',
      'Iain',
      'Duncan',
      'Lewis',
      'Cameron',
      'Ross',
      'Graham',
      'Stuart',
      'Neil',
      'Craig',
    ],
    [
      'Campbell',
      'MacDonald',
      'Stewart',
      'Robertson',
      'Thomson',
      'Anderson',
      'Scott',
      'Murray',
      'Reid',
      'Clark',
      'Ross',
      'Young',
      'Mitchell',
      'Watson',
      'Paterson',
      'Fraser',
      'Morrison',
      'Hamilton',
      'Kerr',
      'Sinclair',
      'Grant',
      'McLean',
      'Henderson',
      'Mackenzie',
      'Cameron',
      'Ferguson',
      'Munro',
      'Duncan',
      'Gray',
      'McIntyre',
    ],
  ],
  english: [
    [
      'Oliver',
      'Harry',
      'George',
      'Charlotte',
      'Amelia',
      'Jack',
      'Sarah',
      'Rebecca',
      'Daniel',
      'Chloe',
      'Tom',
      'Lucy',
      'James',
      'Helen',
      'Matthew',
      'Rachel',
      'Sophie',
      'William',
      'Kate',
      'Ben',
    ],
    [
      'Jones',
      'Williams',
      'Taylor',
      'Davies',
      'Evans',
      'Wright',
      'Walker',
      'Hall',
      'Green',
      'Wood',
      'Hughes',
      'Turner',
      'Baker',
      'Harris',
      'Cooper',
      'Ward',
      'Holmes',
      'Parker',
      'Fletcher',
      'Price',
    ],
  ],
  south_asian_british: [
    ['Aisha', 'Priya', 'Zara', 'Imran', 'Amir', 'Sana', 'Ravi', 'Nadia', 'Hamza', 'Anjali'],
    ['Khan', 'Ahmed', 'Patel', 'Hussain', 'Ali', 'Shah', 'Begum', 'Singh', 'Iqbal', 'Malik'],
  ],
  polish: [
    ['Kasia', 'Agnieszka', 'Magda', 'Marta', 'Ewa', 'Tomasz', 'Piotr', 'Paweł'],
    ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński'],
  ],
  irish: [
    [
      'Aoife',
      'Siobhán',
      'Niamh',
      'Ciara',
      'Caoimhe',
      'Orla',
      'Seán',
      'Cian',
      'Oisín',
      'Darragh',
      'Eoin',
      'Conor',
    ],
    [
      'Murphy',
      'Kelly',
      'O’Sullivan',
      'Walsh',
      'O’Brien',
      'Byrne',
      'Ryan',
      'O’Connor',
      'Doyle',
      'McCarthy',
      'Gallagher',
      'Kavanagh',
    ],
  ],
  german: [
    ['Lukas', 'Anna', 'Katharina', 'Jonas', 'Felix', 'Sophie', 'Lena', 'Maximilian', 'Julia', 'Tobias'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter'],
  ],
  french: [
    ['Camille', 'Léa', 'Julien', 'Mathieu', 'Chloé', 'Manon', 'Antoine', 'Claire', 'Nicolas', 'Élise'],
    ['Martin', 'Bernard', 'Dubois', 'Laurent', 'Moreau', 'Lefebvre', 'Girard', 'Roux', 'Fournier'],
  ],
  dutch: [
    ['Sanne', 'Daan', 'Lotte', 'Thijs', 'Femke', 'Bram', 'Eva', 'Joost'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Peeters', 'Janssens'],
  ],
  spanish: [
    ['Lucía', 'Marta', 'Pablo', 'Javier', 'Elena', 'Carmen', 'Diego', 'Sergio'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro'],
  ],
  italian: [
    ['Giulia', 'Chiara', 'Marco', 'Luca', 'Francesca', 'Alessandro', 'Sara', 'Matteo'],
    ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci'],
  ],
  swedish: [
    ['Elin', 'Maja', 'Erik', 'Johan', 'Karin', 'Anders', 'Linnea', 'Oskar'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Berg'],
  ],
  american: [
    [
      'Emily',
      'Madison',
      'Ashley',
      'Michael',
      'Chris',
      'Jennifer',
      'Tyler',
      'Brian',
      'Megan',
      'Kevin',
      'Lauren',
      'Jessica',
      'Ryan',
      'Amanda',
    ],
    [
      'Miller',
      'Johnson',
      'Davis',
      'Garcia',
      'Rodriguez',
      'Martinez',
      'Thompson',
      'Moore',
      'MacLeod',
      'Campbell',
      'Buchanan',
      'Sutherland',
      'Lee',
      'Nguyen',
    ],
  ],
  australian: [
    ['Chloe', 'Jack', 'Lachlan', 'Matilda', 'Mia', 'Harrison', 'Isabella', 'Cooper', 'Ruby', 'Angus'],
    ['Smith', 'Jones', 'Nguyen', 'Wilson', 'Kelly', 'McKenzie', 'Robertson', 'Tran', 'Brown', 'Fraser'],
  ],
  chinese: [
    ['Yue', 'Na', 'Wei', 'Jing', 'Yang', 'Xinyi', 'Hao', 'Zihan', 'Yuxuan', 'Mengqi'],
    ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  ],
  indian: [
    ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Aditi', 'Vikram', 'Sneha', 'Karthik'],
    ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Rao'],
  ],
  nigerian: [
    ['Chidinma', 'Oluwaseun', 'Adaeze', 'Tunde', 'Ngozi', 'Emeka', 'Temitope', 'Ifeoma'],
    ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Ogunleye', 'Nwosu'],
  ],
  malaysian: [
    ['Nur Aisyah', 'Wei Ling', 'Hafiz', 'Siti', 'Jun Hao', 'Kavitha'],
    ['binti Ahmad', 'Tan', 'bin Ismail', 'Lim', 'Wong', 'Raj'],
  ],
  greek: [
    ['Eleni', 'Giorgos', 'Maria', 'Nikos', 'Katerina', 'Dimitris'],
    ['Papadopoulos', 'Georgiou', 'Nikolaou', 'Vlachou', 'Konstantinidis'],
  ],
  russian: [
    ['Anna', 'Olga', 'Yulia', 'Natalia', 'Dmitry', 'Sergei', 'Alexei', 'Igor'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Lebedev'],
  ],
  iranian: [
    ['Reza', 'Maryam', 'Ali', 'Sara', 'Hossein', 'Zahra', 'Amir', 'Niloufar'],
    ['Hosseini', 'Ahmadi', 'Rezaei', 'Karimi', 'Moradi', 'Tehrani'],
  ],
};

/** E-mail providers by country, weighted. */
export const PROVIDERS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  GB: [
    ['gmail.com', 34],
    ['hotmail.co.uk', 12],
    ['outlook.com', 9],
    ['yahoo.co.uk', 7],
    ['icloud.com', 12],
    ['btinternet.com', 6],
    ['live.co.uk', 3],
    ['sky.com', 3],
    ['aol.com', 2],
    ['virginmedia.com', 2],
    ['talktalk.net', 1],
    ['protonmail.com', 2],
    ['me.com', 2],
  ],
  IE: [
    ['gmail.com', 45],
    ['hotmail.com', 12],
    ['outlook.com', 8],
    ['yahoo.ie', 5],
    ['icloud.com', 12],
    ['eircom.net', 6],
  ],
  DE: [
    ['gmx.de', 22],
    ['web.de', 22],
    ['gmail.com', 28],
    ['t-online.de', 10],
    ['icloud.com', 6],
    ['posteo.de', 3],
    ['outlook.de', 5],
  ],
  FR: [
    ['gmail.com', 40],
    ['orange.fr', 15],
    ['free.fr', 10],
    ['laposte.net', 7],
    ['hotmail.fr', 12],
    ['icloud.com', 8],
    ['sfr.fr', 5],
  ],
  NL: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 8],
    ['outlook.com', 10],
    ['icloud.com', 8],
  ],
  BE: [
    ['gmail.com', 45],
    ['telenet.be', 15],
    ['skynet.be', 10],
    ['hotmail.com', 15],
    ['outlook.be', 7],
  ],
  ES: [
    ['gmail.com', 55],
    ['hotmail.es', 20],
    ['yahoo.es', 8],
    ['outlook.es', 8],
  ],
  IT: [
    ['gmail.com', 45],
    ['libero.it', 15],
    ['hotmail.it', 12],
    ['virgilio.it', 8],
    ['yahoo.it', 8],
  ],
  SE: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['outlook.com', 10],
    ['telia.com', 8],
    ['icloud.com', 10],
  ],
  US: [
    ['gmail.com', 50],
    ['yahoo.com', 14],
    ['outlook.com', 6],
    ['hotmail.com', 5],
    ['icloud.com', 14],
    ['aol.com', 4],
    ['comcast.net', 4],
  ],
  AU: [
    ['gmail.com', 42],
    ['bigpond.com', 12],
    ['hotmail.com', 10],
    ['outlook.com', 8],
    ['icloud.com', 12],
    ['optusnet.com.au', 6],
    ['yahoo.com.au', 6],
  ],
  CN: [
    ['qq.com', 30],
    ['163.com', 20],
    ['gmail.com', 35],
    ['outlook.com', 15],
  ],
};
