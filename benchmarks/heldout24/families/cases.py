"""Paraphrased test cases for the set-24 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 24.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 unlisted arrival and presence places
P = "2025-05-14"
add(C("F1", "F1a", P,
      "LUANDA – The Brazilian Navy frigate Independência entered the port of Lobito on Sunday, beginning a five-day "
      "call that includes a joint boarding drill with the Angolan Navy.",
      expect=[E("deployment", ["AGO", "BRA"], prev(P, "Sunday"), deployer="BRA", host="AGO", location="Lobito")],
      note="'entered the port of <unlisted port>' with a dateline ('arrived at the port of' works: F1i-counter)"))
P = "2024-11-06"
add(C("F1", "F1b", P,
      "MALABO, Nov 6 – The Spanish Navy patrol vessel ESPS Furor moored at the naval base of Bata on Monday for a "
      "four-day stay, during which her crew will train Equatoguinean sailors in search and rescue.",
      expect=[E("deployment", ["ESP", "GNQ"], prev(P, "Monday"), deployer="ESP", host="GNQ", location="Bata")],
      note="'moored at the naval base of <unlisted port>' ('moored at Bata' works)"))
P = "2026-06-10"
add(C("F1", "F1c", P,
      "TBILISI – Turkey's frigate TCG Gökova entered the port of Batumi on Tuesday for a goodwill visit, the Georgian "
      "Defence Forces said, the first by a Turkish warship this year.",
      expect=[E("deployment", ["GEO", "TUR"], prev(P, "Tuesday"), deployer="TUR", host="GEO", location="Batumi")],
      note="'entered the port of <unlisted port>'"))
P = "2025-02-19"
add(C("F1", "F1d", P,
      "NAIROBI (Xinhua) -- The Royal Navy survey ship HMS Scott docked at the naval base of Manda Bay on Sunday to "
      "begin a week of joint hydrographic work with the Kenya Navy, the British High Commission said.",
      expect=[E("deployment", ["GBR", "KEN"], prev(P, "Sunday"), deployer="GBR", host="KEN")],
      note="'docked at the naval base of <unlisted place>'"))
P = "2024-09-25"
add(C("F1", "F1e", P,
      "Around 1,000 Dutch troops have been at Camp Rukla since 2017 under NATO's forward presence, the Dutch defence "
      "staff said.",
      expect=[E("deployment", ["LTU", "NLD"], "2017", deployer="NLD", host="LTU", status="ongoing")],
      note="'Camp <listed base>': the prefix hides the gazetteer entry ('at Rukla' works)"))
P = "2026-02-04"
add(C("F1", "F1f", P,
      "OTTAWA — Roughly 200 Canadian soldiers have been at Camp Ādaži since January 2024, the Department of National "
      "Defence said, as the brigade grows toward full strength.",
      expect=[E("deployment", ["CAN", "LVA"], "2024-01", deployer="CAN", host="LVA", status="ongoing")],
      note="'Camp <listed base>' under a dateline of the deployer's capital: the host becomes the deployer"))
P = "2025-11-12"
add(C("F1", "F1g", P,
      "VICTORIA, Seychelles – The Indian Navy offshore patrol vessel INS Sunayna entered the harbour of Port "
      "Victoria on Saturday for a five-day visit, the Seychelles Defence Forces said.",
      expect=[E("deployment", ["IND", "SYC"], prev(P, "Saturday"), deployer="IND", host="SYC")],
      note="'entered the harbour of <unlisted port>'"))
P = "2025-10-08"
add(C("F1", "F1h", P,
      "BAMAKO – The two delegations discussed security on the border with Burkina Faso and the return of Malian "
      "refugees from Mauritania.\n\nA first group of about 70 Russian instructors landed at Sénou air base on "
      "Sunday, the ministry added. They will stay for six months.",
      expect=[E("deployment", ["MLI", "RUS"], prev(P, "Sunday"), deployer="RUS", host="MLI", personnel=70,
                status="completed")],
      note="an unlisted air base, with other states named in the paragraph before: only the follow-up 'They will stay' "
           "is read, undated and planned"))
P = "2025-05-14"
add(C("F1", "F1i-counter", P,
      "LUANDA – The Brazilian Navy frigate Independência arrived at the port of Lobito on Sunday, beginning a five-day "
      "call that includes a joint boarding drill with the Angolan Navy.",
      expect=[E("deployment", ["AGO", "BRA"], prev(P, "Sunday"), deployer="BRA", host="AGO", location="Lobito")],
      note="counterexample: 'arrived at the port of <unlisted port>' takes the dateline's state"))
P = "2024-09-25"
add(C("F1", "F1j-counter", P,
      "Around 1,000 Dutch troops have been at Rukla since 2017 under NATO's forward presence, the Dutch defence "
      "staff said.",
      expect=[E("deployment", ["LTU", "NLD"], "2017", deployer="NLD", host="LTU", status="ongoing")],
      note="counterexample: the base without 'Camp'"))

# ---------------------------------------------------------------- F2 company-announced contracts
P = "2025-09-17"
add(C("F2", "F2a", P,
      "Kongsberg Defence & Aerospace has now entered into a contract with Estonia's Centre for Defence Investment to "
      "deliver remote weapon stations, valued at NOK 640 million. The contract was signed on 12 September 2025.",
      expect=[E("export_deal", ["EST", "NOR"], "2025-09-12", seller="NOR", buyer="EST", money="640000000 NOK")],
      note="'has entered into a contract with <buyer>' ('has signed a contract with' works: F2k-counter)"))
P = "2024-10-02"
add(C("F2", "F2b", P,
      "Patria has executed a contract with the Latvian Ministry of Defence valued at EUR 95 million for the supply "
      "of 48 armoured modular vehicles, the company said in a stock exchange release on Monday.",
      expect=[E("export_deal", ["FIN", "LVA"], None, seller="FIN", buyer="LVA", money="95000000 EUR", quantity=48)],
      note="'has executed a contract with <buyer> valued at <money> for the supply of'"))
P = "2026-03-11"
add(C("F2", "F2c", P,
      "Milrem Robotics said it had won an export order from the Dutch Defence Materiel Organisation, worth EUR 22 "
      "million, for 20 unmanned ground vehicles, on 6 March 2026.",
      expect=[E("export_deal", ["EST", "NLD"], "2026-03-06", seller="EST", buyer="NLD", quantity=20)],
      note="'received an export order from <buyer>': `sale_noun` reads it without the buyer ('received an order from' "
           "works: F2l-counter)"))
P = "2025-09-17"
add(C("F2", "F2d", P,
      "Hensoldt signed a contract with the Czech Army for passive radars worth EUR 60 million on 2 September 2025. "
      "The second contract, signed on 5 September 2025, is with the Slovak Armed Forces and covers 12 TRML-4D "
      "radars, for a total value of EUR 88 million.",
      expect=[E("export_deal", ["CZE", "DEU"], "2025-09-02", seller="DEU", buyer="CZE"),
              E("export_deal", ["DEU", "SVK"], "2025-09-05", seller="DEU", buyer="SVK", money="88000000 EUR")],
      note="'The second contract, signed on <date>, is with <buyer> and covers <items>, for <money>'"))
P = "2025-09-10"
add(C("F2", "F2e", P,
      "Saab has received an order from the Swedish Defence Materiel Administration for training systems. A second "
      "contract, signed on 8 September 2025 with the Latvian Ministry of Defence, amounts to SEK 450 million and "
      "covers Carl-Gustaf ammunition.",
      expect=[E("export_deal", ["LVA", "SWE"], "2025-09-08", seller="SWE", buyer="LVA", money="450000000 SEK")],
      note="'A second contract, signed on <date> with <buyer>, amounts to <money> and covers <items>'"))
P = "2024-06-26"
add(C("F2", "F2f", P,
      "Austal has now entered into a contract with the Philippine Navy for two offshore patrol vessels, worth A$ 260 "
      "million, on 24 June 2024.",
      expect=[E("export_deal", ["AUS", "PHL"], "2024-06-24", seller="AUS", buyer="PHL")],
      note="'has (now) entered into a contract with <buyer> for <items>' ('has signed a contract with' works)"))
P = "2025-09-17"
add(C("F2", "F2g", P,
      "Rifles for Ecuador. Sarsılmaz Silah Sanayi closed the sale of 6,000 SAR 56 rifles to the Ecuadorian Army in a "
      "US$ 7.2 million contract signed on Monday in Quito, the company told Borsa Istanbul.",
      expect=[E("export_deal", ["ECU", "TUR"], prev(P, "Monday"), seller="TUR", buyer="ECU")],
      note="a maker in no gazetteer, not qualified by a state ('Turkey's Sarsılmaz sold' works)"))
P = "2025-09-17"
add(C("F2", "F2h", P,
      "The privately owned Kalyani Strategic Systems (KSSL) has followed suit. KSSL signed a US$ 80 million contract "
      "on Monday with the Armenian Ministry of Defence for 36 towed guns, according to a notice the company filed.",
      expect=[E("export_deal", ["ARM", "IND"], prev(P, "Monday"), seller="IND", buyer="ARM")],
      note="a maker named by an acronym defined in brackets, in no gazetteer ('India's Kalyani Strategic Systems "
           "signed' works)"))
P = "2025-09-17"
add(C("F2", "F2i", P,
      "CANIK SILAH SANAYI A.Ş. – MATERIAL EVENT DISCLOSURE\n\nOur subsidiary signed a sales contract with Kenya's "
      "Ministry of Defence on 8 September 2025 for 4,000 pistols, worth US$ 3.1 million.",
      expect=[E("export_deal", ["KEN", "TUR"], "2025-09-08", seller="TUR", buyer="KEN")],
      note="the issuer named only in the upper-case header of a disclosure"))
P = "2024-06-26"
add(C("F2", "F2j", P,
      "Austal Limited (ASX: ASB) advises that it has signed a contract with the Philippine Navy for two offshore "
      "patrol vessels, worth A$ 260 million, on 24 June 2024.",
      expect=[E("export_deal", ["AUS", "PHL"], "2024-06-24", seller="AUS", buyer="PHL")],
      note="ASX wording '<issuer> advises that it has signed': the pronoun is not resolved to the issuer ('Austal has "
           "signed' works)"))
P = "2025-09-17"
add(C("F2", "F2k-counter", P,
      "Kongsberg Defence & Aerospace has now signed a contract with Estonia's Centre for Defence Investment to deliver "

      "remote weapon stations, valued at NOK 640 million. The contract was signed on 12 September 2025.",
      expect=[E("export_deal", ["EST", "NOR"], "2025-09-12", seller="NOR", buyer="EST", money="640000000 NOK")],
      note="counterexample: 'has signed a contract with'"))
P = "2026-03-11"
add(C("F2", "F2l-counter", P,
      "Milrem Robotics said it had won an order from the Dutch Defence Materiel Organisation, worth EUR 22 million, "
      "for 20 unmanned ground vehicles, on 6 March 2026.",

      expect=[E("export_deal", ["EST", "NLD"], "2026-03-06", seller="EST", buyer="NLD", quantity=20)],
      note="counterexample: 'received an order from <buyer>' (`export_deal.awarded`)"))

# ---------------------------------------------------------------- F3 meeting idioms and frames
P = "2025-10-15"
add(C("F3", "F3a", P,
      "HELSINKI – Finland's and Estonia's defence ministers spent Monday together at the Santahamina garrison to work "
      "out how their coastal missile batteries can cover the Gulf of Finland.",
      expect=[E("meeting", ["EST", "FIN"], prev(P, "Monday"))],
      note="'spent <day> together at <place>' (set-23 F3 again; 'met on <day> at' works: F3l-counter)"))
P = "2024-11-20"
add(C("F3", "F3b", P,
      "In Canberra on Tuesday, Australia's defence minister and Japan's defence minister spent the afternoon "
      "discussing submarine maintenance and long-range strike.",
      expect=[E("meeting", ["AUS", "JPN"], prev(P, "Tuesday"))],
      note="'spent the afternoon discussing' ('discussed' works)"))
P = "2026-02-25"
add(C("F3", "F3c", P,
      "14:05 — Poland's defence minister and his Lithuanian counterpart have just finished a closed-door session "
      "lasting nearly two hours at the ministry in Warsaw. A press conference is expected shortly.",
      expect=[E("meeting", ["LTU", "POL"], P)],
      note="live blog 'have just finished|wrapped up a closed-door session' ('have just met behind closed doors' "
           "works)"))
P = "2025-06-04"
add(C("F3", "F3d", P,
      "TIRANA – The signing capped a three-hour exchange between Albania's defence minister and Greece's defence "
      "minister at the ministry on Monday.",
      expect=[E("meeting", ["ALB", "GRC"], prev(P, "Monday"))],
      note="'<X> capped a <N>-hour exchange between <A> and <B>'"))
P = "2024-05-29"
add(C("F3", "F3e", P,
      "BRASÍLIA – Paraguayan army chief General Juan Ortiz's round of calls in Brasília on Monday took in Brazil's "
      "army commander, with whom he discussed border patrols.",
      expect=[E("meeting", ["BRA", "PRY"], prev(P, "Monday"))],
      note="'<A>'s round of calls in <city> on <day> took in <B>' (where a delegation sentence places the officer, it "
           "is also read as a port call: F12)"))
P = "2025-09-24"
add(C("F3", "F3f", P,
      "HANOI – Vietnam's defence minister's guest at the ministry on Tuesday was Cambodia's army commander, who is "
      "on a three-day visit to the country.",
      expect=[E("meeting", ["KHM", "VNM"], prev(P, "Tuesday"))],
      note="'<A>'s guest at <place> on <day> was <B>' ('<A> received <B>' works)"))
P = "2026-01-21"
add(C("F3", "F3g", P,
      "DJIBOUTI – A working meeting brought together, on Monday, the commander of Japan's anti-piracy air unit and "
      "Djibouti's chief of defence staff, at the general staff headquarters.",
      expect=[E("meeting", ["DJI", "JPN"], prev(P, "Monday"))],
      note="'A working meeting brought together, on <day>, <A> and <B>'"))
P = "2024-12-11"
add(C("F3", "F3h", P,
      "ABIDJAN – Received on Monday by Côte d'Ivoire's defence minister, Germany's parliamentary state secretary for "
      "defence discussed with him the training of Ivorian engineers.",
      expect=[E("meeting", ["CIV", "DEU"], prev(P, "Monday"))],
      note="fronted participle 'Received on <day> by <B>, <A> discussed' ('<A> was received on <day> by <B>' works: "
           "F3m-counter)"))
P = "2025-03-26"
add(C("F3", "F3i", P,
      "OSLO – Norway's chief of defence and his Swedish counterpart held a working session on Monday at the Akershus "
      "headquarters, followed by a lunch with both staffs.",
      expect=[E("meeting", ["NOR", "SWE"], prev(P, "Monday"))],
      note="'held a working session on <day>'"))
P = "2024-12-11"
add(C("F3", "F3j", P,
      "The Austrian Defence Minister has completed a two-day official visit to Ghana, her first trip to West "
      "Africa.\n\nReceived on Monday by Ghana's defence minister, the Austrian minister discussed with him the "
      "training of Ghanaian peacekeepers.",
      expect=[E("meeting", ["AUT", "GHA"], prev(P, "Monday"))], exact=["meeting"],
      note="the body meeting in a fronted participle is missed, so the lead visit stands alone, dated by publication"))
P = "2025-09-24"
add(C("F3", "F3k", P,
      "The Greek Defence Minister made his first official visit to Egypt last week.\n\n"
      "In Cairo on Thursday, the Greek minister and Egypt's defence minister spent the morning discussing naval "
      "cooperation in the eastern Mediterranean.",
      expect=[E("meeting", ["EGY", "GRC"], prev(P, "Thursday"))], exact=["meeting"],
      note="'spent the morning discussing' is missed, so only the lead visit is read, at week grain"))
P = "2025-10-15"
add(C("F3", "F3l-counter", P,
      "HELSINKI – Finland's and Estonia's defence ministers met on Monday at the Santahamina garrison to work out how "
      "their coastal missile batteries can cover the Gulf of Finland.",
      expect=[E("meeting", ["EST", "FIN"], prev(P, "Monday"))],
      note="counterexample: 'met on <day> at'"))
P = "2024-12-11"
add(C("F3", "F3m-counter", P,
      "ABIDJAN – Germany's parliamentary state secretary for defence was received on Monday by Côte d'Ivoire's defence "
      "minister and discussed with him the training of Ivorian engineers.",
      expect=[E("meeting", ["CIV", "DEU"], prev(P, "Monday"))],
      note="counterexample: 'was received on <day> by <B>'"))

# ---------------------------------------------------------------- F4 buyer told by its organ or a pronoun
P = "2025-06-18"
add(C("F4", "F4a", P,
      "Moroccan–Spanish naval cooperation: new patrol boats\n\nA Spanish Navy delegation was in Rabat last week for "
      "staff talks. In addition, the Royal Navy has ordered six coastal patrol boats from the Spanish shipyard "
      "Navantia for €120 million, under a contract that was signed on Monday, the ministry "

      "said.",
      expect=[E("export_deal", ["ESP", "MAR"], prev(P, "Monday"), seller="ESP", buyer="MAR")],
      note="'the Royal Navy' of a Moroccan story (read as the British navy); 'the Moroccan Navy has ordered' works"))
P = "2025-07-23"
add(C("F4", "F4b", P,
      "NAMIBIA'S NAVY GROWS\n\nThe ministry ordered three fast patrol boats earlier this month from the Chinese "
      "state exporter Poly Technologies, at a cost of N$350 million, budget papers show.",
      expect=[E("export_deal", ["CHN", "NAM"], "2025-07", seller="CHN", buyer="NAM")],
      note="'The ministry ordered' with the state only in the headline ('Namibia ordered' works)"))
P = "2024-12-04"
add(C("F4", "F4c", P,
      "The Estonian Centre for Defence Investment (ECDI) has been busy too: the agency has ordered 120 military trucks "
      "from the Finnish maker Sisu Auto for €60 million, with the contract inked on Friday in Tallinn.",
      expect=[E("export_deal", ["EST", "FIN"], prev(P, "Friday"), seller="FIN", buyer="EST", quantity=120)],
      note="'the agency has ordered', the agency named in the sentence before"))
P = "2026-05-13"
add(C("F4", "F4d", P,
      "LISBON – The Army's purchase of 30 Patria AMV vehicles from Finland's Patria, for €200 million, was confirmed "
      "on Thursday when both sides signed at the Army staff headquarters.",
      expect=[E("export_deal", ["FIN", "PRT"], prev(P, "Thursday"), seller="FIN", buyer="PRT")],
      note="'The Army's purchase of <items> from <firm>' ('Portugal's purchase' works: F4j-counter)"))
P = "2025-02-12"
add(C("F4", "F4e", P,
      "The clearest case is Kazakhstan: its purchase of Bayraktar TB2 drones from Baykar, worth US$ 300 million, was "
      "closed late last year after long negotiations.",
      expect=[E("export_deal", ["KAZ", "TUR"], "2024", seller="TUR", buyer="KAZ")],
      note="'<State>: its purchase of <items> from <firm>, worth <money>, was closed <time>'"))
P = "2025-03-19"
add(C("F4", "F4f", P,
      "SINGAPORE: Indonesian Defence Minister Sjafrie Sjamsoeddin was hosted at Pasir Laba Camp on Monday by "
      "Singapore's defence minister. Sjafrie also briefed The Straits Times on the navy's shopping list. The US$ 700 "
      "million contract for two frigates from the Italian shipbuilder Fincantieri was signed on 10 March in "
      "Cilangkap, he confirmed.",
      expect=[E("export_deal", ["IDN", "ITA"], "2025-03-10", seller="ITA", buyer="IDN")],
      note="the buyer only as the speaker ('he confirmed') and 'the navy's', under another state's dateline"))
P = "2025-03-19"
add(C("F4", "F4g", P,
      "MINISTRY OF DEFENCE – PRESS RELEASE (translated from French)\n\n"
      "1. The Minister of Defence received France's Minister Delegate for Veterans at the Ministry on Tuesday, "
      "accompanied by the Ambassador of France. The authorities reviewed cooperation with France.\n\n"
      "2. The contract under which the French shipyard Kership will build three patrol boats for the National Navy, "
      "worth €45 million, was signed by the Secretary General of the Ministry and a Kership director.\n\n"
      "Dakar, Ministry of Defence.",
      expect=[E("export_deal", ["FRA", "SEN"], None, seller="FRA", buyer="SEN")],
      note="'for the National Navy' in a release whose place is only in the sign-off ('for the Senegalese Navy' "
           "works)"))
P = "2026-09-30"
add(C("F4", "F4h", P,
      "Tunisian–Turkish cooperation\n\nA Turkish naval delegation visited Tunis last week. The National Navy has "
      "meanwhile ordered two offshore patrol vessels from the Turkish yard Dearsan for TND 220 million, in a deal "
      "sealed on Monday, a ministry official said.",
      expect=[E("export_deal", ["TUN", "TUR"], prev(P, "Monday"), seller="TUR", buyer="TUN")],
      note="'The National Navy has ordered' (the Tunisian navy's own name)"))
P = "2026-05-13"
add(C("F4", "F4i", P,
      "The Air Force's acquisition of four C-390 transports from Embraer, for €510 million, was formalised on "
      "Tuesday in Vienna, the Austrian defence ministry said.",
      expect=[E("export_deal", ["AUT", "BRA"], prev(P, "Tuesday"), seller="BRA", buyer="AUT")],
      note="'The Air Force's acquisition of <items> from <firm>'"))
P = "2026-05-13"
add(C("F4", "F4j-counter", P,
      "LISBON – Portugal's purchase of 30 Patria AMV vehicles from Finland's Patria, for €200 million, was confirmed "
      "on Thursday when both sides signed.",
      expect=[E("export_deal", ["FIN", "PRT"], prev(P, "Thursday"), seller="FIN", buyer="PRT")],
      note="counterexample: the buyer named as a state"))
P = "2025-07-23"
add(C("F4", "F4k-counter", P,
      "Namibia ordered three fast patrol boats earlier this month from the Chinese state exporter Poly Technologies, "
      "at a cost of N$350 million, budget papers show.",

      expect=[E("export_deal", ["CHN", "NAM"], "2025-07", seller="CHN", buyer="NAM")],
      note="counterexample: 'Namibia ordered'"))

# ---------------------------------------------------------------- F5 deployment place, strength, duration and day
P = "2026-05-22"
add(C("F5", "F5a", P,
      "Ireland has kept a battalion of peacekeepers in south Lebanon since 1978 as part of the UN interim force, now "
      "some 340 personnel strong.",
      expect=[E("deployment", ["IRL", "LBN"], "1978", deployer="IRL", host="LBN", location="south Lebanon")],
      note="a region with a compass word ('in south Lebanon') gives the host but no location"))
P = "2025-08-13"
add(C("F5", "F5b", P,
      "Chadian soldiers have been stationed in northern Mali since 2013, a contingent of some 1,400 troops.",
      expect=[E("deployment", ["MLI", "TCD"], "2013", deployer="TCD", host="MLI", location="northern Mali")],
      note="'in northern <State>'"))
P = "2026-05-22"
add(C("F5", "F5c", P,
      "The Indian Navy training ship INS Sujata dropped anchor off Port Louis on Wednesday for a three-day port call "
      "with cadets of the training squadron.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Wednesday"), deployer="IND", host="MUS", location="Port Louis")],
      note="'dropped anchor off <port>': host read, no location ('arrived in <port>' gives it)"))
P = "2026-05-22"
add(C("F5", "F5d", P,
      "The Canadian frigate HMCS Ottawa is due to pay a short visit to Hanoi next month on the way back from a "
      "deployment in North Asia, the embassy said.",
      expect=[E("deployment", ["CAN", "VNM"], "2026-06", deployer="CAN", host="VNM", location="Hanoi")],
      note="the homeward leg's 'a deployment in <region>' (`deployment.deployment_noun`) gives the place"))
P = "2026-05-22"
add(C("F5", "F5e", P,
      "Chinese troops, who have been in Djibouti since 2017 under a base agreement, provide logistics support to "
      "anti-piracy ships, numbering around 400.",
      expect=[E("deployment", ["CHN", "DJI"], "2017", deployer="CHN", host="DJI", personnel=400)],
      note="strength after the main verb ('numbering around <N>')"))
P = "2026-05-22"
add(C("F5", "F5f", P,
      "HMNZS Canterbury, the Navy's sealift vessel, will head to Nuku'alofa in July to deliver relief stores, "
      "officials said. The ship will stay there for roughly two weeks.",
      expect=[E("deployment", ["NZL", "TON"], "2026-07", deployer="NZL", host="TON", duration="P2W")],
      note="duration in the next sentence ('The ship will stay|be there for <N> weeks')"))
P = "2026-05-22"
add(C("F5", "F5g", P,
      "The destroyer JS Kirisame arrived at the port of Jakarta on the 16th on a four-day goodwill visit.",
      expect=[E("deployment", ["IDN", "JPN"], "2026-05-16", deployer="JPN", host="IDN")],
      note="'on the <Nth>' read as the publication day"))
P = "2026-04-29"
add(C("F5", "F5h", P,
      "CORRESPONDENT: The destroyer JS Kirisame arrived at Tanjung Priok, Jakarta, on Saturday for four days of "
      "goodwill activities, greeted by the Indonesian Navy in keeping with naval custom. The ship carries about 190 "
      "crew members and will join a passage exercise with an Indonesian Navy corvette when it departs.",
      expect=[E("deployment", ["IDN", "JPN"], prev(P, "Saturday"), deployer="JPN", host="IDN", personnel=190)],
      note="strength in a follow-up sentence that goes on with a planned clause"))
P = "2025-08-13"
add(C("F5", "F5i", P,
      "Nepalese troops have been deployed in southern Lebanon ever since 1978 as part of the UN interim force.",
      expect=[E("deployment", ["LBN", "NPL"], "1978", deployer="NPL", host="LBN", location="southern Lebanon")],
      note="'in southern <State>'"))
P = "2026-05-22"
add(C("F5", "F5j-counter", P,
      "The Indian Navy training ship INS Sujata arrived in Port Louis on Wednesday for a three-day port call.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Wednesday"), deployer="IND", host="MUS", location="Port Louis")],
      note="counterexample: 'arrived in <port>'"))
P = "2026-05-22"
add(C("F5", "F5k-counter", P,
      "Around 400 Chinese troops have been in Djibouti since 2017 under a base agreement.",
      expect=[E("deployment", ["CHN", "DJI"], "2017", deployer="CHN", host="DJI", personnel=400)],
      note="counterexample: the strength before the verb"))

# ---------------------------------------------------------------- F6 deal money, day, status and place
P = "2025-06-11"
add(C("F6", "F6a", P,
      "Slovakia has bought six radars from the Czech firm CSG for 900 million crowns, in a contract signed on Monday.",
      expect=[E("export_deal", ["CZE", "SVK"], prev(P, "Monday"), seller="CZE", buyer="SVK", money="900000000 CZK")],
      note="bare 'crowns' is no currency ('Czech crowns', 'koruna' are)"))
P = "2025-06-11"
add(C("F6", "F6b", P,
      "ACCRA – The Ghana Air Force has ordered two C-295 transports from Airbus for GH₵1.2 billion, under a contract "
      "signed on Monday at Burma Camp.",
      expect=[E("export_deal", ["FRA", "GHA"], prev(P, "Monday"), seller="FRA", buyer="GHA", money="1200000000 GHS")],
      note="the cedi sign '₵' (the list has 'GH¢' with a cent sign)"))
P = "2025-06-11"
add(C("F6", "F6c", P,
      "YAOUNDÉ – The Cameroonian Navy is acquiring three patrol boats from the French shipyard Ocea for 18 billion CFA "
      "francs, in a contract signed on Monday.",
      expect=[E("export_deal", ["CMR", "FRA"], prev(P, "Monday"), seller="FRA", buyer="CMR", money="18000000000 XAF")],
      note="'CFA francs' in a Central African state read as the West African franc (XOF)"))
P = "2024-09-18"
add(C("F6", "F6d", P,
      "Slovakia is buying six radars from the Czech company Retia for 900 million Czech crowns (about €36 million); "
      "the contract was signed on Monday afternoon in Bratislava.",
      expect=[E("export_deal", ["CZE", "SVK"], prev(P, "Monday"), seller="CZE", buyer="SVK", status="completed")],
      note="'is buying ...; the contract was signed on <day>': publication day and 'ongoing'"))
P = "2025-06-13"
add(C("F6", "F6e", P,
      "Cape Town-based Paramount has landed a R900m contract from the Zambian Army for 40 Mbombe vehicles, its first "
      "export order for the vehicle, the firm said on Thursday. The deal was inked in Lusaka on Tuesday, a "
      "spokesperson added.",
      expect=[E("export_deal", ["ZAF", "ZMB"], prev(P, "Tuesday"), seller="ZAF", buyer="ZMB")],
      note="an apposition after the object lets the reporting clause's time date the deal; the next sentence's signing "
           "day is not taken (without the apposition it is: F6j-counter)"))
P = "2025-06-11"
add(C("F6", "F6f", P,
      "The Peruvian Navy's order for two Damen patrol vessels, valued at US$ 160 million, was formalised in Lima on "
      "Tuesday between Damen and the Peruvian Ministry of Defence.",
      expect=[E("export_deal", ["NLD", "PER"], prev(P, "Tuesday"), seller="NLD", buyer="PER", location="Lima")],
      note="'was formalised in <city> on <day>': no place ('was signed in <city>' gives it)"))
P = "2025-06-11"
add(C("F6", "F6g", P,
      "LIBREVILLE – Gabon's navy is buying two interceptors from the French builder Ocea for 20 billion CFA francs, "
      "under a contract that was signed late last month in Lanester, near Lorient.",

      expect=[E("export_deal", ["FRA", "GAB"], "2025-05", seller="FRA", buyer="GAB", location="Lanester")],
      note="'under a contract signed <time> in <town>, near <city>': no place"))
P = "2024-09-18"
add(C("F6", "F6h", P,
      "Hungary has bought 24 Lynx vehicles from Germany's Rheinmetall for €400 million; the contract was signed on "
      "Monday in Budapest.",
      expect=[E("export_deal", ["DEU", "HUN"], prev(P, "Monday"), seller="DEU", buyer="HUN")],
      note="the signing day in a clause after a semicolon is not the deal's"))
P = "2025-06-11"
add(C("F6", "F6i-counter", P,
      "Slovakia has bought six radars from the Czech firm CSG for 900 million koruna, in a contract signed on Monday.",
      expect=[E("export_deal", ["CZE", "SVK"], prev(P, "Monday"), seller="CZE", buyer="SVK", money="900000000 CZK")],
      note="counterexample: 'koruna'"))
P = "2025-06-13"
add(C("F6", "F6j-counter", P,
      "Cape Town-based Paramount has landed a R900m contract from the Zambian Army for 40 Mbombe vehicles, the company "
      "said on Thursday. The deal was inked in Lusaka on Tuesday, a spokesperson added.",
      expect=[E("export_deal", ["ZAF", "ZMB"], prev(P, "Tuesday"), seller="ZAF", buyer="ZMB")],
      note="counterexample: no apposition"))

# ---------------------------------------------------------------- F7 ship arrivals and ship names
P = "2025-04-09"
add(C("F7", "F7a", P,
      "Port Moresby welcomed the Japanese destroyer JS Suzutsuki on Saturday for a visit of four days, during which "
      "her crew will train with the PNG Defence Force maritime element.",
      expect=[E("deployment", ["JPN", "PNG"], prev(P, "Saturday"), deployer="JPN", host="PNG")],
      note="the port as subject of 'welcomed <ship>' ('<ship> arrived in <port>' works: F7k-counter)"))
P = "2025-04-09"
add(C("F7", "F7b", P,
      "Colombo harbour greeted the Pakistan Navy frigate PNS Tughril on Saturday as a three-day goodwill call began.",
      expect=[E("deployment", ["LKA", "PAK"], prev(P, "Saturday"), deployer="PAK", host="LKA")],
      note="'<port> greeted <ship>'"))
P = "2025-04-09"
add(C("F7", "F7c", P,
      "SUVA – A second ship, the replenishment tanker HMAS Stalwart, reached Suva on Sunday with relief stores for the "
      "cyclone-hit islands.",
      expect=[E("deployment", ["AUS", "FJI"], prev(P, "Sunday"), deployer="AUS", host="FJI")],
      note="'A second ship, the <type> <ship>, reached <port>': the apposition hides the prefixed name from 'reached'"))
P = "2025-04-09"
add(C("F7", "F7d", P,
      "The Chilean Navy training ship Esmeralda will call at Callao in May on her annual cruise, the navy said.",
      expect=[E("deployment", ["CHL", "PER"], "2025-05", deployer="CHL", host="PER", status="planned")],
      note="base form 'will call at' ('will put in at' works: F7l-counter)"))
P = "2025-04-09"
add(C("F7", "F7e", P,
      "The Peruvian Navy's BAP Guise will drop anchor off Guayaquil in June for exercises with the Ecuadorian Navy.",
      expect=[E("deployment", ["ECU", "PER"], "2025-06", deployer="PER", host="ECU", status="planned")],
      note="base form 'will drop anchor off'"))
P = "2025-04-09"
add(C("F7", "F7f", P,
      "The statement added that the Portuguese Navy's NRP Viana do Castelo is due to make a short port call at Praia "
      "in May on its yearly cadet cruise.",
      expect=[E("deployment", ["CPV", "PRT"], "2025-05", deployer="PRT", host="CPV", status="planned")],
      note="'is due to make a (short) port call at <port> in <month>'"))
P = "2025-04-09"
add(C("F7", "F7g", P,
      "The Royal Navy patrol ship HMS Forth is scheduled to pay a short visit to Montevideo next month, the British "
      "embassy said.",
      expect=[E("deployment", ["GBR", "URY"], "2025-05", deployer="GBR", host="URY", status="planned")],
      note="'is scheduled to pay a (short) visit to <port>' (base form 'pay'; 'paid a short visit to' works)"))


P = "2025-04-09"
add(C("F7", "F7h", P,
      "The Dutch Navy offshore patrol vessel Groningen made a call at Bridgetown last weekend, welcomed by the "
      "Barbados Coast Guard.",
      expect=[E("deployment", ["BRB", "NLD"], "2025-04", deployer="NLD", host="BRB")],
      note="'made a call at <port>' needs a ship: a singular 'vessel' with no prefix is none"))
P = "2025-04-09"
add(C("F7", "F7i", P,
      "MONTEVIDEO – The hydrographic survey ship NHi Sirius tied up at Montevideo on Saturday for the Uruguayan leg "
      "of a South Atlantic survey, the Brazilian Navy said.",
      expect=[E("deployment", ["BRA", "URY"], prev(P, "Saturday"), deployer="BRA", host="URY")],
      note="a Brazilian prefix the list lacks ('NHi'), the navy only in the attribution"))
P = "2024-08-14"
add(C("F7", "F7j", P,
      "Brazil's offshore patrol ship NPaOc Apa arrived in Luanda on Saturday for a four-day visit, the first by a "
      "Brazilian warship this year.",
      expect=[E("deployment", ["AGO", "BRA"], prev(P, "Saturday"), deployer="BRA", host="AGO", assets=["NPaOc Apa"])],
      note="the arrival is read, but the ship is no asset: 'NPaOc' is no listed prefix, and '<type> ship <Name>' is "
           "read only with a short type ('patrol ship <Name>', 'training ship <Name>' work; 'offshore|ocean patrol "
           "ship' not)"))
P = "2025-04-09"
add(C("F7", "F7k-counter", P,
      "The Japanese destroyer JS Suzutsuki arrived in Port Moresby on Saturday for a visit of four days.",
      expect=[E("deployment", ["JPN", "PNG"], prev(P, "Saturday"), deployer="JPN", host="PNG")],
      note="counterexample: the ship as subject of 'arrived in'"))
P = "2025-04-09"
add(C("F7", "F7l-counter", P,
      "The Chilean Navy training ship Esmeralda will put in at Callao in May on her annual cruise, the navy said.",
      expect=[E("deployment", ["CHL", "PER"], "2025-05", deployer="CHL", host="PER", status="planned")],
      note="counterexample: 'will put in at'"))

# ---------------------------------------------------------------- F8 ongoing presence, other frames
P = "2025-02-12"
add(C("F8", "F8a", P,
      "The French detachment, present in western Côte d'Ivoire since 2023, trains Ivorian commandos at Séguéla and "
      "numbers some forty instructors.",
      expect=[E("deployment", ["CIV", "FRA"], "2023", deployer="FRA", host="CIV", status="ongoing")],
      note="participial apposition ', present in <region of State> since <year>,' (set-23 F14 again; 'has been present "
           "in' works: F8i-counter)"))
P = "2025-02-12"
add(C("F8", "F8b", P,
      "The minister also praised the Garuda unit, on duty in the Central African Republic ever since 2014 with the "
      "UN mission MINUSCA, whose engineers trained in Bogor.",
      expect=[E("deployment", ["CAF", "IDN"], "2014", deployer="IDN", host="CAF", status="ongoing")],
      note="', on duty in <State> since <year> with <mission>': the 'Garuda' contingent is Indonesia's by name only"))
P = "2025-02-12"
add(C("F8", "F8c", P,
      "Ecuador has formed part of the UN mission in South Sudan since 2012, with a small engineering unit.",
      expect=[E("deployment", ["ECU", "SSD"], "2012", deployer="ECU", host="SSD", status="ongoing")],
      note="'<State> has formed part of <mission> in <State> since <year>'"))
P = "2025-02-12"
add(C("F8", "F8d", P,
      "Fiji has formed part of the Sinai-based Multinational Force and Observers since 1982, and currently provides an "
      "infantry battalion.",

      expect=[E("deployment", ["EGY", "FJI"], "1982", deployer="FJI", host="EGY", status="ongoing")],
      note="'has formed part of <force> in <place> since'"))
P = "2025-02-12"
add(C("F8", "F8e", P,
      "MOGADISHU – Somalia and Turkey have reviewed their military cooperation.\n\nThe two sides discussed the "
      "support provided by Turkish soldiers, who have been stationed in Mogadishu since 2017 with a training "
      "contingent.",
      expect=[E("deployment", ["SOM", "TUR"], "2017", deployer="TUR", host="SOM", status="ongoing")],
      note="the presence inside the topic of a 'discussed' meeting is dropped (without the scene it is read)"))
P = "2025-02-12"
add(C("F8", "F8f", P,
      "MAPUTO – Kagame thanked Mozambique for its support to the Rwandan troops who have been deployed in Cabo Delgado "
      "since 2021.",
      expect=[E("deployment", ["MOZ", "RWA"], "2021", deployer="RWA", host="MOZ", status="ongoing")],
      note="'thanked <State> for its support to the <demonym> troops who have been deployed in'"))
P = "2025-02-12"
add(C("F8", "F8g", P,
      "The minister thanked Italy for its help to the Slovenian soldiers who have been deployed in Bosnia and "
      "Herzegovina since 2004 with EUFOR.",
      expect=[E("deployment", ["BIH", "SVN"], "2004", deployer="SVN", host="BIH", status="ongoing")],
      note="the thanked state taken as the deployer"))
P = "2025-02-12"
add(C("F8", "F8h", P,
      "Malaysian peacekeepers, in service in south Lebanon since 2007, patrol the Blue Line with the UN interim force.",
      expect=[E("deployment", ["LBN", "MYS"], "2007", deployer="MYS", host="LBN", status="ongoing")],
      note="', in service in <region> since <year>,'"))
P = "2025-02-12"
add(C("F8", "F8i-counter", P,
      "The French detachment has been present in western Côte d'Ivoire since 2023 and trains Ivorian commandos at "
      "Séguéla.",
      expect=[E("deployment", ["CIV", "FRA"], "2023", deployer="FRA", host="CIV", status="ongoing")],
      note="counterexample: 'has been present in'"))
P = "2025-02-12"
add(C("F8", "F8j-counter", P,
      "The minister praised the Slovenian soldiers who have been deployed in Bosnia and Herzegovina since 2004 "
      "with EUFOR.",
      expect=[E("deployment", ["BIH", "SVN"], "2004", deployer="SVN", host="BIH", status="ongoing")],
      note="counterexample: no thanked state before the forces"))

# ---------------------------------------------------------------- F9 signing tied to the meeting told before
P = "2026-04-01"
add(C("F9", "F9a", P,
      "QUITO – Ecuador's defence minister and his Colombian counterpart met on Friday at the Ministry of Defence. "
      "The talks left behind a signed accord on river patrols along the San Miguel.",
      expect=[E("agreement", ["COL", "ECU"], prev(P, "Friday"))],
      note="'The <talks|visit> left behind a signed <instrument>' ('The talks produced a signed' works: F9i-counter)"))
P = "2025-04-16"
add(C("F9", "F9b", P,
      "VILNIUS – Lithuania's defence minister and his Polish colleague met on Monday. It was the pair's first "
      "bilateral encounter, and what came out of the talks was a signed pact on defending the Suwałki corridor.",
      expect=[E("agreement", ["LTU", "POL"], prev(P, "Monday"))],
      note="'what came out of <it|the talks> was a signed <instrument>'"))
P = "2025-09-24"
add(C("F9", "F9c", P,
      "ROME – Italy's defence minister and Japan's defence minister met on Thursday. The result was a memorandum on "
      "fighter programme cooperation, signed by both ministers before noon.",
      expect=[E("agreement", ["ITA", "JPN"], prev(P, "Thursday"))],
      note="'The result was <instrument>, signed by <both>' (set-23 F11 again)"))
P = "2025-11-05"
add(C("F9", "F9d", P,
      "ATHENS – Greece's defence minister and Armenia's defence minister met on Monday. The outcome was a plan of "
      "military cooperation for 2026, signed by both ministers before lunch.",
      expect=[E("agreement", ["ARM", "GRC"], prev(P, "Monday"))],
      note="'The outcome was <instrument>, signed by'"))
P = "2024-05-10"
add(C("F9", "F9e", P,
      "In Bratislava on Wednesday, Slovakia's defence minister sat down with his Vietnamese counterpart. The "
      "ministry said the pair talked about training and the upgrade of Vietnam's Soviet-era helicopters.\n\nThe "
      "visit yielded a signed programme of military cooperation for 2025.",
      expect=[E("agreement", ["SVK", "VNM"], prev(P, "Wednesday"))],
      note="the sentence before names one state ('Vietnam's ... helicopters'), so the scene has no pair "
           "(`_parties_of_the_scene`)"))
P = "2025-03-07"
add(C("F9", "F9f", P,
      "SKOPJE – On Tuesday North Macedonia's defence minister exchanged views with his Croatian counterpart on "
      "regional security, the war in Ukraine and army modernisation.\n\nFollowing the discussions, an agreement on "
      "military medicine was signed on that occasion.",
      expect=[E("agreement", ["HRV", "MKD"], prev(P, "Tuesday"))],
      note="a third state in the topic of the scene sentence ('the war in Ukraine')"))
P = "2024-04-17"
add(C("F9", "F9g", P,
      "BELGRADE – Serbia and Hungary will deepen cooperation in military medicine under an arrangement that the "
      "defence chiefs of both countries, Milan Mojsilović and Gábor Böröndi, signed in Belgrade last Thursday.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Thursday"))],
      note="'an <instrument> that the <titles> of both|the two countries, <A> and <B>, signed' ('that the two "
           "defence ministers signed' works: F9j-counter)"))
P = "2024-04-19"
add(C("F9", "F9h", P,
      "TIRANA – Albania and North Macedonia will clear old minefields together under a memorandum that the army chiefs "
      "of both countries signed in Tirana on Tuesday.",
      expect=[E("agreement", ["ALB", "MKD"], prev(P, "Tuesday"))],
      note="'that the army chiefs of both countries signed'"))
P = "2026-04-01"
add(C("F9", "F9i-counter", P,
      "QUITO – Ecuador's defence minister and his Colombian counterpart met on Friday at the Ministry of Defence. "
      "The talks produced a signed accord on river patrols along the San Miguel.",
      expect=[E("agreement", ["COL", "ECU"], prev(P, "Friday"))],
      note="counterexample: 'The talks produced a signed <instrument>'"))
P = "2024-04-17"
add(C("F9", "F9j-counter", P,
      "BELGRADE – Serbia and Hungary will deepen cooperation in military medicine under an arrangement that the two "
      "defence chiefs signed in Belgrade last Thursday.",
      expect=[E("agreement", ["HUN", "SRB"], prev(P, "Thursday"))],
      note="counterexample: 'that the two defence chiefs signed'"))

# ---------------------------------------------------------------- F10 day and place from the wrong clause
P = "2025-07-09"
add(C("F10", "F10a", P,
      "RABAT – Morocco's army chief received Mauritania's army chief, who is in Morocco on an official visit. The two "
      "chiefs, whose talks on Monday ran into the afternoon, reviewed border security and smuggling in the Sahara.",
      expect=[E("meeting", ["MAR", "MRT"], prev(P, "Monday"))], exact=["meeting"],
      note="the day sits in a relative clause of the next sentence ('whose talks on <day> ...'); the reception keeps "
           "the publication day (with 'received ... on <day>' it is right: F10i-counter)"))
P = "2024-02-21"
add(C("F10", "F10b", P,
      "AMMAN – Jordan's chief of staff received Iraq's army chief at the General Command, the army said in a "
      "statement. The two generals, whose meeting on Sunday lasted three hours, discussed the border with Syria.",
      expect=[E("meeting", ["IRQ", "JOR"], prev(P, "Sunday"))], exact=["meeting"],
      note="'The two <titles>, whose meeting on <day> lasted <time>, discussed'"))
P = "2025-07-09"
add(C("F10", "F10c", P,
      "Late last month, in Maputo, Mozambique and Malawi signed a new agreement on defence cooperation. The signing "
      "followed a full day of talks between Mozambique's defence minister and his Malawian counterpart at the "
      "ministry.",
      expect=[E("agreement", ["MOZ", "MWI"], "2025-06", location="Maputo"),
              E("meeting", ["MOZ", "MWI"], "2025-06")],
      note="a fronted 'in <city>,' gives the signing no place; 'The signing followed <N> days of talks' keeps the "
           "publication day instead of the signing's month"))
P = "2025-10-29"
add(C("F10", "F10d", P,
      "Early this month, in Nouakchott, Mauritania and Senegal signed a protocol on joint maritime patrols, the army "
      "said.",
      expect=[E("agreement", ["MRT", "SEN"], "2025-10", location="Nouakchott")],
      note="'Early|Late <time>, in <city>, <A> and <B> signed': no place ('On <day>, in <city>,' and 'Earlier this "
           "month, in <city>,' work: F10j-counter)"))
P = "2025-10-29"
add(C("F10", "F10e", P,
      "Kenya and Ethiopia signed a memorandum on border security on Monday. The signing followed two days of talks "
      "between the Kenyan and Ethiopian defence ministers in Nairobi.",
      expect=[E("meeting", ["ETH", "KEN"], prev(P, "Monday"))],
      note="'The signing followed <N> days of talks between <A> and <B>' dated by publication, not by the signing"))
P = "2025-07-09"
add(C("F10", "F10f", P,
      "MINISTRY OF DEFENCE OF UZBEKISTAN – INFORMATION\n\n"
      "The contract was signed on Monday at the Ministry of Defence in Tashkent. That same day the Uzbek Minister of "
      "Defence received in the Ministry Türkiye's Deputy Minister of National Defence.",
      expect=[E("meeting", ["TUR", "UZB"], None, location="Tashkent")],
      note="'received in the Ministry' after a sentence that places the ministry in <capital>: no place"))
P = "2025-07-09"
add(C("F10", "F10g", P,
      "The Portuguese ambassador and Mozambique's Minister of National Defence signed yesterday a memorandum on naval "
      "training at the ministry in Maputo.",

      expect=[E("agreement", ["MOZ", "PRT"], "2025-07-08", location="Maputo")],
      note="'signed <time> <instrument> at <place> in <city>': the place after the object is not read when the time "
           "stands between verb and object"))
P = "2026-03-18"
add(C("F10", "F10h", P,
      "Peru's army commander and Bolivia's army commander signed on Tuesday an agreement on border demining at the "
      "army headquarters in Lima.",
      expect=[E("agreement", ["BOL", "PER"], prev(P, "Tuesday"), location="Lima")],
      note="the same order: 'signed on <day> <instrument> at <place> in <city>'"))
P = "2025-07-09"
add(C("F10", "F10i-counter", P,
      "RABAT – Morocco's army chief received Mauritania's army chief on Monday. The two chiefs reviewed border "
      "security and smuggling in the Sahara.",
      expect=[E("meeting", ["MAR", "MRT"], prev(P, "Monday"))], exact=["meeting"],
      note="counterexample: the day with the reception"))
P = "2025-10-29"
add(C("F10", "F10j-counter", P,
      "Earlier this month, in Nouakchott, Mauritania and Senegal signed a protocol on joint maritime patrols, the army "
      "said.",
      expect=[E("agreement", ["MRT", "SEN"], "2025-10", location="Nouakchott")],
      note="counterexample: 'Earlier this month, in <city>,'"))

# ---------------------------------------------------------------- F11 deal roles, items, quantity
P = "2024-04-17"
add(C("F11", "F11a", P,
      "SKOPJE – The Defence Ministry on Friday signed a contract worth €5 million with the Finnish maker Sako for 900 "
      "sniper rifles, the ministry said.",
      expect=[E("export_deal", ["FIN", "MKD"], prev(P, "Friday"), seller="FIN", buyer="MKD")],
      note="'<buyer> signed a contract worth <money> with the <demonym> maker <unlisted firm>': two states, oriented "
           "by `exporter.tsv`, which lacks Finland, so the buyer becomes the seller ('the Czech manufacturer' works: "
           "F11j-counter)"))
P = "2024-04-17"
add(C("F11", "F11b", P,
      "TIRANA – The Defence Ministry on Friday signed a contract worth €7 million with the Belgian manufacturer Mecar "
      "for 120-mm tank ammunition.",
      expect=[E("export_deal", ["ALB", "BEL"], prev(P, "Friday"), seller="BEL", buyer="ALB")],
      note="the same with a Belgian maker"))
P = "2024-04-17"
add(C("F11", "F11c", P,
      "PODGORICA – Montenegro signed a contract worth €2.6 million on Friday with Austria's Steyr Arms for 450 assault "
      "rifles.",
      expect=[E("export_deal", ["AUT", "MNE"], prev(P, "Friday"), seller="AUT", buyer="MNE")],
      note="'<buyer> signed a contract worth <money> with <State>'s <unlisted firm>'"))
P = "2024-04-17"
add(C("F11", "F11d", P,
      "SARAJEVO – The Defence Ministry on Friday signed a contract worth €4 million with the Croatian manufacturer HS "
      "Produkt for 3,000 pistols.",
      expect=[E("export_deal", ["BIH", "HRV"], prev(P, "Friday"), seller="HRV", buyer="BIH", quantity=3000)],
      note="a Croatian maker: seller and buyer swapped"))
P = "2024-04-17"
add(C("F11", "F11e", P,
      "LJUBLJANA – Slovenia has bought 1,200 Steyr AUG rifles from Austria's Steyr Arms for €4 million, in a contract "
      "signed on Monday.",
      expect=[E("export_deal", ["AUT", "SVN"], prev(P, "Monday"), seller="AUT", buyer="SVN", quantity=1200,
                items=["Steyr AUG rifles"])],
      note="'AUG' (a month abbreviation) in the item name: no quantity, no items"))
P = "2024-04-17"
add(C("F11", "F11f", P,
      "The ₹240-crore contract for one more Dhruv helicopter was signed by HAL and the Ecuadorian Air Force in "
      "Bengaluru on Friday, three years after the first two helicopters were delivered.",
      expect=[E("export_deal", ["ECU", "IND"], prev(P, "Friday"), seller="IND", buyer="ECU", quantity=1)],
      note="'one more <item>': the count is taken from 'the first two <items>' later in the sentence"))
P = "2024-04-17"
add(C("F11", "F11g", P,
      "Israel Weapon Industries has won a NIS 90 million order from the Thai Army for Carmel assault rifles, the "
      "company said on Monday.",
      expect=[E("export_deal", ["ISR", "THA"], None, seller="ISR", buyer="THA", items=["Carmel assault rifles"])],
      note="items with no count ('for <items>') are not read unless the system is listed"))
P = "2024-04-17"
add(C("F11", "F11h", P,
      "Saab has won a contract from the Latvian Ministry of Defence for anti-tank weapons, worth SEK 600 million.",
      expect=[E("export_deal", ["LVA", "SWE"], None, seller="SWE", buyer="LVA", items=["anti-tank weapons"])],
      note="'for <items>' with no count"))
P = "2024-04-17"
add(C("F11", "F11i", P,
      "The US$ 30 million contract for one more C-295 transport was signed by Airbus and the Ghana Air Force in "
      "Seville on Friday, two years after the initial two transports arrived.",
      expect=[E("export_deal", ["FRA", "GHA"], prev(P, "Friday"), seller="FRA", buyer="GHA", quantity=1)],
      note="'one more <item> ..., two years after the first two <items>'"))
P = "2024-04-17"
add(C("F11", "F11j-counter", P,
      "PODGORICA – The Defence Ministry on Friday signed a contract worth €2.6 million with the Czech manufacturer "
      "Zbrojovka for 450 pistols.",
      expect=[E("export_deal", ["CZE", "MNE"], prev(P, "Friday"), seller="CZE", buyer="MNE", quantity=450)],
      note="counterexample: a maker of a state `exporter.tsv` ranks"))
P = "2024-04-17"
add(C("F11", "F11k-counter", P,
      "Israel Weapon Industries has won a NIS 90 million order from the Thai Army for 8,000 Carmel assault rifles.",
      expect=[E("export_deal", ["ISR", "THA"], None, seller="ISR", buyer="THA", items=["Carmel assault rifles"])],
      note="counterexample: with a count"))

# ---------------------------------------------------------------- F12 false alarms read as deployments
P = "2025-01-15"
add(C("F12", "F12a", P,
      "The signing came as a Ghanaian delegation led by the Chief of Defence Staff, Brigadier Kofi Asante, was in "
      "South Africa. Brigadier Asante's round of calls in Pretoria on Tuesday included the Chief of the Army, "
      "Lieutenant General Lawrence Mbatha.",

      absent=["deployment"],
      note="'<officer>'s round of calls in <city>' read as a port call ('calls in')"))
P = "2025-01-15"
add(C("F12", "F12b", P,
      "Ghana's Brigadier Kofi Asante's round of calls in Pretoria on Tuesday took in South Africa's army chief.",
      absent=["deployment"],
      note="the same, the officer qualified"))
P = "2025-01-15"
add(C("F12", "F12c", P,
      "SAHEL WEEKLY\n\n1. Togo: no Russians, says Lomé. The government spokesman on Monday rejected as \"a crude "
      "montage\" a clip shared on social media that claimed to show Turkish military instructors arriving at Lomé "
      "airport.",
      absent=["deployment"],
      note="a denial told before the clip it denies ('rejected as <X> a clip ... that claimed to show <forces> "
           "arriving')"))
P = "2025-01-15"
add(C("F12", "F12d", P,
      "LIVE | Portuguese Defence Minister Nuno Melo in Luanda\n\nOur team is following the visit from the ministry "
      "in Luanda.\n\n13:10 — One more announcement: the Portuguese Navy patrol ship NRP Figueira da Foz will put in "
      "at Luanda in March for joint training, Melo confirmed.\n\n11:35 — Melo arrives at the Ministry of National "
      "Defence and is greeted with military honours.",
      expect=[E("deployment", ["AGO", "PRT"], "2025-03", deployer="PRT", host="AGO", status="planned")],
      exact=["deployment"],
      note="live blog: '<minister> arrives at the Ministry' read as a second deployment of the ship's navy"))
P = "2025-01-15"
add(C("F12", "F12e", P,
      "LIBREVILLE – The Portuguese Navy patrol ship NRP Setúbal entered the port of Libreville on Friday for a "
      "four-day stay.\n\nNRP Setúbal leaves Libreville on Tuesday after an open day for naval cadets.",
      expect=[E("deployment", ["GAB", "PRT"], prev(P, "Friday"), deployer="PRT", host="GAB")], exact=["deployment"],
      note="the ship's departure ('leaves <port> on <day>') read as a planned deployment"))
P = "2025-01-15"
add(C("F12", "F12f", P,
      "Analysis: Pakistan's arms exports. Take Azerbaijan: its order for JF-17 fighters from Pakistan, worth US$ 1.5 "
      "billion, went through last year, and the first jets are expected in Baku by 2028.",
      absent=["deployment"],
      note="a delivery ('the first aircraft are expected in <capital> by <year>') read as an arrival of forces"))
P = "2025-01-15"
add(C("F12", "F12g", P,
      "Navy's helicopters locked in\n\nWellington has signed up for five helicopters from the US Government. Staff "
      "shortages have left the Defence Force stretched and have kept several ships tied up at Devonport.",

      absent=["deployment"],
      note="own ships 'kept tied up in Devonport' (the Auckland base, read as Plymouth's) with the US named before"))
P = "2025-01-15"
add(C("F12", "F12h", P,
      "Crew shortages in the Royal Australian Navy, which bought its new helicopters from the United States, have kept "
      "two frigates tied up in Devonport this winter for maintenance.",
      absent=["deployment"],
      note="'have kept <own ships> tied up in <home port>'"))
P = "2025-01-15"
add(C("F12", "F12i-counter", P,
      "LIBREVILLE – The Portuguese Navy patrol ship NRP Setúbal entered the port of Libreville on Friday for a "
      "four-day stay.",
      expect=[E("deployment", ["GAB", "PRT"], prev(P, "Friday"), deployer="PRT", host="GAB")], exact=["deployment"],
      note="counterexample: the arrival alone"))
P = "2025-01-15"
add(C("F12", "F12j-counter", P,
      "The government spokesman on Monday denied that Russian military instructors had arrived at Lomé airport.",
      absent=["deployment"],
      note="counterexample: 'denied that <forces> had arrived'"))

# ---------------------------------------------------------------- F13 planned signings and visits with 'expected to'
P = "2025-11-26"
add(C("F13", "F13a", P,
      "PRETORIA – South Africa's defence minister met her Namibian counterpart on Monday at a security conference. "
      "Both countries are expected to sign a revised defence pact in February, when the Namibian minister is due "
      "back in Pretoria.",
      expect=[E("agreement", ["NAM", "ZAF"], "2026-02", status="planned")],
      note="'are expected to sign <instrument> in <month>': vetoed as a forecast without a day (`pipeline."
           "_expected_without_day`); 'will sign ... in February' fires (F13i-counter)"))
P = "2025-11-26"
add(C("F13", "F13b", P,
      "MANILA – The Philippine defence secretary met Japan's defence minister on Tuesday. Both governments are "
      "expected to sign a reciprocal access agreement in the first quarter of 2026.",
      expect=[E("agreement", ["JPN", "PHL"], "2026-Q1", status="planned")],
      note="'are expected to sign <instrument> in the first quarter of <year>'"))
P = "2025-11-26"
add(C("F13", "F13c", P,
      "MANILA – The Philippine defence secretary and Japan's defence minister met on Tuesday to go over a draft "
      "reciprocal access agreement. The agreement, which negotiators have worked on since 2023, is expected to be "
      "signed during the first quarter of 2026.",
      expect=[E("agreement", ["JPN", "PHL"], "2026-Q1", status="planned")],
      note="'The agreement, which ..., is expected to be signed in <quarter>' (also: a definite subject with no agents "
           "and no earlier signing to point back to)"))
P = "2025-11-26"
add(C("F13", "F13d", P,
      "DHAKA – The Bangladeshi defence adviser will be in Colombo next week for talks with Sri Lanka's defence "
      "secretary. Both governments are expected to sign a memorandum on coast guard training during that visit.",
      expect=[E("agreement", ["BGD", "LKA"], "2025-12", status="planned")],
      note="'during that visit' is not among the occasions that lift the veto ('during the visit' is)"))
P = "2025-11-26"
add(C("F13", "F13e", P,
      "TASHKENT – Türkiye's Minister of National Defence is expected to visit Tashkent in March for talks with the "
      "Uzbek defence leadership, both sides said.",
      expect=[E("meeting", ["TUR", "UZB"], "2026-03", status="planned")],
      note="'is expected to visit <city> in <month> for talks' ('is due to visit' fires: F13j-counter)"))
P = "2025-11-26"
add(C("F13", "F13f", P,
      "Kenya's defence secretary is expected to travel to Kampala in January for talks with Uganda's defence minister, "
      "officials said.",
      expect=[E("meeting", ["KEN", "UGA"], "2026-01", status="planned")],
      note="'is expected to travel to <city> in <month> for talks with'"))
P = "2025-11-26"
add(C("F13", "F13g", P,
      "The Maldives' defence chief will be in Colombo for talks next week with Defence Minister Sagala Ratnayaka, "
      "officials in Malé confirmed.",
      expect=[E("meeting", ["LKA", "MDV"], "2025-12", status="planned")],
      note="'will be in <city> <time> for talks with Defence Minister <name>': the bare title is placed only by a "
           "visit verb's destination ('will travel to <city>' works)"))
P = "2025-11-26"
add(C("F13", "F13h", P,
      "HANOI – Vietnam's defence minister met Laos's defence minister on Monday. Both ministers are expected to sign a "
      "plan of military cooperation for 2026 in December.",
      expect=[E("agreement", ["LAO", "VNM"], "2025-12", status="planned")],
      note="'Both ministers are expected to sign ... in <month>'"))
P = "2025-11-26"
add(C("F13", "F13i-counter", P,
      "PRETORIA – South Africa's defence minister met her Namibian counterpart on Monday at a security conference. "
      "Both countries will sign a revised defence pact in February.",
      expect=[E("agreement", ["NAM", "ZAF"], "2026-02", status="planned")],
      note="counterexample: 'will sign ... in <month>'"))
P = "2025-11-26"
add(C("F13", "F13j-counter", P,
      "TASHKENT – Turkey's defence minister is due to visit Tashkent in March for talks with the Uzbek defence "
      "leadership, both sides said.",
      expect=[E("meeting", ["TUR", "UZB"], "2026-03", status="planned")],
      note="counterexample: 'is due to visit'"))

# ---------------------------------------------------------------- F14 office holders misplaced
P = "2024-08-07"
add(C("F14", "F14a", P,
      "The Commander of the Portuguese Fleet, Vice Admiral Henrique Gouveia, and the Commander of the Angolan Navy, "
      "Admiral Valentim António, conferred on Monday about piracy in the Gulf of Guinea.",
      expect=[E("meeting", ["AGO", "PRT"], prev(P, "Monday"))],
      note="'The Commander of the <demonym> Fleet, <rank> <name>,': the demonym inside the title is not given to the "
           "apposed officer, who takes the home state ('Portugal's fleet commander' works: F14i-counter)"))
P = "2025-05-21"
add(C("F14", "F14b", P,
      "MORONI – The commander of the French forces in the southern Indian Ocean, Rear Admiral Paul Bertin, met the "
      "Comorian army chief on Tuesday at the general staff headquarters.",
      expect=[E("meeting", ["COM", "FRA"], prev(P, "Tuesday"))],
      note="'<title> of the <demonym> forces in the southern Indian Ocean': 'Indian' read as a demonym ('France's "
           "regional commander' works; set-24 036 has the same title, latent behind F3)"))
P = "2024-08-09"
add(C("F14", "F14c", P,
      "MANILA, Philippines — Defense Secretary Gilberto Teodoro Jr. and Australia's Defence Minister Richard Marles "
      "met at Camp Aguinaldo on Wednesday. The Philippines also has a troop-visit pact with the United States.",
      expect=[E("meeting", ["AUS", "PHL"], prev(P, "Wednesday"))],
      note="'Defense Secretary <name>' (US spelling) is read as the US title when the story names the United States, "
           "despite the Manila dateline"))
P = "2024-08-07"
add(C("F14", "F14d", P,
      "Navy's new trainers locked in\n\n"
      "Wellington has signed up for four T-6 trainers from the US Government, in a deal finalised on Monday, Defence "
      "Minister Judith Collins announced. The minister will travel to Nuku'alofa next month for talks with her Tongan "
      "counterpart.",
      expect=[E("meeting", ["NZL", "TON"], "2024-09", status="planned")],
      note="the lead names the seller first ('from the US Government'), the buyer only as 'Wellington': the home "
           "state is the US, and so is 'Defence Minister <name>'"))
P = "2024-08-07"
add(C("F14", "F14e", P,
      "MINISTRY OF NATIONAL DEFENCE – STATEMENT (translated from Portuguese)\n\n1. The Minister of National Defence "
      "received Portugal's Secretary of State for Defence at the Ministry on Friday, and Portugal's ambassador also "
      "attended. The authorities reviewed cooperation with Portugal in naval training.\n\nMaputo, Ministry of "
      "National Defence.",
      expect=[E("meeting", ["MOZ", "PRT"], prev(P, "Friday"))],
      note="a release placed only by its sign-off, the visitor's state named more often: the host minister takes the "
           "visitor's state"))
P = "2025-07-02"
add(C("F14", "F14f", P,
      "The Omani Chief of Staff of the Armed Forces was received on Tuesday in Rabat by the Royal Armed Forces' "
      "Inspector General, General Mohammed Berrid.",
      expect=[E("meeting", ["MAR", "OMN"], prev(P, "Tuesday"), location="Rabat")],
      note="the host's title ('Inspector General of the Royal ... Forces') is tied to no state ('Morocco's Inspector "
           "General' works)"))
P = "2025-07-02"
add(C("F14", "F14g", P,
      "The Bahraini Chief of Staff was received on Sunday in Amman by the Joint Chiefs chairman, Major "
      "General Yousef Huneiti, at the General Command. The meeting ended with the signing of a training protocol.",
      expect=[E("meeting", ["BHR", "JOR"], prev(P, "Sunday"), location="Amman")],
      note="an unqualified host title: the reception is missed, the meeting noun is read without its place"))
P = "2024-08-07"
add(C("F14", "F14h", P,
      "MAPUTO – The Commander of the Spanish Navy's Maritime Action Force, Vice Admiral Juan Luis Sobrino, and the "
      "Mozambican Navy's commander met on Thursday to discuss the Mozambique Channel.",
      expect=[E("meeting", ["ESP", "MOZ"], prev(P, "Thursday"))],
      note="'The Commander of the <demonym> Navy's <force>, <rank> <name>,' under the host's dateline"))
P = "2024-08-07"
add(C("F14", "F14i-counter", P,
      "Portugal's fleet commander and Angola's navy chief conferred on Monday about piracy in the Gulf of Guinea.",
      expect=[E("meeting", ["AGO", "PRT"], prev(P, "Monday"))],
      note="counterexample: both states in possessives"))
P = "2025-07-02"
add(C("F14", "F14j-counter", P,
      "The Omani Chief of Staff of the Armed Forces was received on Tuesday in Rabat by Morocco's army inspector "
      "general.",

      expect=[E("meeting", ["MAR", "OMN"], prev(P, "Tuesday"), location="Rabat")],
      note="counterexample: the host qualified"))

# ---------------------------------------------------------------- F15 signing idioms, signature nouns, apposed subjects
P = "2024-03-27"
add(C("F15", "F15a", P,
      "TUNIS – Tunisia's army chief held talks with Libya's army chief on Monday. The day's session was wound up "
      "with the formal signature of a protocol covering joint border surveillance.",
      expect=[E("agreement", ["LBY", "TUN"], prev(P, "Monday"))],
      note="'<session> was wound up with the (formal) signature of <instrument>' ('The session concluded with the "
           "signing of' "
           "works: F15j-counter)"))
P = "2026-01-07"
add(C("F15", "F15b", P,
      "MORONI – France's regional commander and the Comorian army chief held talks on Tuesday. The talks were sealed "
      "by the signature of an arrangement on sharing coastal radar data.",
      expect=[E("agreement", ["COM", "FRA"], prev(P, "Tuesday"))],
      note="'<the talks> were|was sealed by the signature of <instrument>'"))
P = "2025-08-20"
add(C("F15", "F15c", P,
      "ASUNCIÓN – Paraguay's defence minister and Uruguay's defence minister met on Monday. The talks closed with the "
      "signature of a memorandum on river patrols.",
      expect=[E("agreement", ["PRY", "URY"], prev(P, "Monday"))],
      note="'The talks closed with the signature of' ('signature' instead of 'signing')"))
P = "2025-05-07"
add(C("F15", "F15d", P,
      "12:40 — Spain's defence minister and Peru's defence minister have just met at the ministry in Lima.\n\n"
      "12:55 — The memorandum of understanding on naval training now carries both signatures. It opens Spanish "
      "academies to Peruvian officers.",
      expect=[E("agreement", ["ESP", "PER"], P)],
      note="live blog: '<instrument> now carries both signatures'"))
P = "2025-10-29"
add(C("F15", "F15e", P,
      "SEOUL – South Korea's defence minister met Poland's defence minister on Tuesday. The pair then put pen to "
      "paper on an accord covering tank maintenance and ammunition production.",
      expect=[E("agreement", ["KOR", "POL"], prev(P, "Tuesday"))],
      note="'The pair (then) put pen to paper on <instrument>': the idiom's bare subject ('The pair', 'The two') is "
           "not resolved ('The two ministers then put pen to paper' and 'The two then signed' work)"))
P = "2024-07-17"
add(C("F15", "F15f", P,
      "BAKU – Azerbaijan's defence minister met Pakistan's defence minister on Friday. A framework agreement on "
      "military training, first drafted in 2021, was put into writing by both ministers on Friday.",
      expect=[E("agreement", ["AZE", "PAK"], prev(P, "Friday"))],
      note="'was put into writing' after an apposed subject"))
P = "2024-07-17"
add(C("F15", "F15g", P,
      "BAKU – Azerbaijan's defence minister met Pakistan's defence minister on Friday. A framework agreement on "
      "military training, first drafted in 2021, was signed on Friday by the two ministers.",
      expect=[E("agreement", ["AZE", "PAK"], prev(P, "Friday"))],
      note="an apposition (', first drafted in <year>,') between the instrument and 'was signed' (without it the "
           "passive fires: F15k-counter)"))
P = "2025-10-29"
add(C("F15", "F15h", P,
      "SKOPJE – North Macedonia's defence minister met Bulgaria's defence minister on Monday. The ministers then set "
      "their hands to a plan of cooperation in military medicine.",
      expect=[E("agreement", ["BGR", "MKD"], prev(P, "Monday"))],
      note="'set their hands to <instrument>'"))
P = "2025-06-04"
add(C("F15", "F15i", P,
      "VIENTIANE – Laos's defence minister held a working session with Cambodia's defence minister on Monday. The two "
      "also put their signatures to a plan of military cooperation for 2026.",
      expect=[E("agreement", ["KHM", "LAO"], prev(P, "Monday"))],
      note="'The two also put their signatures to <instrument>' (with 'The two ministers' it fires)"))
P = "2024-03-27"
add(C("F15", "F15j-counter", P,
      "TUNIS – Tunisia's army chief held talks with Libya's army chief on Monday. The session concluded with the "
      "signing of a protocol covering joint border surveillance.",

      expect=[E("agreement", ["LBY", "TUN"], prev(P, "Monday"))],
      note="counterexample: 'concluded with the signing of'"))
P = "2024-07-17"
add(C("F15", "F15k-counter", P,
      "BAKU – Azerbaijan's defence minister met Pakistan's defence minister on Friday. A framework agreement on "
      "military training was signed on Friday by the two ministers.",
      expect=[E("agreement", ["AZE", "PAK"], prev(P, "Friday"))],
      note="counterexample: no apposition, 'was signed'"))

# ---------------------------------------------------------------- F16 visits, tours and negotiations read as meetings
P = "2025-03-14"
add(C("F16", "F16a", P,
      "RIGA, 14 March /LETA/ – Latvia and Poland will step up air defence training after the visit to Riga of a Polish "
      "delegation led by the Minister of National Defence.\n\n"
      "On Wednesday in Riga the Latvian Minister of Defence exchanged views with his Polish counterpart on the Baltic "
      "air policing mission, the ministry said.",
      expect=[E("meeting", ["LVA", "POL"], prev(P, "Wednesday"))], exact=["meeting"],
      note="the lead's 'after the visit to <city> of a <demonym> delegation' stands beside the body meeting, dated by "
           "publication"))
P = "2025-11-21"
add(C("F16", "F16b", P,
      "TALLINN, 21 November /BNS/ – Estonia and Finland will cooperate more closely in cyber defence, following the "
      "visit to Tallinn of a Finnish delegation led by the Chief of Defence.\n\n"
      "On Tuesday in Tallinn the Estonian Chief of Defence held talks with his Finnish counterpart on Baltic Sea "
      "security, the Defence Forces said.",
      expect=[E("meeting", ["EST", "FIN"], prev(P, "Tuesday"))], exact=["meeting"],
      note="'following the visit to <city> of a <demonym> delegation led by <title>' in the lead"))
P = "2025-05-07"
add(C("F16", "F16c", P,
      "11:40 — Portugal's defence minister and Cabo Verde's defence minister have just met behind closed doors at the "
      "ministry in Praia.\n\n"
      "08:15 — Good morning. The Portuguese minister flew in last night for her first visit to Cabo Verde.",
      expect=[E("meeting", ["CPV", "PRT"], P)], exact=["meeting"],
      note="live blog: '<minister> flew in|arrived last night for|on her first visit to <State>' makes a second "
           "meeting, dated the night before"))
P = "2026-10-14"
add(C("F16", "F16d", P,
      "LIVE: Greek defence minister in Nicosia\n\n12:20 — Greece's defence minister and Cyprus's defence minister "
      "have just met at the ministry. A joint statement is expected.\n\n09:05 — The Greek minister landed late last "
      "night for a one-day visit to Cyprus, his third this year.",
      expect=[E("meeting", ["CYP", "GRC"], P)], exact=["meeting"],
      note="'landed late last night for a one-day visit to <State>'"))
P = "2025-10-23"
add(C("F16", "F16e", P,
      "HANOI – The Thai delegation was scheduled to visit the Vietnam Peacekeeping Centre in Hanoi on Friday.",
      absent=["meeting"],
      note="a facility visit on the programme ('scheduled to visit the <State> <X> Centre')"))
P = "2026-01-07"
add(C("F16", "F16f", P,
      "Madagascar's new authorities want more partners. Turkish and Indian delegations have visited Antananarivo "
      "over the past few weeks, though nothing has been signed with either.",
      absent=["meeting"],
      note="background visits 'in recent weeks', with no counterpart"))
P = "2025-11-21"
add(C("F16", "F16g", P,
      "Somalia's new government is courting partners. Qatari and Egyptian delegations have visited Mogadishu this "
      "autumn, though no deal has come of it.",
      absent=["meeting"],
      note="background visits by two foreign delegations"))
P = "2024-09-20"
add(C("F16", "F16h", P,
      "Manila has a status of forces pact with Australia too. Talks with Germany and Italy are at an earlier stage, "
      "defence officials said.",
      absent=["meeting"],
      note="'Talks with <A> and <B> are at an earlier stage': negotiations, read by `meeting.talks`"))
P = "2025-03-14"
add(C("F16", "F16i-counter", P,
      "RIGA, 14 March /LETA/ – On Wednesday in Riga the Latvian Minister of Defence exchanged views with his Polish "
      "counterpart on the Baltic air policing mission, the ministry said.",
      expect=[E("meeting", ["LVA", "POL"], prev(P, "Wednesday"))], exact=["meeting"],
      note="counterexample: the body meeting alone"))
P = "2024-12-13"
add(C("F16", "F16j-counter", P,
      "The Dutch Defence Minister has ended a three-day visit to Ghana, his first to West Africa.\n\n"
      "On Tuesday in Accra the Dutch minister met Ghana's defence minister to discuss maritime security.",
      expect=[E("meeting", ["GHA", "NLD"], prev(P, "Tuesday"))], exact=["meeting"],
      note="counterexample: a lead visit folds into a body meeting the rules read ('met')"))

# ---------------------------------------------------------------- F17 first-person speakers in a briefing transcript
BRIEF = ("Weekly briefing at the Defence Ministry in Tirana – transcript. Speaking: Defence Minister Pirro Vengu.\n\n"
         "QUESTION (Top Channel): Minister, what came out of the Greek visit?\n\n")
P = "2024-05-01"
add(C("F17", "F17a", P,
      BRIEF + "MINISTER: The Deputy Minister of Defence of Greece was our guest this week. On Monday I had a working "
      "meeting with the Greek Deputy Minister in the ministry, and we discussed engineering training. Greek "
      "instructors will also come to Tirana.\n\nQUESTION (ATA): Will the ministry buy Greek "
      "helicopters?\n\nMINISTER: No. Greece does not sell helicopters to us.",
      expect=[E("meeting", ["ALB", "GRC"], prev(P, "Monday"))],
      note="'I had|held a working meeting with <visitor>': 'I' takes the home state, which the visitor's state wins "
           "(named more often; the capital in the heading is no dateline); F17h-counter names the host"))
P = "2024-05-01"
add(C("F17", "F17b", P,
      BRIEF + "MINISTER: The Deputy Minister of Defence of Greece was our guest this week, and we had a working "
      "meeting on Monday. We also signed a plan of cooperation for 2025, which includes courses at the Greek Army's "
      "engineering school.\n\nQUESTION (ATA): Will the ministry buy Greek helicopters?\n\nMINISTER: No. Greece does "
      "not sell helicopters to us.",
      expect=[E("agreement", ["ALB", "GRC"], None)],
      note="'We also signed <instrument>' with the speaker's state unplaced"))
P = "2024-05-01"
add(C("F17", "F17c", P,
      BRIEF + "MINISTER: The Deputy Minister of Defence of Greece was our guest this week. We put our signatures to "
      "a plan of cooperation for 2025 with the Greek Deputy Minister, which includes courses in Greece.",
      expect=[E("agreement", ["ALB", "GRC"], None)],
      note="'We put our signatures to <instrument>' (the idiom lists 'their|his|her|its signatures', not 'our')"))
P = "2024-05-01"
add(C("F17", "F17d", P,
      BRIEF + "MINISTER: The Deputy Minister of Defence of Greece was our guest this week, and Greece has offered "
      "courses at its engineering school.\n\nQUESTION (ATA): What about the mission in Latvia?\n\nMINISTER: Our "
      "contingent's next rotation, about 60 soldiers, will take over from the present rotation in Latvia in July, "
      "within the NATO brigade.",
      expect=[E("deployment", ["ALB", "LVA"], "2024-07", deployer="ALB", host="LVA", status="planned")],
      note="'our contingent's next rotation' takes the visitor's state as deployer"))
P = "2025-03-13"
add(C("F17", "F17e", P,
      "Press briefing held at the Defence Ministry in Bratislava – transcript (translated)\n\n"
      "QUESTION: What did you agree with the Czech minister?\n\n"
      "MINISTER: I met the Czech Minister of Defence on Thursday at the ministry. The Czech Republic is our closest "
      "partner, and the Czech army will train with us. Czech instructors are welcome.",
      expect=[E("meeting", ["CZE", "SVK"], prev(P, "Thursday"))],
      note="'I met the <demonym> Minister' with the Czech Republic named throughout"))
P = "2025-03-13"
add(C("F17", "F17f", P,
      "Press briefing held at the Defence Ministry in Bratislava – transcript (translated)\n\nQUESTION: What did you "
      "agree with the Czech minister?\n\nMINISTER: The Czech Minister of Defence was here on Thursday. The Czech "
      "Republic is our closest partner. We signed a memorandum on air policing, and Czech pilots will train with "
      "ours.",
      expect=[E("agreement", ["CZE", "SVK"], None)],
      note="'We signed <instrument>' in the same frame"))
P = "2024-05-01"
add(C("F17", "F17g", P,
      BRIEF + "MINISTER: Greece has offered courses at its engineering school, and the Greek Deputy Minister was our "
      "guest this week.\n\nQUESTION (ATA): And Bosnia?\n\nMINISTER: Our soldiers will deploy to Bosnia and "
      "Herzegovina in September with EUFOR for six months.",
      expect=[E("deployment", ["ALB", "BIH"], "2024-09", deployer="ALB", host="BIH", status="planned")],
      note="'Our soldiers will deploy to <State>': the visitor's state as deployer"))
P = "2024-05-01"
add(C("F17", "F17h-counter", P,
      BRIEF + "MINISTER: The Deputy Minister of Defence of Greece was our guest this week. On Monday Albania's "
      "defence minister had a working meeting with the Greek Deputy Minister in the ministry, and they discussed "
      "engineering training.\n\nQUESTION (ATA): Will the ministry buy Greek helicopters?\n\nMINISTER: No. Greece "
      "does not sell helicopters to us.",
      expect=[E("meeting", ["ALB", "GRC"], prev(P, "Monday"))],
      note="counterexample: the host named as a state"))

# ---------------------------------------------------------------- F18 several instruments signed together
P = "2026-09-02"
add(C("F18", "F18a", P,
      "At the Ministry of Defence in Algiers, two agreements were signed by Algeria and Portugal on Monday, by the "
      "ministry's Secretary General and Portugal's ambassador. One covers naval training, the other hydrographic "
      "surveys.",
      expect=[E("agreement", ["DZA", "PRT"], prev(P, "Monday")), E("agreement", ["DZA", "PRT"], prev(P, "Monday"))],
      note="a numeral determiner ('two agreements were signed'): the passive wants a|an|the|this ('An agreement was "
           "signed by <A> and <B>' works: F18i-counter)"))
P = "2026-09-02"
add(C("F18", "F18b", P,
      "Three memorandums were signed on Tuesday by Kenya and Rwanda, covering peacekeeping training, military medicine "
      "and engineering.",
      expect=[E("agreement", ["KEN", "RWA"], prev(P, "Tuesday"))],
      note="'Three memorandums were signed ... by <A> and <B>'"))
P = "2026-09-02"
add(C("F18", "F18c", P,
      "An agreement on naval officer training was signed on Monday by Tunisia and Spain. The second text, signed at "
      "the same ceremony, covers upkeep of the Spanish-built patrol boats.",
      expect=[E("agreement", ["ESP", "TUN"], prev(P, "Monday")), E("agreement", ["ESP", "TUN"], prev(P, "Monday"))],
      exact=["agreement"],
      note="'The second <instrument|text>, signed at the same ceremony, covers|concerns ...': a reduced relative on "
           "the subject"))
P = "2026-09-16"
add(C("F18", "F18d", P,
      "DAKAR – Italy's ambassador and Senegal's armed forces minister signed yesterday a memorandum on maritime "
      "security cooperation.\n\n"
      "A protocol on diver training was signed at the same time; Senegalese divers will attend courses in La Spezia.",
      expect=[E("agreement", ["ITA", "SEN"], "2026-09-15"), E("agreement", ["ITA", "SEN"], "2026-09-15")],
      exact=["agreement"],
      note="'<instrument> was signed at the same time' after an active signing: 'at the same time' is no scene cue "
           "(`agreement._THERE`)"))
P = "2026-09-16"
add(C("F18", "F18e", P,
      "ACCRA – Ghana's defence minister and Togo's defence minister signed a memorandum on border patrols on Monday. A "
      "second text, on intelligence sharing, was signed at the same ceremony.",
      expect=[E("agreement", ["GHA", "TGO"], prev(P, "Monday")), E("agreement", ["GHA", "TGO"], prev(P, "Monday"))],
      exact=["agreement"],
      note="'A second <text>, on <X>, was signed at the same ceremony'"))
P = "2026-09-16"
add(C("F18", "F18f", P,
      "LIMA – Peru's defence minister met Brazil's defence minister on Monday. A protocol on Amazon river patrols was "
      "signed at the same time.",
      expect=[E("agreement", ["BRA", "PER"], prev(P, "Monday"))],
      note="an agentless passive with 'at the same time' after a meeting"))
P = "2026-09-16"
add(C("F18", "F18g", P,
      "Two memorandums of understanding were signed at the end of the talks between Chile and Argentina, on Antarctic "
      "logistics and on mountain training.",
      expect=[E("agreement", ["ARG", "CHL"], None)],
      note="'Two memorandums ... were signed ... between <A> and <B>'"))
P = "2026-09-16"
add(C("F18", "F18h", P,
      "In Hanoi on Tuesday, Vietnam and South Korea signed a memorandum on shipbuilding. A further memorandum, on "
      "military medicine, was signed at the same time.",
      expect=[E("agreement", ["KOR", "VNM"], prev(P, "Tuesday")), E("agreement", ["KOR", "VNM"], prev(P, "Tuesday"))],
      exact=["agreement"],
      note="'A further <instrument>, on <X>, was signed at the same time'"))
P = "2026-09-02"
add(C("F18", "F18i-counter", P,
      "At the Ministry of Defence in Algiers, an agreement on naval training was signed by Algeria and Portugal on "
      "Monday, by the ministry's Secretary General and Portugal's ambassador.",
      expect=[E("agreement", ["DZA", "PRT"], prev(P, "Monday"))],
      note="counterexample: 'an agreement was signed by <A> and <B>'"))
P = "2026-09-16"
add(C("F18", "F18j-counter", P,
      "LIMA – Peru's defence minister met Brazil's defence minister on Monday. A protocol on Amazon river patrols was "
      "signed by both sides at the same time.",
      expect=[E("agreement", ["BRA", "PER"], prev(P, "Monday"))],
      note="counterexample: 'by both sides' is a scene cue"))

# ---------------------------------------------------------------- F19 trade nouns for troops; named training areas
P = "2025-03-12"
add(C("F19", "F19a", P,
      "Czech sappers are expected in Moldova in May to train local engineers in mine clearance, the minister said.",
      expect=[E("deployment", ["CZE", "MDA"], "2025-05", deployer="CZE", host="MDA", status="planned")],
      note="'sappers' is no forces noun ('Czech troops are expected in Moldova' works: F19i-counter)"))
P = "2025-03-12"
add(C("F19", "F19b", P,
      "Some 80 Polish deminers will deploy to Moldova in June to help clear the border districts.",
      expect=[E("deployment", ["MDA", "POL"], "2025-06", deployer="POL", host="MDA", personnel=80)],
      note="'deminers'"))
P = "2025-03-12"
add(C("F19", "F19c", P,
      "About 150 Estonian gunners will deploy to Latvia in March for a six-month rotation with the brigade.",
      expect=[E("deployment", ["EST", "LVA"], "2025-03", deployer="EST", host="LVA", personnel=150)],
      note="'gunners': the move is read, the strength is not"))
P = "2025-03-12"
add(C("F19", "F19d", P,
      "About 150 Estonian artillerymen will deploy to Latvia in March for a six-month rotation.",
      expect=[E("deployment", ["EST", "LVA"], "2025-03", deployer="EST", host="LVA", personnel=150)],
      note="'artillerymen'"))
P = "2025-03-12"
add(C("F19", "F19e", P,
      "SKOPJE – The next rotation of the Macedonian contingent, some fifty members of the Army, is to take over from "
      "the present rotation in Latvia in June.",
      expect=[E("deployment", ["LVA", "MKD"], "2025-06", deployer="MKD", host="LVA", personnel=50)],
      note="'some <N> members of the Army'"))
P = "2025-03-12"
add(C("F19", "F19f", P,
      "Slovak soldiers are expected at the Cahul training area in May to instruct local engineers, the Moldovan "
      "ministry said.",
      expect=[E("deployment", ["MDA", "SVK"], "2025-05", deployer="SVK", host="MDA", status="planned")],
      note="'are expected at the <Name> training area' (the cue wants a capital or 'the port of' after 'at')"))
P = "2025-03-12"
add(C("F19", "F19g", P,
      "CHIȘINĂU – A Romanian demining team is expected at the Cahul training area in April, the ministry said.",
      expect=[E("deployment", ["MDA", "ROU"], "2025-04", deployer="ROU", host="MDA", status="planned")],
      note="the same with a team"))
P = "2024-05-01"
add(C("F19", "F19h", P,
      "TIRANA – Thirty Albanian engineers will deploy to Bosnia and Herzegovina in September with EUFOR for six "
      "months.",
      expect=[E("deployment", ["ALB", "BIH"], "2024-09", deployer="ALB", host="BIH", status="planned")],
      note="bare 'engineers' ('military engineers' and 'soldiers' are forces nouns)"))
P = "2025-03-12"
add(C("F19", "F19i-counter", P,
      "Czech troops are expected in Moldova in May to train local engineers in mine clearance, the minister said.",
      expect=[E("deployment", ["CZE", "MDA"], "2025-05", deployer="CZE", host="MDA", status="planned")],
      note="counterexample: 'troops are expected in <State>'"))
P = "2025-03-12"
add(C("F19", "F19j-counter", P,
      "About 200 Romanian paratroopers will deploy to Bulgaria in April.",
      expect=[E("deployment", ["BGR", "ROU"], "2025-04", deployer="ROU", host="BGR", personnel=200)],
      note="counterexample: 'paratroopers' is a forces noun"))

# ---------------------------------------------------------------- F20 deals: items as subject, 'signed up for'
P = "2025-07-16"
add(C("F20", "F20a", P,
      "ASTANA – Twenty Otokar Arma armoured vehicles, bought for US$ 60 million, will go to the Kazakh airborne "
      "brigade in Kapshagay, an Otokar official said.",
      expect=[E("export_deal", ["KAZ", "TUR"], None, seller="TUR", buyer="KAZ", quantity=20)],
      note="'<N> <items> from|by <firm>, bought for <money>, will go to <buyer's unit>' ('Kazakhstan bought <N> "
           "<items> for <money>' works: F20i-counter)"))
P = "2025-07-16"
add(C("F20", "F20b", P,
      "TASHKENT – Eight Hürkuş trainers from Turkish Aerospace, purchased for US$ 110 million, will equip the Uzbek "
      "air force school in Jizzakh.",
      expect=[E("export_deal", ["TUR", "UZB"], None, seller="TUR", buyer="UZB", quantity=8)],
      note="'<N> <items> from <firm>, purchased for <money>, will equip <buyer's unit>'"))
P = "2025-07-16"
add(C("F20", "F20c", P,
      "MINISTRY OF DEFENCE OF AZERBAIJAN – INFORMATION\n\n"
      "A contract was concluded with Aselsan on Monday for the supply of coastal radars to the Naval Forces, worth "
      "US$ 45 million, the Ministry of Defence reports.",
      expect=[E("export_deal", ["AZE", "TUR"], prev(P, "Monday"), seller="TUR", buyer="AZE")],
      note="agentless 'A contract was concluded <time> with <firm> for the supply of <items> to <own forces>': the "
           "buyer is the issuing ministry (set-23 F2 again)"))
P = "2025-07-16"
add(C("F20", "F20d", P,
      "MINISTRY OF DEFENCE OF AZERBAIJAN – INFORMATION\n\n"
      "A contract was signed on Monday with the Israeli company Elbit Systems for the supply of 12 drones to the Air "
      "Force, worth US$ 90 million.",
      expect=[E("export_deal", ["AZE", "ISR"], prev(P, "Monday"), seller="ISR", buyer="AZE")],
      note="the same with 'was signed'"))
P = "2025-07-16"
add(C("F20", "F20e", P,
      "Canberra has signed up for 20 Black Hawk helicopters from the US Government for A$ 2.8 billion, in a deal "
      "closed on Monday.",
      expect=[E("export_deal", ["AUS", "USA"], prev(P, "Monday"), seller="USA", buyer="AUS")],
      note="'has signed up for <items> from <seller>' ('has bought' works: F20j-counter)"))
P = "2025-07-16"
add(C("F20", "F20f", P,
      "Chile has signed on for six F-16 fighters from the United States, at a cost of US$ 400 million, in a deal "
      "finalised on Tuesday.",
      expect=[E("export_deal", ["CHL", "USA"], prev(P, "Tuesday"), seller="USA", buyer="CHL")],
      note="'has signed on for <items> from <seller>'"))
P = "2025-07-16"
add(C("F20", "F20g", P,
      "Oslo has committed to 12 more K9 howitzers from South Korea's Hanwha, at a cost of NOK 2 billion, in a contract "
      "signed on Monday.",
      expect=[E("export_deal", ["KOR", "NOR"], prev(P, "Monday"), seller="KOR", buyer="NOR")],
      note="'has committed to <items> from <seller>'"))
P = "2025-07-16"
add(C("F20", "F20h", P,
      "Eighteen Caesar howitzers from KNDS France, paid for with €170 million from the state budget, will go to the "
      "Estonian artillery battalion, the ministry said.",
      expect=[E("export_deal", ["EST", "FRA"], None, seller="FRA", buyer="EST", quantity=18)],
      note="items as subject, 'paid for with <money>'"))
P = "2025-07-16"
add(C("F20", "F20i-counter", P,
      "ASTANA – Kazakhstan bought twenty Otokar Arma armoured vehicles for US$ 60 million for its airborne brigade in "
      "Kapshagay.",
      expect=[E("export_deal", ["KAZ", "TUR"], None, seller="TUR", buyer="KAZ", quantity=20)],
      note="counterexample: the buyer as subject of 'bought'"))
P = "2025-07-16"
add(C("F20", "F20j-counter", P,
      "Australia has bought 20 Black Hawk helicopters from the US Government for A$ 2.8 billion, in a deal closed on "
      "Monday.",
      expect=[E("export_deal", ["AUS", "USA"], prev(P, "Monday"), seller="USA", buyer="AUS")],
      note="counterexample: 'has bought'"))
