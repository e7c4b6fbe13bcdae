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
