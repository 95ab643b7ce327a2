"""Paraphrased test cases for the set-22 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 22.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 a party the library cannot place
P = "2025-03-12"
add(C("F1", "F1a", P,
      "The Turkish Navy frigate TCG Kemalreis arrived in Karachi on Monday for a four-day visit, the Pakistan Navy said. "
      "Her commanding officer, Captain Murat Demir, called on the Commander Karachi, Rear Admiral Faisal Abbasi, at the "
      "naval headquarters on Tuesday.",
      expect=[E("meeting", ["PAK", "TUR"], prev(P, "Tuesday"))],
      note="'Her commanding officer' (the ship's state) and an unqualified local commander"))
P = "2025-10-08"
add(C("F1", "F1b", P,
      "Translated from the Spanish. The Peruvian Army will receive four new radars this year. Minister of Defence Walter "
      "Astudillo will travel to Bogotá next month for talks with Colombia's defence minister, Pedro Sánchez, on river "
      "patrols.",
      expect=[E("meeting", ["COL", "PER"], "2025-11", status="planned")],
      note="a bare home title ('Minister of Defence <Name>') in a translated story with no dateline"))
P = "2026-02-18"
add(C("F1", "F1c", P,
      "OSLO – Defence Minister Tore Sandvik and his new Danish counterpart met at Akershus Fortress on Monday to "
      "discuss air defence in the north.",
      expect=[E("meeting", ["DNK", "NOR"], prev(P, "Monday"))],
      note="'his new <demonym> counterpart' ('his <demonym> counterpart' works)"))
P = "2025-07-16"
add(C("F1", "F1d", P,
      "The Ghana Armed Forces' Chief of Defence Staff, Lieutenant General William A.K. Agyapong, and Togo's "
      "army chief met at Burma Camp on Monday to review border patrols.",
      expect=[E("meeting", ["GHA", "TGO"], prev(P, "Monday"))],
      note="initials 'A.K.' in a name end the sentence (the name without them works)"))
P = "2026-03-04"
add(C("F1", "F1e", P,
      "Angola's Minister of National Defence, João Ernesto dos Santos, will be received in Lisbon next Monday by "
      "Portugal's defence minister.",
      expect=[E("meeting", ["AGO", "PRT"], nxt(P, "Monday"), status="planned")],
      note="a name with lower-case particles ('dos', 'da') in the apposition"))
P = "2025-09-17"
add(C("F1", "F1f", P,
      "Jordan's army chief arrived in Rome on Sunday. It was his first visit to Italy in the post, and on Monday he and "
      "Italy's chief of defence met for two hours at the defence staff headquarters in Rome.",
      expect=[E("meeting", ["ITA", "JOR"], prev(P, "Monday"), location="Rome")],
      note="pronoun in a joint subject ('he and <B> met'): only a visit reading, with no place"))
P = "2024-06-19"
add(C("F1", "F1g", P,
      "On Tuesday in Vilnius, the German Air Force's deputy chief of staff, General Max Weber, and the Operational "
      "Command of the Lithuanian Armed Forces signed a host-nation support arrangement.",
      expect=[E("agreement", ["DEU", "LTU"], prev(P, "Tuesday"))],
      note="'the Operational Command of the <demonym> Armed Forces' is no actor"))
P = "2025-12-10"
add(C("F1", "F1h", P,
      "South Korea's Defence Attaché, Colonel (Army) Kim Min-su, was received by Thailand's navy chief on Friday.",
      expect=[E("meeting", ["KOR", "THA"], prev(P, "Friday"))],
      note="a service in brackets after the rank ('Colonel (Army)')"))
P = "2024-07-25"
add(C("F1", "F1i", P,
      "KENYA is set to deploy about 400 more police-support soldiers to Haiti in September, the Defence Cabinet "
      "Secretary told the National Assembly yesterday.",
      expect=[E("deployment", ["HTI", "KEN"], "2024-09", deployer="KEN", host="HTI", status="planned")],
      note="an all-capitals state at the head of the lead ('Kenya is set to deploy' works)"))
P = "2025-04-16"
add(C("F1", "F1j", P,
      "DEFENCE and Veterans Affairs minister Rudo Chanda hosted her Malawian counterpart for talks in Lusaka on "
      "Monday.\n\nThe visit produced a memorandum on border security, which both signed.",
      expect=[E("agreement", ["MWI", "ZMB"], prev(P, "Monday"))],
      note="a home title peculiar to one state, in capitals: the outcome has no host party"))
P = "2026-02-18"
add(C("F1", "F1k-counter", P,
      "Norway's defence minister and his Danish counterpart met at Akershus Fortress in Oslo on Monday.",
      expect=[E("meeting", ["DNK", "NOR"], prev(P, "Monday"))], note="counterexample: both parties placed"))

# ---------------------------------------------------------------- F2 buyer-side verbs of paying, adding, getting
P = "2025-06-11"
add(C("F2", "F2a", P,
      "Uzbekistan has snapped up six H145M helicopters from Airbus Helicopters in a deal worth US$120 million, "
      "signed on Monday in Tashkent.",
      expect=[E("export_deal", ["FRA", "UZB"], prev(P, "Monday"), seller="FRA", buyer="UZB")],
      note="'has snapped up <items>' ('has bought' works)"))
P = "2026-09-17"
add(C("F2", "F2b", P,
      "Norway has committed NOK 19 billion to 54 CV90 infantry fighting vehicles from BAE Systems Hägglunds, in a "
      "contract that its procurement agency countersigned on Tuesday.",
      expect=[E("export_deal", ["NOR", "SWE"], prev(P, "Tuesday"), seller="SWE", buyer="NOR")],
      note="'has committed <money> to <items> from <firm>'"))
P = "2025-02-26"
add(C("F2", "F2c", P,
      "The Honduran Air Force will add two Super Tucano aircraft to its fleet, bought from Embraer for US$40 million "
      "under a contract inked on Friday.",
      expect=[E("export_deal", ["BRA", "HND"], prev(P, "Friday"), seller="BRA", buyer="HND")],
      note="'will add <items> to its fleet, bought|acquired from <firm>'"))
P = "2024-11-06"
add(C("F2", "F2d", P,
      "Kuwait is spending KWD 90 million on thirty AMV vehicles from Patria, a purchase agreed on Monday between the "
      "army and the Finnish company.",
      expect=[E("export_deal", ["FIN", "KWT"], prev(P, "Monday"), seller="FIN", buyer="KWT")],
      note="'is spending <money> on <items> from <firm>'"))
P = "2025-05-15"
add(C("F2", "F2e", P,
      "Georgia will pay GEL 240 million for two Ground Master 200 radars from Thales, under a contract the "
      "procurement agency signed in Tbilisi on Tuesday.",
      expect=[E("export_deal", ["FRA", "GEO"], prev(P, "Tuesday"), seller="FRA", buyer="GEO")],
      note="'will pay <money> for <items> from <firm>, under a contract' (set-21 F14b)"))
P = "2026-10-14"
add(C("F2", "F2f", P,
      "N'Djamena has paid 6 billion CFA francs for a batch of Ejder Yalçın armoured vehicles from the Turkish "
      "manufacturer Nurol Makina, under a contract concluded earlier this month.",
      expect=[E("export_deal", ["TCD", "TUR"], "2026-10", seller="TUR", buyer="TCD")],
      note="'has paid <money> for <items> from <firm>'"))
P = "2025-08-20"
add(C("F2", "F2g", P,
      "The Indonesian Navy will get two more Scorpène submarines from Naval Group for €2 billion, a deal sealed on "
      "Monday in Jakarta.",
      expect=[E("export_deal", ["FRA", "IDN"], prev(P, "Monday"), seller="FRA", buyer="IDN")],
      note="'will get <items> from <firm> for <money>, a deal sealed <time>'"))
P = "2024-12-05"
add(C("F2", "F2h", P,
      "Peru will pay US$180 million for two Korean-built offshore patrol vessels, its navy having signed a contract "
      "with HD Hyundai on Tuesday.",
      expect=[E("export_deal", ["KOR", "PER"], prev(P, "Tuesday"), seller="KOR", buyer="PER")],
      note="'will pay <money> for <items>, <buyer> having signed with <firm> <time>' (absolute participle)"))
P = "2024-11-06"
add(C("F2", "F2i-counter", P,
      "Kuwait is spending more on defence this year, the finance ministry said on Monday.",
      absent=["export_deal"], note="counterexample: spending with no seller or items"))

# ---------------------------------------------------------------- F3 arrival verbs for ships and aircraft
P = "2025-04-09"
add(C("F3", "F3a", P,
      "The Spanish frigate Blas de Lezo made fast at Dakar on Sunday for a four-day stop.",
      expect=[E("deployment", ["ESP", "SEN"], prev(P, "Sunday"), deployer="ESP", host="SEN")],
      note="'made fast at <port>'"))
P = "2024-08-14"
add(C("F3", "F3b", P,
      "The Indian Navy destroyer INS Delhi was brought alongside in Port Louis on Monday for three days of port calls.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Monday"), deployer="IND", host="MUS")],
      note="passive 'was brought alongside'"))
P = "2026-05-20"
add(C("F3", "F3c", P,
      "The Brazilian frigate Liberal looked in at Lisbon on Saturday for a short stay.",
      expect=[E("deployment", ["BRA", "PRT"], prev(P, "Saturday"), deployer="BRA", host="PRT")],
      note="'looked in at <port>'"))
P = "2025-03-27"
add(C("F3", "F3d", P,
      "The Turkish frigate TCG Gökova was piloted into Tripoli harbour on Monday for a visit of four days.",
      expect=[E("deployment", ["LBY", "TUR"], prev(P, "Monday"), deployer="TUR", host="LBY")],
      note="passive 'was piloted into <port> harbour'"))
P = "2024-02-14"
add(C("F3", "F3e", P,
      "The first Burundian troops touched the ground of eastern Congo on Sunday, at Goma airport, after a flight from "
      "Bujumbura.",
      expect=[E("deployment", ["BDI", "COD"], prev(P, "Sunday"), deployer="BDI", host="COD")],
      note="'touched the ground of <region>'"))
P = "2025-11-05"
add(C("F3", "F3f", P,
      "The German Navy's sail training ship Gorch Fock dropped by Valparaíso on Saturday with 120 cadets aboard.",
      expect=[E("deployment", ["CHL", "DEU"], prev(P, "Saturday"), deployer="DEU", host="CHL")],
      note="'dropped by <port>'"))
P = "2026-07-08"
add(C("F3", "F3g", P,
      "The Indonesian Navy corvette KRI Diponegoro came to a halt at Sihanoukville on Monday for a three-day goodwill "
      "call.",
      expect=[E("deployment", ["IDN", "KHM"], prev(P, "Monday"), deployer="IDN", host="KHM")],
      note="'came to a halt at <port>' (the headline 'arrives at' then stands alone)"))
P = "2025-09-24"
add(C("F3", "F3h", P,
      "Six Italian Eurofighters of the 4th Wing set off from Grosseto on Monday for Šiauliai, in northern Lithuania, "
      "for four months of air policing.",
      expect=[E("deployment", ["ITA", "LTU"], prev(P, "Monday"), deployer="ITA", host="LTU")],
      note="'set off from <base> for <place>' ('left <base> for' works)"))
P = "2025-04-09"
add(C("F3", "F3i-counter", P,
      "Spain's defence minister made fast progress on Sunday in talks on the frigate programme.",
      absent=["deployment"], note="counterexample: no ship, no port"))

# ---------------------------------------------------------------- F4 planned moves told with other verbs
P = "2025-02-12"
add(C("F4", "F4a", P,
      "About 150 soldiers of Belgium's 2nd Commando Battalion will head for Lithuania in May to join the NATO brigade "
      "there.",
      expect=[E("deployment", ["BEL", "LTU"], "2025-05", deployer="BEL", host="LTU", status="planned")],
      note="'will head for <country> in <month>' (read as a host-less departure; 'will deploy to' works)"))
P = "2026-06-03"
add(C("F4", "F4b", P,
      "The Indonesian Battalion, 850 strong, will fly out to southern Lebanon in October to serve with UNIFIL.",
      expect=[E("deployment", ["IDN", "LBN"], "2026-10", deployer="IDN", host="LBN", status="planned")],
      note="'will fly out to <place>'"))
P = "2024-12-11"
add(C("F4", "F4c", P,
      "A Rwandan infantry company is due to swell MINUSCA's ranks in March, a spokesman for the mission said.",
      expect=[E("deployment", ["CAF", "RWA"], "2025-03", deployer="RWA", host="CAF", status="planned")],
      note="'is due to swell <mission>'s ranks'"))
P = "2025-01-22"
add(C("F4", "F4d", P,
      "A Slovenian infantry company of 100 will join NATO's Multinational Brigade in Slovakia in June, "
      "for a rotation of six months.",
      expect=[E("deployment", ["SVK", "SVN"], "2025-06", deployer="SVN", host="SVK", status="planned")],
      note="'will join the <NATO brigade> in <country>'"))
P = "2026-03-11"
add(C("F4", "F4e", P,
      "Two Japanese destroyers are expected to stop over in Djibouti next week, before heading for the Gulf of Aden.",
      expect=[E("deployment", ["DJI", "JPN"], "2026-03", deployer="JPN", host="DJI", status="planned")],
      note="'is expected to stop over in <port>'"))
P = "2024-03-06"
add(C("F4", "F4f", P,
      "A Nepalese peacekeeping unit is to take up its positions on the Golan Heights in May, serving with UNDOF in "
      "the separation zone between Israel and Syria.",
      expect=[E("deployment", ["NPL", "SYR"], "2024-05", deployer="NPL", host="SYR", status="planned")],
      note="'is to take up positions on <place>' (read as ongoing 'serving with', host from 'between Israel and Syria')"))
P = "2026-06-03"
add(C("F4", "F4g-counter", P,
      "Indonesia's defence minister will fly out to Beirut next week for talks with the Lebanese army commander.",
      absent=["deployment"], note="counterexample: a minister's trip"))

# ---------------------------------------------------------------- F5 deal completion, date and place in an appended clause
P = "2024-10-09"
add(C("F5", "F5a", P,
      "Kuwait's defence minister held talks with France's armed forces minister on Monday. Kuwait has placed a "
      "follow-on order for ten Caracal helicopters, worth €1bn, signed in Paris the same day by the Kuwaiti Air Force "
      "and Airbus Helicopters.",
      expect=[E("export_deal", ["FRA", "KWT"], prev(P, "Monday"), seller="FRA", buyer="KWT", location="Paris")],
      note="'<order>, worth ..., signed in <city> the same day' gives no place"))
P = "2025-06-25"
add(C("F5", "F5b", P,
      "The Kenya Defence Forces have bought more mortar bombs from Serbia's Yugoimport. A 3-billion-shilling contract "
      "for the bombs was signed in Belgrade last week, the ministry said.",
      expect=[E("export_deal", ["KEN", "SRB"], "2025-06", seller="SRB", buyer="KEN", money="3000000000 KES",
                location="Belgrade")],
      note="money and place in the next sentence about the same contract (set-21 F17)"))
P = "2026-03-18"
add(C("F5", "F5c", P,
      "Lithuania's defence minister met his Polish counterpart in Vilnius on Tuesday. Lithuania will take delivery of "
      "three Piorun launchers, ordered from Mesko for €20 million; the contract had been inked the day before in "
      "Warsaw by the procurement agency, the minister said.",
      expect=[E("export_deal", ["LTU", "POL"], prev(P, "Tuesday", -1), seller="POL", buyer="LTU", location="Warsaw")],
      note="a semicolon clause '; the contract had been <signed> <relative day> in <city>' after the delivery clause"))
P = "2025-11-26"
add(C("F5", "F5d", P,
      "Ukraine's defence minister met Latvia's defence minister in Riga on Monday. A Ukrainian maker will supply naval "
      "drones to the Latvian Navy under a UAH 800 million contract, agreed that same day with the state defence "
      "logistics agency.",
      expect=[E("export_deal", ["LVA", "UKR"], prev(P, "Monday"), seller="UKR", buyer="LVA", status="completed")],
      note="'will supply ... under a contract, agreed on the same day': planned"))
P = "2026-09-23"
add(C("F5", "F5e", P,
      "Qatar's defence minister held talks with Turkey's defence minister in Doha on Monday. The Qatari Emiri Air Force "
      "is acquiring eight Hürjet trainers from Turkish Aerospace for QAR 1.5 billion, a purchase settled that evening.",
      expect=[E("export_deal", ["QAT", "TUR"], prev(P, "Monday"), seller="TUR", buyer="QAT", status="completed")],
      note="'is acquiring ..., a purchase settled that evening': ongoing"))
P = "2025-04-03"
add(C("F5", "F5f", P,
      "Nicaragua's army chief held talks with Russia's deputy defence minister in Managua on Tuesday. Nicaragua will "
      "receive four Mi-17 helicopters from Russia under a contract worth US$60 million closed at the end of the talks.",
      expect=[E("export_deal", ["NIC", "RUS"], prev(P, "Tuesday"), seller="RUS", buyer="NIC")],
      note="'under a contract closed <time>' ('signed' works)"))
P = "2026-03-18"
add(C("F5", "F5g-counter", P,
      "Lithuania will take delivery of three Piorun launchers, ordered from Poland's Mesko for €20 million under a "
      "contract signed on Monday in Warsaw.",
      expect=[E("export_deal", ["LTU", "POL"], prev(P, "Monday"), seller="POL", buyer="LTU", location="Warsaw")],
      note="counterexample: date and place inside the clause"))

# ---------------------------------------------------------------- F6 ongoing presence told with other frames
P = "2025-05-21"
add(C("F6", "F6a", P,
      "The UN mission in the Central African Republic said Bangui was calm. Portugal's quick reaction force, which has "
      "guarded the airport since 2017, escorts the mission's convoys.",
      expect=[E("deployment", ["CAF", "PRT"], "2017", deployer="PRT", host="CAF", status="ongoing")],
      note="relative 'which has guarded <site> since <year>' (host from the mission)"))
P = "2024-09-25"
add(C("F6", "F6b", P,
      "The German-led battlegroup, in place in Lithuania since February 2017, now numbers about 1,600 soldiers.",
      expect=[E("deployment", ["DEU", "LTU"], "2017-02", deployer="DEU", host="LTU", status="ongoing")],
      note="participle 'in place in|at <place> since <time>'"))
P = "2026-04-29"
add(C("F6", "F6c", P,
      "Ghana has been part of UNIFIL since 1979, and its battalion patrols the eastern sector.",
      expect=[E("deployment", ["GHA", "LBN"], "1979", deployer="GHA", host="LBN", status="ongoing")],
      note="'has been part of <mission> since <year>'"))
P = "2025-10-15"
add(C("F6", "F6d", P,
      "The Rwandan presence in Mozambique, which dates from July 2021, is concentrated in Cabo Delgado.",
      expect=[E("deployment", ["MOZ", "RWA"], "2021-07", deployer="RWA", host="MOZ", status="ongoing")],
      note="nominal 'The <demonym> presence in <State>, which dates from <time>'"))
P = "2024-10-30"
add(C("F6", "F6e", P,
      "Djibouti has had a Japanese air detachment since 2011, when Tokyo opened its base near the airport.",
      expect=[E("deployment", ["DJI", "JPN"], "2011", deployer="JPN", host="DJI", status="ongoing")],
      note="host as subject 'X has had a <demonym> <unit> since'"))
P = "2025-03-19"
add(C("F6", "F6f", P,
      "The minister said British soldiers would stay in Estonia, which has hosted British troops since 2017 as part of "
      "NATO's forward land forces.",
      expect=[E("deployment", ["EST", "GBR"], "2017", deployer="GBR", host="EST", status="ongoing")],
      note="host as subject in a relative 'which has hosted <demonym> troops since <year>'"))
P = "2026-09-09"
add(C("F6", "F6g", P,
      "The US Army's Typhon missile launcher, which has stayed in the Philippines since April 2024, will remain there "
      "for now.",
      expect=[E("deployment", ["PHL", "USA"], "2024-04", deployer="USA", host="PHL", status="ongoing")],
      note="relative 'which has stayed in <place> since <time>'"))
P = "2026-04-29"
add(C("F6", "F6h-counter", P,
      "Ghana has been part of the Commonwealth since 1957.",
      absent=["deployment"], note="counterexample: no mission, no forces"))

# ---------------------------------------------------------------- F7 deal told as a noun phrase or after a colon
P = "2025-09-12"
add(C("F7", "F7a", P,
      "Bulgaria's defence ministry said the ink is now dry on a 500-million-lev contract with Germany's "
      "Rheinmetall for Skyranger air defence systems, signed on Thursday.",
      expect=[E("export_deal", ["BGR", "DEU"], prev(P, "Thursday"), seller="DEU", buyer="BGR")],
      note="'the ink is dry on <a contract> with <firm> for <items>'"))
P = "2024-02-21"
add(C("F7", "F7b", P,
      "TASHKENT – The ministry also said that its acquisition of two C-295 transport aircraft from Airbus, worth "
      "US$100 million, was complete: the contract had been signed on Monday in Madrid.",
      expect=[E("export_deal", ["FRA", "UZB"], prev(P, "Monday"), seller="FRA", buyer="UZB")],
      note="'its acquisition of <items> from <firm> ... was now final: the contract was signed'"))
P = "2025-05-08"
add(C("F7", "F7c", P,
      "Kathmandu. The Nepal Army chief was in Ankara on Tuesday. The US$90 million purchase of Bayraktar TB2 drones "
      "from Baykar was confirmed by army headquarters on Wednesday: the contract was inked in Ankara a few hours after "
      "the chief's meeting with his Turkish counterpart.",
      expect=[E("export_deal", ["NPL", "TUR"], prev(P, "Tuesday"), seller="TUR", buyer="NPL")],
      note="'The <money> purchase of <items> from <firm> was confirmed ...: the contract was signed'"))
P = "2026-02-04"
add(C("F7", "F7d", P,
      "Zambia's defence minister also confirmed a long-rumoured purchase. The US$45m deal for six Chinese-made K-8 "
      "trainers, struck with China's CATIC late last year, means the first aircraft will reach Lusaka by March.",
      expect=[E("export_deal", ["CHN", "ZMB"], "2025", seller="CHN", buyer="ZMB")],
      note="'The <money> deal for <items>, struck with <firm> <time>, will see'"))
P = "2026-11-18"
add(C("F7", "F7e", P,
      "Brasília has exercised its option for a fifth Scorpène submarine: the order, worth about €700m, was signed in Rio "
      "de Janeiro on Monday by the Navy and Naval Group.",
      expect=[E("export_deal", ["BRA", "FRA"], prev(P, "Monday"), seller="FRA", buyer="BRA")],
      note="'has exercised its option for <item>: the order ... was signed'"))
P = "2025-07-23"
add(C("F7", "F7f", P,
      "The Kenyan Navy, meanwhile, has turned to Turkey for its next patrol craft: two 40-metre boats from Dearsan, "
      "ordered earlier this month for KSh 6 billion.",
      expect=[E("export_deal", ["KEN", "TUR"], "2025-07", seller="TUR", buyer="KEN")],
      note="'has turned to <State> for <items>: N <items> from <firm>, ordered <time>'"))
P = "2026-02-04"
add(C("F7", "F7g-counter", P,
      "Zambia struck a US$45m deal with China's CATIC for six K-8 trainers late last year.",
      expect=[E("export_deal", ["CHN", "ZMB"], "2025", seller="CHN", buyer="ZMB")],
      note="counterexample: the verb frame works"))

# ---------------------------------------------------------------- F8 items, quantity and money of a sale
P = "2024-04-24"
add(C("F8", "F8a", P,
      "Estonia has bought loitering munitions from Poland's WB Group under a contract signed on Monday.",
      expect=[E("export_deal", ["EST", "POL"], prev(P, "Monday"), seller="POL", buyer="EST",
                items=["loitering munitions"])],
      note="items with no count and no known type ('200 loitering munitions' works)"))
P = "2025-01-29"
add(C("F8", "F8b", P,
      "Bharat Forge has bagged a ₹900-crore order from the Armenian Army for 60 Mounted Gun System (MGS) 155 mm "
      "howitzers, signed in Yerevan on Monday.",
      expect=[E("export_deal", ["ARM", "IND"], prev(P, "Monday"), seller="IND", buyer="ARM", quantity=60,
                items=["Mounted Gun System"])],
      note="a bracketed acronym inside the items: no quantity, no items"))
P = "2026-05-27"
add(C("F8", "F8c", P,
      "Latvia will take delivery of three Grom very short-range launchers, ordered from Poland's Mesko for €30 million "
      "under a contract signed on Monday.",
      expect=[E("export_deal", ["LVA", "POL"], prev(P, "Monday"), seller="POL", buyer="LVA", quantity=3)],
      note="'<N> <name> very short-range <items>': no quantity (without 'very' it is read)"))
P = "2024-08-07"
add(C("F8", "F8d", P,
      "The Solomon Islands has purchased two patrol boats from Australia's Austal for SBD$40 million in a contract "
      "signed on Monday.",
      expect=[E("export_deal", ["AUS", "SLB"], prev(P, "Monday"), seller="AUS", buyer="SLB", money="40000000 SBD")],
      note="a currency symbol in a spelling the table lacks (set 22: upper-case 'BDS$'; 'Bds$' is listed)"))
P = "2024-08-07"
add(C("F8", "F8e", P,
      "Barbados has purchased one patrol boat from Damen for BDS$15 million in a contract signed on Monday.",
      expect=[E("export_deal", ["BRB", "NLD"], prev(P, "Monday"), seller="NLD", buyer="BRB", money="15000000 BBD")],
      note="upper-case 'BDS$'"))
P = "2024-04-24"
add(C("F8", "F8f-counter", P,
      "Estonia has bought 200 loitering munitions from Poland's WB Group for €10 million under a contract signed on Monday.",
      expect=[E("export_deal", ["EST", "POL"], prev(P, "Monday"), seller="POL", buyer="EST", quantity=200,
                money="10000000 EUR")],
      note="counterexample: a count and a euro sum"))

# ---------------------------------------------------------------- F9 reported, donated, background and compound mentions
P = "2025-02-05"
add(C("F9", "F9a", P,
      "Critics said Hungary's purchases of Chinese drones were hard to square with EU membership.",
      absent=["export_deal"], note="an undated third-party purchase in an argument; the seller taken from 'EU'"))
P = "2026-01-28"
add(C("F9", "F9b", P,
      "Japan handed over three patrol boats to the Royal Solomon Islands Police Force's maritime wing last Friday. The "
      "boats were a gift, and no purchase was involved.",
      absent=["export_deal"], note="a donation to a police force read as a sale"))
P = "2025-08-13"
add(C("F9", "F9c", P,
      "A newspaper in Quito reported that Ecuador and Colombia will sign a military agreement within weeks. The ministry "
      "said the report was incorrect and that no signing had been planned.",
      absent=["agreement"], note="a reported signing, denied in the next sentence"))
P = "2024-06-26"
add(C("F9", "F9d", P,
      "Malawi's defence minister said the battalion, which finished pre-deployment training last month at the Peace "
      "Support Training Centre, would replace MALBATT-9 in the Goma sector of the UN mission, MONUSCO.",
      absent=["deployment"], note="'pre-deployment training' read as a deployment"))
P = "2026-03-25"
add(C("F9", "F9e", P,
      "The Navy said the frigate would exercise with the Omani and Pakistani navies during the deployment; no "
      "dates were given.",
      absent=["deployment"], note="partners of exercises 'during the deployment' read as deployers"))
P = "2025-04-30"
add(C("F9", "F9f", P,
      "Pevkur buys Norwegian radars, promises to stay in Latvia\n\nEstonian soldiers would remain in Latvia, the minister "
      "said.",
      expect=[E("deployment", ["EST", "LVA"], deployer="EST", host="LVA")], exact=["deployment"],
      note="a headline: the purchase's demonym becomes a second deployer"))
P = "2024-06-26"
add(C("F9", "F9g-counter", P,
      "Some 300 Ghanaian soldiers deployed to Malakal on Monday to join UNMISS.",
      expect=[E("deployment", ["GHA", "SSD"], prev(P, "Monday"), deployer="GHA", host="SSD")],
      note="counterexample: a deployment"))

# ---------------------------------------------------------------- F10 meeting told with an idiom the rules lack
P = "2024-02-07"
add(C("F10", "F10a", P,
      "Kenya's defence secretary and his Ethiopian counterpart compared notes for two hours at the ministry in Nairobi "
      "on Monday.",
      expect=[E("meeting", ["ETH", "KEN"], prev(P, "Monday"))],
      note="joint subject 'compared notes' ('met' works)"))
P = "2025-10-22"
add(C("F10", "F10b", P,
      "Greece's defence minister huddled with Cyprus's defence minister at the ministry in Athens on Monday.",
      expect=[E("meeting", ["CYP", "GRC"], prev(P, "Monday"))],
      note="'huddled with'"))
P = "2026-01-14"
add(C("F10", "F10c", P,
      "Oman's Minister Responsible for Defence Affairs sat across the table from Britain's defence secretary at the "
      "ministry in Muscat on Monday.",
      expect=[E("meeting", ["GBR", "OMN"], prev(P, "Monday"))],
      note="'sat across the table from'"))
P = "2024-09-11"
add(C("F10", "F10d", P,
      "On Monday Estonia's defence minister and Ukraine's defence minister went over Estonian military aid for the "
      "coming year in Kyiv.",
      expect=[E("meeting", ["EST", "UKR"], prev(P, "Monday"))],
      note="joint subject 'went over <topic>' (in set 22 also with a pronoun 'she and <B>')"))
P = "2025-06-18"
add(C("F10", "F10e", P,
      "Japan's defence minister and Australia's defence minister compared their readings of the situation in the South "
      "China Sea over a working dinner in Tokyo on Monday.",
      expect=[E("meeting", ["AUS", "JPN"], prev(P, "Monday"))],
      note="'compared their assessments|readings ... over a working dinner'"))
P = "2024-02-07"
add(C("F10", "F10f-counter", P,
      "Kenyan and Ethiopian students compared notes on Monday after the exam in Nairobi.",
      absent=["meeting"], note="counterexample: no office holders"))

# ---------------------------------------------------------------- F11 meeting told as a noun phrase or a frame
P = "2025-12-03"
add(C("F11", "F11a", P,
      "In the talks he held with Iran's defence minister at the ministry on Monday, Iraq's defence minister reviewed "
      "border security and drone threats.",
      expect=[E("meeting", ["IRN", "IRQ"], prev(P, "Monday"))],
      note="fronted object relative 'In the talks <pronoun> held with <B> ..., <A> reviewed'"))
P = "2026-02-16"
add(C("F11", "F11b", P,
      "India's Defence Minister has just come out of a 30-minute bilateral with Egypt's defence minister.",
      expect=[E("meeting", ["EGY", "IND"], P)],
      note="'has just come out of a <duration> bilateral with' ('held a bilateral with' works; 'held a 30-minute bilateral' does not)"))
P = "2024-10-16"
add(C("F11", "F11c", P,
      "Vietnam's defence minister's two-hour session with Cambodia's defence minister at the ministry on Monday centred "
      "on river patrols.",
      expect=[E("meeting", ["KHM", "VNM"], prev(P, "Monday"))],
      note="possessive nominal '<A>'s <duration> session with <B>' ('<A>'s talks with' works)"))
P = "2025-03-06"
add(C("F11", "F11d", P,
      "Pakistan's army chief's programme in Riyadh on Tuesday included an hour with Saudi Arabia's chief of general staff.",
      expect=[E("meeting", ["PAK", "SAU"], prev(P, "Tuesday"))],
      note="'<A>'s calendar|programme ... included an hour with <B>'"))
P = "2026-10-07"
add(C("F11", "F11e", P,
      "Monday's visit of Portugal's defence minister to Rabat gave her and Morocco's defence minister the chance to "
      "review naval cooperation.",
      expect=[E("meeting", ["MAR", "PRT"], prev(P, "Monday"))],
      note="'<day>'s visit of <A> to <city> gave her and <B> the opportunity to'"))
P = "2025-03-06"
add(C("F11", "F11f-counter", P,
      "The army chief's programme in Riyadh on Tuesday included an hour at the military museum.",
      absent=["meeting"], note="counterexample: no counterpart"))

# ---------------------------------------------------------------- F12 signing told with an idiom or a modal frame
P = "2024-05-22"
add(C("F12", "F12a", P,
      "Uzbekistan's defence minister held talks with Turkey's defence minister in Tashkent on Monday. The two ministers "
      "penned a memorandum on military education before the talks broke up.",
      expect=[E("agreement", ["TUR", "UZB"], prev(P, "Monday"))],
      note="'penned' (set 22 also: 'Deputy ministers penned')"))
P = "2025-12-17"
add(C("F12", "F12b", P,
      "Moldova's defence minister met Romania's defence minister in Chișinău on Monday. Both ministers then "
      "committed to paper a memorandum covering joint demining.",
      expect=[E("agreement", ["MDA", "ROU"], prev(P, "Monday"))],
      note="'committed to paper'"))
P = "2026-05-13"
add(C("F12", "F12c", P,
      "Nepal's army chief met India's army chief in New Delhi on Monday. When the meeting ended, both generals "
      "added their names to the protocol covering mountain warfare training.",
      expect=[E("agreement", ["IND", "NPL"], prev(P, "Monday"))],
      note="'added their names to'"))
P = "2024-11-13"
add(C("F12", "F12d", P,
      "Czechia's defence minister met Slovakia's defence minister in Prague on Monday. The pair then went to the "
      "signing table, on which a memorandum covering joint ammunition production lay waiting, and signed it.",
      expect=[E("agreement", ["CZE", "SVK"], prev(P, "Monday"))],
      note="'<went> to the signing table, where <instrument> <waited>, and signed it'"))
P = "2025-04-23"
add(C("F12", "F12e", P,
      "Paraguay's defence minister will travel to Brasília next month for talks with Brazil's defence minister. The two "
      "ministers are expected to sign a memorandum covering border surveillance during the visit.",
      expect=[E("agreement", ["BRA", "PRY"], "2025-05", status="planned")],
      note="'are expected to sign ... during the visit' ('will sign' works)"))
P = "2024-05-22"
add(C("F12", "F12f-counter", P,
      "Uzbekistan's deputy defence minister penned an article on military education for a Turkish journal.",
      absent=["agreement"], note="counterexample: no instrument"))

# ---------------------------------------------------------------- F13 instrument as subject of a state or result verb
P = "2025-09-10"
add(C("F13", "F13a", P,
      "Croatia's defence minister met Montenegro's defence minister in Podgorica on Monday. The two ministers signed a cooperation "
      "plan for 2026. Another text, a protocol on the protection of classified information, is dated the same "
      "day; it was signed by their deputies.",
      expect=[E("agreement", ["HRV", "MNE"], prev(P, "Monday")), E("agreement", ["HRV", "MNE"], prev(P, "Monday"))],
      note="'Another <document>, an <instrument>, <is dated> the same day; it was signed by <deputies>'"))
P = "2026-07-15"
add(C("F13", "F13b", P,
      "Belize and Britain are now bound by a memorandum on jungle training, signed at the Government House "
      "in Belmopan on Monday by the Prime Minister and the British High Commissioner.",
      expect=[E("agreement", ["BLZ", "GBR"], prev(P, "Monday"))],
      note="'A and B are now bound by <instrument>, signed ...'"))
P = "2024-03-27"
add(C("F13", "F13c", P,
      "Thailand's deputy defence minister hosted Laos's vice-minister in Bangkok on Monday. The signatures of "
      "the two vice-ministers on a memorandum on mine clearance closed the session.",
      expect=[E("agreement", ["LAO", "THA"], prev(P, "Monday"))],
      note="'<signers>' signatures on <instrument> closed the session'"))
P = "2025-01-15"
add(C("F13", "F13d", P,
      "France's armed forces minister and Norway's defence minister met in Paris on Monday. The arrangement on "
      "ammunition stocks that came out of the talks carries the signatures of both ministers.",
      expect=[E("agreement", ["FRA", "NOR"], prev(P, "Monday"))],
      note="'<instrument> that <came out of> the talks <carries> <the> signatures'"))
P = "2026-11-11"
add(C("F13", "F13e", P,
      "A programme of military cooperation for 2027–2029 now governs relations between Angola and Portugal, both "
      "ministries having signed it in Luanda on Monday.",
      expect=[E("agreement", ["AGO", "PRT"], prev(P, "Monday"))],
      note="absolute participle '..., the two ministries having signed it <time>'"))
P = "2026-07-15"
add(C("F13", "F13f-counter", P,
      "A memorandum on jungle training between Belize and the United Kingdom was signed in Belmopan on Monday.",
      expect=[E("agreement", ["BLZ", "GBR"], prev(P, "Monday"))], note="counterexample: the plain passive works"))

# ---------------------------------------------------------------- F14 summits, forums and topics read as meetings
P = "2025-02-19"
add(C("F14", "F14a", P,
      "The Ministers agreed to keep up their contacts within the informal meeting format of EU defence chiefs in "
      "Warsaw.",
      absent=["meeting"], note="a forum named as a framework for future contacts"))
P = "2026-06-10"
add(C("F14", "F14b", P,
      "Both ministers also talked about NATO's Ankara summit next month, but made no announcement.",
      absent=["meeting"], note="a summit as a topic of talks"))
P = "2025-07-30"
add(C("F14", "F14c", P,
      "The AU summit in Addis Ababa earlier this month extended the mission's mandate for another year.",
      absent=["meeting"], note="a summit as the author of a decision (not_events: approval)"))
P = "2024-04-17"
add(C("F14", "F14d", P,
      "Nepal's army chief met India's army chief in New Delhi on Tuesday. General Sigdel discussed training, United "
      "Nations peacekeeping and disaster relief with his host at the army headquarters.",
      expect=[E("meeting", ["IND", "NPL"], prev(P, "Tuesday"))], exact=["meeting"],
      note="'United Nations' in the topic list becomes a party of a second meeting"))
P = "2024-04-17"
add(C("F14", "F14e", P,
      "The deal was inked in Istanbul a few hours after the meeting by Nepal's procurement directorate and the "
      "Turkish firm.",
      absent=["meeting"], note="'within hours of the meeting' read as a one-party meeting"))
P = "2024-04-17"
add(C("F14", "F14f-counter", P,
      "Nepal's army chief discussed training with his Indian host in New Delhi on Tuesday.",
      expect=[E("meeting", ["IND", "NPL"], prev(P, "Tuesday"))], note="counterexample: talks with a host"))

# ---------------------------------------------------------------- F15 fields of a regulatory disclosure
P = "2026-03-09"
add(C("F15", "F15a", P,
      "Hanwha Aerospace — Disclosure of Single Sales/Supply Contract\n\n1. Contract type: Defence export "
      "(K9 howitzers)\n- Counterparty: Ministry of National Defence of Romania\n- Contract amount: KRW 1,200,000,000,000\n"
      "- Contract date: 2026-03-04\n- Contract period: 2026-03-04 to 2029-06-30\n- Remarks: Hanwha Aerospace has "
      "concluded a contract with the Romanian Ministry of National Defence for the supply of K9 self-propelled howitzers.",
      expect=[E("export_deal", ["KOR", "ROU"], "2026-03-04", seller="KOR", buyer="ROU")],
      note="the date from 'Contract period: <start> to <end>' (the end is taken)"))
P = "2026-03-09"
add(C("F15", "F15b", P,
      "Hanwha Aerospace — Disclosure of Single Sales/Supply Contract\n\n1. Contract type: Defence export\n"
      "- Counterparty: Ministry of National Defence of Romania\n- Contract amount: KRW 1,200,000,000,000\n- Contract "
      "date: 2026-03-04\n- Remarks: Hanwha Aerospace has concluded a contract with the Romanian Ministry of National "
      "Defence for the supply of K9 self-propelled howitzers.",
      expect=[E("export_deal", ["KOR", "ROU"], seller="KOR", buyer="ROU", money="1200000000000 KRW")],
      note="the sum only in the 'Contract amount:' field"))
P = "2026-03-09"
add(C("F15", "F15c", P,
      "Remarks: LIG Nex1 today concluded a supply contract with the Polish Armament Agency for 120 mm tank ammunition for "
      "the Polish Army.",
      expect=[E("export_deal", ["KOR", "POL"], P, seller="KOR", buyer="POL", items=["120 mm tank ammunition"])],
      note="'a supply contract with <agency> for <items> for <force>': no items"))
P = "2026-03-09"
add(C("F15", "F15d-counter", P,
      "Hanwha Aerospace signed a KRW 1.2 trillion contract with Romania for K9 howitzers on Wednesday.",
      expect=[E("export_deal", ["KOR", "ROU"], prev(P, "Wednesday"), seller="KOR", buyer="ROU",
                money="1200000000000 KRW")],
      note="counterexample: running text"))

# ---------------------------------------------------------------- F16 port call told as a noun or a state
P = "2025-08-06"
add(C("F16", "F16a", P,
      "The Royal Navy patrol ship HMS Medway paid a three-day call on Kingston from Saturday, berthing at the port.",
      expect=[E("deployment", ["GBR", "JAM"], prev(P, "Saturday"), deployer="GBR", host="JAM")],
      note="'paid a <N>-day call on <city> from <day>' ('arrived in <city> for a <N>-day call' works)"))
P = "2024-11-20"
add(C("F16", "F16b", P,
      "Two Indian Navy frigates, INS Tabar and INS Teg, began a three-day visit to Port Louis on Monday.",
      expect=[E("deployment", ["IND", "MUS"], prev(P, "Monday"), deployer="IND", host="MUS")],
      note="'began a <N>-day visit to <port>'"))
P = "2026-01-21"
add(C("F16", "F16c", P,
      "The talks coincided with the presence of the Chinese Navy training ship Qi Jiguang, which made a stop at "
      "Colombo on Monday with 400 cadets on board.",
      expect=[E("deployment", ["CHN", "LKA"], prev(P, "Monday"), deployer="CHN", host="LKA")],
      note="'which made a stop at <port>' in a relative"))
P = "2025-04-16"
add(C("F16", "F16d", P,
      "The Australian frigate HMAS Toowoomba was in Manila from Friday to Monday for a port visit.",
      expect=[E("deployment", ["AUS", "PHL"], prev(P, "Friday"), deployer="AUS", host="PHL")],
      note="state 'was in|at <port> from <day> to <day>'"))
P = "2025-08-06"
add(C("F16", "F16e-counter", P,
      "Britain's defence secretary paid a three-day visit to Kingston from Saturday.",
      absent=["deployment"], note="counterexample: a minister's visit"))

# ---------------------------------------------------------------- F17 meeting and signing dates anchored wrongly
P = "2025-06-04"
add(C("F17", "F17a", P,
      "Meeting in Sofia on Monday, Bulgaria's defence minister and Greece's defence minister agreed to step up "
      "joint air patrols.",
      expect=[E("meeting", ["BGR", "GRC"], prev(P, "Monday"), status="completed")],
      note="fronted participle 'Meeting in <city> on <day>, A and B agreed': a planned meeting next <day>"))
P = "2025-06-04"
add(C("F17", "F17b", P,
      "Meeting in Sofia on Monday, Bulgaria's defence minister and Greece's defence minister agreed to step up joint "
      "air patrols. The ministers signed off on the cooperation plan for 2026.",
      expect=[E("agreement", ["BGR", "GRC"], prev(P, "Monday"))],
      note="the signing anchored on the misread meeting"))
P = "2024-03-20"
add(C("F17", "F17c", P,
      "Chile's defence minister and Peru's defence minister met in Lima on Monday. Deliveries of the boats are not "
      "expected before 2027. The visit's other outcome was a training accord that the two ministries concluded as "
      "the talks closed.",
      expect=[E("agreement", ["CHL", "PER"], prev(P, "Monday"))],
      note="reduced relative '<instrument> <parties> concluded <at the end of> the talks': dated by an earlier '2027' (set-21 F22)"))
P = "2024-03-20"
add(C("F17", "F17d-counter", P,
      "Chile's defence minister and Peru's defence minister met in Lima on Monday. The visit's other outcome was a "
      "training accord that the two ministries concluded as the talks closed.",
      expect=[E("agreement", ["CHL", "PER"], prev(P, "Monday"))],
      note="counterexample: no other time between"))

# ---------------------------------------------------------------- F18 live-blog clock times read as future
P = "2026-01-27"
add(C("F18", "F18a", P,
      "DefExpo LIVE: Day 1\n\nUpdated: January 27, 2026, 5:10 PM IST\n\n5:10 PM — We are signing off; back tomorrow for "
      "the trade days.\n\n1:50 PM — From that meeting emerged a signed MoU on training between India and Chile.",
      expect=[E("agreement", ["CHL", "IND"], P, status="completed")],
      note="after a 'tomorrow' in a later entry, an earlier clock time is read as the next day, planned"))
P = "2026-01-27"
add(C("F18", "F18b", P,
      "DefExpo LIVE: Day 1\n\nUpdated: January 27, 2026, 5:10 PM IST\n\n5:10 PM — We are signing off; back tomorrow for "
      "the trade days.\n\n4:45 PM — Confirmed: Armenia is buying Indian "
      "howitzers from Bharat Forge. The $150 million contract was signed in Hall B a few minutes ago.",
      expect=[E("export_deal", ["ARM", "IND"], P, seller="IND", buyer="ARM")], exact=["export_deal"],
      note="'Confirmed: <State> is buying <items> from <firm>.' read at 4:45 PM the next day, planned; the signing sentence is not read"))
P = "2026-01-27"
add(C("F18", "F18c", P,
      "DefExpo LIVE: Day 1\n\nUpdated: January 27, 2026, 5:10 PM IST\n\n5:10 PM — We are signing off; back tomorrow for "
      "the trade days.\n\n2:30 PM — From that meeting emerged a signed MoU on naval training between India and Chile.",
      absent=["meeting"], note="'Out of that meeting' read as a planned meeting at 2:30 PM the next day"))
P = "2026-01-27"
add(C("F18", "F18d-counter", P,
      "India and Chile signed an MoU on defence cooperation at DefExpo on Monday.",
      expect=[E("agreement", ["CHL", "IND"], prev(P, "Monday"), status="completed")],
      note="counterexample: no clock time"))

# ---------------------------------------------------------------- F19 passive and reduced-relative signings
P = "2025-01-08"
add(C("F19", "F19a", P,
      "Separately, Trinidad and Tobago's national security ministry said a visiting-forces agreement with the "
      "United States is to be signed in Port of Spain in March.",
      expect=[E("agreement", ["TTO", "USA"], "2025-03", status="planned")],
      note="'<instrument> with <B> is to be signed', A only as the speaker ('said it will sign ... with <B>' works)"))
P = "2026-06-24"
add(C("F19", "F19b", P,
      "The order follows a memorandum on defence industry between Egypt and Korea signed in Cairo earlier this month.",
      expect=[E("agreement", ["EGY", "KOR"], "2026-06")],
      note="reduced relative after 'follows' ('that Egypt and Korea signed' works; set-21 F8)"))
P = "2025-10-29"
add(C("F19", "F19c", P,
      "Malta's defence minister met Italy's defence minister on Monday. At the end of the talks, an arrangement covering the "
      "use of the \u201cHaywharf\u201d naval base by Italian Navy patrol boats was signed by the two ministers.",
      expect=[E("agreement", ["ITA", "MLT"], prev(P, "Monday"))],
      note="a quoted name inside the passive subject (without the quotes it works)"))
P = "2025-01-08"
add(C("F19", "F19d-counter", P,
      "Trinidad and Tobago and the United States will sign a status-of-forces agreement in Port of Spain in March.",
      expect=[E("agreement", ["TTO", "USA"], "2025-03", status="planned")], note="counterexample: both parties as subject"))

# ---------------------------------------------------------------- F20 place of a signing fronted
P = "2024-08-21"
add(C("F20", "F20a", P,
      "It was in Lilongwe on Tuesday that Zambia's army commander and Malawi's army chief signed a protocol on "
      "joint border patrols.",
      expect=[E("agreement", ["MWI", "ZMB"], prev(P, "Tuesday"), location="Lilongwe")],
      note="cleft 'It was in <town> on <day> that ... signed'"))
P = "2025-11-19"
add(C("F20", "F20b", P,
      "Late last month in Accra, the two governments of Ghana and Burkina Faso signed a status-of-forces agreement.",
      expect=[E("agreement", ["BFA", "GHA"], "2025-10", location="Accra")],
      note="fronted 'Late last month in <city>, ... signed'"))
P = "2026-09-30"
add(C("F20", "F20c", P,
      "Cotonou was where, on Monday, the chiefs of staff of the Nigerien and Beninese armies put their signatures to a "
      "cross-border pursuit protocol.",
      expect=[E("agreement", ["BEN", "NER"], prev(P, "Monday"), location="Cotonou")],
      note="'<city> was where, on <day>, ... put their signatures to'"))
P = "2024-08-21"
add(C("F20", "F20d-counter", P,
      "Zambia's army commander and Malawi's army chief signed a protocol on joint border patrols in Lilongwe on Tuesday.",
      expect=[E("agreement", ["MWI", "ZMB"], prev(P, "Tuesday"), location="Lilongwe")],
      note="counterexample: the place after the verb"))

# ---------------------------------------------------------------- F21 forum and place of a meeting
P = "2025-05-28"
add(C("F21", "F21a", P,
      "Poland's defence minister and Sweden's defence minister co-chaired the opening session of the Polish–Swedish "
      "strategic dialogue on defence in Warsaw on Monday.",
      expect=[E("meeting", ["POL", "SWE"], prev(P, "Monday"), forum="Polish–Swedish strategic dialogue on defence")],
      note="a lower-case forum with an en dash after '<the> first session of'"))
P = "2024-12-04"
add(C("F21", "F21b", P,
      "The 40th Indonesia–Malaysia General Border Committee convened in Kuching on Monday, with the two defence "
      "ministers leading their delegations.",
      expect=[E("meeting", ["IDN", "MYS"], prev(P, "Monday"), forum="General Border Committee")],
      note="the forum as the subject ('convened'): no forum"))
P = "2025-03-05"
add(C("F21", "F21c", P,
      "Valletta, 5 March 2025 — The Minister of Defence, Mr Byron Camilleri, had discussions with Jean Dupont, Minister "
      "of the Armed Forces of France, at the ministry headquarters on Tuesday.",
      expect=[E("meeting", ["FRA", "MLT"], prev(P, "Tuesday"), location="Valletta")],
      note="the guest's French title ('Minister of the Armed Forces') stops the dateline fallback ('Minister of Defence of Spain' gets it)"))
P = "2025-05-28"
add(C("F21", "F21d-counter", P,
      "Poland's defence minister and Sweden's defence minister co-chaired the opening session of the Polish-Swedish "
      "Strategic Dialogue in Warsaw on Monday.",
      expect=[E("meeting", ["POL", "SWE"], prev(P, "Monday"), forum="Polish-Swedish Strategic Dialogue")],
      note="counterexample: a capitalised forum name"))

# ---------------------------------------------------------------- F22 company release with an unlisted firm
P = "2025-09-03"
add(C("F22", "F22a", P,
      "Tampere, Finland, 3 September 2025 — Nokian Heavy Vehicles has booked a firm order from the Latvian Army for 40 "
      "protected trucks, worth EUR 30 million. The contract was signed in Riga on Monday.",
      expect=[E("export_deal", ["FIN", "LVA"], prev(P, "Monday"), seller="FIN", buyer="LVA")],
      note="an unlisted firm in its own datelined release"))
P = "2025-09-03"
add(C("F22", "F22b", P,
      "Tampere, Finland, 3 September 2025 — Nokian Heavy Vehicles expects, in addition, to conclude a contract with the "
      "Lithuanian Armed Forces for 25 trucks in November, worth an estimated EUR 18 million.",
      expect=[E("export_deal", ["FIN", "LTU"], "2025-11", seller="FIN", buyer="LTU", status="planned")],
      note="a planned contract of the same unlisted firm"))
P = "2025-09-03"
add(C("F22", "F22c-counter", P,
      "Finland's Patria has received an order from the Latvian Army for 40 protected vehicles, worth EUR 30 million.",
      expect=[E("export_deal", ["FIN", "LVA"], seller="FIN", buyer="LVA")], note="counterexample: a listed firm"))

# ---------------------------------------------------------------- F23 operation and strength of a deployment
P = "2025-08-27"
add(C("F23", "F23a", P,
      "A Belize Defence Force contingent of 20 soldiers flew out of Belize City on Saturday for Haiti's capital "
      "to serve with the Kenyan-led Multinational Security Support (MSS) mission in Haiti for half a year.",
      expect=[E("deployment", ["BLZ", "HTI"], prev(P, "Saturday"), deployer="BLZ", host="HTI",
                operation="Multinational Security Support")],
      note="an unlisted mission named after 'serve with the <leader>-led'"))
P = "2024-10-23"
add(C("F23", "F23b", P,
      "A Fijian company will deploy to the Golan Heights in December to serve with UNDOF. The 130 peacekeepers, from "
      "the 3rd Fiji Infantry Regiment, completed their training last week.",
      expect=[E("deployment", ["FJI", "SYR"], "2024-12", deployer="FJI", host="SYR", personnel=130)],
      note="strength told in the next sentence ('The <N> peacekeepers ...')"))
P = "2024-10-23"
add(C("F23", "F23c-counter", P,
      "Some 130 Fijian peacekeepers will deploy to the Golan Heights in December to serve with UNDOF.",
      expect=[E("deployment", ["FJI", "SYR"], "2024-12", deployer="FJI", host="SYR", personnel=130)],
      note="counterexample: strength in the clause"))
