"""Paraphrased test cases for the set-25 failure families (see families.md).

Each case: family id, case id, publication date, text, expected events, types that must be absent,
and types whose count must equal the expected count ("exact"). Dates are computed from the
publication date with prev()/nxt() so weekdays are right. No sentence here comes from set 25.
"""
from family_cases import C, E, nxt, prev  # noqa: F401 (the helpers every set's cases use)

CASES = []
add = CASES.append

# ---------------------------------------------------------------- F1 place, forum and day from the wrong clause
P = "2025-05-07"
add(C("F1", "F1a", P,
      "Kenyan Defence Cabinet Secretary Aden Duale held talks with General Muhoozi Kainerugaba in Kampala earlier "
      "this year. The memorandum on border security signed by both ministers during that visit sets up joint "
      "patrols along Lake Victoria.",
      expect=[E("agreement", ["KEN", "UGA"], "2025", location="Kampala")],
      note="a meeting dated only by 'earlier this year' does not date or place the signing 'during that visit' "
           "('on Monday' does: F1k-counter)"))
P = "2026-03-18"
add(C("F1", "F1b", P,
      "LIMA — The defence ministers of Peru and Ecuador met on Friday in Lima for four hours, and the Ecuadorian "
      "team flew back to Quito the same night. Both ministers sealed their talks by signing a "
      "memorandum on border demining.",
      expect=[E("agreement", ["ECU", "PER"], prev(P, "Friday"), location="Lima")],
      note="'flew back the same night' before the signing: the signing takes that part of day and loses the "
           "meeting's place"))
P = "2025-09-22"
add(C("F1", "F1c", P,
      "Spain's defence minister is due in Rabat on Wednesday for talks with her Moroccan counterpart, the ministry "
      "said. The two ministers are then expected to sign a programme of military cooperation during that visit.",
      expect=[E("agreement", ["ESP", "MAR"], nxt(P, "Wednesday"), status="planned", location="Rabat")],
      note="a planned signing 'during that visit' gets the visit's day but not its place (a completed one gets both)"))
P = "2024-10-16"
add(C("F1", "F1d", P,
      "Paraguay and Bolivia signed a protocol on river patrols on the Pilcomayo on Friday in Asunción, the two "
      "navies said.",
      expect=[E("agreement", ["BOL", "PRY"], prev(P, "Friday"), location="Asunción")],
      note="'signed <instrument> on <day> in <city>': the place after the day is not read ('in <city> on <day>' "
           "works: F1l-counter)"))
P = "2026-04-14"
add(C("F1", "F1e", P,
      "Qatar's Minister of State for Defence Affairs received on Sunday at the Ministry's headquarters the Greek "
      "Minister of National Defence and his delegation, and the two sides reviewed naval cooperation.",
      expect=[E("meeting", ["GRC", "QAT"], prev(P, "Sunday"), location="Qatar")],
      note="a venue with no town ('at the Ministry's headquarters') is taken as the place; the gold names the state"))
P = "2026-04-14"
add(C("F1", "F1f", P,
      "The Emir's defence adviser received on Sunday at the Ministry's headquarters the Greek Minister of National "
      "Defence, who is visiting Qatar. With both ministers looking on, the chiefs of staff of the Qatari and Greek "
      "armed forces signed a protocol on officer training.",
      expect=[E("agreement", ["GRC", "QAT"], prev(P, "Sunday"), location="Qatar")],
      note="the signing takes the meeting's venue with no town"))
P = "2025-03-12"
add(C("F1", "F1g", P,
      "A French Air and Space Force A400M landed at Al Dhafra Air Base in Abu Dhabi on Sunday with supplies for the "
      "French detachment.",
      expect=[E("deployment", ["ARE", "FRA"], prev(P, "Sunday"), deployer="FRA", host="ARE",
                location="Al Dhafra Air Base")],
      note="a listed base name followed by 'in <town>' becomes '<key>, <town>' ('Al Dhafra, Abu Dhabi'), which holds "
           "neither the written name nor is held by it"))
P = "2025-03-12"
add(C("F1", "F1h", P,
      "The Royal Navy destroyer HMS Dauntless arrived at Naval Station Rota in Cádiz on Sunday for a three-day "
      "logistics stop.",
      expect=[E("deployment", ["ESP", "GBR"], prev(P, "Sunday"), deployer="GBR", host="ESP",
                location="Naval Station Rota")],
      note="the same with 'Naval Station <key>' ('Rota, Cádiz')"))
P = "2025-03-12"
add(C("F1", "F1i", P,
      "G20 Summit in Johannesburg — live\n\n15:10 — Indonesian President Prabowo Subianto and South Korean "
      "President Lee Jae-myung have just finished a half-hour bilateral on the sidelines of the summit.",
      expect=[E("meeting", ["IDN", "KOR"], P, forum="G20 Summit", location="Johannesburg")],
      note="'on the sidelines of the summit': the summit named in the blog's title gives neither forum nor place "
           "('of the G20 Summit in Johannesburg' does)"))
P = "2025-06-25"
add(C("F1", "F1j", P,
      "15:10 — Indonesian President Prabowo Subianto and South Korean President Lee Jae-myung have just finished a "
      "bilateral on the sidelines of the G20 summit, their first since Lee took office last week.",
      expect=[E("meeting", ["IDN", "KOR"], P)],
      note="a 'have just finished' meeting has no day of its own: the background '(their first) since <X> took "
           "office last week' dates it, as a month ('met ... on Tuesday, their first meeting since ...' keeps the day)"))
P = "2025-05-07"
add(C("F1", "F1k-counter", P,
      "Kenyan Defence Cabinet Secretary Aden Duale held talks with General Muhoozi Kainerugaba in Kampala on "
      "Monday. The memorandum on border security signed by both ministers during that visit sets up joint "
      "patrols along Lake Victoria.",
      expect=[E("agreement", ["KEN", "UGA"], prev(P, "Monday"), location="Kampala")],
      note="counterexample: a day-dated meeting dates and places the signing"))
P = "2024-10-16"
add(C("F1", "F1l-counter", P,
      "Paraguay and Bolivia signed a protocol on river patrols on the Pilcomayo in Asunción on Friday, the two "
      "navies said.",
      expect=[E("agreement", ["BOL", "PRY"], prev(P, "Friday"), location="Asunción")],
      note="counterexample: 'in <city> on <day>'"))

# ---------------------------------------------------------------- F2 arrival places unlisted or told by a back-reference
P = "2025-04-09"
add(C("F2", "F2a", P,
      "Four US Navy destroyers have been based at Souda Bay since 2021. The squadron reached five ships when USS "
      "Bulkeley arrived at the naval base in the spring, bringing about 300 more sailors.",
      expect=[E("deployment", ["GRC", "USA"], "2025-SP", deployer="USA", host="GRC", location="Souda Bay",
                status="completed")],
      note="'arrived at the naval base' points back at the base named before: no place, no host"))
P = "2025-04-09"
add(C("F2", "F2b", P,
      "German Eurofighters have policed Baltic airspace from Ämari air base since 2023. Four more German jets arrived "
      "at the base on Monday with about 60 airmen.",
      expect=[E("deployment", ["DEU", "EST"], prev(P, "Monday"), deployer="DEU", host="EST", personnel=60)],
      note="'arrived at the base' (a back-reference): no event ('arrived at Ämari' works: F2i-counter)"))
P = "2025-04-09"
add(C("F2", "F2c", P,
      "A New Zealand Army engineering team arrived in Savusavu on Monday to repair the wharf, the Fijian government "
      "said.",
      expect=[E("deployment", ["FJI", "NZL"], prev(P, "Monday"), deployer="NZL", host="FJI")],
      note="an unlisted town: the arrival has the deployer only"))
P = "2025-04-09"
add(C("F2", "F2d", P,
      "A New Zealand Army construction team that arrived in Savusavu a fortnight ago is repairing the wharf, and about "
      "30 New Zealand engineers will work with Fijian soldiers until June.",
      expect=[E("deployment", ["FJI", "NZL"], deployer="NZL", host="FJI", personnel=30)],
      note="the same in a relative clause with 'a fortnight ago'"))
P = "2025-04-09"
add(C("F2", "F2e", P,
      "Around 300 US marines landed at Rygge last weekend, their vehicles coming later by ship, and are now billeted "
      "in camps in the south for two months of training.",
      expect=[E("deployment", ["NOR", "USA"], deployer="USA", host="NOR", personnel=300)],
      note="an unlisted air station and no state named: no host"))
P = "2025-04-09"
add(C("F2", "F2f", P,
      "A company of Indian paratroopers arrived at Nakhon Ratchasima on Saturday for four weeks of joint "
      "instruction with the Thai airborne brigade stationed there, a first for training on Thai soil.",
      expect=[E("deployment", ["IND", "THA"], prev(P, "Saturday"), deployer="IND", host="THA")],
      exact=["deployment"],
      note="an unlisted town: no host for the arrival, and the host's own brigade 'stationed there' becomes a second, "
           "Thai deployment"))
P = "2025-04-09"
add(C("F2", "F2g", P,
      "The Brazilian frigate Liberal berthed at Lüderitz on Monday for a three-day visit, the Namibian Navy said.",
      expect=[E("deployment", ["BRA", "NAM"], prev(P, "Monday"), deployer="BRA", host="NAM", location="Lüderitz")],
      note="an unlisted port; the host's navy as the speaker does not place it ('at Walvis Bay' works: "
           "F2j-counter)"))
P = "2025-04-09"
add(C("F2", "F2h", P,
      "An Australian Army landing craft berthed at Kupang on Sunday with engineers for a week of flood repairs, "
      "Indonesian officials said.",
      expect=[E("deployment", ["AUS", "IDN"], prev(P, "Sunday"), deployer="AUS", host="IDN")],
      note="an unlisted port"))
P = "2025-04-09"
add(C("F2", "F2i-counter", P,
      "German Eurofighters have policed Baltic airspace from Ämari air base since 2023. Four more German jets arrived "
      "at Ämari on Monday with about 60 airmen.",
      expect=[E("deployment", ["DEU", "EST"], prev(P, "Monday"), deployer="DEU", host="EST", personnel=60)],
      note="counterexample: the listed base named again"))
P = "2025-04-09"
add(C("F2", "F2j-counter", P,
      "The Brazilian frigate Liberal berthed at Walvis Bay on Monday for a three-day visit, the Namibian Navy said.",
      expect=[E("deployment", ["BRA", "NAM"], prev(P, "Monday"), deployer="BRA", host="NAM", location="Walvis Bay")],
      note="counterexample: a listed port"))

# ---------------------------------------------------------------- F3 office holders with no state; the speaker's 'I' and 'we'
P = "2025-05-14"
add(C("F3", "F3a", P,
      "(b) Yes, Sir. Raksha Mantri held talks with the Secretary of National Defense of the Philippines in New "
      "Delhi on 12th May, 2025. The discussions covered training and shipbuilding.",
      expect=[E("meeting", ["IND", "PHL"], "2025-05-12", location="New Delhi")],
      note="'Raksha Mantri' (India's defence minister) is no title the resolver knows: the talks have one party "
           "('India's Raksha Mantri' works: F3j-counter)"))
P = "2025-05-14"
add(C("F3", "F3b", P,
      "Raksha Mantri met the Deputy Prime Minister of Australia in New Delhi on Monday to review the defence "
      "partnership, the ministry said.",
      expect=[E("meeting", ["AUS", "IND"], prev(P, "Monday"))],
      note="the same with 'met'"))
P = "2025-05-14"
add(C("F3", "F3c", P,
      "Kolkata, 14 May 2025 — Shareholders are informed that a delegation from the Republic of Mauritius, led by its "
      "Prime Minister, has been in India this week. The delegation's talks with Indian Defence Minister Rajnath Singh "
      "on Monday in New Delhi dealt with coastal surveillance.",
      expect=[E("meeting", ["IND", "MUS"], prev(P, "Monday"))],
      note="'The delegation's talks with <placed minister>': the delegation, named by its state in the sentence "
           "before, is not placed"))
P = "2025-05-14"
add(C("F3", "F3d", P,
      "What Singapore and Japan settled this week, and why our pilots are in Japan at all\n\nDefence Minister Lim "
      "Wei Ming met Japanese Defense Minister Gen Nakatani in Tokyo on Tuesday — his first trip to Japan in the "
      "post.",
      expect=[E("meeting", ["JPN", "SGP"], prev(P, "Tuesday"))],
      note="'Defence Minister <name>' with no state, in a story set abroad: the visited state, named most, is taken "
           "as home, and the minister is not placed ('Singapore and Japan deepen ties' as the headline works)"))
P = "2025-05-14"
add(C("F3", "F3e", P,
      "Britain and Ghana: a quieter partnership\n\nDefence Secretary John Healey's talks with President John Mahama "
      "and Vice-President Jane Opoku-Agyemang in Accra on Monday were overshadowed at home by a strike.",
      expect=[E("meeting", ["GBR", "GHA"], prev(P, "Monday"))],
      note="'<title> <name>'s talks with President <name> in <city>': with neither party qualified by a state, the "
           "noun frame yields nothing (F3k-counter qualifies both)"))
P = "2025-05-14"
add(C("F3", "F3f", P,
      "The frigate PNS Tippu Sultan arrived in Colombo on Saturday for a goodwill visit to Sri Lanka. During that port "
      "call, the Commander Pakistan Fleet and Sri Lanka's navy chief signed a memorandum on hydrographic cooperation.",
      expect=[E("agreement", ["LKA", "PAK"])],
      note="'the Commander <State> Fleet' (a title with the state apposed, no 'of') is not placed ('the Pakistani "
           "fleet commander' works)"))
P = "2025-05-14"
add(C("F3", "F3g", P,
      "Commons Defence Committee — evidence session\n\nQ12 Chair: What did you agree in Accra?\n\nMinister: I met "
      "the Defence Minister of Ghana, Omane Boamah, in Accra on Tuesday, and we spent the morning on training.",
      expect=[E("meeting", ["GBR", "GHA"], prev(P, "Tuesday"))],
      note="the witness's 'I met <foreign official>' under a bare 'Minister:' label ('The British delegation met' "
           "works; so does a label with a UK-only title, 'Minister for Defence Procurement:')"))
P = "2025-05-14"
add(C("F3", "F3h", P,
      "Commons Defence Committee — evidence session\n\nQ13 Chair: And the agreement?\n\nMinister: We signed a "
      "memorandum on maritime security with Ghana on Tuesday.",
      expect=[E("agreement", ["GBR", "GHA"], prev(P, "Tuesday"))],
      note="the witness's 'we signed ... with <State>' ('Britain signed' works)"))
P = "2025-05-14"
add(C("F3", "F3i", P,
      "Senate Armed Services Committee — hearing transcript\n\nSENATOR REED: What came of your trip?\n\nSECRETARY: I "
      "met the Philippine Secretary of National Defense in Manila on Monday, and we signed a memorandum on logistics "
      "with him the same day.",
      expect=[E("meeting", ["PHL", "USA"], prev(P, "Monday")), E("agreement", ["PHL", "USA"], prev(P, "Monday"))],
      note="'I met ... and we signed ...' in a US hearing"))
P = "2025-05-14"
add(C("F3", "F3j-counter", P,
      "(b) Yes, Sir. India's Raksha Mantri held talks with the Secretary of National Defense of the Philippines in New "
      "Delhi on 12th May, 2025. The discussions covered training and shipbuilding.",
      expect=[E("meeting", ["IND", "PHL"], "2025-05-12", location="New Delhi")],
      note="counterexample: 'India's Raksha Mantri'"))
P = "2025-05-14"
add(C("F3", "F3k-counter", P,
      "British Defence Secretary John Healey's talks with Ghana's President John Mahama in Accra on Monday were "
      "overshadowed at home by a strike.",
      expect=[E("meeting", ["GBR", "GHA"], prev(P, "Monday"))],
      note="counterexample: both parties qualified by their states"))

# ---------------------------------------------------------------- F4 deployment strength, duration, operation and status told apart
P = "2025-06-11"
add(C("F4", "F4a", P,
      "A Royal Danish Air Force C-130J landed at Ämari on Saturday for the next rotation. Around 40 aircrew and "
      "technicians came with the aircraft.",
      expect=[E("deployment", ["DNK", "EST"], prev(P, "Saturday"), deployer="DNK", host="EST", personnel=40)],
      note="'aircrew and technicians' is no strength noun ('Around 40 airmen came with the aircraft.' is read from "
           "the next sentence)"))
P = "2025-06-11"
add(C("F4", "F4b", P,
      "A Royal Danish Air Force C-130J landed at Ämari on Saturday for the next rotation. Around 40 airmen came "
      "with the aircraft, and the detachment will remain for six weeks.",
      expect=[E("deployment", ["DNK", "EST"], prev(P, "Saturday"), deployer="DNK", host="EST", duration="P6W")],
      note="the stay in the second clause of the follow-up sentence is not read ('The detachment will remain for six "
           "weeks.' alone is)"))
P = "2025-06-11"
add(C("F4", "F4c", P,
      "HMAS Toowoomba came alongside at Yokosuka on Monday, and her crew of about 180 is on shore leave. The visit "
      "opens the northern leg of Indo-Pacific Endeavour, the navy's regional deployment this year.",
      expect=[E("deployment", ["AUS", "JPN"], prev(P, "Monday"), deployer="AUS", host="JPN",
                operation="Indo-Pacific Endeavour")],
      note="the operation told in the next sentence ('The visit opens the <leg> of <operation>')"))
P = "2025-06-11"
add(C("F4", "F4d", P,
      "HMAS Toowoomba came alongside at Yokosuka on Monday on Indo-Pacific Endeavour, the navy's regional deployment "
      "this year. Next, HMAS Toowoomba is scheduled to call at Busan in July.",
      expect=[E("deployment", ["AUS", "KOR"], "2025-07", deployer="AUS", host="KOR", status="planned",
                operation="Indo-Pacific Endeavour")],
      note="the onward call does not take the operation of the deployment it continues"))
P = "2025-06-11"
add(C("F4", "F4e", P,
      "Tanzanian soldiers have been deployed to the eastern DRC since 2023 under the SADC flag, and about 1,200 of "
      "them are near Bunia.",
      expect=[E("deployment", ["COD", "TZA"], "2023", deployer="TZA", host="COD", personnel=1200)],
      note="'and about <N> of them are near <place>' ('About <N> <demonym> soldiers have been deployed' is read)"))
P = "2025-06-11"
add(C("F4", "F4f", P,
      "Ghana, whose soldiers have served with UNIFIL in southern Lebanon since 1978, marked the anniversary with a "
      "parade in Accra. Some 870 Ghanaian soldiers now serve with the mission.",
      expect=[E("deployment", ["GHA", "LBN"], "1978", deployer="GHA", host="LBN", personnel=870)],
      note="the strength in a later sentence ('Some <N> <demonym> soldiers now serve with the mission')"))
P = "2025-06-11"
add(C("F4", "F4g", P,
      "The Peruvian training ship BAP Unión will drop anchor at Valparaíso in July, as part of her yearly training "
      "voyage, with about 250 cadets and crew.",
      expect=[E("deployment", ["CHL", "PER"], "2025-07", deployer="PER", host="CHL", personnel=250)],
      note="an 'as part of <X>,' adjunct between the call and 'with about <N> cadets' (without it the strength is "
           "read: F4k-counter; 'on her yearly voyage,' does not block)"))
P = "2025-06-11"
add(C("F4", "F4h", P,
      "A Japanese Ground Self-Defense Force engineering team that arrived in Dili a fortnight ago is repairing the "
      "port's jetty, and about 30 Japanese engineers will work alongside local soldiers until December.",
      expect=[E("deployment", ["JPN", "TLS"], deployer="JPN", host="TLS", status="completed")],
      note="'<team> that arrived <time> is repairing': the status of the main verb (ongoing), not of the arrival"))
P = "2025-06-11"
add(C("F4", "F4i", P,
      "A Japanese Ground Self-Defense Force engineering team that arrived in Dili on Monday is repairing the port's "
      "jetty, and about 30 Japanese engineers will work alongside local soldiers until December.",
      expect=[E("deployment", ["JPN", "TLS"], prev(P, "Monday"), deployer="JPN", host="TLS", status="completed")],
      note="the same with a weekday: read as planned, and the day taken as next Monday"))
P = "2025-06-11"
add(C("F4", "F4j-counter", P,
      "A Royal Danish Air Force C-130J landed at Ämari on Saturday with around 40 airmen for the next rotation.",
      expect=[E("deployment", ["DNK", "EST"], prev(P, "Saturday"), deployer="DNK", host="EST", personnel=40)],
      note="counterexample: the strength with the arrival"))
P = "2025-06-11"
add(C("F4", "F4k-counter", P,
      "The Peruvian training ship BAP Unión will drop anchor at Valparaíso in July with about 250 cadets and crew.",
      expect=[E("deployment", ["CHL", "PER"], "2025-07", deployer="PER", host="CHL", personnel=250)],
      note="counterexample: 'with about <N> cadets' right after the time"))

# ---------------------------------------------------------------- F5 signing told by an apposed outcome, notes, a coordinated or reduced passive, 'the pair'
P = "2025-02-19"
add(C("F5", "F5a", P,
      "Dutch Defence Minister Ruben Brekelmans met Estonia's Defence Minister in Tallinn on Tuesday. The result, an "
      "agreement on joint ammunition production, was signed before both men faced the press.",
      expect=[E("agreement", ["EST", "NLD"], prev(P, "Tuesday"))],
      note="'The result, <instrument>, was signed' with no agents ('The result was <instrument>, signed' works: "
           "F5k-counter)"))
P = "2025-02-19"
add(C("F5", "F5b", P,
      "Dutch Defence Minister Ruben Brekelmans met Estonia's Defence Minister in Tallinn on Tuesday. An agreement on "
      "joint ammunition production was signed before both men faced the press.",
      expect=[E("agreement", ["EST", "NLD"], prev(P, "Tuesday"))],
      note="an agentless 'was signed' after the meeting ('was signed by the two men' works)"))
P = "2025-02-19"
add(C("F5", "F5c", P,
      "Japan's Prime Minister and the President of Indonesia met in Jakarta on Saturday. The two governments then "
      "exchanged notes covering a coastal radar grant for the Indonesian Navy immediately afterwards.",
      expect=[E("agreement", ["IDN", "JPN"], prev(P, "Saturday"))],
      note="'the two governments (then) exchanged notes covering <X>': an exchange of notes is no signing verb"))
P = "2025-02-19"
add(C("F5", "F5d", P,
      "Japan and Malaysia exchanged notes on Monday on security assistance for the Royal Malaysian Navy, covering "
      "two patrol boats.",
      expect=[E("agreement", ["JPN", "MYS"], prev(P, "Monday"))],
      note="the same with the states as subject"))
P = "2024-11-20"
add(C("F5", "F5e", P,
      "Mongolia's defence minister held official talks on Friday in Paris with France's armed forces minister. A "
      "roadmap on military medicine was reviewed and signed by the two ministers.",
      expect=[E("agreement", ["FRA", "MNG"], prev(P, "Friday"))],
      note="'was reviewed|approved and signed by': the coordinated participle hides the passive ('was signed by the "
           "two ministers' works: F5m-counter)"))
P = "2024-11-20"
add(C("F5", "F5f", P,
      "Mongolia's defence minister held official talks on Friday in Paris with France's armed forces minister. A "
      "memorandum on military medicine was signed by the ministers.",
      expect=[E("agreement", ["FRA", "MNG"], prev(P, "Friday"))],
      note="'by the ministers' (no 'two', no names) is no agent the passive takes ('by the two ministers' works)"))
P = "2025-06-11"
add(C("F5", "F5g", P,
      "A memorandum on joint production of munitions was signed on 3 June 2025 between the Armament Agency of the "
      "Republic of Poland and the Centre for Defence Investment of Estonia.",
      expect=[E("agreement", ["EST", "POL"], "2025-06-03")],
      note="agents named as '<organ> of (the Republic of) <State>' after 'between' ('<State>'s <organ>' works)"))
P = "2025-02-19"
add(C("F5", "F5h", P,
      "Singapore's defence minister met Japan's defense minister in Tokyo on Tuesday. From that meeting came a "
      "memorandum on cooperation in satellite tracking and radar, signed by both ministers in Tokyo.",
      expect=[E("agreement", ["JPN", "SGP"], prev(P, "Tuesday"))],
      note="'<instrument> on <A> and <B>, signed by both ministers': an 'and' in the topic breaks the reduced relative "
           "('on cooperation in maritime security, signed by' works; so does the inversion itself)"))
P = "2025-02-19"
add(C("F5", "F5h2", P,
      "Singapore's defence minister met Japan's defense minister in Tokyo on Tuesday. The centrepiece: a memorandum "
      "on cooperation in mine clearance and diving, signed by both ministers that afternoon.",
      expect=[E("agreement", ["JPN", "SGP"], prev(P, "Tuesday"))],
      note="the same without the inversion ('a memorandum on cooperation in mine clearance, signed by' is read)"))
P = "2025-02-19"
add(C("F5", "F5i", P,
      "Australia's defence minister will host Tonga's Prime Minister in Canberra next Wednesday. The pair are "
      "due to put their signatures to a defence cooperation treaty at that meeting.",
      expect=[E("agreement", ["AUS", "TON"], status="planned")],
      note="'The pair' is not read as the two parties of the scene ('The two men' works: F5l-counter)"))
P = "2025-02-19"
add(C("F5", "F5j", P,
      "Australia's defence minister will host Tonga's Prime Minister in Canberra next Wednesday. The two are expected "
      "to sign a defence cooperation treaty at that meeting.",
      expect=[E("agreement", ["AUS", "TON"], status="planned")],
      note="the same with a bare 'The two'"))
P = "2025-02-19"
add(C("F5", "F5k-counter", P,
      "Dutch Defence Minister Ruben Brekelmans met Estonia's Defence Minister in Tallinn on Tuesday. The result was "
      "an agreement on joint ammunition production, signed before both men faced the press.",
      expect=[E("agreement", ["EST", "NLD"], prev(P, "Tuesday"))],
      note="counterexample: 'The result was <instrument>, signed'"))
P = "2025-02-19"
add(C("F5", "F5l-counter", P,
      "Australia's defence minister will host Tonga's Prime Minister in Canberra next Wednesday. The two men are "
      "due to put their signatures to a defence cooperation treaty at that meeting.",
      expect=[E("agreement", ["AUS", "TON"], status="planned")],
      note="counterexample: 'The two men'"))
P = "2024-11-20"
add(C("F5", "F5m-counter", P,
      "Mongolia's defence minister held official talks on Friday in Paris with France's armed forces minister. A "
      "roadmap on military medicine was signed by the two ministers.",
      expect=[E("agreement", ["FRA", "MNG"], prev(P, "Friday"))],
      note="counterexample: 'was signed by the two ministers'"))

# ---------------------------------------------------------------- F6 visiting ship and force commanders
P = "2025-08-20"
add(C("F6", "F6a", P,
      "The Russian detachment commander, Captain 2nd Rank Ivan Petrov, was received on Saturday by the commander of "
      "the Indonesian Navy's Surabaya base.",
      expect=[E("meeting", ["IDN", "RUS"], prev(P, "Saturday"))],
      note="a rank with an ordinal ('Captain 2nd Rank') in the apposition ('Captain <name>' works: F6j-counter)"))
P = "2025-08-20"
add(C("F6", "F6b", P,
      "The French commanding officer, Capitaine de vaisseau Marc Leroy, called on the Tongan army commander in "
      "Nuku'alofa on Monday.",
      expect=[E("meeting", ["FRA", "TON"], prev(P, "Monday"))],
      note="a French rank ('Capitaine de vaisseau') in the apposition ('Captain <name>' works)"))
P = "2025-08-20"
add(C("F6", "F6c", P,
      "The French commanding officer drove to Nuku'alofa on Monday to call on Tonga's army commander.",
      expect=[E("meeting", ["FRA", "TON"], prev(P, "Monday"))],
      note="'drove|went to <city> on <day> to call on': the call is not read behind the trip ('to meet' is)"))
P = "2025-08-20"
add(C("F6", "F6d", P,
      "The French commanding officer called on the Commander of His Majesty's Armed Forces in Nuku'alofa on Monday.",
      expect=[E("meeting", ["FRA", "TON"], prev(P, "Monday"))],
      note="'called on the Commander of <force>' with a capital C: read as a rank before a name ('the commander of' "
           "works: F6k-counter)"))
P = "2025-08-20"
add(C("F6", "F6e", P,
      "The French commanding officer called on the Commander of the Kenya Defence Forces in Nairobi on Monday.",
      expect=[E("meeting", ["FRA", "KEN"], prev(P, "Monday"))],
      note="the same with '<State> Defence Forces' ('the Commander of the Kenya Navy' is read)"))
P = "2025-08-20"
add(C("F6", "F6f", P,
      "The German frigate Baden-Württemberg arrived in Mombasa on Friday for a four-day visit. Her commanding officer "
      "called on the Kenyan navy commander on Saturday.",
      expect=[E("meeting", ["DEU", "KEN"], prev(P, "Saturday"))],
      note="'Her|<ship>'s commanding officer': the ship's officer is not placed by the ship told before"))
P = "2025-08-20"
add(C("F6", "F6g", P,
      "The commander of ALINDIEN, Rear Admiral Marc Leroy, held talks on Monday in Djibouti with the Djiboutian navy "
      "chief.",
      expect=[E("meeting", ["DJI", "FRA"], prev(P, "Monday"))],
      note="a command told by its acronym ('the commander of <ACRONYM>'): the visitor is not placed"))
P = "2025-08-20"
add(C("F6", "F6h", P,
      "The commander of ALINDIEN, Rear Admiral Marc Leroy, held talks on Monday in Djibouti with the Djiboutian navy "
      "chief. A technical arrangement on diving training was signed by both officers when the talks ended.",
      expect=[E("agreement", ["DJI", "FRA"], prev(P, "Monday"))],
      note="with the talks one-sided, the signing 'by both officers when the talks ended' is not read ('The "
           "French commander of <ACRONYM>' gives both)"))
P = "2025-08-20"
add(C("F6", "F6j-counter", P,
      "The Russian detachment commander, Captain Ivan Petrov, was received on Saturday by the commander of the "
      "Indonesian Navy's Surabaya base.",
      expect=[E("meeting", ["IDN", "RUS"], prev(P, "Saturday"))],
      note="counterexample: 'Captain <name>'"))
P = "2025-08-20"
add(C("F6", "F6k-counter", P,
      "The French commanding officer called on the commander of His Majesty's Armed Forces in Nuku'alofa on Monday.",
      expect=[E("meeting", ["FRA", "TON"], prev(P, "Monday"))],
      note="counterexample: 'the commander of <force>' in lower case"))

# ---------------------------------------------------------------- F7 deal fields: Indian fiscal quarters, a single item, status
P = "2025-06-11"
add(C("F7", "F7a", P,
      "Bharat Electronics signed an export order with Armenia's defence ministry for coastal radars in the third "
      "quarter of financial year 2023-24, worth about USD 40 million.",
      expect=[E("export_deal", ["ARM", "IND"], "2023-Q4", seller="IND", buyer="ARM")],
      note="'the <N>th quarter of financial year YYYY-YY' (April to March) is read as the year YYYY"))
P = "2025-06-11"
add(C("F7", "F7b", P,
      "Mazagon Dock expects to sign a contract for two fast patrol vessels with the Seychelles Defence Forces in the "
      "first quarter of FY2027-28, worth an estimated ₹300 crore.",
      expect=[E("export_deal", ["IND", "SYC"], "2027-Q2", seller="IND", buyer="SYC", status="planned")],
      note="'in the first quarter of FYYYYY-YY' is read as the later calendar year"))
P = "2025-06-11"
add(C("F7", "F7c", P,
      "Goa Shipyard signed an export contract with the Sri Lanka Navy for two patrol vessels in Q4 FY2024-25, "
      "valued at ₹500 crore.",
      expect=[E("export_deal", ["IND", "LKA"], "2025-Q1", seller="IND", buyer="LKA")],
      note="'Q4 FY2024-25' is read as the calendar quarter Q4 2024 ('in the first quarter of 2025' is right: "
           "F7j-counter)"))
P = "2025-06-11"
add(C("F7", "F7d", P,
      "The Kenya Navy signed a contract with Navantia on Monday for one offshore patrol vessel, worth €80 million.",
      expect=[E("export_deal", ["ESP", "KEN"], prev(P, "Monday"), seller="ESP", buyer="KEN", quantity=1,
                items=["offshore patrol vessel"])],
      note="'for one <item>': no quantity and no item ('two offshore patrol vessels' gives both: F7i-counter)"))
P = "2025-06-11"
add(C("F7", "F7e", P,
      "The Ghana Navy signed a contract with Damen on Tuesday for a fast patrol craft, worth €18 million.",
      expect=[E("export_deal", ["GHA", "NLD"], prev(P, "Tuesday"), seller="NLD", buyer="GHA", quantity=1,
                items=["fast patrol craft"])],
      note="'for a <item>'"))
P = "2025-06-11"
add(C("F7", "F7f", P,
      "The Mozambican Air Force signed a contract with Embraer on Friday for a single C-390 transport aircraft, worth "
      "$150 million.",
      expect=[E("export_deal", ["BRA", "MOZ"], prev(P, "Friday"), seller="BRA", buyer="MOZ", quantity=1)],
      note="'for a single <system>': the item is read, the count is not"))
P = "2025-06-11"
add(C("F7", "F7g", P,
      "Estonia will buy twelve K9 howitzers from South Korea, after its defence minister and the Korean ambassador "
      "signed on Tuesday in Tallinn the contract for the guns, worth €150 million, the ministry said on Wednesday.",
      expect=[E("export_deal", ["EST", "KOR"], prev(P, "Tuesday"), seller="KOR", buyer="EST", status="completed")],
      note="'<buyer> will buy <items> ..., after <A> and <B> signed on <day> the contract': the lead's 'will buy' "
           "makes the signed deal planned"))
P = "2025-06-11"
add(C("F7", "F7h", P,
      "Romania will buy 54 Abrams tanks from the United States, after the Romanian defence minister and the US "
      "ambassador signed on Monday in Bucharest the LOA for the tanks, worth $1 billion.",
      expect=[E("export_deal", ["ROU", "USA"], prev(P, "Monday"), seller="USA", buyer="ROU", status="completed")],
      note="the same with an LOA"))
P = "2025-06-11"
add(C("F7", "F7i-counter", P,
      "The Kenya Navy signed a contract with Navantia on Monday for two offshore patrol vessels, worth €160 million.",
      expect=[E("export_deal", ["ESP", "KEN"], prev(P, "Monday"), seller="ESP", buyer="KEN", quantity=2,
                items=["offshore patrol vessels"])],
      note="counterexample: a count above one"))
P = "2025-06-11"
add(C("F7", "F7j-counter", P,
      "Goa Shipyard signed an export contract with the Sri Lanka Navy for two patrol vessels in the first quarter "
      "of 2025, valued at ₹500 crore.",
      expect=[E("export_deal", ["IND", "LKA"], "2025-Q1", seller="IND", buyer="LKA")],
      note="counterexample: a calendar quarter"))

# ---------------------------------------------------------------- F8 deployment assets
P = "2025-06-11"
add(C("F8", "F8a", P,
      "The Moroccan Navy's training ship Essaouira will put in at Dakar in April, the first call by a Moroccan naval "
      "vessel there.",
      expect=[E("deployment", ["MAR", "SEN"], "2026-04", deployer="MAR", host="SEN", assets=["Essaouira"])],
      note="'<service>'s <ship type> <Name>': a ship right after a possessive is no asset ('The Moroccan training "
           "ship <Name>' is: F8i-counter)"))
P = "2025-06-11"
add(C("F8", "F8b", P,
      "The Indonesian Navy's frigate Bung Tomo berthed at Darwin on Monday for a four-day visit.",
      expect=[E("deployment", ["AUS", "IDN"], prev(P, "Monday"), deployer="IDN", host="AUS", assets=["Bung Tomo"])],
      note="the same with 'frigate'"))
P = "2025-06-11"
add(C("F8", "F8c", P,
      "The Republic of Korea Navy's training ship Hansando and the destroyer Gang Gam-chan sailed into Sydney on "
      "Sunday.",
      expect=[E("deployment", ["AUS", "KOR"], prev(P, "Sunday"), deployer="KOR", host="AUS",
                assets=["Hansando", "Gang Gam-chan"])],
      note="two ships, the first after the possessive: only the second is read"))
P = "2025-06-11"
add(C("F8", "F8d", P,
      "The Chinese destroyer Urumqi and the supply tanker Taihu entered the port of Karachi on Saturday.",
      expect=[E("deployment", ["CHN", "PAK"], prev(P, "Saturday"), deployer="CHN", host="PAK",
                assets=["Urumqi", "Taihu"])],
      note="'tanker' is no ship type: the second ship is not an asset"))
P = "2025-06-11"
add(C("F8", "F8e", P,
      "A Brazilian Air Force P-3AM Orion landed at Dakar on Saturday for a week of patrols.",
      expect=[E("deployment", ["BRA", "SEN"], prev(P, "Saturday"), deployer="BRA", host="SEN",
                assets=["P-3AM Orion"])],
      note="an aircraft type missing from `system.tsv` ('Poseidon MRA1' is read)"))
P = "2025-06-11"
add(C("F8", "F8f", P,
      "About 120 Slovenian troops will deploy to Latvia in September. The soldiers will take Leopard 2 tanks with "
      "them.",
      expect=[E("deployment", ["LVA", "SVN"], "2025-09", deployer="SVN", host="LVA", assets=["Leopard 2"])],
      note="the equipment in the next sentence ('will take <system> with them'; 'with Leopard 2 tanks' in the same "
           "clause is read: F8j-counter)"))
P = "2025-06-11"
add(C("F8", "F8g", P,
      "About 120 Slovenian troops will deploy to Latvia in September with Patria armoured vehicles.",
      expect=[E("deployment", ["LVA", "SVN"], "2025-09", deployer="SVN", host="LVA",
                assets=["Patria armoured vehicles"])],
      note="vehicles named by their maker and a plain noun are no asset"))
P = "2025-06-11"
add(C("F8", "F8h", P,
      "Qatari Air Force pilots have been training at Tours air base in France since 2019. The detachment trains "
      "young pilots on the PC-21.",
      expect=[E("deployment", ["FRA", "QAT"], "2019", deployer="QAT", host="FRA", assets=["PC-21"])],
      note="the aircraft told in the next sentence ('The detachment trains ... on the <system>'; 'since 2019 on the "
           "PC-21' is read)"))
P = "2025-06-11"
add(C("F8", "F8i-counter", P,
      "The Moroccan training ship Essaouira will put in at Dakar in April, the first call by a Moroccan naval vessel "
      "there.",
      expect=[E("deployment", ["MAR", "SEN"], "2026-04", deployer="MAR", host="SEN", assets=["Essaouira"])],
      note="counterexample: no possessive before the ship"))
P = "2025-06-11"
add(C("F8", "F8j-counter", P,
      "About 120 Slovenian troops will deploy to Latvia in September with Leopard 2 tanks.",
      expect=[E("deployment", ["LVA", "SVN"], "2025-09", deployer="SVN", host="LVA", assets=["Leopard 2"])],
      note="counterexample: a listed system in the same clause"))

# ---------------------------------------------------------------- F9 meeting false alarms
P = "2025-06-11"
add(C("F9", "F9a", P,
      "KBC News at Nine — transcript extract\n\nNEWSREADER: Kenya's new Cabinet Secretary for Defence, Rebecca Tonkei, "
      "has held a first meeting with a counterpart from abroad since she was appointed. Over to our correspondent.\n\n"
      "REPORTER (in Nairobi): Thank you. Cabinet Secretary Tonkei hosted Uganda's defence minister in Nairobi on "
      "Friday.",
      expect=[E("meeting", ["KEN", "UGA"], prev(P, "Friday"))], exact=["meeting"],
      note="the newsreader's teaser ('has held a first meeting with a counterpart from abroad') becomes a one-party "
           "meeting (in one paragraph with the hosting it is folded in)"))
P = "2025-06-11"
add(C("F9", "F9b", P,
      "NATO Summit in The Hague — live\n\n09:00 — Good morning from The Hague, where leaders gather for the second "
      "day.",
      absent=["meeting"],
      note="a live blog's title '<forum> Summit in <city>' is read as a meeting of the forum alone"))
P = "2025-06-11"
add(C("F9", "F9c", P,
      "G7 Summit in Kananaskis — live\n\n08:30 — Leaders arrive for the opening session; no bilateral meetings are "
      "scheduled before noon.",
      absent=["meeting"],
      note="the same"))
P = "2025-06-11"
add(C("F9", "F9d", P,
      "Ministry of Defence of Kazakhstan — Press release No. 88\n\nDefence Minister back from official trip to Italy"
      "\n\nAstana, 11 June 2025 — The Minister of Defence of Kazakhstan came back on Sunday from an official visit to "
      "Italy, made at the invitation of his Italian counterpart.\n\nThe Minister had talks with the Italian Minister "
      "of Defence on Friday in Rome.",
      expect=[E("meeting", ["ITA", "KAZ"], prev(P, "Friday"))], exact=["meeting"],
      note="'came back|returned on <day> from an official visit to <State>' becomes a second meeting, dated by the "
           "return"))
P = "2025-06-11"
add(C("F9", "F9e", P,
      "Indonesia's Economy Minister held talks in Canberra on Monday with Australian ministers on a review of the two "
      "countries' free trade agreement.",
      absent=["meeting"],
      note="trade talks: the civil-purpose cue wants the topic right after 'talks on' and at most three words before "
           "'trade' ('held talks on trade in Canberra' is vetoed: F9i-counter)"))
P = "2025-06-11"
add(C("F9", "F9f", P,
      "Mexico's Economy Secretary held talks in Ottawa on Tuesday with Canadian ministers on steel, autos and energy.",
      absent=["meeting"],
      note="an economy minister's talks on industries no civil cue names"))
P = "2025-06-11"
add(C("F9", "F9g", P,
      "Spain's Defence Minister, Margarita Robles, is due in Luanda on Thursday to hold talks with her Angolan "
      "counterpart. Robles will also visit the Angolan navy's school in Ambriz before flying back to Madrid on "
      "Saturday.",
      expect=[E("meeting", ["AGO", "ESP"], nxt(P, "Thursday"), status="planned")], exact=["meeting"],
      note="a planned facility visit ('will also visit <school> before flying back to <capital> on <day>') becomes a "
           "second meeting, placed in the visitor's capital and dated a past Saturday"))
P = "2025-06-11"
add(C("F9", "F9h", P,
      "Norway's Minister of Fisheries met Faroese and Icelandic fisheries ministers on Wednesday in Tórshavn to "
      "discuss blue whiting quotas.",
      absent=["meeting"],
      note="fisheries ministers discussing quotas: no civil cue catches 'fisheries ministers' or 'quotas' ('to "
           "discuss fisheries' is vetoed: F9j-counter)"))
P = "2025-06-11"
add(C("F9", "F9i-counter", P,
      "Indonesia's Economy Minister held talks on trade in Canberra on Monday with Australian ministers.",
      absent=["meeting"],
      note="counterexample: 'talks on trade'"))
P = "2025-06-11"
add(C("F9", "F9j-counter", P,
      "Norway's Minister of Fisheries met Faroese and Icelandic fisheries ministers on Wednesday in Tórshavn to "
      "discuss fisheries.",
      absent=["meeting"],
      note="counterexample: 'to discuss fisheries'"))

# ---------------------------------------------------------------- F10 deployment verbs and subjects the rules do not read
P = "2025-06-11"
add(C("F10", "F10a", P,
      "A Norwegian battalion will move to Finland next year, when Norway assumes a bigger share of the Nordic "
      "brigade there.",
      expect=[E("deployment", ["FIN", "NOR"], "2026", deployer="NOR", host="FIN", status="planned")],
      note="'will move to <State>' is no deployment verb ('will deploy to' works: F10i-counter)"))
P = "2025-06-11"
add(C("F10", "F10b", P,
      "Polish troops will go to Latvia in May to join the multinational brigade.",
      expect=[E("deployment", ["LVA", "POL"], "2026-05", deployer="POL", host="LVA", status="planned")],
      note="'will go to <State> in <month>' (read only with a rotation cue such as 'its first rotation')"))
P = "2025-06-11"
add(C("F10", "F10c", P,
      "The rotation of the battalion that Nepal has kept in Lebanon since 1978 under UNIFIL was completed last month.",
      expect=[E("deployment", ["LBN", "NPL"], "1978", deployer="NPL", host="LBN", status="ongoing")],
      note="the forces as antecedent of an object relative ('the battalion that <State> has kept in <host> since "
           "<year>'; '<State> has kept a battalion in' is read)"))
P = "2025-06-11"
add(C("F10", "F10d", P,
      "The field hospital that Egypt has maintained in the Central African Republic since 2014 numbers about 80 "
      "doctors and nurses.",
      expect=[E("deployment", ["CAF", "EGY"], "2014", deployer="EGY", host="CAF", status="ongoing")],
      note="the same with 'has maintained'"))
P = "2025-06-11"
add(C("F10", "F10e", P,
      "Singaporean armour units have been training in Australia since 1990, at Shoalwater Bay.",
      expect=[E("deployment", ["AUS", "SGP"], "1990", deployer="SGP", host="AUS", status="ongoing")],
      note="'have been training in <State> since <year>' ('have been based in' works; 'training at <X> air base' "
           "is read)"))
P = "2025-06-11"
add(C("F10", "F10f", P,
      "INS Tabar entered Jeddah late last month on a port visit to Saudi Arabia, her first there in five years.",
      expect=[E("deployment", ["IND", "SAU"], "2025-05", deployer="IND", host="SAU", location="Jeddah")],
      note="'entered <listed port>' without 'the port of' ('arrived in' works: F10j-counter)"))
P = "2025-06-11"
add(C("F10", "F10g", P,
      "The Turkish frigate TCG Kemalreis entered Constanța on Monday for a three-day call.",
      expect=[E("deployment", ["ROU", "TUR"], prev(P, "Monday"), deployer="TUR", host="ROU")],
      note="the same with a weekday"))
P = "2025-06-11"
add(C("F10", "F10h", P,
      "HMS Tamar, a Royal Navy patrol vessel, is paying a courtesy visit. She arrived in Manila on Sunday and will "
      "sail again on Friday.",
      expect=[E("deployment", ["GBR", "PHL"], prev(P, "Sunday"), deployer="GBR", host="PHL")],
      note="'She arrived in <port>': the pronoun is not resolved to the ship named before"))
P = "2025-06-11"
add(C("F10", "F10i-counter", P,
      "A Norwegian battalion will deploy to Finland next year, when Norway assumes a bigger share of the Nordic "
      "brigade there.",
      expect=[E("deployment", ["FIN", "NOR"], "2026", deployer="NOR", host="FIN", status="planned")],
      note="counterexample: 'will deploy to'"))
P = "2025-06-11"
add(C("F10", "F10j-counter", P,
      "INS Tabar arrived in Jeddah late last month on a port visit to Saudi Arabia, her first there in five years.",
      expect=[E("deployment", ["IND", "SAU"], "2025-05", deployer="IND", host="SAU", location="Jeddah")],
      note="counterexample: 'arrived in <port>'"))

# ---------------------------------------------------------------- F11 makers the company list does not know, or split from their verb
P = "2025-06-11"
add(C("F11", "F11a", P,
      "Tecnam has sold four P2012 MMA patrol aircraft to Malta, the Italian manufacturer said on Monday.",
      expect=[E("export_deal", ["ITA", "MLT"], seller="ITA", buyer="MLT", quantity=4)],
      note="an unlisted maker; its state only in the apposed speaker 'the <demonym> manufacturer said' ('Italy's "
           "Tecnam' works: F11j-counter)"))
P = "2025-06-11"
add(C("F11", "F11b", P,
      "On Tuesday Tata Motors signed a contract with the Ghana Armed Forces for 120 military trucks, worth US$40 "
      "million.",
      expect=[E("export_deal", ["GHA", "IND"], prev(P, "Tuesday"), seller="IND", buyer="GHA")],
      note="an unlisted maker as subject of 'signed a contract with <buyer>'"))
P = "2025-06-11"
add(C("F11", "F11c", P,
      "Isuzu Motors signed a contract on Wednesday with the Philippine Army for 200 light tactical trucks, worth "
      "₱1.2 billion.",
      expect=[E("export_deal", ["JPN", "PHL"], prev(P, "Wednesday"), seller="JPN", buyer="PHL")],
      note="the same"))
P = "2025-06-11"
add(C("F11", "F11d", P,
      "Seabird Aviation of Australia signed an A$12 million deal with the Papua New Guinea Defence Force on Friday "
      "for two Seeker surveillance aircraft.",
      expect=[E("export_deal", ["AUS", "PNG"], prev(P, "Friday"), seller="AUS", buyer="PNG")],
      note="'<unlisted firm> of <State> signed ... with <buyer>': the state alone is read as the subject, and as the "
           "buyer"))
P = "2025-06-11"
add(C("F11", "F11e", P,
      "On Monday, the Senegalese Navy concluded a contract worth €22 million with the Portuguese shipyard Arsenal do "
      "Alfeite for two patrol boats.",
      expect=[E("export_deal", ["PRT", "SEN"], prev(P, "Monday"), seller="PRT", buyer="SEN")],
      note="'<buyer's navy> concluded a contract worth <money> with the <demonym> shipyard <unlisted firm>': "
           "`export_deal.deal_worth` orients the pair by `exporter.tsv`, which has no Portugal, so the subject "
           "becomes the seller (a listed yard is right: F11k-counter)"))
P = "2025-06-11"
add(C("F11", "F11f", P,
      "On Monday, the Kenya Navy signed a contract worth €15 million with the Greek shipyard Elefsis for two patrol "
      "boats.",
      expect=[E("export_deal", ["GRC", "KEN"], prev(P, "Monday"), seller="GRC", buyer="KEN")],
      note="the same with a Greek yard ('the Spanish|Dutch|French shipyard <unlisted>' is oriented right)"))
P = "2025-06-11"
add(C("F11", "F11g", P,
      "Navantia, whose repair work is done largely at Ferrol, signed a €38 million contract with the Bangladesh Navy "
      "on Friday for two patrol vessels.",
      expect=[E("export_deal", ["BGD", "ESP"], prev(P, "Friday"), seller="ESP", buyer="BGD")],
      note="a 'whose ...' relative clause between the maker and 'signed' (without it the deal is read: F11i-counter)"))
P = "2025-06-11"
add(C("F11", "F11h", P,
      "Hanwha Aerospace, whose K9 line in Changwon is working at full capacity, signed a contract on Monday with the "
      "Vietnamese Army for 20 K9 howitzers, worth KRW 300 billion.",
      expect=[E("export_deal", ["KOR", "VNM"], prev(P, "Monday"), seller="KOR", buyer="VNM", quantity=20)],
      note="the same"))
P = "2025-06-11"
add(C("F11", "F11i-counter", P,
      "Navantia signed a €38 million contract with the Bangladesh Navy on Friday for two patrol vessels.",
      expect=[E("export_deal", ["BGD", "ESP"], prev(P, "Friday"), seller="ESP", buyer="BGD")],
      note="counterexample: a listed maker right before its verb"))
P = "2025-06-11"
add(C("F11", "F11j-counter", P,
      "Italy's Tecnam has sold four P2012 MMA patrol aircraft to Malta, the manufacturer said on Monday.",
      expect=[E("export_deal", ["ITA", "MLT"], seller="ITA", buyer="MLT", quantity=4)],
      note="counterexample: the maker qualified by its state"))
P = "2025-06-11"
add(C("F11", "F11k-counter", P,
      "On Monday, the Libyan Navy signed a contract worth $30 million with the Turkish shipyard Yonca-Onuk for four "
      "fast interceptor boats.",
      expect=[E("export_deal", ["LBY", "TUR"], prev(P, "Monday"), seller="TUR", buyer="LBY")],
      note="counterexample: a listed yard after 'with the <demonym> shipyard'"))

# ---------------------------------------------------------------- F12 deals told with the contract or the items as subject
P = "2025-06-11"
add(C("F12", "F12a", P,
      "The Belize Defence Force will take delivery of two landing craft next year. The contract for the craft, worth "
      "BZ$20 million and awarded to Swiftships of Louisiana, was signed on Monday at Price Barracks.",
      expect=[E("export_deal", ["BLZ", "USA"], prev(P, "Monday"), seller="USA", buyer="BLZ")],
      note="'The contract for <items>, worth <money> and awarded|placed with <firm>, was signed <time>': no agent, the "
           "seller inside the subject, the buyer only the story's ('<buyer> signed the contract ... with <firm>' "
           "works: F12i-counter)"))
P = "2025-06-11"
add(C("F12", "F12b", P,
      "The Belize Defence Force is adding surveillance aircraft to its fleet. At BZ$12 million, the second purchase "
      "— two Cessna 208 aircraft from Textron Aviation, signed on Tuesday — is smaller.",
      expect=[E("export_deal", ["BLZ", "USA"], prev(P, "Tuesday"), seller="USA", buyer="BLZ", quantity=2)],
      note="'the second purchase — <items> from <firm>, signed on <day> —' (a fronted sum, a noun with a dash "
           "apposition)"))
P = "2025-06-11"
add(C("F12", "F12c", P,
      "The Jamaica Defence Force bought two King Air 350 aircraft from Textron Aviation on Monday for US$30 million.",
      expect=[E("export_deal", ["JAM", "USA"], prev(P, "Monday"), seller="USA", buyer="JAM")],
      note="'King Air' trips the airline veto (`_sale.civil_order`: '<Name> Air' as a carrier); with 'Cessna 208' "
           "the same sentence is read"))
P = "2025-06-11"
add(C("F12", "F12d", P,
      "The Kenyan Defence Forces announced their first purchase of armed drones on Thursday. The TB2 drones will come "
      "from Türkiye's Baykar under a US$60 million contract, signed in Istanbul on Wednesday with the firm.",
      expect=[E("export_deal", ["KEN", "TUR"], prev(P, "Wednesday"), seller="TUR", buyer="KEN")],
      note="'The <items> will come from <firm> under a <money> contract, signed <day> with the firm|company'"))
P = "2025-06-11"
add(C("F12", "F12e", P,
      "Last month, a second corvette from Italy's Fincantieri was ordered by the Qatari Emiri Navy for €500 million.",
      expect=[E("export_deal", ["ITA", "QAT"], "2025-05", seller="ITA", buyer="QAT")],
      note="'<item> from <firm> was ordered by <buyer>': the seller inside the passive's subject ('the Qatari Emiri "
           "Navy ordered ... from' works: F12j-counter)"))
P = "2025-06-11"
add(C("F12", "F12f", P,
      "A second batch of Piranha vehicles from Mowag was ordered by the Danish Army on Monday for DKK 900 million.",
      expect=[E("export_deal", ["CHE", "DNK"], prev(P, "Monday"), seller="CHE", buyer="DNK")],
      note="the same"))
P = "2025-06-11"
add(C("F12", "F12g", P,
      "Kazakhstan's Ministry of Defence said on Monday that its main project is the air force's project to buy FA-50 "
      "light fighters from Korea Aerospace Industries (KAI). The contract for a dozen aircraft is due to be concluded "
      "in the spring, at an estimated KZT 400 billion.",
      expect=[E("export_deal", ["KAZ", "KOR"], seller="KOR", buyer="KAZ", status="planned")],
      note="an agentless planned 'The contract for <N> aircraft is due to be concluded|signed <time>', its parties in "
           "the sentence before ('project|plan to buy <items> from <firm>')"))
P = "2025-06-11"
add(C("F12", "F12h", P,
      "The Colombian Army will receive four Black Hawk helicopters next year. The contract for the helicopters, worth "
      "US$120 million, was signed on Monday in Bogotá.",
      expect=[E("export_deal", ["COL", "USA"], prev(P, "Monday"), seller="USA", buyer="COL")],
      note="an agentless 'The contract for <items>, worth <money>, was signed <day>'; the seller only from the item"))
P = "2025-06-11"
add(C("F12", "F12i-counter", P,
      "The Belize Defence Force signed the contract for the two landing craft, worth BZ$20 million, with Swiftships "
      "on Monday.",
      expect=[E("export_deal", ["BLZ", "USA"], prev(P, "Monday"), seller="USA", buyer="BLZ")],
      note="counterexample: the buyer as subject"))
P = "2025-06-11"
add(C("F12", "F12j-counter", P,
      "Last month, the Qatari Emiri Navy ordered a second corvette from Italy's Fincantieri for €500 million.",
      expect=[E("export_deal", ["ITA", "QAT"], "2025-05", seller="ITA", buyer="QAT")],
      note="counterexample: the active 'ordered ... from'"))

# ---------------------------------------------------------------- F13 the home side told by a bare service or organ
P = "2025-06-11"
add(C("F13", "F13a", P,
      "Peru's defence minister met his Swedish counterpart in Lima on Monday. In a separate move, the Army completed "
      "on Monday its purchase of Carl-Gustaf launchers from Saab for PEN 90 million.",
      expect=[E("export_deal", ["PER", "SWE"], prev(P, "Monday"), seller="SWE", buyer="PER")],
      note="a bare 'the Army' as buyer, in a story whose home is plain ('the Peruvian Army' works: F13i-counter)"))
P = "2025-06-11"
add(C("F13", "F13b", P,
      "Hungary's defence minister hosted his Croatian counterpart in Budapest on Friday. Earlier this month, the "
      "ministry's procurement agency has signed for 40 more Cobra II vehicles from Otokar, worth HUF 30 billion.",
      expect=[E("export_deal", ["HUN", "TUR"], "2025-06", seller="TUR", buyer="HUN", quantity=40)],
      note="'the ministry's procurement agency' (an organ of an organ) is not placed ('Hungary's procurement "
           "agency' works: F13j-counter)"))
P = "2025-06-11"
add(C("F13", "F13c", P,
      "The Brazilian Army has more than 600 armoured vehicles in service. Meanwhile the Army's Logistics Command "
      "signed a €10 million contract with the Italian company Leonardo for 12 radars.",
      expect=[E("export_deal", ["BRA", "ITA"], seller="ITA", buyer="BRA", quantity=12)],
      note="'the Army's Logistics Command' with the Army's state told only in an earlier sentence ('the Brazilian "
           "Army's Logistics Command' works)"))
P = "2025-06-11"
add(C("F13", "F13d", P,
      "Mongolian Ministry of Defence — Release 31\n\nIn Seoul on Friday, a contract for ten K-SAM air defence systems "
      "was signed between the General Staff and Korea's Hanwha Aerospace, valued at MNT 20 billion.",
      expect=[E("export_deal", ["KOR", "MNG"], prev(P, "Friday"), seller="KOR", buyer="MNG")],
      note="'between the General Staff and <firm>' in the buyer ministry's own release: the masthead does not place "
           "the General Staff ('the Mongolian General Staff' works)"))
P = "2025-06-11"
add(C("F13", "F13e", P,
      "Czech Defence Minister Jana Černochová said on Monday that the fleet would grow. The Air Force signed a "
      "contract with Embraer on Tuesday for two C-390 transport aircraft, worth CZK 3.5 billion.",
      expect=[E("export_deal", ["BRA", "CZE"], prev(P, "Tuesday"), seller="BRA", buyer="CZE")],
      note="a bare 'The Air Force' after a sentence that names only the minister's state ('The Czech Air Force' "
           "works)"))
P = "2025-10-16"
add(C("F13", "F13f", P,
      "The Philippine Army is buying new trucks this year. The Army's commanding general hosted the Indian army chief "
      "at Camp Aguinaldo on Tuesday to discuss training.",
      expect=[E("meeting", ["IND", "PHL"], prev(P, "Tuesday"))],
      note="the host told as 'The Army's commanding general' ('The Philippine Army's commanding general' works)"))
P = "2025-10-16"
add(C("F13", "F13g", P,
      "The Philippine Army is buying new trucks this year. The Army's commanding general, Lt. Gen. Ramon Cruz, hosted "
      "Japan's army chief, General Kenji Mori, at Camp Aguinaldo on Tuesday to discuss training.",
      expect=[E("meeting", ["JPN", "PHL"], prev(P, "Tuesday"))],
      note="the same with both officers named in appositions"))
P = "2025-06-11"
add(C("F13", "F13h", P,
      "Chile's defence minister met his Australian counterpart in Santiago on Monday. Separately, the Navy closed on "
      "Tuesday the purchase of two patrol boats from Navantia for US$60 million.",
      expect=[E("export_deal", ["CHL", "ESP"], prev(P, "Tuesday"), seller="ESP", buyer="CHL")],
      note="the same with a bare 'the Navy'"))
P = "2025-06-11"
add(C("F13", "F13i-counter", P,
      "Peru's defence minister met his Swedish counterpart in Lima on Monday. In a separate move, the Peruvian Army "
      "completed on Monday its purchase of Carl-Gustaf launchers from Saab for PEN 90 million.",
      expect=[E("export_deal", ["PER", "SWE"], prev(P, "Monday"), seller="SWE", buyer="PER")],
      note="counterexample: the service qualified by its state"))
P = "2025-06-11"
add(C("F13", "F13j-counter", P,
      "Hungary's defence minister hosted his Croatian counterpart in Budapest on Friday. Earlier this month, "
      "Hungary's procurement agency has signed for 40 more Cobra II vehicles from Otokar, worth HUF 30 billion.",
      expect=[E("export_deal", ["HUN", "TUR"], "2025-06", seller="TUR", buyer="HUN", quantity=40)],
      note="counterexample: '<State>'s procurement agency'"))

# ---------------------------------------------------------------- F14 deployer and host from the wrong phrase
P = "2025-06-11"
add(C("F14", "F14a", P,
      "A Royal Australian Air Force P-8A Poseidon landed at Kadena on Saturday to begin a rotation under Operation "
      "ARGOS, Australia's contribution to the effort to monitor sanctions on North Korea.",
      expect=[E("deployment", ["AUS", "JPN"], prev(P, "Saturday"), deployer="AUS", host="JPN")],
      note="a state named in the purpose apposition ('<deployer>'s contribution to ... <State>') overrides the "
           "listed base's state as host"))
P = "2025-06-11"
add(C("F14", "F14b", P,
      "A French Navy Falcon 200 landed at Misawa on Saturday, France's contribution to the watch on ship-to-ship "
      "transfers by North Korea.",
      expect=[E("deployment", ["FRA", "JPN"], prev(P, "Saturday"), deployer="FRA", host="JPN")],
      note="the same"))
P = "2025-06-11"
add(C("F14", "F14c", P,
      "HMAS Anzac came alongside at Yokosuka on Monday. After Japan, HMAS Anzac is scheduled to call at Manila in "
      "July.",
      expect=[E("deployment", ["AUS", "PHL"], "2025-07", deployer="AUS", host="PHL", status="planned")],
      note="'After <State>, <prefixed ship> is scheduled to call at <port>': the fronted state becomes the "
           "deployer over the ship prefix (without 'After Japan,' it is right: F14h-counter)"))
P = "2025-06-11"
add(C("F14", "F14d", P,
      "HMNZS Te Kaha berthed at Suva on Monday. After Fiji, HMNZS Te Kaha is scheduled to call at Apia in August.",
      expect=[E("deployment", ["NZL", "WSM"], "2025-08", deployer="NZL", host="WSM", status="planned")],
      note="the same ('After Indonesia, the Indian frigate <Name>' keeps the demonym's state)"))
P = "2025-06-11"
add(C("F14", "F14e", P,
      "The Nouméa-based patrol vessel La Glorieuse berthed at Port Vila on Saturday for a three-day stop.",
      expect=[E("deployment", ["FRA", "VUT"], prev(P, "Saturday"), deployer="FRA", host="VUT")],
      note="a ship told only by its home port in a French territory ('<town>-based'): no deployer, no event ('The "
           "French patrol vessel' works: F14i-counter)"))
P = "2025-06-11"
add(C("F14", "F14f", P,
      "The Réunion-based frigate Floréal called at Maputo on Friday for a four-day stop.",
      expect=[E("deployment", ["FRA", "MOZ"], prev(P, "Friday"), deployer="FRA", host="MOZ")],
      note="the same"))
P = "2025-06-11"
add(C("F14", "F14g", P,
      "At Suva, the French patrol vessel La Glorieuse berthed on Saturday for a three-day stop.",
      expect=[E("deployment", ["FJI", "FRA"], prev(P, "Saturday"), deployer="FRA", host="FJI", location="Suva")],
      note="a fronted place ('At <port>, <ship> berthed'): the place is read but gives no host"))
P = "2025-06-11"
add(C("F14", "F14h-counter", P,
      "HMAS Anzac came alongside at Yokosuka on Monday. HMAS Anzac is scheduled to call at Manila in July.",
      expect=[E("deployment", ["AUS", "PHL"], "2025-07", deployer="AUS", host="PHL", status="planned")],
      note="counterexample: no fronted state"))
P = "2025-06-11"
add(C("F14", "F14i-counter", P,
      "The French patrol vessel La Glorieuse berthed at Port Vila on Saturday for a three-day stop.",
      expect=[E("deployment", ["FRA", "VUT"], prev(P, "Saturday"), deployer="FRA", host="VUT")],
      note="counterexample: a demonym"))

# ---------------------------------------------------------------- F15 forces told by a unit or trade noun
P = "2025-03-12"
add(C("F15", "F15a", P,
      "The first Kenyan company is expected in Haiti in May, a police source said.",
      expect=[E("deployment", ["HTI", "KEN"], "2025-05", deployer="KEN", host="HTI", status="planned")],
      note="a bare 'company' is no forces noun ('Kenyan troops are expected in Haiti' works; so does 'infantry "
           "company')"))
P = "2025-03-12"
add(C("F15", "F15b", P,
      "A Rwandan company will deploy to Mozambique in April.",
      expect=[E("deployment", ["MOZ", "RWA"], "2025-04", deployer="RWA", host="MOZ", status="planned")],
      note="the same with 'will deploy to'"))
P = "2025-03-12"
add(C("F15", "F15c", P,
      "Rwandan troops are expected in the north of Mozambique in April.",
      expect=[E("deployment", ["MOZ", "RWA"], "2025-04", deployer="RWA", host="MOZ", status="planned")],
      note="'are expected in the north of <State>': the planned cue wants the place right after 'in' ('expected in "
           "<State>' works)"))
P = "2025-03-12"
add(C("F15", "F15d", P,
      "Camp Rena in Norway has been home to Dutch commandos since 2022.",
      expect=[E("deployment", ["NLD", "NOR"], "2022", deployer="NLD", host="NOR", status="ongoing")],
      note="'commandos' is no forces noun ('home to Dutch troops' works: F15i-counter)"))
P = "2025-03-12"
add(C("F15", "F15e", P,
      "Polish commandos have been in Latvia since 2023.",
      expect=[E("deployment", ["LVA", "POL"], "2023", deployer="POL", host="LVA", status="ongoing")],
      note="the same with 'have been in <State> since'"))
P = "2025-03-12"
add(C("F15", "F15f", P,
      "New Zealand's Defence Force is readying a fresh contingent. Roughly 25 engineers and logistics specialists are "
      "to head to Papua New Guinea in March.",
      expect=[E("deployment", ["NZL", "PNG"], "2026-03", deployer="NZL", host="PNG", personnel=25)],
      note="'engineers and logistics specialists' ('Roughly 25 soldiers are to head to' works)"))
P = "2025-03-12"
add(C("F15", "F15g", P,
      "About 40 Japanese logistics specialists will deploy to Djibouti in March.",
      expect=[E("deployment", ["DJI", "JPN"], "2025-03", deployer="JPN", host="DJI", personnel=40)],
      note="'logistics specialists'"))
P = "2025-03-12"
add(C("F15", "F15h", P,
      "The South Korean training ship Hansando sailed into Sydney on Sunday with about 150 officer candidates.",
      expect=[E("deployment", ["AUS", "KOR"], prev(P, "Sunday"), deployer="KOR", host="AUS", personnel=150)],
      note="'officer candidates' is no strength noun ('midshipmen', 'sailors' are: F15j-counter)"))
P = "2025-03-12"
add(C("F15", "F15i-counter", P,
      "Camp Rena in Norway has been home to Dutch troops since 2022.",
      expect=[E("deployment", ["NLD", "NOR"], "2022", deployer="NLD", host="NOR", status="ongoing")],
      note="counterexample: 'troops'"))
P = "2025-03-12"
add(C("F15", "F15j-counter", P,
      "The South Korean training ship Hansando sailed into Sydney on Sunday with about 150 midshipmen.",
      expect=[E("deployment", ["AUS", "KOR"], prev(P, "Sunday"), deployer="KOR", host="AUS", personnel=150)],
      note="counterexample: 'midshipmen'"))

# ---------------------------------------------------------------- F16 stationing and sailing words read as deployments
P = "2025-06-11"
add(C("F16", "F16a", P,
      "Halifax-based HMCS Moncton, for its part, sailed on Tuesday for Arctic waters on a home patrol lasting until "
      "October.",
      absent=["deployment"],
      note="a home ship sailing for home waters: `deployment.departed` keeps a departure with no host ('sailed on "
           "<day> for a patrol of <State>'s Arctic coast' is not read)"))
P = "2025-06-11"
add(C("F16", "F16b", P,
      "Slovakia will buy twelve launchers from the United States. Bratislava would look at sending a unit to Hungary "
      "if asked, but nobody has asked. According to the ministry, the new launchers are to be stationed in the west of "
      "the country.",
      absent=["deployment"],
      note="bought equipment 'to be stationed|based in the west of the country': 'the country' is read as the last "
           "foreign state named (Hungary)"))
P = "2025-06-11"
add(C("F16", "F16c", P,
      "Poland will buy 48 launchers from the United States. Warsaw would look at sending a battery to Lithuania if "
      "NATO asked, but no request has come. According to the ministry, the launchers are to be stationed in the "
      "country's east.",
      absent=["deployment"],
      note="the same"))
P = "2025-06-11"
add(C("F16", "F16d", P,
      "Lusaka, 11 Jun (ZANIS) – The Ministry of Defence signed on Friday in Warsaw a contract with PZL-Świdnik for "
      "four W-3 helicopters, worth ZMW 900 million. The aircraft are to be based at Mbala.",
      absent=["deployment"],
      note="'The aircraft are to be|will be based at <home town>' after a purchase: a deployment of the buyer hosted "
           "by the state of the signing place ('The helicopters are to be based at' is not read: F16i-counter)"))
P = "2025-06-11"
add(C("F16", "F16e", P,
      "Nairobi, 11 Jun (KNA) – The Ministry of Defence signed on Friday in Rome a contract with Leonardo for two C-27J "
      "transport aircraft, worth KES 9 billion. The aircraft are to be based at Laikipia.",
      absent=["deployment"],
      note="the same"))
P = "2026-02-06"
add(C("F16", "F16f", P,
      "Trade News — Industry\n\nTrucks go to Ghana; Army buys Swedish weapon stations\n\nEXPORT — Scania's plant in São "
      "Bernardo do Campo has found a second export buyer for the truck.",
      absent=["deployment"],
      note="'<demonym> weapon stations' in a headline: 'stations' is read as the 'station' cue"))
P = "2026-02-06"
add(C("F16", "F16g", P,
      "Trade News — Industry\n\nTanks go to Chile; Navy buys Italian gun stations\n\nEXPORT — Rheinmetall's plant in "
      "Unterlüß has found a third export buyer for the tank.",
      absent=["deployment"],
      note="the same"))
P = "2025-06-11"
add(C("F16", "F16h-counter", P,
      "About 200 Polish troops will be based in Latvia from March.",
      expect=[E("deployment", ["LVA", "POL"], "2026-03", deployer="POL", host="LVA", personnel=200)],
      note="counterexample: troops to be based abroad"))
P = "2025-06-11"
add(C("F16", "F16i-counter", P,
      "Lusaka, 11 Jun (ZANIS) – The Ministry of Defence signed on Friday in Warsaw a contract with PZL-Świdnik for "
      "four W-3 helicopters, worth ZMW 900 million. The helicopters are to be based at Mbala.",
      absent=["deployment"],
      note="counterexample: 'The helicopters are to be based at'"))

# ---------------------------------------------------------------- F17 the seller told by a back-reference or outside the buyer's clause
P = "2025-06-11"
add(C("F17", "F17a", P,
      "Hindustan Aeronautics has found another export customer for its Dhruv: the Maldives National Defence Force signed on "
      "Tuesday for two Dhruv helicopters, a deal HAL valued at ₹300 crore.",
      expect=[E("export_deal", ["IND", "MDV"], prev(P, "Tuesday"), seller="IND", buyer="MDV")],
      note="'<buyer> signed on <day> for <items>, a deal <firm> valued at <money>': the seller only in the apposed "
           "'a deal <firm> valued at' ('signed a contract with <firm>' works: F17i-counter)"))
P = "2025-06-11"
add(C("F17", "F17b", P,
      "Embraer has a new customer for the Super Tucano: the Paraguayan Air Force signed on Monday for six aircraft, a "
      "deal Embraer valued at US$100 million.",
      expect=[E("export_deal", ["BRA", "PRY"], prev(P, "Monday"), seller="BRA", buyer="PRY")],
      note="the same"))
P = "2025-06-11"
add(C("F17", "F17c", P,
      "Hanwha Aerospace Co., Ltd. — Disclosure of a single supply contract\n\n1. Contract: On 3 June 2025, the Company "
      "has signed a contract with Estonia's Centre for Defence Investment for K9 howitzers worth KRW 200,000,000,000.",
      expect=[E("export_deal", ["EST", "KOR"], "2025-06-03", seller="KOR", buyer="EST")],
      note="'the Company' of a disclosure: the filer named in the header is not taken"))
P = "2025-06-11"
add(C("F17", "F17d", P,
      "EXPORT — Avibras's plant in Jacareí has its first foreign customer for the Astros III. The company completed on "
      "Tuesday the sale of 12 launchers to the Indonesian Army for R$ 600 million.",
      expect=[E("export_deal", ["BRA", "IDN"], prev(P, "Tuesday"), seller="BRA", buyer="IDN")],
      note="'The company' pointing back at '<firm>'s plant in <town>'"))
P = "2025-06-11"
add(C("F17", "F17e", P,
      "Goa Shipyard's export order book keeps growing. On 3 June, the Yard signed a contract with the Sri Lanka Navy for "
      "two patrol vessels, worth ₹500 crore.",
      expect=[E("export_deal", ["IND", "LKA"], "2025-06-03", seller="IND", buyer="LKA")],
      note="a short back-reference ('the Yard', 'the Complex') to the firm named before ('it signed' works: "
           "F17h-counter)"))
P = "2025-06-11"
add(C("F17", "F17f", P,
      "Naval Group reported strong orders. On Monday, the Group signed a contract with the Hellenic Navy for three "
      "frigates, worth €3 billion.",
      expect=[E("export_deal", ["FRA", "GRC"], prev(P, "Monday"), seller="FRA", buyer="GRC")],
      note="the same with 'the Group'"))
P = "2025-06-11"
add(C("F17", "F17g", P,
      "The Pakistan Aeronautical Complex is finding buyers abroad. On 2 June the Complex signed an order with the "
      "Nigerian Air Force for six JF-17 fighters, worth US$150 million.",
      expect=[E("export_deal", ["NGA", "PAK"], "2025-06-02", seller="PAK", buyer="NGA")],
      note="the same with 'the Complex'"))
P = "2025-06-11"
add(C("F17", "F17h-counter", P,
      "Goa Shipyard's export order book keeps growing. On 3 June, it signed a contract with the Sri Lanka Navy for two "
      "patrol vessels, worth ₹500 crore.",
      expect=[E("export_deal", ["IND", "LKA"], "2025-06-03", seller="IND", buyer="LKA")],
      note="counterexample: 'it signed'"))
P = "2025-06-11"
add(C("F17", "F17i-counter", P,
      "The Maldives National Defence Force signed a contract with Hindustan Aeronautics on Tuesday for two Dhruv "
      "helicopters, valued at ₹300 crore.",
      expect=[E("export_deal", ["IND", "MDV"], prev(P, "Tuesday"), seller="IND", buyer="MDV")],
      note="counterexample: the firm after 'with'"))

# ---------------------------------------------------------------- F18 deal and pact false alarms: rumours, debates, framework agreements
P = "2025-06-11"
add(C("F18", "F18a", P,
      "HOST: Welcome back. What about arms deals in southern Africa?\n\nGUEST: Some states could send trainers to "
      "Mozambique if asked, Türkiye among them.\n\nHOST: Last month people were saying Zambia had bought attack "
      "helicopters.\n\nGUEST: True, and Lusaka denied it at once.",
      absent=["export_deal"],
      note="'people were saying <State> had bought <items>', denied in the next turn: `export_deal.buy_from` reads it, "
           "with another state of the transcript as the seller"))
P = "2025-06-11"
add(C("F18", "F18b", P,
      "HOST: Let's turn to the Sahel.\n\nGUEST: Russia might send instructors to Niger if the junta asks.\n\nHOST: And "
      "the rumour that Chad had bought attack drones?\n\nGUEST: N'Djamena denied it the same day.",
      absent=["export_deal"],
      note="the same"))
P = "2025-06-11"
add(C("F18", "F18c", P,
      "La República — Defence\n\nNorway and Peru: a memorandum, a radar order and a frigate still undecided\n\nThe "
      "meeting between Peru's defence minister and his Norwegian counterpart on Monday in Lima was cordial.\n\n"
      "Separately, the Navy finalised on Monday its purchase of coastal radars from Kongsberg for PEN 300 million.\n\n"
      "Opposition senators want a session of Congress on the purchase of frigates, perhaps in April.",
      absent=["export_deal"],
      note="'a session of Congress on the purchase of <items>': 'Congress' is read as the US one and the headline's "
           "'order' joins it into a deal (the real deal is missed: F13's bare 'the Navy')"))
P = "2025-06-11"
add(C("F18", "F18d", P,
      "El Mercurio — Defence\n\nFrance and Chile: a memorandum, a helicopter order and a submarine still undecided\n\n"
      "The meeting between Chile's defence minister and her French counterpart on Tuesday in Santiago was cordial.\n\n"
      "Separately, the Air Force finalised on Tuesday its purchase of H145M helicopters from Airbus for CLP 90 billion."
      "\n\nOpposition deputies want a session of Congress on the purchase of submarines, perhaps in May.",
      absent=["export_deal"],
      note="the same"))
P = "2025-06-11"
add(C("F18", "F18e", P,
      "Exail Technologies — Order intake update\n\nIn addition, the Group concluded a framework agreement with one NATO "
      "navy covering unmanned surface vessels; nothing has been ordered under it yet.",
      absent=["agreement"],
      note="a company's framework agreement 'with one|a NATO navy' is read as an agreement of NATO"))
P = "2025-06-11"
add(C("F18", "F18f", P,
      "Kongsberg — Quarterly report\n\nIn addition, the company concluded a framework agreement with one NATO army "
      "covering remote weapon stations; nothing has been ordered under it yet.",
      absent=["export_deal", "agreement"],
      note="the same (worded '... with a NATO army for <items>', it is read as a sale by the firm's state to "
           "NATO instead)"))
P = "2025-06-11"
add(C("F18", "F18g-counter", P,
      "Saab — Interim report\n\nIn addition, the company concluded a framework agreement with one Belgian supplier "
      "covering training simulators; nothing has been ordered yet.",
      absent=["export_deal", "agreement"],
      note="counterexample: a framework agreement with a firm"))
P = "2025-06-11"
add(C("F18", "F18h-counter", P,
      "Peru's defence minister met his Swedish counterpart in Lima on Monday. Opposition senators want a session of "
      "the Senate on the purchase of fighters, perhaps in March.",
      absent=["export_deal"],
      note="counterexample: 'in the Senate'"))

# ---------------------------------------------------------------- F19 'closeted together'; a plan due at a part of a day
P = "2025-06-11"
add(C("F19", "F19a", P,
      "Kenya's Chief of Defence Forces and his Ugandan counterpart were closeted together in Kampala on Thursday for "
      "most of the day.",
      expect=[E("meeting", ["KEN", "UGA"], prev(P, "Thursday"), location="Kampala")],
      note="'were closeted together': the adverb blocks the verb ('were closeted in' works: F19g-counter)"))
P = "2025-06-11"
add(C("F19", "F19b", P,
      "Kenya's Chief of Defence Forces and his Ugandan counterpart were closeted together in Kampala on Thursday for "
      "most of the day. Both men emerged having signed a border security agreement.",
      expect=[E("agreement", ["KEN", "UGA"], prev(P, "Thursday"), location="Kampala")],
      note="with no meeting read, the signing that follows gets no place"))
P = "2025-06-11"
add(C("F19", "F19c", P,
      "Ghana's defence minister and his Nigerian counterpart were closeted together for three hours in Abuja on "
      "Monday.",
      expect=[E("meeting", ["GHA", "NGA"], prev(P, "Monday"))],
      note="the same with the duration first"))
P = "2025-06-11"
add(C("F19", "F19d", P,
      "Indian Prime Minister Narendra Modi is due to sit down for talks with Japanese Prime Minister Shigeru Ishiba "
      "tomorrow morning, his office says.",
      expect=[E("meeting", ["IND", "JPN"], nxt(P, "Thursday"), status="planned")],
      note="'is due to <meet> <day> <part of day>': the speculation veto accepts a plan 'due to' meet only with a "
           "day-grain time, and 'tomorrow morning' is a part of a day ('tomorrow' works: F19h-counter)"))
P = "2025-06-11"
add(C("F19", "F19e", P,
      "Indian Prime Minister Narendra Modi is due to meet Japanese Prime Minister Shigeru Ishiba on Friday afternoon "
      "in New Delhi.",
      expect=[E("meeting", ["IND", "JPN"], nxt(P, "Friday"), status="planned")],
      note="the same with 'on Friday afternoon'"))
P = "2025-06-11"
add(C("F19", "F19f", P,
      "Indian Prime Minister Narendra Modi is due to hold talks with Japanese Prime Minister Shigeru Ishiba tomorrow "
      "evening.",
      expect=[E("meeting", ["IND", "JPN"], nxt(P, "Thursday"), status="planned")],
      note="the same with 'hold talks with'"))
P = "2025-06-11"
add(C("F19", "F19g-counter", P,
      "Kenya's Chief of Defence Forces and his Ugandan counterpart were closeted in Kampala on Thursday for most of "
      "the day. Both men emerged having signed a border security agreement.",
      expect=[E("meeting", ["KEN", "UGA"], prev(P, "Thursday"), location="Kampala"),
              E("agreement", ["KEN", "UGA"], prev(P, "Thursday"), location="Kampala")],
      note="counterexample: 'were closeted in'"))
P = "2025-06-11"
add(C("F19", "F19h-counter", P,
      "Indian Prime Minister Narendra Modi is due to sit down for talks with Japanese Prime Minister Shigeru Ishiba "
      "tomorrow, his office says.",
      expect=[E("meeting", ["IND", "JPN"], nxt(P, "Thursday"), status="planned")],
      note="counterexample: 'tomorrow'"))
