"""Paraphrased test cases for the set-23 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 23.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 ship arrivals told with another verb or frame
P = "2025-03-19"
add(C("F1", "F1a", P,
      "The Italian Navy's amphibious ship ITS San Giusto made landfall at Dar es Salaam on Sunday for five days of "
      "exchanges with the Tanzania People's Defence Force.",
      expect=[E("deployment", ["ITA", "TZA"], prev(P, "Sunday"), deployer="ITA", host="TZA")],
      note="'made landfall at <port>' ('arrived at' works)"))
P = "2024-09-13"
add(C("F1", "F1b", P,
      "Manila's South Harbor saw the arrival on Wednesday of the Royal Australian Navy frigate HMAS Toowoomba, which "
      "will stay three days before heading for Guam.",
      expect=[E("deployment", ["AUS", "PHL"], prev(P, "Wednesday"), deployer="AUS", host="PHL")],
      note="host as the subject: '<port> saw the arrival on <day> of <ship>'"))
P = "2026-02-10"
add(C("F1", "F1c", P,
      "COLOMBO – Arriving in Colombo on Saturday, the Japanese destroyer JS Takanami began a three-day goodwill visit "
      "that the Sri Lanka Navy called a sign of growing trust.",
      expect=[E("deployment", ["JPN", "LKA"], prev(P, "Saturday"), deployer="JPN", host="LKA")],
      note="fronted participle 'Arriving in <port> on <day>, <ship> began a visit'"))
P = "2025-10-16"
add(C("F1", "F1d", P,
      "The Spanish frigate Méndez Núñez spent the weekend alongside in Djibouti, where her crew hosted Djiboutian "
      "coast guard officers, before sailing on to the Gulf of Aden.",
      expect=[E("deployment", ["DJI", "ESP"], "2025-10", deployer="ESP", host="DJI")],
      note="'spent <time> alongside at <port>'"))
P = "2024-05-22"
add(C("F1", "F1e", P,
      "Two Pakistan Navy ships, PNS Shamsheer and PNS Moawin, were welcomed into Alexandria on Monday by an Egyptian "
      "Navy band as a four-day call began.",
      expect=[E("deployment", ["EGY", "PAK"], prev(P, "Monday"), deployer="PAK", host="EGY")],
      note="passive 'were welcomed into <port>'"))
P = "2025-11-26"
add(C("F1", "F1f", P,
      "South Korean destroyers ROKS Gang Gam-chan and ROKS Dae Jo-yeong opened a three-day harbour phase at Cam Ranh "
      "on Tuesday, with sports fixtures and deck receptions planned for the crews.",
      expect=[E("deployment", ["KOR", "VNM"], prev(P, "Tuesday"), deployer="KOR", host="VNM")],
      note="'opened a <N>-day harbour phase at <port>'"))
P = "2026-09-09"
add(C("F1", "F1g", P,
      "ATHENS – The Hellenic Navy's new corvette Kimon made her first foreign call, at Limassol in Cyprus, on Friday, "
      "and her crew joined Cypriot sailors for a rescue drill.",
      expect=[E("deployment", ["CYP", "GRC"], prev(P, "Friday"), deployer="GRC", host="CYP")],
      note="'made her first foreign call, at <port> in <State>, on <day>' ('made a port call at' works)"))
P = "2024-03-06"
add(C("F1", "F1h", P,
      "The Chilean Navy's training ship Esmeralda, on her way north for the summer cruise, began her stay in Callao on "
      "Sunday, her first call in Peru in four years.",
      expect=[E("deployment", ["CHL", "PER"], prev(P, "Sunday"), deployer="CHL", host="PER", status="completed")],
      note="'began her stay in <port>' with an apposition after the subject (without it: 'remain', ongoing)"))
P = "2025-06-25"
add(C("F1", "F1i", P,
      "The Indian sail training ship INS Tarangini stood into Port Louis harbour on Thursday, saluted by the coast "
      "guard, and will remain for four days.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Thursday"), deployer="IND", host="MUS", status="completed")],
      note="'stood into <city> harbour' (only the follow-up 'will remain' is read, planned)"))
P = "2025-03-19"
add(C("F1", "F1j-counter", P,
      "The Italian Navy's amphibious ship ITS San Giusto arrived at Dar es Salaam on Sunday for five days of "
      "exchanges with the Tanzania People's Defence Force.",
      expect=[E("deployment", ["ITA", "TZA"], prev(P, "Sunday"), deployer="ITA", host="TZA")],
      note="counterexample: 'arrived at <port>'"))
P = "2025-03-19"
add(C("F1", "F1k-counter", P,
      "Cyclone Jude made landfall near Quelimane on Sunday, and the Mozambican army sent engineers to the coast.",
      absent=["deployment"], note="counterexample: a storm, not a ship, makes landfall"))

# ---------------------------------------------------------------- F2 deal told as a noun phrase, after a colon or a dash
P = "2024-04-24"
add(C("F2", "F2a", P,
      "ABU DHABI — The UAE's defence minister received South Korea's defence minister on Monday for talks on joint "
      "production. The order, valued at AED 2.4 billion, covers 24 K9 Thunder howitzers from Hanwha Aerospace, and was "
      "signed in the same session.",
      expect=[E("export_deal", ["ARE", "KOR"], prev(P, "Monday"), seller="KOR", buyer="ARE")],
      note="'The order, valued at <money>, covers <N> <items> from <firm>' (the buyer only in the scene)"))
P = "2025-05-14"
add(C("F2", "F2b", P,
      "BUCHAREST – The purchase agreement for 54 AIM-120 AMRAAM missiles for the F-35 fleet, worth US$ 210 million, "
      "was signed with the United States government in Bucharest on Tuesday, the ministry said.",
      expect=[E("export_deal", ["ROU", "USA"], prev(P, "Tuesday"), seller="USA", buyer="ROU")],
      note="'The purchase agreement for <items>, worth <money>, was signed with <seller>' (buyer only in the dateline)"))
P = "2026-03-04"
add(C("F2", "F2c", P,
      "WARSAW – Signature of the contract for 12 Airbus H225M Caracal helicopters, estimated at €1.1 billion, is "
      "pencilled in for June, the Polish ministry said after the French minister's visit.",
      expect=[E("export_deal", ["FRA", "POL"], "2026-06", seller="FRA", buyer="POL", status="planned")],
      note="'Signature of the contract for <items> ... is pencilled in for <month>'"))
P = "2024-11-28"
add(C("F2", "F2d", P,
      "The sale of four patrol vessels to Nigeria, worth €190 million, was agreed on Wednesday between the Nigerian "
      "Ministry of Defence and Fincantieri.",
      expect=[E("export_deal", ["ITA", "NGA"], prev(P, "Wednesday"), seller="ITA", buyer="NGA")],
      note="'The sale of <items> to <buyer>, worth <money>, was agreed <time> between <buyer> and <firm>'"))
P = "2026-02-18"
add(C("F2", "F2e", P,
      "Colombia's defence minister confirmed the US$ 52 million purchase of three landing craft from the Chilean naval "
      "shipyard ASMAR, closed at the end of last year, and said the boats would arrive in 2027.",
      expect=[E("export_deal", ["CHL", "COL"], "2025", seller="CHL", buyer="COL")],
      note="'the <money> purchase of <items> from <firm>, closed <time>'"))
P = "2025-08-13"
add(C("F2", "F2f", P,
      "ABUJA — The Nigerian Navy's newest order — two 76-metre offshore patrol vessels from Türkiye's Dearsan "
      "Shipyard, worth US$ 220 million — was signed on Tuesday at Defence Headquarters.",
      expect=[E("export_deal", ["NGA", "TUR"], prev(P, "Tuesday"), seller="TUR", buyer="NGA")],
      note="dash appositive '<buyer>'s newest order — <items> from <firm>, worth <money> — was signed' ('order for' works)"))
P = "2026-10-07"
add(C("F2", "F2g", P,
      "TALLINN – Estonia has meanwhile doubled down on its Korean-built howitzers: a third contract, worth €46 million, "
      "was signed on Monday with Hanwha Aerospace for 12 additional K9 Thunder guns.",
      expect=[E("export_deal", ["EST", "KOR"], prev(P, "Monday"), seller="KOR", buyer="EST")],
      note="'<buyer> has doubled down on ...: a <Nth> contract, worth <money>, was signed <time> with <firm>'"))
P = "2025-01-29"
add(C("F2", "F2h", P,
      "YEREVAN – Armenia becomes the second export operator of the Akash air defence system following the signing, on "
      "Monday in Yerevan, of a US$ 280 million contract between Bharat Dynamics and the Ministry of Defence of Armenia.",
      expect=[E("export_deal", ["ARM", "IND"], prev(P, "Monday"), seller="IND", buyer="ARM")],
      note="'following the signing, on <day> in <city>, of a <money> contract between <firm> and <buyer>'"))
P = "2024-05-08"
add(C("F2", "F2i", P,
      "VIENNA – Austria's defence minister met Finland's defence minister in Vienna on Tuesday. The order for armoured "
      "vehicles was finalised that same afternoon: the federal armaments agency and Patria signed a contract worth "
      "€210 million for 36 Patria 6x6 vehicles.",
      expect=[E("export_deal", ["AUT", "FIN"], prev(P, "Tuesday"), seller="FIN", buyer="AUT")],
      note="'<the order> was finalised <time>: <agency> and <firm> signed' (no buyer, publication date)"))
P = "2025-08-13"
add(C("F2", "F2j-counter", P,
      "The Nigerian Navy ordered two 76-metre offshore patrol vessels from Türkiye's Dearsan Shipyard for US$ 220 "
      "million on Tuesday.",
      expect=[E("export_deal", ["NGA", "TUR"], prev(P, "Tuesday"), seller="TUR", buyer="NGA")],
      note="counterexample: the buyer as the subject of 'ordered'"))

# ---------------------------------------------------------------- F3 signing told with an idiom, a legal verb or a split verb
P = "2024-09-20"
add(C("F3", "F3a", P,
      "SKOPJE – North Macedonia's defence minister met Türkiye's defence minister on Thursday. The two ministers then "
      "put in place a protocol covering engineering assistance for the army.",
      expect=[E("agreement", ["MKD", "TUR"], prev(P, "Thursday"))],
      note="'put in place <instrument>' ('signed' works)"))
P = "2025-07-30"
add(C("F3", "F3b", P,
      "Cambodia's defence minister and Vietnam's defence minister held talks in Phnom Penh on Monday. A memorandum of "
      "understanding on river patrols was executed by the two sides when the talks closed.",
      expect=[E("agreement", ["KHM", "VNM"], prev(P, "Monday"))],
      note="legal verb 'was executed by <parties>' ('was signed by' works)"))
P = "2026-05-13"
add(C("F3", "F3c", P,
      "QUITO – Ecuador and Colombia entered into an accord on riverine security on Tuesday, when the two defence "
      "ministers signed it at a short ceremony at the Rumichaca bridge.",
      expect=[E("agreement", ["COL", "ECU"], prev(P, "Tuesday"))],
      note="'entered into <instrument> ..., when ... signed it' ('concluded' works)"))
P = "2024-10-09"
add(C("F3", "F3d", P,
      "Kenya's navy commander and Tanzania's navy chief met in Mombasa on Monday. A memorandum on search and rescue at "
      "sea, drafted over a year, received the signatures of both chiefs at the same meeting.",
      expect=[E("agreement", ["KEN", "TZA"], prev(P, "Monday"))],
      note="'<instrument> received the signatures of both <chiefs>' (read as a hosting)"))
P = "2025-12-04"
add(C("F3", "F3f", P,
      "Spain's chief of defence and Ghana's chief of the defence staff held talks in Madrid on Wednesday. Signatures "
      "went on an agreement on staff training before the Ghanaian delegation flew home.",
      expect=[E("agreement", ["ESP", "GHA"], prev(P, "Wednesday"))],
      note="'Signatures went on <instrument>'"))
P = "2026-01-21"
add(C("F3", "F3g", P,
      "BUDAPEST – Romania's defence minister met Hungary's defence minister in Budapest on Monday. The two ministers "
      "renewed for three years the memorandum on military medicine, signing the extension at the ministry.",
      expect=[E("agreement", ["HUN", "ROU"], prev(P, "Monday"))],
      note="'renewed for <N> years <instrument>, signing the extension' ('signed the extension of' works)"))
P = "2025-04-23"
add(C("F3", "F3h", P,
      "Estonia's defence minister and Finland's state secretary for defence met on Tuesday in Tallinn. At the close of "
      "the meeting the two officials signed, and so brought into force, an arrangement on joint use of the "
      "Nursipalu range.",
      expect=[E("agreement", ["EST", "FIN"], prev(P, "Tuesday"))],
      note="a split verb 'signed, and <thereby> brought into force, <instrument>'"))
P = "2024-02-21"
add(C("F3", "F3i", P,
      "Morocco's defence minister and Djibouti's defence minister met in Rabat on Monday. Both ministers have agreed "
      "in writing to double the number of Djiboutian cadets trained in Morocco, by way of a protocol signed when the "
      "meeting ended.",
      expect=[E("agreement", ["DJI", "MAR"], prev(P, "Monday"))],
      note="'have agreed in writing to ..., through <instrument> signed <at the meeting's end>'"))
P = "2025-07-30"
add(C("F3", "F3j-counter", P,
      "Cambodia's defence minister and Vietnam's defence minister held talks in Phnom Penh on Monday. A memorandum of "
      "understanding on river patrols was signed by the two sides when the talks closed.",
      expect=[E("agreement", ["KHM", "VNM"], prev(P, "Monday"))], note="counterexample: 'was signed by the two sides'"))

# ---------------------------------------------------------------- F4 meeting told with an idiom
P = "2024-08-21"
add(C("F4", "F4a", P,
      "Oman's defence minister shook hands with Jordan's defence minister at the ministry in Amman on Tuesday before "
      "an hour of talks on border security.",
      expect=[E("meeting", ["JOR", "OMN"], prev(P, "Tuesday"))],
      note="'shook hands with <B> ... before <N> of talks' ('met' works)"))
P = "2025-09-26"
add(C("F4", "F4b", P,
      "Lithuania's defence minister and his Polish counterpart spoke at length in Vilnius on Thursday about air "
      "defence along the Suwałki corridor.",
      expect=[E("meeting", ["LTU", "POL"], prev(P, "Thursday"), location="Vilnius")],
      note="'spoke at length in <city> on <day>'"))
P = "2026-04-15"
add(C("F4", "F4c", P,
      "Norway's defence minister and Sweden's defence minister took stock on Monday in Oslo of the plans for a joint "
      "brigade in the north.",
      expect=[E("meeting", ["NOR", "SWE"], prev(P, "Monday"))],
      note="'took stock on <day> in <city> of <topic>'"))
P = "2024-12-12"
add(C("F4", "F4d", P,
      "Italy's chief of defence and Tunisia's army chief of staff spent Wednesday together at the joint operations "
      "headquarters in Rome, going through the situation in Libya.",
      expect=[E("meeting", ["ITA", "TUN"], prev(P, "Wednesday"))],
      note="'spent <day> together at <place>, going through <topic>'"))
P = "2025-06-06"
add(C("F4", "F4e", P,
      "Uruguay's defence minister and Argentina's defence minister were in session for most of Tuesday in Montevideo, "
      "with river patrols at the top of the agenda.",
      expect=[E("meeting", ["ARG", "URY"], prev(P, "Tuesday"))],
      note="'were in session for most of <day> in <city>'"))
P = "2025-06-06"
add(C("F4", "F4f", P,
      "Uruguay's defence minister and Argentina's defence minister were in session for most of Tuesday in Montevideo."
      "\n\nQUESTION: Was anything signed?\n\nANSWER: Yes. The two ministers then signed an agreement on river patrols.",
      expect=[E("agreement", ["ARG", "URY"], prev(P, "Tuesday"))],
      note="the signing after the idiom meeting, across transcript labels, keeps the publication date"))
P = "2024-06-14"
add(C("F4", "F4g", P,
      "Paraguay's defence minister took his Brazilian counterpart on a tour of the naval base at Bahía Negra on "
      "Thursday, and the two then held talks about smuggling on the river.",
      expect=[E("meeting", ["BRA", "PRY"], prev(P, "Thursday"))],
      note="'took <B> on a tour of <place> on <day>, and the two then held talks' ('held talks at' works)"))
P = "2026-11-11"
add(C("F4", "F4h", P,
      "COPENHAGEN – Oman's chief of staff was briefed at the defence command in Copenhagen on Monday by Denmark's "
      "defence minister on the frigate programme.",
      expect=[E("meeting", ["DNK", "OMN"], prev(P, "Monday"))],
      note="passive 'was briefed ... by <B>' ('was received ... by' works)"))
P = "2025-02-12"
add(C("F4", "F4i", P,
      "VALLETTA – Malta's defence minister is due in Athens next Tuesday to see Greece's defence minister, the "
      "ministry announced on Sunday.",
      expect=[E("meeting", ["GRC", "MLT"], nxt(P, "Tuesday"), status="planned")],
      note="planned 'is due in <city> <time> to see <B>' ('will visit ... for talks with' works)"))
P = "2025-09-26"
add(C("F4", "F4j-counter", P,
      "Lithuania's defence minister and his Polish counterpart met in Vilnius on Thursday to discuss air defence along "
      "the Suwałki corridor.",
      expect=[E("meeting", ["LTU", "POL"], prev(P, "Thursday"))], note="counterexample: 'met'"))
P = "2024-08-21"
add(C("F4", "F4k-counter", P,
      "Jordan's defence minister shook hands with veterans at the parade in Amman on Tuesday.",
      absent=["meeting"], note="counterexample: shaking hands with no second state"))

# ---------------------------------------------------------------- F5 planned moves told with other verbs
P = "2024-07-17"
add(C("F5", "F5a", P,
      "A fresh company of 120 Ghanaian soldiers will relieve the contingent in Juba in October, the armed forces said "
      "on Tuesday.",
      expect=[E("deployment", ["GHA", "SSD"], "2024-10", deployer="GHA", host="SSD", status="planned")],
      note="'will relieve the contingent in <city> in <month>' ('will deploy to' works)"))
P = "2025-11-05"
add(C("F5", "F5b", P,
      "A Burundian battalion is scheduled to join the AU Support and Stabilisation Mission in Somalia (AUSSOM) in "
      "March, the army spokesman said.",
      expect=[E("deployment", ["BDI", "SOM"], "2026-03", deployer="BDI", host="SOM", status="planned")],
      note="'is scheduled to join <mission named with its country> in <month>' ('will deploy to' works)"))
P = "2026-03-11"
add(C("F5", "F5c", P,
      "A Senegalese infantry company of about 140 soldiers is expected to reach Goma in June to join MONUSCO, the army "
      "general staff said.",
      expect=[E("deployment", ["COD", "SEN"], "2026-06", deployer="SEN", host="COD", status="planned")],
      note="'is expected to reach <city> in <month>'"))
P = "2026-05-20"
add(C("F5", "F5d", P,
      "The next Czech rotation to Slovakia — about 100 soldiers with their vehicles — leaves for Slovakia in August, "
      "joining the multinational battlegroup there for six months.",
      expect=[E("deployment", ["CZE", "SVK"], "2026-08", deployer="CZE", host="SVK", status="planned")],
      note="present for future 'leaves for <place> in <month>'"))
P = "2024-09-18"
add(C("F5", "F5e", P,
      "A Nepalese battalion of about 850 troops will rotate into Bentiu, in South Sudan's Unity State, next month as "
      "part of UNMISS. The troops finished their training at the Birendra Peace Operations "
      "Training Centre last week.",
      expect=[E("deployment", ["NPL", "SSD"], "2024-10", deployer="NPL", host="SSD", status="planned", personnel=850)],
      note="'will rotate into <place>' is no move ('will deploy to' works; in set 23 a deployment-noun reading took "
           "the next sentence's date and place)"))
P = "2025-02-19"
add(C("F5", "F5f", P,
      "A Zambian infantry company is expected to reach Bangui in April to join MINUSCA, the Zambia Army said.",
      expect=[E("deployment", ["CAF", "ZMB"], "2025-04", deployer="ZMB", host="CAF", status="planned")],
      note="'is expected to reach <capital> in <month>'"))
P = "2024-07-17"
add(C("F5", "F5g-counter", P,
      "A fresh company of 120 Ghanaian soldiers will deploy to Juba in October, the armed forces said on Tuesday.",
      expect=[E("deployment", ["GHA", "SSD"], "2024-10", deployer="GHA", host="SSD", status="planned")],
      note="counterexample: 'will deploy to <city>'"))

# ---------------------------------------------------------------- F6 meeting date, place and status from the wrong clause
P = "2025-04-04"
add(C("F6", "F6a", P,
      "When they met in Nairobi on Tuesday, Kenya's defence minister and Ethiopia's defence minister discussed the "
      "force that will replace the current mission on 1 July.",
      expect=[E("meeting", ["ETH", "KEN"], prev(P, "Tuesday"), location="Nairobi")], exact=["meeting"],
      note="'When they met in <city> on <day>, ... discussed <topic> ... on <date>': a second meeting on the later date"))
P = "2024-03-13"
add(C("F6", "F6b", P,
      "The meeting between Bulgaria's defence minister and his Romanian counterpart, which overran on Friday in Ruse, "
      "was dominated by drone incursions.",
      expect=[E("meeting", ["BGR", "ROU"], prev(P, "Friday"), location="Ruse")],
      note="time and place in a relative clause on the meeting noun (publication date, no place)"))
P = "2024-03-13"
add(C("F6", "F6c", P,
      "The meeting between Bulgaria's defence minister and his Romanian counterpart, which overran on Friday in Ruse, "
      "was dominated by drone incursions.\n\nThe two ministers also signed a technical agreement covering "
      "the exchange of sonar data.",
      expect=[E("agreement", ["BGR", "ROU"], prev(P, "Friday"))],
      note="the signing that follows takes the meeting's (missing) day"))
P = "2026-01-14"
add(C("F6", "F6d", P,
      "ANKARA – Türkiye and Oman have deepened their defence ties after a two-day visit to Ankara by Oman's defence "
      "minister, the ministry said on Tuesday.\n\nThe Omani minister met Türkiye's defence minister at the ministry on "
      "Monday.",
      expect=[E("meeting", ["OMN", "TUR"], prev(P, "Monday"))], exact=["meeting"],
      note="a visit told in a reported clause dated by 'said on <day>' stands beside the meeting"))
P = "2024-04-17"
add(C("F6", "F6e", P,
      "BRUSSELS – Defence Minister Ludivine Dedonder will pay an official visit to Ottawa from 6 to 8 May, during which "
      "she is also to meet Canada's National Defence Minister, Bill Blair, the General Directorate of Defence announced "
      "on Tuesday.",
      expect=[E("meeting", ["BEL", "CAN"], "2024-05", status="planned")], exact=["meeting"],
      note="'during which <she> is (also) to meet <B>, <the organisation> announced on <day>': a second meeting "
           "dated by the announcement"))
P = "2024-03-13"
add(C("F6", "F6f-counter", P,
      "The meeting between Bulgaria's defence minister and his Romanian counterpart on Friday in Ruse was dominated by "
      "drone incursions.",
      expect=[E("meeting", ["BGR", "ROU"], prev(P, "Friday"), location="Ruse")],
      note="counterexample: time and place after the meeting noun"))
P = "2024-04-17"
add(C("F6", "F6g-counter", P,
      "BRUSSELS – Defence Minister Ludivine Dedonder will pay an official visit to Ottawa from 6 to 8 May, during which "
      "she is also to meet Canada's National Defence Minister, Bill Blair, her office announced on Tuesday.",
      expect=[E("meeting", ["BEL", "CAN"], "2024-05", status="planned")], exact=["meeting"],
      note="counterexample: the same clause with a speaker that is no organisation"))

# ---------------------------------------------------------------- F7 names, references and navies the resolver misreads
P = "2025-10-22"
add(C("F7", "F7a", P,
      "VIENNA – Defence Minister Klaudia Tanner met her opposite number, Slovakia's Minister of Defence Robert "
      "Kaliňák, in Vienna on Tuesday for talks on air policing.",
      expect=[E("meeting", ["AUT", "SVK"], prev(P, "Tuesday"))],
      note="an unqualified 'her opposite number' with the party in an apposition ('met Slovakia's ...' works)"))
P = "2026-07-15"
add(C("F7", "F7b", P,
      "HONIARA – On Friday, Prime Ministers Jeremiah Manele and Christopher Luxon signed a defence cooperation treaty "
      "at the parliament in Honiara.",
      expect=[E("agreement", ["NZL", "SLB"], prev(P, "Friday"))],
      note="plural title 'Prime Ministers <A> and <B>' ('<State>'s prime minister' works)"))
P = "2026-07-15"
add(C("F7", "F7c", P,
      "HONIARA – On Friday, Prime Ministers Jeremiah Manele and Christopher Luxon signed a defence cooperation treaty "
      "at the parliament in Honiara.\n\nA leaders' meeting between Manele and Luxon earlier that morning preceded the "
      "signing.",
      expect=[E("meeting", ["NZL", "SLB"], prev(P, "Friday"))],
      note="the same names in a meeting noun: one party only"))
P = "2024-11-20"
add(C("F7", "F7d", P,
      "Australia's Defence Minister Richard Marles held talks in Seoul on Monday with Kim Yong-hyun, South Korea's "
      "defence minister. Marles and Kim then signed a memorandum on ship maintenance.",
      expect=[E("agreement", ["AUS", "KOR"], prev(P, "Monday"))],
      note="a family name told first ('Kim Yong-hyun' referred to as 'Kim')"))
P = "2025-01-15"
add(C("F7", "F7e", P,
      "The Chief of the Royal Navy of Oman (RNO), Rear Admiral Khalid Al Hinai, and Pakistan's naval chief met at the "
      "naval base in Salalah on Sunday to discuss patrols in the Arabian Sea.",
      expect=[E("meeting", ["OMN", "PAK"], prev(P, "Sunday"))],
      note="'the Royal Navy of Oman' read as the British Royal Navy"))
P = "2024-02-07"
add(C("F7", "F7f", P,
      "KARACHI, Feb 7 (APP): Karachi Shipyard & Engineering Works (KS&EW) clinched an export sale to Bahrain: a "
      "contract for two fast attack craft, worth BHD 40 million, was signed on Monday.",
      expect=[E("export_deal", ["BHR", "PAK"], None, seller="PAK", buyer="BHR")],
      note="an unlisted firm in its own datelined story ('Pakistan's Karachi Shipyard' works)"))
P = "2025-10-22"
add(C("F7", "F7g-counter", P,
      "VIENNA – Defence Minister Klaudia Tanner met her Slovak counterpart Robert Kaliňák in Vienna on Tuesday for talks "
      "on air policing.",
      expect=[E("meeting", ["AUT", "SVK"], prev(P, "Tuesday"))],
      note="counterexample: '<demonym> counterpart'"))

# ---------------------------------------------------------------- F8 troops and aircraft arriving or setting up
P = "2025-05-07"
add(C("F8", "F8a", P,
      "A Dutch tank squadron rolled into Rukla on Tuesday to join the NATO battlegroup in Lithuania for the summer.",
      expect=[E("deployment", ["LTU", "NLD"], prev(P, "Tuesday"), deployer="NLD", host="LTU")],
      note="'rolled into <town>' ('arrived in' works)"))
P = "2026-08-05"
add(C("F8", "F8b", P,
      "A Chilean Air Force detachment of two C-130s and 35 personnel set up at Ushuaia on Friday to support the "
      "Argentine Antarctic programme.",
      expect=[E("deployment", ["ARG", "CHL"], prev(P, "Friday"), deployer="CHL", host="ARG")],
      note="'set up at <place>'"))
P = "2026-08-05"
add(C("F8", "F8c", P,
      "The Portuguese Air Force (FAP) is also busy abroad. An FAP C-295 began operating from Bissau's airport on Monday "
      "in support of medical evacuation flights.",
      expect=[E("deployment", ["GNB", "PRT"], prev(P, "Monday"), deployer="PRT", host="GNB")],
      note="an aircraft type as the subject head ('An FAP transport aircraft' works)"))
P = "2026-08-05"
add(C("F8", "F8d", P,
      "NIAMEY – A company of Chadian soldiers joined the garrison of Gao on Thursday, the first foreign unit of the "
      "joint force to be stationed there.",
      expect=[E("deployment", ["MLI", "TCD"], prev(P, "Thursday"), deployer="TCD", host="MLI", status="completed")],
      note="'joined the garrison of <town>' (only 'to be stationed' is read: planned, no host)"))
P = "2024-04-10"
add(C("F8", "F8e", P,
      "A Danish infantry company rolled into Tapa on Saturday, bringing its vehicles from Paldiski by rail.",
      expect=[E("deployment", ["DNK", "EST"], prev(P, "Saturday"), deployer="DNK", host="EST")],
      note="'rolled into <town>'"))
P = "2025-05-07"
add(C("F8", "F8f-counter", P,
      "A Dutch tank squadron arrived in Rukla on Tuesday to join the NATO battlegroup in Lithuania for the summer.",
      expect=[E("deployment", ["LTU", "NLD"], prev(P, "Tuesday"), deployer="NLD", host="LTU")],
      note="counterexample: 'arrived in <town>'"))

# ---------------------------------------------------------------- F9 roles, items, strength and completion from the wrong phrase
P = "2025-09-03"
add(C("F9", "F9a", P,
      "Mongolia's defence minister and South Korea's defence minister held talks in Ulaanbaatar on Monday. In a deal "
      "worth MNT 700 billion, Korea's Hanwha Aerospace will supply the Mongolian army with 20 K9 howitzers; the "
      "contract was concluded on the same day.",
      expect=[E("export_deal", ["KOR", "MNG"], prev(P, "Monday"), seller="KOR", buyer="MNG", status="completed")],
      note="'will supply ...; the contract was <concluded> on the same day': planned, undated"))
P = "2024-06-12"
add(C("F9", "F9b", P,
      "The Colombian Navy has taken up Spain's offer of two decommissioned Santa María-class frigates and has signed a "
      "contract worth COP 1.6 trillion with the Spanish Ministry of Defence in Bogotá earlier this month.",
      expect=[E("export_deal", ["COL", "ESP"], "2024-06", seller="ESP", buyer="COL")],
      note="'has taken up <seller>'s offer of <items> and signed a contract with <seller>': roles swapped"))
P = "2026-02-25"
add(C("F9", "F9c", P,
      "Lithuania is the newest customer for NASAMS air defence, after the Defence Materiel Agency signed a NOK 2.3 "
      "billion contract with Kongsberg on Tuesday for a third battery.",
      expect=[E("export_deal", ["LTU", "NOR"], prev(P, "Tuesday"), seller="NOR", buyer="LTU", items=["NASAMS"])],
      note="items told as '<buyer> is the newest customer for <items>, after ... for a third battery'"))
P = "2025-12-10"
add(C("F9", "F9d", P,
      "The A400M order book grew by two on Tuesday, when the Indonesian Air Force signed a US$ 540 million contract "
      "with Airbus for two aircraft in Jakarta.",
      expect=[E("export_deal", ["FRA", "IDN"], prev(P, "Tuesday"), seller="FRA", buyer="IDN", items=["A400M"])],
      note="items only as 'The <item> order book grew by <N>' ('for two aircraft' read instead)"))
P = "2024-11-13"
add(C("F9", "F9e", P,
      "Twenty members of the Austrian Armed Forces will be posted to the Golan Heights from March, as part of UNDOF, "
      "after the government approved the mission last week.",
      expect=[E("deployment", ["AUT", "SYR"], "2025-03", deployer="AUT", host="SYR", personnel=20)],
      note="strength as '<N> members of the <Armed Forces>' ('<N> Austrian soldiers' works)"))
P = "2026-02-25"
add(C("F9", "F9f-counter", P,
      "Lithuania signed a NOK 2.3 billion contract with Kongsberg on Tuesday for a third battery of NASAMS air defence.",
      expect=[E("export_deal", ["LTU", "NOR"], prev(P, "Tuesday"), seller="NOR", buyer="LTU", items=["NASAMS"])],
      note="counterexample: the items after 'for'"))

# ---------------------------------------------------------------- F10 issuer of a stock-exchange disclosure
DISC = ("ROKETSAN ROKET SANAYİİ VE TİCARET ANONİM ŞİRKETİ\nMaterial Event Disclosure (Special Case)\nSubject: New export contracts"
        "\n\nDetails:\n\n")
P = "2026-02-11"
add(C("F10", "F10a", P,
      DISC + "1. Our Company signed an export contract amounting to USD 96,500,000 with the Ministry of Defence of "
      "Azerbaijan on 05.02.2026 for the supply of anti-tank missile systems.",
      expect=[E("export_deal", ["AZE", "TUR"], "2026-02-05", seller="TUR", buyer="AZE")],
      note="'Our Company signed an export contract ... with <buyer>': no seller"))
P = "2026-02-11"
add(C("F10", "F10b", P,
      DISC + "1. On 02.02.2026, our Company signed an export agreement worth USD 30,000,000 with the Indonesian Ministry "
      "of Defence for 400 Cirit laser-guided rockets.",
      expect=[E("export_deal", ["IDN", "TUR"], "2026-02-02", seller="TUR", buyer="IDN")],
      note="'our Company signed an export agreement ... with <buyer>'"))
P = "2026-02-11"
add(C("F10", "F10c", P,
      "1. Roketsan signed an export contract amounting to USD 96,500,000 with the Ministry of Defence of Azerbaijan on "
      "05.02.2026 for the supply of anti-tank missile systems.",
      expect=[E("export_deal", ["AZE", "TUR"], "2026-02-05", seller="TUR", buyer="AZE",
                items=["anti-tank missile systems"])],
      note="items after 'for the supply of' not read (even with the firm named)"))
P = "2026-02-11"
add(C("F10", "F10d", P,
      DISC + "1. On 02.02.2026, our Company signed an export agreement worth USD 30,000,000 with the Indonesian Ministry "
      "of Defence for 400 Cirit laser-guided rockets.\n\nOur Company's export orders this year have "
      "thus reached USD 700 million.",
      expect=[E("export_deal", ["IDN", "TUR"], "2026-02-02")], exact=["export_deal"],
      note="the disclosure's header line '<Subject>: New export contracts' read as a deal of its own"))
P = "2026-02-11"
add(C("F10", "F10e-counter", P,
      "1. On 02.02.2026, Roketsan signed an export agreement worth USD 30,000,000 with the Indonesian Ministry of "
      "Defence for 400 Cirit laser-guided rockets.",
      expect=[E("export_deal", ["IDN", "TUR"], "2026-02-02", seller="TUR", buyer="IDN")],
      note="counterexample: the issuer named"))

# ---------------------------------------------------------------- F11 wishes, studies, denials, questions, undated mentions
P = "2025-06-18"
add(C("F11", "F11a", P,
      "1. Reports circulating online that a company of the Liberian army has been sent to Sierra Leone are false. No "
      "unit has crossed the border.",
      absent=["deployment"], note="a denial told after the report ('Reports ... that <X> has been sent ... are false')"))
P = "2025-07-09"
add(C("F11", "F11b", P,
      "QUESTION (Jiji): Regarding a dispatch of the Self-Defense Forces to the Red Sea, has the cabinet decided "
      "anything?\n\nMINISTER: Nothing has been decided.",
      absent=["deployment"], note="a question about a dispatch"))
P = "2026-03-25"
add(C("F11", "F11c", P,
      "Georgia's defence minister met Israel's defence minister on Monday. Georgia's minister said Tbilisi would like "
      "to buy more radars from Israel \"when the money is there\".",
      absent=["export_deal"], note="a wish ('would like to buy <items> when ...')"))
P = "2024-12-04"
add(C("F11", "F11d", P,
      "3. Still pending. Oman's long-awaited purchase of additional Typhoon fighters remains \"under study\", officials "
      "in Muscat said.",
      absent=["export_deal"], note="'<buyer>'s purchase of <items> remains under study'"))
P = "2026-10-21"
add(C("F11", "F11e", P,
      "THE HAGUE – The Dutch minister spoke by telephone on Friday with his German counterpart about the joint purchase "
      "of frigates from France; no meeting is planned.",
      absent=["export_deal"], note="a telephone call 'about the joint purchase of <items>'"))
P = "2025-10-15"
add(C("F11", "F11f", P,
      "Fiji and New Zealand will convene a ministerial meeting on how the agreement is implemented \"early next "
      "year\", without a date.",
      absent=["meeting"], note="'without a date' is no veto ('no date has been set' is)"))
P = "2024-10-16"
add(C("F11", "F11g", P,
      "Manila's first Gripens, ordered before this year, will only arrive from 2027, and the air force is still short "
      "of pilots.",
      absent=["export_deal"], note="'ordered before this year' read as 'this year' (an undated background order)"))
P = "2026-03-25"
add(C("F11", "F11h-counter", P,
      "Georgia will buy two radars from Israel's Elta under a contract signed on Monday.",
      expect=[E("export_deal", ["GEO", "ISR"], prev(P, "Monday"), seller="ISR", buyer="GEO")],
      note="counterexample: 'will buy ... under a contract signed' is a deal"))
P = "2025-06-18"
add(C("F11", "F11i-counter", P,
      "The ministry denied reports that a company of the Liberian army had been sent to Sierra Leone.",
      absent=["deployment"], note="counterexample: 'denied reports that' already vetoes"))

# ---------------------------------------------------------------- F12 signing in a reduced relative after the instrument
P = "2025-03-26"
add(C("F12", "F12a", P,
      "Croatia's defence minister met Italy's defence minister on Friday in Zadar.\n\nUnder the arrangement on pilot "
      "training, signed by the two ministers ahead of the press conference, Croatian pilots will fly Italian trainers.",
      expect=[E("agreement", ["HRV", "ITA"], prev(P, "Friday"))],
      note="'Under <instrument>, signed by <the two ministers> ..., <clause>'"))
P = "2024-08-28"
add(C("F12", "F12b", P,
      "Guatemala's defence minister met Mexico's navy secretary on Monday in Guatemala City.\n\nThe meeting bore fruit "
      "in an accord covering coastal surveillance, signed by both before they met the press.",
      expect=[E("agreement", ["GTM", "MEX"], prev(P, "Monday"))],
      note="'<meeting> bore fruit in <instrument>, signed by both' ('which both signed' after 'produced' works)"))
P = "2025-11-12"
add(C("F12", "F12c", P,
      "NAIROBI – Kenya's defence minister held talks with his British counterpart on Monday.\n\nThe first concrete "
      "result was a memorandum on training in Laikipia, signed by the two ministers as the day ended.",
      expect=[E("agreement", ["GBR", "KEN"], prev(P, "Monday"))],
      note="'The first concrete result was <instrument>, signed by <the two ministers>'"))
P = "2026-06-24"
add(C("F12", "F12d", P,
      "BRATISLAVA – Vietnam became on Tuesday the first Asian country holding a defence cooperation agreement with "
      "Slovakia, signed in Bratislava by the two defence ministers.",
      expect=[E("agreement", ["SVK", "VNM"], prev(P, "Tuesday"))],
      note="'<A> became ... the first country with <instrument> with <B>, signed in <city> by'"))
P = "2025-02-05"
add(C("F12", "F12e", P,
      "TALLINN – Denmark's defence minister is coming to Tallinn on Thursday.\n\nA status-of-forces agreement for Danish "
      "units training in Estonia, signed on Monday by the two ministries' permanent secretaries, spells out who pays for "
      "fuel and food.",
      expect=[E("agreement", ["DNK", "EST"], prev(P, "Monday"))],
      note="'<instrument>, signed on <day> by <officials>, sets out ...' ('was signed on <day> by' works)"))
P = "2024-10-30"
add(C("F12", "F12f", P,
      "A navy-to-navy memorandum on submarine rescue now exists, signed on Monday by India's naval chief and the Vietnam "
      "People's Navy chief of staff.",
      expect=[E("agreement", ["IND", "VNM"], prev(P, "Monday"))],
      note="'<instrument> now exists, signed on <day> by'"))
P = "2025-02-05"
add(C("F12", "F12g-counter", P,
      "TALLINN – Denmark's defence minister is coming to Tallinn on Thursday.\n\nA status-of-forces agreement for Danish "
      "units training in Estonia was signed on Monday by the two ministries' permanent secretaries.",
      expect=[E("agreement", ["DNK", "EST"], prev(P, "Monday"))],
      note="counterexample: a main-clause passive"))

# ---------------------------------------------------------------- F13 instrument after a copula, an apposition, a pronoun
P = "2024-05-15"
add(C("F13", "F13a", P,
      "DOHA — Qatar's defence minister held talks with Italy's defence minister in Doha on Monday.\n\nAmong the texts "
      "signed when the talks closed was a memorandum on naval training.",
      expect=[E("agreement", ["ITA", "QAT"], prev(P, "Monday"))],
      note="'Among the <documents> signed <at the talks' end> was <instrument>'"))
P = "2025-08-20"
add(C("F13", "F13b", P,
      "Peru's defence minister held talks with Bolivia's defence minister at Desaguadero on Friday.\n\nThe upshot of the "
      "discussions was a signed memorandum on joint patrols on Lake Titicaca.",
      expect=[E("agreement", ["BOL", "PER"], prev(P, "Friday"))],
      note="'The upshot of <meeting> was a signed <instrument>' ('<meeting> produced ..., which both signed' works)"))
P = "2026-04-08"
add(C("F13", "F13c", P,
      "Spain's defence minister held talks with Morocco's defence minister on Monday in Madrid.\n\nThe only text to "
      "come out of Monday's talks, a roadmap on military health, was signed by the two before a working lunch.",
      expect=[E("agreement", ["ESP", "MAR"], prev(P, "Monday"))],
      note="apposition on the subject: 'The only <document> ..., <instrument>, was signed by'"))
P = "2025-05-21"
add(C("F13", "F13d", P,
      "LISBON – Portugal's defence minister received Angola's army chief on Tuesday.\n\nA technical agreement on the "
      "training of Angolan pilots was the last item on the agenda, and the two men signed it before lunch.",
      expect=[E("agreement", ["AGO", "PRT"], prev(P, "Tuesday"))],
      note="'<instrument> was the last item on the agenda, and <A> and <B> signed it'"))
P = "2024-01-24"
add(C("F13", "F13e", P,
      "KATHMANDU – Nepal's defence minister held talks with Bangladesh's defence adviser on Monday.\n\nA memorandum on "
      "disaster relief followed. Signing for Nepal was the defence secretary; for Bangladesh, the chief of general "
      "staff.",
      expect=[E("agreement", ["BGD", "NPL"], prev(P, "Monday"))],
      note="'<instrument> followed. Signing for <A> was <X>; for <B>, <Y>'"))
P = "2026-09-16"
add(C("F13", "F13f", P,
      "MONTEVIDEO – Uruguay's defence minister held talks with Taiwan's defence minister in Taipei on Monday.\n\nA "
      "memorandum on naval training was also agreed and signed that same day.",
      expect=[E("agreement", ["TWN", "URY"], prev(P, "Monday"))],
      note="an agentless passive with no scene cue ('that same day')"))
P = "2024-05-15"
add(C("F13", "F13g-counter", P,
      "DOHA — Qatar's defence minister held talks with Italy's defence minister in Doha on Monday.\n\nA memorandum on "
      "naval training was signed when the talks closed.",
      expect=[E("agreement", ["ITA", "QAT"], prev(P, "Monday"))],
      note="counterexample: the instrument as the passive subject, with a scene cue"))

# ---------------------------------------------------------------- F14 meeting told as a noun phrase, a frame, an inversion
P = "2025-07-09"
add(C("F14", "F14a", P,
      "The talks, the first at this level since 2016, took place on Monday at the defence ministry in Dhaka between "
      "Bangladesh's defence adviser and Myanmar's deputy defence minister.",
      expect=[E("meeting", ["BGD", "MMR"], prev(P, "Monday"))],
      note="an apposition after 'The talks' ('The talks took place ... between' works)"))
P = "2025-07-09"
add(C("F14", "F14b", P,
      "Bangladesh and Myanmar have agreed to step up patrols on the Naf river, following talks in Dhaka this week "
      "between the two defence ministries. The talks, the first since 2016, took place on Monday at the ministry.",
      expect=[E("meeting", ["BGD", "MMR"], prev(P, "Monday"))], exact=["meeting"],
      note="the lead's 'talks this week' then stands alone at month grain"))
P = "2024-09-25"
add(C("F14", "F14c", P,
      "VILNIUS – Joining Lithuania's defence minister at the table in Vilnius on Monday was Finland's defence minister, "
      "on a one-day visit.",
      expect=[E("meeting", ["FIN", "LTU"], prev(P, "Monday"))],
      note="inversion 'Joining <A> at the table in <city> on <day> was <B>'"))
P = "2026-10-14"
add(C("F14", "F14d", P,
      "BOGOTÁ – Colombia's defence minister's agenda in Seoul on Monday: talks with South Korea's defence minister, a "
      "visit to a shipyard and a dinner with Colombian cadets.",
      expect=[E("meeting", ["COL", "KOR"], prev(P, "Monday"))],
      note="a colon list '<A>'s agenda in <city> on <day>: talks with <B>'"))
P = "2024-02-14"
add(C("F14", "F14e", P,
      "The 9th Session of the Mozambique–Tanzania Joint Permanent Commission for Defence and Security opened in Maputo "
      "on Monday under the co-chairmanship of Mozambique's defence minister and Tanzania's defence minister.",
      expect=[E("meeting", ["MOZ", "TZA"], prev(P, "Monday"))],
      note="the forum as the subject: '<Nth> Session of the <A>–<B> Commission opened in <city> ... under the "
           "co-chairmanship of'"))
P = "2024-02-14"
add(C("F14", "F14f", P,
      "The 9th Session of the Mozambique–Tanzania Joint Permanent Commission for Defence and Security was held in Maputo "
      "on Monday.",
      expect=[E("meeting", ["MOZ", "TZA"], prev(P, "Monday"))],
      note="the forum as the subject of 'was held'"))
P = "2025-07-09"
add(C("F14", "F14g-counter", P,
      "The talks between Bangladesh's defence adviser and Myanmar's deputy defence minister took place on Monday at the "
      "defence ministry in Dhaka.",
      expect=[E("meeting", ["BGD", "MMR"], prev(P, "Monday"))],
      note="counterexample: 'The talks between <A> and <B> took place'"))
P = "2024-02-14"
add(C("F14", "F14h-counter", P,
      "Mozambique's defence minister and Tanzania's defence minister co-chaired the 9th Session of the "
      "Mozambique–Tanzania Joint Permanent Commission for Defence and Security in Maputo on Monday.",
      expect=[E("meeting", ["MOZ", "TZA"], prev(P, "Monday"))],
      note="counterexample: the ministers as the subject of 'co-chaired'"))

# ---------------------------------------------------------------- F15 ongoing presence told with other frames
P = "2025-04-30"
add(C("F15", "F15a", P,
      "Fiji has manned observation posts in the Sinai since 1982 as part of the Multinational Force and Observers; "
      "some 170 Fijian soldiers serve there today.",
      expect=[E("deployment", ["EGY", "FJI"], "1982", deployer="FJI", host="EGY", status="ongoing")],
      note="'<State> has manned <posts> in <place> since <year>' ('has had soldiers in' works)"))
P = "2024-08-07"
add(C("F15", "F15b", P,
      "Indian peacekeepers have patrolled the Blue Line in Lebanon since 1998, as part of UNIFIL.",
      expect=[E("deployment", ["IND", "LBN"], "1998", deployer="IND", host="LBN", status="ongoing")],
      note="'<forces> have patrolled <zone> in <place> since <year>' ('have served in' works)"))
P = "2026-01-28"
add(C("F15", "F15c", P,
      "The Danish detachment has been a fixture at Ain al-Asad air base, in the Iraqi desert, since 2016, first for "
      "strikes and now for training.",
      expect=[E("deployment", ["DNK", "IRQ"], "2016", deployer="DNK", host="IRQ", status="ongoing")],
      note="'has been a fixture at <base>, in the <demonym> desert, since <year>'"))
P = "2025-06-11"
add(C("F15", "F15d", P,
      "The Norwegian tank company has formed a permanent part of the NATO battlegroup in Lithuania since 2017, and about "
      "200 soldiers serve at Rukla in the current rotation.",
      expect=[E("deployment", ["LTU", "NOR"], "2017", deployer="NOR", host="LTU", status="ongoing")],
      note="'has formed|been a permanent part of <formation> in <country> since <year>'"))
P = "2024-06-26"
add(C("F15", "F15e", P,
      "MOGADISHU — The Turkish training centre has been up and running at Camp TURKSOM, south of Mogadishu, since "
      "2017, and some 200 Turkish trainers work there.",
      expect=[E("deployment", ["SOM", "TUR"], "2017", deployer="TUR", host="SOM", status="ongoing")],
      note="'<centre> has been up and running at <base>, south of <city>, since <year>'"))
P = "2026-09-23"
add(C("F15", "F15f", P,
      "Rwandan troops, present in Mozambique since July 2021, took part this week in a handover ceremony in Pemba.",
      expect=[E("deployment", ["MOZ", "RWA"], "2021-07", deployer="RWA", host="MOZ", status="ongoing")],
      note="participial apposition '<forces>, present in <country> since <date>,' ('have been present in' works)"))
P = "2024-08-07"
add(C("F15", "F15g-counter", P,
      "Indian peacekeepers have served in Lebanon since 1998, as part of UNIFIL.",
      expect=[E("deployment", ["IND", "LBN"], "1998", deployer="IND", host="LBN", status="ongoing")],
      note="counterexample: 'have served in <place> since <year>'"))

# ---------------------------------------------------------------- F16 buyer-side verbs
P = "2024-07-03"
add(C("F16", "F16a", P,
      "Ghana has splashed out GHS 900 million on six Bell 412 helicopters from Bell Textron, in a contract signed in "
      "Accra on Monday.",
      expect=[E("export_deal", ["GHA", "USA"], prev(P, "Monday"), seller="USA", buyer="GHA")],
      note="'has splashed out <money> on <items> from <firm>' ('has bought' works)"))
P = "2025-10-29"
add(C("F16", "F16b", P,
      "Peru is getting four more C-27J Spartan transport aircraft under a €1.1 billion order placed with Leonardo on "
      "Tuesday.",
      expect=[E("export_deal", ["ITA", "PER"], prev(P, "Tuesday"), seller="ITA", buyer="PER")],
      note="'is getting <items> under a <sum with a decimal point> order placed with <firm>' ('€950 million' works)"))
P = "2024-09-11"
add(C("F16", "F16i", P,
      "BELGRADE – Serbia will pay EUR 2.7 billion for twelve Rafale fighters from Dassault Aviation, under a contract "
      "signed in Belgrade on Monday.",
      expect=[E("export_deal", ["FRA", "SRB"], prev(P, "Monday"), seller="FRA", buyer="SRB")],
      note="'will pay <sum with a decimal point> for <items> from <firm>' ('EUR 3 billion' works)"))
P = "2026-06-17"
add(C("F16", "F16c", P,
      "OUAGADOUGOU – The Burkinabè Air Force will field six Bayraktar TB2 drones paid for with XOF 18 billion, under a "
      "contract signed in Istanbul on Tuesday between the Ministry of Defence and Baykar.",
      expect=[E("export_deal", ["BFA", "TUR"], prev(P, "Tuesday"), seller="TUR", buyer="BFA")],
      note="'will field <items> paid for with <money>, under a contract'"))
P = "2024-03-27"
add(C("F16", "F16d", P,
      "WARSAW – PLN 1.4 billion is what Poland will pay Saab for two more GlobalEye surveillance aircraft, under a "
      "contract signed on Monday.",
      expect=[E("export_deal", ["POL", "SWE"], prev(P, "Monday"), seller="SWE", buyer="POL")],
      note="pseudo-cleft '<money> is what <buyer> will pay <firm> for <items>'"))
P = "2025-01-22"
add(C("F16", "F16e", P,
      "MONTEVIDEO – Uruguay has become the first export customer for the Brazilian Nauru 1000C drone, in a contract "
      "worth UYU 800 million that the Uruguayan Air Force signed with Embraer in São José dos Campos on Monday.",
      expect=[E("export_deal", ["BRA", "URY"], prev(P, "Monday"), seller="BRA", buyer="URY")],
      note="'has become the <first|launch> export customer for <items>, in a contract ... that <buyer> signed with <firm>'"))
P = "2025-04-02"
add(C("F16", "F16f", P,
      "GUATEMALA CITY – The Guatemalan Navy will be equipped with three patrol boats built by Colombia's COTECMAR under a "
      "GTQ 150 million contract also signed on Monday.",
      expect=[E("export_deal", ["COL", "GTM"], prev(P, "Monday"), seller="COL", buyer="GTM")],
      note="'will be equipped with <items> built by <firm> under a <money> contract' ('will receive' works)"))
P = "2024-07-03"
add(C("F16", "F16g-counter", P,
      "Ghana has bought six Bell 412 helicopters from Bell Textron for GHS 900 million, in a contract signed in Accra "
      "on Monday.",
      expect=[E("export_deal", ["GHA", "USA"], prev(P, "Monday"), seller="USA", buyer="GHA")],
      note="counterexample: 'has bought'"))
P = "2025-10-29"
add(C("F16", "F16j-counter", P,
      "Peru is getting four more C-27J Spartan transport aircraft under a €950 million order placed with Leonardo on "
      "Tuesday.",
      expect=[E("export_deal", ["ITA", "PER"], prev(P, "Tuesday"), seller="ITA", buyer="PER")],
      note="counterexample: the same clause with a round sum"))
P = "2025-04-02"
add(C("F16", "F16h-counter", P,
      "The Guatemalan Navy's new patrol boats will be equipped with radars and a remote weapon station.",
      absent=["export_deal"], note="counterexample: 'will be equipped with' fittings, no seller and no sum"))

# ---------------------------------------------------------------- F17 home fleets, deliveries, ceremonies, sea names
P = "2025-08-27"
add(C("F17", "F17a", P,
      "The Tanzania Navy currently operates four small patrol craft from its bases at Kigamboni and Mtwara.",
      absent=["deployment"], note="a navy at home 'operates ... from its bases'"))
P = "2024-04-03"
add(C("F17", "F17b", P,
      "Turkmenistan's Naval Forces will operate three 40-metre patrol boats bought from Türkiye's Dearsan Shipyard for "
      "US$ 90 million, under a contract signed in Ashgabat on Monday.",
      expect=[E("export_deal", ["TKM", "TUR"], prev(P, "Monday"), seller="TUR", buyer="TKM")], absent=["deployment"],
      note="'will operate <items> bought from <firm>': also read as a stationing abroad"))
P = "2024-07-24"
add(C("F17", "F17c", P,
      "Paraguay is paying PYG 350 billion for two H225M helicopters made by Airbus Helicopters in Marignane, under a "
      "deal its air force signed on Monday. The aircraft, destined for the search and rescue squadron, are to arrive in 2027.",
      expect=[E("export_deal", ["FRA", "PRY"], prev(P, "Monday"), buyer="PRY")], absent=["deployment"],
      note="a delivery of the aircraft bought ('are to arrive in <year>') read as a deployment to the maker's state"))
P = "2026-01-07"
add(C("F17", "F17d", P,
      "The Pakistan Navy frigate PNS Saif, currently on an Indian Ocean deployment, arrived at Chittagong on Monday and "
      "will stay three days.",
      expect=[E("deployment", ["BGD", "PAK"], prev(P, "Monday"), deployer="PAK", host="BGD")], exact=["deployment"],
      note="'an Indian Ocean deployment' read as India's"))
P = "2025-11-19"
add(C("F17", "F17e", P,
      "Bahrain also hosted on Monday the passing-out of a class of naval cadets trained with the Saudi Royal Navy.",
      absent=["meeting"], note="'hosted the passing-out of <class> trained with <B's forces>' read as a meeting"))
P = "2025-08-27"
add(C("F17", "F17f", P,
      "The Royal Navy of Oman, for its part, operates from its headquarters at Wudam and from smaller bases at Salalah "
      "and Khasab.",
      absent=["deployment"], note="'operates from its main base at <base>'"))
P = "2025-11-19"
add(C("F17", "F17g-counter", P,
      "Bahrain also hosted on Monday Saudi Arabia's defence minister for talks on naval training.",
      expect=[E("meeting", ["BHR", "SAU"], prev(P, "Monday"))], note="counterexample: a hosting of a foreign minister"))

# ---------------------------------------------------------------- F18 parties named only by a name or a bare home title
P = "2026-03-18"
add(C("F18", "F18a", P,
      "Antti Häkkänen's meeting with Tore Sandvik — their second this year — took place on Thursday in Kirkenes, at "
      "the Norwegian Army's border garrison.",
      expect=[E("meeting", ["FIN", "NOR"], prev(P, "Thursday"))],
      note="two names with no title and no dateline (and a dash apposition)"))
P = "2024-06-05"
add(C("F18", "F18b", P,
      "Guido Crosetto's talks with Japan's Vice-Minister of Defense, Masami Oka, on Monday at Palazzo Baracchini were "
      "the first at that level since 2019.",
      expect=[E("meeting", ["ITA", "JPN"], prev(P, "Monday"))],
      note="a bare name as the possessor of 'talks' with no dateline ('Defence Minister <name>'s talks' works)"))
P = "2025-03-12"
add(C("F18", "F18c", P,
      "The Minister of the Revolutionary Armed Forces, Army Corps General Raúl Díaz, and Vietnam's deputy defence "
      "minister reviewed the state of their military cooperation on Monday in the capital.",
      expect=[E("meeting", ["CUB", "VNM"], prev(P, "Monday"))],
      note="a home title no gazetteer places, in a story with no dateline (a 'HAVANA –' dateline works)"))
P = "2025-03-12"
add(C("F18", "F18d", P,
      "The Minister of the Revolutionary Armed Forces, Army Corps General Raúl Díaz, and Vietnam's deputy defence "
      "minister reviewed the state of their military cooperation on Monday in the capital.\n\nThe two delegations then "
      "adopted and signed a plan of military cooperation for 2026.",
      expect=[E("agreement", ["CUB", "VNM"], prev(P, "Monday"))],
      note="the signing that follows has no scene to take its parties from"))
P = "2024-04-24"
add(C("F18", "F18e", P,
      "Defence Minister Pål Jonson and his Finnish colleague Antti Häkkänen met in Stockholm on Monday to discuss "
      "joint air defence.",
      expect=[E("meeting", ["FIN", "SWE"], prev(P, "Monday"))],
      note="'Defence Minister <name>' with no dateline ('STOCKHOLM – ...' works)"))
P = "2025-03-12"
add(C("F18", "F18f-counter", P,
      "HAVANA – The Minister of the Revolutionary Armed Forces, Army Corps General Raúl Díaz, and Vietnam's deputy "
      "defence minister reviewed the state of their military cooperation on Monday in the capital.",
      expect=[E("meeting", ["CUB", "VNM"], prev(P, "Monday"))], note="counterexample: the dateline places the host"))

# ---------------------------------------------------------------- F19 planned signing with 'intend to sign'
P = "2026-09-30"
add(C("F19", "F19a", P,
      "BRATISLAVA – Greece's defence minister will visit Bratislava next Tuesday for talks with Slovakia's defence "
      "minister. Both ministers intend to sign a military cooperation programme for 2027 during the visit.",
      expect=[E("agreement", ["GRC", "SVK"], nxt(P, "Tuesday"), status="planned")],
      note="'intend to sign <instrument> during the visit'"))
P = "2024-04-17"
add(C("F19", "F19b", P,
      "OTTAWA – Defence Minister Bill Blair will travel to Canberra from 6 to 8 May to meet Australia's defence "
      "minister. Both sides intend to sign a space surveillance memorandum during that visit.",
      expect=[E("agreement", ["AUS", "CAN"], "2024-05", status="planned")],
      note="'<the two sides> intend to sign <instrument> <during the visit>'"))
P = "2026-09-30"
add(C("F19", "F19c-counter", P,
      "BRATISLAVA – Greece's defence minister will visit Bratislava next Tuesday for talks with Slovakia's defence "
      "minister. Both ministers are expected to sign a military cooperation programme for 2027 during the visit.",
      expect=[E("agreement", ["GRC", "SVK"], nxt(P, "Tuesday"), status="planned")],
      note="counterexample: 'are expected to sign'"))
