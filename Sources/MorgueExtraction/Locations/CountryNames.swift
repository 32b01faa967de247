/// The everyday names newsrooms use for countries and a few places, beside GeoNames' own names.
enum CountryNames {
    /// More names for countries, by ISO code: "U.S." and "America" for the United States.
    static let aliases: [String: String] = [
        "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "America": "US", "United States of America": "US",
        "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB",
        "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
        "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE",
        "Netherlands": "NL", "Holland": "NL",
        "Czech Republic": "CZ", "Burma": "MM", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
        "East Timor": "TL", "Timor-Leste": "TL", "Swaziland": "SZ", "Macedonia": "MK",
        "Cape Verde": "CV", "Palestine": "PS", "Palestinian Territories": "PS", "West Bank": "PS",
        "Gaza Strip": "PS", "Vatican City": "VA", "Holy See": "VA",
        "DRC": "CD", "DR Congo": "CD", "Congo": "CG", "North Korea": "KP", "South Korea": "KR",
        "Republic of Korea": "KR", "Russian Federation": "RU", "Soviet Union": "RU",
        "People's Republic of China": "CN", "Mainland China": "CN", "Taiwan": "TW",
        "Saudi": "SA", "KSA": "SA", "Persia": "IR", "Islamic Republic of Iran": "IR",
        "Viet Nam": "VN", "Republic of Ireland": "IE", "Eire": "IE", "The Bahamas": "BS",
        "The Gambia": "GM", "Bosnia": "BA", "Herzegovina": "BA", "Trinidad": "TT",
        "Kyrgyz Republic": "KG", "Lao": "LA", "Brunei Darussalam": "BN", "Slovak Republic": "SK",
    ]

    /// More names for cities and regions, by GeoNames id.
    static let placeAliases: [String: Int] = [
        "D.C.": 4_140_963, "Washington, D.C.": 4_140_963, "Washington D.C.": 4_140_963, "DC": 4_140_963,
        "NYC": 5_128_581, "New York City": 5_128_581, "Kiev": 703_448,
    ]

    /// Words for a country's people or things, by ISO code: "Iraqi" → Iraq.
    static let demonyms: [String: String] = [
        "Afghan": "AF", "Afghans": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Americans": "US",
        "Angolan": "AO", "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
        "Austrian": "AT", "Azerbaijani": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
        "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Briton": "GB",
        "Britons": "GB", "Bulgarian": "BG", "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM",
        "Canadian": "CA", "Canadians": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
        "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cubans": "CU", "Cypriot": "CY",
        "Czech": "CZ", "Danish": "DK", "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG",
        "Egyptians": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE",
        "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR", "Georgian": "GE",
        "German": "DE", "Germans": "DE", "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT",
        "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN", "Indians": "IN",
        "Indonesian": "ID", "Iranian": "IR", "Iranians": "IR", "Iraqi": "IQ", "Iraqis": "IQ", "Irish": "IE",
        "Israeli": "IL", "Israelis": "IL", "Italian": "IT", "Italians": "IT", "Jamaican": "JM",
        "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Korean": "KR", "Kosovar": "XK",
        "Kuwaiti": "KW", "Kyrgyz": "KG", "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR",
        "Libyan": "LY", "Libyans": "LY", "Lithuanian": "LT", "Macedonian": "MK", "Malaysian": "MY",
        "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR", "Mexican": "MX", "Mexicans": "MX",
        "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
        "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG",
        "Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Pakistanis": "PK",
        "Palestinian": "PS", "Palestinians": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
        "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
        "Russians": "RU", "Rwandan": "RW", "Salvadoran": "SV", "Saudis": "SA", "Scottish": "GB",
        "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
        "Somali": "SO", "Somalis": "SO", "Sri Lankan": "LK", "Sudanese": "SD",
        "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Syrians": "SY", "Taiwanese": "TW", "Tajik": "TJ",
        "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
        "Ukrainian": "UA", "Ukrainians": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE",
        "Venezuelans": "VE", "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM",
        "Zimbabwean": "ZW", "North Korean": "KP", "South Korean": "KR", "South African": "ZA",
        "New Zealander": "NZ", "Saudi Arabian": "SA", "Puerto Rican": "PR",
    ]
}
