"""Nationality adjectives and the countries they name, for "Iranian authorities" -> Iran.

Only a demonym modifying a *government* noun names the state ("the Iraqi
government", "Iranian authorities", "the Syrian regime"); "Iraqi troops" or
"Syrian refugees" stay groups of their own.
"""

from __future__ import annotations

__all__ = ["COUNTRY_OF_DEMONYM", "GOVERNMENT_NOUNS"]

#: Head nouns whose demonym modifier makes the phrase stand for the state.
GOVERNMENT_NOUNS = frozenset({"government", "authority", "authorities", "administration", "regime", "cabinet", "leadership"})

#: Demonym (as written) -> the country's canonical name.
COUNTRY_OF_DEMONYM: dict[str, str] = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "American": "United States",
    "Angolan": "Angola", "Argentine": "Argentina", "Argentinian": "Argentina", "Armenian": "Armenia",
    "Australian": "Australia", "Austrian": "Austria", "Azerbaijani": "Azerbaijan", "Bahraini": "Bahrain",
    "Bangladeshi": "Bangladesh", "Belarusian": "Belarus", "Belgian": "Belgium", "Bolivian": "Bolivia",
    "Bosnian": "Bosnia", "Brazilian": "Brazil", "British": "United Kingdom", "Bulgarian": "Bulgaria",
    "Burmese": "Myanmar", "Cambodian": "Cambodia", "Cameroonian": "Cameroon", "Canadian": "Canada",
    "Chadian": "Chad", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia",
    "Congolese": "Congo", "Croatian": "Croatia", "Cuban": "Cuba", "Cypriot": "Cyprus", "Czech": "Czech Republic",
    "Danish": "Denmark", "Dutch": "Netherlands", "Ecuadorian": "Ecuador", "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates", "Eritrean": "Eritrea", "Estonian": "Estonia", "Ethiopian": "Ethiopia",
    "Filipino": "Philippines", "Finnish": "Finland", "French": "France", "Georgian": "Georgia",
    "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece", "Guatemalan": "Guatemala",
    "Haitian": "Haiti", "Honduran": "Honduras", "Hungarian": "Hungary", "Icelandic": "Iceland",
    "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland",
    "Israeli": "Israel", "Italian": "Italy", "Ivorian": "Ivory Coast", "Jamaican": "Jamaica",
    "Japanese": "Japan", "Jordanian": "Jordan", "Kazakh": "Kazakhstan", "Kenyan": "Kenya",
    "Kosovan": "Kosovo", "Kuwaiti": "Kuwait", "Kyrgyz": "Kyrgyzstan", "Latvian": "Latvia",
    "Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania", "Malaysian": "Malaysia",
    "Malian": "Mali", "Mauritanian": "Mauritania", "Mexican": "Mexico", "Moldovan": "Moldova",
    "Mongolian": "Mongolia", "Moroccan": "Morocco", "Mozambican": "Mozambique", "Namibian": "Namibia",
    "Nepalese": "Nepal", "Nicaraguan": "Nicaragua", "Nigerian": "Nigeria", "Nigerien": "Niger",
    "North Korean": "North Korea", "Norwegian": "Norway", "Omani": "Oman", "Pakistani": "Pakistan",
    "Palestinian": "Palestine", "Panamanian": "Panama", "Paraguayan": "Paraguay", "Peruvian": "Peru",
    "Polish": "Poland", "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania",
    "Russian": "Russia", "Rwandan": "Rwanda", "Saudi": "Saudi Arabia", "Senegalese": "Senegal",
    "Serbian": "Serbia", "Singaporean": "Singapore", "Slovak": "Slovakia", "Slovenian": "Slovenia",
    "Somali": "Somalia", "South African": "South Africa", "South Korean": "South Korea",
    "South Sudanese": "South Sudan", "Spanish": "Spain", "Sri Lankan": "Sri Lanka", "Sudanese": "Sudan",
    "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria", "Taiwanese": "Taiwan",
    "Tajik": "Tajikistan", "Tanzanian": "Tanzania", "Thai": "Thailand", "Tunisian": "Tunisia",
    "Turkish": "Turkey", "Turkmen": "Turkmenistan", "Ugandan": "Uganda", "Ukrainian": "Ukraine",
    "Uruguayan": "Uruguay", "US": "United States", "U.S.": "United States", "Uzbek": "Uzbekistan",
    "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Yemeni": "Yemen", "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe",
}
