"""Modality: which mentions are not events (negated, hypothetical, habitual, generic), read from the
words around the trigger. Each case names the trigger word; the veto is checked at its position."""

from __future__ import annotations

import pytest

import defevents
from defevents import modality


def _veto(text: str, trigger: str):
    return modality.veto(text, text.index(trigger))


@pytest.mark.parametrize(("text", "trigger", "veto"), [
    # a finite verb coordinated after a hypothetical cue is outside it
    ("Chile accepted the Swedish offer and signed a contract for ten Gripen jets.", "signed", None),
    ("Manila weighed bids for a year but ordered 20 FA-50s from Seoul in June.", "ordered", None),
    ("Poland may sign a deal and buy tanks from South Korea.", "buy", "hypothetical"),
    ("Greece is considering an offer to buy Rafale jets.", "buy", "hypothetical"),
    # "could" after a finite verb with its own subject belongs to the main clause
    ("The K2 tanks Poland ordered could be delivered early, officials said.", "ordered", None),
    ("The frigates Jakarta bought may arrive in 2027.", "bought", None),
    ("The troops deployed could number 5,000, officials said.", "deployed", "hypothetical"),
    ("Poland could order more K2 tanks next year.", "order", "hypothetical"),
    ("A deployment could include up to 300 soldiers.", "deployment", "hypothetical"),
    # a habitual word that is part of a name is no habit; outside a name it is
    ("Greece and Cyprus signed the Annual Defence Cooperation Programme in Nicosia.", "signed", None),
    ("The two navies hold annual drills off Crete.", "hold", "habitual"),
    ("Every year, Japanese destroyers regularly visit Manila.", "visit", "habitual"),
    # "has long <verb>ed" is a record, not one act; "have long been stationed" is a presence
    ("Russia has long supplied tanks and fighter jets to Algeria.", "supplied", "habitual"),
    ("The two navies have long trained together in the Baltic.", "trained", "habitual"),
    # a record told with "before" or a span of decades, not one act
    ("Dutch minehunters have docked in Split before, and the navy wants more such visits.", "docked", "habitual"),
    ("The two defence chiefs have met on several occasions.", "met", "habitual"),
    ("Fiji has contributed troops to UNDOF for more than four decades.", "contributed", "habitual"),
    ("Dutch minehunters docked in Split on Monday before sailing on to Crete.", "docked", None),
    ("Britain has deployed troops to Estonia for more than two years now.", "deployed", None),
    ("British troops have long been stationed in Cyprus.", "stationed", None),
    ("The long-awaited deal was signed in Ankara on Monday.", "signed", None),
    # a forecast told after the fact, at the end of its sentence
    ("The Sahel states' army chiefs will meet in Niamey in March, officials expect.", "meet", "hypothetical"),
    ("Ghana and Togo will sign a maritime security pact next month, diplomats predict.", "sign", "hypothetical"),
    ("Romania will order 54 more K9 howitzers this year, industry analysts believe.", "order", "hypothetical"),
    # ... but not a report, nor an expectation about something else
    ("Ghana and Togo signed a maritime security pact on Monday, officials said.", "signed", None),
    ("Ghana and Togo signed a maritime security pact on Monday, which diplomats expect to curb piracy.", "signed", None),
    # a trip called off, in any form of the verb
    ("Strike at the airport forces minister to cancel trip to Lima", "trip", "negated"),
    ("The prime minister is cancelling his visit to Dhaka because of the floods.", "visit", "negated"),
    # an evaluation told after the trigger makes the mention a prospect
    ("A joint Polish-Lithuanian purchase of radars would make sense, the minister said.", "purchase", "hypothetical"),
    ("Buying HIMARS from the US would be possible next year, officials said.", "Buying", "hypothetical"),
    ("The purchase of HIMARS would be an option if prices fall.", "purchase", "hypothetical"),
    ("Estonia bought six HIMARS from the US, which would make sense of its plans.", "bought", None),
    # negation
    ("No troops have been deployed to the border, the ministry said.", "deployed", "negated"),
    # a meeting that did not take place, and one that did where something else did not
    ("The planned meeting of the two army chiefs in Tumbes did not take place.", "meeting", "negated"),
    ("The summit of the two leaders failed to materialise.", "summit", "negated"),
    ("The ministers met in Lima but did not sign the accord.", "met", None),
    # a modal that frames a fact told to the listener
    ("Members may wish to know that Malawi and Zambia signed a memorandum in Lilongwe.", "signed", None),
    ("The House will recall that Namibia deployed engineers to Mozambique.", "deployed", None),
    ("Namibia may deploy engineers to Mozambique.", "deploy", "hypothetical"),
    # a mention whose verb, past comma-set insertions, calls it off
    ("A meeting between the Peruvian and Bolivian defence ministers, planned for next week in La Paz, was called off.",
     "meeting", "negated"),
    ("Mr Kamaletdinov's visit to Ankara, which had been scheduled for this week, has been postponed, the ministry said.",
     "visit", "negated"),
    ("The signing of the Greek-Egyptian pact has been moved to next year.", "signing", "negated"),
    ("The sale of 12 FA-50 jets to Malaysia fell through after a price dispute.", "sale", "negated"),
    # ... past a relative clause of the plan, an initial's full stop and a long subject
    ("A meeting between Thai and U.S. defence officials that had been planned for this week in Bangkok was postponed, "
     "officials said.", "meeting", "negated"),
    ("The session of the joint border commission of the armies of Ghana and Togo on the security of the Volta "
     "region, scheduled for last Friday in Aflao, was postponed at Togo's request.", "session", "negated"),
    ("A meeting with Brazilian navy officers on training at the Salvador base, which had been planned for Luanda "
     "last week, was instead held by video conference, the navy said.", "meeting", "negated"),
    ("The visit of the Kenyan chief of defence forces to Kampala was held online because of the floods.", "visit", "negated"),
    # ... or a headline's bare participle
    ("Chile-Peru defence talks called off over border row", "talks", "negated"),
    ("Indonesia, Malaysia navy chiefs' Batam meeting postponed due to haze", "meeting", "negated"),
    ("Sahel ministers' summit cancelled - sources", "summit", "negated"),
    ("The summit postponed a decision on the brigade until June.", "summit", None),
    ("The visit cancelled last month took place in Accra on Friday.", "visit", None),
    # held in person, and a long subject whose own verb comes first
    ("A meeting between Thai and U.S. defence officials was held in Bangkok on Monday.", "meeting", None),
    ("The talks between Ghana and Togo, which had been planned for March, took place in Aflao and a follow-up "
     "session was postponed.", "talks", None),
    # a class of events, or a recommendation, not one event
    ("The auditors recommend that the ministry publish all defence contracts above $5 million.", "defence contracts",
     "hypothetical"),
    ("Parliament must approve every arms deal with a foreign state.", "arms deal", "generic"),
    ("All three contracts were signed in Seoul on Monday.", "signed", None),
    # ... not a call-off that comes after another verb of its own
    ("Germany and Lithuania signed a pact on Monday and a follow-up meeting has been postponed.", "signed", None),
    ("The talks between Japan and India in Tokyo were delayed by an hour but ended with a joint statement.", "talks", None),
    # hearsay the text does not vouch for
    ("Asked about press reports that Cyprus has ordered an Israeli air defence system, Palmas declined to comment.",
     "ordered", "hypothetical"),
    ("Japanese media report that Japan will deploy long-range missiles in Kumamoto.", "deploy", "hypothetical"),
    ("Unconfirmed reports say Egypt signed a deal for J-10C fighters.", "signed", "hypothetical"),
    ("Egypt signed a deal for 24 Rafale jets, the presidency said, confirming media reports.", "signed", None),
    # claims and reports as subjects, and what posts claim
    ("Press claims that Vietnam would buy Gripen fighters from Sweden were denied by officials.", "buy", "hypothetical"),
    ("Reports that Egypt had ordered J-10C fighters from China were dismissed by the ministry.", "ordered", "hypothetical"),
    ("A viral post claimed that Russian jets had already deployed to a base in Mali.", "deployed", "hypothetical"),
    ("Social media posts claiming that Iran had sold drones to Sudan are false, the ministry said.", "sold", "hypothetical"),
    ("The ministry said the reports were accurate: Egypt ordered J-10C fighters from China in May.", "ordered", None),
    # footage that claims to show an act, denied before it is told
    ("A video that claimed to show Wagner fighters arriving at Bamako airport was shared widely on Monday.", "arriving",
     "hypothetical"),
    ("Footage purporting to show Iranian drones being unloaded in Port Sudan circulated on Monday.", "unloaded", "hypothetical"),
    # now and then is a habit
    ("German P-8A aircraft operate periodically from RAF Lossiemouth.", "operate", "habitual"),
    # a sum over the years, or an act long past, with no date of its own
    ("Over the past decade, Morocco has bought drones and air defence systems from Israel and Turkey.", "bought", "habitual"),
    ("Ghana has acquired patrol boats and trainer jets from China in recent years, analysts said.", "acquired", "habitual"),
    ("The Peruvian Air Force has already received Korean trainers it ordered years ago.", "received", "habitual"),
    ("Under an earlier contract, Nexter supplied Caesar howitzers to the Lithuanian army.", "supplied", "habitual"),
    # a superlative's yardstick is no habit
    ("Romania has signed a contract for 54 K9 howitzers, its largest land order in recent years.", "signed", None),
    # a yes-no question asks; a wh-question presupposes the act
    ("Should Kenya buy Chinese fighter jets? Not so fast.", "buy", "hypothetical"),
    ("“Will Manila sign for more FA-50s this year?” a reporter asked.", "sign", "hypothetical"),
    ("Why did Poland buy 180 K2 tanks from South Korea in 2022?", "buy", None),
    ("Poland bought 180 K2 tanks. Will it buy more?", "bought", None),
    # asking which or how many asks whether there are any
    ("Question: What procurement contracts have been concluded with Estonia since 2023?", "contracts", "hypothetical"),
    ("How many Caesar howitzers has Armenia bought from France so far?", "bought", "hypothetical"),
    ("When did Vietnam sign the contract for the Indian patrol boats?", "sign", None),
    # a report asked about is hearsay
    ("Asked about reports that Ghana had ordered Chinese trainers, the spokesman declined to comment.", "ordered", "hypothetical"),
    ("Asked about the contract Ghana signed with Embraer, the minister praised it.", "signed", None),
    # a speaker's label before a question: still a question
    ("PRESENTER: Will Spanish troops be stationed in Latvia next year?", "stationed", "hypothetical"),
    ("Q: Has Jakarta ordered more Rafale jets from Paris?", "ordered", "hypothetical"),
    # a frequency after the verb is a habit, even when the sentence dates the next occurrence
    ("Estonian and Latvian navy chiefs meet twice a year, with the next meeting set for September.", "meet", "habitual"),
    ("The Sahel defence council convenes annually; this year it gathers in Niamey in November.", "convenes", "habitual"),
    ("Japanese P-3C aircraft fly surveillance missions over Palau's waters several times each year.", "fly", "habitual"),
    ("The chiefs met in Riga on 3 March to review a year of patrols.", "met", None),
    # a plan that had been due and did not happen
    ("The Czech minister had been due to meet his Slovak counterpart in Bratislava on Friday, but the trip was cancelled.",
     "meet", "negated"),
    ("The Czech minister had been due to meet his Slovak counterpart in Bratislava on Friday; fog kept his plane on the ground.",
     "meet", "hypothetical"),
    ("Chile's president was to have visited the Argentine base in Ushuaia on Monday.", "visited", "hypothetical"),
    # newspapers and dailies as the source: hearsay
    ("According to a Czech daily on Friday, Egypt was about to buy Dana howitzers from Excalibur Army.", "buy", "hypothetical"),
    ("Turkish newspapers say Kuwait has bought Bayraktar TB2 drones.", "bought", "hypothetical"),
    ("Press reports on Monday that Peru is about to order K2 tanks remain unconfirmed.", "order", "hypothetical"),
    ("Peru ordered K2 tanks on Monday, according to the defence ministry.", "ordered", None),
    # a pact or contract still being worked out, told by its predicate
    ("A contract for 18 Gripen fighters with Thailand is close to completion and may be signed by June.", "contract", "hypothetical"),
    ("The deal for 26 Rafale Marine jets remains under negotiation, officials said.", "deal", "hypothetical"),
    ("The contract for 18 Gripen fighters was signed on Monday and may be extended.", "contract", None),
    # a tally of many acts over the years
    ("More than 60 French warships have called at Changi Naval Base since 2010.", "called", "habitual"),
    ("Over 200 Polish soldiers have served in Lebanon since 2019.", "served", "habitual"),
    ("More than 60 French sailors arrived in Changi on Monday.", "arrived", None),
    ("More than 1,000 US troops have arrived in Poland for the new rotation.", "arrived", None),
    ("Bangladesh has contributed more than 180,000 peacekeepers to UN missions since 1988.", "contributed", "habitual"),
    ("Bangladesh has sent more than 800 peacekeepers to South Sudan this month.", "sent", None),
    # "whenever": a habit
    ("Manila buys patrol boats from Tokyo whenever its coast guard needs them.", "buys", "habitual"),
    # a wish that others act, and a plan named as a topic
    ("The SADC secretariat wants its member states to buy maritime patrol aircraft jointly.", "buy", "hypothetical"),
    ("Brussels would like member states to order air defence systems together.", "order", "hypothetical"),
    ("The ministers discussed Hungary's plans to buy more Leopard tanks.", "buy", "hypothetical"),
    ("Hungary bought more Leopard tanks in May, the ministers said.", "bought", None),
    # a trip whose day is not fixed
    ("Novak is due in Vienna next week for a meeting with his Austrian counterpart; officials have not named the day.",
     "meeting", "hypothetical"),
    ("The minister will visit Rabat next month for talks; no date has been set.", "visit", "hypothetical"),
    ("The minister visited Rabat on Monday; the date of the next round has not been set.", "visited", None),
    # a time still to come: "once|until|when ... has been signed"
    ("Parliament will ratify the treaty once it has been signed by both presidents.", "signed", "hypothetical"),
    ("No troops move until the agreement has been signed.", "signed", "hypothetical"),
    ("The agreement has been signed by both presidents, the ministry said.", "signed", None),
    # an intention with its occasion set is a plan; a bare one is not
    ("Both ministers intend to sign a training memorandum during the visit.", "sign", None),
    ("Seoul and Warsaw intend to sign the protocol at next week's summit in Riga.", "sign", None),
    ("Hungary intends to buy more Leopard tanks.", "buy", "hypothetical"),
    ("The two governments intend to sign a defence pact eventually.", "sign", "hypothetical"),
])
def test_veto(text, trigger, veto):
    assert _veto(text, trigger) == veto


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a mention governed by planning or discussion is still to come
    ("Defence chiefs met in Brest on Monday to plan the carrier deployment.", "deployment", "planned"),
    ("The ministers met to prepare the deployment of Dutch troops to Lithuania.", "deployment", "planned"),
    ("Officials discussed the sale of six corvettes to Ghana.", "sale", "planned"),
    # an act agreed, decided or pledged is still to come; an agreement to buy is itself the deal
    ("The Estonian and Latvian defence ministers agreed to meet in Riga in June.", "meet", "planned"),
    ("Seoul and Jakarta decided to hold talks in Bandung after the elections.", "talks", "planned"),
    ("Japan pledged to send a destroyer to the Indian Ocean.", "send", "planned"),
    ("Canada has agreed to deploy a battle group headquarters to Latvia.", "deploy", "planned"),
    ("Greece agreed to buy 36 PULS launchers from Israel.", "buy", "completed"),
    ("Officials expect Ghana and Senegal to sign deals for trainers before December.", "sign", "planned"),
    ("The ministers agreed on a joint patrol plan and met again in Tallinn.", "met", "completed"),
    # told as done
    ("Spain announced the deployment of 200 troops to Slovakia.", "deployment", "completed"),
    ("The plan's deployment of Danish F-35s to Iceland ended in May.", "deployment", "completed"),
    # a closed relative's words are not the verb's; a stay to come does not make an arrival ongoing
    ("The British Defence Secretary, who flew to Vilnius ahead of the exercise, met Lithuania's defence minister on Friday.",
     "met", "completed"),
    ("The British Defence Secretary will fly to Vilnius ahead of the exercise to meet Lithuania's defence minister.",
     "meet", "planned"),
    ("The hospital ship arrived in Suva on 11 February and will remain for 12 days.", "arrived", "completed"),
])
def test_status(text, trigger, expected):
    assert modality.status(text, text.index(trigger)) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # a plan that hangs on an approval still to come is hypothetical (pipeline: conditional plans)
    ("Peru will buy 24 Gripen jets from Sweden next year, pending congressional approval.", False),
    ("The Thai air force eventually plans to buy 12 more Swedish jets, subject to future budget approval.", False),
    ("Chile is to send 80 engineers to Haiti in March, conditional on a UN Security Council vote.", False),
    # the same words after a purchase already made do not undo it; a plan with no condition stays
    ("Peru bought 24 Gripen jets from Sweden last year, subject to congressional approval of the offsets.", True),
    ("Peru will buy 24 Gripen jets from Sweden next year, the ministry said.", True),
])
def test_a_plan_on_a_condition_is_no_event(text: str, kept: bool) -> None:
    events = defevents.extract(text, published="2025-06-11").events
    assert bool(events) == kept
