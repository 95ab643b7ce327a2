"""Paraphrased test cases for the set-21 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 21.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 meeting told with an idiom the rules lack
P = "2025-11-13"
add(C("F1", "F1a", P,
      "DOHA: The Minister of State for Defence Affairs, Khalid bin Mohammed Al Attiyah, granted an audience on Tuesday "
      "at the ministry to Rear Admiral Lars Holm, commander of the Danish naval task group in the Gulf.",
      expect=[E("meeting", ["DNK", "QAT"], prev(P, "Tuesday"))],
      note="'granted an audience <time> <place> to <B>' (hosted|received work)"))
P = "2025-05-09"
add(C("F1", "F1b", P,
      "Armenian Defence Minister Suren Papikyan and Greek Defence Minister Nikos Dendias had a one-on-one in Athens on "
      "Wednesday before their delegations joined them.",
      expect=[E("meeting", ["ARM", "GRC"], prev(P, "Wednesday"))],
      note="joint subject 'A and B had a one-on-one' (also 'sat down together', 'were closeted', 'were face to face')"))
P = "2024-06-14"
add(C("F1", "F1c", P,
      "The army chiefs of Ghana and Côte d'Ivoire sat down together in Accra on Wednesday for three hours of discussions "
      "on the northern border, officials said.",
      expect=[E("meeting", ["CIV", "GHA"], prev(P, "Wednesday"))],
      note="'A and B sat down together'"))
P = "2026-03-20"
add(C("F1", "F1d", P,
      "Zambian Defence Minister Ambrose Lufuma and his Malawian counterpart were face to face on Tuesday in Lusaka, for the "
      "first time since the border incident.",
      expect=[E("meeting", ["MWI", "ZMB"], prev(P, "Tuesday"))],
      note="'were face to face' (also 'were closeted for <duration>')"))
P = "2025-10-02"
add(C("F1", "F1e", P,
      "Peru's navy commander held an encounter on Tuesday with Ecuador's Navy Commander, Rear Admiral Jaime Vela, at the "
      "naval base in Guayaquil.",
      expect=[E("meeting", ["ECU", "PER"], prev(P, "Tuesday"))],
      note="'held an encounter with'; also 'lunched with', 'went to see', 'started the day with a working breakfast'"))
P = "2024-08-23"
add(C("F1", "F1f", P,
      "Norwegian Defence Minister Tore Sandvik lunched on Wednesday with Lithuania's defence minister at the officers' club "
      "in Vilnius.",
      expect=[E("meeting", ["LTU", "NOR"], prev(P, "Wednesday"))],
      note="'lunched with'"))
P = "2026-01-15"
add(C("F1", "F1g", P,
      "Spain's navy chief, Admiral Antonio Piñeiro, who had flown in the day before, found time on Tuesday for talks with "
      "Moroccan Defence Minister Abdellatif Loudiyi in Rabat.",
      expect=[E("meeting", ["ESP", "MAR"], prev(P, "Tuesday"))],
      note="'found time for talks with' after a relative clause ('held talks with' crosses it)"))
P = "2024-06-14"
add(C("F1", "F1h-counter", P,
      "Ghanaian and Ivorian veterans sat down together in Accra on Wednesday to watch the cup final.",
      absent=["meeting"], note="counterexample: no office holders, no talks"))

# ---------------------------------------------------------------- F2 deployment role fields
P = "2025-09-17"
add(C("F2", "F2b", P,
      "The Dutch frigate HNLMS Tromp sailed from Den Helder on Monday, bound for the Indo-Pacific. On board are 190 "
      "sailors and an NH90 helicopter.",
      expect=[E("deployment", ["NLD"], prev(P, "Monday"), deployer="NLD", personnel=190)],
      note="'On board are N <people>' in the next sentence"))
P = "2026-04-08"
add(C("F2", "F2c", P,
      "Some 250 Ghanaian soldiers flew out of Accra to Juba on Friday to join UNMISS. They will be based around Malakal for "
      "nine months.",
      expect=[E("deployment", ["GHA", "SSD"], prev(P, "Friday"), deployer="GHA", host="SSD", duration="P9M")],
      note="length told in the next sentence ('will be based ... for <duration>')"))
P = "2024-11-20"
add(C("F2", "F2d", P,
      "The Italian patrol ship Paolo Thaon di Revel sailed from La Spezia on Tuesday, heading for the Gulf of Guinea, where the "
      "ship will spend five months on the Gabinia mission.",
      expect=[E("deployment", ["ITA"], prev(P, "Tuesday"), deployer="ITA", duration="P5M", operation="Gabinia")],
      note="'where she will spend <duration> on the <Name> mission' in the same sentence (unlisted operation)"))
P = "2025-12-12"
add(C("F2", "F2e", P,
      "Zagreb confirmed that a contingent of about 40 members of the Croatian Army will take over from the rotation now "
      "in Lithuania in February, as part of the NATO battlegroup at Rukla.",
      expect=[E("deployment", ["HRV", "LTU"], "2026-02", deployer="HRV", host="LTU", personnel=40, location="Rukla")],
      note="'a contingent of about N members of the <Army>'; the base after 'battlegroup at'"))
P = "2025-06-05"
add(C("F2", "F2f", P,
      "A fresh company of 150 Burundian soldiers took over the Baidoa forward operating base on Tuesday, the mission said.",
      expect=[E("deployment", ["BDI", "SOM"], prev(P, "Tuesday"), deployer="BDI", host="SOM", location="Baidoa")],
      note="the place as a modifier of 'forward operating base' (also 'headed for the <place> training area')"))
P = "2025-02-11"
add(C("F2", "F2g-counter", P,
      "About 90 Spanish sailors arrived in Dakar on Saturday aboard the patrol ship Furor.",
      expect=[E("deployment", ["ESP", "SEN"], prev(P, "Saturday"), deployer="ESP", host="SEN", personnel=90)],
      note="counterexample: strength in the clause already works"))

# ---------------------------------------------------------------- F3 place of a meeting or deal
P = "2025-04-24"
add(C("F3", "F3a", P,
      "LILONGWE – Malawi's army commander received the Zambian army chief at Kamuzu Barracks on Tuesday for talks on "
      "border patrols.",
      expect=[E("meeting", ["MWI", "ZMB"], prev(P, "Tuesday"), location="Lilongwe")],
      note="an unlisted venue in a datelined story: the dateline's city"))
P = "2025-08-13"
add(C("F3", "F3c", P,
      "Australia's Defence Minister Richard Marles met Fiji's Defence Minister Pio Tikoduadua on Monday. The talks, at "
      "Queen Elizabeth Barracks in Suva, covered maritime patrols.",
      expect=[E("meeting", ["AUS", "FJI"], prev(P, "Monday"), location="Suva")],
      note="the place told in the next sentence ('The talks, at <venue> in <city>,')"))
P = "2026-06-10"
add(C("F3", "F3d", P,
      "DOHA – Turkish Defence Minister Yaşar Güler will be received by Qatar's Minister of State for Defence Affairs next "
      "Monday, the ministry announced.",
      expect=[E("meeting", ["QAT", "TUR"], nxt(P, "Monday"), location="Doha")],
      note="a planned reception with no place in the clause: the dateline's city"))
P = "2025-03-19"
add(C("F3", "F3e", P,
      "QUITO – Spain's Navantia will build two patrol vessels for the Ecuadorian Navy for US$90 million, under a "
      "contract signed on Monday evening at the Defence Ministry headquarters on Avenida Exposición.",
      expect=[E("export_deal", ["ECU", "ESP"], prev(P, "Monday"), seller="ESP", buyer="ECU", location="Quito")],
      note="'Defence headquarters' kept as the place instead of the dateline's city"))
P = "2024-10-16"
add(C("F3", "F3f", P,
      "ASUNCIÓN – The contract under which Paraguay acquires six Super Tucano aircraft from Brazil's Embraer was signed "
      "at the Ministry of National Defence on Avenida Mariscal López on Monday.",
      expect=[E("export_deal", ["BRA", "PRY"], prev(P, "Monday"), seller="BRA", buyer="PRY", location="Asunción")],
      note="a ministry on a named street: the dateline's city"))
P = "2025-04-24"
add(C("F3", "F3g-counter", P,
      "Kenya's defence secretary held talks with Uganda's defence minister in Kampala on Wednesday.",
      expect=[E("meeting", ["KEN", "UGA"], prev(P, "Wednesday"), location="Kampala")],
      note="counterexample: a city after the verb"))

# ---------------------------------------------------------------- F4 meeting false alarms
P = "2025-05-14"
add(C("F4", "F4a", P,
      "The visiting Korean vice-minister also toured the field hospital at Tavan Tolgoi and met Mongolian doctors who had "
      "served with United Nations missions.",
      absent=["meeting"], note="'met <people> of UN missions': a visit programme, not talks with the UN"))
P = "2024-07-11"
add(C("F4", "F4b", P,
      "The visiting Egyptian general also visited the Military Industry Corporation of Sudan in Port Sudan, where he saw "
      "a mortar made in Sudan.",
      absent=["meeting"], note="a facility visit"))
P = "2026-05-06"
add(C("F4", "F4c", P,
      "It was the first visit to Chile by an Argentine defence minister in a decade.",
      absent=["meeting"], note="'the first visit to X by Y in <period>': background"))
P = "2025-10-22"
add(C("F4", "F4d", P,
      "Thailand's army chief is scheduled to visit Paris and Berlin later this week to tour arms factories.",
      absent=["meeting"], note="planned plant tours in two capitals"))
P = "2026-03-04"
add(C("F4", "F4e", P,
      "India's Defence Secretary, who is on a five-day visit to Kenya, attended the ceremony.",
      absent=["meeting"], note="'who is on a <N>-day visit to <country>'"))
P = "2024-11-27"
add(C("F4", "F4f", P,
      "Answer: I expect to see my Visegrád colleagues at the V4 defence ministers' meeting next spring, as every "
      "year; nothing else is planned.",
      absent=["meeting"], note="a habitual forum meeting"))
P = "2025-09-10"
add(C("F4", "F4g", P,
      "The conference of West African army chiefs has been postponed. That meeting would have fallen on the 60th "
      "anniversary of the Nigerian Defence Academy.",
      absent=["meeting"], note="a counterfactual ('would have coincided')"))
P = "2026-05-06"
add(C("F4", "F4h-counter", P,
      "Chile's defence minister, on a two-day visit to Argentina, met his Argentine counterpart in Buenos Aires on Tuesday.",
      expect=[E("meeting", ["ARG", "CHL"], prev(P, "Tuesday"))], note="counterexample: a visit with talks"))

# ---------------------------------------------------------------- F5 signing told in another frame
P = "2025-06-19"
add(C("F5", "F5a", P,
      "Vietnam's defence minister held talks in Hanoi on Monday with his Cambodian counterpart. Later the "
      "ministers approved and signed a defence cooperation plan for 2026-2027.",
      expect=[E("agreement", ["KHM", "VNM"], prev(P, "Monday"))],
      note="'the ministers approved and signed' ('the two ministers approved and signed' works)"))
P = "2024-03-15"
add(C("F5", "F5b", P,
      "Croatian Defence Minister Ivan Anušić travelled to Podgorica on Thursday to sign, with Montenegro's defence "
      "minister, an agreement on joint air policing.",
      expect=[E("agreement", ["HRV", "MNE"], prev(P, "Thursday"))],
      note="'travelled to <city> to sign, with <B>, an <instrument>'"))
P = "2025-12-03"
add(C("F5", "F5c", P,
      "Polish Defence Minister Władysław Kosiniak-Kamysz received Norway's defence minister on Tuesday. Both ministers "
      "signed jointly, at the defence ministry, a memorandum on ammunition production.",
      expect=[E("agreement", ["NOR", "POL"], prev(P, "Tuesday"))],
      note="'signed jointly, at <place>, a <instrument>'"))
P = "2026-02-13"
add(C("F5", "F5d", P,
      "Since Wednesday, Mauritania and Spain have had a maritime surveillance agreement, which the two defence "
      "ministers signed in Nouakchott.",
      expect=[E("agreement", ["ESP", "MRT"], prev(P, "Wednesday"))],
      note="'Since <day>, A and B have had an <instrument>, which ... signed'"))
P = "2024-09-18"
add(C("F5", "F5e", P,
      "A hydrographic data-sharing agreement now links the Chilean and Peruvian navies, after their two commanders signed "
      "it on Monday in Lima.",
      expect=[E("agreement", ["CHL", "PER"], prev(P, "Monday"))],
      note="'<instrument> now links A and B, after ... signed it'"))
P = "2025-07-09"
add(C("F5", "F5f", P,
      "\u201cToday we signed a memorandum on naval training with my friend and Moroccan counterpart,\u201d Portugal's "
      "defence minister wrote on X after their talks in Lisbon on Tuesday.",
      expect=[E("agreement", ["MAR", "PRT"], prev(P, "Tuesday"))],
      note="a first-person signing in a quotation"))
P = "2025-07-09"
add(C("F5", "F5g-counter", P,
      "\u201cWe hope to sign a memorandum on naval training next year,\u201d Portugal's defence minister wrote on X.",
      absent=["agreement"], note="counterexample: a hope, not a signing"))

# ---------------------------------------------------------------- F6 a party the library cannot place
P = "2025-11-07"
add(C("F6", "F6a", P,
      "Indonesia's Defence Minister Sjafrie Sjamsoeddin began his European tour in Paris. There, on Wednesday, he and "
      "French Armed Forces Minister Sébastien Lecornu held talks on submarines.",
      expect=[E("meeting", ["FRA", "IDN"], prev(P, "Wednesday"))],
      note="a pronoun subject 'he and <B>'"))
P = "2024-05-23"
add(C("F6", "F6b", P,
      "Talks were held on Tuesday in Algiers between Tunisia's army chief and the People's National Army chief, General "
      "Mustapha Benali.",
      expect=[E("meeting", ["DZA", "TUN"], prev(P, "Tuesday"))],
      note="a national army's own name the gazetteer lacks"))
P = "2025-01-29"
add(C("F6", "F6c", P,
      "A contract for 12 TB2 drones worth 40 billion tenge between the Kazakh ministry and Baykar was signed on Monday.",
      expect=[E("export_deal", ["KAZ", "TUR"], prev(P, "Monday"), seller="TUR", buyer="KAZ")],
      note="'the <demonym> ministry' (no 'of Defence') is no actor"))
P = "2026-07-15"
add(C("F6", "F6d", P,
      "The contract was the main result of the two-day visit to Lusaka of Botswana's Minister of Defence and "
      "Security, Thomas Mmusi, who was hosted by Defence Minister Ambrose Lufuma. Tuesday's meeting between Lufuma and "
      "Mmusi at the ministry's headquarters covered border security.",
      expect=[E("meeting", ["BWA", "ZMB"], prev(P, "Tuesday"))], exact=["meeting"],
      note="a surname whose full name was given only in apposition after a title"))
P = "2025-03-26"
add(C("F6", "F6e", P,
      "Portugal and Senegal signed a naval training pact. The Minister of the Armed Forces, Ousmane Ndiaye, and his "
      "Portuguese counterpart, Nuno Melo, on a one-day visit, first met in private on Monday.",
      expect=[E("meeting", ["PRT", "SEN"], prev(P, "Monday"))],
      note="a title peculiar to France ('Minister of the Armed Forces') in a Senegalese story (set-20 F2a)"))
P = "2024-09-25"
add(C("F6", "F6f", P,
      "Mac Jee, for its part, confirmed on Monday that it had sold 30 Marruá trucks to the Paraguayan Army.",
      expect=[E("export_deal", ["BRA", "PRY"], seller="BRA", buyer="PRY")],
      note="an unlisted firm before 'for its part' (set-20 F6/F11)"))
P = "2024-05-23"
add(C("F6", "F6g-counter", P,
      "Talks were held on Tuesday in Algiers between Tunisia's army chief and Algeria's army chief.",
      expect=[E("meeting", ["DZA", "TUN"], prev(P, "Tuesday"))], note="counterexample: both parties qualified ('the Algerian army chief' also works)"))

# ---------------------------------------------------------------- F7 deal told as a noun phrase
P = "2025-05-28"
add(C("F7", "F7a", P,
      "The Ghana Navy will get two patrol boats built in Istanbul: the deal with Turkey's Dearsan, worth US$50 million, was "
      "signed on Tuesday in Accra.",
      expect=[E("export_deal", ["GHA", "TUR"], prev(P, "Tuesday"), seller="TUR", buyer="GHA")],
      note="buyer before a colon, 'the deal with <firm>, worth ..., was signed'"))
P = "2026-03-11"
add(C("F7", "F7b", P,
      "Four Bell 412 helicopters are headed for the Jamaica Defence Force: the contract, worth US$40 million, was "
      "signed on Monday in Kingston by the defence ministry and Bell Textron.",
      expect=[E("export_deal", ["JAM", "USA"], prev(P, "Monday"), seller="USA", buyer="JAM")],
      note="'<items> are on their way to <buyer>: the contract, worth ..., was signed by'"))
P = "2024-12-11"
add(C("F7", "F7c", P,
      "Two offshore patrol vessels will be built in Goa for the Seychelles Defence Forces: the contract with Goa Shipyard, "
      "worth ₹900 crore, was given its final signature in Victoria on Monday.",
      expect=[E("export_deal", ["IND", "SYC"], prev(P, "Monday"), seller="IND", buyer="SYC")],
      note="'was given its final signature'"))
P = "2025-08-21"
add(C("F7", "F7d", P,
      "The Saudi General Authority for Military Industries said on Wednesday that a contract with Korea's Hanwha Aerospace "
      "for 24 K9 howitzers, worth SAR 1.2 billion, had been signed on Monday.",
      expect=[E("export_deal", ["KOR", "SAU"], prev(P, "Monday"), seller="KOR", buyer="SAU")],
      note="buyer only as the source of a reported passive"))
P = "2026-09-02"
add(C("F7", "F7e", P,
      "Denmark's defence ministry said the contract for 120 Boxer vehicles from Germany's Rheinmetall is expected to be "
      "signed in late October for DKK 4 billion.",
      expect=[E("export_deal", ["DEU", "DNK"], "2026-10", seller="DEU", buyer="DNK", status="planned")],
      note="planned 'is expected to be signed' with a contract subject"))
P = "2025-06-11"
add(C("F7", "F7f", P,
      "The Peruvian Army has added a new wheeled carrier to its fleet through a US$30 million purchase of 20 vehicles "
      "from Iveco Defence Vehicles, agreed in Lima on Friday.",
      expect=[E("export_deal", ["ITA", "PER"], prev(P, "Friday"), seller="ITA", buyer="PER")],
      note="'through a purchase of <items> from <firm>, agreed ...' (set-20 F15)"))
P = "2024-02-07"
add(C("F7", "F7g", P,
      "The signing, on Monday, of a €90 million contract with France's Thales for four Ground Master 200 radars completes "
      "Estonia's air-defence package.",
      expect=[E("export_deal", ["EST", "FRA"], prev(P, "Monday"), seller="FRA", buyer="EST")],
      note="'The signing, on <day>, of a contract with <firm> for <items>'"))
P = "2024-12-11"
add(C("F7", "F7h-counter", P,
      "A contract for two offshore patrol vessels between the Seychelles Defence Forces and India's Goa Shipyard was "
      "signed on Monday.",
      expect=[E("export_deal", ["IND", "SYC"], prev(P, "Monday"), seller="IND", buyer="SYC")],
      note="counterexample: both parties inside the contract phrase already work"))

# ---------------------------------------------------------------- F8 passive signing tied to a meeting
P = "2025-02-26"
add(C("F8", "F8a", P,
      "Kuwait's defence minister received Italy's air force chief on Monday. An arrangement on pilot training was signed "
      "at the audience.",
      expect=[E("agreement", ["ITA", "KWT"], prev(P, "Monday"))],
      note="'at the audience': a meeting noun the anchor list lacks ('at the meeting' works)"))
P = "2024-12-04"
add(C("F8", "F8b", P,
      "Jordan's army chief and Iraq's army chief held talks in Amman on Sunday. A memorandum on border security was then "
      "signed by the deputy chiefs of staff.",
      expect=[E("agreement", ["IRQ", "JOR"], prev(P, "Sunday"))],
      note="'was then signed': 'then' between the auxiliary and the participle"))
P = "2026-05-22"
add(C("F8", "F8c", P,
      "Tanzania's and Burundi's defence ministers held talks in Dodoma on Thursday. At the close of the working session, a "
      "protocol on lake patrols was signed.",
      expect=[E("agreement", ["BDI", "TZA"], prev(P, "Thursday"))],
      note="the anchor fronted before the subject"))
P = "2025-04-16"
add(C("F8", "F8d", P,
      "Poland signed a contract for 96 Apache helicopters with Boeing on Monday. Also signed at that ceremony was a "
      "pilot-training agreement between the Polish and American defence ministries.",
      expect=[E("agreement", ["POL", "USA"], prev(P, "Monday"))],
      note="inversion 'Also signed at <occasion> was <instrument>'"))
P = "2025-10-08"
add(C("F8", "F8e", P,
      "Days earlier, on Thursday, a logistics arrangement that sets out how Estonia will give the Danish troops fuel, "
      "food and barracks had been signed in Tallinn by the two defence ministers, Troels Lund Poulsen and Hanno Pevkur.",
      expect=[E("agreement", ["DNK", "EST"], prev(P, "Thursday"))],
      note="a restrictive 'that' relative holding a comma list between the subject and 'had been signed'"))
P = "2024-11-06"
add(C("F8", "F8f", P,
      "Austria's and Slovakia's defence ministers held talks in Vienna on Monday. An arrangement on the training of Slovak "
      "tank crews in Austria, whose signature followed the talks, takes effect in spring.",
      expect=[E("agreement", ["AUT", "SVK"], prev(P, "Monday"))],
      note="'<instrument>, whose signature followed the <meeting>,'"))
P = "2025-06-20"
add(C("F8", "F8g", P,
      "Both loans build on the memorandum on joint arms production signed by the Argentine and Chilean defence "
      "ministers in Santiago on the 4th.",
      expect=[E("agreement", ["ARG", "CHL"], "2025-06-04")],
      note="reduced relative after a post-nominal complement (set-19 F21)"))
P = "2024-12-04"
add(C("F8", "F8h-counter", P,
      "Jordan's and Iraq's army chiefs held talks in Amman on Sunday. A memorandum on border security could then be signed "
      "next year.",
      absent=["agreement"], note="counterexample: a possible signing"))

# ---------------------------------------------------------------- F9 instrument as the outcome of a meeting
P = "2025-03-27"
add(C("F9", "F9a", P,
      "Hungary's army chief held talks with Serbia's chief of general staff in Belgrade on Tuesday. The visit also produced "
      "a memorandum on military medicine, signed by the two generals.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Tuesday"))],
      note="'The visit produced a <instrument>, signed by'"))
P = "2024-12-18"
add(C("F9", "F9b", P,
      "The defence ministers of Armenia and Greece held talks in Yerevan on Monday. The delegations emerged with a signed "
      "programme of military cooperation for 2025.",
      expect=[E("agreement", ["ARM", "GRC"], prev(P, "Monday"))],
      note="'emerged with a signed <instrument>' (also 'came away with a signed')"))
P = "2026-06-03"
add(C("F9", "F9c", P,
      "Vietnam's defence minister held talks with his Czech counterpart in Prague on Monday. The meeting was capped by a "
      "cyber-defence memorandum, signed by both ministers.",
      expect=[E("agreement", ["CZE", "VNM"], prev(P, "Monday"))],
      note="'The talks were capped by a <instrument>, signed by'"))
P = "2025-11-26"
add(C("F9", "F9d", P,
      "Kazakhstan's defence minister hosted his Kyrgyz counterpart in Astana. Their meeting on Monday was rounded off with "
      "the signing of a bilateral military cooperation plan.",
      expect=[E("agreement", ["KAZ", "KGZ"], prev(P, "Monday"))],
      note="'was rounded off with the signing|signature of'"))
P = "2026-08-06"
add(C("F9", "F9e", P,
      "France's New Caledonia garrison sent a patrol vessel to Port Vila on Monday. The port call also yielded a "
      "technical arrangement on fisheries surveillance between the Vanuatu Mobile Force and the French forces, signed on "
      "Tuesday.",
      expect=[E("agreement", ["FRA", "VUT"], prev(P, "Tuesday"))],
      note="'The visit also yielded a <instrument> between A and B, signed <day>'"))
P = "2026-02-25"
add(C("F9", "F9f", P,
      "Samoa's prime minister met New Zealand's defence minister in Apia on Monday. The Samoan side came away with a signed "
      "arrangement on maritime surveillance.",
      expect=[E("agreement", ["NZL", "WSM"], prev(P, "Monday"))],
      note="'came away with a signed <instrument>'"))
P = "2026-06-03"
add(C("F9", "F9g-counter", P,
      "Vietnam's defence minister held talks with his Czech counterpart in Prague on Monday. The talks were capped by a "
      "dinner at Prague Castle.",
      absent=["agreement"], note="counterexample: no instrument"))

# ---------------------------------------------------------------- F10 ongoing presence told with other verbs
P = "2025-07-23"
add(C("F10", "F10a", P,
      "A team of 20 Japanese Self-Defense Force engineers have been at work in Dili harbour, Timor-Leste, since mid-May, "
      "clearing wrecks.",
      expect=[E("deployment", ["JPN", "TLS"], "2025-05", deployer="JPN", host="TLS")],
      note="'have been at work in <place> since'"))
P = "2024-08-07"
add(C("F10", "F10b", P,
      "A team of 60 New Zealand Army engineers have been working on new barracks at Blackrock camp in Fiji since April.",
      expect=[E("deployment", ["FJI", "NZL"], "2024-04", deployer="NZL", host="FJI")],
      note="'have been working on <work> at <place> since'"))
P = "2025-10-15"
add(C("F10", "F10c", P,
      "The Brazilian Navy's training ship Brasil, a frigate carrying 280 crew and cadets, has been in Mindelo, "
      "Cape Verde, since Friday.",
      expect=[E("deployment", ["BRA", "CPV"], prev(P, "Friday"), deployer="BRA", host="CPV", status="ongoing")],
      note="'has been in <port> since <day>' with a port the gazetteer lacks ('in Lisbon' works)"))
P = "2026-09-16"
add(C("F10", "F10d", P,
      "The Italian air detachment at Ahmad al-Jaber, which has been flying from the air base since 2015, will be relieved in "
      "the autumn.",
      expect=[E("deployment", ["ITA", "KWT"], "2015", deployer="ITA", host="KWT")],
      note="an unlisted base and 'the air base' ('from the Kuwaiti air base' works)"))
P = "2025-01-22"
add(C("F10", "F10e", P,
      "The Zambian minister, whose country has contributed troops to MINUSCA in the Central African Republic since 2015, "
      "offered advice.",
      expect=[E("deployment", ["CAF", "ZMB"], "2015", deployer="ZMB", host="CAF")],
      note="'whose country has contributed peacekeepers|troops to <mission> since'"))
P = "2024-10-30"
add(C("F10", "F10f", P,
      "The Burundian army and the Burundian National Police have operated in South Kivu, Congo, since August 2022.",
      expect=[E("deployment", ["BDI", "COD"], "2022-08", deployer="BDI", host="COD")],
      note="a police force beside the army vetoes the army's presence"))
P = "2025-05-21"
add(C("F10", "F10g", P,
      "The minister visited the German air detachment at Niamey airport, where two A400M aircraft and about 100 German "
      "airmen have been stationed since 2016.",
      expect=[E("deployment", ["DEU", "NER"], "2016", deployer="DEU", host="NER")],
      note="stationing told in a 'where' relative after a visit"))
P = "2024-08-07"
add(C("F10", "F10h-counter", P,
      "Some 300 Indonesian peacekeepers have been stationed in Lebanon since 2006.",
      expect=[E("deployment", ["IDN", "LBN"], "2006", deployer="IDN", host="LBN")],
      note="counterexample: 'have been stationed in' works"))

# ---------------------------------------------------------------- F11 the port as subject, arrival as a noun
P = "2024-03-13"
add(C("F11", "F11a", P,
      "Victoria harbour received on Saturday morning the Indian Navy patrol vessel INS Sunayna for a three-day call.",
      expect=[E("deployment", ["IND", "SYC"], prev(P, "Saturday"), deployer="IND", host="SYC")],
      note="'<port> received <ship>'"))
P = "2025-02-19"
add(C("F11", "F11b", P,
      "The arrival of the Turkish Navy frigate TCG Kemalreis at Mombasa last Friday marked the first call by a Turkish "
      "warship in a decade.",
      expect=[E("deployment", ["KEN", "TUR"], prev(P, "Friday"), deployer="TUR", host="KEN")],
      note="'The arrival of <ship> at <port> <time>'"))
P = "2026-11-10"
add(C("F11", "F11c", P,
      "The Valletta call of the Greek Navy frigate Hydra, which began on Saturday, is its first this year.",
      expect=[E("deployment", ["GRC", "MLT"], prev(P, "Saturday"), deployer="GRC", host="MLT")],
      note="'The <port> call of <ship>, which began on <day>'"))
P = "2025-12-17"
add(C("F11", "F11d", P,
      "Two Japanese destroyers, JS Ikazuchi and JS Akebono, made Colombo their port of call on Monday, arriving at the "
      "Prince Jayewardene quay for a three-day visit.",
      expect=[E("deployment", ["JPN", "LKA"], prev(P, "Monday"), deployer="JPN", host="LKA", location="Colombo")],
      note="'made <port> their port of call, arriving at <quay>': deployer, host and place"))
P = "2025-12-17"
add(C("F11", "F11e-counter", P,
      "Two Japanese destroyers arrived in Colombo on Monday for a three-day visit.",
      expect=[E("deployment", ["JPN", "LKA"], prev(P, "Monday"), deployer="JPN", host="LKA", location="Colombo")],
      note="counterexample: a plain arrival"))

# ---------------------------------------------------------------- F12 arrival verbs
P = "2025-01-10"
add(C("F12", "F12a", P,
      "The Dutch frigate HNLMS Evertsen came into Salalah on Thursday after patrolling the Arabian Sea.",
      expect=[E("deployment", ["NLD", "OMN"], prev(P, "Thursday"), deployer="NLD", host="OMN")],
      note="'came into <port>'"))
P = "2024-04-24"
add(C("F12", "F12b", P,
      "An advance party of 40 Czech soldiers disembarked on Monday from a Czech Air Force transport at Bangui's M'Poko "
      "airport.",
      expect=[E("deployment", ["CAF", "CZE"], prev(P, "Monday"), deployer="CZE", host="CAF", personnel=40)],
      note="'disembarked from <aircraft> at <airport>'"))
P = "2026-10-14"
add(C("F12", "F12c", P,
      "The Spanish Navy frigate Blas de Lezo made its entry into Tunis harbour on Saturday for a four-day visit.",
      expect=[E("deployment", ["ESP", "TUN"], prev(P, "Saturday"), deployer="ESP", host="TUN")],
      note="'made its entry into the port of'"))
P = "2025-06-25"
add(C("F12", "F12d", P,
      "The Italian Navy destroyer Caio Duilio paid a port visit to Limassol on Monday after exercises south of Crete.",
      expect=[E("deployment", ["CYP", "ITA"], prev(P, "Monday"), deployer="ITA", host="CYP")],
      note="'paid a port visit to'"))
P = "2024-09-13"
add(C("F12", "F12e", P,
      "The Australian patrol boat HMAS Cape Otway eased into Honiara harbour on Wednesday morning for a five-day visit.",
      expect=[E("deployment", ["AUS", "SLB"], prev(P, "Wednesday"), deployer="AUS", host="SLB")],
      note="'eased into'"))
P = "2026-03-18"
add(C("F12", "F12f", P,
      "The French Navy minehunter Andromède reached Gdynia on Monday to join a NATO mine countermeasures group.",
      expect=[E("deployment", ["FRA", "POL"], prev(P, "Monday"), deployer="FRA", host="POL")],
      note="'reached <city>' (only 'reached the port of' and 'reached <place> aboard' are taken)"))
P = "2025-01-10"
add(C("F12", "F12g-counter", P,
      "The cruise ship Costa Smeralda came into Salalah on Thursday with 5,000 passengers.",
      absent=["deployment"], note="counterexample: a civilian ship"))

# ---------------------------------------------------------------- F13 meeting told as a noun phrase
P = "2025-08-29"
add(C("F13", "F13a", P,
      "Wednesday's encounter between Kenya's Chief of Defence Forces, General Charles Kahariri, and his Ugandan "
      "counterpart at the Mbuya headquarters produced a plan for joint patrols.",
      expect=[E("meeting", ["KEN", "UGA"], prev(P, "Wednesday"))],
      note="'<day>'s encounter between A and B'"))
P = "2024-04-17"
add(C("F13", "F13b", P,
      "LIMA – Brazil's Embraer will supply two KC-390 transports to the Peruvian Air Force under a contract signed on "
      "Monday. That signing capped a day of meetings in which Peru's defence minister, General Walter Astudillo, and "
      "Brazil's defence minister reviewed river patrols.",
      expect=[E("meeting", ["BRA", "PER"], prev(P, "Monday"))],
      note="'a day of meetings in which A and B reviewed'"))
P = "2025-05-16"
add(C("F13", "F13c", P,
      "Armenian Defence Minister Suren Papikyan hosted Greek Defence Minister Nikos Dendias. The pair's first "
      "encounter since the spring, on Thursday in Yerevan, covered officer training.",
      expect=[E("meeting", ["ARM", "GRC"], prev(P, "Thursday"))],
      note="'The two ministers' first encounter since <time>, on <day> in <city>': the undated 'hosted' stands in"))
P = "2026-01-28"
add(C("F13", "F13d", P,
      "Egypt's Chief of Staff, Lieutenant General Ahmed Khalifa, was at the Sudanese army headquarters in Port Sudan on "
      "Sunday for talks with Sudan's army chief.",
      expect=[E("meeting", ["EGY", "SDN"], prev(P, "Sunday"))],
      note="'was at <venue> on <day> for talks with'"))
P = "2025-08-29"
add(C("F13", "F13e-counter", P,
      "Wednesday's encounter between the Kenyan and Ugandan national football teams at Kasarani ended in a draw.",
      absent=["meeting"], note="counterexample: a sports encounter"))

# ---------------------------------------------------------------- F14 buyer as beneficiary or payer, seller as supplier
P = "2024-06-26"
add(C("F14", "F14a", P,
      "The Royal Brunei Navy will get two 30-metre patrol boats under a B$40 million contract it signed with "
      "Austal of Australia last week.",
      expect=[E("export_deal", ["AUS", "BRN"], seller="AUS", buyer="BRN")],
      note="'<buyer> will get <items> under a contract it signed with <firm>'"))
P = "2025-09-05"
add(C("F14", "F14b", P,
      "The Bolivian Air Force will pay US$45 million for two Mi-171 helicopters from Russia's Rosoboronexport, under a "
      "contract formalised in Moscow on Thursday.",
      expect=[E("export_deal", ["BOL", "RUS"], prev(P, "Thursday"), seller="RUS", buyer="BOL")],
      note="'<buyer> will pay <money> for <items>, under a contract'"))
P = "2026-04-15"
add(C("F14", "F14c", P,
      "Kenya will take delivery of two new flight simulators bought from Turkey's Havelsan for KSh 3 "
      "billion, in a deal closed on Monday.",
      expect=[E("export_deal", ["KEN", "TUR"], prev(P, "Monday"), seller="TUR", buyer="KEN")],
      note="'will take delivery of <items> bought from <firm> ... in a deal closed <day>'"))
P = "2025-02-20"
add(C("F14", "F14d", P,
      "Paraguay's air arm has become the first South American operator of the M-345 trainer, after the defence ministry "
      "signed on the 17th a €14 million contract with the Italian builder for three aircraft.",
      expect=[E("export_deal", ["ITA", "PRY"], "2025-02-17", seller="ITA", buyer="PRY")],
      note="'has become the first operator of <item>, after ... a contract with the <demonym> manufacturer'"))
P = "2026-11-04"
add(C("F14", "F14e", P,
      "Czech radar maker Retia walked away from the two-day visit with a CZK 800 million contract for two ReVISOR radars "
      "for the Indonesian Air Force.",
      expect=[E("export_deal", ["CZE", "IDN"], seller="CZE", buyer="IDN")],
      note="'<firm> walked away from the visit with a contract for <items> for <buyer>'"))
P = "2024-10-21"
add(C("F14", "F14f", P,
      "South Africa's Paramount Group last Thursday became the Zambian Army's newest supplier, signing a US$60 million "
      "contract for 20 Mbombe 4 armoured vehicles.",
      expect=[E("export_deal", ["ZAF", "ZMB"], prev(P, "Thursday"), seller="ZAF", buyer="ZMB")],
      note="'<firm> became <buyer>'s newest supplier, signing a contract for'"))
P = "2024-06-26"
add(C("F14", "F14g-counter", P,
      "The Royal Brunei Navy will get two more patrol boats next year, the navy said.",
      absent=["export_deal"], note="counterexample: a delivery with no contract"))

# ---------------------------------------------------------------- F15 items and money of a sale
P = "2025-10-29"
add(C("F15", "F15a", P,
      "Indonesia became the latest Asian customer for the Rafale on Monday. The contract for 18 aircraft, worth US$2.5 "
      "billion, was signed in Jakarta by the defence ministry and Dassault Aviation.",
      expect=[E("export_deal", ["FRA", "IDN"], prev(P, "Monday"), seller="FRA", buyer="IDN", items=["Rafale"])],
      note="the type named in the sentence before, 'aircraft' in the contract"))
P = "2026-06-17"
add(C("F15", "F15b", P,
      "The Ghana Navy has chosen the French yard Ocea for its future patrol boats and on Tuesday ordered four 24-metre "
      "craft for €20 million.",
      expect=[E("export_deal", ["FRA", "GHA"], prev(P, "Tuesday"), seller="FRA", buyer="GHA", items=["24-metre craft"])],
      note="'craft' is not an item noun"))
P = "2025-04-02"
add(C("F15", "F15c", P,
      "Oman's defence ministry on Monday awarded Italy's Leonardo an OMR 20 million contract for infrared search-and-track "
      "sensors for the Omani Typhoons.",
      expect=[E("export_deal", ["ITA", "OMN"], prev(P, "Monday"), seller="ITA", buyer="OMN",
                items=["infrared search-and-track sensors"])],
      note="'for <items> for the <buyer's> <platform>': the platform taken as the item"))
P = "2024-07-19"
add(C("F15", "F15d", P,
      "The Indonesian Army committed on Wednesday to buy 120mm mortar rounds from Serbia's Yugoimport, signing a US$15 "
      "million contract in Jakarta.",
      expect=[E("export_deal", ["IDN", "SRB"], prev(P, "Wednesday"), seller="SRB", buyer="IDN",
                items=["120mm mortar rounds"])],
      note="'committed to buy <items> from'"))
P = "2025-12-10"
add(C("F15", "F15e", P,
      "The Nigerian Navy struck a N12.5 billion deal with Turkey's Dearsan on Monday for two patrol boats.",
      expect=[E("export_deal", ["NGA", "TUR"], prev(P, "Monday"), seller="TUR", buyer="NGA", money="12500000000 NGN")],
      note="'N<amount>' for naira (also 'L <amount>' for lempiras)"))
P = "2026-02-18"
add(C("F15", "F15f", P,
      "The Honduran Navy has ordered two patrol boats from Damen in a contract worth L 250 million (about US$10 million) "
      "signed last Tuesday.",
      expect=[E("export_deal", ["HND", "NLD"], seller="NLD", buyer="HND", money="250000000 HNL")],
      note="'L <amount>' for lempiras; the US$ gloss is taken"))
P = "2025-12-10"
add(C("F15", "F15g-counter", P,
      "The Nigerian Navy struck a US$12 million deal with Turkey's Dearsan on Monday for two patrol boats.",
      expect=[E("export_deal", ["NGA", "TUR"], prev(P, "Monday"), seller="TUR", buyer="NGA", money="12000000 USD")],
      note="counterexample: a dollar amount"))

# ---------------------------------------------------------------- F16 planned arrivals and departures
P = "2025-03-26"
add(C("F16", "F16a", P,
      "The remainder of the Czech contingent, about 120 soldiers, is due in Bangui in the course of May.",
      expect=[E("deployment", ["CAF", "CZE"], "2025-05", deployer="CZE", host="CAF", status="planned")],
      note="'is due in <place> in <month>'"))
P = "2024-10-07"
add(C("F16", "F16b", P,
      "The Japanese training ship JS Kashima is expected at Mombasa on Thursday with 190 officer cadets on board.",
      expect=[E("deployment", ["JPN", "KEN"], nxt(P, "Thursday"), deployer="JPN", host="KEN", status="planned")],
      note="'is expected at <port>'"))
P = "2026-07-06"
add(C("F16", "F16c", P,
      "An Indonesian Navy corvette, KRI Bung Tomo, is due in Port Moresby on Friday for a three-day visit.",
      expect=[E("deployment", ["IDN", "PNG"], nxt(P, "Friday"), deployer="IDN", host="PNG", status="planned")],
      note="'<ship> is due in <port>'"))
P = "2026-02-10"
add(C("F16", "F16d", P,
      "A team of 30 Australian Army medics will be on the ground on Vanuatu's Espiritu Santo from April.",
      expect=[E("deployment", ["AUS", "VUT"], "2026-04", deployer="AUS", host="VUT", status="planned")],
      note="'will be on the ground in|on <place> from <month>'"))
P = "2025-05-07"
add(C("F16", "F16e", P,
      "The Brazilian Navy's sail training ship Cisne Branco will weigh anchor from Rio de Janeiro on Saturday for its "
      "Atlantic instruction cruise.",
      expect=[E("deployment", ["BRA"], nxt(P, "Saturday"), deployer="BRA", status="planned")],
      note="'will weigh anchor from <home port> for <cruise>' (host null)"))
P = "2026-07-06"
add(C("F16", "F16f-counter", P,
      "Indonesia's defence minister is due in Port Moresby on Friday for talks.",
      absent=["deployment"], note="counterexample: a minister's trip"))

# ---------------------------------------------------------------- F17 deal facts told in follow-up sentences
P = "2025-10-08"
add(C("F17", "F17a", P,
      "Uganda is buying 30 more Cobra II armoured vehicles from Turkey's Otokar. The paperwork was completed last Thursday "
      "in Kampala, in a deal worth US$25 million.",
      expect=[E("export_deal", ["TUR", "UGA"], prev(P, "Thursday"), seller="TUR", buyer="UGA", status="completed",
                money="25000000 USD", location="Kampala")],
      note="'The paperwork was completed <day> in <city>, in a deal worth'"))
P = "2025-03-21"
add(C("F17", "F17b", P,
      "Rosoboronexport and Myanmar's defence ministry have signed a contract for six Yak-130 trainers, sources said. "
      "According to one source, the deal was signed during talks in Moscow on Wednesday, 12 March.",
      expect=[E("export_deal", ["MMR", "RUS"], "2025-03-12", seller="RUS", buyer="MMR")],
      note="the date in the next sentence about the same contract"))
P = "2024-01-17"
add(C("F17", "F17c", P,
      "Ghana is buying four Z-9 helicopters from China. The deal was signed on Monday in Accra.",
      expect=[E("export_deal", ["CHN", "GHA"], prev(P, "Monday"), seller="CHN", buyer="GHA", status="completed")],
      note="a progressive 'is buying' completed by 'The deal was signed on <day>'"))
P = "2025-10-08"
add(C("F17", "F17d-counter", P,
      "Uganda bought 30 Cobra II vehicles from Turkey's Otokar in a US$25 million deal signed last Thursday in Kampala.",
      expect=[E("export_deal", ["TUR", "UGA"], prev(P, "Thursday"), seller="TUR", buyer="UGA", money="25000000 USD")],
      note="counterexample: everything in one clause"))

# ---------------------------------------------------------------- F18 numbered list of orders in a disclosure
P = "2025-03-12"
add(C("F18", "F18a", P,
      "Bharat Dynamics Limited, Hyderabad, has booked these export orders since its previous disclosure:\n\n"
      "(a) an order from the Armed Forces of the Philippines for Akash missile batteries, valued at ₹2,000 crore, "
      "received on March 04, 2025;\n\n"
      "(b) an order from the Brazilian Army for Astra missiles, valued at ₹450 crore, received on March 07, 2025.",
      expect=[E("export_deal", ["IND", "PHL"], "2025-03-04", seller="IND", buyer="PHL"),
              E("export_deal", ["BRA", "IND"], "2025-03-07", seller="IND", buyer="BRA")],
      note="list items 'an order from <buyer> for <items>, valued at ..., received on <date>'"))
P = "2025-03-12"
add(C("F18", "F18b", P,
      "With these orders, Bharat Dynamics' order inflow for the year stands at ₹7,200 crore, with export orders "
      "making up ₹2,450 crore of that.",
      absent=["export_deal"], note="an aggregate of export orders"))
P = "2025-03-12"
add(C("F18", "F18c", P,
      "Sub: Intimation of export orders\n\nPlease note that the company has received the order below:\n\n"
      "(i) an order from the Royal Thai Navy for torpedo decoys, valued at ₹95 crore, received on March 10, 2025.",
      expect=[E("export_deal", ["IND", "THA"], "2025-03-10", seller="IND", buyer="THA")],
      note="one item, the seller only in the heading"))
P = "2025-03-12"
add(C("F18", "F18d-counter", P,
      "Bharat Dynamics has received an order from the Philippine Army for Akash missiles worth ₹2,000 crore on Monday.",
      expect=[E("export_deal", ["IND", "PHL"], prev(P, "Monday"), seller="IND", buyer="PHL")],
      note="counterexample: 'received an order from' in running text"))

# ---------------------------------------------------------------- F19 background read as deployments or sales
P = "2025-04-10"
add(C("F19", "F19a", P,
      "Another rotation of Tongan police officers serving the international policing support force arrived in Port "
      "Vila this week.",
      absent=["deployment"], note="police arriving"))
P = "2026-01-21"
add(C("F19", "F19b", P,
      "Chinese military personnel who operated two Y-12 aircraft in Tanzania were replaced by civilian contractors last "
      "year.",
      absent=["deployment"], note="a presence that has ended ('were replaced')"))
P = "2024-05-15"
add(C("F19", "F19c", P,
      "Fiji contributes troops to UN missions in Lebanon and elsewhere.",
      absent=["deployment"], note="habitual, undated contribution"))
P = "2025-08-27"
add(C("F19", "F19d", P,
      "Romania's defence minister received Korea's minister on Monday, then took him to the Cincu range, where Romanian "
      "crews train on K2 tanks bought from Korea.",
      absent=["export_deal"], note="an undated earlier purchase in a relative clause"))
P = "2025-04-10"
add(C("F19", "F19e-counter", P,
      "Fijian soldiers arrived in Beirut on Monday to join UNIFIL.",
      expect=[E("deployment", ["FJI", "LBN"], prev(P, "Monday"), deployer="FJI", host="LBN")],
      note="counterexample: a deployment"))

# ---------------------------------------------------------------- F20 instruments in a list or named 'text'
P = "2025-11-19"
add(C("F20", "F20a", P,
      "Tuesday's talks in Manila between the defence chiefs of the Philippines and Japan closed with the signing of two "
      "documents.\n\nThe documents signed were:\n\n– a memorandum on disaster-relief cooperation between the two armies;\n"
      "– a protocol on the exchange of cadets between the two countries' academies.",
      expect=[E("agreement", ["JPN", "PHL"], prev(P, "Tuesday")), E("agreement", ["JPN", "PHL"], prev(P, "Tuesday"))],
      note="dashed list after 'The documents signed were:'"))
P = "2026-09-09"
add(C("F20", "F20b", P,
      "A second text, covering the legal position of Danish troops in Estonia, is to be signed in Tallinn in October, the Danish "
      "minister said.",
      expect=[E("agreement", ["DNK", "EST"], "2026-10", status="planned")],
      note="'text' as the instrument noun"))
P = "2026-09-09"
add(C("F20", "F20c-counter", P,
      "A second text, covering the legal position of Danish troops in Estonia, is still being negotiated.",
      absent=["agreement"], note="counterexample: not yet signed"))

# ---------------------------------------------------------------- F21 year at the head of the instrument's name
P = "2025-12-12"
add(C("F21", "F21a", P,
      "Talks were held on Wednesday in Rabat between Morocco's and Portugal's army chiefs. The two generals ended the "
      "session by signing the 2026 plan of military cooperation for their armies.",
      expect=[E("agreement", ["MAR", "PRT"], prev(P, "Wednesday"), status="completed",
                name="2026 plan of military cooperation")],
      note="'the <year> plan of ...' read as a date in <year>, a plan, and no name (set-20 F18)"))
P = "2025-12-17"
add(C("F21", "F21b", P,
      "Bolivia's and Peru's defence ministers signed the 2026 programme of bilateral defence cooperation in La Paz on "
      "Monday.",
      expect=[E("agreement", ["BOL", "PER"], prev(P, "Monday"), status="completed")],
      note="'signed the <year> programme'"))
P = "2024-12-13"
add(C("F21", "F21c-counter", P,
      "On Wednesday Morocco and Portugal signed a military cooperation plan for 2025.",
      expect=[E("agreement", ["MAR", "PRT"], prev(P, "Wednesday"), status="completed")],
      note="counterexample: 'for <year>' after the noun works"))

# ---------------------------------------------------------------- F22 a date taken from the wrong event
P = "2025-09-04"
add(C("F22", "F22a", P,
      "The talks between the Vietnamese and Singaporean defence ministers, held at the ministry on Tuesday, covered "
      "maritime security. Singapore's minister arrived in Hanoi on Monday evening for a two-day visit. The cyber-defence "
      "memorandum that both ministers signed at the close of those talks sets up yearly consultations.",
      expect=[E("agreement", ["SGP", "VNM"], prev(P, "Tuesday"))],
      note="'that both ministers signed at the close of those talks': anchored on the arrival, not the talks"))
P = "2026-01-30"
add(C("F22", "F22b-counter", P,
      "Singapore's minister arrived in Hanoi on Monday evening for a two-day visit. The talks between the Vietnamese and "
      "Singaporean defence ministers, held at the ministry on Tuesday, covered maritime security. The cyber-defence "
      "memorandum that both ministers signed at the close of those talks sets up yearly consultations.",
      expect=[E("agreement", ["SGP", "VNM"], prev(P, "Tuesday"))],
      note="counterexample: with the talks told last before the signing, the anchor is right"))
