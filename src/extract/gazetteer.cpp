// gazetteer.cpp: the word lists behind gazetteer.h, built once into one hash map on first use.
// Keys are lowercase ASCII; multi-word keys are joined by one space. Accented names are listed folded.
#include "extract/gazetteer.h"

#include "extract/doc.h"

#include "core/bytes.h"

#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace ae::extract {
namespace {

struct Pair {
  const char* key;
  const char* value;
};

// Country -> canonical name. Aliases map to the same canonical name.
constexpr Pair kCountries[] = {
    {"united states", "United States"}, {"united states of america", "United States"}, {"u.s.", "United States"},
    {"us", "United States"}, {"usa", "United States"}, {"u.s.a.", "United States"}, {"america", "United States"},
    {"kazakhstan", "Kazakhstan"}, {"uzbekistan", "Uzbekistan"}, {"kyrgyzstan", "Kyrgyzstan"},
    {"kyrgyz republic", "Kyrgyzstan"}, {"tajikistan", "Tajikistan"}, {"turkmenistan", "Turkmenistan"},
    {"afghanistan", "Afghanistan"}, {"pakistan", "Pakistan"}, {"india", "India"}, {"china", "China"},
    {"people's republic of china", "China"}, {"prc", "China"}, {"russia", "Russia"},
    {"russian federation", "Russia"}, {"ukraine", "Ukraine"}, {"belarus", "Belarus"}, {"georgia", "Georgia"},
    {"armenia", "Armenia"}, {"azerbaijan", "Azerbaijan"}, {"turkey", "Turkey"}, {"turkiye", "Turkey"}, {"türkiye", "Turkey"},
    {"iran", "Iran"}, {"iraq", "Iraq"}, {"syria", "Syria"}, {"israel", "Israel"}, {"jordan", "Jordan"},
    {"lebanon", "Lebanon"}, {"egypt", "Egypt"}, {"saudi arabia", "Saudi Arabia"}, {"qatar", "Qatar"},
    {"kuwait", "Kuwait"}, {"bahrain", "Bahrain"}, {"oman", "Oman"}, {"yemen", "Yemen"},
    {"united arab emirates", "United Arab Emirates"}, {"uae", "United Arab Emirates"},
    {"united kingdom", "United Kingdom"}, {"uk", "United Kingdom"}, {"u.k.", "United Kingdom"},
    {"britain", "United Kingdom"}, {"great britain", "United Kingdom"}, {"england", "United Kingdom"},
    {"ireland", "Ireland"}, {"france", "France"}, {"germany", "Germany"}, {"italy", "Italy"}, {"spain", "Spain"},
    {"portugal", "Portugal"}, {"netherlands", "Netherlands"}, {"belgium", "Belgium"}, {"luxembourg", "Luxembourg"},
    {"switzerland", "Switzerland"}, {"austria", "Austria"}, {"poland", "Poland"}, {"czech republic", "Czech Republic"},
    {"czechia", "Czech Republic"}, {"slovakia", "Slovakia"}, {"hungary", "Hungary"}, {"romania", "Romania"},
    {"bulgaria", "Bulgaria"}, {"greece", "Greece"}, {"serbia", "Serbia"}, {"croatia", "Croatia"},
    {"slovenia", "Slovenia"}, {"moldova", "Moldova"}, {"lithuania", "Lithuania"}, {"latvia", "Latvia"},
    {"estonia", "Estonia"}, {"finland", "Finland"}, {"sweden", "Sweden"}, {"norway", "Norway"},
    {"denmark", "Denmark"}, {"iceland", "Iceland"}, {"canada", "Canada"}, {"mexico", "Mexico"},
    {"brazil", "Brazil"}, {"argentina", "Argentina"}, {"chile", "Chile"}, {"colombia", "Colombia"},
    {"peru", "Peru"}, {"venezuela", "Venezuela"}, {"cuba", "Cuba"}, {"japan", "Japan"},
    {"south korea", "South Korea"}, {"republic of korea", "South Korea"}, {"korea", "South Korea"},
    {"north korea", "North Korea"}, {"mongolia", "Mongolia"}, {"vietnam", "Vietnam"}, {"thailand", "Thailand"},
    {"malaysia", "Malaysia"}, {"singapore", "Singapore"}, {"indonesia", "Indonesia"},
    {"philippines", "Philippines"}, {"bangladesh", "Bangladesh"}, {"sri lanka", "Sri Lanka"}, {"nepal", "Nepal"},
    {"australia", "Australia"}, {"new zealand", "New Zealand"}, {"south africa", "South Africa"},
    {"nigeria", "Nigeria"}, {"kenya", "Kenya"}, {"ethiopia", "Ethiopia"}, {"morocco", "Morocco"},
    {"algeria", "Algeria"}, {"tunisia", "Tunisia"}, {"libya", "Libya"}, {"taiwan", "Taiwan"},
    {"european union", "European Union"}, {"eu", "European Union"}, {"e.u.", "European Union"},
    // The rest of the world's states, so a report about any two of them finds its sides and people's
    // affiliations. Left out: names that are also common first names or words ("Chad", "Jersey"), and
    // phrases that start with a common word ("the Gambia", "East Timor", "Central African Republic"): every
    // such word would cost a multi-word look-up wherever it appears (see match_gaz).
    {"maldives", "Maldives"}, {"myanmar", "Myanmar"}, {"burma", "Myanmar"}, {"cambodia", "Cambodia"},
    {"laos", "Laos"}, {"brunei", "Brunei"}, {"brunei darussalam", "Brunei"}, {"bhutan", "Bhutan"},
    {"timor-leste", "Timor-Leste"}, {"papua new guinea", "Papua New Guinea"},
    {"fiji", "Fiji"}, {"samoa", "Samoa"}, {"tonga", "Tonga"}, {"vanuatu", "Vanuatu"}, {"palau", "Palau"},
    {"solomon islands", "Solomon Islands"}, {"marshall islands", "Marshall Islands"}, {"kiribati", "Kiribati"},
    {"micronesia", "Micronesia"}, {"nauru", "Nauru"}, {"tuvalu", "Tuvalu"},
    {"sierra leone", "Sierra Leone"}, {"liberia", "Liberia"}, {"ghana", "Ghana"}, {"senegal", "Senegal"},
    {"mali", "Mali"}, {"niger", "Niger"}, {"burkina faso", "Burkina Faso"}, {"guinea", "Guinea"},
    {"guinea-bissau", "Guinea-Bissau"}, {"gambia", "Gambia"}, {"togo", "Togo"},
    {"benin", "Benin"}, {"cameroon", "Cameroon"}, {"gabon", "Gabon"}, {"equatorial guinea", "Equatorial Guinea"},
    {"ivory coast", "Ivory Coast"}, {"mauritania", "Mauritania"},
    {"cape verde", "Cape Verde"}, {"cabo verde", "Cape Verde"}, {"sudan", "Sudan"}, {"south sudan", "South Sudan"},
    {"eritrea", "Eritrea"}, {"djibouti", "Djibouti"}, {"somalia", "Somalia"}, {"uganda", "Uganda"},
    {"tanzania", "Tanzania"}, {"rwanda", "Rwanda"}, {"burundi", "Burundi"}, {"congo", "Congo"},
    {"drc", "Democratic Republic of the Congo"}, {"angola", "Angola"}, {"zambia", "Zambia"},
    {"zimbabwe", "Zimbabwe"}, {"malawi", "Malawi"}, {"mozambique", "Mozambique"}, {"namibia", "Namibia"},
    {"botswana", "Botswana"}, {"lesotho", "Lesotho"}, {"eswatini", "Eswatini"}, {"swaziland", "Eswatini"},
    {"madagascar", "Madagascar"}, {"mauritius", "Mauritius"}, {"seychelles", "Seychelles"}, {"comoros", "Comoros"},
    {"ecuador", "Ecuador"}, {"bolivia", "Bolivia"}, {"paraguay", "Paraguay"}, {"uruguay", "Uruguay"},
    {"guyana", "Guyana"}, {"suriname", "Suriname"}, {"panama", "Panama"}, {"costa rica", "Costa Rica"},
    {"nicaragua", "Nicaragua"}, {"honduras", "Honduras"}, {"el salvador", "El Salvador"},
    {"guatemala", "Guatemala"}, {"belize", "Belize"}, {"dominican republic", "Dominican Republic"},
    {"haiti", "Haiti"}, {"jamaica", "Jamaica"}, {"trinidad and tobago", "Trinidad and Tobago"},
    {"barbados", "Barbados"}, {"bahamas", "Bahamas"}, {"cyprus", "Cyprus"}, {"malta", "Malta"},
    {"albania", "Albania"}, {"bosnia and herzegovina", "Bosnia and Herzegovina"}, {"bosnia", "Bosnia and Herzegovina"},
    {"north macedonia", "North Macedonia"}, {"macedonia", "North Macedonia"}, {"montenegro", "Montenegro"},
    {"kosovo", "Kosovo"}, {"andorra", "Andorra"}, {"monaco", "Monaco"}, {"liechtenstein", "Liechtenstein"},
    {"san marino", "San Marino"}, {"palestine", "Palestine"},
};

// Demonym (adjective) -> country.
constexpr Pair kDemonyms[] = {
    {"american", "United States"}, {"kazakh", "Kazakhstan"}, {"kazakhstani", "Kazakhstan"},
    {"uzbek", "Uzbekistan"}, {"kyrgyz", "Kyrgyzstan"}, {"tajik", "Tajikistan"}, {"turkmen", "Turkmenistan"},
    {"afghan", "Afghanistan"}, {"pakistani", "Pakistan"}, {"indian", "India"}, {"chinese", "China"},
    {"russian", "Russia"}, {"ukrainian", "Ukraine"}, {"belarusian", "Belarus"}, {"georgian", "Georgia"},
    {"armenian", "Armenia"}, {"azerbaijani", "Azerbaijan"}, {"turkish", "Turkey"}, {"iranian", "Iran"},
    {"iraqi", "Iraq"}, {"syrian", "Syria"}, {"israeli", "Israel"}, {"jordanian", "Jordan"},
    {"lebanese", "Lebanon"}, {"egyptian", "Egypt"}, {"saudi", "Saudi Arabia"}, {"qatari", "Qatar"},
    {"kuwaiti", "Kuwait"}, {"emirati", "United Arab Emirates"}, {"british", "United Kingdom"},
    {"irish", "Ireland"}, {"french", "France"}, {"german", "Germany"}, {"italian", "Italy"}, {"spanish", "Spain"},
    {"portuguese", "Portugal"}, {"dutch", "Netherlands"}, {"belgian", "Belgium"}, {"swiss", "Switzerland"},
    {"austrian", "Austria"}, {"polish", "Poland"}, {"czech", "Czech Republic"}, {"slovak", "Slovakia"},
    {"hungarian", "Hungary"}, {"romanian", "Romania"}, {"bulgarian", "Bulgaria"}, {"greek", "Greece"},
    {"serbian", "Serbia"}, {"croatian", "Croatia"}, {"lithuanian", "Lithuania"}, {"latvian", "Latvia"},
    {"estonian", "Estonia"}, {"finnish", "Finland"}, {"swedish", "Sweden"}, {"norwegian", "Norway"},
    {"danish", "Denmark"}, {"canadian", "Canada"}, {"mexican", "Mexico"}, {"brazilian", "Brazil"},
    {"argentine", "Argentina"}, {"japanese", "Japan"}, {"korean", "South Korea"},
    {"south korean", "South Korea"}, {"north korean", "North Korea"}, {"mongolian", "Mongolia"},
    {"vietnamese", "Vietnam"}, {"thai", "Thailand"}, {"malaysian", "Malaysia"}, {"singaporean", "Singapore"},
    {"indonesian", "Indonesia"}, {"filipino", "Philippines"}, {"australian", "Australia"},
    {"south african", "South Africa"}, {"nigerian", "Nigeria"}, {"moroccan", "Morocco"}, {"european", "European Union"},
    {"chilean", "Chile"}, {"peruvian", "Peru"}, {"colombian", "Colombia"}, {"venezuelan", "Venezuela"},
    {"cuban", "Cuba"}, {"ecuadorian", "Ecuador"}, {"bolivian", "Bolivia"}, {"paraguayan", "Paraguay"},
    {"uruguayan", "Uruguay"}, {"panamanian", "Panama"}, {"costa rican", "Costa Rica"}, {"guatemalan", "Guatemala"},
    {"honduran", "Honduras"}, {"nicaraguan", "Nicaragua"}, {"salvadoran", "El Salvador"}, {"haitian", "Haiti"},
    {"jamaican", "Jamaica"}, {"dominican", "Dominican Republic"}, {"kenyan", "Kenya"}, {"ethiopian", "Ethiopia"},
    {"algerian", "Algeria"}, {"tunisian", "Tunisia"}, {"libyan", "Libya"}, {"sudanese", "Sudan"},
    {"ghanaian", "Ghana"}, {"senegalese", "Senegal"}, {"malian", "Mali"}, {"cameroonian", "Cameroon"},
    {"ivorian", "Ivory Coast"}, {"ugandan", "Uganda"}, {"tanzanian", "Tanzania"}, {"rwandan", "Rwanda"},
    {"congolese", "Congo"}, {"angolan", "Angola"}, {"zambian", "Zambia"}, {"zimbabwean", "Zimbabwe"},
    {"mozambican", "Mozambique"}, {"namibian", "Namibia"}, {"somali", "Somalia"}, {"eritrean", "Eritrea"},
    {"sierra leonean", "Sierra Leone"}, {"liberian", "Liberia"}, {"malagasy", "Madagascar"},
    {"mauritian", "Mauritius"}, {"taiwanese", "Taiwan"}, {"nepalese", "Nepal"}, {"nepali", "Nepal"},
    {"sri lankan", "Sri Lanka"}, {"bangladeshi", "Bangladesh"}, {"maldivian", "Maldives"}, {"burmese", "Myanmar"},
    {"cambodian", "Cambodia"}, {"laotian", "Laos"}, {"lao", "Laos"}, {"bruneian", "Brunei"}, {"bhutanese", "Bhutan"},
    {"fijian", "Fiji"}, {"marshallese", "Marshall Islands"}, {"omani", "Oman"}, {"bahraini", "Bahrain"},
    {"yemeni", "Yemen"}, {"palestinian", "Palestine"}, {"cypriot", "Cyprus"}, {"maltese", "Malta"},
    {"albanian", "Albania"}, {"bosnian", "Bosnia and Herzegovina"}, {"macedonian", "North Macedonia"},
    {"montenegrin", "Montenegro"}, {"kosovan", "Kosovo"}, {"slovenian", "Slovenia"}, {"moldovan", "Moldova"},
    {"icelandic", "Iceland"}, {"luxembourgish", "Luxembourg"},
};

// Heads of job titles (may end a title: "Foreign Minister", "Secretary of State").
constexpr const char* kTitles[] = {
    "president", "minister", "member", "secretary", "ambassador", "chairman", "chairwoman", "chair", "chairperson",
    "director", "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "chancellor",
    "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "commissioner", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "adviser", "advisor", "officer", "ceo", "cfo", "coo", "cto", "head",
    "founder", "co-founder", "premier", "speaker", "general", "admiral", "colonel", "pope", "patriarch",
    "manager", "executive", "chief", "leader", "akim", "consul", "attache", "counsellor", "counselor",
    "vice-president", "vice-chairman", "deputy", "undersecretary", "under-secretary", "mufti", "rector",
    "professor", "analyst", "economist", "expert", "journalist", "correspondent", "editor", "partner",
    "owner", "diplomat", "official", "lawmaker", "deputies", "ombudsman", "prosecutor", "judge",
    "boss", "backbencher", "mp", "msp", "mep", "peer", "solicitor", "lawyer", "barrister", "attorney",
    "campaigner", "activist", "researcher", "scientist", "strategist", "trader", "broker", "banker",
    "consultant", "lecturer", "author", "historian", "reviewer", "registrar", "inspector", "auditor",
    "treasurer", "whip", "candidate", "player", "coach", "captain", "striker", "goalkeeper", "champion",
    "actor", "actress", "singer", "writer", "novelist", "presenter", "photographer", "reporter", "magnate",
    "tycoon", "entrepreneur", "investor", "financier", "founder", "spokesman", "secretary-general",
    "director-general", "sheikha", "emperor", "shah", "vice-chancellor", "md", "cio", "president-elect",
    "premier", "monarch", "mayor", "councillor", "councilor", "assemblyman", "legislator", "senator",
    "commander", "counterpart", "frontbencher", "lord", "farmer", "doctor", "nurse", "teacher", "surgeon",
    "pilot", "engineer", "architect", "priest", "bishop", "archbishop", "cleric", "imam", "rabbi", "pensioner",
    "businessman", "businesswoman", "chef", "designer", "artist", "musician", "composer", "filmmaker", "poet",
    "playwright", "comedian", "historian", "philosopher", "academic", "lecturer", "headteacher", "headmaster",
    "coroner", "magistrate", "detective", "constable", "superintendent", "inspector", "host",
    "pm",  // "Cuban PM Manuel Marrero" (capitals only: people.cpp role_word)
};

// Words that may precede a title head ("Foreign Minister", "First Deputy Prime Minister").
constexpr const char* kTitleMods[] = {
    "foreign", "prime", "deputy", "country", "vice", "first", "trade", "defence", "defense", "energy", "finance",
    "economy", "economic", "agriculture", "health", "interior", "justice", "education", "executive", "acting",
    "senior", "special", "assistant", "chief", "permanent", "general", "press", "commerce", "labour", "labor",
    "culture", "industry", "investment", "digital", "national", "security", "presidential", "grand", "supreme",
    "crown", "state", "attorney", "managing", "regional", "ecology", "transport", "information", "emergency",
    "agricultural", "environment", "environmental", "sports", "tourism", "former", "incoming", "outgoing",
    "interim", "honorary", "honourary", "associate", "founding", "principal", "lead", "political", "top",
    "secretary", "minister", "cabinet", "parliamentary", "senate", "house", "majority", "minority", "science",
    "innovation", "integration", "development", "infrastructure", "communications", "treasury", "u.n.", "un",
    "home", "shadow", "junior", "law", "retail", "federal", "additional", "organizing", "organising", "fund", "chief", "finance", "non-executive", "group",
    "independent", "joint", "co", "executive", "operating", "financial", "technology", "marketing",
    "sales", "research", "investment", "policy", "market", "equity", "property", "city", "europe", "european",
    "constitutional", "environment", "culture", "media", "sport", "work", "pensions", "northern", "scottish",
    "welsh", "local", "transport", "party", "opposition", "government", "health", "education", "defence",
    // "Euro MP" ("High" is handled in people.cpp: it is a family name too, "Colin High").
    "euro",
};

// Words of the "of ..." part of a title: "Secretary of State", "Minister of Foreign Affairs".
constexpr const char* kDepts[] = {
    "tax", "taxation", "research", "sales", "marketing", "strategy", "compliance", "risk",  // company departments
    "state", "commerce", "defense", "defence", "foreign", "affairs", "trade", "energy", "agriculture", "the",
    "treasury", "health", "interior", "justice", "education", "national", "economy", "industry", "and",
    "infrastructure", "development", "integration", "finance", "finances", "labour", "labor", "social",
    "protection", "population", "culture", "sports", "information", "digital", "ecology", "natural",
    "resources", "emergency", "situations", "transport", "communications", "homeland", "security", "internal",
    "investment", "investments", "science", "higher", "innovation", "aerospace", "staff", "board", "directors",
    "public", "environment", "geology", "mining", "oil", "gas", "strategic", "planning", "reforms", "tourism",
    "healthcare", "digitalisation", "digitalization", "water", "irrigation", "army", "navy", "joint", "chiefs",
    "veterans", "housing", "urban", "labour", "youth", "policy", "relations", "international", "economic",
    "water", "regional", "broadcasting", "law", "land", "management", "geodesy", "property", "religious",
    "endowments", "islamic", "food", "fisheries", "forestry", "climate", "change", "employment", "pensions",
    "work", "media", "sport", "arts", "heritage", "local", "government", "communities", "aviation", "civil",
    "telecommunications", "technology", "technologies", "press", "women", "family", "children", "overseas",
    "commonwealth", "european", "cooperation", "privatization", "privatisation", "religion", "defense",
    "entrepreneurship", "small", "business", "enterprise", "competition", "consumer", "rural", "fuel",
    "petroleum", "power", "electricity", "statistics", "legal", "parliamentary", "territorial", "planning",
    "sciences", "research", "trade", "industries", "commerce", "tourism", "ict", "post", "mines", "lands",
    "exchequer", "african", "expatriates", "diaspora", "nationals", "abroad", "negotiations", "programmes",
    "programs", "operations", "leasing", "asset", "assets", "engineering", "manufacturing", "procurement",
    "purchasing", "logistics", "safety", "quality", "human", "customer", "customers", "services", "product",
    "products", "communication", "accounting", "audit", "treasury", "corporate", "affairs",
};

// Organisation words: a capitalised run containing one is an organisation, not a person.
constexpr const char* kOrgs[] = {
    "foods", "food", "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "group", "bank",
    "department", "ministry", "agency", "council", "assembly", "nations", "union", "organization",
    "organisation", "centre", "center", "fund", "institute", "university", "times", "post", "news", "house",
    "party", "committee", "commission", "forum", "association", "airlines", "airways", "holding", "holdings",
    "partners", "capital", "exchange", "office", "service", "services", "authority", "court", "parliament",
    "senate", "congress", "mission", "embassy", "academy", "foundation", "society", "media", "motors",
    "technologies", "technology", "systems", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "jsc", "llp",
    "industries", "international", "global", "energy", "oil", "gas", "petroleum", "mobil", "group's",
    "administration", "government", "cabinet", "majilis", "mazhilis", "bureau", "board", "network", "press",
    "agency's", "journal", "herald", "gazette", "tribune", "telegraph", "reuters", "television", "radio",
    "club", "school", "college", "hospital", "laboratory", "laboratories", "pharmaceuticals", "electric",
    "railways", "railway", "airport", "port", "fc", "summit", "conference", "initiative", "program",
    "programme", "project", "corps", "forces", "force", "army", "navy", "police", "guard", "alliance",
    "federation", "league", "secretariat", "directorate", "chamber", "trust", "investments", "ventures",
    "solutions", "enterprises", "consortium", "cooperation", "operation", "strategy", "prize", "award",
    "games", "cup", "championship", "expo", "day", "week", "act", "law", "treaty", "agreement", "accord",
    "declaration", "road", "belt", "times'", "twitter", "facebook", "instagram", "telegram", "youtube",
    "tiktok", "partnership", "republic", "confederation", "cooperative", "syndicate",
    "deutsche", "banco", "grupo", "royal",  // "Deutsche Boerse", "Banco Santander", "Royal Mail": never a person's
    "museum", "gallery", "library", "memorial", "stadium",  // institutions and places named after people
    "mandir", "mosque", "cathedral", "shrine",  // not "church", "temple": surnames too
};

// Head nouns of organisations' names: a capitalised run holding one names an organisation ("Bank of
// England", "Ministry of Foreign Affairs", "Labour Party", "Singapore Airlines"). Stricter than kOrgs, which
// also lists things that are merely not people ("Cup", "Treaty", "Day").
constexpr const char* kOrgHeads[] = {
    "bank", "banks", "ministry", "ministries", "department", "agency", "council", "assembly", "nations",
    "union", "organization", "organisation", "institute", "university", "party", "committee", "commission",
    "association", "airlines", "airways", "airline", "air", "dockyard", "shipyard", "shipyards", "shipbuilding",
    "holding", "holdings", "authority", "court", "parliament",
    "senate", "congress", "embassy", "academy", "foundation", "society", "motors", "technologies", "systems",
    "industries", "petroleum", "administration", "government", "bureau", "board", "secretariat",
    "directorate", "chamber", "federation", "league", "consortium", "corporation", "company", "group",
    "fund", "exchange", "services", "communications", "telecom", "telecommunications", "pharmaceuticals",
    "laboratories", "entertainment", "studios", "records", "brewery", "breweries", "insurance", "securities",
    "investments", "ventures", "enterprises", "partners", "capital", "management", "associates", "stores",
    "electronics", "airport", "railways", "railway", "police", "forces", "army", "navy", "office", "service",
    "trust", "network", "media", "news", "times", "post", "journal", "herald", "gazette", "tribune",
    "telegraph", "press", "television", "radio", "club", "school", "college", "hospital", "prison", "centre",
    "center", "cabinet", "mission", "alliance", "reserve", "energy", "oil", "gas", "steel", "mining",
    "aviation", "aerospace", "automotive", "logistics", "shipping", "foods", "beverages", "brands",
    "solutions", "networks", "software", "computers", "semiconductor", "chemicals", "tobacco", "cement",
    "construction", "properties", "realty", "retail", "markets", "finance", "financial", "credit", "mutual",
    "life", "assurance", "institution", "tribunal", "inspectorate", "house", "force", "guard", "corps",
    "lords", "commons", "executive", "assembly", "majlis", "duma", "rada", "agencies", "funds", "organisations",
    "academies", "councils", "committees", "institutes", "universities", "companies", "parties", "unions",
    // sports clubs: "Manchester United", "Bristol Rovers", "West Bromwich Albion"
    "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "rangers",
    "organizations", "associations", "authorities", "commissions", "departments", "chambers", "federations",
    "confederation", "confederations", "cooperative", "syndicate",
};
// Legal-form suffixes: "Acme Inc", "Widget plc".
constexpr const char* kOrgSuffixes[] = {
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "s.a.", "nv", "n.v.", "bv",
    "spa", "jsc", "pjsc", "ojsc", "llp", "lp", "co", "co.", "pty", "oy", "ab", "asa", "kk", "se", "sarl", "fc", "afc",
    "incorporated", "limited",  // written out: "Best Buy Incorporated", "China Railway Group Limited"
};
// Lowercase nouns that say what the next capitalised name is: a company or another organisation
// ("retailer Circuit City", "US media giant TimeWarner", "search engine Google").
constexpr const char* kOrgCues[] = {
    "firm", "company", "giant", "maker", "makers", "carrier", "airline", "retailer", "lender", "insurer",
    "publisher", "broadcaster", "chain", "operator", "producer", "manufacturer", "conglomerate", "supplier",
    "distributor", "developer", "brewer", "regulator", "watchdog", "club", "side", "network", "studio",
    "label", "subsidiary", "group", "bank", "fund", "exchange", "search-engine", "rival", "rivals", "telecoms",
    "telco", "automaker", "carmaker", "chipmaker", "drugmaker", "miner", "refiner", "outfit", "newspaper",
    "daily", "agency", "organisation", "organization", "charity", "provider", "utility", "conglomerate",
    "multinational", "startup", "start-up", "shipper", "builder", "house", "store", "stores", "marketer",
    "firms", "companies", "banks", "airlines", "bidder", "predator", "parent", "unit", "division", "arm",
    "team", "body", "union", "party", "franchise", "trust", "council", "authority", "monopoly", "consortium",
    "shipbuilder", "shipyard", "yard", "shipowner", "planemaker", "airframer",
};
// After "X's": nouns that mark X as a company ("Fiat's shares", "Nike's profits").
constexpr const char* kBizNouns[] = {
    "shares", "share", "shareholders", "profits", "profit", "sales", "revenue", "revenues", "earnings",
    "subsidiary", "subsidiaries", "division", "divisions", "headquarters", "stores", "factories", "plants",
    "products", "customers", "subscribers", "stake", "takeover", "shareholder", "stock", "accounts",
    "results", "turnover", "losses", "debts", "debt", "workforce", "brand", "brands", "chief", "boss",
    "bosses", "chairman", "executives", "directors", "board", "spokesman", "spokeswoman", "spokesperson",
    "operations", "business", "businesses", "unit", "units", "market", "outlets", "branches", "finance",
};
// Political parties: the word as used ("Tory leader", "Labour MP") -> the party's name.
constexpr Pair kParties[] = {
    {"labour", "Labour Party"}, {"tory", "Conservative Party"}, {"tories", "Conservative Party"},
    {"conservative", "Conservative Party"}, {"conservatives", "Conservative Party"},
    {"liberal democrat", "Liberal Democrats"}, {"liberal democrats", "Liberal Democrats"},
    {"lib dem", "Liberal Democrats"}, {"lib dems", "Liberal Democrats"}, {"snp", "Scottish National Party"},
    {"plaid cymru", "Plaid Cymru"}, {"ukip", "UK Independence Party"}, {"green party", "Green Party"},
    {"republican", "Republican Party"}, {"republicans", "Republican Party"}, {"democrat", "Democratic Party"},
    {"democrats", "Democratic Party"}, {"democratic", "Democratic Party"}, {"sinn fein", "Sinn Fein"},
    {"dup", "Democratic Unionist Party"}, {"unionist", "Ulster Unionist Party"},
};
// Peerage titles, kept in the name ("Lord Falconer").
constexpr const char* kPeers[] = {"lord", "lady", "baroness", "baron", "viscount", "earl", "marquess", "duke", "duchess", "countess"};
// Post-nominal honours and letters.
constexpr const char* kHonours[] = {"obe", "mbe", "cbe", "kbe", "dbe", "qc", "kc", "frs", "phd", "jr", "jr.", "sr", "sr."};

// Places: capitals and large cities, and geographic words.
constexpr const char* kPlaces[] = {
    "washington", "new york", "london", "moscow", "beijing", "tashkent", "almaty", "astana", "nur-sultan",
    "bishkek", "dushanbe", "ashgabat", "kabul", "kyiv", "kiev", "minsk", "brussels", "paris", "berlin",
    "tokyo", "seoul", "delhi", "new delhi", "hong kong", "los angeles", "san francisco", "chicago", "boston",
    "abu dhabi", "dubai", "doha", "riyadh", "ankara", "istanbul", "tehran", "baku", "tbilisi", "yerevan",
    "geneva", "vienna", "rome", "madrid", "warsaw", "prague", "budapest", "davos", "shanghai", "shymkent",
    "karaganda", "aktau", "atyrau", "samarkand", "bukhara", "osh", "islamabad", "kazan", "st. petersburg",
    "houston", "texas", "california", "florida", "virginia", "new jersey", "arkansas", "siberia", "europe",
    "asia", "africa", "central asia", "middle east", "caucasus", "caspian", "eurasia", "baikonur", "akorda",
    "kremlin", "pentagon", "white house", "capitol", "sea", "ocean", "river", "lake", "mountains", "valley",
    "region", "province", "oblast", "district", "street", "avenue", "square", "park", "island", "islands",
    "gulf", "bay", "city", "county", "desert", "steppe", "north", "south", "east", "west", "central",
    "northern", "southern", "eastern", "western", "hall", "palace", "tower", "bridge", "station",
};

// Capitalised words that never start or belong to a person's name (sentence starters, pronouns, ...).
constexpr const char* kCommon[] = {
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "from", "by", "with",
    "as", "after", "before", "during", "while", "since", "until", "when", "where", "which", "who", "what",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "my", "your", "there", "here", "then", "now", "also", "just", "speaking", "according",
    "recently", "earlier", "later", "meanwhile", "however", "moreover", "furthermore", "today", "yesterday", "tomorrow", "last",
    "next", "new", "first", "second", "third", "all", "both", "each", "many", "most", "some", "several",
    "other", "another", "such", "no", "not", "so", "thus", "therefore", "although", "though", "because",
    "partnerships", "get", "sign", "subscribe", "read", "see", "photo", "photos", "credit", "source", "via",
    "minister", "president", "government", "state", "national", "international", "global", "foreign",
    "american", "god", "covid", "coronavirus", "internet", "mr", "mrs", "ms", "dr", "sir", "madam", "lord",
    "lady", "st", "saint", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "islam", "christianity", "christmas", "ramadan", "easter", "nauryz", "olympic", "olympics", "expo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "quick", "our", "just",
    "as", "like", "nur", "sultan", "let", "do", "please", "thank", "thanks", "welcome", "dear", "ladies",
    "gentlemen", "excellency", "his", "her", "majesty", "highness", "yes", "well", "even", "only", "still",
    "tv", "pc", "pcs", "gdp", "gnp", "dvd", "cd", "cds", "hiv", "aids", "sars", "ipo", "vat", "pm", "ok",
    "bc", "ad", "gmt", "ict", "ai", "sms", "usb", "faq", "rss", "html", "www",
};

constexpr const char* kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};
constexpr const char* kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// "hon": "The Hon. Jane Roe", "Prime Minister Hon. X" (Commonwealth style for ministers and members).
// Military ranks abbreviated before a name ("Gen Pinochet", "Col. X") and the Indian "Shri"/"Smt" are forms of
// address too: never part of the name.
constexpr const char* kHonorifics[] = {"mr",  "mrs", "ms",   "dr",  "sir", "madam", "prof", "hon",  "mr.", "mrs.",
                                       "ms.", "dr.", "hon.", "gen", "gen.", "col",  "col.", "brig", "lt",  "lt.",
                                       "shri", "smt", "smt.",  // Indian forms of address ("Sri" is also a given name)
                                       // Ranks and clerical styles that are never a name word ("Commodore X (Retd)",
                                       // "Ayatollah X"); abbreviated ranks as above.
                                       "commodore", "ayatollah", "capt", "capt.", "maj", "maj.", "cdr", "cdr."};

constexpr Pair kCurrencies[] = {
    {"dollar", "USD"}, {"dollars", "USD"}, {"usd", "USD"}, {"us dollars", "USD"}, {"u.s. dollars", "USD"},
    {"american dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"}, {"eur", "EUR"}, {"pound", "GBP"},
    {"pounds sterling", "GBP"}, {"gbp", "GBP"}, {"sterling", "GBP"}, {"tenge", "KZT"}, {"kzt", "KZT"},
    {"ruble", "RUB"}, {"rubles", "RUB"}, {"rouble", "RUB"}, {"roubles", "RUB"}, {"rub", "RUB"},
    {"yuan", "CNY"}, {"renminbi", "CNY"}, {"cny", "CNY"}, {"rmb", "CNY"}, {"yen", "JPY"}, {"jpy", "JPY"},
    {"won", "KRW"}, {"krw", "KRW"}, {"rupee", "INR"}, {"rupees", "INR"}, {"inr", "INR"}, {"soum", "UZS"},
    {"soums", "UZS"}, {"uzs", "UZS"}, {"som", "KGS"}, {"soms", "KGS"}, {"kgs", "KGS"},
    {"somoni", "TJS"}, {"tjs", "TJS"}, {"manat", "AZN"}, {"azn", "AZN"}, {"lira", "TRY"}, {"liras", "TRY"},
    {"dirham", "AED"}, {"dirhams", "AED"}, {"aed", "AED"}, {"riyal", "SAR"}, {"riyals", "SAR"},
    {"sar", "SAR"}, {"franc", "CHF"}, {"francs", "CHF"}, {"swiss francs", "CHF"}, {"chf", "CHF"},
    {"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"uah", "UAH"}, {"canadian dollars", "CAD"}, {"cad", "CAD"},
    {"australian dollars", "AUD"}, {"aud", "AUD"}, {"zloty", "PLN"}, {"pln", "PLN"},
    {"hkd", "HKD"}, {"hong kong dollars", "HKD"}, {"sgd", "SGD"}, {"singapore dollars", "SGD"},
    {"nzd", "NZD"}, {"new zealand dollars", "NZD"}, {"twd", "TWD"}, {"taiwan dollars", "TWD"},
    {"new taiwan dollars", "TWD"}, {"us dollar", "USD"}, {"u.s. dollar", "USD"},
    {"shekel", "ILS"}, {"shekels", "ILS"}, {"new shekels", "ILS"}, {"ils", "ILS"}, {"nis", "ILS"},
    {"crowns", "SEK"}, {"krona", "SEK"}, {"kronor", "SEK"}, {"sek", "SEK"},
    {"swedish crowns", "SEK"}, {"danish crowns", "DKK"}, {"danish kroner", "DKK"}, {"dkk", "DKK"},
    {"norwegian crowns", "NOK"}, {"norwegian kroner", "NOK"}, {"kroner", "NOK"}, {"krone", "NOK"},
    {"nok", "NOK"}, {"czech crowns", "CZK"}, {"koruna", "CZK"}, {"korunas", "CZK"}, {"czk", "CZK"},
    {"ringgit", "MYR"}, {"myr", "MYR"}, {"rm", "MYR"}, {"peso", "MXN"}, {"pesos", "MXN"}, {"mxn", "MXN"},
    {"mexican pesos", "MXN"}, {"argentine pesos", "ARS"}, {"ars", "ARS"}, {"philippine pesos", "PHP"},
    {"chilean pesos", "CLP"}, {"colombian pesos", "COP"}, {"rand", "ZAR"}, {"zar", "ZAR"},
    {"reais", "BRL"}, {"brl", "BRL"}, {"rs", "INR"}, {"pakistani rupees", "PKR"},
    {"pkr", "PKR"}, {"turkish lira", "TRY"}, {"lire", "ITL"},
    {"dinar", "DZD"}, {"dinars", "DZD"}, {"rial", "IRR"}, {"rials", "IRR"},
    {"naira", "NGN"}, {"ngn", "NGN"}, {"shilling", "KES"}, {"shillings", "KES"}, {"kes", "KES"},
    {"baht", "THB"}, {"thb", "THB"}, {"rupiah", "IDR"}, {"idr", "IDR"}, {"rp", "IDR"}, {"dong", "VND"},
    {"forint", "HUF"}, {"huf", "HUF"}, {"lei", "RON"}, {"ron", "RON"}, {"lev", "BGN"}, {"leva", "BGN"},
    {"kuna", "HRK"}, {"kn", "HRK"}, {"hrk", "HRK"}, {"lari", "GEL"}, {"dram", "AMD"}, {"drams", "AMD"},
    {"taka", "BDT"}, {"cedi", "GHS"}, {"cedis", "GHS"}, {"kwacha", "ZMW"}, {"birr", "ETB"},
    {"afghanis", "AFN"}, {"bitcoin", "BTC"}, {"bitcoins", "BTC"}, {"ksh", "KES"}, {"dh", "AED"},
    {"hong kong dollar", "HKD"}, {"singapore dollar", "SGD"}, {"new zealand dollar", "NZD"},
    {"indian rupees", "INR"}, {"swiss franc", "CHF"}, {"canadian dollar", "CAD"}, {"australian dollar", "AUD"},
};

// Minor currency units: their value is given in the main unit (scale 0.01: "25 cents" -> 0.25 USD).
constexpr Pair kMinorCurrencies[] = {
    {"cent", "USD"}, {"cents", "USD"}, {"euro cents", "EUR"}, {"penny", "GBP"}, {"pence", "GBP"},
    {"sen", "MYR"}, {"kopeck", "RUB"}, {"kopecks", "RUB"}, {"kopeks", "RUB"}, {"paise", "INR"},
    {"agorot", "ILS"}, {"tiyn", "KZT"}, {"tiyin", "UZS"}, {"centavos", "MXN"}, {"pesewas", "GHS"},
};

constexpr Pair kUnits[] = {
    {"mile", "mi"}, {"miles", "mi"}, {"kilometre", "km"}, {"kilometres", "km"}, {"kilometer", "km"},
    {"kilometers", "km"}, {"km", "km"}, {"metre", "m"}, {"metres", "m"}, {"meter", "m"}, {"meters", "m"},
    {"square kilometres", "km2"}, {"square kilometers", "km2"}, {"sq km", "km2"}, {"km2", "km2"},
    {"square metres", "m2"}, {"square meters", "m2"}, {"cubic metres", "m3"}, {"cubic meters", "m3"},
    {"hectare", "ha"}, {"hectares", "ha"}, {"ha", "ha"}, {"acre", "acre"}, {"acres", "acre"},
    {"tonne", "t"}, {"tonnes", "t"}, {"ton", "t"}, {"tons", "t"}, {"metric tons", "t"}, {"kilogram", "kg"},
    {"kilograms", "kg"}, {"kg", "kg"}, {"gram", "g"}, {"grams", "g"}, {"barrel", "bbl"}, {"barrels", "bbl"},
    {"litre", "l"}, {"litres", "l"}, {"liter", "l"}, {"liters", "l"}, {"foot", "ft"}, {"feet", "ft"},
    {"megawatt", "MW"}, {"megawatts", "MW"}, {"mw", "MW"}, {"gigawatt", "GW"}, {"gigawatts", "GW"},
    {"gw", "GW"}, {"kilowatt-hours", "kWh"}, {"kwh", "kWh"}, {"gigawatt-hours", "GWh"}, {"twh", "TWh"},
    {"hour", "h"}, {"hours", "h"}, {"minute", "min"}, {"minutes", "min"}, {"second", "s"}, {"seconds", "s"},
    {"day", "d"}, {"days", "d"}, {"week", "week"}, {"weeks", "week"}, {"month", "month"},
    {"months", "month"}, {"year", "year"}, {"years", "year"}, {"decade", "decade"}, {"decades", "decade"},
    {"quarters", "quarter"}, {"century", "century"}, {"centuries", "century"}, {"nights", "night"},
    {"pounds", "lb"}, {"lbs", "lb"}, {"ounce", "oz"}, {"ounces", "oz"}, {"gallon", "gal"}, {"gallons", "gal"},
    {"cubic feet", "ft3"}, {"square feet", "ft2"}, {"square miles", "mi2"}, {"gigawatt hours", "GWh"},
    {"megatonnes", "Mt"}, {"terabytes", "TB"}, {"gigabytes", "GB"}, {"kilowatts", "kW"}, {"kw", "kW"},
    {"centimetres", "cm"}, {"centimeters", "cm"}, {"cm", "cm"}, {"millimetres", "mm"}, {"mm", "mm"},
    {"degrees", "deg"}, {"mph", "mph"}, {"km/h", "km/h"}, {"knots", "kn"}, {"mg", "mg"}, {"milligrams", "mg"},
    {"ml", "ml"}, {"millilitres", "ml"}, {"milliliters", "ml"}, {"terms", "term"}, {"seasons", "season"},
    {"secs", "s"}, {"sec", "s"}, {"mins", "min"}, {"hrs", "h"}, {"yards", "yd"}, {"yard", "yd"},
};

struct Scale {
  const char* key;
  double scale;
};
constexpr Scale kScales[] = {
    {"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"mln", 1e6}, {"mn", 1e6},
    {"billion", 1e9}, {"billions", 1e9}, {"bln", 1e9}, {"bn", 1e9}, {"trillion", 1e12}, {"trln", 1e12},
    {"tn", 1e12}, {"trillions", 1e12}, {"trn", 1e12}, {"hundred", 1e2}, {"crore", 1e7}, {"crores", 1e7},
    {"lakh", 1e5}, {"lakhs", 1e5}, {"mil", 1e6}, {"cr", 1e7},
};

// Number words (value in `scale`): "two million", "twenty-five per cent". Fractions are read in figures.cpp.
constexpr Scale kNumbers[] = {
    {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"dozen", 12},
};

constexpr const char* kPluralNouns[] = {
    "children", "people", "men", "women", "staff", "personnel", "police", "cattle", "livestock", "sheep",
    "aircraft", "data", "media", "youth", "fish", "deer", "persons", "feet", "teeth", "mice", "geese",
    "memoranda", "criteria", "crises", "analyses",
    // Acronyms in the plural ("7 MoUs"), and a singular that news writes after a count ("seven memorandum of
    // understanding"): a count's head only, as every word here is.
    "mous", "memorandum",
};

constexpr const char* kFunction[] = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must",
    "shall", "do", "does", "did", "under", "over", "into", "onto", "than", "between", "among", "across",
    "through", "during", "after", "before", "since", "until", "about", "around", "including", "against",
    "it", "its", "their", "our", "his", "her", "my", "your", "we", "they", "he", "she", "i", "you", "not",
    "no", "so", "if", "then", "also", "while", "when", "where", "per", "each", "every", "both", "all",
    "such", "up", "out", "off", "down", "via", "within", "without", "toward", "towards", "upon", "like",
};

constexpr const char* kSpeech[] = {
    "said", "says", "told", "added", "noted", "stressed", "explained", "emphasized", "emphasised",
    "announced", "wrote", "stated", "commented", "remarked", "declared", "underlined", "underscored",
    "highlighted", "continued", "asked", "replied", "urged", "recalled", "praised", "thanked", "met",
    "visited", "welcomed", "tweeted", "confirmed", "believes", "believed", "argued", "insisted",
};

// Agreement trigger nouns (kind, plural) and the status cues of agreements.cpp.
struct Trig {
  const char* key;
  const char* kind;
  bool plural;
};
constexpr Trig kTriggers[] = {
    {"agreement", "agreement", false},
    {"agreements", "agreement", true},
    {"memorandum", "memorandum", false},
    {"memoranda", "memorandum", true},
    {"memorandums", "memorandum", true},
    {"mou", "memorandum", false},
    {"mous", "memorandum", true},
    {"deal", "deal", false},
    {"deals", "deal", true},
    {"contract", "contract", false},
    {"contracts", "contract", true},
    {"treaty", "treaty", false},
    {"treaties", "treaty", true},
    {"accord", "accord", false},
    {"accords", "accord", true},
    {"program", "program", false},
    {"programs", "program", true},
    {"programme", "program", false},
    {"programmes", "program", true},
    {"partnership", "partnership", false},
    {"partnerships", "partnership", true},
    {"protocol", "protocol", false},
    {"protocols", "protocol", true},
    {"declaration", "declaration", false},
    {"roadmap", "roadmap", false},
    {"pact", "pact", false},
    {"pacts", "pact", true},
    {"convention", "convention", false},
    {"conventions", "convention", true},
    {"declarations", "declaration", true},
    {"roadmaps", "roadmap", true},
    {"settlement", "settlement", false},
    {"settlements", "settlement", true},
    {"takeover", "takeover", false},
    {"takeovers", "takeover", true},
    {"buyout", "takeover", false},
    {"acquisition", "acquisition", false},
    {"acquisitions", "acquisition", true},
    {"merger", "merger", false},
    {"mergers", "merger", true},
    {"bid", "bid", false},
    {"offer", "offer", false},
    {"venture", "joint venture", false},
    {"ventures", "joint venture", true},
    {"letter", "letter of intent", false},
    {"plan", "plan", false},
    {"sale", "sale", false},
    {"purchase", "purchase", false},
    // Narrow triggers, each with its own condition in agreements.cpp: "a document on ...", "joint statement",
    // "a $500m loan to X".
    {"document", "document", false},
    {"documents", "document", true},  // only counted: "signed 20 cooperation documents"
    {"statement", "joint statement", false},
    {"loan", "loan", false},
    {"order", "order", false},  // only "an order for 70 aircraft": a purchase by count
    // Verbs that tell a company deal (agreements.cpp deal_verb): kind "verb:" + the noun the item is named
    // with. Looked up with the other triggers, so a text without any costs nothing more.
    {"buy", "verb:purchase", false}, {"buys", "verb:purchase", false}, {"buying", "verb:purchase", false},
    {"bought", "verb:purchase", false}, {"acquire", "verb:acquisition", false},
    {"acquires", "verb:acquisition", false}, {"acquiring", "verb:acquisition", false},
    {"acquired", "verb:acquisition", false}, {"merge", "verb:merger", false}, {"merged", "verb:merger", false},
    {"merging", "verb:merger", false}, {"sell", "verb:sale", false}, {"sells", "verb:sale", false},
    {"sold", "verb:sale", false}, {"selling", "verb:sale", false},
    // "take over X": a takeover only with its particle (deal_verb checks "over").
    {"take", "verb:takeover", false}, {"takes", "verb:takeover", false}, {"took", "verb:takeover", false},
    {"taking", "verb:takeover", false}, {"taken", "verb:takeover", false},
    // "X ordered 14 aircraft": only with a count after it (deal_verb).
    {"ordered", "verb:order", false},
};
constexpr const char* kCueSigned[] = {"signed", "inked", "concluded", "ratified", "signing"};
constexpr const char* kCueAgreed[] = {"reached", "agreed", "struck", "approved", "finalised", "finalized", "sealed", "clinched", "secured", "achieved"};
constexpr const char* kCuePlanned[] = {"will", "plan", "plans", "planned", "planning", "intend", "intends", "expected", "expect", "expects", "prepare", "prepares", "preparing", "aim", "aims", "seek", "seeks", "propose", "proposed", "negotiate", "negotiating", "negotiations", "draft", "upcoming", "future", "would", "sign", "reach", "continue"};

using Map = std::unordered_map<std::string_view, GazEntry>;

void add(Map& m, std::string_view k, uint32_t f, std::string_view v = {}, double scale = 0) {
  GazEntry& e = m[k];
  e.flags |= f;
  if (!v.empty() && e.value.empty()) e.value = v;
  if (scale != 0) e.scale = scale;
}

Map build() {
  Map m;
  m.reserve(4096);  // load factor well under 1: most lookups miss
  for (auto& p : kCountries) add(m, p.key, gCountry, p.value);
  for (auto& p : kDemonyms) add(m, p.key, gDemonym, p.value);
  for (auto* k : kTitles) add(m, k, gTitle);
  for (auto* k : kTitleMods) add(m, k, gTitleMod);
  for (auto* k : kDepts) add(m, k, gDept);
  for (auto* k : kOrgs) add(m, k, gOrg);
  for (auto* k : kPlaces) add(m, k, gPlace);
  for (auto* k : kOrgHeads) add(m, k, gOrgHead);
  for (auto* k : kOrgSuffixes) add(m, k, gOrgSuffix);
  for (auto* k : kOrgCues) add(m, k, gOrgCue);
  for (auto* k : kBizNouns) add(m, k, gBizNoun);
  for (auto& p : kParties) add(m, p.key, gParty, p.value);
  for (auto* k : kPeers) add(m, k, gPeer);
  for (auto* k : kHonours) add(m, k, gHonour);
  for (auto* k : kCommon) add(m, k, gCommon);
  for (auto* k : kMonths) add(m, k, gMonth);
  for (auto* k : kWeekdays) add(m, k, gWeekday);
  for (auto* k : kHonorifics) add(m, k, gHonorific);
  for (auto& p : kCurrencies) add(m, p.key, gCurrency, p.value);
  for (auto& p : kUnits) add(m, p.key, gUnit, p.value);
  for (auto& p : kMinorCurrencies) add(m, p.key, gCurrency | gMinorUnit, p.value);
  for (auto& s : kScales) add(m, s.key, gScale, {}, s.scale);
  for (auto& s : kNumbers) add(m, s.key, gNumber, {}, s.scale);
  for (auto* k : kPluralNouns) add(m, k, gPluralNoun);
  for (auto* k : kFunction) add(m, k, gFunction);
  for (auto* k : kSpeech) add(m, k, gSpeech);
  for (auto& t : kTriggers) add(m, t.key, gTrigger | (t.plural ? uint32_t(gTriggerPlural) : 0u), t.kind);
  for (auto* k : kCueSigned) add(m, k, gCueSigned);
  for (auto* k : kCueAgreed) add(m, k, gCueAgreed);
  for (auto* k : kCuePlanned) add(m, k, gCuePlanned);
  std::vector<std::string_view> starts;
  for (auto& [k, e] : m)
    if (size_t sp = k.find(' '); sp != std::string_view::npos) starts.push_back(k.substr(0, sp));
  for (auto k : starts) add(m, k, gPhraseStart);
  return m;
}

}  // namespace

namespace {

// Every word of every article is looked up once, and most look-ups miss: an open-addressing table with the
// entries inline (one probe, usually in one cache line) beats the node-based map the lists are built in.
class FlatTable {
 public:
  explicit FlatTable(const Map& m) {
    size_t cap = 16;
    while (cap < m.size() * 4) cap <<= 1;
    hot_.resize(cap);
    tags_.resize(cap);
    mask_ = cap - 1;
    keys_.reserve(m.size());
    entries_.reserve(m.size());
    for (const auto& [k, e] : m) {
      const uint64_t c = head(k.data(), k.size());
      const uint64_t h = hash(c, k);
      size_t i = h & mask_;
      while (tags_[i]) i = (i + 1) & mask_;
      hot_[i] = {c, uint32_t(k.size()), uint32_t(entries_.size())};
      tags_[i] = tag(h);
      keys_.push_back(k);
      entries_.push_back(e);
    }
  }
  [[gnu::always_inline]] const GazEntry* find(std::string_view k) const {
    const size_t n = k.size();
    const uint64_t c = head(k.data(), n);
    const uint64_t h = hash(c, k);
    const uint8_t t = tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const uint8_t ti = tags_[i];
      if (!ti) return nullptr;  // most words miss here, in the small tag array (no cache miss on a slot)
      if (ti != t) continue;
      const Hot& s = hot_[i];
      if (s.head != c || s.len != n) continue;
      // A key of up to eight bytes is its head: equal heads and lengths are equal keys. A longer one compares
      // its other bytes (same_bytes, not ==: libc's memcmp call cost more than comparing a few bytes inline).
      if (n <= 8 || same_bytes(keys_[s.entry].data() + 8, k.data() + 8, n - 8)) return &entries_[s.entry];
    }
  }

 private:
  // The head of a word: for up to eight bytes a value that only this word of its length has (loads that cover
  // every byte, overlapping for lengths that are no multiple of their width); for a longer word its first eight
  // bytes. Kept in the slot, it settles most comparisons there: the look-up of a listed word ("the", "said")
  // no longer reads the key's bytes elsewhere in memory (perf: that read was a quarter of gaz_tokens' time).
  static uint64_t head(const char* p, size_t n) {
    if (n >= 8) return load64(p);
    if (n >= 4) return load32(p) | (uint64_t(load32(p + n - 4)) << 32);
    if (n == 0) return 0;
    const auto byte = [&](size_t i) { return uint64_t(static_cast<unsigned char>(p[i])); };
    return byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
  }
  // A few wide loads per word instead of FNV-1a's multiply per byte (which was half of gaz()'s instructions):
  // the head, the length and (past eight bytes) the other bytes, then two multiply-shift rounds spread the bits
  // to both ends (the mask takes the low bits, the tag the high ones). Callgrind: gaz() 99 -> ~60 instructions a
  // look-up over the BBC files.
  static uint64_t hash(uint64_t head, std::string_view s) {
    const char* p = s.data();
    const size_t n = s.size();
    constexpr uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xD6E8FEB86659FD93ull;
    uint64_t h = n * k1;
    if (n > 8) {
      h = (h ^ head) * k2;
      for (size_t i = 8; i + 8 < n; i += 8) h = (h ^ load64(p + i)) * k2;
      h = (h ^ load64(p + n - 8)) * k2;
    } else if (n > 0) {
      h = (h ^ head) * k2;
    }
    h ^= h >> 32;
    h *= k1;
    return h ^ (h >> 29);
  }
  static uint64_t load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint32_t load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static uint8_t tag(uint64_t h) { return uint8_t(h >> 56) | 1; }  // never 0: 0 marks a free slot
  struct Hot {
    uint64_t head = 0;
    uint32_t len = 0;
    uint32_t entry = 0;  // into keys_ and entries_
  };
  // Per slot: 0 free, else tag(hash). One byte a slot: the array stays in L1 (4-byte tags took 64 KiB, and the
  // load of a tag was then the costliest instruction of gaz(); perf: gaz 8.1% -> 7.0% of the run).
  std::vector<uint8_t> tags_;
  std::vector<Hot> hot_;  // 16 bytes a slot (the key and entry inline took 48)
  std::vector<std::string_view> keys_;
  std::vector<GazEntry> entries_;
  size_t mask_ = 0;
};

const FlatTable& table() {
  static const FlatTable table{build()};
  return table;
}

}  // namespace

const GazEntry* gaz(std::string_view lower_phrase) {
  if (lower_phrase.empty() || lower_phrase.size() > 40) return nullptr;
  return table().find(lower_phrase);
}

// The pipeline looks up every word of every article: one call per sentence rather than per word, with the
// table's find() inlined here (callgrind: the call, its guard and register saves were a fifth of gaz()'s cost).
void gaz_tokens(std::string_view low_para, const Token* b, const Token* e, const GazEntry** out, uint32_t* flags) {
  const FlatTable& t = table();
  for (; b != e; ++b, ++out, ++flags) {
    const uint32_t n = b->end - b->begin;
    // (A view, not substr(): the tokens lie inside their paragraph.)
    *out = b->kind == Tok::word && n != 0 && n <= 40 ? t.find({low_para.data() + b->begin, n}) : nullptr;
    *flags = *out ? (*out)->flags : 0;
  }
}

std::string_view canonical_country(std::string_view name) {
  char buf[64];
  if (name.size() >= sizeof buf) return name;
  size_t n = 0;
  size_t start = 0;
  if (name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ")) start = 4;
  for (size_t i = start; i < name.size(); ++i) {
    char c = name[i];
    buf[n++] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  const GazEntry* e = gaz({buf, n});
  if (e && (e->flags & (gCountry | gDemonym))) return e->value;
  return name;
}

}  // namespace ae::extract
