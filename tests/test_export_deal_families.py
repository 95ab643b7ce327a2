"""Export-deal phrasing families of issue #3, document by document: background orders, arrivals,
passive hand-overs, split contracts, a deal told twice, and the near misses that are no sale.

The rule values carry one-sentence examples; these tests pin down what needs a whole document
(the article's subject state, a headline, a sentence before) or a value worked out across a
phrase (a split contract's total).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from defevents import extract

from .conftest import assert_grounded


def _deals(text: str, published: str = "2025-11-03"):
    result = extract(text, published=published)
    assert_grounded(result, text)
    return [e for e in result.events if e.type == "export_deal"]


def _code(actor) -> str | None:
    return actor.code if actor else None


class TestBackgroundOrders:
    def test_unnamed_buyer_is_the_state_the_article_is_about(self):
        """A participle with no subject takes the buyer from the article's state."""
        text = ("Estonia's artillery gets a boost this winter. The K9 howitzers bought from Hanwha Aerospace "
                "in 2023 will join two new battalions.")
        [deal] = _deals(text)
        assert (_code(deal.buyer), _code(deal.seller)) == ("EST", "KOR")
        assert deal.when.value == "2023"
        assert deal.status == "completed"

    def test_capital_as_buyer_and_count_from_the_antecedent(self):
        """ "the 36 trainers that Nairobi ordered": the capital buys, the antecedent is counted."""
        text = "Kenya's air force flew the 36 trainers that Nairobi ordered from BAE Systems in 2021 for the first time."
        [deal] = _deals(text)
        assert (_code(deal.buyer), _code(deal.seller)) == ("KEN", "GBR")
        assert deal.quantity is not None and int(deal.quantity.value) == 36
        assert deal.quantity.span.text == "36 trainers"

    def test_fronted_participle(self):
        text = "Ordered from Hanwha in 2022, the 48 K9s arrived in Tallinn in March."
        deals = _deals(text, published="2025-06-01")
        assert any((_code(d.buyer), _code(d.seller), d.when.value) == ("EST", "KOR", "2022") for d in deals)

    def test_domestic_background_order_is_no_export(self):
        assert _deals("The Type 26 frigates the Royal Navy ordered from BAE Systems in 2017 are running late.") == []


class TestArrivals:
    def test_origin_state_sells_and_the_place_buys(self):
        [deal] = _deals("The first batch of K2 tanks arrived in Gdynia from South Korea on Tuesday.")
        assert (_code(deal.buyer), _code(deal.seller)) == ("POL", "KOR")
        assert deal.when.value == "2025-10-28"

    def test_the_maker_sells_when_no_origin_is_named(self):
        [deal] = _deals("The first two Rafale jets for the Croatian Air Force landed at Zagreb after a delivery flight.")
        assert (_code(deal.buyer), _code(deal.seller)) == ("HRV", "FRA")

    def test_forces_of_another_state_arriving_are_a_deployment(self):
        result = extract("Four British Typhoons arrived in Romania on Monday for NATO air policing.", published="2025-11-03")
        assert [e.type for e in result.events] == ["deployment"]


class TestHandOvers:
    def test_passive_hand_over_at_a_yard(self):
        [deal] = _deals("Two frigates were handed over to the Philippine Navy at the Hyundai Heavy Industries shipyard "
                        "in Ulsan on Friday.")
        assert (_code(deal.buyer), _code(deal.seller)) == ("PHL", "KOR")

    def test_hand_over_after_an_aid_pledge_is_aid(self):
        text = "Berlin pledged the launchers as military aid in May. Four IRIS-T launchers were handed over to Ukraine on Friday."
        assert _deals(text) == []


class TestSplitContracts:
    @pytest.mark.parametrize(("text", "total", "covered"), [
        ("Manila signed for the first six FA-50s in 2014 and for a further four in 2016.", 10,
         "six FA-50s in 2014 and for a further four"),
        ("Peru ordered two frigates from South Korea and another two in the same contract.", 4,
         "two frigates from South Korea and another two"),
    ])
    def test_one_deal_counts_both_batches(self, text, total, covered):
        [deal] = _deals(text)
        assert int(deal.quantity.value) == total
        assert deal.quantity.span.text == covered

    def test_an_option_is_not_counted(self):
        [deal] = _deals("Lisbon signed for five KC-390s and an option for a further one.")
        assert int(deal.quantity.value) == 5

    def test_other_items_are_not_a_second_batch(self):
        """ "180 K2 tanks and another 96 Apaches" counts two kinds of item: no total."""
        deals = _deals("Poland ordered 180 K2 tanks and another 96 Apache helicopters in 2025.")
        assert deals and all(int(d.quantity.value) != 276 for d in deals if d.quantity)


class TestRepeats:
    @pytest.mark.parametrize("text", [
        "Poland orders 180 more K2 tanks\nPoland signed a $6.5 billion contract with South Korea's Hyundai Rotem on "
        "Friday for 180 K2 tanks.",
        "Norway buys Korean rocket launchers\nOSLO - Norway has agreed to buy 16 Chunmoo launchers from Hanwha "
        "Aerospace for 19 billion crowns.",
        # a definite "the arms deal" later in the body is the deal already told
        "Egypt has agreed to buy 30 more Rafale jets from France in a deal worth €3.75 billion. Officials in Cairo "
        "said the arms deal would be financed by a loan.",
    ])
    def test_a_deal_told_twice_is_one_event(self, text):
        deals = _deals(text)
        assert len(deals) == 1
        assert len(deals[0].evidence) >= 1


class TestAwards:
    """ "<firm> won|secured|was awarded a contract from|by <buyer>" and "<buyer> awarded <firm> a
    contract" (export_deal.awarded): the firm's state sells, the foreign buyer buys."""

    def test_award_in_headline_and_body_is_one_deal(self):
        text = ("Hanwha wins K9 order from Vietnam\nSEOUL - Hanwha Aerospace has secured a $250 million contract from "
                "Vietnam's defence ministry to supply 20 K9 howitzers, the company said on Monday.")
        [deal] = _deals(text)
        assert (_code(deal.seller), _code(deal.buyer)) == ("KOR", "VNM")
        assert int(deal.quantity.value) == 20 and deal.items == ["K9"]
        assert (deal.value.amount, deal.value.currency) == (250_000_000, "USD")

    def test_value_told_in_the_next_sentence_joins_the_award(self):
        [deal] = _deals("Saab won an order from Thailand for four Gripen E fighters. The contract is valued at SEK 8bn.")
        assert (deal.value.amount, deal.value.currency) == (8_000_000_000, "SEK")
        assert len(deal.evidence) == 2

    def test_buyer_awarding_a_firm_starts_the_evidence(self):
        text = "Romania's Ministry of National Defence awarded Hanwha Aerospace a contract for 54 K9 howitzers on Tuesday."
        [deal] = _deals(text)
        assert (_code(deal.seller), _code(deal.buyer)) == ("KOR", "ROU")
        assert deal.evidence[0].text.startswith("Romania's Ministry of National Defence awarded")
        assert deal.when.value == "2025-10-28"

    def test_passive_award_reads_the_contract_before_it(self):
        text = "A €1.1 billion contract for 24 Caesar howitzers was awarded to KNDS France by the Czech defence ministry."
        [deal] = _deals(text)
        assert (_code(deal.seller), _code(deal.buyer)) == ("FRA", "CZE")
        assert deal.evidence[0].text.startswith("A €1.1 billion contract")
        assert int(deal.quantity.value) == 24

    @pytest.mark.parametrize("text", [
        # domestic: the firm and the buyer are of one state
        "BAE Systems won a £1bn contract from the UK Ministry of Defence for more Type 26 frigates.",
        "Hanwha Ocean has secured a contract from the South Korean navy for three more KSS-III submarines.",
        "Rheinmetall was awarded a €2bn order by the German army for 155mm artillery shells.",
        # airlines and airliners are civil business
        "Boeing won an order from Turkish Airlines for 75 737 MAX jets.",
        "Airbus secured a deal from Saudi Arabia's Riyadh Air for 60 A321neo jets.",
        # a firm of another state as the customer is business between firms
        "Saab won an order from Germany's Rheinmetall for Carl-Gustaf ammunition.",
        # not contracts, or not won
        "The top prize was awarded to Hanwha by Poland's defence ministry for its K9 howitzers.",
        "The battalion received orders from Kyiv to move its howitzers east.",
        "If it wins a contract from India, Naval Group would build three more Scorpène submarines in Mumbai.",
        "Kongsberg received an order from Poland to maintain its NASAMS batteries.",
    ])
    def test_no_export_award(self, text):
        assert _deals(text) == []


class TestItemCondition:
    """Used, surplus, refurbished or ex-Navy goods are sold like new ones; the condition is not
    part of the item's name."""

    def test_condition_and_class_are_read_with_the_count(self):
        [deal] = _deals("Japan sold six used Abukuma-class destroyers to the Philippines.")
        assert deal.items == ["Abukuma-class destroyers"]
        assert deal.quantity.span.text == "six used Abukuma-class destroyers"

    @pytest.mark.parametrize("text", [
        "Japan will sell six surplus destroyer escorts to the Philippines, the defence ministry in Tokyo said.",
        "Germany sold 12 decommissioned Leopard 2A4 tanks to Chile.",
        "Italy will sell two refurbished ex-Navy frigates to Indonesia.",
    ])
    def test_condition_does_not_block_the_sale(self, text):
        assert len(_deals(text)) == 1

    def test_refurbishing_is_still_service_work(self):
        assert _deals("Greece signed a contract with Leonardo to refurbish four C-27J airlifters.") == []


@pytest.mark.parametrize("text", [
    # domestic procurement, and service work by a firm of the buyer's state
    "The Bundeswehr ordered 123 Boxer vehicles from Rheinmetall and KNDS Deutschland for €3bn.",
    "South Korea's DAPA signed a 1.5 trillion won contract with Hanwha Aerospace for K9A2 howitzers for the ROK Army.",
    "Poland's Armament Agency signed a PLN 1.2bn deal with PGZ to service the army's Krab howitzers.",
    "Saab was awarded a SEK 900 million support contract by the Swedish Defence Materiel Administration for the Gripen fleet.",
    # aid
    "The Netherlands donated 18 howitzers to Ukraine, the defence ministry said.",
    "Canada transferred eight armoured vehicles to Ukraine under a drawdown.",
    # offers, bids, shortlists, talks, negotiations
    "Sweden has offered to sell 24 Gripen jets to Thailand with generous offsets.",
    "KAI is offering the FA-50 to Malaysia, Egypt and Poland.",
    "The Czech government shortlisted the Leopard 2A8 and the CV90 for its tank requirement.",
    "Egypt is in talks to buy 24 more Rafale jets from France, sources said.",
    "Washington has opened talks with Ankara on the possible sale of 40 F-16s.",
    "Kuwait has sent a letter of request to buy 12 more Eurofighters.",
    # a state's purchases in the plural: a record argued over, no deal
    "Critics said Hungary's purchases of Chinese drones were hard to square with EU membership.",
    "Serbia's orders of Chinese air defence systems have worried its neighbours for years.",
    # deliveries over years, summed up
    "The Armenian military has received several batches of Indian weapons since 2022, including Pinaka rocket launchers.",
    "Ghana has taken delivery of successive shipments of Chinese armoured vehicles over the past decade.",
    # cancelled, blocked, collapsed
    "Switzerland cancelled its order for 36 F-35A jets after a referendum.",
    "The order for 12 Rafale jets collapsed in March when Baghdad failed to pay.",
    "Germany blocked the sale of 48 Eurofighter jets to Saudi Arabia.",
])
def test_no_sale(text):
    """Near misses of every kind give no export deal."""
    assert _deals(text, published="2026-01-20") == []


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    # a possessive with a bare apostrophe or a year before the noun still names the buyer
    ("Athens' order for 24 Rafale jets from France was completed in 2023.", "GRC", "FRA"),
    ("Manila's 2021 order for 32 Black Hawk helicopters from the United States was the largest.", "PHL", "USA"),
])
def test_a_capital_possessive_orders(text, buyer, seller):
    deals = _deals(text)
    assert [(_code(d.buyer), _code(d.seller)) for d in deals] == [(buyer, seller)]


class TestContractAnnouncements:
    """US contract announcements: one award per paragraph; the foreign customer of a Foreign
    Military Sale is named at the paragraph's end, and only that paragraph's line counts."""

    TEXT = (
        "CONTRACTS\n\nARMY\n\n"
        "BAE Systems Land and Armaments L.P., York, Pennsylvania, was awarded a $205,600,000 modification "
        "(P00019) to contract W56HZV-24-C-0004 for M109A7 self-propelled howitzers. Fiscal 2025 procurement "
        "funds were obligated at the time of the award. Army Contracting Command, Detroit Arsenal, Michigan, "
        "is the contracting activity.\n\n"
        "Lockheed Martin Missiles and Fire Control, Grand Prairie, Texas, was awarded a $96,400,000 "
        "firm-fixed-price contract for 18 HIMARS launchers. Fiscal 2025 Foreign Military Sales (Latvia) "
        "funds in the amount of $96,400,000 were obligated at the time of the award.\n\n"
        "NAVY\n\n"
        "Raytheon Co., Tucson, Arizona, is awarded a $58,700,000 modification to exercise options for SM-2 "
        "spare parts. This contract involves Foreign Military Sales to a classified customer.\n"
    )

    def test_only_the_paragraph_that_names_a_customer_gives_a_deal(self):
        [deal] = _deals(self.TEXT, published="2025-06-13")
        assert (_code(deal.seller), _code(deal.buyer)) == ("USA", "LVA")
        assert deal.value.amount == 96_400_000 and deal.value.currency == "USD"
        assert deal.quantity.value == 18
        assert deal.when.value == "2025-06-13"
        assert deal.evidence[0].text.startswith("Lockheed Martin Missiles and Fire Control, Grand Prairie, Texas, was awarded")

    def test_the_customer_of_another_paragraph_is_not_borrowed(self):
        text = self.TEXT.replace("options for SM-2 spare parts", "options for 40 SM-2 Block IIIC missiles").replace(
            "Foreign Military Sales to a classified customer.", "Foreign Military Sales to Japan.")
        deals = _deals(text, published="2025-06-13")
        assert sorted(_code(d.buyer) for d in deals) == ["JPN", "LVA"]  # not the Army's domestic howitzers


@pytest.mark.parametrize(("text", "published", "seller", "buyer"), [
    # trucks and gunboats are goods
    ("Twenty-four military trucks bought from India were delivered to the Mozambique army on Friday.",
     "2025-03-24", "IND", "MOZ"),
    ("Israel Shipyards delivered three further Shaldag-class fast boats to Nigeria's navy in Lagos on Tuesday.",
     "2025-03-24", "ISR", "NGA"),
    # a firm's legal form is part of its name, not the end of the sentence
    ("Mitsubishi Heavy Industries Ltd. signed a contract with the Philippines to supply four air surveillance "
     "radars, the company said Friday.", "2024-03-29", "JPN", "PHL"),
    # a maker named by its state after "of"
    ("A 42-metre offshore patrol vessel bought from Garden Reach Shipbuilders of India was commissioned into the "
     "Seychelles Coast Guard on Monday.", "2025-01-10", "IND", "SYC"),
    # the maker only in a builder phrase, a "<demonym>-built" adjective or the yard's town
    ("Cameroon's navy took delivery of two landing craft built by the Netherlands' Damen last week.", "2025-07-10", "NLD", "CMR"),
    ("Bangladesh received a second Chinese-built submarine tender, its navy said on Sunday.", "2025-07-10", "CHN", "BGD"),
    ("Peru received two South Korean-built frigates at Callao on Monday.", "2025-07-10", "KOR", "PER"),
    ("Mauritius took delivery of an offshore patrol vessel built in India on Thursday.", "2025-07-10", "IND", "MUS"),
    ("Pakistan's navy took delivery of its third frigate at Hudong-Zhonghua's yard in Shanghai on Monday.",
     "2025-07-10", "CHN", "PAK"),
    ("Egypt took delivery of a frigate at a yard in Genoa, the Italian ambassador said.", "2025-07-10", "ITA", "EGY"),
    # a firm known only by its state's adjective sells; the state it signs with buys
    ("Turkish shipbuilder Dearsan signed a contract with Nigeria's navy for two offshore patrol vessels.",
     "2025-07-10", "TUR", "NGA"),
    ("South African defence company Paramount said it had signed a contract with Kazakhstan for 60 armoured vehicles.",
     "2025-07-10", "ZAF", "KAZ"),
    # a city-state that orders
    ("Rheinmetall won an order from Singapore for 40 Skyranger turrets.", "2025-07-10", "DEU", "SGP"),
    # systems named only by their designation: the maker's state sells
    ("The Latvian Army has ordered more Carl-Gustaf M4 recoilless rifles, the ministry said on Monday.", "2025-07-10", "SWE", "LVA"),
    ("Armenia signed a contract on Friday for four Pinaka rocket launcher batteries.", "2025-07-10", "IND", "ARM"),
    ("The Malian air force took delivery of two Mi-171Sh helicopters at Bamako airport on Saturday.", "2025-07-10",
     "RUS", "MLI"),
    ("The Royal Moroccan Armed Forces ordered 600 AUG A3 rifles on Friday.", "2025-07-10", "AUT", "MAR"),
    # a group that builds in several states sells from where the goods are made
    ("Airbus Defence and Space signed a contract with the Kazakh Ministry of Defence on Wednesday for two A400M "
     "airlifters.", "2025-07-10", "ESP", "KAZ"),
    ("Airbus signed a contract with the Ghana Air Force on Monday for two C295 transport aircraft.", "2025-07-10", "ESP", "GHA"),
    ("Airbus Helicopters signed a contract with Iraq on Friday for 14 H145M light helicopters.", "2025-07-10", "DEU", "IRQ"),
    ("MBDA signed a contract with Poland on Tuesday for CAMM air defence missiles.", "2025-07-10", "GBR", "POL"),
    # ... where the first goods told are made, not a system named after them
    ("MBDA signed a contract with the Hellenic Navy on Tuesday for Exocet missiles for its MEKO 200 frigates.",
     "2025-07-10", "FRA", "GRC"),
    ("Airbus Helicopters signed a contract with Bolivia on Monday for two H215 Super Puma helicopters.", "2025-07-10",
     "FRA", "BOL"),
    # a firm of one state keeps it, whatever its goods' list entry says
    ("BAE Systems signed a contract with Estonia on Monday for 20 CV90 infantry fighting vehicles.", "2025-07-10", "GBR", "EST"),
])
def test_goods_and_makers_read(text, published, seller, buyer):
    [deal] = _deals(text, published)
    assert (_code(deal.seller), _code(deal.buyer)) == (seller, buyer)
    # where the goods were made is not what they are
    assert not any(word in item for item in deal.items for word in ("-built", "-made", "South"))


@pytest.mark.parametrize("text", [
    # a state buying from its own industry is procurement, not an export
    "The Czech Ministry of Defence signed a contract worth CZK 1.4 billion with the domestic manufacturer Tatra "
    "Trucks for 120 off-road trucks.",
    "The Armed Forces of Austria last week ordered a further 100 Pandur armoured vehicles from the manufacturer in Vienna.",
    "Indonesia's defence ministry ordered 12 patrol boats from a local shipyard in Surabaya on Monday.",
    # the maker told with the goods is the buyer's own state
    "The Spanish Navy took delivery of a Spanish-built minehunter at Cartagena on Monday.",
    "The Royal Navy took delivery of a survey ship built in Britain on Friday.",
    "Japan's navy took delivery of two frigates at a yard in Nagasaki on Monday.",
])
def test_procurement_at_home_is_no_export(text):
    assert _deals(text, "2025-07-10") == []


@pytest.mark.parametrize(("text", "published", "money", "date"), [
    # the sum in the next sentence, which names the deal again
    ("Saab has received an order from the Estonian Centre for Defence Investment for RBS 70 NG air defence "
     "systems. The order value is approximately SEK 620 million and deliveries will take place in 2026.",
     "2025-02-25", "620000000 SEK", "2025-02-25"),
    ("Poland signed a government-to-government agreement with Italy on Tuesday for 24 Leonardo M-346FA jets. "
     "The agreement is valued at approximately €1.1 billion, including training and a simulator.",
     "2025-07-10", "1100000000 EUR", "2025-07-08"),
    # "According to the report, the LOA ... is worth": an opening phrase before the deal's noun
    ("Taiwan has signed a letter of offer and acceptance with the United States for NASAMS air defence systems, "
     "the defence ministry said on Thursday. According to the report, the LOA was signed on Sept. 5 and is worth "
     "NT$31.6 billion (US$985 million).", "2024-09-13", "31600000000 TWD", "2024-09-05"),
    # the passive sentence dates a deal its lead only reported
    ("Vietnam has signed a contract with Airbus for three C295 transport aircraft, officials said on Tuesday. "
     "The contract, valued at about 310 million dollars, was signed in Hanoi on Friday.",
     "2024-01-16", "310000000 USD", "2024-01-12"),
    # a sentence that gives the day twice ("on Tuesday ... earlier the same day") dates it once
    ("Hanwha has signed a contract with the Ministry of Defence of Estonia for K9 howitzers, the company announced "
     "today. The contract, valued at EUR 120 million, was signed in Tallinn on Tuesday in the presence of both ministers, "
     "who held talks earlier the same day.", "2025-06-12", "120000000 EUR", "2025-06-10"),
    # a deal reported as news, dated by its retelling within the month
    ("Fincantieri has secured a contract from the Indonesian government for two offshore patrol vessels. The contract, "
     "awarded on 20 May, is worth €680 million, according to the ministry.", "2025-06-12", "680000000 EUR", "2025-05-20"),
    # the goods told again with their price
    ("On Friday, the Belgian defence ministry signed a contract with Germany's Rheinmetall for 40 Skyranger systems. "
     "The systems, mounted on Piranha vehicles, are worth about 1.1 billion euros.", "2025-06-12", "1100000000 EUR",
     "2025-06-06"),
    ("Mali took delivery of four Bayraktar TB2 drones from Türkiye's Baykar at Bamako on Friday. The drones were bought "
     "for XOF 28 billion, the ministry said.", "2025-06-12", "28000000000 XOF", "2025-06-06"),
])
def test_sum_told_in_the_next_sentence(text, published, money, date):
    [deal] = _deals(text, published)
    assert deal.value is not None and f"{deal.value.amount} {deal.value.currency}" == money
    assert deal.when is not None and deal.when.value == date


@pytest.mark.parametrize(("text", "published"), [
    # an older contract, dated years before the delivery it is told after
    ("Navantia delivered the fifth Avante 2200 corvette to the Royal Saudi Naval Forces on Tuesday. The contract for "
     "the five ships, worth around €1.8 billion, was signed in July 2018.", "2025-04-10"),
    # a deal told as news, then a contract of months before
    ("Fincantieri has secured a contract from the Indonesian government for two offshore patrol vessels. The contract, "
     "awarded on 20 January, is worth €680 million.", "2025-06-12"),
    # the goods priced are others: a budget line, not this deal's sum
    ("Rheinmetall signed a contract with Belgium on Friday for 40 Skyranger systems. The systems already in service "
     "were bought for €300 million in 2019.", "2025-06-12"),
    # the sentence opens on something else: a budget is no deal's sum
    ("Hanwha Aerospace signed a contract with Romania on Tuesday to supply 54 K9 howitzers. The defence budget for "
     "next year is worth 35 billion lei.", "2024-07-10"),
    # another deal is told first
    ("Kongsberg signed a contract with Lithuania for NASAMS fire units. Kongsberg also signed a deal with Latvia for "
     "Naval Strike Missiles. The contract is worth NOK 1.4 billion.", "2025-03-10"),
])
def test_no_sum_from_a_sentence_about_something_else(text, published):
    deals = _deals(text, published)
    assert deals
    assert deals[0].value is None


@pytest.mark.parametrize("text", [
    # one side and nothing bought: a firm's remark, a company takeover
    "Leonardo said the export contract was its largest this year.",
    "Slovenia's Sipro agreed last month to acquire Croatian drone maker DOK-ING for an undisclosed sum.",
])
def test_one_side_with_nothing_bought_is_no_deal(text):
    assert _deals(text, "2025-10-15") == []


@pytest.mark.parametrize(("text", "buyer"), [
    # one side, but goods, a number or a sum: kept for the analyst to complete
    ("Taiwan ordered the 108 tanks in 2019 for about NT$40.5 billion.", "TWN"),
    ("Jakarta signs for the third and final tranche of 18 aircraft, the ministry said.", "IDN"),
])
def test_one_side_with_goods_or_a_sum_is_kept(text, buyer):
    [deal] = _deals(text, "2025-10-15")
    assert _code(deal.buyer) == buyer


def test_an_earlier_customer_named_after_the_order_is_no_party():
    # "the second export order for the howitzer after Estonia": Estonia bought before; it sells nothing
    text = "It is the second export order for the Zuzana howitzer after Cyprus, which already fields 12 of the guns."
    assert all("CYP" not in {_code(d.seller), _code(d.buyer)} for d in _deals(text, "2025-10-15"))


@pytest.mark.parametrize(("text", "currency"), [
    # a bare "$" converted into US dollars is the home state's dollar
    ("HALIFAX — The Department of National Defence has signed a contract with Germany's Rheinmetall for 155mm "
     "shells. The deal, worth $615 million (US$455 million), was signed Thursday.", "CAD"),
    ("CANBERRA — The Department of Defence has signed a contract with Norway's Kongsberg for NSM missiles. The deal, "
     "worth $1.2 billion (US$790 million), was signed Thursday.", "AUD"),
    # without the conversion, or in a US story, "$" stays the US dollar
    ("The Pentagon has signed a contract with Germany's Rheinmetall for 155mm shells. The deal, worth $615 million "
     "(US$615 million), was signed Thursday.", "USD"),
])
def test_a_bare_dollar_converted_into_us_dollars_is_the_local_dollar(text, currency):
    [deal] = _deals(text, "2025-10-15")
    assert deal.value is not None and deal.value.currency == currency


@pytest.mark.parametrize(("text", "amount", "currency"), [
    # a currency word several states share is read by the state the story is written from
    ("ISLAMABAD: The Pakistan Navy has ordered two offshore patrol vessels from Turkey's STM in a Rs62 billion "
     "(about $220 million) deal, officials said on Tuesday.", "62000000000", "PKR"),
    # "Rs." is an abbreviation, not a sentence's end
    ("COLOMBO: The Sri Lanka Air Force has signed a Rs. 3,100 million contract with India's Hindustan Aeronautics "
     "for two Dornier aircraft, the ministry said on Monday.", "3100000000", "LKR"),
    ("RABAT – Morocco has agreed to buy Caesar howitzers from France's KNDS in a deal valued at about "
     "1.9 billion dirhams ($190 million), a source said on Friday.", "1900000000", "MAD"),
    # a named currency stays what it says
    ("ISLAMABAD: The Pakistan Navy has ordered two radars from India's BEL worth 2 billion Indian rupees, "
     "officials said on Tuesday.", "2000000000", "INR"),
    # a one-letter symbol only a home paper writes, read with its scale word
    ("LUSAKA – The Zambia Air Force has signed a K640 million (about US$24 million) contract with China's "
     "AVIC for four K-8 trainers, the ministry said on Monday.", "640000000", "ZMW"),
    ("PRETORIA – Paramount Group signed a R380 million contract with the Zambian Ministry of Defence on "
     "Tuesday for 12 Mbombe vehicles, the company said.", "380000000", "ZAR"),
])
def test_a_shared_currency_word_is_the_home_states(text, amount, currency):
    deals = [d for d in _deals(text, "2025-10-15") if d.value is not None]
    assert deals and deals[0].value.amount == Decimal(amount) and deals[0].value.currency == currency


@pytest.mark.parametrize("text", [
    # "K9 howitzers" in a Zambian story is no money
    "LUSAKA – Zambia has ordered 12 K9 howitzers from Hanwha of South Korea, the ministry said on Monday.",
    # a letter no state named near it writes: a class or a grade, not a currency
    "Poland has ordered 24 patrol boats from a Gdańsk yard, the first of its Q10 million-tonne programme.",
    "The French navy ordered two ships from Naval Group on Monday under its L 2 million-hour maintenance plan.",
])
def test_a_one_letter_symbol_needs_a_scale_word_and_its_state(text):
    assert all(d.value is None for d in _deals(text, "2025-10-15"))


@pytest.mark.parametrize(("text", "quantity", "item"), [
    ("The Tanzanian Navy signed a contract with Israel Shipyards on Friday for one Shaldag Mk V patrol boat, worth $14 million.",
     1, "Shaldag Mk V patrol boat"),
    ("Uruguay ordered a single offshore patrol vessel from Cardama Shipyard in Spain for €82 million.", 1, "offshore patrol vessel"),
    ("Senegal signed a contract with Piriou for a coastal surveillance ship, valued at €30 million.", 1, "coastal surveillance ship"),
    # a count of two or more is read as before
    ("Senegal signed a contract with Piriou for two coastal surveillance ships, valued at €60 million.", 2, "coastal surveillance ships"),
    # one more of a type: an ordinal, "additional", "one more", "the fifth and final"
    ("The Hellenic Navy signed a contract with Naval Group on Thursday for a fourth intervention frigate worth €1bn.",
     1, "intervention frigate"),
    ("Embraer signed a contract on Monday with the Hungarian Ministry of Defence for an additional C-390 transport aircraft.",
     1, "C-390"),
    ("Hindustan Aeronautics signed a contract with Guyana on Friday for one more Dornier 228 maritime patrol aircraft.",
     1, "Dornier 228"),
    ("Hanwha Ocean handed over the second Jose Rizal-class frigate to the Philippine Navy at Ulsan on Monday.",
     1, "Jose Rizal-class frigate"),
    ("Navantia delivered the third and final Al Jubail-class corvette to the Royal Saudi Naval Forces on Tuesday.",
     1, "Al Jubail-class corvette"),
    # a time between the verb and the goods
    ("Cameroon's navy ordered on Monday a 52-metre fast patrol vessel from the French yard Ocea for 12 billion CFA francs.",
     1, "52-metre fast patrol vessel"),
    ("Gabon's navy ordered during May a 60-metre offshore patrol ship from the French yard Piriou for 30 billion CFA francs.",
     1, "60-metre offshore patrol ship"),
    # a system told by its kind: "a ... radar system", "an unmanned aerial system", a long modifier
    ("Ireland's Department of Defence signed a €53 million contract with Swedish defence company Saab last week for a "
     "ground-based air surveillance radar system.", 1, "ground-based air surveillance radar system"),
    ("The Namibian Defence Force signed a contract worth N$ 410 million with the South African firm Milkor for an unmanned "
     "aerial system on Tuesday.", 1, "unmanned aerial system"),
    ("Rafael said it has signed a contract with the Netherlands Ministry of Defence for the supply of a 100 kilowatt-class "
     "high energy laser weapon system.", 1, "100 kilowatt-class high energy laser weapon system"),
])
def test_one_item_is_counted(text, quantity, item):
    [deal] = _deals(text, "2025-06-11")
    assert deal.quantity is not None and int(deal.quantity.value) == quantity
    assert item in deal.items


@pytest.mark.parametrize(("text", "items"), [
    # goods told by their kind, a calibre among the words
    ("Indonesia's defence ministry signed a contract with Turkey's MKE for 155 mm artillery ammunition, worth IDR 890 billion.",
     ["155 mm artillery ammunition"]),
    ("Georgia signed a contract with Slovakia's ZVS Holding worth GEL 96 million for 152mm artillery shells and 122 mm rockets.",
     ["152mm artillery shells", "122 mm rockets"]),
    ("Armenia signed a contract with India's Kalyani for additional 155 mm towed artillery systems, worth 62 billion drams.",
     ["155 mm towed artillery systems"]),
    # rounds by their calibre
    ("Georgia's defence ministry expects to sign an order with Serbia's Krušik for 120 mm mortar rounds worth GEL 30 million.",
     ["120 mm mortar rounds"]),
    # two words of one kind joined by "and"; two kinds stay two
    ("Bharat Electronics signed a contract with Uganda's defence ministry on 3 June for the supply of coastal and riverine "
     "surveillance radars.", ["coastal and riverine surveillance radars"]),
    ("Cameroon signed a contract worth 9.6 billion CFA francs with Pakistan Ordnance Factories for assault rifles and "
     "ammunition.", ["assault rifles", "ammunition"]),
    # a name with "for" in it ("Centre for Defence Investment") does not tell the goods
    ("Hanwha signed a contract with the Estonian Centre for Defence Investment for the supply of 155 mm high-explosive "
     "artillery shells.", ["155 mm high-explosive artillery shells"]),
    # the bare object of a verb of buying or selling, in a deal with both sides
    ("The Philippine Army committed on Friday to buy 155mm artillery ammunition from India's Solar Industries.",
     ["155mm artillery ammunition"]),
    ("Sri Lanka's army has bought additional artillery and mortar ammunition from Pakistan Ordnance Factories.",
     ["artillery and mortar ammunition"]),
    ("Under the contract signed on Monday, a Ukrainian manufacturer will supply interceptor drones to the Lithuanian "
     "Armed Forces.", ["interceptor drones"]),
    # the buyer between the verb and the goods; small arms
    ("Bulgaria's Arsenal JSCo signed a contract to supply the Algerian Land Forces with 40 mm grenade launchers and "
     "ammunition worth DZD 7.4 billion.", ["40 mm grenade launchers", "ammunition"]),
    ("Pakistan Ordnance Factories signed a contract to supply small arms and artillery ammunition to the Sri Lanka Army "
     "worth LKR 9.5 billion.", ["small arms", "artillery ammunition"]),
    # a name no list knows before the kind, after "for"; a state's adjective or a maker is no name of the goods
    ("Ireland's Department of Defence signed on Friday a €23.7 million contract with Denmark's Weibel Scientific for Xenta "
     "surveillance and fire-control radars.", ["Xenta surveillance and fire-control radars"]),
    ("Israel Weapon Industries has won a NIS 210 million order from the Philippine Army for ARAD assault rifles.",
     ["ARAD assault rifles"]),
    ("Manila has signed a contract with Italy's Leonardo for Italian helicopters, worth €120 million.", []),
])
def test_goods_told_by_their_kind(text, items):
    [deal] = _deals(text, "2025-06-11")
    assert list(deal.items) == items


@pytest.mark.parametrize("text", [
    # one side only: a verb's bare object is a wish, not goods bought
    "The Maldives will buy fighter jets, the president said, without naming a supplier.",
    "Kenya's army wants to buy armoured vehicles, the defence committee heard on Tuesday.",
])
def test_a_one_sided_purchase_told_by_a_bare_kind_is_no_deal(text):
    assert not _deals(text, "2025-06-11")


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    # the goods "for" a buyer, handed over or delivered at the maker's plant or yard
    ("The first Cheongung-II medium-range air-defence battery for the Royal Saudi Air Defense Forces was handed over at "
     "LIG Nex1's plant in Gumi, South Korea, on 8 January.", "SAU", "KOR"),
    ("The first two patrol boats for the Ghana Navy were delivered at the Dearsan yard in Istanbul on Friday.", "GHA", "TUR"),
])
def test_goods_for_a_buyer_handed_over_at_the_makers_plant(text, buyer, seller):
    [deal] = _deals(text, "2026-01-14")
    assert (deal.buyer.code, deal.seller.code) == (buyer, seller)


def test_goods_named_elsewhere_replace_their_kind():
    text = ("Netherlands to buy new main battle tanks from Germany\n\n"
            "The Dutch defence materiel organisation signed a contract with KNDS Deutschland on Tuesday for 46 Leopard 2A8 "
            "tanks, worth €1.3 billion.")
    [deal] = _deals(text, "2025-06-11")
    assert deal.items == ["Leopard 2A8"]


@pytest.mark.parametrize("text", [
    # the article opens a programme, a maintenance deal or a total, not one item
    "Brazil signed a contract with Saab for a fighter jet support programme worth SEK 1.2 billion.",
    "Chile awarded ENAER a contract for a helicopter maintenance package worth $40 million from Airbus.",
    "Peru signed a contract with Hyundai Heavy Industries for a total of four vessels, worth $460 million.",
    # the first of several: one of the order, which the text does not count here
    "Fincantieri handed over the first of two offshore patrol vessels to the Indonesian Navy on Tuesday.",
    # an ordinal batch or tranche is no single item
    "Saab signed a contract with Thailand on Monday for a second batch of Gripen fighters worth SEK 3 billion.",
])
def test_no_single_item_where_the_article_opens_no_item(text):
    deals = _deals(text, "2025-06-11")
    assert all(d.quantity is None or int(d.quantity.value) != 1 for d in deals)


@pytest.mark.parametrize(("text", "status", "date"), [
    # "will buy ..., after <A> and <B> signed <day> the contract": the signing made the purchase, on its day
    ("Latvia will buy six HIMARS launchers from the United States, after its defence minister and the US ambassador signed "
     "on Thursday in Riga the letter of offer and acceptance, worth $220 million.", "completed", "2025-06-05"),
    ("Slovakia will acquire 152 CV90 vehicles from Sweden after the two defence ministers inked on Monday the contract for "
     "the vehicles, the ministry said.", "completed", "2025-06-09"),
    # a further batch after a first contract stays planned
    ("Latvia will buy six more HIMARS launchers from the United States, after it signed a first contract for six in 2023.",
     "planned", None),
])
def test_a_purchase_in_the_future_made_by_the_signing_told_after_it(text, status, date):
    [deal] = _deals(text, "2025-06-11")
    assert deal.status == status
    if date is not None:
        assert deal.when.value == date


@pytest.mark.parametrize("text", [
    # a purchase told as a rumour or a claim
    "HOST: And Malawi? \n\nGUEST: People were saying Malawi had bought armed drones from Turkey, but Lilongwe denied it.",
    "The rumour that Bolivia had bought Chinese fighter jets from China was dismissed by La Paz on Monday.",
    "Opposition claims that Honduras has purchased Israeli spyware from Israel were rejected by the government.",
    # a purchase as the topic of a debate or an inquiry
    "Peru's defence minister met his Korean counterpart in Lima. Opposition senators want a session of Congress on the "
    "purchase of frigates from South Korea, perhaps in April.",
    "Colombian lawmakers opened a debate on the planned purchase of Gripen fighters from Sweden on Tuesday.",
])
def test_no_deal_in_a_rumour_or_a_debate(text):
    assert _deals(text, "2025-06-11") == []


def test_a_bare_congress_in_a_story_from_a_state_that_has_one():
    from defevents.document import Document
    text = ("Chile and France: a helicopter order\n\nThe meeting between Chile's defence minister and her French "
            "counterpart on Tuesday in Santiago was cordial. Deputies want Congress to approve the order.")
    doc = Document(text, None, [])
    assert [m.code for m in doc.mentions if text[m.start:m.end] == "Congress"] == ["CHL"]
    # with a US actor in the story, "Congress" stays the US one
    text2 = "The State Department approved the sale of F-16s to Peru. Congress has 30 days to object."
    doc2 = Document(text2, None, [])
    assert [m.code for m in doc2.mentions if text2[m.start:m.end] == "Congress"] == ["USA"]


# ---------------------------------------------------------------- currencies a home paper writes
@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("The Jordanian Armed Forces signed on Monday a JD 15 million contract with Iveco Defence Vehicles for 40 trucks.",
     "15000000", "JOD"),
    ("Cabo Verde's coast guard concluded on Tuesday a contract worth 900 million escudos with Navantia for a patrol vessel.",
     "900000000", "CVE"),
    # "CFA francs" are the buyer's zone's, whatever the story is written from
    ("WEST AFRICA DEFENCE DIGEST\n\nSenegal buys radars\n\nSenegal's navy concluded on Friday a contract with Thales for "
     "radars.\n\nGabon picks a French yard\n\nGabon's navy ordered on Monday two fast patrol boats from the French yard "
     "Ocea for 20 billion CFA francs.", "20000000000", "XAF"),
    ("Niger's defence ministry signed on Monday a contract worth 5 billion CFA francs with the Turkish firm MKE for "
     "2,000 rifles, a Yaoundé daily reported.", "5000000000", "XOF"),
    # a name several states share ("pesos", "francs") is the buyer's own currency of that name
    ("The Argentine Army closed a purchase of 150 light tactical vehicles from Brazil's Agrale on Friday, in a contract "
     "worth 48,000 million pesos.", "48000000000", "ARS"),
    ("Djibouti's armed forces signed on Saturday a contract worth 3.1 billion francs with the Emirati firm NIMR for 24 "
     "armoured vehicles.", "3100000000", "DJF"),
    # bare "shillings", "dinars", "rials" and "riyals": the buyer's own, the conversion in brackets a second value
    ("NAIROBI, Feb 14 — The Kenya Defence Forces signed a contract worth 14.6 billion shillings ($91 million) with "
     "Otokar on Monday for 118 armoured carriers.", "14600000000", "KES"),
    ("Uganda's defence ministry bought six Mi-24 helicopters from Belarus for 210 billion shillings, officials said.",
     "210000000000", "UGX"),
    ("Algeria's defence ministry signed a contract with Rosoboronexport on Sunday for 14 Su-35 fighters worth "
     "about 96 billion dinars.", "96000000000", "DZD"),
    ("The Kuwaiti army ordered 30 howitzers from Hanwha Aerospace in a deal worth 120 million dinars.", "120000000", "KWD"),
    ("Qatar's armed forces have signed a 2.4 billion riyal contract with Leonardo for 16 NH90 helicopters.",
     "2400000000", "QAR"),
    ("The Royal Navy of Oman ordered two patrol boats from Damen, in a deal worth 45 million rials, the ministry said.",
     "45000000", "OMR"),
    ("TEGUCIGALPA — The Honduran Navy has ordered a patrol vessel from Colombia's Cotecmar, in a contract worth "
     "L 540 million signed on Monday.", "540000000", "HNL"),
    # a one-letter symbol in copy from elsewhere: the state the sentence (or the one before) names
    ("REGIONAL ROUND-UP\n\nThe Guatemalan Army signed on Thursday a contract with Embraer for two Super Tucano "
     "aircraft, for Q410 million (about US$53 million).", "410000000", "GTQ"),
    ("ABUJA DESK: The Nigerian Air Force struck a N52.3 billion deal with Turkey's Baykar on Friday for six TB2 drones.",
     "52300000000", "NGN"),
    ("The junta's air force ordered four Mi-35 helicopters from Rosoboronexport for Myanmar on Monday. The deal is worth "
     "about K210 billion (about US$100 million at the official rate).", "210000000000", "MMK"),
    ("Botswana's defence force ordered 20 armoured vehicles from South Africa's Paramount on Tuesday, in a "
     "deal worth P450 million.", "450000000", "BWP"),
    # symbols of their own: the baht sign, the Barbados dollar written in capitals
    ("The Royal Thai Air Force has ordered two Gripen E fighters from Saab for ฿19.4 billion, the ministry said on Friday.",
     "19400000000", "THB"),
    ("Barbados has purchased a patrol vessel from Damen for BDS$36 million in a contract signed on Tuesday.",
     "36000000", "BBD"),
])
def test_a_deals_currency_is_read_as_its_buyer_pays_it(text, amount, currency):
    deals = [d for d in _deals(text) if d.value is not None]
    assert deals and (str(deals[-1].value.amount), deals[-1].value.currency) == (amount, currency)


@pytest.mark.parametrize(("text", "currency"), [
    ("Tanzania bought four Cobra II vehicles from Otokar for 30 billion Kenyan shillings, a Nairobi paper said.", "KES"),
    ("Jordan ordered 40 trucks from Iveco for 1.2 billion Iraqi dinars, an odd choice of currency.", "IQD"),
    ("Qatar ordered 12 howitzers from KNDS for 900 million Saudi riyals.", "SAR"),
])
def test_a_named_shared_currency_stays_what_it_says(text, currency):
    deals = [d for d in _deals(text) if d.value is not None]
    assert deals and deals[-1].value.currency == currency


def test_a_named_cfa_franc_stays_what_it_says():
    text = "Gabon's navy ordered on Monday two patrol boats from Ocea for 20 billion West African CFA francs."
    [d] = _deals(text)
    assert d.value.currency == "XOF"
