META = {"id": "news-gold-51", "date": "2026-03-19"}

TEXT = """
Caledon Foods board rejects hostile 3.1 billion pound bid from Harlan Brands

LONDON, March 19 (Reuters) - The board of British snack maker Caledon Foods on Thursday rejected a hostile 3.1 billion pound ($3.9 billion) takeover bid from U.S. rival Harlan Brands, saying the offer undervalued the company and its growth prospects.
Harlan, which makes breakfast cereals and frozen pizzas, said it would take the offer directly to Caledon's shareholders after the board refused to meet its executives.
Caledon shares jumped 18 percent to 412 pence in early London trading, well above Harlan's offer price of 390 pence.

"This is an opportunistic approach that fails to recognise the value we have built over 140 years," Caledon chairwoman Fiona Strachan said in a statement.
She said the board had unanimously advised shareholders to take no action.
"Harlan is trying to buy this company on the cheap, and we will fight this bid every step of the way," Strachan later told BBC Radio Scotland.

Harlan chief executive Mark Deluca told reporters on a conference call that the bid was "full and fair" and that he was confident most investors would back it.
He said Harlan had no plans to raise the offer.
Under British takeover rules, Harlan must announce a firm offer by April 16 or walk away.
The company first approached Caledon in January with a proposal worth 360 pence a share, which Caledon also rejected.

Caledon, based in Dundee, employs about 6,200 people and makes crisps, oatcakes and shortbread.
The GMB union, which represents about 2,000 of the company's factory workers, said it feared Harlan would close plants to cut costs.
The union said Harlan had shut two plants in Ohio after it bought Toronto-based Maple Crest Bakeries in 2022.
"We will not close any Scottish factory," Deluca said, adding that Harlan would invest in Caledon's brands.

On Thursday, Caledon also raised its full-year profit forecast and promised to return 250 million pounds to shareholders through a share buyback.
Analysts at Peel Hunt said Harlan could still raise its bid to about 430 pence a share to win over Caledon's largest investors.
Inverlochy Partners, Caledon's third-largest shareholder, said it would not sell its stake for less than 450 pence a share.
The fund manager, which has owned Caledon shares since 2011, has backed the board's defence.

Harlan, which is controlled by the Deluca family, has bought four European food companies since 2019.
It bought Dutch biscuit maker Van Dam in 2023 and sold the Dutch company's frozen-food unit a year later.
Deluca, 52, took over from his father Robert as chief executive in 2015.
The 52-year-old has said he wants to double Harlan's sales outside North America by 2030.

Caledon's defence is being led by advisers from Goldman Sachs and Rothschild, according to two people familiar with the matter.
A Harlan spokesman declined to comment on Inverlochy's position.
Caledon will report full-year results on April 2.
"""

CF = ["Caledon Foods", "Caledon"]
HB = ["Harlan Brands", "Harlan"]
BOARD = ["board", "Caledon Foods board", "Caledon board", "Caledon Foods", "Caledon"]
BID = ["takeover bid", "bid", "offer", "hostile takeover bid"]
FS = "Fiona Strachan"
MD = "Mark Deluca"
GMB = ["GMB", "GMB union", "union"]
AB = ["Inverlochy Partners", "Inverlochy"]

ALIASES = {
    "Caledon Foods": ["Caledon"],
    "Harlan Brands": ["Harlan"],
    "board": ["Caledon Foods board", "Caledon board"],
    "takeover bid": ["bid", "offer", "hostile takeover bid"],
    "GMB": ["GMB union"],
    "Inverlochy Partners": ["Inverlochy"],
}

RELS = [
    R("Caledon Foods board rejects hostile", ["Caledon Foods board", "board", "Caledon Foods"], "reject", ["bid", "hostile bid", "takeover bid"]),
    R("on Thursday rejected a hostile", BOARD, "reject", BID, date="thu"),
    R("saying the offer undervalued the company", BID, "undervalue", CF, "active nominal_anaphora", attr=BOARD),
    R("saying the offer undervalued the company", BID, "undervalue", "growth prospects", "active nominal_anaphora conjunction", attr=BOARD),
    R("which makes breakfast cereals", HB, "make", "breakfast cereals", "relative"),
    R("which makes breakfast cereals", HB, "make", "frozen pizzas", "relative conjunction"),
    R("it would take the offer directly", HB, ["take", "take to"], BID + ["shareholders"], "pronoun nominal_anaphora", mod="would", attr=HB),
    R("after the board refused to meet its executives", BOARD, "refuse", "executives", "control nominal_anaphora", attr=HB),
    R("after the board refused to meet its executives", BOARD, "meet", "executives", "control nominal_anaphora", neg=True, attr=HB),
    R("an opportunistic approach that fails to recognise", ["approach", "takeover bid", "bid"], "recognise", "value", "relative control", neg=True, attr=FS),
    R("the value we have built", [FS] + CF, "build", "value", "relative pronoun", attr=FS),
    R("had unanimously advised shareholders", BOARD, "advise", "shareholders", "control nominal_anaphora", attr=FS),
    R("Harlan is trying to buy this company", HB, "buy", CF, "control nominal_anaphora", mod="trying to", attr=FS),
    R("we will fight this bid", [FS] + CF, "fight", BID, "pronoun nominal_anaphora conjunction", mod="will", attr=FS),
    R("most investors would back it", "investors", "back", BID, "pronoun", mod="would", attr=MD),
    R("Harlan had no plans to raise the offer", HB, "raise", BID, "control nominal_anaphora", neg=True, mod="plans to", attr=MD),
    R("Harlan must announce a firm offer", HB, "announce", ["firm offer", "offer"], mod="must"),
    R("The company first approached Caledon", HB, "approach", CF, "nominal_anaphora", date="month:2026-01"),
    R("which Caledon also rejected", CF, "reject", "proposal", "relative"),
    R("employs about 6,200 people", CF, "employ", "people"),
    R("makes crisps, oatcakes and shortbread", CF, "make", "crisps", "conjunction"),
    R("makes crisps, oatcakes and shortbread", CF, "make", "oatcakes", "conjunction"),
    R("makes crisps, oatcakes and shortbread", CF, "make", "shortbread", "conjunction"),
    R("which represents about 2,000", GMB, "represent", ["factory workers", "workers"], "relative"),
    R("Harlan would close plants", HB, "close", "plants", mod="would", attr=GMB),
    R("Harlan had shut two plants in Ohio", HB, "shut", "plants", attr=GMB, place="Ohio"),
    R("after it bought Toronto-based Maple Crest Bakeries", HB, "buy", "Maple Crest Bakeries", "pronoun", attr=GMB, date="year:2022"),
    R("We will not close any Scottish factory", [MD] + HB, "close", ["Scottish factory", "factory"], "pronoun", neg=True, mod="will", attr=MD),
    R("Harlan would invest in Caledon's brands", HB, "invest in", "brands", "prepositional", mod="would", attr=MD),
    R("Caledon also raised its full-year profit forecast", CF, "raise", ["full-year profit forecast", "profit forecast", "forecast"], date="thu"),
    R("promised to return 250 million pounds", CF, "promise", ["pounds", "shareholders"], "control conjunction", date="thu"),
    R("promised to return 250 million pounds", CF, ["return", "return to"], ["pounds", "shareholders"], "control conjunction",
      mod="promised to", date="thu"),
    R("Harlan could still raise its bid", HB, "raise", BID, mod="could", attr=["analysts", "Peel Hunt"]),
    R("it would not sell its stake", AB, "sell", "stake", "pronoun", neg=True, mod="would", attr=AB),
    R("which has owned Caledon shares", AB, "own", ["Caledon shares", "shares"], "relative nominal_anaphora"),
    R("has backed the board's defence", AB, "back", "defence", "nominal_anaphora"),
    R("which is controlled by the Deluca family", "Deluca family", "control", HB, "relative passive"),
    R("has bought four European food companies", HB, "buy", ["European food companies", "food companies", "companies"]),
    R("It bought Dutch biscuit maker Van Dam", HB, "buy", "Van Dam", "pronoun", date="year:2023"),
    R("sold the Dutch company's frozen-food unit", HB, "sell", ["frozen-food unit", "unit"], "pronoun conjunction", date="year:2024"),
    R("took over from his father Robert", MD, "take over from", ["Robert Deluca", "Robert", "father"], "prepositional", date="year:2015"),
    R("he wants to double Harlan's sales", MD, "double", "sales", "control pronoun", mod="wants to", attr=MD),
    R("is being led by advisers", ["advisers", "Goldman Sachs", "Rothschild"], "lead", "defence", "passive", attr=["people", "two people"]),
    R("declined to comment on Inverlochy's position", ["spokesman", "Harlan spokesman"], "comment on", "position", "control prepositional", neg=True),
    R("Caledon will report full-year results", CF, "report", ["full-year results", "results"], mod="will", date="2026-04-02"),
]

COREF = [
    C("saying the offer undervalued the company", "the offer", "takeover bid", "nominal"),
    C("saying the offer undervalued the company", "the company", "Caledon Foods", "nominal"),
    C("saying the offer undervalued the company", "its", "Caledon Foods"),
    C("it would take the offer directly", "it", "Harlan Brands"),
    C("it would take the offer directly", "the offer", "takeover bid", "nominal"),
    C("it would take the offer directly", "the board", "board", "nominal"),
    C("it would take the offer directly", "its", "Harlan Brands"),
    C("an opportunistic approach that fails to recognise", "This", "takeover bid"),
    C("an opportunistic approach that fails to recognise", "we", [FS] + CF),
    C("had unanimously advised shareholders", "She", FS),
    C("had unanimously advised shareholders", "the board", "board", "nominal"),
    C("Harlan is trying to buy this company", "this company", "Caledon Foods", "nominal"),
    C("Harlan is trying to buy this company", "we", [FS] + CF),
    C("Harlan is trying to buy this company", "this bid", "takeover bid", "nominal"),
    C("most investors would back it", "the bid", "takeover bid", "nominal"),
    C("most investors would back it", "he", MD),
    C("most investors would back it", "it", "takeover bid"),
    C("Harlan had no plans to raise the offer", "He", MD),
    C("Harlan had no plans to raise the offer", "the offer", "takeover bid", "nominal"),
    C("The company first approached Caledon", "The company", "Harlan Brands", "nominal"),
    C("which represents about 2,000", "the company", "Caledon Foods", "nominal"),
    C("which represents about 2,000", "it", "GMB"),
    C("Harlan had shut two plants in Ohio", "The union", "GMB", "nominal"),
    C("Harlan had shut two plants in Ohio", "it", "Harlan Brands"),
    C("We will not close any Scottish factory", "We", [MD] + HB),
    C("Caledon also raised its full-year profit forecast", "its", "Caledon Foods"),
    C("Harlan could still raise its bid", "its", "Harlan Brands"),
    C("it would not sell its stake", "it", "Inverlochy Partners"),
    C("it would not sell its stake", "its", "Inverlochy Partners"),
    C("which has owned Caledon shares", "The fund manager", "Inverlochy Partners", "nominal"),
    C("which has owned Caledon shares", "the board", "board", "nominal"),
    C("It bought Dutch biscuit maker Van Dam", "It", "Harlan Brands"),
    C("It bought Dutch biscuit maker Van Dam", "the Dutch company", "Van Dam", "nominal"),
    C("took over from his father Robert", "his", MD),
    C("he wants to double Harlan's sales", "The 52-year-old", MD, "nominal"),
    C("he wants to double Harlan's sales", "he", MD),
]
