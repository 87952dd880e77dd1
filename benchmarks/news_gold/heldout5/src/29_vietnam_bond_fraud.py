META = {"id": "news-gold-29", "date": "2026-07-23"}

TEXT = """
Vietnam police arrest property tycoon over $1.2 billion bond fraud

HANOI, July 23 (Reuters) - Vietnamese police have arrested the chairwoman of property developer Hoang Long Land on suspicion of defrauding thousands of bondholders of about 30 trillion dong ($1.2 billion), the Ministry of Public Security said on Thursday.
Nguyen Thi Thu Ha, 58, was detained at her home in Ho Chi Minh City on Wednesday, and investigators searched the company's headquarters overnight, the ministry said in a statement.
Police accuse her of selling bonds for projects that did not exist and of diverting the money to her relatives' companies.
She has not commented on the accusations, and her lawyer, Tran Quoc Bao, could not be reached.
Hoang Long Land, which built several of the tallest towers in Ho Chi Minh City, raised money from about 40,000 retail investors between 2021 and 2024, according to the ministry.

Hundreds of bondholders gathered outside the company's office in District 1 on Thursday, demanding their money back.
"I put my savings into these bonds because the bank told me they were safe," said Le Van Minh, a retired teacher who bought the bonds through a branch of Saigon Delta Bank.
Saigon Delta Bank, which sold the bonds to its customers, said in a statement that it had acted only as an agent and was not responsible for Hoang Long Land's debts.
The State Bank of Vietnam (SBV) said it had asked the lender to reimburse customers who were misled by its staff.
The central bank also said it was ready to lend to any bank facing large withdrawals.

The case revives memories of October 2022, when depositors besieged branches of Saigon Commercial Bank after police arrested its main shareholder in a separate fraud case.
Vietnam's government has since tightened rules on corporate bonds, requiring issuers to obtain credit ratings and limiting sales to professional investors.
Hoang Long Land issued most of its bonds, the ministry said, before the rules took effect in 2023.
Analysts said the arrest could delay the recovery of Vietnam's property market, which has struggled since 2022.
"Foreign funds will demand much higher yields from Vietnamese developers now," said Pham Duc Anh, head of research at SSI Securities in Hanoi.
Shares of Saigon Delta Bank fell by the daily limit of 7%, and the Ho Chi Minh Stock Exchange suspended trading in Hoang Long Land's shares on Thursday.

Last week, the National Assembly's economic committee questioned the SBV governor about bond sales by banks.
Lawmakers said banks had sold risky bonds to depositors who thought the bonds were guaranteed.
The ministry said it would also investigate officials who approved the company's bond sales.
Investigators have frozen 17 bank accounts and seized land-use rights for three plots in Dong Nai province, it said.
If convicted, Ha could face life in prison.
Her daughter, who sits on the company's board, left Vietnam for Singapore in March and has not returned, state media reported.
Police have asked Singapore to help locate her, according to the ministry.
"""

POL = ["Vietnamese police", "police", "Vietnam police"]
NTH = "Nguyen Thi Thu Ha"
HLL = ["Hoang Long Land", "property developer", "developer", "company"]
MPS = ["Ministry of Public Security", "ministry", "public security ministry"]
SDB = ["Saigon Delta Bank", "bank", "lender"]
SBV = ["SBV", "State Bank of Vietnam", "central bank"]
LVM = "Le Van Minh"

ALIASES = {
    "Ministry of Public Security": ["ministry", "public security ministry"],
    "Hoang Long Land": ["company"],
    "Saigon Delta Bank": ["lender"],
    "SBV": ["State Bank of Vietnam", "central bank"],
    "Nguyen Thi Thu Ha": ["Ha", "chairwoman"],
}

RELS = [
    # headline
    R("Vietnam police arrest property tycoon", POL, "arrest", ["property tycoon", "tycoon", NTH]),
    # P1
    R("have arrested the chairwoman", POL, "arrest", ["chairwoman", NTH], attr=MPS),
    R("on suspicion of defrauding thousands", ["chairwoman", NTH], "defraud", "bondholders", "participial", mod=["on suspicion of", "suspicion"], attr=MPS),
    R("investigators searched the company's headquarters", "investigators", "search", "headquarters", "conjunction", attr=MPS + ["statement"], date="overnight"),
    R("Police accuse her of selling", "police", "accuse", NTH, "pronoun"),
    R("She has not commented on the accusations", NTH, "comment on", "accusations", "prepositional pronoun", neg=True),
    R("which built several of the tallest towers", HLL, "build", "towers", "relative", attr=MPS),
    R("raised money from about 40,000 retail investors", HLL, "raise", "money", attr=MPS, date="years:2021-2024"),
    # P2
    R("demanding their money back", "bondholders", "demand", "money", "participial", date="thu", place=["District 1", "office", "Ho Chi Minh City"]),
    R("I put my savings into these bonds", LVM, ["put", "put into"], "savings", "pronoun", attr=LVM),
    R("a retired teacher who bought the bonds", LVM, "buy", "bonds", "relative apposition"),
    R("which sold the bonds to its customers", SDB, "sell", "bonds", "relative"),
    R("it had asked the lender", SBV, "ask", SDB, "control pronoun nominal_anaphora", attr=SBV),
    R("who were misled by its staff", ["staff", "Saigon Delta Bank", "bank"], "mislead", "customers", "relative passive pronoun", attr=SBV),
    R("it was ready to lend", SBV, "lend to", ["bank", "banks"], "control pronoun nominal_anaphora", mod="ready to", attr=SBV),
    R("any bank facing large withdrawals", ["bank", "banks"], "face", "withdrawals", "participial", attr=SBV),
    # P3
    R("when depositors besieged branches", "depositors", "besiege", "branches", "relative", date="month:2022-10"),
    R("after police arrested its main shareholder", "police", "arrest", ["main shareholder", "shareholder"]),
    R("has since tightened rules", ["Vietnam's government", "Vietnamese government", "government", "Vietnam"], "tighten", "rules"),
    R("requiring issuers to obtain", ["Vietnam's government", "Vietnamese government", "government", "Vietnam"], "require", "issuers", "participial control"),
    R("limiting sales to professional investors", ["Vietnam's government", "Vietnamese government", "government", "Vietnam"], "limit", "sales", "participial conjunction"),
    R("issued most of its bonds", HLL, "issue", "bonds", attr=MPS),
    R("the arrest could delay the recovery", "arrest", "delay", "recovery", mod="could", attr="analysts"),
    R("Foreign funds will demand", ["foreign funds", "funds"], "demand", ["yields", "higher yields"], mod="will", attr="Pham Duc Anh"),
    R("suspended trading in Hoang Long Land's shares", ["Ho Chi Minh Stock Exchange", "stock exchange"], "suspend", "trading", "conjunction", date="thu"),
    # P4
    R("economic committee questioned the SBV governor", ["economic committee", "National Assembly's economic committee", "committee"], "question", ["SBV governor", "governor"], date="week:2026-07-13"),
    R("banks had sold risky bonds", "banks", "sell", ["bonds", "risky bonds"], attr="lawmakers"),
    R("would also investigate officials", MPS, "investigate", "officials", "pronoun nominal_anaphora", mod="would", attr=MPS),
    R("officials who approved the company's bond sales", "officials", "approve", ["bond sales", "sales"], "relative", attr=MPS),
    R("Investigators have frozen 17 bank accounts", "investigators", "freeze", "bank accounts", attr=MPS),
    R("seized land-use rights", "investigators", "seize", "land-use rights", "conjunction", attr=MPS),
    R("Ha could face life in prison", NTH, "face", ["life", "life in prison"], mod=["could", "if"]),
    R("who sits on the company's board", "daughter", "sit on", "board", "relative prepositional", attr="state media"),
    R("left Vietnam for Singapore", "daughter", "leave", "Vietnam", "pronoun", attr="state media", date="month:2026-03"),
    R("Police have asked Singapore", "police", "ask", "Singapore", "control", attr=MPS),
]

COREF = [
    C("was detained at her home", "her", NTH),
    C("was detained at her home", "the company", "Hoang Long Land", "nominal"),
    C("was detained at her home", "the ministry", "Ministry of Public Security", "nominal"),
    C("Police accuse her of selling", "her", NTH),
    C("Police accuse her of selling", "her", NTH, "pronoun", 2),
    C("She has not commented on the accusations", "She", NTH),
    C("She has not commented on the accusations", "her", NTH),
    C("raised money from about 40,000 retail investors", "the ministry", "Ministry of Public Security", "nominal"),
    C("demanding their money back", "the company", "Hoang Long Land", "nominal"),
    C("demanding their money back", "their", "bondholders"),
    C("I put my savings into these bonds", "I", LVM),
    C("I put my savings into these bonds", "my", LVM),
    C("I put my savings into these bonds", "me", LVM),
    C("I put my savings into these bonds", "they", "bonds"),
    C("which sold the bonds to its customers", "its", "Saigon Delta Bank"),
    C("which sold the bonds to its customers", "it", "Saigon Delta Bank"),
    C("it had asked the lender", "it", "SBV"),
    C("it had asked the lender", "the lender", "Saigon Delta Bank", "nominal"),
    C("it had asked the lender", "its", "Saigon Delta Bank"),
    C("it was ready to lend", "The central bank", "SBV", "nominal"),
    C("it was ready to lend", "it", "SBV"),
    C("after police arrested its main shareholder", "its", "Saigon Commercial Bank"),
    C("issued most of its bonds", "its", "Hoang Long Land"),
    C("issued most of its bonds", "the ministry", "Ministry of Public Security", "nominal"),
    C("would also investigate officials", "The ministry", "Ministry of Public Security", "nominal"),
    C("would also investigate officials", "it", "Ministry of Public Security"),
    C("would also investigate officials", "the company", "Hoang Long Land", "nominal"),
    C("seized land-use rights", "it", "Ministry of Public Security"),
    C("who sits on the company's board", "Her", NTH),
    C("who sits on the company's board", "the company", "Hoang Long Land", "nominal"),
    C("Police have asked Singapore", "her", "daughter"),
    C("Police have asked Singapore", "the ministry", "Ministry of Public Security", "nominal"),
]
