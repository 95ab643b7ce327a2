"""Paraphrased test cases for the set-20 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 20.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 meeting told with an idiom or frame the rules lack
P = "2025-09-19"
add(C("F1", "F1a", P,
      "Kenyan Defence Cabinet Secretary Soipan Tuya played host to Rwanda's defence minister, Juvenal Marizamunda, "
      "at Ulinzi House in Nairobi on Wednesday.",
      expect=[E("meeting", ["KEN", "RWA"], prev(P, "Wednesday"))],
      note="'played host to' (hosted|received work)"))
P = "2025-03-12"
add(C("F1", "F1b", P,
      "Polish Defence Minister Władysław Kosiniak-Kamysz and his Romanian counterpart Angel Tîlvăr talked for ninety "
      "minutes in Bucharest on Monday about air defence on the eastern flank.",
      expect=[E("meeting", ["POL", "ROU"], prev(P, "Monday"), location="Bucharest")],
      note="'talked for <duration> in <city>'"))
P = "2024-11-08"
add(C("F1", "F1c", P,
      "Estonian Defence Minister Hanno Pevkur caught up with his Finnish counterpart, Antti Häkkänen, in Helsinki on "
      "Tuesday to compare notes on Baltic Sea cables.",
      expect=[E("meeting", ["EST", "FIN"], prev(P, "Tuesday"), location="Helsinki")],
      note="'caught up with' (also 'interacted with', 'had a talanoa with', 'had a lengthy exchange with')"))
P = "2025-06-27"
add(C("F1", "F1d", P,
      "Rwanda's army chief and his Tanzanian counterpart were in conclave in Kigali on Tuesday, the Rwanda Defence "
      "Force said.",
      expect=[E("meeting", ["RWA", "TZA"], prev(P, "Tuesday"))],
      note="'were in conclave' (also 'had a working session ... with', 'had a lengthy exchange with')"))
P = "2025-02-14"
add(C("F1", "F1e", P,
      "Greek Defence Minister Nikos Dendias and Egyptian Defence Minister Abdel Majeed Saqr exchanged views for forty "
      "minutes at the ministry in Athens on Wednesday.",
      expect=[E("meeting", ["EGY", "GRC"], prev(P, "Wednesday"))],
      note="joint subject, no 'with': 'A and B exchanged views|held a bilateral'"))
P = "2025-07-30"
add(C("F1", "F1f", P,
      "Georgia's defence minister is due to travel to Berlin in October for talks on officer training, his office said.",
      expect=[E("meeting", ["DEU", "GEO"], "2025-10", status="planned")],
      note="planned trip 'to travel to <capital> for talks': the capital's state is the other party"))
P = "2025-03-12"
add(C("F1", "F1g-counter", P,
      "Polish Defence Minister Władysław Kosiniak-Kamysz and his Romanian counterpart talked by telephone on Monday "
      "about air defence.",
      absent=["meeting"], note="counterexample: a phone call"))

# ---------------------------------------------------------------- F2 actors resolved to the wrong state
P = "2025-07-09"
add(C("F2", "F2a", P,
      "Navy commissions second corvette\n\n"
      "The Philippine Navy commissioned its second new corvette at Subic on Saturday, and Philippine officials said the "
      "Philippines wanted two more.\n\n"
      "Separately, Defence Secretary Delfin Lorenzana and New Zealand's defence minister, Judith Collins, signed a "
      "logistics support agreement in Wellington on Monday.",
      expect=[E("agreement", ["NZL", "PHL"], prev(P, "Monday"))],
      note="a title peculiar to another state ('Defence Secretary': UK) overrides a story told from the Philippines"))
P = "2025-04-16"
add(C("F2", "F2b", P,
      "Radar deal lifts Gothenburg plant\n\nAustria's armed forces are buying eight Giraffe 1X radars from Saab, "
      "and Austrian officials said Austria wanted the first sets by 2027 so that Austrian crews could train at "
      "home.\n\nDefence Minister Pål Jonson met his Slovak counterpart in Stockholm on Tuesday.",
      expect=[E("meeting", ["SVK", "SWE"], prev(P, "Tuesday"))],
      note="home state taken from the customer named most"))
P = "2025-11-14"
add(C("F2", "F2c", P,
      "Niger strengthens its air force\n\n"
      "The junta has bought two more Hürkuş trainers from Turkey under a contract signed in Istanbul on Monday, a source "
      "in the Nigerien air force said.",
      expect=[E("export_deal", ["NER", "TUR"], prev(P, "Monday"), seller="TUR", buyer="NER")],
      note="'junta' / 'regime' as the buyer"))
P = "2025-03-21"
add(C("F2", "F2d", P,
      "FREETOWN: The Chief of Staff of the Armed Forces of Liberia, Major General Prince Johnson, held talks with "
      "Sierra Leone's army chief here on Tuesday.",
      expect=[E("meeting", ["LBR", "SLE"], prev(P, "Tuesday"))],
      note="'The <title> of the <foreign service>, <rank> <name>,' in a datelined story goes to the dateline's state"))
P = "2025-10-03"
add(C("F2", "F2e", P,
      "Portugal's navy chief and the FADM commander signed a memorandum on naval training in Maputo on Thursday.",
      expect=[E("agreement", ["MOZ", "PRT"], prev(P, "Thursday"))],
      note="a national force acronym the gazetteer lacks (FADM: Mozambique)"))
P = "2025-05-28"
add(C("F2", "F2f", P,
      "Colombia's air force is renewing its transport fleet. The institution acquired three C-390 transports from "
      "Brazil's Embraer in March, officials said.",
      expect=[E("export_deal", ["BRA", "COL"], "2025-03", seller="BRA", buyer="COL")],
      note="'The institution' for the service named before"))
P = "2025-07-09"
add(C("F2", "F2g-counter", P,
      "Philippine Defence Secretary Delfin Lorenzana and New Zealand's defence minister, Judith Collins, signed a "
      "logistics support agreement in Wellington on Monday.",
      expect=[E("agreement", ["NZL", "PHL"], prev(P, "Monday"))],
      note="counterexample: qualified title"))

# ---------------------------------------------------------------- F3 place of the event
P = "2024-09-27"
add(C("F3", "F3a", P,
      "Danish Defence Minister Troels Lund Poulsen and his Dutch counterpart Ruben Brekelmans held talks at the "
      "Marienborg on Monday.",
      expect=[E("meeting", ["DNK", "NLD"], prev(P, "Monday"), location="Marienborg")],
      note="a venue named by one unlisted proper name after 'at the'"))
P = "2025-02-19"
add(C("F3", "F3b", P,
      "PORT MORESBY: Indonesia's army chief held talks with PNG's Defence Minister Billy Joseph on Tuesday at "
      "the 3rd Division headquarters here.",
      expect=[E("meeting", ["IDN", "PNG"], prev(P, "Tuesday"), location="Port Moresby")],
      note="'<venue> here' with a dateline: the dateline's city, not a clipped venue"))
P = "2025-11-11"
add(C("F3", "F3c", P,
      "The Chilean training ship Esmeralda arrived in Callao on Saturday. Peru's navy commander and Chile's navy chief "
      "met on board the Esmeralda on Sunday.",
      expect=[E("meeting", ["CHL", "PER"], prev(P, "Sunday"), location="Callao")],
      note="'met on board <ship>': the port the ship is in"))
P = "2025-05-16"
add(C("F3", "F3d", P,
      "The Indonesian corvette KRI Diponegoro berthed at HMAS Coonawarra on Monday for a four-day visit to Darwin.",
      expect=[E("deployment", ["AUS", "IDN"], prev(P, "Monday"), deployer="IDN", host="AUS", location="HMAS Coonawarra")],
      note="a shore base named like a ship is read as an asset"))
P = "2025-06-20"
add(C("F3", "F3e", P,
      "Four Singaporean F-16s landed at Royal Australian Air Force Base Tindal on Monday for a month of training.",
      expect=[E("deployment", ["AUS", "SGP"], prev(P, "Monday"), deployer="SGP", host="AUS", location="Tindal")],
      note="a base's full name with the town last is clipped"))
P = "2025-09-05"
add(C("F3", "F3f", P,
      "On Wednesday, Lithuania's defence minister and his Polish counterpart signed a memorandum of understanding "
      "covering joint output of shells and counter-drone systems in Vilnius.",
      expect=[E("agreement", ["LTU", "POL"], prev(P, "Wednesday"), location="Vilnius")],
      note="'in <city>' after a long topic"))
P = "2025-09-05"
add(C("F3", "F3g-counter", P,
      "Estonia's defence minister met his Latvian counterpart in Riga on Monday.",
      expect=[E("meeting", ["EST", "LVA"], prev(P, "Monday"), location="Riga")],
      note="counterexample: a plain city after the verb"))

# ---------------------------------------------------------------- F4 arrival and movement verbs
P = "2025-08-05"
add(C("F4", "F4a", P,
      "The Brazilian Navy frigate Liberal put in at Luanda on Saturday for a three-day visit, the Angolan navy said.",
      expect=[E("deployment", ["AGO", "BRA"], prev(P, "Saturday"), deployer="BRA", host="AGO", location="Luanda")],
      note="'put in at <port>'"))
P = "2024-09-14"
add(C("F4", "F4b", P,
      "The Italian Navy patrol ship Francesco Morosini came alongside the cruise terminal in Valletta on Thursday, "
      "and will stay until Monday.",
      expect=[E("deployment", ["ITA", "MLT"], prev(P, "Thursday"), deployer="ITA", host="MLT")],
      exact=["deployment"],
      note="'came alongside'; a later 'will stay' must join the arrival, not stand in for it"))
P = "2026-05-22"
add(C("F4", "F4c", P,
      "The Royal Australian Navy frigate HMAS Toowoomba anchored in Apia harbour on Tuesday for a goodwill visit to Samoa.",
      expect=[E("deployment", ["AUS", "WSM"], prev(P, "Tuesday"), deployer="AUS", host="WSM")],
      note="'anchored in' (only 'anchored off|at' are known); also 'made port at', 'nosed into', 'pulled alongside'"))
P = "2025-04-04"
add(C("F4", "F4d", P,
      "The Indian Navy destroyer INS Mumbai made port at Colombo on Tuesday for a three-day visit to Sri Lanka.",
      expect=[E("deployment", ["IND", "LKA"], prev(P, "Tuesday"), deployer="IND", host="LKA")],
      note="'made port at'"))
P = "2026-01-16"
add(C("F4", "F4e", P,
      "A Japanese P-1 patrol aircraft and about 60 personnel will fly to Djibouti in March for anti-piracy patrols.",
      expect=[E("deployment", ["DJI", "JPN"], "2026-03", deployer="JPN", host="DJI", status="planned")],
      note="planned 'will fly to'"))
P = "2025-10-24"
add(C("F4", "F4f", P,
      "A team of 25 Italian army engineers was airlifted to Tripoli on Wednesday to help clear unexploded mines.",
      expect=[E("deployment", ["ITA", "LBY"], prev(P, "Wednesday"), deployer="ITA", host="LBY", personnel=25)],
      note="passive 'was airlifted to'"))
P = "2025-08-05"
add(C("F4", "F4g-counter", P,
      "The cruise ship Queen Mary 2 came alongside in Lisbon on Friday with 2,600 passengers on board.",
      absent=["deployment"], note="counterexample: a civilian ship"))

# ---------------------------------------------------------------- F5 deployment details in the next sentence
P = "2025-03-27"
add(C("F5", "F5a", P,
      "Two Pakistan Navy ships, PNS Tughril and PNS Nasr, arrived in Lagos on Monday. The ships, carrying about "
      "400 sailors, are on a long deployment to West Africa and will stay until Friday.",
      expect=[E("deployment", ["NGA", "PAK"], prev(P, "Monday"), deployer="PAK", host="NGA", personnel=400)]))
P = "2025-05-07"
add(C("F5", "F5b", P,
      "Since 2023 a Portuguese company has been deployed in Romania with NATO's forward land forces. Some 220 "
      "Portuguese troops are now based at the Cincu training area.",
      expect=[E("deployment", ["PRT", "ROU"], "2023", deployer="PRT", host="ROU", personnel=220, location="Cincu")]))
P = "2025-08-12"
add(C("F5", "F5c", P,
      "The New Zealand frigate HMNZS Te Kaha sailed from Auckland for Japan on Sunday. The deployment is scheduled to "
      "last five months.",
      expect=[E("deployment", ["JPN", "NZL"], prev(P, "Sunday"), deployer="NZL", host="JPN", duration="P5M")]))
P = "2025-10-30"
add(C("F5", "F5d", P,
      "Ghanaian peacekeepers have served in Lebanon since 1978; about 870 Ghanaians are stationed there now.",
      expect=[E("deployment", ["GHA", "LBN"], "1978", deployer="GHA", host="LBN", personnel=870)]))
P = "2025-06-04"
add(C("F5", "F5e", P,
      "The Peruvian sail training ship BAP Unión arrived in Cádiz on Tuesday. Her crew numbers 250.",
      expect=[E("deployment", ["ESP", "PER"], prev(P, "Tuesday"), deployer="PER", host="ESP", personnel=250)]))
P = "2025-03-27"
add(C("F5", "F5f-counter", P,
      "About 200 Brazilian sailors arrived in Lagos on Monday aboard the frigate Independência.",
      expect=[E("deployment", ["BRA", "NGA"], prev(P, "Monday"), deployer="BRA", host="NGA", personnel=200)],
      note="counterexample: strength in the clause already works"))

# ---------------------------------------------------------------- F6 sale told with an order idiom
P = "2025-06-18"
add(C("F6", "F6a", P,
      "Ghana's air force booked four Z-9 helicopters from AVIC of China in May; the deal is put at about US$60 "
      "million.",
      expect=[E("export_deal", ["CHN", "GHA"], "2025-05", seller="CHN", buyer="GHA", quantity=4)],
      note="'booked <items> from'"))
P = "2025-09-10"
add(C("F6", "F6b", P,
      "Last month the Chilean Navy contracted Fassmer of Germany for two offshore patrol vessels.",
      expect=[E("export_deal", ["CHL", "DEU"], "2025-08", seller="DEU", buyer="CHL", quantity=2)],
      note="'contracted <firm> for <items>'"))
P = "2026-02-25"
add(C("F6", "F6c", P,
      "STOCKHOLM – Saab today announces an order from Colombia's air force: two GlobalEye surveillance aircraft "
      "worth SEK 4 billion.",
      expect=[E("export_deal", ["COL", "SWE"], seller="SWE", buyer="COL", money="4000000000 SEK")],
      note="press-release 'announces an order from'"))
P = "2025-12-03"
add(C("F6", "F6d", P,
      "Rheinmetall was handed an order by the Royal Netherlands Army for 155 mm shells worth €300 million on Monday.",
      expect=[E("export_deal", ["DEU", "NLD"], prev(P, "Monday"), seller="DEU", buyer="NLD")],
      note="passive 'was|has been handed an order by'; also 'took an order from', 'signed up <buyer> for'"))
P = "2025-04-23"
add(C("F6", "F6e", P,
      "Navantia, Spain's state-owned yard in Ferrol, will build two corvettes for the Saudi navy under a "
      "contract signed in Riyadh on Monday.",
      expect=[E("export_deal", ["ESP", "SAU"], prev(P, "Monday"), seller="ESP", buyer="SAU", quantity=2)],
      note="an apposition between the firm and its verb"))
P = "2025-11-19"
add(C("F6", "F6f", P,
      "Since October the Peruvian Navy has been a customer of Korea's HD Hyundai: that month it signed for two "
      "frigates worth US$460 million.",
      expect=[E("export_deal", ["KOR", "PER"], "2025-10", seller="KOR", buyer="PER")],
      note="'became a customer of <firm> ..., when it signed for'"))
P = "2025-06-18"
add(C("F6", "F6g-counter", P,
      "The Ghanaian army booked rooms at a hotel in Accra for the visiting delegation on Monday.",
      absent=["export_deal"], note="counterexample: 'booked' without a defence item"))

# ---------------------------------------------------------------- F7 signing told with another verb or an adjunct
P = "2025-01-22"
add(C("F7", "F7a", P,
      "Thailand's and Cambodia's army commanders affixed their signatures to an accord on border demining in "
      "Bangkok on Monday.",
      expect=[E("agreement", ["KHM", "THA"], prev(P, "Monday"))],
      note="'affixed their signatures to' ('put their signatures to' works)"))
P = "2025-04-30"
add(C("F7", "F7b", P,
      "On Friday the Senegalese and Gambian defence ministers put their names to a protocol on joint border patrols.",
      expect=[E("agreement", ["GMB", "SEN"], prev(P, "Friday"))],
      note="'put their names to'"))
P = "2025-10-17"
add(C("F7", "F7c", P,
      "Lithuanian Defence Minister Dovilė Šakalienė and her Polish counterpart co-signed a declaration on the "
      "Suwałki corridor in Vilnius on Wednesday.",
      expect=[E("agreement", ["LTU", "POL"], prev(P, "Wednesday"))],
      note="'co-signed'"))
P = "2025-07-11"
add(C("F7", "F7d", P,
      "Ghana's and Togo's navy chiefs endorsed, by signing, a set of terms of reference on joint patrols off their "
      "coasts on Tuesday.",
      expect=[E("agreement", ["GHA", "TGO"], prev(P, "Tuesday"))],
      note="'endorsed, by signing,' (also 'formalised, with their signatures,')"))
P = "2025-03-05"
add(C("F7", "F7e", P,
      "Finland's defence minister signed, together with his Swedish colleague, a memorandum on air defence in "
      "Stockholm on Tuesday.",
      expect=[E("agreement", ["FIN", "SWE"], prev(P, "Tuesday"))],
      note="co-signer set off by commas between verb and instrument; 'colleague' for 'counterpart'"))
P = "2025-02-12"
add(C("F7", "F7f", P,
      "Japanese Defence Minister Gen Nakatani and Australia's Richard Marles signed in Darwin in September last year "
      "an agreement on amphibious training.",
      expect=[E("agreement", ["AUS", "JPN"], "2024-09")],
      note="verb - two adjuncts - instrument: more than six tokens before the noun"))
P = "2025-01-22"
add(C("F7", "F7g-counter", P,
      "The Thai and Cambodian army chiefs affixed their signatures to the visitors' book at the war memorial on Monday.",
      absent=["agreement"], note="counterexample: no instrument"))

# ---------------------------------------------------------------- F8 deal details in follow-up sentences
P = "2025-02-20"
add(C("F8", "F8a", P,
      "South Korea's Hanwha Aerospace has won an order from Estonia for more K9 howitzers. Hanwha says the "
      "contract was awarded on 4 February and is worth €60 million.",
      expect=[E("export_deal", ["EST", "KOR"], "2025-02-04", seller="KOR", buyer="EST", money="60000000 EUR")],
      note="'The contract, awarded on <date>, is worth <money>'"))
P = "2025-09-26"
add(C("F8", "F8b", P,
      "Lürssen of Germany has won a Bulgarian navy order for two patrol vessels. Signing took place in Varna on "
      "Tuesday. According to two people briefed on it, the order is worth about €180 million.",
      expect=[E("export_deal", ["BGR", "DEU"], prev(P, "Tuesday"), seller="DEU", buyer="BGR")],
      note="a second follow-up (value) drops the date of the first"))
P = "2025-05-31"
add(C("F8", "F8c", P,
      "Leonardo's M-346 has found a new customer: the Hellenic Air Force is buying ten of the trainers. The "
      "contract was signed in Rome on Thursday, and it is valued at about €300 million.",
      expect=[E("export_deal", ["GRC", "ITA"], prev(P, "Thursday"), seller="ITA", buyer="GRC", status="completed",
                money="300000000 EUR")],
      note="'is buying' + 'The contract was signed' + 'It is worth'"))
P = "2025-11-05"
add(C("F8", "F8d", P,
      "PGZ of Poland will supply the Norwegian Army with Piorun launchers under a contract signed on Monday. "
      "Going by figures from the Norwegian ministry, it is worth NOK 1 billion.",
      expect=[E("export_deal", ["NOR", "POL"], prev(P, "Monday"), seller="POL", buyer="NOR", money="1000000000 NOK")],
      note="'According to ..., it is worth'"))
P = "2025-05-31"
add(C("F8", "F8e-counter", P,
      "The Hellenic Air Force bought ten M-346 trainers from Leonardo on Thursday for €300 million.",
      expect=[E("export_deal", ["GRC", "ITA"], prev(P, "Thursday"), seller="ITA", buyer="GRC", money="300000000 EUR")],
      note="counterexample: all in one clause"))

# ---------------------------------------------------------------- F9 items and quantity of a sale
P = "2025-08-20"
add(C("F9", "F9a", P,
      "Thales won a contract from the Indonesian navy on Monday for one SMART-L radar, worth €40 million.",
      expect=[E("export_deal", ["FRA", "IDN"], prev(P, "Monday"), quantity=1, items=["SMART-L radar"])],
      note="'one <Model> <noun>'"))
P = "2025-08-20"
add(C("F9", "F9b", P,
      "Leonardo won an order on Monday from the Kenyan army for pistols, carbines and ammunition, worth €20 "
      "million.",
      expect=[E("export_deal", ["ITA", "KEN"], prev(P, "Monday"), items=["pistols", "carbines", "ammunition"])],
      note="generic small arms listed"))
P = "2025-05-09"
add(C("F9", "F9c", P,
      "In March the Estonian Defence Forces bought G36 assault rifles worth about 10 million euros from "
      "Germany's Heckler & Koch.",
      expect=[E("export_deal", ["DEU", "EST"], "2025-03", items=["G36 assault rifles"])],
      note="model + noun, no number"))
P = "2025-05-09"
add(C("F9", "F9d-counter", P,
      "Estonia ordered six K9 howitzers from South Korea's Hanwha in March.",
      expect=[E("export_deal", ["EST", "KOR"], "2025-03", quantity=6)],
      note="counterexample: a counted item"))

# ---------------------------------------------------------------- F10 a party lost in a subject with appositions or a relative clause
P = "2025-08-08"
add(C("F10", "F10a", P,
      "General Wiesław Kukuła, Chief of the General Staff, and Lieutenant General Raimundas Vaikšnoras, "
      "Commander of the Armed Forces of Lithuania, held talks in Warsaw on Wednesday.",
      expect=[E("meeting", ["LTU", "POL"], prev(P, "Wednesday"))],
      note="first conjunct unqualified, second with a post-posed title 'of <State>'"))
P = "2025-08-08"
add(C("F10", "F10b", P,
      "Thai Defence Minister General Phumtham Wechayachai and General Tea Seiha, Minister of National Defence "
      "of Cambodia, held talks in Bangkok on Wednesday.",
      expect=[E("meeting", ["KHM", "THA"], prev(P, "Wednesday"))],
      note="even with the first side qualified"))
P = "2025-08-08"
add(C("F10", "F10c", P,
      "A Peruvian frigate is visiting Chile. Both navies' commanders, Admiral Alberto Alcalá and Admiral Juan "
      "Andrés De La Maza, took part in a meeting in Valparaíso on Wednesday.",
      expect=[E("meeting", ["CHL", "PER"], prev(P, "Wednesday"))],
      note="'both navies' commanders, A and B,'"))
P = "2025-03-07"
add(C("F10", "F10d", P,
      "Brigadier Sophie Martens, who heads Belgium's special operations regiment, spent Thursday afternoon in "
      "talks with Kenya's army commander in Nairobi.",
      expect=[E("meeting", ["BEL", "KEN"], prev(P, "Thursday"))],
      note="subject qualified only inside a relative clause, verb 'spent <time> in talks' (control: 'Belgium's Brigadier ...' passes)"))
P = "2024-12-12"
add(C("F10", "F10e", P,
      "NAIROBI – Gen. Wilson Mbadi, the Chief of Defence Forces, and Gen. Abdel Majeed Saqr, the visiting "
      "Egyptian defence minister, held talks at the defence headquarters in Hurlingham on Tuesday.",
      expect=[E("meeting", ["EGY", "KEN"], prev(P, "Tuesday"))],
      note="names first, titles in apposition ('<name>, the <title>,' and '<name>, the visiting <demonym> minister,'), place unlisted"))
P = "2025-08-08"
add(C("F10", "F10f-counter", P,
      "Vietnamese Defence Minister General Phan Văn Giang and Cambodian Defence Minister General Tea Seiha held talks "
      "in Hanoi on Wednesday.",
      expect=[E("meeting", ["KHM", "VNM"], prev(P, "Wednesday"))],
      note="counterexample: both titles before the names"))

# ---------------------------------------------------------------- F11 sale party the library cannot place
P = "2025-06-11"
add(C("F11", "F11a", P,
      "Gdańsk-based Remontowa has sold two patrol boats to the Estonian Navy in April for €30 million.",
      expect=[E("export_deal", ["EST", "POL"], "2025-04", seller="POL", buyer="EST")],
      note="unlisted firm located only by '<City>-based'"))
P = "2025-06-11"
add(C("F11", "F11b", P,
      "The Spanish shipbuilder Gondan has landed a contract from Senegal for two patrol boats on Tuesday.",
      expect=[E("export_deal", ["ESP", "SEN"], prev(P, "Tuesday"), seller="ESP", buyer="SEN")],
      note="'The <demonym> <trade noun> <unlisted firm>'"))
P = "2025-06-11"
add(C("F11", "F11c", P,
      "Spanish defence industry is busy. Gondan signed a contract with the Mauritanian navy last week for a patrol "
      "vessel worth €25 million.",
      expect=[E("export_deal", ["ESP", "MRT"], seller="ESP", buyer="MRT")],
      note="unlisted firm; the nationality only in the sentence before"))
P = "2025-06-11"
add(C("F11", "F11d", P,
      "The state company Kazakhstan Engineering and Italy's Leonardo signed a contract for eight helicopters on Friday.",
      expect=[E("export_deal", ["ITA", "KAZ"], prev(P, "Friday"), seller="ITA", buyer="KAZ")],
      note="a state enterprise named after its state, as the buyer"))
P = "2025-06-11"
add(C("F11", "F11e-counter", P,
      "Acme Holdings has sold 30 trucks to a Kenyan transport company.",
      absent=["export_deal"], note="counterexample: no state and no defence buyer"))

# ---------------------------------------------------------------- F12 export mentions that are no deal
P = "2025-03-14"
add(C("F12", "F12a", P,
      "In Spain, the Directorate General of Armament notified Gondan of an order for three further inshore patrol "
      "boats for the Canary Islands, a domestic contract worth €70 million.", absent=["export_deal"], note="domestic order"))
add(C("F12", "F12b", P,
      "The Chilean minister, questioned by reporters on Peru's purchase of Korean frigates, said Santiago had "
      "been briefed.",
      absent=["export_deal"], note="a third state's purchase, asked about"))
add(C("F12", "F12c", P,
      "Although Denmark picked the Caesar howitzer over rivals last year, no contract with KNDS has been signed "
      "yet.",
      absent=["export_deal"], note="a selection, contract not signed"))
add(C("F12", "F12d", P,
      "Estonia has handed over a new package of demining kits to Ukraine.",
      absent=["export_deal"], note="a donation"))
add(C("F12", "F12e", P,
      "Romania expects the last F-35 jets it ordered from the United States to arrive in 2032.",
      absent=["export_deal", "deployment"], note="background purchase dated by a delivery; also read as a deployment"))
add(C("F12", "F12f-counter", P,
      "Denmark signed a contract with Sweden's Saab for 19 Archer howitzers on Monday.",
      expect=[E("export_deal", ["DNK", "SWE"], prev(P, "Monday"), seller="SWE", buyer="DNK")],
      note="counterexample: a signed contract"))

# ---------------------------------------------------------------- F13 own forces, coast guards, travellers
P = "2025-04-08"
add(C("F13", "F13a", P,
      "Back from six weeks of fisheries patrols around the Chatham Islands, HMNZS Wellington berthed at "
      "Lyttelton on Sunday.", absent=["deployment"], note="own ship home"))
add(C("F13", "F13b", P,
      "The Indonesian frigate KRI Usman Harun left Port Moresby on Thursday for Jayapura, its last stop before "
      "returning home.", absent=["deployment"], note="leaving the host for an own-country port"))
add(C("F13", "F13c", P,
      "On Sunday Minister Lotte left Asunción for Santa Cruz together with General Arias, who commands the "
      "Bolivian Army's eastern division.",
      absent=["deployment"], note="a minister travelling"))
add(C("F13", "F13d", P,
      "The Vietnam Coast Guard (VCG) deployed three more of its patrol vessels to the Paracel waters on Sunday.", absent=["deployment"], note="a coast guard in own waters"))
add(C("F13", "F13e", P,
      "Mali's army chief and the visiting Russian general discussed on Monday the deployment of the Malian army "
      "in the north and help from allies.",
      absent=["deployment"], note="own army's deployment at home"))
add(C("F13", "F13f-counter", P,
      "The Australian patrol vessel HMAS Arafura tied up at Dili on Sunday for a three-day visit to Timor-Leste.",
      expect=[E("deployment", ["AUS", "TLS"], prev(P, "Sunday"), deployer="AUS", host="TLS")],
      note="counterexample: a foreign port"))

# ---------------------------------------------------------------- F14 meeting mentions that are no new meeting
P = "2025-05-21"
add(C("F14", "F14a", P,
      "La Paz – The Minister of Defence, Edmundo Novillo, and his Chilean counterpart, Adriana Delpiano, met on "
      "Monday at the Casa Grande del Pueblo, in a meeting also joined by President Luis Arce.",
      expect=[E("meeting", ["BOL", "CHL"], prev(P, "Monday"))], exact=["meeting"],
      note="'in a meeting also attended by <own president>': no one-state second meeting"))
add(C("F14", "F14b", P,
      "Next month the minister is to attend, in Djibouti, the meeting of Horn of Africa chiefs of staff, which "
      "takes place annually.", absent=["meeting"], note="habitual regional meeting"))
add(C("F14", "F14c", P,
      "In Ankara, the Turkish foreign ministry condemned the meeting as a provocation.",
      absent=["meeting"], note="a third state comments on 'the meeting'"))
add(C("F14", "F14d", P,
      "Peru and Ecuador's annual border committee will next meet in Tumbes in August.",
      absent=["meeting"], note="annual body"))
add(C("F14", "F14e", P,
      "The yearly Thai–Malaysian navy staff talks take place in Bangkok in October.",
      absent=["meeting"], note="annual staff talks"))
add(C("F14", "F14f-counter", P,
      "Thai and Malaysian naval staffs will hold talks in Bangkok on 14 October.",
      expect=[E("meeting", ["MYS", "THA"], "2025-10-14", status="planned")],
      note="counterexample: a one-off planned round"))

# ---------------------------------------------------------------- F15 purchase told as a noun phrase
P = "2025-03-19"
add(C("F15", "F15a", P,
      "Bolivia strengthens its air arm\n\nThe purchase of four K-8 trainers from China's AVIC was concluded at "
      "the defence ministry on 10 March, according to budget papers seen by this newspaper.",
      expect=[E("export_deal", ["BOL", "CHN"], "2025-03-10", seller="CHN", buyer="BOL")],
      note="'the purchase of <items> from <seller> was concluded|formalised': buyer from the story"))
P = "2025-03-19"
add(C("F15", "F15b", P,
      "Nairobi said the Kenyan Army's procurement of 40 Cobra vehicles from Turkey's Otokar, agreed in "
      "February, was on schedule.",
      expect=[E("export_deal", ["KEN", "TUR"], "2025-02", seller="TUR", buyer="KEN")],
      note="'procurement of' with a possessive buyer ('purchase of' passes)"))
P = "2025-03-19"
add(C("F15", "F15c", P,
      "Suriname's government concluded, in February, the purchase of two Damen patrol boats from the "
      "Netherlands.",
      expect=[E("export_deal", ["NLD", "SUR"], "2025-02", seller="NLD", buyer="SUR")],
      note="'concluded, <time>, the purchase of'"))
P = "2025-07-15"
add(C("F15", "F15d", P,
      "Leonardo of Italy completed in June a sale of M-346 trainers to Nigeria's air force, worth €100 million.",
      expect=[E("export_deal", ["ITA", "NGA"], "2025-06", seller="ITA", buyer="NGA")],
      note="'completed|finalised <time> a sale of <items> to <buyer>'"))
P = "2025-03-19"
add(C("F15", "F15e-counter", P,
      "The purchase of four K-8 trainers from China is still under study, Bolivian officials said.",
      absent=["export_deal"], note="counterexample: a purchase under study"))

# ---------------------------------------------------------------- F16 presence and contribution told otherwise
P = "2025-02-26"
add(C("F16", "F16a", P,
      "Next year Norway will contribute a company of some 150 soldiers to the NATO battlegroup in Slovakia.",
      expect=[E("deployment", ["NOR", "SVK"], "2026", deployer="NOR", host="SVK", status="planned")],
      note="'contribute a <unit> of ... personnel'"))
P = "2025-02-26"
add(C("F16", "F16b", P,
      "Rwandan soldiers have fought alongside Mozambique's army in Mozambique since July 2021.",
      expect=[E("deployment", ["MOZ", "RWA"], "2021-07", deployer="RWA", host="MOZ")],
      note="'have fought|have been fighting alongside'"))
P = "2025-02-26"
add(C("F16", "F16c", P,
      "In Lithuania, where German troops have anchored the allied presence since 2017, the new brigade is growing.",
      expect=[E("deployment", ["DEU", "LTU"], "2017", deployer="DEU", host="LTU")],
      note="'have anchored the presence since'"))
P = "2025-02-26"
add(C("F16", "F16d", P,
      "On Monday the Dutch frigate HNLMS Tromp sailed from Den Helder for a four-month patrol in the Baltic Sea.",
      expect=[E("deployment", ["NLD"], prev(P, "Monday"), deployer="NLD")],
      note="own ship 'for a <duration> patrol in <sea area>' (host null)"))
P = "2025-02-26"
add(C("F16", "F16e-counter", P,
      "Norway will not contribute soldiers to the NATO battlegroup in Slovakia next year.",
      absent=["deployment"], note="counterexample: negated"))

# ---------------------------------------------------------------- F17 host of a deployment
P = "2025-01-15"
add(C("F17", "F17a", P,
      "Nepal has kept troops in the south of Lebanon since 1978.",
      expect=[E("deployment", ["LBN", "NPL"], "1978", deployer="NPL", host="LBN")],
      note="'in the <direction> of <State>'"))
P = "2025-01-15"
add(C("F17", "F17b", P,
      "Four French Rafales flew into Tindal air base in the Northern Territory on Monday. The jets are on a month-long "
      "Pacific deployment that will also carry them to Indonesia and Malaysia.",
      expect=[E("deployment", ["AUS", "FRA"], prev(P, "Monday"), deployer="FRA", host="AUS")],
      note="host from the onward leg"))
P = "2025-01-15"
add(C("F17", "F17c-counter", P,
      "Nepal has kept troops in Lebanon since 1978.",
      expect=[E("deployment", ["LBN", "NPL"], "1978", deployer="NPL", host="LBN")],
      note="counterexample: the state directly"))

# ---------------------------------------------------------------- F18 agreement date from the year in its name or the sidelines
P = "2025-12-10"
add(C("F18", "F18a", P,
      "Hungary's and Serbia's defence ministers held talks in Belgrade on Monday. The two ministers then signed "
      "the 2026 military cooperation plan.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Monday"), status="completed")],
      note="year at the head of the instrument name read as the date"))
P = "2025-06-07"
add(C("F18", "F18b", P,
      "The defence ministers of Italy, Greece and Malta met in Valletta on Thursday. On the sidelines, Italy and Malta "
      "also signed a memorandum on maritime surveillance.",
      expect=[E("agreement", ["ITA", "MLT"], prev(P, "Thursday"))],
      note="bilateral signing on the sidelines of a three-way meeting"))
P = "2025-12-10"
add(C("F18", "F18c-counter", P,
      "On Monday Hungary and Serbia signed a military cooperation programme for 2026.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Monday"), status="completed")],
      note="counterexample: 'for <year>' after the noun already works"))

# ---------------------------------------------------------------- F19 in-clause deployment details
P = "2025-04-22"
add(C("F19", "F19a", P,
      "Cambodia will send its fourth engineering company to Bangui, Central African Republic, in May; the unit, "
      "with 58 officers and staff, will serve with MINUSCA.",
      expect=[E("deployment", ["CAF", "KHM"], "2025-05", deployer="KHM", host="CAF", personnel=58)],
      note="'with N officers and staff'"))
P = "2025-04-22"
add(C("F19", "F19b", P,
      "The Colombian Navy's patrol vessel ARC 20 de Julio arrived in Panama City on Monday for a four-day visit.",
      expect=[E("deployment", ["COL", "PAN"], prev(P, "Monday"), deployer="COL", host="PAN", assets=["ARC 20 de Julio"])],
      note="ship name with a numeral"))
P = "2025-04-22"
add(C("F19", "F19c", P,
      "The patrol vessel Foscari, on its Mare Aperto deployment in the Atlantic, called at Accra on Sunday, the "
      "Italian Navy said.",
      expect=[E("deployment", ["GHA", "ITA"], prev(P, "Sunday"), deployer="ITA", host="GHA", operation="Mare Aperto")],
      note="operation name as a modifier of 'deployment'"))
P = "2025-04-22"
add(C("F19", "F19d", P,
      "Six Italian F-35s and around 90 personnel will be stationed at Šiauliai in June to police the airspace of the "
      "Baltic states.",
      expect=[E("deployment", ["ITA", "LTU"], "2025-06", deployer="ITA", host="LTU", personnel=90)],
      note="the verb 'to police' read as police"))
P = "2025-04-22"
add(C("F19", "F19e-counter", P,
      "Latvian police officers will be stationed at the border in June to police the crossings.",
      absent=["deployment"], note="counterexample: police at home"))

# ---------------------------------------------------------------- F20 passive or nominal signing at a meeting
P = "2024-10-04"
add(C("F20", "F20a", P,
      "Czech Defence Minister Jaromír Zůna and his Slovak counterpart held talks in Prague on Tuesday. A memorandum "
      "on air policing was signed on the occasion.",
      expect=[E("agreement", ["CZE", "SVK"], prev(P, "Tuesday"))],
      note="agentless passive 'on the occasion'"))
P = "2024-10-04"
add(C("F20", "F20b", P,
      "A memorandum on joint artillery training, which lets crews use each other's ranges, was signed in Bratislava "
      "on Tuesday by the Czech and Slovak defence ministers.",
      expect=[E("agreement", ["CZE", "SVK"], prev(P, "Tuesday"))],
      note="relative clause between the subject and 'was signed'"))
P = "2024-10-04"
add(C("F20", "F20c", P,
      "Paraguay's President received Bolivia's defence minister on Tuesday. The audience culminated in the signing "
      "of an accord on river patrols.",
      expect=[E("agreement", ["BOL", "PRY"], prev(P, "Tuesday"))],
      note="agentless nominal 'culminated in the signing of'"))
P = "2024-10-04"
add(C("F20", "F20d-counter", P,
      "Czech and Slovak officials held talks in Prague on Tuesday. A memorandum on air policing could be signed next "
      "year.",
      absent=["agreement"], note="counterexample: a possible signing"))

# ---------------------------------------------------------------- F21 exercises and deliveries read as deployments
P = "2025-06-03"
add(C("F21", "F21a", P,
      "Kyrgyzstan hosts a joint drill near Osh in mid-July. A Kazakh motor-rifle company is due to arrive in "
      "Kyrgyzstan on 5 July to take part.", absent=["deployment"],
      note="arrival for an exercise told in the sentence before"))
P = "2025-06-03"
add(C("F21", "F21b", P,
      "Kenya expects the last Z-9 helicopters it ordered from China to arrive in 2026.",
      absent=["deployment"], note="a delivery read as an arrival"))
P = "2025-06-03"
add(C("F21", "F21c-counter", P,
      "Units of the Kazakh army arrived in Kyrgyzstan on Monday to join the CSTO peacekeeping force.",
      expect=[E("deployment", ["KAZ", "KGZ"], prev(P, "Monday"), deployer="KAZ", host="KGZ")],
      note="counterexample: a deployment"))

# ---------------------------------------------------------------- F22 instrument name not captured
P = "2025-05-14"
add(C("F22", "F22a", P,
      "Serbia's defence minister held talks with Hungary's defence minister in Novi Sad on Monday. An agreement "
      "between the two ministries of defence on military medicine was signed following the talks.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Monday"), name="agreement on military medicine")]))
P = "2025-05-14"
add(C("F22", "F22b", P,
      "Serbia and Hungary signed a framework agreement on cadet exchanges on Monday.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Monday"), name="framework agreement on cadet exchanges")],
      note="'framework agreement on ...'"))
P = "2025-05-14"
add(C("F22", "F22c-counter", P,
      "Serbia and Hungary signed an agreement on cadet exchanges on Monday.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Monday"), name="agreement on cadet exchanges")],
      note="counterexample: a plain 'agreement on ...'"))

# ---------------------------------------------------------------- F23 topic filter
P = "2025-10-22"
add(C("F23", "F23a", P,
      "Peru's defence minister met his Ecuadorian counterpart in Lima on Tuesday. The two ministers then signed "
      "a memorandum on the combined peace force their armies keep for UN missions.",
      expect=[E("agreement", ["ECU", "PER"], prev(P, "Tuesday"))],
      note="'peace force' is a military unit, not a peace deal"))
P = "2025-10-22"
add(C("F23", "F23b", P,
      "Greece and Egypt signed a further memorandum on cooperation in the area of citrus exports on Monday.",
      absent=["agreement"], note="'<crop> exports' with 'cooperation'"))
P = "2025-10-22"
add(C("F23", "F23c-counter", P,
      "Colombia and the FARC signed a peace agreement in Havana on Monday.",
      absent=["agreement"], note="counterexample: a peace deal stays out"))
