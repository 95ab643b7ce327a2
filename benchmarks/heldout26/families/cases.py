"""Paraphrased test cases for the set-26 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are written out (they were computed
from the publication date with prev()/nxt() when the cases were drafted). No sentence here comes from set 26.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append


# ---------------------------------------------------------------- F1 arrival and meeting places the gazetteer does not know, berths and possessives
add(C("F1", "F1a", "2025-09-10",
      "A detachment of about 40 Romanian army sappers are to deploy to Cahul in October to help the Moldovan "
      "army repair a river crossing.",
      expect=[E("deployment", ["MDA", "ROU"], "2025-10", deployer="ROU", host="MDA", personnel=40, location="Cahul")],
      note="an unlisted town: no host and no place, though the host's army is named in the clause ('to Chisinau' "
      "works: F1h-counter)"))
add(C("F1", "F1b", "2025-09-10",
      "Rwanda plans to dispatch an initial contingent of roughly 300 troops to the Borgou and Donga "
      "departments during the fourth quarter, to operate with Beninese units.",
      expect=[E("deployment", ["BEN", "RWA"], "2025-Q4", deployer="RWA", host="BEN", personnel=300)],
      note="unlisted regions ('the <A> and <B> departments'): the deployer only"))
add(C("F1", "F1c", "2025-09-10",
      "Nigeria is to move a further battalion of some 600 troops to Kousseri in November, under the authority "
      "of the Lake Chad regional task force, to reinforce Cameroonian troops.",
      expect=[E("deployment", ["CMR", "NGA"], "2025-11", deployer="NGA", host="CMR", personnel=600, location="Kousseri")],
      note="the same with an unlisted border town"))
add(C("F1", "F1d", "2025-09-10",
      "A Portuguese Navy corvette is to be based in Espargos from October for three months, with Cabo Verdean "
      "officers embarked.",
      expect=[E("deployment", ["CPV", "PRT"], "2025-10", deployer="PRT", host="CPV", location="Espargos")],
      note="'will be based in <unlisted town>': no host"))
add(C("F1", "F1e", "2025-09-10",
      "The Belgian patrol vessel Castor tied up at Youghal's town quay on Thursday for a three-day visit. "
      "Irish naval officers toured the ship on Friday.",
      expect=[E("deployment", ["BEL", "IRL"], "2025-09-04", deployer="BEL", host="IRL", location="Youghal")],
      note="an unlisted port in the possessive ('<town>'s <quay>'): the place keeps the possessive and gives no host"))
add(C("F1", "F1f", "2025-09-10",
      "MAURITIUS PORTS AUTHORITY - Port Louis, 10 September 2025\n\n1. The Indian Navy survey ship INS Darshak "
      "berthed at Quay C on Monday and is scheduled to stay until 20 September.",
      expect=[E("deployment", ["IND", "MUS"], "2025-09-08", deployer="IND", host="MUS", location="Port Louis")],
      note="a berth named by a letter ('Quay C') is taken as the place ('Quay'); the notice's port (its dateline) "
      "is not"))
add(C("F1", "F1g", "2025-09-10",
      "Luxembourg's defence minister met her Belgian colleague in Braine-le-Comte on Monday to review the "
      "binational battalion.",
      expect=[E("meeting", ["BEL", "LUX"], "2025-09-08", location="Braine-le-Comte")],
      note="an unlisted meeting town: the meeting has no place"))
add(C("F1", "F1h-counter", "2025-09-10",
      "A detachment of about 40 Romanian army sappers are to deploy to Chisinau in October to help the "
      "Moldovan army repair a river crossing.",
      expect=[E("deployment", ["MDA", "ROU"], "2025-10", deployer="ROU", host="MDA", personnel=40)],
      note="counterexample: a listed city"))
add(C("F1", "F1i-counter", "2025-09-10",
      "A detachment of about 40 Romanian army sappers are to deploy to Iasi in October to help rebuild a "
      "bridge on the Prut.",
      absent=["deployment"],
      note="counterexample: a town in the deployer's own country is no deployment"))

# ---------------------------------------------------------------- F2 the speaker's 'I' and 'we'
add(C("F2", "F2a", "2024-11-20",
      "Answer by the Defence Minister to written question No. 311 [unofficial translation from German]\n\n1. I "
      "met my Dutch counterpart in Eindhoven on 4 November to review the joint tank battalion.\n\n3. Staff "
      "talks with the Netherlands continue. Our officers train in the Netherlands, the Netherlands has offered "
      "places on its courses, and the Netherlands will host the next review. Relations with the Netherlands "
      "are excellent.",
      expect=[E("meeting", ["DEU", "NLD"], "2024-11-04")],
      note="'I met my <demonym> counterpart': the speaker is taken as the story's most-named state, here the "
      "guest's, so the meeting has one party and is dropped (with the guest's state named once it is read: "
      "F2i-counter)"))
add(C("F2", "F2b", "2024-11-20",
      "Minister of Defence - press conference, 20 November 2024 (provisional translation from "
      "Korean)\n\nMINISTER: Yesterday I had talks here in Seoul with the Defence Minister of Australia, "
      "Richard Marles.\n\nQ: Will Australia buy Korean frigates?\n\nMINISTER: That is for Australia to say. "
      "Our ties with Australia are close, and Australia and the Philippines are both partners. Australia will "
      "host the next talks.",
      expect=[E("meeting", ["AUS", "KOR"], "2024-11-19", location="Seoul")],
      note="'I held talks here in <capital> with <foreign title>': 'here in <capital>' and the translation note do "
      "not outweigh the guest's state, named three times; the meeting has the visitor only"))
add(C("F2", "F2c", "2024-11-20",
      "Minister of Defence - press conference, 20 November 2024 (provisional translation from "
      "Korean)\n\nMINISTER: Yesterday I had talks here in Seoul with the Defence Minister of Australia, "
      "Richard Marles. After our discussion we signed an arrangement on defence industry cooperation.\n\nQ: "
      "Will Australia buy Korean frigates?\n\nMINISTER: That is for Australia to say. Our ties with Australia "
      "are close, and Australia and the Philippines are both partners. Australia will host the next talks.",
      expect=[E("agreement", ["AUS", "KOR"], "2024-11-19")],
      note="'we signed' after the speaker's talks: no signers"))
add(C("F2", "F2d", "2024-11-20",
      "Answer by the Defence Minister to written question No. 311 [unofficial translation from German]\n\n1. I "
      "met my Dutch counterpart in Eindhoven on 4 November.\n\n2. At that meeting we put our names to a "
      "technical arrangement on the integration of the tank companies.\n\n3. Staff talks with the Netherlands "
      "continue. Our officers train in the Netherlands, the Netherlands has offered places on its courses, and "
      "the Netherlands will host the next review. Relations with the Netherlands are excellent.",
      expect=[E("agreement", ["DEU", "NLD"], "2024-11-04")],
      note="'At that meeting we put our names to': the same"))
add(C("F2", "F2e", "2024-11-20",
      "MINISTER: Good morning. First, the Pacific. I'll be in Suva on Thursday to meet Fiji's Prime Minister "
      "and talk about maritime surveillance with Fiji's defence officials. Fiji is a close partner.",
      expect=[E("meeting", ["FJI", "NZL"], "2024-11-21", status="planned", location="Suva")],
      note="'I'll be in <city> on <day> to meet <foreign leader>': no state for the speaker; nothing is read (the "
      "briefing gives no home: gold takes it from the ministry's own country)"))
add(C("F2", "F2f", "2024-11-20",
      "WITNESS: Thank you, Chair. Canada works closely with Japan, and Japan has asked for more exchanges. We "
      "hope to conclude a memorandum on defence research with Japan in Ottawa in February.",
      expect=[E("agreement", ["CAN", "JPN"], "2025-02", status="planned", location="Ottawa")],
      note="'We expect to sign <instrument> with <State> in <own capital> in <month>': 'we' gives no party, and the "
      "home named once is outweighed"))
add(C("F2", "F2g", "2024-11-20",
      "Minister of Defence - press conference (provisional translation from Japanese)\n\nMINISTER: This "
      "morning I met here in Tokyo the Defence Minister of Vietnam, General Phan Van Giang.\n\nQ: Will Vietnam "
      "buy Japanese radars?\n\nMINISTER: Our cooperation with Vietnam is not aimed at any third country.",
      expect=[E("meeting", ["JPN", "VNM"], "2024-11-20", location="Tokyo")],
      note="the same as F2b with 'met here in <capital>'"))
add(C("F2", "F2h", "2024-11-20",
      "Statement by the Minister of Defence\n\nOn Monday I met my Swedish colleague in Turku. When our "
      "discussion was over, we signed a letter of intent on air defence. Sweden and our forces already train "
      "together, Sweden will host the next round, and Sweden's army will send officers to our schools. Sweden "
      "is our closest partner.",
      expect=[E("agreement", ["FIN", "SWE"], "2024-11-18")],
      note="'we signed' when the guest's state is the most named (no dateline, no language note)"))
add(C("F2", "F2i-counter", "2024-11-20",
      "Answer by the Defence Minister to written question No. 311 [unofficial translation from German]\n\n1. I "
      "met my Dutch counterpart in Eindhoven on 4 November to review the joint tank battalion.",
      expect=[E("meeting", ["DEU", "NLD"], "2024-11-04")],
      note="counterexample: the guest's state named once (the translation note places the speaker)"))
add(C("F2", "F2j-counter", "2024-11-20",
      "WITNESS: I would like to meet my Japanese counterpart one day, but nothing is planned, and we have no "
      "agreement to sign with Japan.",
      absent=["meeting", "agreement"],
      note="counterexample: a wish and a negation in the first person"))
add(C("F2", "F2k-counter", "2024-11-20",
      "Statement by the Minister of Defence of Finland (translated from Finnish)\n\nOn Monday I met my Swedish "
      "colleague in Turku. Once our discussion had ended, the two ministers signed a letter of intent on air "
      "defence.",
      expect=[E("meeting", ["FIN", "SWE"], "2024-11-18"), E("agreement", ["FIN", "SWE"], "2024-11-18")],
      note="counterexample: the speaker's state in the header and 'the two ministers signed'"))
add(C("F2", "F2l", "2025-04-16",
      "Slovakia's defence minister held talks in Rabat last Wednesday with the Inspector General of the Royal "
      "Armed Forces, General Mohammed Berrid, the first such visit in years.",
      expect=[E("meeting", ["MAR", "SVK"], "2025-04-09", location="Rabat")],
      note="a host office holder with no state ('the Inspector General of the Royal Armed Forces') is not placed by "
      "the capital of the talks; the meeting has the visitor only ('Morocco's Inspector General' works: "
      "F2r-counter)"))
add(C("F2", "F2m", "2025-04-16",
      "Slovakia's defence minister held talks in Rabat last Wednesday with the Inspector General of the Royal "
      "Armed Forces, General Mohammed Berrid. At the close of the talks the two sides signed a protocol on "
      "military engineering.",
      expect=[E("agreement", ["MAR", "SVK"], "2025-04-09")],
      note="with the meeting one-sided, 'the two sides signed' has no pair"))
add(C("F2", "F2n", "2025-04-16",
      "AGENCIA CABOVERDIANA DE NOTICIAS - Praia, 16 April 2025 (translated from Portuguese)\n\nSpain to send a "
      "patrol ship as Spanish ties grow\n\nThe Minister of Defence, Janine Lelis, is to host the Spanish Chief "
      "of Naval Staff, Admiral Antonio Pineiro, in Praia on Friday. A Spanish ship will visit in May, Spain "
      "has offered two boats, and Spanish officers will train the coast guard. Spain's navy is to base a ship "
      "in Mindelo.",
      expect=[E("meeting", ["CPV", "ESP"], "2025-04-18", status="planned", location="Praia")],
      note="'The Minister of Defence, <name>, will receive <foreign title> in <home capital>': the unqualified home "
      "minister takes the story's home, here the guest's state (named six times; the agency line ends in a "
      "language note, so it is no dateline) ('Cabo Verde's Minister of Defence' works: F2s-counter)"))
add(C("F2", "F2o", "2025-04-16",
      "On Friday the visiting Spanish frigate's captain went to Simon's Town to see the Flag Officer Fleet, "
      "Rear Admiral Musawenkosi Nkomonde.",
      expect=[E("meeting", ["ESP", "ZAF"], "2025-04-11", location="Simon's Town")],
      note="a host title that names no state ('the Flag Officer Fleet'), with 'went to <place> to see' (neither "
      "'called on' nor 'met' reads it while the title is stateless)"))
add(C("F2", "F2p", "2025-04-16",
      "On Friday the visiting Spanish frigate's captain called on the Flag Officer Fleet, Rear Admiral "
      "Musawenkosi Nkomonde, at Simon's Town. The pair signed a letter of intent on cadet exchanges.",
      expect=[E("agreement", ["ESP", "ZAF"], "2025-04-11")],
      note="the same with 'called on'; the signing by 'the pair' gets the publication day"))
add(C("F2", "F2q", "2025-04-16",
      "Chamber of Deputies - Answer by the Defence Minister to question No. 88, ties with Belgium (translated "
      "from French, unofficial)\n\n1. Relations with the Kingdom of Belgium are excellent, and Belgian and "
      "Luxembourg officers serve together.\n\n2. The Directorate of Defence concluded on Monday a contract "
      "with the Belgian firm FN Herstal for 90 Minimi machine guns, for an amount of EUR 1,200,000. Our "
      "company will thus carry the weapons its Belgian partners carry.",
      expect=[E("export_deal", ["BEL", "LUX"], "2025-04-14", seller="BEL", buyer="LUX")],
      note="a bare home organ ('the Directorate of Defence') takes the home, here the translation note's language "
      "(FRA, weighed as a first-line naming) rather than the state whose parliament is answered"))
add(C("F2", "F2r-counter", "2025-04-16",
      "Slovakia's defence minister held talks in Rabat last Wednesday with Morocco's Inspector General of the "
      "Royal Armed Forces, General Mohammed Berrid. At the close of the talks the two sides signed a protocol "
      "on military engineering.",
      expect=[E("meeting", ["MAR", "SVK"], "2025-04-09"), E("agreement", ["MAR", "SVK"], "2025-04-09")],
      note="counterexample: the host's state named"))
add(C("F2", "F2s-counter", "2025-04-16",
      "PRAIA NEWS AGENCY - Praia, 16 April 2025\n\nCabo Verde's Minister of Defence, Janine Lelis, will "
      "receive the Portuguese Chief of Naval Staff, Admiral Gouveia e Melo, in Praia on Friday for talks on "
      "coast guard training.",
      expect=[E("meeting", ["CPV", "PRT"], "2025-04-18", status="planned")],
      note="counterexample: the home minister's state named"))
add(C("F2", "F2t-counter", "2025-04-16",
      "The Inspector General of the Royal Armed Forces inspected the southern garrisons on Wednesday and met "
      "local commanders.",
      absent=["meeting"],
      note="counterexample: a stateless office holder at home with no foreign party"))

# ---------------------------------------------------------------- F3 deal items and quantity: bare kinds, coordinated kinds, a single item
add(C("F3", "F3a", "2025-07-16",
      "Larsen & Toubro reported that its defence unit had secured an order from the Moroccan Ministry of "
      "Defence worth Rs 900 crore for mounted artillery guns, signed on 30 June.",
      expect=[E("export_deal", ["IND", "MAR"], "2025-06-30", seller="IND", buyer="MAR", items=["mounted artillery guns"])],
      note="items told by a bare plural kind, with no number and no system name ('for <kind>s'), are not kept ('for "
      "30 mounted artillery guns' works: F3h-counter)"))
add(C("F3", "F3b", "2025-07-16",
      "Chad's defence ministry concluded on Monday a contract worth 4.2 billion CFA francs with the Turkish "
      "firm MKE for machine guns and cartridges for its border units.",
      expect=[E("export_deal", ["TCD", "TUR"], "2025-07-14", seller="TUR", buyer="TCD", items=["machine guns", "cartridges"])],
      note="the same with two coordinated kinds after 'with <firm> for'"))
add(C("F3", "F3c", "2025-07-16",
      "Latvia's defence ministry concluded on Friday a EUR 18 million contract with Terma for Scanter search "
      "and tracking radars for new navy patrol ships.",
      expect=[E("export_deal", ["DNK", "LVA"], "2025-07-11", seller="DNK", buyer="LVA", items=["Scanter"])],
      note="'for <system> <kind> and <kind> radars': the coordination hides the system name"))
add(C("F3", "F3e", "2025-07-16",
      "Last week Romania's navy closed a EUR 60 million contract with the Italian yard Fincantieri for a new "
      "coastal minehunter, its first warship ordered in a decade.",
      expect=[E("export_deal", ["ITA", "ROU"], None, seller="ITA", buyer="ROU", quantity=1, items=["coastal minehunter"])],
      note="'closed a <money> contract with <firm> for a <item>': only the background rule reads 'closed a "
      "contract', and it keeps no quantity and no items"))
add(C("F3", "F3h-counter", "2025-07-16",
      "The Moroccan Ministry of Defence signed a contract with Larsen & Toubro for 30 mounted artillery guns "
      "worth Rs 900 crore on 30 June.",
      expect=[E("export_deal", ["IND", "MAR"], "2025-06-30", seller="IND", buyer="MAR", quantity=30)],
      note="counterexample: a number before the kind"))
add(C("F3", "F3i-counter", "2025-07-16",
      "The Navy of Sri Lanka signed on Monday a contract worth EUR 60 million with the Italian shipbuilder "
      "Fincantieri for two new coastal minehunters.",
      expect=[E("export_deal", ["ITA", "LKA"], "2025-07-14", seller="ITA", buyer="LKA", quantity=2)],
      note="counterexample: 'for two <items>'"))

# ---------------------------------------------------------------- F4 sellers: makers in no list, told a sentence before, or by 'the company'
add(C("F4", "F4a", "2025-04-23",
      "The Guyana Defence Force signed a GYD 2.9 billion contract with the British boatyard Halmatic Marine "
      "Craft for four interceptor boats at a ceremony in Georgetown on Thursday.",
      expect=[E("export_deal", ["GBR", "GUY"], "2025-04-17", seller="GBR", buyer="GUY")],
      note="a maker in no list, even with its demonym ('the British boatbuilder <firm>'), gives no seller ('with "
      "Thales Australia' works: F4h-counter)"))
add(C("F4", "F4b", "2025-04-23",
      "Swiss demining machine builder Digger DTR has landed its first order in Asia. Cambodia's army bought "
      "eight D-250 machines for US$ 9 million; the deal was closed at the end of March.",
      expect=[E("export_deal", ["CHE", "KHM"], "2025-03", seller="CHE", buyer="KHM")],
      note="the maker named in the sentence before ('<demonym> maker <firm> has made its first sale'), unlisted: no "
      "seller"))
add(C("F4", "F4c", "2025-04-23",
      "Mozambique's army chief was in Lisbon last week. During the stay, the Mozambican armed forces "
      "contracted for five drones from UAVision, a deal worth 900 million meticais.",
      expect=[E("export_deal", ["MOZ", "PRT"], None, seller="PRT", buyer="MOZ")],
      note="an unlisted maker after 'from': the seller is taken from another state of the story, or none"))
add(C("F4", "F4d", "2025-04-23",
      "Tajikistan's defence ministry also concluded a contract with the Barysaw Automotive Works of Belarus "
      "for 12 heavy trucks worth 90 million somoni.",
      expect=[E("export_deal", ["BLR", "TJK"], None, seller="BLR", buyer="TJK")],
      note="a maker in no list, its city in its name: no seller"))
add(C("F4", "F4e", "2025-04-23",
      "Indian firm Tonbo Imaging announced that it won a contract from the Kenyan Army for 30 thermal sights "
      "worth US$ 20 million, signed in Nairobi on 2 April.",
      expect=[E("export_deal", ["IND", "KEN"], "2025-04-02", seller="IND", buyer="KEN")],
      note="the same with '<firm> announced that it won a contract from' (a listed maker in that frame is read)"))
add(C("F4", "F4f", "2025-04-23",
      "Kongsberg today announces two export contracts.\n\nOn Monday, at naval headquarters in Jakarta, the "
      "firm concluded a contract with the Indonesian Navy valued at IDR 900 billion for naval strike missiles.",
      expect=[E("export_deal", ["IDN", "NOR"], "2025-04-21", seller="NOR", buyer="IDN")],
      note="'the firm concluded' after fronted day and place adjuncts: the back-reference to the announcing firm is "
      "not resolved"))
add(C("F4", "F4h-counter", "2025-04-23",
      "The Guyana Defence Force signed a GYD 2.9 billion contract with Thales Australia for four Bushmaster "
      "vehicles at a ceremony in Georgetown on Thursday.",
      expect=[E("export_deal", ["AUS", "GUY"], "2025-04-17", seller="AUS", buyer="GUY")],
      note="counterexample: a listed maker"))
add(C("F4", "F4i-counter", "2025-04-23",
      "Swiss demining machine builder Digger DTR is testing a new machine at its plant near Bern and has not "
      "yet found a buyer for it.",
      absent=["export_deal"],
      note="counterexample: a maker with no sale"))

# ---------------------------------------------------------------- F5 ongoing presence told by other verbs or a pronoun
add(C("F5", "F5a", "2025-08-20",
      "France has kept up a naval presence off the coast of Gabon since 2015 under the two countries' maritime "
      "security programme.",
      expect=[E("deployment", ["FRA", "GAB"], "2015", deployer="FRA", host="GAB", status="ongoing")],
      note="'<State> has kept up a naval presence off the coast of <State> since <year>' is not read"))
add(C("F5", "F5b", "2025-08-20",
      "The Ghanaian battalion, which has served in south Lebanon with the UN peacekeeping force since March "
      "2019, reported another quiet month.",
      expect=[E("deployment", ["GHA", "LBN"], "2019-03", deployer="GHA", host="LBN", status="ongoing")],
      note="'<unit>, which has served in <region of State> under <mission> since <month>': not read"))
add(C("F5", "F5c", "2025-08-20",
      "Our navy's submarine school has trained its crews at Garden Island in Sydney since 2009, the ministry "
      "of defence of Singapore said.",
      expect=[E("deployment", ["AUS", "SGP"], "2009", deployer="SGP", host="AUS", status="ongoing")],
      note="'<school> has trained its <people> at <base> in <place> since <year>' is no presence verb"))
add(C("F5", "F5d", "2025-08-20",
      "A Brazilian Navy training team, nine people at present, has been working alongside the Sao Tome coast "
      "guard in Sao Tome since June 2023.",
      expect=[E("deployment", ["BRA", "STP"], "2023-06", deployer="BRA", host="STP", status="ongoing", personnel=9)],
      note="'<team> has been working with <host unit> in <city> since <month>' is not read"))
add(C("F5", "F5e", "2025-08-20",
      "The Dutch patrol vessel Groningen has remained alongside at the Port Louis oil jetty since 2 August for "
      "engine repairs.",
      expect=[E("deployment", ["MUS", "NLD"], "2025-08-02", deployer="NLD", host="MUS", status="ongoing")],
      note="'<ship> has remained alongside at <berth> since <date>' is not read"))
add(C("F5", "F5f", "2025-08-20",
      "Hardly any Italian unit overseas keeps a lower profile than the Leone detachment. It has flown from the "
      "Djiboutian capital since May 2012, with a C-27J aircraft and about 40 airmen.",
      expect=[E("deployment", ["DJI", "ITA"], "2012-05", deployer="ITA", host="DJI", status="ongoing", personnel=40, name="Leone")],
      note="'It has flown|operated from the <demonym> capital since <month>': the pronoun's antecedent ('the <name> "
      "detachment') gives no name, 'the <demonym> capital' no place or host, and the event is taken as "
      "completed"))
add(C("F5", "F5g", "2025-08-20",
      "Our army's helicopter school has schooled its pilots at Sheppard air force base in Texas since 1998.",
      expect=[E("deployment", ["SGP", "USA"], "1998", deployer="SGP", host="USA", status="ongoing")],
      note="as F5c (the deployer from 'Our' is the ministry's own state: only the handle or masthead tells it)"))
add(C("F5", "F5h-counter", "2025-08-20",
      "France has kept a naval presence in Gabon since 2015 under the two countries' maritime security "
      "programme.",
      expect=[E("deployment", ["FRA", "GAB"], "2015", deployer="FRA", host="GAB", status="ongoing")],
      note="counterexample: 'has kept a naval presence in <State>'"))
add(C("F5", "F5i-counter", "2025-08-20",
      "The Italian detachment has operated from Djibouti since May 2012, with a C-27J aircraft and about 40 "
      "airmen.",
      expect=[E("deployment", ["DJI", "ITA"], "2012-05", deployer="ITA", host="DJI", status="ongoing", personnel=40)],
      note="counterexample: the detachment and the city named"))
add(C("F5", "F5j-counter", "2025-08-20",
      "The Ghanaian battalion served in southern Lebanon from 2019 to 2021 and has since returned home.",
      absent=["deployment"],
      note="counterexample: a finished tour, told as background"))

# ---------------------------------------------------------------- F6 deals told with the contract as subject, as a copula, or planned by a firm
add(C("F6", "F6a", "2025-06-18",
      "MINISTER: Next, land forces. The contract with Rheinmetall for 30 Boxer vehicles, worth NZ$120 million "
      "with support, was signed on Friday. The Boxers replace our oldest fleet.\n\nQ: Will New Zealand buy "
      "more?",
      expect=[E("export_deal", ["DEU", "NZL"], "2025-06-13", seller="DEU", buyer="NZL", quantity=30, money="120000000 NZD")],
      note="'The contract with <maker> for <items>, worth <money>, was signed on <day>': the contract as subject "
      "with the buyer left to the speaker's state gives nothing"))
add(C("F6", "F6b", "2025-06-18",
      "According to the ministry, a contract for six AW149 helicopters from Leonardo, worth about 90 billion "
      "tenge, should be signed next month, Kazakhstan's defence minister confirmed.",
      expect=[E("export_deal", ["ITA", "KAZ"], "2025-07", seller="ITA", buyer="KAZ", status="planned")],
      note="'a contract for <items> from <maker> ... is expected to be signed <time>': the planned passive with the "
      "contract as subject is not read"))
add(C("F6", "F6c", "2025-06-18",
      "Vietnam's defence minister was received in Seoul on Tuesday. The deal concluded during the visit was a "
      "contract for two corvettes from Hyundai Heavy Industries, worth US$ 600 million, for the Vietnam "
      "People's Navy.",
      expect=[E("export_deal", ["KOR", "VNM"], "2025-06-17", seller="KOR", buyer="VNM", money="600000000 USD")],
      note="'The deal <sealed ...> was a contract for <items> from <maker>, worth <money>, for <buyer>': a copula, "
      "not read"))
add(C("F6", "F6d", "2025-06-18",
      "Theon International expects to sign in the third quarter of 2025 a second contract with the Peruvian "
      "Army for night scopes, worth roughly EUR 9 million.",
      expect=[E("export_deal", ["GRC", "PER"], "2025-Q3", seller="GRC", buyer="PER", status="planned")],
      note="'<firm> expects to sign <time> a contract with <buyer>': a planned contract with the time before the "
      "object is not read"))
add(C("F6", "F6e", "2025-06-18",
      "ALMATY (wire) - Kazakhstan has agreed to buy four patrol boats from Turkish builder Yonca-Onuk.\n\nOn "
      "Monday the Kazakh frontier service concluded a contract worth 30 billion tenge for the four vessels, a "
      "government statement said.",
      expect=[E("export_deal", ["KAZ", "TUR"], "2025-06-16", seller="TUR", buyer="KAZ")],
      note="'signed a contract worth <money> for the <N> vessels': the body's deal with no seller in its clause and "
      "an anaphoric 'the <N> vessels' is not read; only the lead's undated 'has agreed to buy' is (dated by "
      "publication)"))
add(C("F6", "F6f", "2025-06-18",
      "Guyana's defence ministry put its signature on Thursday to a GYD 9 billion contract with Damen "
      "Shipyards for two patrol boats for the navy.",
      expect=[E("export_deal", ["GUY", "NLD"], "2025-06-12", seller="NLD", buyer="GUY", quantity=2)],
      note="'put its signature <time> to a <money> contract with <maker>' is no contract verb ('signed on Monday a "
      "<money> contract' works: F6h-counter)"))
add(C("F6", "F6h-counter", "2025-06-18",
      "Guyana's defence ministry concluded on Monday a GYD 9 billion contract with Damen Shipyards for two "
      "patrol boats for the navy.",
      expect=[E("export_deal", ["GUY", "NLD"], "2025-06-16", seller="NLD", buyer="GUY", quantity=2)],
      note="counterexample: 'signed on Monday a contract'"))
add(C("F6", "F6i-counter", "2025-06-18",
      "A contract for six AW149 helicopters from Leonardo is not expected to be signed this year, Kazakhstan's "
      "defence minister said.",
      absent=["export_deal"],
      note="counterexample: a negated planned signing"))
add(C("F6", "F6j-counter", "2025-06-18",
      "The contract with Rheinmetall for 30 Boxer vehicles for the New Zealand Army, worth NZ$120 million, was "
      "signed on Friday.",
      expect=[E("export_deal", ["DEU", "NZL"], "2025-06-13", seller="DEU", buyer="NZL")],
      note="counterexample: the buyer named in the contract's noun phrase"))

# ---------------------------------------------------------------- F7 talk, reports, police buys, denials and homeward sailings read as deals and deployments
add(C("F7", "F7b", "2026-03-11",
      "Q: There are reports that South Korea will transfer two Pohang-class corvettes to Vietnam. Did you "
      "raise it?\n\nMINISTER: Both sides are looking at the idea. No decision has been made.",
      absent=["export_deal"],
      note="'There are reports that <State> will transfer <items> to <State>' (a question, then 'being studied') is "
      "read as a planned sale"))
add(C("F7", "F7c", "2026-03-11",
      "The Botswana Police Service took delivery this week of twelve armoured personnel carriers it bought "
      "from a South African firm, for its riot unit.",
      absent=["export_deal"],
      note="a police force's purchase is read as a defence deal"))
add(C("F7", "F7d", "2026-03-11",
      "The minister added that there were no plans for Japanese units to be stationed on Mongolian soil.",
      absent=["deployment"],
      note="'no plans for <troops> to be stationed in <State>' is read as a planned stationing"))
add(C("F7", "F7g-counter", "2026-03-11",
      "The two countries agreed on Monday to buy light transport aircraft together from Embraer, signing a "
      "joint order worth US$ 80 million.",
      note="counterexample: a real joint order (no expectation on how it is read; must not crash the rule)"))
add(C("F7", "F7h-counter", "2026-03-11",
      "The Spanish patrol ship Tornado sailed for Cork on Monday for a three-day visit to Ireland.",
      expect=[E("deployment", ["ESP", "IRL"], None, deployer="ESP", host="IRL")],
      note="counterexample: sailing for a foreign port"))
add(C("F7", "F7i-counter", "2026-03-11",
      "The minister said Japanese units would be stationed in Mongolia from April under the new agreement.",
      expect=[E("deployment", ["JPN", "MNG"], None, deployer="JPN", host="MNG")],
      note="counterexample: a stated stationing"))

# ---------------------------------------------------------------- F8 deployment strength, name, operation and place told apart from the verb
add(C("F8", "F8a", "2025-11-19",
      "The Senegalese Navy patrol vessel Fouladou arrived in Banjul on Monday and stays until Saturday, "
      "training with the Gambian Navy. The vessel carries 54 officers and ratings.",
      expect=[E("deployment", ["GMB", "SEN"], "2025-11-17", deployer="SEN", host="GMB", personnel=54)],
      note="the strength in the next sentence ('The vessel carries <N> officers and ratings') is not read ('arrived "
      "... with 54 officers and ratings' works: F8h-counter)"))
add(C("F8", "F8b", "2025-11-19",
      "The Italian Navy has operated from a support base in Djibouti since 2013, and a minister visited on "
      "Monday.\n\nItalian officials call the Djibouti facility a supply point, not a base. About 120 personnel "
      "are assigned there, supporting ships in the Red Sea.",
      expect=[E("deployment", ["DJI", "ITA"], "2013", deployer="ITA", host="DJI", personnel=120, status="ongoing")],
      note="'About <N> personnel are assigned there' a paragraph later, after a sentence naming the facility again, "
      "is not read (right after the presence it is: F8j-counter)"))
add(C("F8", "F8c", "2025-11-19",
      "The Turkish survey ship TCG Cesme berthed at Mombasa on Tuesday with a crew of some 140 and is to stay "
      "in port until 1 December.",
      expect=[E("deployment", ["KEN", "TUR"], "2025-11-18", deployer="TUR", host="KEN", personnel=140)],
      note="'with a crew of about <N> and will remain ...': the coordinated clause blocks the strength (without it "
      "the crew is read: F8i-counter)"))
add(C("F8", "F8d", "2025-11-19",
      "In Lebanon, the 19th rotation of South Korea's Danbi Unit, some 280 soldiers, reached Beirut aboard a "
      "chartered aircraft on Monday.",
      expect=[E("deployment", ["KOR", "LBN"], "2025-11-17", deployer="KOR", host="LBN", personnel=280, name="Danbi Unit")],
      note="'the <Nth> rotation of the <Name> Unit': the unit's name is not kept as the deployment's name"))
add(C("F8", "F8e", "2025-11-19",
      "On Monday a 700-strong Ghanaian battalion departed for the United Nations Mission in South Sudan, to "
      "take over from the departing contingent.",
      expect=[E("deployment", ["GHA", "SSD"], "2025-11-17", deployer="GHA", host="SSD", operation="United Nations Mission in South Sudan")],
      note="a mission written in full is reported by its acronym ('UNMISS'), which neither holds nor is held by the "
      "written name"))
add(C("F8", "F8f", "2025-11-19",
      "Chad will send a further battalion of about 500 soldiers to Maiduguri in January, under the orders of "
      "the Lake Chad Multinational Joint\nTask Force, bolstering Sector 3.",
      expect=[E("deployment", ["NGA", "TCD"], "2026-01", deployer="TCD", host="NGA", personnel=500, operation="Multinational Joint Task Force")],
      note="a hard-wrapped line break inside the force's name loses the operation (on one line it is read: "
      "F8k-counter)"))
add(C("F8", "F8f2", "2025-11-19",
      "Senegal will deploy a company of about 150 soldiers to Bamako in March as part of the United "
      "Nations\nMultidimensional Integrated Stabilization Mission, officials said.",
      expect=[E("deployment", ["MLI", "SEN"], "2026-03", deployer="SEN", host="MLI", operation="United Nations Multidimensional Integrated Stabilization Mission")],
      note="the same with 'as part of <mission>' broken across lines"))
add(C("F8", "F8g", "2025-11-19",
      "HMAS Adelaide will sail for Nuku'alofa in mid-December carrying engineers and supplies, and is to "
      "remain some two weeks.",
      expect=[E("deployment", ["AUS", "TON"], "2025-12", deployer="AUS", host="TON", location="Nuku'alofa")],
      note="'will sail for <capital>': the host is read but not the place"))
add(C("F8", "F8h-counter", "2025-11-19",
      "The Senegalese Navy patrol vessel Fouladou arrived in Banjul on Monday with 54 officers and ratings and "
      "will train with the Gambian Navy.",
      expect=[E("deployment", ["GMB", "SEN"], "2025-11-17", deployer="SEN", host="GMB", personnel=54)],
      note="counterexample: the strength with the arrival"))
add(C("F8", "F8i-counter", "2025-11-19",
      "The Turkish survey ship TCG Cesme berthed at Mombasa on Tuesday with a crew of some 140.",
      expect=[E("deployment", ["KEN", "TUR"], "2025-11-18", deployer="TUR", host="KEN", personnel=140)],
      note="counterexample: the crew with nothing after it"))
add(C("F8", "F8j-counter", "2025-11-19",
      "The Italian Navy has operated from a support base in Djibouti since 2013. About 120 personnel are "
      "assigned there, supporting ships in the Red Sea.",
      expect=[E("deployment", ["DJI", "ITA"], "2013", deployer="ITA", host="DJI", personnel=120, status="ongoing")],
      note="counterexample: the strength in the next sentence"))
add(C("F8", "F8k-counter", "2025-11-19",
      "Chad will send a further battalion of about 500 soldiers to Maiduguri in January, under the orders of "
      "the Lake Chad Multinational Joint Task Force, bolstering Sector 3.",
      expect=[E("deployment", ["NGA", "TCD"], "2026-01", deployer="TCD", host="NGA", personnel=500, operation="Multinational Joint Task Force")],
      note="counterexample: the name on one line"))

# ---------------------------------------------------------------- F9 signing told by a pronoun, an idiom or an interrupted verb
add(C("F9", "F9a", "2025-03-12",
      "Lithuania's defence minister sat down with his Polish counterpart in Vilnius on Monday for talks on the "
      "Suwalki corridor. Before the press was let in they signed a memorandum on joint air defence exercises.",
      expect=[E("agreement", ["LTU", "POL"], "2025-03-10")],
      note="'they signed': a plural pronoun for the meeting's pair gives no signers ('the two ministers signed' "
      "works: F9i-counter)"))
add(C("F9", "F9b", "2025-03-12",
      "Serbia's army chief hosted his Hungarian counterpart in Novi Sad on Monday. Once the talks were over "
      "they set their pens to a protocol on river crossing training.",
      expect=[E("agreement", ["HUN", "SRB"], "2025-03-10")],
      note="the same with '<fronted clause> they set their pens to' ('By the afternoon they ...' works: a fronted "
      "time is skipped)"))
add(C("F9", "F9c", "2025-03-12",
      "Officials in both capitals say a coast guard cooperation agreement between Mauritius and Madagascar is "
      "final. Both governments will sign it in Port Louis next Thursday.",
      expect=[E("agreement", ["MDG", "MUS"], "2025-03-13", status="planned")],
      note="'will sign it': a pronoun object pointing back at the instrument gives no agreement ('sign the "
      "agreement' works: F9j-counter)"))
add(C("F9", "F9d", "2025-03-12",
      "An accord on naval training between Chile and Peru is ready, officials said. Both defence ministers "
      "will sign it in Arica on Friday.",
      expect=[E("agreement", ["CHL", "PER"], "2025-03-14", status="planned")],
      note="the same with 'will sign it'"))
add(C("F9", "F9e", "2025-03-12",
      "The Estonian and Latvian defence ministers met in Valga on Monday. At the close of the talks the "
      "delegations swapped signed copies of an agreement on border surveillance.",
      expect=[E("agreement", ["EST", "LVA"], "2025-03-10")],
      note="'the delegations swapped signed copies|originals of <instrument>': 'swapped' is no signing verb (with "
      "'the two delegations' as subject the participle is read as the verb; 'exchanged signed originals' "
      "works: F9m-counter)"))
add(C("F9", "F9f", "2025-03-12",
      "Kazakhstan's defence minister received his Uzbek counterpart in Astana on Monday. When the talks ended, "
      "the delegations swapped signed texts of a plan of military cooperation for 2025.",
      expect=[E("agreement", ["KAZ", "UZB"], "2025-03-10")],
      note="the same with 'swapped signed texts of'"))
add(C("F9", "F9g", "2025-03-12",
      "09:40 - Greece's defence minister and his Cypriot counterpart are now in talks in Nicosia. 12:15 - "
      "Signed: the ministers put their signatures a moment ago to a memorandum on search and rescue.",
      expect=[E("agreement", ["CYP", "GRC"], "2025-03-12")],
      note="'put their signatures <time> to': a time between the verb and 'to' breaks the idiom ('put their "
      "signatures to' works: F9k-counter)"))
add(C("F9", "F9h", "2025-03-12",
      "The army chiefs of Bolivia and Paraguay met in Asuncion on Monday for their first bilateral meeting "
      "since the border incidents of last year, and came away with a signed memorandum on joint river patrols.",
      expect=[E("agreement", ["BOL", "PRY"], "2025-03-10")],
      note="'met ... and came away|left with a signed <instrument>': read only when the second verb is close to the "
      "first; a long 'for <their first ... since ...>' between them blocks it"))
add(C("F9", "F9i-counter", "2025-03-12",
      "Lithuania's defence minister sat down with his Polish counterpart in Vilnius on Monday for talks on the "
      "Suwalki corridor. Before the press was let in the two ministers signed a memorandum on joint air "
      "defence exercises.",
      expect=[E("agreement", ["LTU", "POL"], "2025-03-10")],
      note="counterexample: 'the two ministers signed'"))
add(C("F9", "F9j-counter", "2025-03-12",
      "Officials in both capitals say a coast guard cooperation agreement between Mauritius and Madagascar is "
      "final. Both governments are to sign the agreement in Port Louis next Thursday.",
      expect=[E("agreement", ["MDG", "MUS"], "2025-03-13", status="planned")],
      note="counterexample: the instrument named again"))
add(C("F9", "F9k-counter", "2025-03-12",
      "Greece's defence minister and his Cypriot counterpart held talks in Nicosia on Monday, and both "
      "ministers put their signatures to a memorandum on search and rescue.",
      expect=[E("agreement", ["CYP", "GRC"], "2025-03-10")],
      note="counterexample: 'put their signatures to'"))
add(C("F9", "F9l-counter", "2025-03-12",
      "Estonia and Latvia have not signed any agreement on border surveillance, and the two ministers said in "
      "Valga on Monday that they would not sign one this year.",
      absent=["agreement"],
      note="counterexample: a negated signing with 'they'"))
add(C("F9", "F9m-counter", "2025-03-12",
      "Kazakhstan's defence minister received his Uzbek counterpart in Astana on Monday. When the talks ended, "
      "the delegations exchanged signed originals of a plan of military cooperation for 2025.",
      expect=[E("agreement", ["KAZ", "UZB"], "2025-03-10")],
      note="counterexample: 'exchanged signed originals of'"))

# ---------------------------------------------------------------- F10 instrument-first passives and their status
add(C("F10", "F10a", "2025-10-15",
      "Mariners are advised that the survey follows the maritime security agreement between Seychelles and "
      "India, which was signed at State House on Friday.",
      expect=[E("agreement", ["IND", "SYC"], "2025-10-10")],
      note="', which was signed <place> <day>' after '<instrument> between <A> and <B>': the comma relative is not "
      "read ('that was signed' works: F10i-counter)"))
add(C("F10", "F10b", "2025-10-15",
      "The training mission rests on the status-of-forces agreement between Estonia and Finland, which was "
      "signed in Tallinn last month.",
      expect=[E("agreement", ["EST", "FIN"], "2025-09", location="Tallinn")],
      note="the same with a month"))
add(C("F10", "F10c", "2025-10-15",
      "The protocol extending the detachment's stay for five more years was signed in Lisbon last month by "
      "Cabo Verde's secretary of state for internal administration and the Portuguese defence ministry's "
      "director general.",
      expect=[E("agreement", ["CPV", "PRT"], "2025-09", location="Lisbon")],
      note="the signers' titles give the parties, but a non-defence portfolio in one title ('secretary of state for "
      "internal administration', 'permanent secretary for home affairs') drops the event (without the "
      "portfolio it is read: F10j-counter)"))
add(C("F10", "F10d", "2025-10-15",
      "The agreement renewing the training mission for three years was signed in Valletta last month by "
      "Libya's deputy minister for home affairs and Italy's defence secretary-general.",
      expect=[E("agreement", ["ITA", "LBY"], "2025-09", location="Valletta")],
      note="the same with 'deputy minister for home affairs'"))
add(C("F10", "F10e", "2025-10-15",
      "An arrangement extending the Dutch helicopter school's stay at Fort Hood for ten more years got its "
      "signatures on Friday from the Netherlands' defence secretary-general and the US Army's assistant "
      "secretary.",
      expect=[E("agreement", ["NLD", "USA"], "2025-10-10")],
      note="'<instrument> got|received its signatures <time> from <A> and <B>' is no signing verb"))
add(C("F10", "F10f", "2025-10-15",
      "A memorandum on pilot training between Brunei and Singapore received its final signatures on Friday "
      "from the two defence permanent secretaries.",
      expect=[E("agreement", ["BRN", "SGP"], "2025-10-10")],
      note="the same with 'received its final signatures'"))
add(C("F10", "F10g", "2025-10-15",
      "Kenya's defence minister met her Tanzanian counterpart in Arusha on Monday. Next came a memorandum on "
      "border patrols, signed by both ministers ahead of lunch, that sets up a joint command post.",
      expect=[E("agreement", ["KEN", "TZA"], "2025-10-13", status="completed")],
      note="'Next came <instrument>, signed by <signers>': the reduced passive after 'came' is taken as planned and "
      "undated (without 'Next came' it is completed and dated: F10k-counter)"))
add(C("F10", "F10h", "2025-10-15",
      "The howitzer contract is the first one to be concluded under the industrial cooperation agreement "
      "between Poland and South Korea that was signed in Warsaw earlier this month by the two defence "
      "ministers.",
      expect=[E("agreement", ["KOR", "POL"], "2025-10", status="completed", location="Warsaw")],
      note="'<contract> is the first one to be concluded under <instrument> that was signed ...': the head clause's "
      "'to be concluded' is read as the signing verb, planned ('<order> is the first under ...' is completed: "
      "F10m-counter)"))
add(C("F10", "F10h2", "2025-10-15",
      "The radar purchase is the second to be concluded under the cooperation agreement between Norway and "
      "Brazil that was signed in Oslo last month, the ministry said.",
      expect=[E("agreement", ["BRA", "NOR"], "2025-09", status="completed", location="Oslo")],
      note="the same with 'the second to be concluded under'"))
add(C("F10", "F10i-counter", "2025-10-15",
      "Mariners are advised that the survey follows the maritime security agreement between Seychelles and "
      "India that was signed at State House on Friday.",
      expect=[E("agreement", ["IND", "SYC"], "2025-10-10")],
      note="counterexample: 'that was signed'"))
add(C("F10", "F10j-counter", "2025-10-15",
      "The protocol extending the detachment's stay for five more years was signed in Lisbon last month by "
      "Cabo Verde's secretary of state and the Portuguese defence ministry's director general.",
      expect=[E("agreement", ["CPV", "PRT"], "2025-09", location="Lisbon")],
      note="counterexample: no portfolio in the title"))
add(C("F10", "F10k-counter", "2025-10-15",
      "Kenya's defence minister met her Tanzanian counterpart in Arusha on Monday. A memorandum on border "
      "patrols, signed by both ministers ahead of lunch, sets up a joint command post.",
      expect=[E("agreement", ["KEN", "TZA"], "2025-10-13", status="completed")],
      note="counterexample: the reduced passive without 'Next came'"))
add(C("F10", "F10l-counter", "2025-10-15",
      "A maritime security agreement between Seychelles and India, which officials had hoped to sign on "
      "Friday, has been postponed.",
      absent=["agreement"],
      note="counterexample: a postponed signing in a comma relative"))
add(C("F10", "F10m-counter", "2025-10-15",
      "The howitzer order is the first under the defence industry agreement between Poland and South Korea "
      "that was signed in Warsaw earlier this month by the two defence ministers.",
      expect=[E("agreement", ["KOR", "POL"], "2025-10", status="completed", location="Warsaw")],
      note="counterexample: no 'to be concluded'"))

# ---------------------------------------------------------------- F11 meetings told as a stay, a guest or a reception after a fronted time
add(C("F11", "F11a", "2025-05-14",
      "Zambia's army commander, Lieutenant General Geoffrey Zyeele, spent much of last week in Pretoria as the "
      "guest of his South African counterpart.",
      expect=[E("meeting", ["ZAF", "ZMB"], "2025-05", location="Pretoria")],
      note="'<visitor> spent <time> in <city> as the guest of <host>' is no meeting verb"))
add(C("F11", "F11b", "2025-05-14",
      "Indonesia's defence minister was the guest of Malaysia's defence minister in Kuala Lumpur on Tuesday, "
      "the first such visit in three years.",
      expect=[E("meeting", ["IDN", "MYS"], "2025-05-13", location="Kuala Lumpur")],
      note="'<visitor> was the guest of <host> in <city> on <day>'"))
add(C("F11", "F11c", "2025-05-14",
      "Georgia's defence minister was the guest of the Armenian defence minister in Yerevan on Monday for "
      "talks on border security.",
      expect=[E("meeting", ["ARM", "GEO"], "2025-05-12", location="Yerevan")],
      note="the same"))
add(C("F11", "F11d", "2025-05-14",
      "Tanzania's defence minister was in Kigali yesterday, where she had talks with Rwanda's army chief on "
      "border patrols.",
      expect=[E("meeting", ["RWA", "TZA"], "2025-05-13", location="Kigali")],
      note="'<visitor> was in <city> <time>, where she held talks with <host>': the subject is in the main clause, "
      "the talks in the relative ('held talks in Kigali yesterday with' works: F11i-counter)"))
add(C("F11", "F11e", "2025-05-14",
      "Oman's chief of staff was in Amman on Sunday, where he met the chairman of Jordan's Joint Chiefs of "
      "Staff.",
      expect=[E("meeting", ["JOR", "OMN"], "2025-05-11", location="Amman")],
      note="the same with 'where he met'"))
add(C("F11", "F11f", "2025-05-14",
      "The frigate arrived in Mombasa on Saturday. Two days on, the commander of Indian naval forces in the "
      "region, Rear Admiral Arun Sharma, was received by Kenya's defence secretary in Nairobi on Monday.",
      expect=[E("meeting", ["IND", "KEN"], "2025-05-12", location="Nairobi")],
      note="a fronted relative time ('Two days on,') before the subject blocks 'was received by' (without it the "
      "reception is read: F11j-counter)"))
add(C("F11", "F11g", "2025-05-14",
      "A day later, the chief of the Chilean navy, Admiral Juan Andres De la Maza, was received by Peru's "
      "defence minister in Lima on Tuesday. The meeting closed with the signing of a memorandum on hydrography.",
      expect=[E("meeting", ["CHL", "PER"], "2025-05-13"), E("agreement", ["CHL", "PER"], "2025-05-13")],
      exact=["meeting"],
      note="the same; the signing after 'The meeting closed with' then gets the publication day, and 'The meeting' "
      "becomes a second, undated meeting"))
add(C("F11", "F11h", "2025-05-14",
      "Croatia's army chief, General Tihomir Kundid, was in Sarajevo for three days last week, the guest of "
      "the Bosnian joint staff chief. During the stay, the Bosnian army ordered ten demining machines.",
      expect=[E("meeting", ["BIH", "HRV"], "2025-05", location="Sarajevo")],
      note="as F11a"))
add(C("F11", "F11i-counter", "2025-05-14",
      "Tanzania's defence minister held talks in Kigali yesterday with Rwanda's army chief on border patrols.",
      expect=[E("meeting", ["RWA", "TZA"], "2025-05-13", location="Kigali")],
      note="counterexample: 'held talks in <city> <time> with'"))
add(C("F11", "F11j-counter", "2025-05-14",
      "The frigate arrived in Mombasa on Saturday. The commander of Indian naval forces in the region, Rear "
      "Admiral Arun Sharma, was received by Kenya's defence secretary in Nairobi on Monday.",
      expect=[E("meeting", ["IND", "KEN"], "2025-05-12", location="Nairobi")],
      note="counterexample: no fronted relative time"))
add(C("F11", "F11k-counter", "2025-05-14",
      "Zambia's army commander will be the guest of honour at the passing-out parade in Lusaka on Friday.",
      absent=["meeting"],
      note="counterexample: 'guest of honour' at a home ceremony"))

# ---------------------------------------------------------------- F12 deals with a time or an apposition between the verb and its object
add(C("F12", "F12a", "2025-03-20",
      "Saab received in the opening days of March an order from the Royal Thai Navy worth SEK 300 million for "
      "Giraffe radars.",
      expect=[E("export_deal", ["SWE", "THA"], "2025-03", seller="SWE", buyer="THA", money="300000000 SEK")],
      note="'<verb> <non-day time> <object>': a month, season or part-of-month time between the verb and its object "
      "blocks the deal ('on Monday' there is read; the time after the object works: F12h-counter)"))
add(C("F12", "F12b", "2025-03-20",
      "The Kenyan Navy concluded late in February a contract with Fincantieri of Italy for two patrol boats, "
      "worth 90 million euros.",
      expect=[E("export_deal", ["ITA", "KEN"], "2025-02", seller="ITA", buyer="KEN", quantity=2, money="90000000 EUR")],
      note="the same with 'concluded late in February a contract'"))
add(C("F12", "F12c", "2025-03-20",
      "Hanwha Aerospace concluded this winter a contract with the Estonian Defence Forces for six K9 "
      "howitzers, worth EUR 36 million.",
      expect=[E("export_deal", ["EST", "KOR"], None, seller="KOR", buyer="EST", quantity=6, money="36000000 EUR")],
      note="the same with 'concluded this <season> a contract'"))
add(C("F12", "F12e", "2025-03-20",
      "The Maldives' defence ministry placed a second order on 5 March, for six interceptor boats from "
      "Turkey's Yonca Onuk yard, worth TRY 500 million.",
      expect=[E("export_deal", ["MDV", "TUR"], "2025-03-05", seller="TUR", money="500000000 TRY")],
      note="'placed a second order, for <N> <items> from <maker>': the comma apposition after 'order' is not read "
      "('ordered six interceptor boats from' works: F12i-counter)"))
add(C("F12", "F12f", "2025-03-20",
      "The Seychelles Defence Forces placed an order last week, for two fast interceptors from the French yard "
      "Ocea, worth EUR 12 million.",
      expect=[E("export_deal", ["FRA", "SYC"], None, seller="FRA", buyer="SYC", money="12000000 EUR")],
      note="the same with 'placed an order <time>, for'"))
add(C("F12", "F12h-counter", "2025-03-20",
      "Saab received an order from the Royal Thai Navy worth SEK 300 million for Giraffe radars earlier this "
      "month.",
      expect=[E("export_deal", ["SWE", "THA"], "2025-03", seller="SWE", buyer="THA", money="300000000 SEK")],
      note="counterexample: the time after the object"))
add(C("F12", "F12i-counter", "2025-03-20",
      "That same week the ministry of the Maldives ordered six interceptor boats from Turkey's Yonca Onuk "
      "yard, worth TRY 500 million.",
      expect=[E("export_deal", ["MDV", "TUR"], None, seller="TUR", money="500000000 TRY")],
      note="counterexample: 'ordered <items> from'"))
add(C("F12", "F12j-counter", "2025-03-20",
      "Kongsberg expects to receive during the first quarter an order from the Polish Navy, but talks continue.",
      absent=["export_deal"],
      note="counterexample: an expected order"))
add(C("F12", "F12k", "2025-07-16",
      "Cameroon's navy ordered during June a 60-metre offshore patrol ship from the French yard Piriou for 30 "
      "billion CFA francs.",
      expect=[E("export_deal", ["CMR", "FRA"], "2025-06", seller="FRA", buyer="CMR", quantity=1, items=["60-metre offshore patrol ship"])],
      note="'ordered <non-day time> a <item> from <maker>': the deal is read, but the object after the time loses "
      "its quantity and items (with the time before the verb both are read: F12l-counter)"))
add(C("F12", "F12l-counter", "2025-07-16",
      "Cameroon's navy earlier this month ordered a 60-metre offshore patrol ship from the French yard Piriou "
      "for 30 billion CFA francs.",
      expect=[E("export_deal", ["CMR", "FRA"], "2025-07", seller="FRA", buyer="CMR", quantity=1, items=["60-metre offshore patrol ship"])],
      note="counterexample: the time before the verb"))

# ---------------------------------------------------------------- F13 habitual, postponed, civil and ceremonial meetings, and a second meeting from one visit
add(C("F13", "F13a", "2025-12-10",
      "4. Staff talks between our two general staffs take place each quarter, alternately in Austria and "
      "Slovenia. They are working meetings with no formal outcome.",
      absent=["meeting"],
      note="habitual staff talks: 'They are working meetings' after '<staff talks> take place each quarter, "
      "alternately in <A> and <B>' is read as a meeting of the two states, dated by publication"))
add(C("F13", "F13b", "2025-12-10",
      "LSM NEWS - Wednesday 10 December 2025\n\nLatvia's defence calendar for December has emptied.\n\nThe "
      "meeting of Baltic and Nordic defence ministers that was due to be held in Riga next week has now been "
      "postponed, the ministry announced on Tuesday. It has not been rescheduled.",
      absent=["meeting"],
      note="'The meeting of <ministers> that was due to be held in <city>' (postponed) is read as a planned meeting"))
add(C("F13", "F13c", "2025-12-10",
      "In Puerto Natales, tourism ministers from Chile and Argentina met to coordinate a joint cross-border "
      "tourism campaign for the summer season.",
      absent=["meeting"],
      note="a non-defence meeting ('tourism ministers ... met') is read"))
add(C("F13", "F13g-counter", "2025-12-10",
      "Defence ministers from Kenya and Uganda met in Entebbe on Monday to discuss border security.",
      expect=[E("meeting", ["KEN", "UGA"], "2025-12-08")],
      note="counterexample: defence ministers"))
add(C("F13", "F13h-counter", "2025-12-10",
      "The defence ministers of Austria and Slovenia met in Graz on Monday and agreed to hold staff talks "
      "every quarter.",
      expect=[E("meeting", ["AUT", "SVN"], "2025-12-08")],
      note="counterexample: a real meeting that sets up habitual talks"))

# ---------------------------------------------------------------- F14 the place of talks and signings: venue, 'here', the title, the instrument's own places
add(C("F14", "F14a", "2025-06-18",
      "Greece's defence minister came to Nicosia earlier in the month and had talks with Cyprus's President at "
      "the Presidential Palace, where the conversation ranged from drones to the national guard's budget.",
      expect=[E("meeting", ["CYP", "GRC"], "2025-06", location="Nicosia")],
      note="'came to <city> ... and held talks with <host> at <venue>': the venue alone is kept as the place "
      "('Presidential Palace'), which neither holds nor is held by the city (without the venue the city is "
      "read: F14h-counter)"))
add(C("F14", "F14b", "2025-06-18",
      "Norway's defence minister was in Copenhagen on Tuesday for talks with Denmark's army chief at Kastellet.",
      expect=[E("meeting", ["DNK", "NOR"], "2025-06-17", location="Copenhagen")],
      note="the same with 'was in <city> <day> for talks with <host> at <venue>'"))
add(C("F14", "F14c", "2025-06-18",
      "ANCHOR: Our correspondent in Salta, Lucia Perez, has the details.\n\nCORRESPONDENT: Here at the Salta "
      "air base, Argentina's defence minister shook hands with his Bolivian counterpart on Monday, opening the "
      "two ministers' first bilateral meeting in the north.",
      expect=[E("meeting", ["ARG", "BOL"], "2025-06-16", location="Salta")],
      note="'Here at <base>' in a correspondent's report from <town>: 'here' and the correspondent's town give no "
      "place"))
add(C("F14", "F14d", "2025-06-18",
      "LIVE | Polish defence minister in Vilnius - as it happened\n\n10:05 - The Polish minister and "
      "Lithuania's defence minister are now in talks at the ministry building on Totoriu street.",
      expect=[E("meeting", ["LTU", "POL"], "2025-06-18", location="Vilnius")],
      note="a live blog: the city is only in the title ('<visitor> in <city>'); 'at the ministry on <street>' gives "
      "no place"))
add(C("F14", "F14e", "2025-06-18",
      "Montenegro's defence minister hosted her Serbian counterpart in Budva on Monday. Before the ministers "
      "left the hotel, they signed a plan of military cooperation for 2025, covering cadet exchanges between "
      "the academies in Podgorica and Belgrade.",
      expect=[E("agreement", ["MNE", "SRB"], "2025-06-16", location="Budva")],
      note="the signing takes a place named inside the instrument's description ('between the academies in <A> and "
      "<B>') instead of the meeting's town (without that clause it takes the meeting's: F14i-counter)"))
add(C("F14", "F14h-counter", "2025-06-18",
      "Greece's defence minister came to Nicosia earlier in the month and had talks with Cyprus's President, "
      "ranging from drones to the national guard's budget.",
      expect=[E("meeting", ["CYP", "GRC"], "2025-06", location="Nicosia")],
      note="counterexample: no venue"))
add(C("F14", "F14i-counter", "2025-06-18",
      "Montenegro's defence minister hosted her Serbian counterpart in Budva on Monday. Before leaving the "
      "hotel the ministers signed a plan of military cooperation for 2025.",
      expect=[E("agreement", ["MNE", "SRB"], "2025-06-16", location="Budva")],
      note="counterexample: the signing takes the meeting's town"))
add(C("F14", "F14j-counter", "2025-06-18",
      "On Tuesday Ghana's defence minister received his Togolese counterpart at the Burma Camp headquarters.",
      expect=[E("meeting", ["GHA", "TGO"], "2025-06-17", location="Burma Camp")],
      note="counterexample: a venue with no town stays the place"))

# ---------------------------------------------------------------- F15 arrival verbs and subjects the rules do not read
add(C("F15", "F15a", "2025-02-12",
      "The Spanish patrol vessel Relampago secured alongside the commercial quay of Dakar harbour on Monday "
      "for a two-month patrol.",
      expect=[E("deployment", ["ESP", "SEN"], "2025-02-10", deployer="ESP", host="SEN", location="Dakar")],
      note="'secured alongside <quay> of <city> harbour' is no arrival verb ('berthed at' works: F15h-counter)"))
add(C("F15", "F15b", "2025-02-12",
      "The Italian offshore patrol vessel Foscari secured alongside in Tunis on Sunday for a five-day visit.",
      expect=[E("deployment", ["ITA", "TUN"], "2025-02-09", deployer="ITA", host="TUN")],
      note="the same with 'secured alongside in <city>'"))
add(C("F15", "F15c", "2025-02-12",
      "RSS Tenacious pulled into Subic Bay on Monday for a three-day port call with 120 sailors on board.",
      expect=[E("deployment", ["PHL", "SGP"], "2025-02-10", deployer="SGP", host="PHL", personnel=120)],
      note="'<ship> pulled into <port>' is no arrival verb"))
add(C("F15", "F15d", "2025-02-12",
      "HMAS Warramunga pulled into Colombo on Saturday, the first Australian warship to call there this year.",
      expect=[E("deployment", ["AUS", "LKA"], "2025-02-08", deployer="AUS", host="LKA")],
      note="the same"))
add(C("F15", "F15e", "2025-02-12",
      "The French frigate Nivose, based at La Reunion, dropped anchor off Mahajanga on Saturday with 100 "
      "sailors, starting a seven-day call in Madagascar.",
      expect=[E("deployment", ["FRA", "MDG"], "2025-02-08", deployer="FRA", host="MDG", personnel=100)],
      note="the apposition '<ship>, based at <home port>,' is read as a stationing at home (dropped) and the "
      "arrival 'dropped anchor off <town>' is lost (without the apposition the arrival is read: F15i-counter)"))
add(C("F15", "F15f", "2025-02-12",
      "Some 110 paratroopers from the Parachute Regiment flew into Brunei last week for six weeks of jungle "
      "training.",
      expect=[E("deployment", ["BRN", "GBR"], None, deployer="GBR", host="BRN", personnel=110)],
      note="'<N> <troops> from the <regiment> flew into <State>': a regiment after 'from' gives no deployer, and "
      "'flew into' is read only with a demonym ('Some 110 British paratroopers flew into' works: F15j-counter)"))
add(C("F15", "F15g", "2025-02-12",
      "Specialised search teams of the Thai army will return to Shan state in Myanmar in March to go on "
      "looking for the remains of missing soldiers.",
      expect=[E("deployment", ["MMR", "THA"], "2025-03", deployer="THA", host="MMR", status="planned")],
      note="'<teams> of the <demonym> army will return to <region> in <month>': 'return to' abroad is not read"))
add(C("F15", "F15h-counter", "2025-02-12",
      "The Spanish patrol vessel Relampago berthed at Dakar on Monday for a two-month patrol.",
      expect=[E("deployment", ["ESP", "SEN"], "2025-02-10", deployer="ESP", host="SEN", location="Dakar")],
      note="counterexample: 'berthed at <city>'"))
add(C("F15", "F15i-counter", "2025-02-12",
      "The French frigate Nivose dropped anchor off Mahajanga in Madagascar on Saturday with 100 sailors.",
      expect=[E("deployment", ["FRA", "MDG"], "2025-02-08", deployer="FRA", host="MDG", personnel=100)],
      note="counterexample: no apposition"))
add(C("F15", "F15j-counter", "2025-02-12",
      "Some 110 British paratroopers flew into Brunei last week for six weeks of jungle training.",
      expect=[E("deployment", ["BRN", "GBR"], None, deployer="GBR", host="BRN", personnel=110)],
      note="counterexample: a demonym"))
add(C("F15", "F15k-counter", "2025-02-12",
      "The Thai army's search teams will return to their barracks in Chiang Mai in March after the season ends.",
      absent=["deployment"],
      note="counterexample: a return home"))

# ---------------------------------------------------------------- F16 currencies the money reader does not know
add(C("F16", "F16a", "2025-01-15",
      "The Jordanian Armed Forces signed on Monday a JD 15 million contract with Iveco Defence Vehicles for 40 "
      "off-road trucks.",
      expect=[E("export_deal", ["ITA", "JOR"], "2025-01-13", seller="ITA", buyer="JOR", money="15000000 JOD")],
      note="'JD' (Jordanian dinar) is not read as money ('JOD 15 million' works: F16f-counter)"))
add(C("F16", "F16b", "2025-01-15",
      "Cabo Verde's armed forces concluded on 29 December a contract worth 900 million escudos with Navantia "
      "of Spain for a coastal patrol vessel.",
      expect=[E("export_deal", ["CPV", "ESP"], "2024-12-29", seller="ESP", buyer="CPV", money="900000000 CVE")],
      note="'escudos' is not read as money; the amount becomes the quantity"))
add(C("F16", "F16c", "2025-01-15",
      "DEFENCE PROCUREMENT DIGEST\n\nNorway buys Swedish missiles\n\nNorway's Defence Materiel Agency "
      "concluded on Friday a contract with Saab for RBS 70 missiles.\n\nGabon picks a French yard\n\nGabon's "
      "navy ordered on Monday two fast patrol boats from the French yard Ocea for 20 billion CFA francs.",
      expect=[E("export_deal", ["FRA", "GAB"], "2025-01-13", seller="FRA", buyer="GAB", money="20000000000 XAF")],
      note="'CFA francs' in a digest whose first story is not Central African: read as XOF, though the buyer is "
      "Gabon (alone, the Gabonese story gives XAF: F16h-counter)"))
add(C("F16", "F16d", "2025-01-15",
      "DEFENCE PROCUREMENT DIGEST\n\nIreland buys Danish radars\n\nIreland's defence department concluded on "
      "Friday a contract with Terma for radars.\n\nCongo orders rifles\n\nCongo's army signed on Monday a "
      "contract worth 6 billion CFA francs with the Turkish firm MKE for 3,000 rifles.",
      expect=[E("export_deal", ["COG", "TUR"], "2025-01-13", seller="TUR", buyer="COG", money="6000000000 XAF")],
      note="the same for the Republic of the Congo"))
add(C("F16", "F16e", "2025-01-15",
      "The Royal Jordanian Navy ordered two patrol boats from Damen on Monday in a JD 9.5 million deal.",
      expect=[E("export_deal", ["JOR", "NLD"], "2025-01-13", seller="NLD", buyer="JOR", money="9500000 JOD")],
      note="as F16a"))
add(C("F16", "F16f-counter", "2025-01-15",
      "The Jordanian Armed Forces signed on Monday a JOD 15 million contract with Iveco Defence Vehicles for "
      "40 off-road trucks.",
      expect=[E("export_deal", ["ITA", "JOR"], "2025-01-13", seller="ITA", buyer="JOR", money="15000000 JOD")],
      note="counterexample: the ISO code"))
add(C("F16", "F16g-counter", "2025-01-15",
      "Senegal's navy ordered on Monday two fast patrol boats from the French yard Ocea for 20 billion CFA "
      "francs.",
      expect=[E("export_deal", ["FRA", "SEN"], "2025-01-13", seller="FRA", buyer="SEN", money="20000000000 XOF")],
      note="counterexample: a West African buyer keeps XOF"))
add(C("F16", "F16h-counter", "2025-01-15",
      "Gabon's navy ordered on Monday two fast patrol boats from the French yard Ocea for 20 billion CFA "
      "francs.",
      expect=[E("export_deal", ["FRA", "GAB"], "2025-01-13", seller="FRA", buyer="GAB", money="20000000000 XAF")],
      note="counterexample: a Gabonese story alone"))

# ---------------------------------------------------------------- F17 days lost: an honorific's full stop, 'on the Nth', 'a few hours later'
add(C("F17", "F17a", "2025-05-21",
      "On Monday, Hon. Minister Sharma joined the army chief at the airport to see off a 600-strong battalion "
      "of Nepali troops, which departed for Lebanon.",
      expect=[E("deployment", ["LBN", "NPL"], "2025-05-19", deployer="NPL", host="LBN", personnel=600)],
      note="the full stop of 'Hon.' ends the sentence: the day before it is lost and the departure gets the "
      "publication day (without 'Hon.' the day is kept: F17h-counter)"))
add(C("F17", "F17b", "2025-05-21",
      "On Saturday, Hon. Minister Banda bade farewell to a 300-strong Zambian battalion which departed for the "
      "Central African Republic.",
      expect=[E("deployment", ["CAF", "ZMB"], "2025-05-17", deployer="ZMB", host="CAF", personnel=300)],
      note="the same with 'Hon. Minister <name> bade farewell to'"))
add(C("F17", "F17c", "2025-05-21",
      "As for equipment, the Ministry of Defence of Niger signed on the 12th a contract worth 5 billion CFA "
      "francs with the Turkish firm MKE for 2,000 rifles.",
      expect=[E("export_deal", ["NER", "TUR"], "2025-05-12", seller="TUR", buyer="NER")],
      note="'on the <Nth>' (a day of the month alone) gives no date: the deal takes the publication day"))
add(C("F17", "F17e", "2025-05-21",
      "Jamaica's defence ministry signed a contract for two patrol boats at a short ceremony in Kingston on "
      "Thursday. The ceremony was held during the visit of Canada's defence minister, who sat down with "
      "Jamaica's prime minister a few hours later.",
      expect=[E("meeting", ["CAN", "JAM"], "2025-05-15", location="Kingston")],
      note="'who sat down with <host> a few hours later': the relative time is not anchored to the ceremony's day "
      "and place; the meeting gets the publication day and no place"))
add(C("F17", "F17f", "2025-05-21",
      "Jamaica's defence ministry signed a contract for two boats at a ceremony in Kingston on Thursday. "
      "Canada's defence minister, who was visiting, held talks with Jamaica's prime minister a few hours later.",
      expect=[E("meeting", ["CAN", "JAM"], "2025-05-15", location="Kingston")],
      note="the same with 'held talks with <host> a few hours later'"))
add(C("F17", "F17h-counter", "2025-05-21",
      "On Monday, Minister Sharma joined the army chief at the airport to see off a 600-strong battalion of "
      "Nepali troops, which departed for Lebanon.",
      expect=[E("deployment", ["LBN", "NPL"], "2025-05-19", deployer="NPL", host="LBN", personnel=600)],
      note="counterexample: no honorific"))
add(C("F17", "F17i-counter", "2025-05-21",
      "As for equipment, the Ministry of Defence of Niger signed on 12 May a contract worth 5 billion CFA "
      "francs with the Turkish firm MKE for 2,000 rifles.",
      expect=[E("export_deal", ["NER", "TUR"], "2025-05-12", seller="TUR", buyer="NER")],
      note="counterexample: 'on <day> <Month>'"))
