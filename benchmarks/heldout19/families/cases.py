"""Paraphrased test cases for the set-19 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 19.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 home state misjudged
P = "2025-05-08"
add(C("F1", "F1a", P,
      "Santiago and Lima reopen the border file\n\n"
      "Defence Minister Maya Fernández received her Peruvian counterpart, Walter Astudillo, at the Diego Portales "
      "building on Tuesday, the first such trip by a Peruvian defence minister in four years.\n\n"
      "Peru has been modernising its army engineers, and Lima wants Peruvian and Chilean deminers to clear the last "
      "fields along the border by 2027. Peruvian officials said Peru would also send cadets to Chilean schools.\n\n"
      "The Peruvian delegation later visited the Army Engineers Command.",
      expect=[E("meeting", ["CHL", "PER"], prev(P, "Tuesday"))],
      note="unqualified host minister; story dominated by the visitor's state"))
P = "2026-03-14"
add(C("F1", "F1b", P,
      "Brekelmans in Rabat: first Dutch visit in a decade\n\n"
      "Defence Minister Ruben Brekelmans met his Moroccan counterpart, Abdellatif Loudiyi, in Rabat on Wednesday on "
      "his first visit to Morocco, a country the Dutch government calls a key partner on migration.\n\n"
      "Morocco has expanded its navy, and Moroccan officers already attend courses in Morocco's own academies. "
      "Moroccan media said Morocco wanted more training places abroad. The Moroccan side also raised "
      "Morocco's interest in minehunters.",
      expect=[E("meeting", ["MAR", "NLD"], prev(P, "Wednesday"), location="Rabat")],
      note="visitor unqualified ('Defence Minister X met his Moroccan counterpart ... on his first visit to Morocco')"))
P = "2025-02-21"
add(C("F1", "F1c", P,
      "Vietnam's army chief in Europe as Hanoi looks west\n\n"
      "The Chief of Defence, Admiral Michel Hofman, received his Vietnamese counterpart at the Queen Elisabeth "
      "barracks on Wednesday, where the two discussed peacekeeping training.\n\n"
      "Vietnam has sent engineers to UN missions since 2014, and Vietnamese officers want more French-language "
      "courses. Hanoi wants Vietnam's field hospital to deploy again, and Vietnamese planners are studying a "
      "second engineering company for Vietnam's UN commitments.\n\n(Translated from Dutch.)",
      expect=[E("meeting", ["BEL", "VNM"], prev(P, "Wednesday"))],
      note="military chief named only by title, venue a barracks; visitor's state named more often"))
P = "2026-04-09"
add(C("F1", "F1d", P,
      "Romania buys more air defence as allies dig in\n\n"
      "Romania's parliament approved new spending for Romanian air defence on Tuesday, and Bucharest wants Romanian "
      "industry to build more shells. Romanian officials said Romania would buy more radars.\n\n"
      "The Army's 13th Light Brigade, which has been deployed in Romania since March 2025, will be reinforced in the "
      "summer, the Dutch ambassador in Bucharest said.\n\n(Translated from Dutch.)",
      expect=[E("deployment", ["NLD", "ROU"], "2025-03", deployer="NLD", host="ROU")],
      note="home unit named without a nationality in a translated article about the host"))
P = "2025-09-13"
add(C("F1", "F1e", P,
      "Blekinge soldiers off to Latvia\n\n"
      "About 150 Armed Forces personnel left Ronneby on Thursday for Latvia, where they are to serve six months with "
      "NATO's multinational brigade. Latvia has asked for more allied troops, and Latvian officials say Latvia's "
      "eastern border is under pressure. Riga and the Latvian army welcomed the news.\n\n"
      "Families of the Swedish soldiers gathered at the air base to say goodbye.",
      expect=[E("deployment", ["LVA", "SWE"], prev(P, "Thursday"), deployer="SWE", host="LVA", personnel=150)],
      note="'Armed Forces personnel' without a state word; local paper of the sending state"))
P = "2025-05-08"
add(C("F1", "F1f-counter", P,
      "Peruvian Defence Minister Walter Astudillo received his Chilean counterpart, Maya Fernández, in Lima on Tuesday.",
      expect=[E("meeting", ["CHL", "PER"], prev(P, "Tuesday"))],
      note="counterexample: both sides qualified; must keep working"))

# ---------------------------------------------------------------- F2 contract told as a long noun-phrase subject
P = "2025-03-20"
add(C("F2", "F2a", P,
      "A contract for eight Hürjet jet trainers for the Spanish Air Force, valued at about €1.1 billion (roughly "
      "US$1.2 billion), was signed in Ankara on 12 March by the Spanish procurement agency and Turkish Aerospace.",
      expect=[E("export_deal", ["ESP", "TUR"], "2025-03-12", seller="TUR", buyer="ESP", quantity=8,
                money="1100000000 EUR")]))
P = "2025-10-03"
add(C("F2", "F2b", P,
      "A contract between the Chilean Navy and Saab for two A26 submarines, worth CLP 900 billion (about US$950 "
      "million), was signed at the ministry in Santiago on Tuesday.",
      expect=[E("export_deal", ["CHL", "SWE"], prev(P, "Tuesday"), seller="SWE", buyer="CHL", quantity=2)],
      note="'a contract between <buyer> and <firm> for ...'"))
P = "2026-02-07"
add(C("F2", "F2c", P,
      "Saab's contract with the Colombian Ministry of Defence for 17 Gripen E fighters, worth about US$3.1 billion, "
      "was signed in Bogotá on Thursday, with the Swedish ambassador attending.",
      expect=[E("export_deal", ["COL", "SWE"], prev(P, "Thursday"), seller="SWE", buyer="COL",
                money="3100000000 USD")],
      note="possessive '<firm>'s contract with <ministry>'"))
P = "2025-11-15"
add(C("F2", "F2d", P,
      "Patria has booked a further Baltic order. Its contract with the Latvian Ministry of Defence for more 6x6 "
      "armoured vehicles was signed in Riga on Thursday and is valued at €250 million, a stock-market filing showed.",
      expect=[E("export_deal", ["FIN", "LVA"], prev(P, "Thursday"), seller="FIN", buyer="LVA",
                money="250000000 EUR")],
      note="'the contract with <long ministry name> for ... was signed'; seller is the previous sentence's subject"))
P = "2025-06-04"
add(C("F2", "F2e", P,
      "A contract for twelve Hürkuş basic trainer aircraft, built by Turkish Aerospace at its plant near Ankara, was "
      "concluded by the Nigerien Defence Ministry in Niamey on Monday.",
      expect=[E("export_deal", ["NER", "TUR"], prev(P, "Monday"), seller="TUR", buyer="NER", quantity=12)],
      note="reduced relative 'built by <firm>' inside the subject"))
P = "2024-05-14"
add(C("F2", "F2f", P,
      "The deal for four Piranha V armoured vehicles, signed with the Swiss maker Mowag on the 9th, is worth "
      "CHF 48 million, the Botswana Defence Force said.",
      expect=[E("export_deal", ["BWA", "CHE"], "2024-05-09", seller="CHE", buyer="BWA", quantity=4,
                money="48000000 CHF")],
      note="participle 'signed with <firm> on <date>' (no 'by'); buyer told after"))
P = "2026-06-20"
add(C("F2", "F2g-counter", P,
      "A contract for the renovation of the officers' mess and two barracks, worth €4 million, was signed in Vilnius "
      "on Wednesday by the Lithuanian defence ministry and a local builder.",
      absent=["export_deal"], note="counterexample: a domestic works contract"))

# ---------------------------------------------------------------- F3 export mentions that are no deal
P = "2025-04-15"
add(C("F3", "F3a", P,
      "The order comes on top of Morocco's earlier purchase of Apache helicopters from the United States; those "
      "aircraft are still arriving.", absent=["export_deal"]))
add(C("F3", "F3b", P,
      "Asked about reports that Laos had agreed to buy Chinese-made trainers, the spokesman would neither confirm "
      "nor deny them.", absent=["export_deal"]))
add(C("F3", "F3c", P,
      "Bundestag printed paper – reply to a written question\n\nQuestion: What progress has the Bundeswehr made "
      "in moving to Estonia, and what procurement contracts have been concluded with Estonia for that purpose?\n\n"
      "Reply:\n1. On 3 March 2025 the defence minister held talks with his Estonian counterpart in Tallinn.", absent=["export_deal"]))
add(C("F3", "F3d", P,
      "Human-rights groups noted that MPs have repeatedly challenged France's arms exports to Egypt.",
      absent=["export_deal"]))
add(C("F3", "F3e", P,
      "On its patrol the tanker topped up Canadian warships and delivered drinking-water tanks to villages in Tonga.",
      absent=["export_deal"]))
add(C("F3", "F3f", P,
      "Separately, the air force expects the remaining Gripen jets bought from Sweden to reach Thailand by 2027.",
      absent=["export_deal"]))

# ---------------------------------------------------------------- F4 host and location from unlisted places / harbour phrasing
P = "2025-01-17"
add(C("F4", "F4a", P,
      "Senegal rethinks its defence ties\n\n"
      "Senegal's Armed Forces Minister met the French ambassador in Dakar on Monday. French forces have been stationed "
      "at Ouakam since 1960, and Senegal wants the camp back.",
      expect=[E("deployment", ["FRA", "SEN"], "1960", deployer="FRA", host="SEN", status="ongoing")],
      note="unlisted district of the host capital"))
P = "2025-06-03"
add(C("F4", "F4b", P,
      "A Norwegian NASAMS unit has been deployed in Malacky, in western Slovakia, since March 2024.",
      expect=[E("deployment", ["NOR", "SVK"], "2024-03", deployer="NOR", host="SVK")],
      note="unlisted town with the state told in an apposition"))
P = "2024-09-27"
add(C("F4", "F4c", P,
      "The Brazilian frigate Liberal arrived at the Port of Lobito on Monday for a four-day visit.",
      expect=[E("deployment", ["AGO", "BRA"], prev(P, "Monday"), deployer="BRA", host="AGO", location="Lobito")],
      note="capitalised 'the Port of <town>'"))
P = "2025-05-10"
add(C("F4", "F4d", P,
      "On Friday the Chilean sail training ship Esmeralda tied up at Lisbon's Alcântara Quay, where she stays five days.",
      expect=[E("deployment", ["CHL", "PRT"], prev(P, "Friday"), host="PRT", location="Lisbon")],
      note="possessive city + quay"))
P = "2025-03-10"
add(C("F4", "F4e", P,
      "Two Indian Navy ships entered Mombasa harbour on 3 March for a four-day visit.",
      expect=[E("deployment", ["IND", "KEN"], "2025-03-03", host="KEN", location="Mombasa")],
      note="'<city> harbour'"))
P = "2026-02-14"
add(C("F4", "F4f", P,
      "About 200 Australian soldiers arrived in Kimbe, in Papua New Guinea's West New Britain province, on Friday "
      "to help after a volcanic eruption.",
      expect=[E("deployment", ["AUS", "PNG"], prev(P, "Friday"), deployer="AUS", host="PNG")],
      note="unlisted provincial town"))

# ---------------------------------------------------------------- F5 records, habits and targets read as deployments
P = "2025-09-10"
add(C("F5", "F5a", P,
      "German warships have called in South Korea before, and Berlin would like such visits to become routine.",
      absent=["deployment"], note="'has called ... before': a record"))
add(C("F5", "F5b", P,
      "Ghana has contributed troops to UNIFIL for more than three decades, the minister recalled.",
      absent=["deployment"], note="aggregate record with 'for more than N decades'"))
add(C("F5", "F5c", P,
      "After that the frigate will join an exercise off Japan and return to Halifax in March. It recently finished a "
      "lengthy refit in Australia, and this is its third long deployment since.",
      absent=["deployment"], note="generic 'its Nth deployment'"))
add(C("F5", "F5d", P,
      "Chile already flies Airbus C295 transports, which are also assembled in Seville, and has a helicopter joint "
      "venture with Airbus in Santiago for H125 assembly.",
      absent=["deployment"], note="'already flies <aircraft> ... and has a joint venture': equipment and industry, not a presence"))
add(C("F5", "F5e", P,
      "Officials expect the Dutch battalion to be fully stationed in Estonia by 2028.",
      absent=["deployment"], note="build-up target"))
add(C("F5", "F5f-counter", P,
      "The German Navy frigate Baden-Württemberg called at Busan on Monday during its Indo-Pacific deployment.",
      expect=[E("deployment", ["DEU", "KOR"], prev(P, "Monday"))], note="counterexample: a real port call"))

# ---------------------------------------------------------------- F6 dates anchored on another event
P = "2026-11-27"
add(C("F6", "F6a", P,
      "Australian Defence Minister Richard Marles hosted his Indonesian counterpart in Canberra on Monday, their third "
      "encounter this year. At the close of that meeting, both men signed an arrangement on fuel and spares.",
      expect=[E("agreement", ["AUS", "IDN"], prev(P, "Monday"))],
      note="'that meeting' must give the meeting's day, not the 'this year' of its apposition"))
P = "2025-10-20"
add(C("F6", "F6b", P,
      "Brazil's Defence Minister was received in Dakar on Wednesday by Senegal's Armed Forces Minister.\n\n"
      "Business followed the following day. The Senegalese Air Force and Embraer signed a deal for two C-390 "
      "airlifters, worth about US$ 300 million.",
      expect=[E("export_deal", ["BRA", "SEN"], prev(P, "Wednesday", 1), seller="BRA", buyer="SEN")],
      note="'the following day' in the sentence before"))
P = "2026-05-16"
add(C("F6", "F6c", P,
      "Hanwha Aerospace has signed a contract with the Romanian Ministry of National Defence for 54 more K9 howitzers. "
      "The contract was signed on Tuesday in Bucharest in the presence of both defence ministers.\n\n"
      "At the same time, Seoul's and Bucharest's defence ministries concluded a memorandum on producing ammunition "
      "together.",
      expect=[E("agreement", ["KOR", "ROU"], prev(P, "Tuesday"))],
      note="'At the same time' after a dated contract"))
P = "2025-02-27"
add(C("F6", "F6d", P,
      "Greek Defence Minister Nikos Dendias received his Cypriot counterpart in Athens on Monday.\n\n"
      "Nicosia also placed an order with Naval Group for two offshore patrol vessels in the wake of the meeting, "
      "paying about €300 million, a ministry official said.",
      expect=[E("export_deal", ["CYP", "FRA"], prev(P, "Monday"), seller="FRA", buyer="CYP")],
      note="anchor at the end of the sentence"))
P = "2026-09-18"
add(C("F6", "F6e", P,
      "Kenyan Defence Cabinet Secretary Soipan Tuya met Italian Defence Minister Guido Crosetto in Rome on Tuesday.\n\n"
      "The Kenya Air Force also ordered three C-27J Spartan aircraft from Leonardo, worth about €120 million, in "
      "parallel with the visit.",
      expect=[E("export_deal", ["ITA", "KEN"], prev(P, "Tuesday"), seller="ITA", buyer="KEN")],
      note="'in parallel with the visit'"))

# ---------------------------------------------------------------- F7 movement verbs; home forces bound for a sea area
P = "2025-04-19"
add(C("F7", "F7a", P,
      "The Indian Navy frigate INS Tabar dropped anchor off Port Louis on Thursday for a three-day goodwill visit.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Thursday"), deployer="IND", host="MUS")]))
P = "2024-08-07"
add(C("F7", "F7b", P,
      "About 400 Rwandan troops emplaned for Maputo yesterday to reinforce the force in Cabo Delgado.",
      expect=[E("deployment", ["MOZ", "RWA"], "2024-08-06", deployer="RWA", host="MOZ", personnel=400)]))
P = "2026-03-04"
add(C("F7", "F7c", P,
      "On Monday the Norwegian frigate HNoMS Thor Heyerdahl slipped out of Haakonsvern; she will spend five "
      "months with a NATO standing naval group in the Atlantic.",
      expect=[E("deployment", ["NOR"], prev(P, "Monday"), deployer="NOR", duration="P5M")]))
P = "2025-02-16"
add(C("F7", "F7d", P,
      "Some 120 New Zealand Defence Force personnel reached Honiara aboard HMNZS Canterbury on Saturday to help with "
      "cyclone recovery.",
      expect=[E("deployment", ["NZL", "SLB"], prev(P, "Saturday"), deployer="NZL", host="SLB", personnel=120)]))
P = "2025-07-14"
add(C("F7", "F7e", P,
      "TOKYO — Defense Minister Gen Nakatani said Japan would keep up its anti-piracy work. The Deployment Surface "
      "Force's 49th rotation will leave Ominato on the 21st for the Gulf of Aden, with about 200 personnel.",
      expect=[E("deployment", ["JPN"], "2025-07-21", deployer="JPN", status="planned")],
      note="home forces without a state word, bound for a sea area (no host)"))
P = "2025-04-19"
add(C("F7", "F7f-counter", P,
      "The cruise ship Viking Mars dropped anchor off Port Louis on Thursday, and the national rugby team emplaned "
      "for Dubai yesterday.",
      absent=["deployment"], note="counterexample: civil ship and a sports team"))

# ---------------------------------------------------------------- F8 seller from a national subsidiary or the build site
P = "2026-03-20"
add(C("F8", "F8a", P,
      "Thales Australia will supply 30 Hawkei light vehicles to the Republic of Fiji Military Forces under a contract "
      "worth A$60 million that was signed in Suva on Tuesday.",
      expect=[E("export_deal", ["AUS", "FJI"], prev(P, "Tuesday"), seller="AUS", buyer="FJI")],
      exact=["export_deal"]))
P = "2025-09-12"
add(C("F8", "F8b", P,
      "The Chilean Air Force ordered three C295 transport aircraft from Airbus in Santiago on Wednesday. Final "
      "assembly of the aircraft will take place at the Airbus plant in Seville, Spain.",
      expect=[E("export_deal", ["CHL", "ESP"], prev(P, "Wednesday"), seller="ESP", buyer="CHL")]))
P = "2026-10-02"
add(C("F8", "F8c", P,
      "Colombia signed a contract on Monday with General Dynamics Land Systems–Canada for 20 LAV 6 armoured vehicles, "
      "which will be built at the company's plant in London, Ontario.",
      expect=[E("export_deal", ["CAN", "COL"], prev(P, "Monday"), seller="CAN", buyer="COL")]))
P = "2025-12-05"
add(C("F8", "F8d", P,
      "Saab Australia has won a contract to supply combat management systems for two Malaysian patrol ships, "
      "built in Adelaide, the company said on Tuesday.",
      expect=[E("export_deal", ["AUS", "MYS"], None, seller="AUS", buyer="MYS")]))
P = "2025-12-05"
add(C("F8", "F8e-counter", P,
      "Greece signed a contract with Thales on Monday for four radars built at the company's plant in Limours, France.",
      expect=[E("export_deal", ["FRA", "GRC"], prev(P, "Monday"), seller="FRA", buyer="GRC")],
      note="counterexample: parent state is right"))

# ---------------------------------------------------------------- F9 role fields told in the next clause or sentence
P = "2024-06-14"
add(C("F9", "F9a", P,
      "The Chilean frigate Almirante Lynch arrived at the port of Callao yesterday for two days. The ship, carrying "
      "a crew of some 230, was greeted by a Peruvian Navy band.",
      expect=[E("deployment", ["CHL", "PER"], "2024-06-13", personnel=230)]))
P = "2025-06-18"
add(C("F9", "F9b", P,
      "A Norwegian NASAMS unit has been deployed in Slovakia since 2023; its roughly 100 troops rotate out every "
      "half year.",
      expect=[E("deployment", ["NOR", "SVK"], "2023", personnel=100)]))
P = "2025-08-13"
add(C("F9", "F9c", P,
      "Four Belgian F-35s and about 90 airmen landed at Šiauliai air base on Tuesday, where the jets will spend "
      "the coming four months guarding Baltic airspace.",
      expect=[E("deployment", ["BEL", "LTU"], prev(P, "Tuesday"), personnel=90, duration="P4M")]))
P = "2025-04-18"
add(C("F9", "F9d", P,
      "A company of about 180 Czech soldiers will deploy to Slovakia this autumn. Its tour there is to last six months.",
      expect=[E("deployment", ["CZE", "SVK"], "2025-FA", personnel=180, duration="P6M")]))
P = "2024-12-09"
add(C("F9", "F9e", P,
      "Fijian soldiers have been part of the Multinational Force and Observers in the Sinai since 1982, and around "
      "170 are posted there now, the minister said.",
      expect=[E("deployment", ["EGY", "FJI"], "1982", personnel=170)]))
P = "2026-07-08"
add(C("F9", "F9f", P,
      "The German frigate Hamburg arrived at Darwin on Monday for four days. The frigate belongs to Germany's "
      "Indo-Pacific Deployment 2026 (IPD26), which continues to Japan in August.",
      expect=[E("deployment", ["AUS", "DEU"], prev(P, "Monday"), operation="Indo-Pacific Deployment 2026")]))

# ---------------------------------------------------------------- F10 meetings that are not talks between two states
P = "2025-10-24"
add(C("F10", "F10a", P,
      "Chile's Defence Minister Adriana Delpiano was received in Lima on Wednesday by her Peruvian counterpart.\n\n"
      "The minister also toured the Peruvian Air Force base at Las Palmas and met Chilean officers attending the Air "
      "War College in Lima. She flew back to Santiago on Saturday.",
      expect=[E("meeting", ["CHL", "PER"], prev(P, "Wednesday"))], exact=["meeting"],
      note="a minister meeting her own nationals abroad"))
add(C("F10", "F10b", P,
      "Dakar, Oct. 24, APS – Some 540 Senegalese soldiers returned home on Thursday after a year of peacekeeping with "
      "MINUSCA in the Central African Republic. They were greeted at the Ouakam base by the Chief of the "
      "General Staff.",
      absent=["meeting"], note="welcome-home ceremony (second wording)"))
add(C("F10", "F10c", P,
      "Abuja, Oct. 24 – About 600 officers and men of the Nigerian battalion in Lebanon returned home on Friday after "
      "a year with UNIFIL. They were welcomed at the airport by the Chief of Army Staff.",
      absent=["meeting"], note="welcome-home ceremony"))
add(C("F10", "F10d", P,
      "A three-way meeting with Kyrgyz and Kazakh commanders, which takes place every year, is due in the autumn.",
      absent=["meeting"], note="habitual and expected"))

# ---------------------------------------------------------------- F11 money and items details
P = "2026-11-20"
add(C("F11", "F11a", P,
      "OTTAWA — On Monday, the Chilean Navy signed a $95-million contract with Canada's Seaspan for a support ship "
      "design, a Canadian government spokesperson said.",
      expect=[E("export_deal", ["CAN", "CHL"], prev(P, "Monday"), money="95000000 CAD")],
      note="bare '$' with a hyphenated sum in Canadian copy"))
P = "2024-09-14"
add(C("F11", "F11b", P,
      "ASTANA — Uzbekistan's defence ministry signed a contract with Airbus Helicopters for six H145M helicopters in "
      "Tashkent on Monday. The value of the contract was put at UZS 1.3 trillion by the ministry.",
      expect=[E("export_deal", ["FRA", "UZB"], prev(P, "Monday"), money="1300000000000 UZS")],
      note="value in the next sentence ('was put at')"))
P = "2024-09-14"
add(C("F11", "F11c", P,
      "On Monday Latvia ordered Carl-Gustaf M4 recoilless rifles and rounds from Saab for €20 million.",
      expect=[E("export_deal", ["LVA", "SWE"], prev(P, "Monday"), items=["Carl-Gustaf M4"])]))
add(C("F11", "F11d", P,
      "On Monday Moldova also concluded a €15 million contract for night-vision binoculars and thermal weapon sights "
      "with Safran Electronics & Defense.",
      expect=[E("export_deal", ["FRA", "MDA"], prev(P, "Monday"), items=["night-vision binoculars", "thermal weapon sights"])]))

# ---------------------------------------------------------------- F12 agentless / 'the pair' passive signing at a meeting
P = "2025-07-11"
add(C("F12", "F12a", P,
      "Botswana's Defence Minister welcomed his Zambian counterpart to Gaborone on Tuesday for talks on poaching "
      "along the Chobe river.\n\nA spokesperson said a memorandum on joint anti-poaching patrols was signed when "
      "the two ministers met.",
      expect=[E("agreement", ["BWA", "ZMB"], prev(P, "Tuesday"))]))
P = "2024-10-19"
add(C("F12", "F12b", P,
      "Senegal's Armed Forces Minister received his Gambian counterpart in Dakar on Wednesday for a working session "
      "about security on the Casamance border.\n\n"
      "The delegations reviewed joint patrols. According to the ministry, a protocol on sharing border intelligence "
      "was signed when the working session ended.",
      expect=[E("agreement", ["GMB", "SEN"], prev(P, "Wednesday"))]))
P = "2025-08-30"
add(C("F12", "F12c", P,
      "Australian Defence Minister Richard Marles and his Philippine counterpart Gilberto Teodoro held talks in "
      "Manila on Thursday.\n\n"
      "The two discussed maritime patrols. A logistics support arrangement was signed by the pair following the talks; "
      "it commits Canberra and Manila to open negotiations on a training agreement next year.",
      expect=[E("agreement", ["AUS", "PHL"], prev(P, "Thursday"))],
      note="'by the pair'; the 'next year' of the complement must not date the signing"))
P = "2026-01-23"
add(C("F12", "F12d", P,
      "Cambodian Defence Minister Tea Seiha held talks with his Lao counterpart in Phnom Penh on Wednesday.\n\n"
      "The ministers reviewed demining along the border. A plan for defence cooperation in 2026–2027 was signed "
      "after the talks, according to the ministry.",
      expect=[E("agreement", ["KHM", "LAO"], prev(P, "Wednesday"))]))
P = "2025-07-11"
add(C("F12", "F12e-counter", P,
      "Botswana's Defence Minister welcomed his Zambian counterpart to Gaborone on Tuesday for talks. Officials expect "
      "a memorandum on joint patrols to be signed when the ministers meet again in Lusaka next year.",
      expect=[E("meeting", ["BWA", "ZMB"], prev(P, "Tuesday"))], absent=["agreement"],
      note="counterexample: an expected signing"))

# ---------------------------------------------------------------- F13 a continuation sentence becomes a second deployment
P = "2025-08-13"
add(C("F13", "F13a", P,
      "Four Czech Gripens and about 90 airmen landed at Keflavík on Monday for three weeks of air policing. The "
      "detachment, drawn from the 21st Tactical Air Base at Čáslav, takes over from Italian F-35s.",
      expect=[E("deployment", ["CZE", "ISL"], prev(P, "Monday"))], exact=["deployment"]))
P = "2025-11-20"
add(C("F13", "F13b", P,
      "The Spanish frigate Cristóbal Colón arrived in Dakar on Tuesday for a port visit. The warship is due to "
      "leave for Abidjan on Sunday, the embassy said.",
      expect=[E("deployment", ["ESP", "SEN"], prev(P, "Tuesday"))], exact=["deployment"],
      note="onward leg of the same cruise (set-19 gold: not a new deployment)"))
P = "2025-06-16"
add(C("F13", "F13c", P,
      "The Peruvian sail training ship BAP Unión called at Valparaíso on Friday on her annual cruise. The ship, which "
      "left Callao in April, heads to Ecuador next.",
      expect=[E("deployment", ["CHL", "PER"], prev(P, "Friday"))], exact=["deployment"],
      note="earlier home departure in a relative clause"))
# ---------------------------------------------------------------- F14 numbered list of contracts
P = "2025-03-14"
add(C("F14", "F14a", P,
      "Kuala Lumpur – Malaysian Defence Minister Mohamed Khaled Nordin and South Korea's defence minister met in Seoul "
      "on Tuesday.\n\nIn their presence the Malaysian ministry then signed two contracts:\n1. with Hyundai Rotem, "
      "a contract for 18 K2 main battle tanks (MYR 3.1 billion);\n2. with Hanwha Aerospace, a contract for 12 K9 "
      "howitzers (MYR 1.2 billion).",
      expect=[E("export_deal", ["KOR", "MYS"], prev(P, "Tuesday"), seller="KOR", buyer="MYS", money="3100000000 MYR"),
              E("export_deal", ["KOR", "MYS"], prev(P, "Tuesday"), seller="KOR", buyer="MYS", money="1200000000 MYR")]))
P = "2026-05-22"
add(C("F14", "F14b", P,
      "Manila's defence department signed three contracts on Monday:\n"
      "(a) a contract with Hanwha Ocean for two corvettes, worth PHP 28 billion;\n"
      "(b) a contract with Elbit Systems for coastal radars, worth PHP 4 billion;\n"
      "(c) a contract with Leonardo for six AW159 helicopters, worth PHP 10 billion.",
      expect=[E("export_deal", ["KOR", "PHL"], prev(P, "Monday"), seller="KOR"),
              E("export_deal", ["ISR", "PHL"], prev(P, "Monday"), seller="ISR"),
              E("export_deal", ["ITA", "PHL"], prev(P, "Monday"), seller="ITA")]))
P = "2024-11-08"
add(C("F14", "F14c", P,
      "Nairobi signed the following contracts on Wednesday, the ministry said:\n"
      "• a contract with Otokar for 40 Cobra II armoured vehicles, worth KSh 6 billion;\n"
      "• a contract with Baykar for six TB2 drones, worth KSh 3 billion.",
      expect=[E("export_deal", ["KEN", "TUR"], prev(P, "Wednesday"), seller="TUR", money="6000000000 KES"),
              E("export_deal", ["KEN", "TUR"], prev(P, "Wednesday"), seller="TUR", money="3000000000 KES")]))

# ---------------------------------------------------------------- F15 topics and terms read as deployments
P = "2025-03-12"
add(C("F15", "F15a", P,
      "The two ministers held talks in Accra on Monday. Ghanaian troops serving with UNMISS in South Sudan were "
      "also on the agenda.", absent=["deployment"]))
add(C("F15", "F15b", P,
      "Under the agreement, Japan will open its defence academies to Djiboutian officers and send instructors to "
      "Djibouti for short courses, according to a ministry press release.", absent=["deployment"]))
add(C("F15", "F15c", P,
      "Next month the Finnish minister travels to Beirut, where talks with the Lebanese army chief will cover "
      "peacekeepers' safety and Lebanese troop deployments south of the Litani.", absent=["deployment"]))
add(C("F15", "F15d-counter", P,
      "Japan sent 20 instructors to Djibouti on Monday to train the country's coast guard.",
      expect=[E("deployment", ["DJI", "JPN"], prev(P, "Monday"))], note="counterexample: an actual dispatch"))

# ---------------------------------------------------------------- F16 verb - adverbial - object order
P = "2025-04-11"
add(C("F16", "F16a", P,
      "Niger has turned to Ankara. The junta signed in March a contract with the Turkish drone maker Baykar for "
      "Akinci aircraft, worth XOF 40 billion.",
      expect=[E("export_deal", ["NER", "TUR"], "2025-03", seller="TUR", buyer="NER")]))
P = "2026-03-07"
add(C("F16", "F16b", P,
      "Portugal's defence minister received his Brazilian counterpart in Lisbon on Tuesday. Embraer signed as well "
      "on the same day in Lisbon a contract for three C-390 aircraft for the Portuguese Air Force, worth around "
      "€400 million.",
      expect=[E("export_deal", ["BRA", "PRT"], prev(P, "Tuesday"), seller="BRA", buyer="PRT")]))
P = "2025-05-16"
add(C("F16", "F16c", P,
      "The Slovak army signed last week with KNDS Deutschland a contract for 16 Leopard 2A8 tanks, worth €600 million.",
      expect=[E("export_deal", ["DEU", "SVK"], None, seller="DEU", buyer="SVK")]))

# ---------------------------------------------------------------- F17 lead restates the body event in another verb or tense
P = "2026-12-18"
add(C("F17", "F17a", P,
      "OSLO — Norway will buy 12 South Korean-built K9 howitzers, the latest in a run of Nordic orders.\n\n"
      "On Tuesday, Norway's defence materiel agency signed a NOK 2 billion contract with Hanwha Aerospace for 12 K9 "
      "self-propelled howitzers.",
      expect=[E("export_deal", ["KOR", "NOR"], prev(P, "Tuesday"), status="completed")], exact=["export_deal"]))
P = "2026-10-17"
add(C("F17", "F17b", P,
      "NAIROBI. Kenyan troops are staying in Somalia: the two countries' army chiefs agreed new terms this week.\n\n"
      "Kenya's Chief of Defence Forces met his Somali counterpart in Mogadishu on Wednesday, and the two chiefs then "
      "signed an updated status of forces agreement.",
      expect=[E("agreement", ["KEN", "SOM"], prev(P, "Wednesday"))], exact=["agreement"]))

# ---------------------------------------------------------------- F18 'the two countries / ministers' resolved to the wrong pair
P = "2026-08-14"
add(C("F18", "F18a", P,
      "Austal is to build two patrol boats for Timor-Leste. Earlier buyers of its boats include Kuwait, Yemen and "
      "Trinidad and Tobago.\n\nThe deal follows a visit to Canberra by Timor-Leste's defence minister in May, and a "
      "memorandum on maritime cooperation that both countries signed a month later.",
      expect=[E("agreement", ["AUS", "TLS"], "2026-06")]))
P = "2025-04-10"
add(C("F18", "F18b", P,
      "Vilnius backs Tbilisi's NATO hopes\n\nDefence Minister Dovilė Šakalienė received her Georgian counterpart at "
      "the ministry on Monday. They spent an hour on training and on tensions along the frontier with Russia.\n\n"
      "A cooperation plan for 2025 was then signed by the two ministers.",
      expect=[E("agreement", ["GEO", "LTU"], prev(P, "Monday"))]))
P = "2025-01-29"
add(C("F18", "F18c", P,
      "Hanwha signed a deal to supply K9 howitzers to Estonia on Monday; earlier buyers include Poland, Norway and "
      "Finland. The howitzer sale follows a defence memorandum that the two countries signed in Tallinn last year.",
      expect=[E("agreement", ["EST", "KOR"], "2024")]))

# ---------------------------------------------------------------- F19 agreements that are not defence agreements or not yet signed
P = "2024-03-02"
add(C("F19", "F19a", P,
      "In recent weeks Vietnam and Russia have signed a number of economic deals instead.", absent=["agreement"]))
add(C("F19", "F19b", P,
      "Iran and Belarus have held talks on trade. Belarusian lawmakers are also expected to approve a new "
      "comprehensive partnership treaty with Tehran once it has been signed by both presidents.", absent=["agreement"]))
add(C("F19", "F19c-counter", P,
      "Vietnam and Russia signed a military-technical cooperation agreement in Hanoi on Monday.",
      expect=[E("agreement", ["RUS", "VNM"], prev(P, "Monday"))], note="counterexample"))

# ---------------------------------------------------------------- F20 meeting / deal location told apart from the verb
P = "2026-04-17"
add(C("F20", "F20a", P,
      "Ghana's defence minister was in Rabat on Tuesday, where she met Moroccan Minister Delegate Abdellatif Loudiyi "
      "at his offices to discuss maritime security.",
      expect=[E("meeting", ["GHA", "MAR"], prev(P, "Tuesday"), location="Rabat")]))
P = "2025-09-06"
add(C("F20", "F20b", P,
      "Thyssenkrupp Marine Systems signed yesterday a contract with Singapore's defence ministry for two more "
      "submarines, worth €1.4 billion. The signing, at the shipyard's offices in Kiel, drew the Singaporean envoy.",
      expect=[E("export_deal", ["DEU", "SGP"], "2025-09-05", location="Kiel")]))
P = "2025-06-12"
add(C("F20", "F20c", P,
      "Uruguay's defence minister was in Brasília on Wednesday, where he met Brazilian Defence Minister José Múcio at "
      "the ministry.",
      expect=[E("meeting", ["BRA", "URY"], prev(P, "Wednesday"), location="Brasília")]))

# ---------------------------------------------------------------- F21 reduced relative after a post-nominal complement
P = "2025-04-25"
add(C("F21", "F21a", P,
      "The Vietnamese frigate Tran Hung Dao arrived in Jakarta on Tuesday, the first call since the memorandum on "
      "naval cooperation and training, signed by the two navies in Hanoi late last year, came into effect.",
      expect=[E("agreement", ["IDN", "VNM"], "2024")]))
P = "2025-10-01"
add(C("F21", "F21b", P,
      "Fijian and Australian officials met in Suva. The arrangement on logistics and training, signed by the two "
      "defence ministers in Canberra in March, allows Fijian crews to train on Australian ships.",
      expect=[E("agreement", ["AUS", "FJI"], "2025-03")]))
P = "2026-02-11"
add(C("F21", "F21c", P,
      "Ghana and Togo want to extend the protocol on border patrols and intelligence, signed by the two armies in Lomé "
      "in 2022, to coastal waters.",
      expect=[E("agreement", ["GHA", "TGO"], "2022")]))

# ---------------------------------------------------------------- F22 'transfer of a base' read as a sale
P = "2025-03-07"
add(C("F22", "F22a", P,
      "Chadian Defence Minister Issakha Malloua Djamouss held talks in N'Djamena on Wednesday with the French armed "
      "forces minister. Afterwards both signed a protocol on the transfer to the Chadian army of part of "
      "the Kossei barracks.",
      expect=[E("agreement", ["FRA", "TCD"], prev(P, "Wednesday"))]))
P = "2025-03-07"
add(C("F22", "F22b", P,
      "Niger and Algeria signed a protocol on Tuesday on the transfer of a border post at Assamaka to the Nigerien "
      "army.",
      expect=[E("agreement", ["DZA", "NER"], prev(P, "Tuesday"))]))
add(C("F22", "F22c", P,
      "Gabonese Defence Minister Brigitte Onkanowa held talks with the French armed forces minister in Libreville on "
      "Monday. When the talks ended, both ministers signed an agreement on the transfer of the Camp de Gaulle "
      "airstrip to the Gabonese air force.",
      expect=[E("agreement", ["FRA", "GAB"], prev(P, "Monday"))]))

# ---------------------------------------------------------------- F23 signing vetoed: police minister as signatory, or a '<State>–<State>' instrument name
P = "2026-05-30"
add(C("F23", "F23a", P,
      "Samoan Police Minister Faualo Harry Schuster and New Zealand Defence Minister Judith Collins signed a security "
      "arrangement at a ceremony in Apia on Thursday.",
      expect=[E("agreement", ["NZL", "WSM"], prev(P, "Thursday"))]))
P = "2025-12-12"
add(C("F23", "F23b", P,
      "Vanuatu's Minister of Internal Affairs, responsible for the police, and Australia's Defence Minister signed a "
      "security agreement in Port Vila on Tuesday.",
      expect=[E("agreement", ["AUS", "VUT"], prev(P, "Tuesday"))]))
P = "2026-05-30"
add(C("F23", "F23d", P,
      "Tonga's Minister of Police, Fire and Emergency Services, Hon. Piveni Piukala, and Australia's Minister for "
      "Defence, Hon. Richard Marles, signed a security treaty in Nuku'alofa on Thursday.",
      expect=[E("agreement", ["AUS", "TON"], prev(P, "Thursday"))], note="long titles with 'Hon.'"))
add(C("F23", "F23e", P,
      "Fijian Defence Minister Ioane Naivalurua and Australian Defence Minister Richard Marles signed the "
      "Fiji–Australia Defence Cooperation Treaty in Suva on Thursday.",
      expect=[E("agreement", ["AUS", "FJI"], prev(P, "Thursday"), name="Fiji–Australia Defence Cooperation Treaty")],
      note="second blocker: an instrument name that opens with '<State>–<State>'"))
P = "2025-12-12"
add(C("F23", "F23c-counter", P,
      "The Samoa Police Service and the Tonga Police signed a memorandum on traffic policing on Tuesday.",
      absent=["agreement"], note="counterexample: police cooperation only"))

# ---------------------------------------------------------------- F24 Indonesian '(d/m)' day-month after a weekday
P = "2025-03-12"
add(C("F24", "F24a", P,
      "Jakarta – The Indonesian Navy frigate KRI Bung Tomo-357 left Tanjung Priok on Monday (10/3) for Lebanon, "
      "where it will serve with UNIFIL's maritime task force.",
      expect=[E("deployment", ["IDN", "LBN"], "2025-03-10", deployer="IDN", host="LBN")]))
P = "2025-02-19"
add(C("F24", "F24b", P,
      "Jakarta – A TNI contingent of 850 soldiers departed from Halim Perdanakusuma air base on Sunday (16/2) for the "
      "Central African Republic.",
      expect=[E("deployment", ["CAF", "IDN"], "2025-02-16", deployer="IDN", host="CAF")]))
P = "2025-02-19"
add(C("F24", "F24c", P,
      "Jakarta – The corvette KRI Diponegoro-365 of the Indonesian Navy sailed from Surabaya on Wednesday (12/2) for "
      "Lebanon with 110 crew.",
      expect=[E("deployment", ["IDN", "LBN"], "2025-02-12", deployer="IDN", host="LBN")]))

# ---------------------------------------------------------------- F25 force nouns: '(Quick|Rapid|Joint) Reaction Force', 'Rapid Deployment Force'
P = "2025-04-18"
add(C("F25", "F25a", P,
      "Since 2023 a Spanish Quick Reaction Force has been in Latvia with NATO's brigade.",
      expect=[E("deployment", ["ESP", "LVA"], "2023")]))
add(C("F25", "F25b", P,
      "An Italian Joint Reaction Force has been deployed to Bulgaria since 2022.",
      expect=[E("deployment", ["BGR", "ITA"], "2022")]))
add(C("F25", "F25c", P,
      "Ghana's Rapid Deployment Force has been in Gambia since 2018 under the ECOWAS mission.",
      expect=[E("deployment", ["GHA", "GMB"], "2018")]))

# ---------------------------------------------------------------- F26 native-script name in brackets after a wire dateline
P = "2025-05-09"
add(C("F26", "F26a", P,
      "Seoul, May 9 (Yonhap) Defense Minister Ahn Gyu-back (안규백) received Peru's army commander, General César "
      "Briceño, at the ministry in Seoul on Tuesday, the ministry said Friday.",
      expect=[E("meeting", ["KOR", "PER"], prev(P, "Tuesday"), location="Seoul")]))
P = "2025-03-07"
add(C("F26", "F26b", P,
      "Tokyo, March 7 (Kyodo) Defense Minister Gen Nakatani (中谷元) received Mongolia's defence minister at the "
      "ministry in Tokyo on Wednesday.",
      expect=[E("meeting", ["JPN", "MNG"], prev(P, "Wednesday"), location="Tokyo")]))
P = "2025-10-03"
add(C("F26", "F26c", P,
      "Taipei, Oct. 3 (CNA) Chief of the General Staff Mei Chia-shu (梅家樹) received Paraguay’s army commander at the defence "
      "ministry in Taipei on Tuesday.",
      expect=[E("meeting", ["PRY", "TWN"], prev(P, "Tuesday"), location="Taipei")]))
