#!/usr/bin/env node
// Generates data/kb/regions-world.json: the first-level administrative regions (states, provinces,
// regions, prefectures, governorates, oblasts...) of every country, as GPE entities.
// Run by hand like scripts/import-countries.mjs, and commit its output:
//   node scripts/import-regions.mjs            (then `node scripts/build-kb.mjs` to check)
// Sources, all offline:
//   - iso-3166 (MIT, from Wikipedia's ISO 3166-2 tables): the codes and their parents; an entry whose
//     parent is the country itself is first-level. Its names are the local official ones ("Bayern").
//   - cldr-subdivisions-full (Unicode-3.0): the English names of the codes ("Bavaria").
//   - data/regions-zh.json (hand-made): Chinese (and Japanese, Korean) names by region id. CLDR has
//     subdivision names in zh for three regions only, so the table is ours; it holds only names
//     that mainland media use with certainty. It sits outside data/kb/ because the KB compiler
//     reads every file there as an entity file.
//   - the KB itself (data/kb/*.json except this output): regions already there by the same name and
//     country are skipped, and aliases that name another entity are dropped.
// Output is deterministic: entities sorted by id, 2-space JSON.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'regions-world.json';
const cldrEn = JSON.parse(readFileSync(require.resolve('cldr-subdivisions-full/subdivisions/en/en.json'), 'utf8')).subdivisions.localeDisplayNames.subdivisions;
const zhTable = JSON.parse(readFileSync(join(root, 'data/regions-zh.json'), 'utf8')).regions;

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ‘’`]/g, "'").replace(/[–—]/g, '-').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i');
const key = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// ---------------------------------------------------------------- which countries and codes
/** Countries left out: first level is municipalities, parishes or quarters (names of towns, no news value and many false hits), or the package's list is out of date. */
const SKIP_COUNTRIES = new Set([
  'AD', 'AG', 'AZ', 'BB', 'BQ', 'BS', 'CV', 'DM', 'EE', 'FM', 'GD', 'GL', 'IS', 'JM', 'KI', 'KN', 'LC', 'LI', 'LU', 'LV', 'MA', 'MC', 'ME', 'MH',
  'MK', 'MT', 'MV', 'NR', 'PW', 'SC', 'SH', 'SI', 'SM', 'TO', 'TT', 'TV', 'TW', 'UM', 'VC', 'WF', 'WS',
]);
/** Only these codes of a country (the rest of its first level in the package is of another kind or stale). */
const ONLY = {
  GB: ['ENG', 'SCT', 'WLS', 'NIR'],
  DK: ['81', '82', '83', '84', '85'],
  HU: ['BA', 'BE', 'BK', 'BZ', 'CS', 'FE', 'GS', 'HB', 'HE', 'JN', 'KE', 'NO', 'PE', 'SO', 'SZ', 'TO', 'VA', 'VE', 'ZA'],
  MD: ['GA'],
  RS: ['VO'],
  NO: ['03', '11', '15', '18', '34', '42', '46', '50'],
};
/** Codes left out: geographical units (not administrative), stale duplicates, units that are cities or countries elsewhere in the KB. */
const SKIP_CODES = new Set([
  'ID-JW', 'ID-KA', 'ID-ML', 'ID-NU', 'ID-PP', 'ID-SL', 'ID-SM', 'IR-00', 'IR-09', 'IQ-KR', 'CN-HK', 'CN-MO', 'CN-TW', 'FR-CP', 'FR-TF',
  'PK-TA', 'TH-S', 'GR-69', 'FI-01', 'NL-AW', 'NL-CW', 'NL-SX', 'NL-BQ1', 'NL-BQ2', 'NL-BQ3', 'FR-BL', 'FR-MF', 'FR-NC', 'FR-PF', 'FR-PM', 'FR-WF',
  'US-AS', 'US-GU', 'US-MP', 'US-PR', 'US-UM', 'US-VI', 'NO-21', 'NO-22', 'RW-01',
  // cities that are first-level units (the KB has them as cities; the unit is the same place)
  'AT-9', 'DE-BE', 'DE-HH', 'RU-MOW', 'RU-SPE', 'UA-30', 'UA-40', 'CN-BJ', 'CN-SH', 'CN-TJ', 'CN-CQ', 'KR-11', 'KR-26', 'KR-27', 'KR-28', 'KR-29',
  'KR-30', 'KR-31', 'JP-13', 'TH-10', 'VN-HN', 'VN-SG', 'VN-DN', 'VN-HP', 'VN-CT', 'AR-C', 'BE-BRU', 'CZ-10', 'RO-B', 'HU-BU', 'CD-KN', 'ET-AA', 'ET-DD',
  'IN-DL', 'IN-CH', 'MX-CMX', 'US-DC', 'BY-HM', 'KZ-71', 'KZ-75', 'KZ-79', 'KG-GB', 'KG-GO', 'UZ-TK', 'TJ-DU', 'TM-S', 'MN-1', 'PK-IS', 'MY-14',
  'MY-16', 'ID-JK', 'CO-DC', 'VE-A', 'PE-LMA', 'ML-BKO', 'NE-8', 'GN-C', 'CF-BGF', 'CG-BZV', 'GW-BS', 'BI-BM', 'AM-ER', 'GE-TB', 'BG-22', 'HR-21',
  'RS-00', 'KE-30', 'SG-01', 'KP-01', 'PH-00', 'SA-01', 'TZ-02', 'LA-VT', 'SN-DK', 'TD-ND', 'CI-AB', 'CI-YM', 'ZW-HA', 'ZW-BU', 'MZ-MPM', 'AO-LUA',
  'BW-FR', 'BW-GA', 'BW-JW', 'BW-LO', 'BW-SP', 'BW-ST', 'PY-ASU', 'PG-NCD', 'SO-BN', 'YE-SA', 'EG-C', 'JO-AM', 'LB-BA', 'SY-DI', 'IQ-BG', 'IR-07', 'AF-KAB',
  'OM-MA', 'KW-KU', 'QA-DA', 'BH-13', 'LY-TB', 'TN-11', 'DZ-16', 'CU-03', 'UY-MO', 'PA-8', 'GT-01', 'CR-SJ', 'HN-FM', 'SV-SS', 'NI-MN', 'BZ-BZ',
  'DJ-DJ', 'SR-PM', 'MG-T', 'KH-12', 'MM-18', 'MU-PL', 'TL-DI', 'BN-BM', 'GM-B', 'SL-W', 'PS-JEM', 'IL-JM',
]);

// ---------------------------------------------------------------- names
/** English names where CLDR's differ from news usage (or are not English). Value: name, or [name, ...aliases]. */
const NAME = {
  'IN-CG': 'Chhattisgarh', 'IN-TS': 'Telangana', 'IN-UK': ['Uttarakhand', 'Uttaranchal'], 'IN-DH': 'Dadra and Nagar Haveli and Daman and Diu', 'IN-OD': ['Odisha', 'Orissa'],
  'IR-02': 'West Azerbaijan', 'IR-16': 'Kurdistan Province', 'IR-30': ['Razavi Khorasan', 'Khorasan Razavi'],
  'FR-20R': ['Corsica', 'Corse'], 'FR-973': 'French Guiana', 'FR-974': 'Réunion', 'FR-IDF': 'Île-de-France', 'FR-GES': 'Grand Est', 'FR-NOR': ['Normandy', 'Normandie'],
  'FR-OCC': ['Occitania', 'Occitanie'], 'FR-PAC': ["Provence-Alpes-Côte d'Azur", 'PACA'], 'FR-PDL': 'Pays de la Loire', 'FR-BFC': ['Bourgogne-Franche-Comté', 'Burgundy-Franche-Comté'],
  'FR-BRE': ['Brittany', 'Bretagne'], 'FR-NAQ': 'Nouvelle-Aquitaine',
  'ES-MD': ['Community of Madrid', 'Madrid region'], 'ES-MC': ['Region of Murcia', 'Murcia region'], 'ES-NC': ['Navarre', 'Navarra'], 'ES-CT': ['Catalonia', 'Catalunya'],
  'ES-VC': ['Valencian Community', 'Valencia region'], 'ES-PV': ['Basque Country', 'Euskadi'],
  'IT-32': ['Trentino-Alto Adige', 'Trentino-South Tyrol'], 'IT-36': 'Friuli-Venezia Giulia', 'IT-23': ['Aosta Valley', "Valle d'Aosta"], 'IT-75': ['Apulia', 'Puglia'],
  'MX-MEX': ['State of Mexico', 'Mexico State', 'Edomex'], 'KR-41': ['Gyeonggi Province', 'Gyeonggi'], 'KR-42': ['Gangwon Province', 'Gangwon'], 'KR-49': ['Jeju Province', 'Jeju'],
  'PH-01': 'Ilocos Region', 'PH-05': 'Bicol Region', 'PH-11': 'Davao Region', 'PH-14': ['Bangsamoro', 'BARMM', 'Bangsamoro Autonomous Region in Muslim Mindanao', 'Autonomous Region in Muslim Mindanao'],
  'PH-15': 'Cordillera Administrative Region', 'PH-12': ['Soccsksargen', 'SOCCSKSARGEN'],
  'RU-AL': 'Altai Republic', 'RU-BU': 'Buryatia', 'RU-CE': 'Chechnya', 'RU-CU': 'Chuvashia', 'RU-KB': 'Kabardino-Balkaria', 'RU-KC': 'Karachay-Cherkessia',
  'RU-KO': 'Komi Republic', 'RU-KR': 'Republic of Karelia', 'RU-SA': ['Sakha Republic', 'Yakutia'], 'RU-SE': ['North Ossetia', 'North Ossetia-Alania'], 'RU-UD': 'Udmurtia',
  'RU-YEV': 'Jewish Autonomous Oblast', 'RU-CHU': 'Chukotka', 'RU-KHM': ['Khanty-Mansi Autonomous Okrug', 'Yugra'], 'RU-NEN': 'Nenets Autonomous Okrug',
  'RU-YAN': 'Yamalo-Nenets Autonomous Okrug', 'RU-MOS': 'Moscow Oblast', 'RU-TY': 'Tuva', 'RU-ME': 'Mari El',
  'UA-05': 'Vinnytsia Oblast', 'UA-07': 'Volyn Oblast', 'UA-09': 'Luhansk Oblast', 'UA-12': 'Dnipropetrovsk Oblast', 'UA-14': 'Donetsk Oblast', 'UA-18': 'Zhytomyr Oblast',
  'UA-21': 'Zakarpattia Oblast', 'UA-23': 'Zaporizhzhia Oblast', 'UA-26': 'Ivano-Frankivsk Oblast', 'UA-32': 'Kyiv Oblast', 'UA-35': 'Kirovohrad Oblast', 'UA-43': 'Crimea',
  'UA-46': 'Lviv Oblast', 'UA-48': 'Mykolaiv Oblast', 'UA-51': 'Odesa Oblast', 'UA-53': 'Poltava Oblast', 'UA-56': 'Rivne Oblast', 'UA-59': 'Sumy Oblast', 'UA-61': 'Ternopil Oblast',
  'UA-63': 'Kharkiv Oblast', 'UA-65': 'Kherson Oblast', 'UA-68': 'Khmelnytskyi Oblast', 'UA-71': 'Cherkasy Oblast', 'UA-74': 'Chernihiv Oblast', 'UA-77': 'Chernivtsi Oblast',
  'BY-BR': 'Brest Region', 'BY-HO': 'Gomel Region', 'BY-HR': 'Grodno Region', 'BY-MA': 'Mogilev Region', 'BY-MI': 'Minsk Region', 'BY-VI': 'Vitebsk Region',
  'KZ-10': 'Abai Region', 'KZ-11': 'Akmola Region', 'KZ-15': 'Aktobe Region', 'KZ-19': 'Almaty Region', 'KZ-23': 'Atyrau Region', 'KZ-27': 'West Kazakhstan Region',
  'KZ-31': 'Jambyl Region', 'KZ-33': 'Jetisu Region', 'KZ-35': 'Karaganda Region', 'KZ-39': 'Kostanay Region', 'KZ-43': 'Kyzylorda Region', 'KZ-47': 'Mangystau Region',
  'KZ-55': 'Pavlodar Region', 'KZ-59': 'North Kazakhstan Region', 'KZ-61': 'Turkistan Region', 'KZ-62': 'Ulytau Region', 'KZ-63': 'East Kazakhstan Region',
  'CZ-20': 'Central Bohemian Region', 'CZ-31': 'South Bohemian Region', 'CZ-32': 'Plzeň Region', 'CZ-41': 'Karlovy Vary Region', 'CZ-42': 'Ústí nad Labem Region',
  'CZ-51': 'Liberec Region', 'CZ-52': 'Hradec Králové Region', 'CZ-53': 'Pardubice Region', 'CZ-63': 'Vysočina Region', 'CZ-64': 'South Moravian Region',
  'CZ-71': 'Olomouc Region', 'CZ-72': 'Zlín Region', 'CZ-80': 'Moravian-Silesian Region',
  'NP-P1': ['Koshi Province', 'Koshi'], 'NP-P2': ['Madhesh Province', 'Madhesh'], 'NP-P3': ['Bagmati Province', 'Bagmati'], 'NP-P4': ['Gandaki Province', 'Gandaki'],
  'NP-P5': ['Lumbini Province', 'Lumbini'], 'NP-P6': ['Karnali Province', 'Karnali'], 'NP-P7': ['Sudurpashchim Province', 'Sudurpashchim'],
  'HU-VE': 'Veszprém County', 'HU-CS': 'Csongrád-Csanád', 'KE-29': "Murang'a", 'SO-BY': 'Bay', 'VN-26': 'Thừa Thiên Huế', 'VN-43': 'Bà Rịa-Vũng Tàu',
  'SA-02': ['Makkah Province', 'Mecca Province', 'Makkah Region'], 'SA-03': ['Medina Province', 'Al Madinah Province', 'Madinah Region'], 'SA-05': ['Al-Qassim', 'Qassim'],
  'SA-06': "Ha'il Province", 'IQ-SD': ['Saladin', 'Salahuddin', 'Salah al-Din'], 'IQ-NI': ['Nineveh', 'Ninawa'], 'IQ-QA': ['Al-Qadisiyyah', 'Qadisiyah'], 'IQ-AN': ['Anbar', 'Al Anbar'],
  'IQ-MU': ['Muthanna', 'Al Muthanna'], 'SY-RA': ['Raqqa', 'Ar-Raqqah'], 'SY-HA': ['Al-Hasakah', 'Hasakah'], 'SY-SU': ['Suwayda', 'As-Suwayda', 'Sweida'], 'SY-RD': ['Rif Dimashq', 'Damascus Countryside'],
  'EG-SHR': ['Sharqia', 'Al Sharqia'], 'EG-BA': 'Red Sea Governorate', 'EG-WAD': 'New Valley Governorate', 'EG-MT': ['Matrouh', 'Marsa Matruh Governorate'],
  'PK-JK': ['Azad Kashmir', 'Azad Jammu and Kashmir'], 'AF-WAR': ['Maidan Wardak', 'Wardak'], 'AF-URU': ['Uruzgan', 'Oruzgan'], 'AF-GHO': 'Ghor',
  'NZ-MBH': 'Marlborough', 'CN-NM': 'Inner Mongolia', 'ID-YO': 'Special Region of Yogyakarta', 'TR-34': 'Istanbul', 'TR-35': 'İzmir', 'MM-07': ['Ayeyarwady Region', 'Irrawaddy Region'], 'MM-06': 'Yangon Region', 'MM-04': 'Mandalay Region', 'MM-01': 'Sagaing Region',
  'MM-02': 'Bago Region', 'MM-03': 'Magway Region', 'MM-05': 'Tanintharyi Region', 'MM-11': 'Kachin State', 'MM-12': 'Kayah State', 'MM-13': ['Kayin State', 'Karen State'],
  'MM-14': 'Chin State', 'MM-15': 'Mon State', 'MM-16': 'Rakhine State', 'MM-17': 'Shan State', 'DK-84': 'Capital Region of Denmark', 'DK-85': ['Region Zealand', 'Zealand Region'],
  'DK-81': 'North Denmark Region', 'DK-82': 'Central Denmark Region', 'DK-83': 'Region of Southern Denmark', 'CL-RM': 'Santiago Metropolitan Region',
  'CL-LI': "O'Higgins Region", 'CL-MA': 'Magallanes Region', 'ET-SN': ['Southern Nations, Nationalities, and Peoples\' Region', 'SNNPR'], 'ET-SO': 'Somali Region',
  'LB-AS': 'North Governorate', 'LB-JA': 'South Governorate', 'LB-JL': 'Mount Lebanon', 'BE-VAN': 'Antwerp Province', 'BE-WLX': 'Luxembourg Province', 'BE-WLG': 'Liège Province',
  'BE-WNA': 'Namur Province', 'BE-VLI': 'Limburg Province', 'NL-LI': 'Limburg', 'GE-AJ': 'Adjara', 'TJ-GB': ['Gorno-Badakhshan', 'Gorno-Badakhshan Autonomous Region'],
  'TJ-RA': 'Districts of Republican Subordination', 'TZ-11': 'Zanzibar Central/South', 'UZ-QR': 'Karakalpakstan', 'UZ-TO': 'Tashkent Region', 'LA-VI': 'Vientiane Province',
  'YE-AD': 'Aden Governorate', 'YE-SU': ['Socotra Governorate', 'Socotra Archipelago'], 'YE-SN': "Sana'a Governorate", 'GH-AA': 'Greater Accra',
};
/** The kind of unit, by country, then by code where a country has several kinds. */
const TYPE = {
  US: 'State', CA: 'Province', AU: 'State', IN: 'State', CN: 'Province', JP: 'Prefecture', KR: 'Province', KP: 'Province', DE: 'State', AT: 'State', CH: 'Canton',
  FR: 'Region', IT: 'Region', ES: 'Autonomous community', GB: 'Country', BR: 'State', MX: 'State', AR: 'Province', CO: 'Department', PE: 'Region', VE: 'State',
  CL: 'Region', EC: 'Province', BO: 'Department', PY: 'Department', UY: 'Department', CU: 'Province', GT: 'Department', HN: 'Department', SV: 'Department',
  NI: 'Department', CR: 'Province', PA: 'Province', DO: 'Region', HT: 'Department', BZ: 'District', GY: 'Region', SR: 'District', ZA: 'Province', NG: 'State',
  KE: 'County', GH: 'Region', ET: 'Region', SO: 'Region', SD: 'State', SS: 'State', EG: 'Governorate', LY: 'District', TN: 'Governorate', DZ: 'Province',
  SA: 'Province', AE: 'Emirate', OM: 'Governorate', YE: 'Governorate', JO: 'Governorate', LB: 'Governorate', SY: 'Governorate', IQ: 'Governorate', IR: 'Province',
  AF: 'Province', PK: 'Province', BD: 'Division', NP: 'Province', LK: 'Province', MM: 'Region', TH: 'Province', VN: 'Province', KH: 'Province', LA: 'Province',
  MY: 'State', ID: 'Province', PH: 'Region', MN: 'Province', KZ: 'Region', UZ: 'Region', KG: 'Region', TJ: 'Region', TM: 'Region', RU: 'Federal subject',
  UA: 'Oblast', BY: 'Region', PL: 'Voivodeship', CZ: 'Region', SK: 'Region', HU: 'County', RO: 'County', BG: 'Province', GR: 'Region', HR: 'County',
  RS: 'Autonomous province', BA: 'Entity', AL: 'County', GE: 'Region', AM: 'Province', CY: 'District', PT: 'District', NL: 'Province', BE: 'Province',
  SE: 'County', NO: 'County', FI: 'Region', DK: 'Region', IE: 'Province', IL: 'District', PS: 'Governorate', CD: 'Province', CG: 'Department', CM: 'Region',
  CF: 'Prefecture', TD: 'Province', NE: 'Region', ML: 'Region', BF: 'Region', SN: 'Region', CI: 'District', GN: 'Region', SL: 'Province', LR: 'County',
  TG: 'Region', BJ: 'Department', GA: 'Province', GQ: 'Province', AO: 'Province', MZ: 'Province', ZM: 'Province', ZW: 'Province', MW: 'Region', TZ: 'Region',
  UG: 'Region', RW: 'Province', BI: 'Province', MG: 'Province', NA: 'Region', BW: 'District', LS: 'District', SZ: 'Region', ER: 'Region', DJ: 'Region',
  NZ: 'Region', PG: 'Province', FJ: 'Division', SB: 'Province', VU: 'Province', MD: 'Autonomous territorial unit', KW: 'Governorate', QA: 'Municipality',
  BH: 'Governorate', MR: 'Region', GM: 'Division', GW: 'Province', KM: 'Island', ST: 'District', MU: 'District', TL: 'Municipality', BN: 'District',
  BT: 'District', SG: 'Region', TR: 'Province', LT: 'County',
};
const TYPE_BY_CODE = {
  'CA-NT': 'Territory', 'CA-NU': 'Territory', 'CA-YT': 'Territory', 'AU-ACT': 'Territory', 'AU-NT': 'Territory',
  'IN-AN': 'Union territory', 'IN-DH': 'Union territory', 'IN-JK': 'Union territory', 'IN-LA': 'Union territory', 'IN-LD': 'Union territory', 'IN-PY': 'Union territory',
  'CN-GX': 'Autonomous region', 'CN-NM': 'Autonomous region', 'CN-NX': 'Autonomous region', 'CN-XJ': 'Autonomous region', 'CN-XZ': 'Autonomous region',
  'KR-49': 'Special self-governing province', 'KP-13': 'Special city', 'KP-14': 'Special city', 'KP-15': 'Special city',
  'FR-971': 'Overseas region', 'FR-972': 'Overseas region', 'FR-973': 'Overseas region', 'FR-974': 'Overseas region', 'FR-976': 'Overseas region',
  'ES-CE': 'Autonomous city', 'ES-ML': 'Autonomous city', 'GB-NIR': 'Part', 'BR-DF': 'Federal district', 'MX-CMX': 'Federal entity',
  'NG-FC': 'Federal territory', 'MY-15': 'Federal territory', 'ID-YO': 'Special region', 'ID-AC': 'Special region', 'PT-20': 'Autonomous region', 'PT-30': 'Autonomous region',
  'BE-VLG': 'Region', 'BE-WAL': 'Region', 'MM-11': 'State', 'MM-12': 'State', 'MM-13': 'State', 'MM-14': 'State', 'MM-15': 'State', 'MM-16': 'State', 'MM-17': 'State',
  'PK-GB': 'Administrative territory', 'PK-JK': 'Administrative territory', 'GE-AB': 'Autonomous republic', 'GE-AJ': 'Autonomous republic', 'UA-43': 'Autonomous republic',
  'UZ-QR': 'Autonomous republic', 'TJ-GB': 'Autonomous region', 'BA-BRC': 'District', 'IQ-KR': 'Region', 'CO-SAP': 'Department', 'KZ-71': 'City',
  'IE-C': 'Province', 'IT-32': 'Autonomous region', 'ET-AA': 'City',
};
/** Type words that news writes after the name ("Sindh Province", "Kano State"); a generic or clashing name takes it. */
const SUFFIXABLE = new Set(['Province', 'Prefecture', 'Governorate', 'Oblast', 'State', 'Region', 'County', 'Division', 'District', 'Department', 'Voivodeship']);
/** Names that are ordinary words on their own: they only name the region with the type word. */
const GENERIC = new Set(('north south east west central northern southern eastern western centre center capital coast coastal islands island lakes upper lower '
  + 'middle north-east north-west south-east south-west northeast northwest southeast southwest far greater outer inner littoral plateau plateaux delta rivers river '
  + 'red sea nile lake valley highlands mountains savanes sahel est ouest nord sud maritime centrale borders border insular federal district city kara mono pool '
  + 'niger gaza jerusalem mary bay oriental western area new').split(' '));
/** Countries whose local official names are also written in English news ("Bayern", "Lombardia"). */
const LOCAL_ALIAS = new Set(['DE', 'AT', 'CH', 'IT', 'ES', 'FR', 'BE', 'NL', 'PT', 'SE', 'NO', 'DK']);
/** Names that are common English words: they name the region only with the type word ("Van Province", "Meta Department"). */
const RISKY = new Set(('pest van batman gulf para unity cascades midlands volta manus mascara cuvette litoral cordillera tak kef fier bong uva vas alba mara '
  + 'savannah lagunes lacs sul oro gasa haa sila meru embu acre meta free nan lac').split(' '));
/** Regions whose name is also another entity's and stays bare all the same (the US state Georgia, the Australian state Victoria). */
const CLASH_OK = new Set(['US-GA', 'AU-VIC', 'MY-12', 'IN-JK']);
const isGeneric = (name) => key(name).split(' ').every((w) => GENERIC.has(w));
/** Suffixes that CLDR or the package add to a name, stripped to give the name news uses (kept as an alias). */
const STRIP = / (Province|Prefecture|Governorate|Region|Division|County|District|Oblast|State)$/;

// ---------------------------------------------------------------- the KB as it is
const kbDir = join(root, 'data/kb');
const kbEntities = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json') && f !== OUT).sort()) {
  const data = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  if (Array.isArray(data.entities)) kbEntities.push(...data.entities);
}
const countries = new Map(kbEntities.filter((e) => /^country:[A-Z]{2}$/.test(e.id)).map((e) => [e.id.slice(8), e]));
/** Folded surface form -> entities with it (name and aliases). */
const surface = new Map();
for (const e of kbEntities) {
  for (const s of [e.name, ...(e.aliases ?? [])]) {
    const k = key(s);
    if (!surface.has(k)) surface.set(k, []);
    surface.get(k).push(e);
  }
}
const clashes = (name, cc, pred = () => true) => (surface.get(key(name)) ?? []).filter((e) => (e.country === `country:${cc}` || e.id === `country:${cc}`) && pred(e));
const countryNames = new Set([...countries.values()].flatMap((e) => [e.name, ...(e.aliases ?? [])].map(key)));

const THE = new Set(['US', 'GB', 'PH', 'NL', 'CD', 'CG', 'CF', 'DO', 'CZ', 'GM', 'BS', 'AE', 'MV', 'MH', 'SB', 'KM', 'SC']);
const countryPhrase = (cc) => `${THE.has(cc) ? 'the ' : ''}${countries.get(cc).name}`;

// ---------------------------------------------------------------- build
const entities = [];
const skipped = { existing: [], countryName: [], city: [], noName: [] };
for (const s of iso31662) {
  const cc = s.code.slice(0, 2);
  const sub = s.code.slice(3);
  if (s.parent !== cc || SKIP_COUNTRIES.has(cc) || SKIP_CODES.has(s.code) || !countries.has(cc)) continue;
  if (ONLY[cc] && !ONLY[cc].includes(sub)) continue;
  const fixed = NAME[s.code];
  const fixedNames = fixed === undefined ? [] : Array.isArray(fixed) ? fixed : [fixed];
  const cldr = cldrEn[s.code.toLowerCase().replace('-', '')]?.replace(/[²³¹]/g, '').trim();
  let name = fixedNames[0] ?? cldr;
  if (!name) {
    skipped.noName.push(s.code);
    continue;
  }
  const type = TYPE_BY_CODE[s.code] ?? TYPE[cc] ?? 'Administrative region';
  const aliases = [...fixedNames.slice(1)];
  const typed = (n) => (n.endsWith(` ${type}`) || !SUFFIXABLE.has(type) ? n : `${n} ${type}`);
  // "Gauteng Province" -> "Gauteng" (alias "Gauteng Province"), unless the bare name is generic.
  const m = STRIP.exec(name);
  if (m && m[1] === type && !fixed && !isGeneric(name.slice(0, m.index))) {
    aliases.push(name);
    name = name.slice(0, m.index);
  }
  if (isGeneric(name) || RISKY.has(key(name))) name = typed(name);
  // Already in the KB (regions.json, or a city that is the same place): skip.
  if (cc === 'RU' && !/ (Oblast|Krai|Okrug|Republic)$|^Republic/.test(name) && !fixed) {
    // CLDR gives oblasts bare ("Belgorod"): the KB names them as news does.
    aliases.push(`${name} region`, `${name} Region`);
    name = `${name} Oblast`;
  }
  const place = (e) => !e.id.startsWith('city:') && (e.type === 'GPE' || e.type === 'LOC');
  if (clashes(name, cc, place).length || clashes(typed(name), cc, place).length) {
    skipped.existing.push(`${s.code} ${name}`);
    continue;
  }
  if (key(name) === key(countries.get(cc).name)) {
    skipped.countryName.push(`${s.code} ${name}`);
    continue;
  }
  // Shares its name with a city of the country (Kano, Adana): the region is "Kano State".
  if (clashes(name, cc).length || countryNames.has(key(name)) && cc !== 'US') {
    if (type === 'Canton') {
      aliases.unshift(name);
      name = `Canton of ${name}`;
    } else if (!SUFFIXABLE.has(type)) {
      skipped.city.push(`${s.code} ${name}`);
      continue;
    } else {
      aliases.unshift(name);
      name = typed(name);
    }
  } else if (SUFFIXABLE.has(type) && !name.endsWith(` ${type}`) && !['US', 'DE', 'AT', 'AU', 'BR', 'MX', 'IN', 'MY', 'VE', 'GB', 'FR', 'IT', 'ES', 'CA', 'CN', 'PL', 'PH'].includes(cc) && s.code !== 'JP-01') {
    aliases.push(typed(name));
  }
  // Names another entity of the KB (Meta, Sucre, Blue Nile): the region takes its type word, or is left out.
  if (!CLASH_OK.has(s.code) && (surface.get(key(name)) ?? []).length) {
    if (SUFFIXABLE.has(type) && !(surface.get(key(typed(name))) ?? []).length && typed(name) !== name) {
      aliases.unshift(name);
      name = typed(name);
    } else {
      skipped.city.push(`${s.code} ${name}`);
      continue;
    }
  }
  if (cc === 'NG' && type === 'State' && !name.endsWith(' State')) {
    // Nigerian news writes "Kano State", "Borno State".
    aliases.unshift(name);
    name = `${name} State`;
  }
  if (cc === 'CN' && !name.endsWith(type) && type === 'Province') aliases.push(`${name} Province`);
  if ((cc === 'UA' || cc === 'RU' || cc === 'BY' || cc === 'KZ') && / (Oblast|Region)$/.test(name)) {
    const bare = name.replace(/ (Oblast|Region)$/, '');
    aliases.push(`${bare} Oblast`, `${bare} region`, `${bare} Region`);
  }
  // The package's local official name ("Bayern", "Lombardia") where it is a plain Latin spelling.
  const local = s.name.replace(/\s*\(.*\)$/, '');
  if (LOCAL_ALIAS.has(cc) && !/[ʻʼ‘’ʿʾ\u0300-\u036f\u0304\u0323\u0327]|ā|ī|ū|ḩ|ẕ|z̧/.test(local.normalize('NFC')) && /^[\p{Script=Latin}\s'’.,-]+$/u.test(local) && !/, /.test(local) && !isGeneric(local)) aliases.push(local);
  // Japanese prefectures: English news writes no macrons ("Osaka", "Hokkaido").
  if (cc === 'JP' && fold(name) !== name) {
    aliases.push(name);
    name = fold(name);
  }
  // ASCII-folded spellings.
  for (const a of [name, ...aliases]) if (fold(a) !== a) aliases.push(fold(a));
  // Keep aliases that name nothing else in the KB, and none equal to the name.
  const seen = new Set([name]);
  const kept = [];
  for (const a of aliases) {
    const k = key(a);
    if (!a.trim() || seen.has(a) || isGeneric(a)) continue;
    seen.add(a);
    if ((surface.get(k) ?? []).length) continue;
    if (countryNames.has(k)) continue;
    kept.push(a);
  }
  const id = `region:${s.code.toLowerCase()}`;
  const e = { id, type: 'GPE', name, aliases: kept };
  const extra = zhTable[id];
  if (extra) {
    const names = typeof extra === 'string' ? { zh: extra.split('|') } : Object.fromEntries(Object.entries(extra).map(([l, v]) => [l, v.split('|')]));
    e.names = names;
  }
  const typeLabel = type === 'Part' ? 'Constituent part' : type === 'Country' ? 'Constituent country' : type;
  e.description = `${typeLabel} of ${countryPhrase(cc)}`;
  e.country = `country:${cc}`;
  if (!e.aliases.length) delete e.aliases;
  entities.push(e);
}
// One entity per name and country: a later duplicate (a stale code) is dropped.
const byNameCountry = new Set();
const out = entities
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .filter((e) => {
    const k = `${e.country} ${key(e.name)}`;
    if (byNameCountry.has(k)) return false;
    byNameCountry.add(k);
    return true;
  });
const unknownZh = Object.keys(zhTable).filter((id) => !out.some((e) => e.id === id));
writeFileSync(join(kbDir, OUT), JSON.stringify({ entities: out }, null, 2) + '\n');
const withZh = out.filter((e) => e.names?.zh).length;
console.log(`regions: ${out.length} (${withZh} with zh names) in ${new Set(out.map((e) => e.country)).size} countries; skipped ${skipped.existing.length} already in the KB, ${skipped.city.length} cities, ${skipped.countryName.length} named as their country, ${skipped.noName.length} without an English name`);
if (unknownZh.length) console.log(`data/regions-zh.json ids not generated (left out): ${unknownZh.join(', ')}`);
if (process.argv.includes('--verbose')) for (const [k, v] of Object.entries(skipped)) console.log(`  ${k}: ${v.join('; ')}`);
