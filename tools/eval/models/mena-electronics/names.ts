import { type Origin } from './people.js';

/** First names (men's, women's) and family names by origin, and e-mail providers by origin. */

const ARAB_M = [
  'Mohammed',
  'Ahmed',
  'Abdullah',
  'Omar',
  'Khalid',
  'Youssef',
  'Ali',
  'Hassan',
  'Fahad',
  'Saeed',
  'Tariq',
  'Hamza',
];
const ARAB_F = [
  'Fatima',
  'Mariam',
  'Noura',
  'Aisha',
  'Sara',
  'Layla',
  'Huda',
  'Reem',
  'Hessa',
  'Dana',
  'Lina',
  'Rana',
];

export const NAMES: Readonly<
  Record<Origin, readonly [readonly string[], readonly string[], readonly string[]]>
> = {
  emirati: [
    ARAB_M,
    ARAB_F,
    ['Al Mansoori', 'Al Nuaimi', 'Al Ketbi', 'Al Shamsi', 'Al Mazrouei', 'Al Falasi', 'Al Dhaheri'],
  ],
  saudi: [
    ARAB_M,
    ARAB_F,
    [
      'Al Qahtani',
      'Al Otaibi',
      'Al Ghamdi',
      'Al Harbi',
      'Al Zahrani',
      'Al Dosari',
      'Al Shehri',
      'Al Mutairi',
    ],
  ],
  qatari: [ARAB_M, ARAB_F, ['Al Thani', 'Al Kuwari', 'Al Marri', 'Al Sulaiti', 'Al Mohannadi']],
  kuwaiti: [ARAB_M, ARAB_F, ['Al Sabah', 'Al Ajmi', 'Al Rashidi', 'Al Enezi', 'Al Kandari', 'Al Azmi']],
  egyptian: [
    ['Mohamed', 'Ahmed', 'Mahmoud', 'Mostafa', 'Karim', 'Amr', 'Islam', 'Sherif', 'Hany'],
    ['Mariam', 'Nourhan', 'Yasmin', 'Aya', 'Salma', 'Heba', 'Dina', 'Mai'],
    [
      'Abdelrahman',
      'El Sayed',
      'Hassan',
      'Ibrahim',
      'Mostafa',
      'Fathy',
      'Soliman',
      'Gamal',
      'Naguib',
      'Farouk',
    ],
  ],
  jordanian: [ARAB_M, ARAB_F, ['Haddad', 'Al Khatib', 'Obeidat', 'Al Zoubi', 'Nasser', 'Al Majali', 'Qasem']],
  moroccan: [
    ['Mohamed', 'Youssef', 'Hamza', 'Anas', 'Mehdi', 'Ayoub', 'Othmane', 'Reda'],
    ['Fatima Zahra', 'Salma', 'Khadija', 'Imane', 'Hajar', 'Meryem', 'Ghizlane'],
    ['El Amrani', 'Benjelloun', 'Alaoui', 'Bennani', 'El Idrissi', 'Tazi', 'Berrada', 'Ouazzani'],
  ],
  turkish: [
    ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Murat', 'Oğuz', 'Kerem'],
    ['Zeynep', 'Elif', 'Ayşe', 'Merve', 'Büşra', 'Ecem', 'Selin'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan'],
  ],
  lebanese: [
    ['Georges', 'Elie', 'Rami', 'Karim', 'Ziad', 'Hadi'],
    ['Rita', 'Maya', 'Nour', 'Joelle', 'Carla', 'Rania'],
    ['Khoury', 'Haddad', 'Saade', 'Nassar', 'Frem', 'Abou Jaoude'],
  ],
  syrian: [ARAB_M, ARAB_F, ['Al Halabi', 'Al Shami', 'Kassab', 'Darwish', 'Hamwi', 'Jabri']],
  indian: [
    ['Rahul', 'Arjun', 'Vishnu', 'Mohammed Ashraf', 'Anil', 'Sanjay', 'Rohit', 'Shaji', 'Faisal', 'Ramesh'],
    ['Priya', 'Anjali', 'Divya', 'Sneha', 'Fathima', 'Reshma', 'Deepa', 'Neha'],
    ['Nair', 'Menon', 'Kumar', 'Sharma', 'Pillai', 'Reddy', 'Iyer', 'Thomas', 'Varghese', 'Patel', 'Kutty'],
  ],
  pakistani: [
    ['Muhammad', 'Usman', 'Bilal', 'Imran', 'Asif', 'Waqas', 'Zeeshan', 'Adnan'],
    ['Ayesha', 'Sana', 'Hira', 'Maham', 'Zainab', 'Amna'],
    ['Khan', 'Butt', 'Malik', 'Chaudhry', 'Qureshi', 'Sheikh', 'Raza', 'Iqbal'],
  ],
  filipino: [
    ['Mark', 'John Paul', 'Jerome', 'Ryan', 'Christian', 'Joel', 'Rodel'],
    ['Maricel', 'Joy', 'Kristine', 'Jennifer', 'Rhea', 'Mary Grace', 'Lovely'],
    ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva'],
  ],
  british: [
    ['James', 'Tom', 'Oliver', 'Daniel', 'Matthew', 'Chris'],
    ['Emma', 'Sophie', 'Charlotte', 'Hannah', 'Lucy', 'Kate'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Hughes'],
  ],
};

/** E-mail providers by origin: Hotmail and Outlook are still everywhere in the Gulf. */
export const MAIL: Readonly<Record<Origin, Readonly<Record<string, number>>>> = {
  emirati: { 'gmail.com': 40, 'hotmail.com': 35, 'icloud.com': 15, 'outlook.com': 10 },
  saudi: { 'gmail.com': 45, 'hotmail.com': 35, 'icloud.com': 12, 'outlook.sa': 8 },
  qatari: { 'gmail.com': 40, 'hotmail.com': 35, 'icloud.com': 15, 'outlook.com': 10 },
  kuwaiti: { 'gmail.com': 40, 'hotmail.com': 38, 'icloud.com': 14, 'outlook.com': 8 },
  egyptian: { 'gmail.com': 70, 'yahoo.com': 16, 'hotmail.com': 14 },
  jordanian: { 'gmail.com': 60, 'hotmail.com': 25, 'yahoo.com': 15 },
  moroccan: { 'gmail.com': 70, 'hotmail.fr': 18, 'yahoo.fr': 12 },
  turkish: { 'gmail.com': 64, 'hotmail.com': 26, 'yandex.com': 6, 'outlook.com': 4 },
  lebanese: { 'gmail.com': 55, 'hotmail.com': 30, 'icloud.com': 15 },
  syrian: { 'gmail.com': 65, 'hotmail.com': 25, 'yahoo.com': 10 },
  indian: { 'gmail.com': 82, 'yahoo.co.in': 10, 'rediffmail.com': 3, 'outlook.com': 5 },
  pakistani: { 'gmail.com': 84, 'yahoo.com': 10, 'hotmail.com': 6 },
  filipino: { 'gmail.com': 78, 'yahoo.com': 16, 'icloud.com': 6 },
  british: { 'gmail.com': 45, 'hotmail.co.uk': 20, 'icloud.com': 20, 'outlook.com': 15 },
};

/** Names on cards from countries without a shopper origin here: North America and Western Europe. */
const ANGLO: readonly [readonly string[], readonly string[]] = [
  ['James', 'Jennifer', 'Michael', 'Sarah', 'David', 'Emily', 'Robert', 'Karen'],
  ['Johnson', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Clarke', 'Walker', 'Thompson'],
];

export const WESTERN: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  US: ANGLO,
  CA: ANGLO,
  DE: [
    ['Lukas', 'Anna', 'Jonas', 'Laura', 'Felix'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
  ],
  FR: [
    ['Thomas', 'Camille', 'Nicolas', 'Julie', 'Antoine'],
    ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent'],
  ],
  ES: [
    ['Javier', 'Lucía', 'Carlos', 'María', 'Pablo'],
    ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'],
  ],
};
