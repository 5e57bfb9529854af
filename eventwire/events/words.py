"""Word and code classes the event coder reads. Written by the eventwire authors; each set names a
grammatical or semantic class the rules in extract.py and syntax.py test tokens against."""

from eventwire.actors.context import ARMED
from eventwire.places.locative import LOC_PREPS  # noqa: F401  (re-exported: one definition)

SUBJ = ("nsubj", "csubj")
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
INTENT_GOVERNORS = {"plan", "intend", "want", "hope", "seek", "aim", "try", "wish", "prepare", "expect", "decide",
                    "agree", "promise", "pledge", "vow", "offer", "threaten", "mean", "design"}  # "was meant to press"
HYPOTHETICAL_GOVERNORS = {"fear", "worry", "consider", "suggest", "propose", "warn", "urge", "ask", "call", "demand",
                          "push", "press", "want", "wish", "hope"}
DENIAL = {"deny", "reject", "dismiss", "refute"}
CHARGES = {"charge", "accusation", "allegation", "claim", "assertion", "suggestion"}  # what a denial denies
SPEECH = {"say", "tell", "add", "note", "claim", "report", "state", "announce", "insist", "argue", "stress",
          "assert", "explain", "confirm", "reveal", "write", "acknowledge", "allege", "believe", "think", "show"}
SYMMETRIC = {"040", "041", "044", "046", "190", "050", "057", "060", "061"}  # 050: "upgrading ties"
CONDITION_MARKS = {"if", "unless", "whether", "until"}  # "until Turkey withdraws": not yet
MEANING = {"mean", "imply", "signal", "indicate", "suggest", "amount", "represent"}  # "did not mean X recognised Y"
WHILE_MARKS = {"while", "until", "as", "once", "when"}  # "asked X to keep oil flowing while they negotiate"
OBLIGATION = {"must", "should"}
CURRENCY = {"euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "ruble", "rouble", "$", "€", "£"}
TAKE_PART = {"participate", "engage", "join", "take", "embark", "serve"}
CONTAINERS = {"round", "series", "wave", "spate", "string", "set"}  # "a new round of talks" is talks
# gatherings whose purpose is what they do: "gathered on Sunday to protest" is a protest held
ASSEMBLING = {"gather", "rally", "march", "assemble", "converge", "demonstrate", "flock", "throng"}
VEHICLES = {"call", "phone", "telephone", "write"}  # channels, not acts: "called X to congratulate him"
NEVER_TARGETS = {"power", "control", "responsibility", "credit", "part", "place", "action", "step", "measure"}
PLACE_BOUND_ROOTS = {"14", "15", "17", "19"}  # protests, deployments, curfews, blockades: "in X" names the target
MEANS_ROOTS = {"07", "08", "15"}  # aid, withdrawals, deployments: "its troops" are the means, not the target
FORCE_ROOTS = {"17", "18", "19", "20"}
# within them, acts one side does for or at another: aid offered (033), a visit made or hosted (042, 043), mediation
NOT_MUTUAL = {"033", "034", "035", "038", "039", "042", "043", "045"}
MUTUAL_ROOTS = {"03", "04", "06"}  # agree, consult, cooperate: co-subjects are each other's partners; not praise
# "is due to travel", "is expected to meet", "is set to sign": a plan or a forecast, not a fact
# what a noun's modifier says of an act not yet done: "a planned trade agreement", "the proposed talks"
UNDONE = {"planned", "proposed", "draft", "possible", "potential", "future", "prospective", "mooted", "envisaged",
          "would-be", "upcoming", "forthcoming", "expected", "hypothetical", "putative", "intended"}
SCHEDULED = {"due", "expected", "scheduled", "set", "slated", "poised", "likely", "unlikely", "planned", "supposed",
             "tipped", "bound", "about"}
# nouns whose infinitive names a possibility, not a deed: "the right to defend", "a plan to attack"
MODAL_NOUNS = {"right", "ability", "power", "capacity", "plan", "intention", "threat", "readiness", "willingness",
               "option", "chance", "opportunity", "need", "bid", "attempt", "proposal", "offer", "authority", "freedom",
               "request", "invitation", "call", "appeal", "demand", "plea", "pledge", "promise"}
# verbs whose complement is permitted, not done: "rules that allow it to detain"
# "agreed to stop bombing", "halted its shelling": the act governed is what ends, not what is done
DETENTIONS = {"detention", "arrest", "expulsion", "deportation", "seizure", "jailing", "imprisonment", "conviction",
              "extradition"}  # acts on a person: "defended the detention of X" backs the act, not X
REFUSALS = {"refusal", "failure", "reluctance", "unwillingness"}  # "its refusal to back the war": no backing
# what two sides reach together: failing to is no one's refusal ("held talks but failed to agree": analysts, j259,
# j303, j457), while "failed to comply" or "failed to hand over" still refuses
JOINT_AIMS = {"agree", "reach", "resolve", "settle", "conclude", "bridge", "narrow", "finalise", "finalize"}
INFORMING = "064"  # sharing information: "gave no details" refuses no one (not "did not give permission")
REFUSING = {"decline", "refuse"}  # "declined to comment": with SILENCE, no comment (011)
SILENCE = {"comment", "say", "speak", "elaborate", "discuss", "answer", "confirm", "reveal", "disclose", "specify",
           "identify", "name"}  # "declined to comment": CAMEO 011, not a rejection
TOLD_THINGS = {"detail", "details", "information", "figure", "figures", "comment", "reason", "reasons", "explanation",
               "name", "names", "breakdown", "timeline", "timetable", "estimate"}  # "declined to give details": 011
STANCE_ROOTS = {"05", "11", "12"}  # backing, criticising, rejecting: positions a state holds, not only acts
AVOIDING = {"avoid", "refrain", "shun", "eschew", "ignore", "disregard"}  # "have avoided criticising the Taliban",
# "ignored requests to let the case be heard in Haiti": what is avoided or ignored is not done
GIVING_ROOTS = {"06": "160", "07": "162"}  # trade or aid that is stopped: relations (160) or aid (162) reduced
CEASING = {"stop", "cease", "halt", "end", "suspend", "pause", "quit", "abandon"}
# acts that stop a text or measure from being issued: what it would have said is not said ("blocked a statement
# condemning X")
PREVENTING = {"block", "veto", "reject", "prevent", "thwart", "scuttle", "derail", "torpedo", "kill", "stall"}
PERMIT_GOVERNORS = {"allow", "permit", "authorize", "authorise", "let", "enable", "empower"}
# governors whose complement is wished for or asked, not done: "want China to cancel", "urged Iran to stop"
FORUM_CODES = {"114", "115"}  # a complaint or a suit lodged with a body: the body hears it, it is not its target
CAUSING = {"push", "press", "pressure", "force", "prompt", "lead", "drive", "compel", "spur", "persuade", "convince",
           "encourage", "urge", "ask", "order", "tell", "invite"}  # "pushed India to expel": India expels
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer", "swear"}  # "promised Kenya to build": the promiser builds
WISHES = {"want", "hope", "wish", "urge", "ask", "demand", "press", "push", "expect", "seek", "need", "plan", "propose",
          "recommend"}
# verbs that direct someone named to act ("told Ukraine to consult Romania"): the act is directed, not done
DIRECTIVES = {"tell", "order", "instruct", "direct", "advise", "encourage", "invite", "remind", "warn"}
WILLING = {"willing", "ready", "prepared", "committed", "eager", "determined", "keen"}
# "included Pakistan in a list of countries that helped": placing an actor among doers judges it
LISTING = {"include", "name", "list", "count", "cite", "rank", "number", "place", "put"}
LISTS = {"list", "group", "number", "ranks", "roster", "club", "category"}
# verbs whose subject undergoes the event noun they carry: "Iran faces criticism from the U.N."
UNDERGO = {"face", "receive", "draw", "attract", "suffer", "endure", "get", "win", "earn", "come under"}
# deeds that make support or aid a charge: "countries that support terrorism"
HARMS = {"terrorism", "terrorist", "terror", "extremism", "extremist", "militancy", "militant", "insurgency",
         "insurgent", "crime", "criminal", "violence", "trafficking", "smuggling", "abuse", "corruption", "genocide"}
DOCUMENTS = {"report", "statement", "resolution", "lawsuit", "letter", "communique", "declaration", "petition", "suit",
             "decree", "order", "directive", "bill", "law", "ruling", "memorandum", "note", "demarche", "message"}
# "officials said Taliban militants were responsible": naming who is to blame is an accusation
# what is fired or falls: never who acts, unless a nationality names its owner ("Russian drones hit Odesa")
WEAPONS = {"missile", "rocket", "shell", "bomb", "drone", "mine", "bullet", "projectile", "debris", "shrapnel",
           "grenade", "mortar", "artillery", "munition", "explosive", "device", "warhead", "round", "fire"}
TOPIC_VERBS = {"discuss", "debate"}  # their object is what is talked about, never the other party
CROWD_CONTROL = {"gas", "teargas", "tear", "cannon", "baton", "batons", "truncheon", "pellet", "spray"}  # how, not whom
# adverbs that make an act a habit or a pattern, not one act on one day
HABIT_ADVERBS = {"usually", "often", "typically", "routinely", "regularly", "repeatedly", "frequently",
                 "generally", "habitually", "normally", "traditionally", "customarily", "rarely", "seldom", "sometimes",
                 "occasionally"}
# natural hazards: "floods in Sudan's Blue Nile state killed nine people" is no act of Sudan's
NATURE = {"flood", "floods", "flooding", "storm", "earthquake", "quake", "rain", "rains", "cyclone", "hurricane",
          "typhoon", "landslide", "mudslide", "drought", "wildfire", "heatwave", "tsunami", "avalanche", "epidemic",
          "pandemic", "disease", "famine", "weather", "lightning", "tornado", "eruption", "volcano", "snow"}
WRONGS = {"death", "blast", "explosion", "crash", "massacre", "fire", "loss", "damage", "leak", "hack", "outbreak"}
BLAME = {"responsible", "guilty", "behind", "culpable", "liable", "to blame"}
# things done that an accusation or rejection can be about, standing in for whoever did them
ACTS = {"attack", "attacks", "killing", "shooting", "bombing", "violence", "crackdown", "aggression", "invasion",
        "decision", "declaration", "plan", "proposal", "policy", "move", "comment", "remark", "statement", "act",
        "action", "offer", "demand", "request", "appeal", "deal", "law", "legislation", "ban", "sanction", "threat",
        "violation", "abuse", "crime", "handling", "protest", "complaint", "petition", "lawsuit", "allegation",
        "accusation", "claim", "charge", "report", "comments"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
PERMIT = {"allow", "permit", "give", "grant", "approve", "accept", "let"}  # "did not give permission" refuses
TARGET_PREPS = ("with", "to", "against", "on", "into", "at", "from", "for", "between", "in", "upon")
PLACE_NOUNS = {"town", "city", "village", "region", "province", "district", "area", "county", "capital", "port",
               "camp", "state", "island", "valley", "enclave", "suburb", "neighbourhood", "neighborhood"}

# Verbs that carry an event noun as object: the noun codes the event, the verb's subject is its source.
LIGHT = {"announce", "launch", "voice", "express", "lead", "begin", "start", "order", "make", "conduct", "carry",
         "give", "offer", "extend", "provide", "continue", "step", "intensify", "resume", "stage", "hold", "mount",
         "pledge", "declare", "issue", "lodge", "file", "impose", "prolong", "renew", "initiate", "undertake",
         "reaffirm", "reiterate", "deliver", "unleash", "complete", "finish", "approve", "authorize", "authorise",
         "perform", "widen", "expand", "broaden", "tighten", "toughen", "escalate"}

# nouns that head phrases naming people or organisations: who can be acted on
HUMAN = {"inmate", "detainee", "hostage", "victim", "worshipper", "passenger", "officer", "policeman", "employee",
         "supervisor", "manager", "director", "head", "chief", "inspector", "aide", "adviser", "advisor", "agent",
         "spokesman", "spokeswoman", "executive", "coach", "deputy", "general", "secretary", "chairman",
         "chairwoman", "ceo", "captain", "skipper", "boss", "kingpin", "trafficker", "smuggler", "fugitive", "criminal", "dealer",
         "farmer", "fisherman", "engineer", "contractor", "tourist", "missionary", "doctor", "nurse", "teacher",
         "trader", "businessman", "villager", "child", "woman", "man", "girl", "boy", "pilot", "crew", "sailor", "fighter",
         "insurgent", "gunman", "suspect", "opponent", "critic", "dissident", "lawyer", "judge", "prosecutor",
         "people", "person", "worker", "official", "negotiator", "mp", "lawmaker", "agency", "ngo", "group",
         "company", "firm", "rebel", "militant", "protester", "student", "journalist", "prisoner", "refugee",
         "civilian", "resident", "leader", "member", "party", "activist", "citizen", "national", "migrant",
         "family", "force", "troop", "soldier", "police", "delegation", "envoy", "diplomat", "minister",
         "president", "regime", "authority", "organization", "organisation", "union", "court", "council",
         "serviceman", "servicewoman", "commander", "governor", "mayor", "ambassador", "counterpart", "owner"}
# an actor's own forces: the means of a deployment or withdrawal, not its target
# who serves a state or an agency abroad, beside the envoys of actors/context.py DIPLOMATS: sending them away is an
# expulsion (166), not a deportation (174)
ON_DUTY = {"attache", "attaché", "charge", "chargé", "secretary", "counsellor", "counselor", "official", "officer",
           "inspector", "observer", "monitor", "staff", "worker", "representative", "mission", "peacekeeper",
           "correspondent", "journalist"}
FORCES = {"troop", "army", "force", "police", "military", "soldier", "man", "unit", "brigade", "reservist", "reserve"}

# instruments that make a force verb a measure: "hit Mexican pork with duties" is a sanction, not force
MEASURES = {"sanction", "tariff", "duty", "levy", "fine", "embargo", "ban", "restriction", "penalty"}
# measures and hostile acts aimed at whoever "on"/"against" names: backing "sanctions on Georgian officials" or
# condemning "the attack on a church" is about the measure, not about the one it falls on
IMPOSING = {"impose", "widen", "extend", "expand", "tighten", "introduce", "adopt", "raise", "increase", "slap",
            "broaden", "toughen", "levy", "renew"}  # not "lift", "ease", "end": a measure taken, not one undone
HOSTILE_MEASURES = MEASURES | {"strike", "measure", "attack", "war", "crackdown", "blockade", "offensive", "raid", "veto"}
# object pronouns that name the one acted on (unresolved, the addressee is unknown, not someone further on)
ADDRESSEES = {"it", "them", "him", "her", "us"}
# traded goods: a ban on them is an embargo (verbs.tsv "+$goods")
GOODS = {"beef", "cargo", "cattle", "chicken", "coal", "cocoa", "coffee", "cotton", "crude", "dairy", "egg", "eggs",
         "export", "exports", "fertiliser", "fertilizer", "fish", "flour", "fruit", "goods", "grain", "import",
         "imports", "livestock", "meat", "milk", "pork", "poultry", "produce", "product", "products", "rice", "seafood",
         "shipment", "shipments", "steel", "sugar", "tea", "timber", "trade", "vegetable", "vegetables", "wheat", "wine",
         "kava", "taro", "banana", "bananas", "avocado", "avocados", "onion", "onions", "potato", "potatoes", "flower",
         "flowers", "lumber", "fertilizers", "seed", "seeds"}
# an act told as an answer to another ("in response to X's presence") names why it was done, not whom it is done to
RESPONSES = {"response", "reaction", "reply", "answer"}
# an envoy called in: told in the passive with no doer, the state official who tells it summoned him
SUMMONED = {"summon"}
# verbs of sending people out of a state: told in the passive with no doer, the state they are sent out of acts
SENT_OUT = {"expel", "deport"}
# prepositions that set an act's time or circumstance: what they introduce is no party ("meet after the takeover")
SETTING_PREPS = {"after", "before", "since", "during", "amid", "following", "despite", "until", "ahead",
                 "alongside", "beside"}  # "fighting alongside the group": an ally, not the one fought
# nouns of an act between parties, whose with-phrase names the other party
PARTNERED = {"agreement", "deal", "accord", "talks", "negotiation", "negotiations", "meeting", "truce", "ceasefire",
             "pact", "treaty", "dialogue", "settlement", "understanding"}
# fixed phrases that are a verb's object whatever the tagger makes of their words, as the object word patterns name
# verbs whose object act is told as done whatever the verb's own mood: "summoned the envoy to protest the
# detention of traders" (the detention happened; only the protest is a purpose)
FACTIVE = {"protest", "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam", "lament", "regret",
           "blast", "investigate", "probe"}
STATEMENT_VERBS = {"release", "issue", "publish"}  # "released a statement on Wednesday night": a telling
# acts done in words: one who said something and then did one of these did it himself ("said the ruling was
# internal and accused the West"), where the parser hangs it on what was said
VERBAL_ACTS = {"accuse", "blame", "urge", "call", "demand", "ask", "appeal", "warn", "condemn", "criticise", "criticize",
               "reject", "deny", "dismiss", "threaten", "summon", "praise", "welcome", "thank", "vow", "pledge",
               "promise", "insist", "refuse"}
# what a state lets in or out and may cut off: whose they are ("halted Russian flights") is whom the cut is aimed at
FLOWS = {"flight", "import", "export", "shipment", "cargo", "good", "product", "trade", "broadcast", "investment"}
SYMBOLS = {"flag", "flags", "effigy", "effigies"}  # burned in protest: whose they are is whom it is aimed at
# what an intent to do harm threatens (CAMEO 13x): force, repression, cutting ties; words, threats, protest and
# posture intended are no act yet ("planned to rally"): none is coded until done
HOSTILE_INTENT = {"18": "138", "19": "138", "20": "138", "17": "137", "16": "131"}
NOT_YET_ACTS = {"11", "12", "13", "14", "15"}
# "the attack began late on Tuesday": verbs telling when an act told before took place
BEGUN = {"begin", "start", "happen", "occur", "unfold", "erupt"}
# verbs by which one asks for an act: the act asked for has not happened ("called for Arakawa's release")
ASKING = {"call", "appeal", "press", "push", "demand", "ask", "urge", "seek", "plead", "lobby", "campaign"}
# what one turns down was made by someone: "declined a Colombian request" rejects Colombia
PROPOSALS = {"request", "offer", "proposal", "appeal", "demand", "invitation", "plan", "call", "bid", "plea", "initiative"}
# what a sanction freezes or seizes stands for its owner: "froze Iranian assets", "Nicaraguan bank accounts"
HOLDINGS = {"asset", "account", "fund", "property", "holding", "reserve", "deposit"}
FIXED_OBJECTS = {"persona non grata": "grata", "unwelcome": "unwelcome"}

# adverbs the parser does not call particles, which verb patterns may still ask for ("work together")
ADVERB_PARTICLES = {"together", "back", "away"}
QUANTITY_PARTICLES = {"over"}  # a particle the parser reads as "more than" before a number ("handed over 40 tonnes")
RESULTS_OF_FORCE = {"dead"}  # "shot dead a police officer": a word after the verb that says the act killed
RESULTS = {"force", "compel", "oblige"}  # "..., forcing the vessel to sail back": what the act before made happen
# an act of state done by people who hold no state power is their form of protest ("farmers blockaded")
# ("truckers strike": a walkout, not an attack; keyed by lemma and code where the verb decides)
# (and force used by a crowd is a riot, CAMEO 145: "protesters set fire to tyres", "crowds stormed the parliament")
RIOT = "145"
CIVIL_FORMS = {"191": "144", ("strike", "190"): "143", "190": RIOT}
# and the other way round: strikes carried out by armed forces are force, not a walkout (196th pass)
ARMED_FORMS = {("strike", "143"): "190"}
ARMED_SECTORS = ARMED | {"MIL", "SPY"}
# who riots: an opposition, workers, farmers, activists, or others when the words say they are a crowd (not
# "villagers" fending off raiders, "analysts" or a firm)
CROWDS = {"OPP", "LAB", "AGR", "ACT"}
RIOTERS = {"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters", "crowd", "crowds", "mob",
           "mobs", "marcher", "marchers", "youths", "student", "students", "striker", "strikers"}
# verbs of carrying goods along a route: their "to", "into", "from" name where, not whom ("help move shipments onward
# to Kuwait" helps the sender, not Kuwait; "send aid to X" is not one of them: X receives it)
ROUTING = {"move", "ship", "transport", "carry", "route", "reroute", "divert", "truck", "haul", "forward", "transit"}
ROUTE_PREPS = {"to", "into", "from", "towards", "toward"}
PROTESTED = {"protest", "complain"}  # a state doing it after another's act complains officially of that act
STATE_PROTEST = "114"
CIVIL_SECTORS = {"AGR", "LAB", "CVL", "BUS", "OPP", "EDU", "MED", "REF", "REL", "HLH"}
# verbs by which a meeting or talks do not take place with the subject ("pulled out of the meeting")
NOT_HELD = {"withdraw", "pull", "walk", "quit", "leave", "exit", "boycott", "skip", "cancel", "postpone", "abandon",
            "suspend", "snub", "shun", "halt", "delay"}
DECIDING = {"agree", "decide", "vote"}  # a body deciding a measure takes it ("agreed to widen sanctions")

# what is said to be "illegal" or "a provocation" when a speaker criticises an act he names ("said the boarding
# was illegal"), besides the event nouns of the lexicon and the moves and acts replies answer (events/replies.py)
CRITICISED_EXTRA = {"deployment", "treatment", "ruling", "boarding", "landing", "visit", "order", "decree", "law",
                    "verdict", "sentence", "exercise", "drill", "drills", "policy", "plan"}
# people whose journeys are their own: "relatives of the captain travelled to Fiji", "refugees arriving in Abu Simbel"
# make no visit (042) of any state (judged WRONG in every pass that met one: j235, j278, j369, j471, j551)
PRIVATE_TRAVELLERS = {"relative", "relatives", "family", "families", "wife", "husband", "widow", "mother", "father",
                      "parent", "parents", "child", "children", "son", "daughter", "brother", "sister", "friend",
                      "friends", "passenger", "passengers", "tourist", "tourists", "student", "students", "migrant",
                      "migrants", "refugee", "refugees", "pilgrim", "pilgrims", "fan", "fans", "traveller",
                      "travellers", "traveler", "travelers", "deportee", "deportees"}
PRIVATE_SECTORS = {"CVL", "REF"}
VISIT = "042"
REPORTERS = {"MED"}  # sectors that tell what others did without charging them ("the newspaper reported that ...")
JUDGING = {"describe", "brand", "label", "characterise", "characterize", "condemn", "denounce", "criticise",
           "criticize", "reject", "dismiss", "decry", "slam", "call"}  # verbs whose "as" phrase is a judgement
LAND_JOINS = {"border", "borders", "triangle", "point", "frontier", "frontiers", "junction", "confluence", "corner",
              "tripoint", "boundary", "boundaries", "river", "rivers", "line", "lines"}  # "where three borders meet"
