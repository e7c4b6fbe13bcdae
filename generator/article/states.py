"""States as the press names them, for proposing actors the registry lacks with the right kind:
the name, other names, and the adjective that makes 'the Russian government' the state itself."""

from __future__ import annotations

# name: (other names, adjectives)
STATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Afghanistan": ((), ("Afghan",)), "Albania": ((), ("Albanian",)),
    "Algeria": ((), ("Algerian",)), "Angola": ((), ("Angolan",)),
    "Argentina": ((), ("Argentine", "Argentinian")), "Armenia": ((), ("Armenian",)),
    "Australia": ((), ("Australian",)), "Austria": ((), ("Austrian",)),
    "Azerbaijan": ((), ("Azerbaijani",)), "Bahrain": ((), ("Bahraini",)),
    "Bangladesh": ((), ("Bangladeshi",)), "Belarus": ((), ("Belarusian",)),
    "Belgium": ((), ("Belgian",)), "Bolivia": ((), ("Bolivian",)),
    "Bosnia and Herzegovina": (("Bosnia",), ("Bosnian",)), "Brazil": ((), ("Brazilian",)),
    "Bulgaria": ((), ("Bulgarian",)), "Burkina Faso": ((), ()), "Cambodia": ((), ("Cambodian",)),
    "Cameroon": ((), ("Cameroonian",)), "Canada": ((), ("Canadian",)), "Chad": ((), ("Chadian",)),
    "Chile": ((), ("Chilean",)), "China": ((), ("Chinese",)), "Colombia": ((), ("Colombian",)),
    "Croatia": ((), ("Croatian",)), "Cuba": ((), ("Cuban",)), "Cyprus": ((), ("Cypriot",)),
    "Czech Republic": (("Czechia",), ("Czech",)), "Denmark": ((), ("Danish",)),
    "Democratic Republic of the Congo": (("DR Congo", "DRC"), ("Congolese",)),
    "Ecuador": ((), ("Ecuadorian",)), "Egypt": ((), ("Egyptian",)), "Eritrea": ((), ("Eritrean",)),
    "Estonia": ((), ("Estonian",)), "Ethiopia": ((), ("Ethiopian",)), "Finland": ((), ("Finnish",)),
    "France": ((), ("French",)), "Georgia": ((), ("Georgian",)), "Germany": ((), ("German",)),
    "Ghana": ((), ("Ghanaian",)), "Greece": ((), ("Greek",)), "Guatemala": ((), ("Guatemalan",)),
    "Haiti": ((), ("Haitian",)), "Honduras": ((), ("Honduran",)), "Hungary": ((), ("Hungarian",)),
    "Iceland": ((), ("Icelandic",)), "India": ((), ("Indian",)),
    "Indonesia": ((), ("Indonesian",)), "Iran": ((), ("Iranian",)), "Iraq": ((), ("Iraqi",)),
    "Ireland": ((), ("Irish",)), "Israel": ((), ("Israeli",)), "Italy": ((), ("Italian",)),
    "Japan": ((), ("Japanese",)), "Jordan": ((), ("Jordanian",)),
    "Kazakhstan": ((), ("Kazakh",)), "Kenya": ((), ("Kenyan",)), "Kosovo": ((), ("Kosovar",)),
    "Kuwait": ((), ("Kuwaiti",)), "Kyrgyzstan": ((), ("Kyrgyz",)), "Laos": ((), ("Lao",)),
    "Latvia": ((), ("Latvian",)), "Lebanon": ((), ("Lebanese",)), "Libya": ((), ("Libyan",)),
    "Lithuania": ((), ("Lithuanian",)), "Malaysia": ((), ("Malaysian",)), "Mali": ((), ("Malian",)),
    "Mexico": ((), ("Mexican",)), "Moldova": ((), ("Moldovan",)), "Mongolia": ((), ("Mongolian",)),
    "Montenegro": ((), ("Montenegrin",)), "Morocco": ((), ("Moroccan",)),
    "Mozambique": ((), ("Mozambican",)), "Myanmar": (("Burma",), ("Burmese",)),
    "Nepal": ((), ("Nepali", "Nepalese")), "Netherlands": (("Holland",), ("Dutch",)),
    "New Zealand": ((), ()), "Nicaragua": ((), ("Nicaraguan",)), "Niger": ((), ("Nigerien",)),
    "Nigeria": ((), ("Nigerian",)), "North Korea": ((), ("North Korean",)),
    "North Macedonia": ((), ("Macedonian",)), "Norway": ((), ("Norwegian",)),
    "Oman": ((), ("Omani",)), "Pakistan": ((), ("Pakistani",)),
    "Palestine": ((), ("Palestinian",)), "Panama": ((), ("Panamanian",)),
    "Paraguay": ((), ("Paraguayan",)), "Peru": ((), ("Peruvian",)),
    "Philippines": ((), ("Philippine", "Filipino")), "Poland": ((), ("Polish",)),
    "Portugal": ((), ("Portuguese",)), "Qatar": ((), ("Qatari",)), "Romania": ((), ("Romanian",)),
    "Russia": (("Russian Federation",), ("Russian",)), "Rwanda": ((), ("Rwandan",)),
    "Saudi Arabia": ((), ("Saudi",)), "Senegal": ((), ("Senegalese",)),
    "Serbia": ((), ("Serbian",)), "Singapore": ((), ("Singaporean",)),
    "Slovakia": ((), ("Slovak",)), "Slovenia": ((), ("Slovenian",)), "Somalia": ((), ("Somali",)),
    "South Africa": ((), ("South African",)), "South Korea": ((), ("South Korean",)),
    "South Sudan": ((), ("South Sudanese",)), "Spain": ((), ("Spanish",)),
    "Sri Lanka": ((), ("Sri Lankan",)), "Sudan": ((), ("Sudanese",)), "Sweden": ((), ("Swedish",)),
    "Switzerland": ((), ("Swiss",)), "Syria": ((), ("Syrian",)), "Taiwan": ((), ("Taiwanese",)),
    "Tajikistan": ((), ("Tajik",)), "Tanzania": ((), ("Tanzanian",)),
    "Thailand": ((), ("Thai",)), "Tunisia": ((), ("Tunisian",)), "Turkey": (("Türkiye",), ("Turkish",)),
    "Turkmenistan": ((), ("Turkmen",)), "Uganda": ((), ("Ugandan",)), "Ukraine": ((), ("Ukrainian",)),
    "United Arab Emirates": (("UAE", "U.A.E."), ("Emirati",)),
    "United Kingdom": (("Britain", "Great Britain", "UK", "U.K."), ("British",)),
    "United States": (("U.S.", "US", "USA", "U.S.A.", "America"), ("American",)),
    "Uruguay": ((), ("Uruguayan",)), "Uzbekistan": ((), ("Uzbek",)),
    "Venezuela": ((), ("Venezuelan",)), "Vietnam": ((), ("Vietnamese",)),
    "Yemen": ((), ("Yemeni",)), "Zambia": ((), ("Zambian",)), "Zimbabwe": ((), ("Zimbabwean",)),
}

# every name and other name -> the state's name
NAMES: dict[str, str] = {}
# adjective -> the state's name
ADJECTIVES: dict[str, str] = {}
for _name, (_others, _adjectives) in STATES.items():
    NAMES[_name] = _name
    for _other in _others:
        NAMES[_other] = _name
    for _adjective in _adjectives:
        ADJECTIVES[_adjective] = _name
# what a state's adjective before it makes the state itself: 'the Russian government'
GOVERNMENT_WORDS = {"government", "authorities", "administration", "regime", "leadership"}

# the seats of government a dateline names, each with its state: a ministry the story names
# without its state ('the Interior Ministry said' under 'MINSK (Sputnik) -') is the dateline's
# state's
CAPITALS: dict[str, str] = {
    "Kabul": "Afghanistan", "Tirana": "Albania", "Algiers": "Algeria", "Luanda": "Angola",
    "Buenos Aires": "Argentina", "Yerevan": "Armenia", "Canberra": "Australia",
    "Vienna": "Austria", "Baku": "Azerbaijan", "Manama": "Bahrain", "Dhaka": "Bangladesh",
    "Minsk": "Belarus", "La Paz": "Bolivia", "Sarajevo": "Bosnia and Herzegovina",
    "Brasilia": "Brazil", "Sofia": "Bulgaria", "Phnom Penh": "Cambodia", "Ottawa": "Canada",
    "Santiago": "Chile", "Beijing": "China", "Bogota": "Colombia", "Zagreb": "Croatia",
    "Havana": "Cuba", "Nicosia": "Cyprus", "Prague": "Czech Republic", "Copenhagen": "Denmark",
    "Kinshasa": "Democratic Republic of the Congo", "Quito": "Ecuador", "Cairo": "Egypt",
    "Asmara": "Eritrea", "Tallinn": "Estonia", "Addis Ababa": "Ethiopia", "Helsinki": "Finland",
    "Paris": "France", "Tbilisi": "Georgia", "Berlin": "Germany", "Accra": "Ghana",
    "Athens": "Greece", "Port-au-Prince": "Haiti", "Budapest": "Hungary", "Reykjavik": "Iceland",
    "New Delhi": "India", "Jakarta": "Indonesia", "Tehran": "Iran", "Baghdad": "Iraq",
    "Dublin": "Ireland", "Rome": "Italy", "Tokyo": "Japan", "Amman": "Jordan",
    "Astana": "Kazakhstan", "Nairobi": "Kenya", "Pristina": "Kosovo", "Bishkek": "Kyrgyzstan",
    "Vientiane": "Laos", "Riga": "Latvia", "Beirut": "Lebanon", "Tripoli": "Libya",
    "Vilnius": "Lithuania", "Kuala Lumpur": "Malaysia", "Bamako": "Mali", "Mexico City": "Mexico",
    "Chisinau": "Moldova", "Ulaanbaatar": "Mongolia", "Rabat": "Morocco", "Maputo": "Mozambique",
    "Naypyidaw": "Myanmar", "Kathmandu": "Nepal", "Amsterdam": "Netherlands",
    "The Hague": "Netherlands", "Wellington": "New Zealand", "Managua": "Nicaragua",
    "Niamey": "Niger", "Abuja": "Nigeria", "Pyongyang": "North Korea", "Skopje": "North Macedonia",
    "Oslo": "Norway", "Muscat": "Oman", "Islamabad": "Pakistan", "Ramallah": "Palestine",
    "Asuncion": "Paraguay", "Lima": "Peru", "Manila": "Philippines", "Warsaw": "Poland",
    "Lisbon": "Portugal", "Doha": "Qatar", "Bucharest": "Romania", "Moscow": "Russia",
    "Kigali": "Rwanda", "Riyadh": "Saudi Arabia", "Dakar": "Senegal", "Belgrade": "Serbia",
    "Bratislava": "Slovakia", "Ljubljana": "Slovenia", "Mogadishu": "Somalia",
    "Pretoria": "South Africa", "Seoul": "South Korea", "Juba": "South Sudan", "Madrid": "Spain",
    "Colombo": "Sri Lanka", "Khartoum": "Sudan", "Stockholm": "Sweden", "Bern": "Switzerland",
    "Damascus": "Syria", "Taipei": "Taiwan", "Dushanbe": "Tajikistan", "Dodoma": "Tanzania",
    "Bangkok": "Thailand", "Tunis": "Tunisia", "Ankara": "Turkey", "Ashgabat": "Turkmenistan",
    "Kampala": "Uganda", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Abu Dhabi": "United Arab Emirates",
    "London": "United Kingdom", "Washington": "United States", "Montevideo": "Uruguay",
    "Tashkent": "Uzbekistan", "Caracas": "Venezuela", "Hanoi": "Vietnam", "Sanaa": "Yemen",
    "Lusaka": "Zambia", "Harare": "Zimbabwe",
}


def state_of_place(place: str) -> str | None:
    """The state a dateline names: by its own name ('SEOUL, South Korea'), else by its capital
    ('MINSK', 'WASHINGTON, D.C.'); None for any other place."""
    for part in reversed([p.strip() for p in place.split(",")]):
        titled = " ".join(w.capitalize() if w.isupper() else w for w in part.split())
        if part in NAMES or titled in NAMES:
            return NAMES.get(part) or NAMES[titled]
        if titled in CAPITALS:
            return CAPITALS[titled]
    return None


def adjective(state: str) -> str:
    """The word a state's body is named with: 'Kyrgyz Interior Ministry', 'New Zealand Police'."""
    adjectives = STATES[state][1]
    return adjectives[0] if adjectives else state
