"""Fitting the user's words into sentences to the reader: one assertion per way people type."""

import re

import pytest

from thankyou_tui import english as en
from thankyou_tui.english import (
    Reader,
    Shape,
    addressed_as,
    article,
    as_role,
    capitals_in,
    clean_phrase,
    company_in_sentence,
    courtesy_title,
    deed_gerund,
    deed_in_brief,
    fit_interest,
    fit_point,
    fit_point_and_why,
    fit_qualification,
    fit_why,
    gerund,
    grammatical_number,
    infinitive_to_gerund,
    is_feedback,
    is_hedged,
    is_kindness,
    is_private,
    join_names,
    names_a_move,
    names_pay,
    names_the_offer,
    possessive,
    role_in_sentence,
    role_once_in_full,
    shortened,
    tells_of_mishap,
    their_deed,
    tidy,
    titles_alike,
    to_reader,
    why_for,
    why_is_experience,
    wish_as_doing,
    with_capitals,
    withholds,
    without_detail,
    without_reminder,
)

ACME = Reader("Priya Raman", "Acme Robotics")


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("The plan to move telemetry onto Kafka.", "the plan to move telemetry onto Kafka"),
        ("  how   the team\nworks?! ", "how the team works"),
        ("Kafka migration", "Kafka migration"),
        ("SQL tuning", "SQL tuning"),
        ("iPhone app", "iPhone app"),
        ("I explained my approach.", "I explained my approach"),
        ("Managing a team of five", "managing a team of five"),
        ("Led the move", "led the move"),
        ('"the roadmap"', "the roadmap"),
        ("budget + headcount for 2027", "budget and headcount for 2027"),
        ("work-life balance / remote policy", "work-life balance and remote policy"),
        ("CI/CD and M&S", "CI/CD and M&S"),
        ("", ""),
        # note-taking shorthand, as a new user typed it after a panel
        ("her concern re staff morale post-restructure",
         "her concern about staff morale after the restructure"),
        ("the consultation closes in Jan", "the consultation closes in January"),
        ("led the consultation, 3k responses", "led the consultation, 3,000 responses"),
        ("7 yrs in central govt policy", "seven years in central government policy"),
        ("Jenkins vs. GitHub Actions", "Jenkins versus GitHub Actions"),
        ("cutting the wait from 6 wks to 2", "cutting the wait from 6 weeks to 2"),
        ("her worry about the 18 wk wait for first appts",
         "her worry about the 18-week wait for first appointments"),
        ("a 12 hr shift and 30 mins handover", "a 12-hour shift and 30 minutes handover"),
        # left alone: a hyphenated "re-", a name that is also a month, a capitalised "post-"
        ("the re-org of the team", "the re-org of the team"),
        ("Jan from finance", "Jan from finance"),
        ("post-COVID hiring", "post-COVID hiring"),
        ("managed cross-dept board", "managed cross-department board"),
        # the candidate's contractions written out, as the notes' own sentences are
        ("how I'd handle a minister changing priorities",
         "how I would handle a minister changing priorities"),
        ("I’d done it before", "I had done it before"),
        ("it's been a busy year", "it has been a busy year"),
        ("her team’s on-call load", "her team’s on-call load"),  # a possessive, kept as typed
        # jotted in a hurry: a lower-case "q", "re:", days and months in lower case
        ("his q about which KPIs I look at", "his question about which KPIs I look at"),
        ("her worry re: temp staff turnover", "her worry about temp staff turnover"),
        ("the plan to go 24/7 at Venlo from march", "the plan to go 24/7 at Venlo from March"),
        ("hotfixes on friday nights", "hotfixes on Friday nights"),
        ("start aug 2027 after the bar exam", "start in August 2027 after the bar exam"),
        ("falls down 35% in a yr", "falls down 35% in a year"),
        ("Grad Cert Critical Care Nursing", "Graduate Cert Critical Care Nursing"),
        ("3 titles incl. a shooter", "three titles including a shooter"),
        ("march of the robots", "march of the robots"),  # a month only after a word of time
        ("40+ access requests/month", "40+ access requests a month"),
        ("24/7 cover", "24/7 cover"),
        # arrows, "~", "@", "abt", "thru", "pkg", "ppl", languages in lower case
        ("talked abt the list -> you want ~30 wines", "talked about the list (you want around 30 wines)"),
        ("redesigned the briefing → pass rate 81% -> 96%",
         "redesigned the briefing (pass rate from 81% to 96%)"),
        ("built the repo (Dovetail) -> used by ~60 ppl", "built the repo (Dovetail, used by around 60 people)"),
        ("trainer @ Dublin", "trainer at Dublin"),
        ("relocation pkg + danish classes", "relocation package and Danish classes"),
        ("GWO refresher (mine expires Mar)", "GWO refresher (mine expires March)"),
        ("walked thru the drill", "walked through the drill"),
        ("the start 1 march", "the start 1 March"),
        ("last yr's assumption review", "last year's assumption review"),
        ("her Prophet -> Python migration", "her Prophet-to-Python migration"),
        # round 5: shorthand, dates and days as people jot them
        ("start date jan?", "start date in January"),
        ("offer: start 11 Jan, 1 wk to decide", "offer: start 11 January, 1 week to decide"),
        ("4am starts, 5 days, every 2nd sat", "4am starts, 5 days, every second Saturday"),
        ("~3,000 students/yr", "around 3,000 students a year"),
        ("~3 pages a night last qtr", "around three pages a night last quarter"),
        ("mostly resi + some commercial fitouts", "mostly residential and some commercial fitouts"),
        ("program for gr 2 vs gr 7", "program for grade 2 versus grade 7"),
        ("claim 1 of the electrolyte patent", "claim 1 of the electrolyte patent"),
        # round 6: slips of a hurried hand, currency after "~", doubled question marks
        ("talked thru thier move to AtoM", "talked through their move to AtoM"),
        ("6 yrs goverment procurement", "six years government procurement"),
        ("upsell targets (~S$18 per arrival)", "upsell targets (around S$18 per arrival)"),
        ("the ballroom reno (reopens march, up to 1,200 pax)", "the ballroom reno (reopens March, up to 1,200 pax)"),
        # a fact the candidate is unsure of is not told (read 20)
        ("the FOIL backlog (~14 months??)", "the FOIL backlog"),
        (
            "the rotation program (1 yr in branch credit after 2 yrs?)",
            "the rotation program",
        ),
        ("the 4 bdrm house", "the four bedroom house"),
        # the tmux walk of stop 21
        ("their plan to move to a 7 day service", "their plan to move to a 7-day service"),
        ("1 day a week in the office", "one day a week in the office"),
        ("compressed hrs possible after probation", "compressed hours possible after probation"),
        # round 7
        ("how I'd run participation", "how I would run participation"),
        ("base + car allowance + quarterly bonus", "base, car allowance and quarterly bonus"),
        ("calling 140+ perfs", "calling 140+ performances"),
        ("walked the fence line w/ him after", "walked the fence line with him afterwards"),
        # round 8: notes to self, impressions, hours, short days
        ("80% part-time possible after probation - get it in writing",
         "80% part-time possible after probation"),
        ("offer: start 1 March (notice period 3 mo - ok?)",
         "offer: start 1 March (notice period 3 months)"),
        ("Sat mornings 1 in 2 - ok", "Saturday mornings (1 in 2)"),
        ("they want CRFs done within 48h of visit", "they want CRFs done within 48 hours of visit"),
        ("fatigue risk in 12h rosters", "fatigue risk in 12-hour rosters"),
        ("budget for training (ask about it later)", "budget for training"),
        # round 9: fillers, an equals sign, hours and days of the week, ordinals
        ("rookies do the dishes for a year (lol)", "rookies do the dishes for a year"),
        ("made me want this job even more tbh", "made me want this job even more"),
        ("sample swap (glad I caught it)", "sample swap"),
        ("medical calls = ~70% of volume now", "medical calls (around 70% of volume now)"),
        ("shift: 7-16h mon-fri + 1 sat a month",
         "shift: 7:00 to 16:00 Monday to Friday and 1 Saturday a month"),
        ("2nd shift for first 6 months", "second shift for the first six months"),
        ("the Ross church roof job starting feb", "the Ross church roof job starting February"),
        ("2nd shift 2-10:30pm", "second shift (2-10:30pm)"),
        ("income for self-employed w/ no ITR", "income for the self-employed with no ITR"),
        ("my EMR cert", "my EMR certificate"),
        ("funding runs to 2028 then ??", "funding runs to 2028"),
        # round 10
        ("CPD budget at 1.5k + time off", "CPD budget at 1,500 and time off"),
        ("avg 32 moves/hr on RTG", "average 32 moves an hour on RTG"),
        ("mock sessions 2x a year", "mock sessions twice a year"),
        ("4.5-day wk", "4.5-day week"),
        # the walk (stop 22)
        ("governors want termly reports not monthly", "governors want termly reports, not monthly"),
        ("they do not use Xero", "they do not use Xero"),
        # round 11
        ("reviews 1x month", "reviews once a month"),
        # round 12
        ("travel to Yuma + Flagstaff 1-2x/mth", "travel to Yuma and Flagstaff once or twice a month"),
        ("did a 400pg transcript in 3 days", "did a 400-page transcript in 3 days"),
        ("kids who'd never get seen by scouts", "kids who would never get seen by scouts"),
        ("people who'd never been in a courtroom", "people who had never been in a courtroom"),
        ("Diploma, Enviromental Technology", "Diploma, Environmental Technology"),
        ("the hall boiler!! and the appeal", "the hall boiler and the appeal"),
        ("Python for post-processing", "Python for post-processing"),
        ("three push notifs and landing pg for the savings feature",
         "three push notifications and landing page for the savings feature"),
        ("Workday, Excel (pivots ok, vlookup ok-ish)", "Workday, Excel"),
        ("walked through a joint calc (forgot bearing-bypass at first!)",
         "walked through a joint calculation"),
        ("sales hands off to events - messy rn", "sales hands off to events (messy right now)"),
        ("we both worked there, diff years", "we both worked there, different years"),
        # round 15: a laugh, emphasis in capitals, a jotted "q"
        ("we both hate exhibit sharing in Zoom lol", "we both hate exhibit sharing in Zoom"),
        ("they drink SO much tea", "they drink so much tea"),
        ("hearing aids for a 6 month old", "hearing aids for a six-month-old"),
        ("ALL HANDS meeting", "ALL HANDS meeting"),
        ("the boundary dispute q in the 2nd round", "the boundary dispute question in the second round"),
        ("how I'd handle a pt who ignores fluid limits",
         "how I would handle a patient who ignores fluid limits"),
    ],
)  # fmt: skip
def test_clean_phrase(typed, cleaned):
    assert clean_phrase(typed) == cleaned


# A point as typed after the interview -> what the note says to its reader, and its shape.
POINTS = [
    ("her plan to move billing onto Stripe", "your plan to move billing onto Stripe", Shape.TOPIC),
    (
        "his question about how I'd handle a failed migration",
        "your question about how I would handle a failed migration",
        Shape.ASKED,
    ),
    (
        "their move from Jenkins to GitHub Actions",
        "your move from Jenkins to GitHub Actions",
        Shape.TOPIC,
    ),
    (
        "how they onboard new nurses on night shifts",
        "how you onboard new nurses on night shifts",
        Shape.TOPIC,
    ),
    ("why they picked Postgres over Mongo", "why you picked Postgres over Mongo", Shape.TOPIC),
    ("the company's push into the Nordic market", "your push into the Nordic market", Shape.TOPIC),
    (
        "she's rebuilding the design system from scratch",
        "you are rebuilding the design system from scratch",
        Shape.SAID,
    ),
    (
        "he thinks the mobile app needs a rewrite",
        "your view that the mobile app needs a rewrite",
        Shape.TOPIC,
    ),
    (
        "what her team learned from last year's outage",
        "what your team learned from last year's outage",
        Shape.CONCERN,
    ),
    ("their hiring plans for next year", "your hiring plans for next year", Shape.TOPIC),
    ("Discussed the Q3 roadmap", "your Q3 roadmap", Shape.TOPIC),
    ("Talked about mentoring junior analysts", "mentoring junior analysts", Shape.TOPIC),
    (
        "asked me about my experience with HIPAA audits",
        "your question about my experience with HIPAA audits",
        Shape.ASKED,
    ),
    ("We covered the on-call rotation", "your on-call rotation", Shape.TOPIC),
    ("the take-home feedback", "the take-home feedback", Shape.TOPIC),
    ("how the team shares on-call", "how your team shares on-call", Shape.TOPIC),
    ("Went over the take-home feedback", "the take-home feedback", Shape.TOPIC),
    ("She said the team ships every Tuesday", "the team ships every Tuesday", Shape.SAID),
    (
        "Mentioned they're opening an office in Leeds",
        "you are opening an office in Leeds",
        Shape.SAID,
    ),
    (
        "Q about conflict with product managers",
        "your question about conflict with product managers",
        Shape.ASKED,
    ),
    ("k8s cost overruns", "k8s cost overruns", Shape.CONCERN),
    # not something one "enjoyed hearing about"
    ("her SEND budget being squeezed", "your SEND budget being squeezed", Shape.CONCERN),
    (
        "my portfolio piece on the checkout redesign",
        "my portfolio piece on the checkout redesign",
        Shape.OWN,
    ),
    (
        "my take-home: the forecasting notebook",
        "my take-home (the forecasting notebook)",
        Shape.OWN,
    ),
    (
        "how I would prioritise a backlog of 200 tickets",
        "your question about how I would prioritise a backlog of 200 tickets",
        Shape.ASKED,
    ),
    (
        "whether the role includes people management",
        "whether the role includes people management",
        Shape.ANSWER,  # a question the candidate asked: "your answer when I asked whether…"
    ),
    (
        "I asked how they measure developer productivity",
        "how you measure developer productivity",
        Shape.ANSWER,
    ),
    ("we both used to work at agencies", "we both used to work at agencies", Shape.SAID),
    # A noun phrase with its own verb is something they told me, not a topic.
    ("their dashboards are all in Power BI", "your dashboards are all in Power BI", Shape.SAID),
    # a wh-clause inside a topic is not the topic's verb
    (
        "Discussed the Ofsted report + what they're doing about reading",
        "the Ofsted report and what you are doing about reading",
        Shape.TOPIC,
    ),
    ("his Q about adapting lessons", "your question about adapting lessons", Shape.ASKED),
    (
        "hybrid - 2 days in the Boston office",
        "the hybrid arrangement (two days in the Boston office)",
        Shape.TOPIC,
    ),
    (
        "she pointed out the race condition in my Redis counter",
        "the race condition in my Redis counter",
        Shape.TOPIC,
    ),
    # "her point that X": what she told me ("hear about your point that ..." read badly)
    (
        "her point that the consultation closes in Jan",
        "the consultation closes in January",
        Shape.SAID,
    ),
    (
        "your team's approach to accessibility testing",
        "your team's approach to accessibility testing",
        Shape.TOPIC,
    ),
    (
        "the cost of the vendor and their contract ending in March",
        "the cost of the vendor and their contract ending in March",
        Shape.CONCERN,
    ),
    (
        "she asked how I would prioritise the roadmap with the company's small team",
        "your question about how I would prioritise the roadmap with your small team",
        Shape.ASKED,
    ),
    (
        "the flexibility she offered on the start date",
        "the flexibility you offered on the start date",
        Shape.TOPIC,
    ),
    ("Priya's view on hiring", "your view on hiring", Shape.TOPIC),
    ("Priya runs the platform team", "you run the platform team", Shape.SAID),
    ("I walked them through my portfolio", "I walked you through my portfolio", Shape.OWN_CLAUSE),
    ("asked her about the reorg", "your question about her about the reorg", None),
    # a remark to oneself in brackets is not said to the reader; a fact in brackets is
    (
        "how they steward families after a loved one dies (really thoughtful)",
        "how you steward families after a loved one dies",
        Shape.TOPIC,
    ),
    ("their new EPR rollout (HiX)", "your new EPR rollout (HiX)", Shape.TOPIC),
    # jotted without an article: a letter says it ("I kept thinking about the ... backlog")
    ("hybrid working policy", "the hybrid working policy", Shape.TOPIC),
    (
        "shift allowance (ORT) + the 4-day option",
        "the shift allowance (ORT) and the 4-day option",
        Shape.TOPIC,
    ),
    (
        "training new staff on the espresso machine",
        "training new staff on the espresso machine",
        Shape.TOPIC,
    ),
    ("complaints from wheelchair users", "complaints from wheelchair users", Shape.CONCERN),
    ("property-based testing of the planner", "property-based testing of the planner", Shape.TOPIC),
    (
        "hybrid - 2 days in the office",
        "the hybrid arrangement (two days in the office)",
        Shape.TOPIC,
    ),
    # a plural noun with a plain verb of its own is something they told me
    (
        "her clerks stay in touch w/ her for years",
        "your clerks stay in touch with you for years",
        Shape.SAID,
    ),
    ("her views on pairs work", "your views on pairs work", Shape.TOPIC),
    (
        "the board wants stronger links with the marae",
        "the board wants stronger links with the marae",
        Shape.SAID,
    ),
    (
        "hybrid: 3 days in office, Marina Bay",
        "the hybrid arrangement (three days in office, Marina Bay)",
        Shape.TOPIC,
    ),
    (
        "she asked abt how I'd handle a trainee who fails",
        "your question about how I would handle a trainee who fails",
        Shape.ASKED,
    ),
    # a kindness told as a clause stays a clause (see test_compose for how it is said)
    ("she made the offer on the call", "you made the offer on the call", Shape.SAID),
    # "their" after one person spoken of as "they" is that person's
    (
        "he asked how I'd handle a patient who won't do their exercises",
        "your question about how I would handle a patient who will not do their exercises",
        Shape.ASKED,
    ),
    # asked to do something: what I then did, not a thing they told me
    (
        "he asked me to walk through how I'd test a bakery multibuy",
        "I walked through how I would test a bakery multibuy",
        Shape.OWN_CLAUSE,
    ),
    (
        "Went over my take-home: the HACCP plan for the canning line",
        "my take-home (the HACCP plan for the canning line)",
        Shape.OWN,
    ),
    # round 5: the article a jotted topic left out; a measure of it
    ("3 yr bond for the type rating", "the three-year bond for the type rating", Shape.TOPIC),
    ("CRM scenario: the go-around", "the CRM scenario (the go-around)", Shape.TOPIC),
    ("caseload ~1:35", "the caseload of around 1:35", Shape.TOPIC),
    ("offer: start 11 Jan", "the offer (start 11 January)", Shape.TOPIC),
    ("hybrid: 3 days in office", "the hybrid arrangement (three days in office)", Shape.TOPIC),
    ("mostly resi + some fitouts", "mostly residential and some fitouts", Shape.TOPIC),
    # a question with no asker, about the terms of the job, is the candidate's own
    ("q re: support for JTA exam fees", "about support for JTA exam fees", Shape.ANSWER),
    (
        "q re: salmon program for gr 2 vs gr 7",
        "your question about the salmon program for grade 2 versus grade 7",
        Shape.ASKED,
    ),
    ("Q: my notice period", "your question about my notice period", Shape.ASKED),
    # a note to self in an aside is left out
    ("~20 staff across 3 sites", "there are around 20 staff across 3 sites", Shape.SAID),
    (
        "walked the fence line w/ him after",
        "I walked the fence line with you afterwards",
        Shape.OWN_CLAUSE,
    ),
    ("new hydro pool opening in spring", "the new hydro pool opening in spring", Shape.TOPIC),
    (
        "offer details - herd bonus split?? check the written version",
        "the offer details (herd bonus split)",
        Shape.TOPIC,
    ),
    # round 8: a fact jotted without its verb; a heading noun takes its article; the
    # candidate's impression of it is not said to the reader
    (
        "80% part-time possible after probation - get it in writing",
        "80% part-time is possible after probation",
        Shape.SAID,
    ),
    (
        "roster: 5 on 5 off, sounds like people actually like it",
        "the roster (5 on 5 off)",
        Shape.TOPIC,
    ),
    ("their app - looks dated", "your app", Shape.TOPIC),
    (
        "the 24-hour shift pattern, 4 on 4 off",
        "the 24-hour shift pattern (4 on 4 off)",
        Shape.TOPIC,
    ),
    ("Tilly would be mine to supervise", "Tilly would be mine to supervise", Shape.SAID),
    ("funding runs to 2028 then ??", "funding runs to 2028", Shape.SAID),
    ("home runs and strikeouts", "the home runs and strikeouts", Shape.TOPIC),
    (
        "showed me the filter gallery + the old backwash pumps",
        "you showed me the filter gallery and the old backwash pumps",
        Shape.SAID,
    ),
    (
        "you want a Spanish tour by spring (would that just be me??)",
        "you want a Spanish tour by spring",
        Shape.SAID,
    ),
    (
        "the CRR-only realtime pool + his plan to grow it to 8",
        "the CRR-only realtime pool and your plan to grow it to 8",
        Shape.TOPIC,
    ),
    (
        "juniors get cross-examined in mock sessions 2x a year (terrifying but good)",
        "juniors get cross-examined in mock sessions twice a year",
        Shape.SAID,
    ),
    (
        "her q on a time I disagreed w/ an officer on scene",
        "your question about a time I disagreed with an officer on scene",
        Shape.ASKED,
    ),
    ("cardiac CT backlog ~14 wks", "your cardiac CT backlog of around 14 weeks", Shape.CONCERN),
    (
        "medical calls = ~70% of their volume now",
        "the medical calls (around 70% of your volume now)",
        Shape.TOPIC,
    ),
    (
        "his q: how I'd handle a client cutting planting budget by half",
        "your question about how I would handle a client cutting planting budget by half",
        Shape.ASKED,
    ),
    # what she said of a topic is an aside to it
    (
        "PPH drills for home births, she said response times were slipping",
        "PPH drills for home births (you said response times were slipping)",
        Shape.CONCERN,
    ),
    # round 13: with no asker named, a question about the job's terms, or one jotted with its
    # answer, is the candidate's; a question about the candidate stays the reader's
    (
        "asked abt the on-call rota - 1 wk in 5",
        "about the on-call rota (1 week in 5)",
        Shape.ANSWER,
    ),
    ("asked abt LIMS - they're on Clarity", "about LIMS (you are on Clarity)", Shape.ANSWER),
    (
        "asked abt a time a supplier pushed back on KPIs",
        "your question about a time when a supplier pushed back on KPIs",
        Shape.ASKED,
    ),
    # a scenario asked about; a verdict on one's own answer and an impression left out
    (
        "his q: bride's mother changes the whole menu 2 hrs before service",
        "your question about what happens when the bride's mother changes the whole menu two hours "
        "before service",
        Shape.ASKED,
    ),
    (
        "asked abt my gap in 2021 (covid layoff) - answred ok i think",
        "your question about my gap in 2021 (covid layoff)",
        Shape.ASKED,
    ),
    (
        "talked abt the indian wedding menus - they want a seperate halal / jain prep area",
        "the Indian wedding menus (you want a separate halal and Jain prep area)",
        Shape.TOPIC,
    ),
    # two things side by side
    (
        "the shadow shift at the Salisbury house, the footy tipping comp on the fridge lol",
        "the shadow shift at the Salisbury house and the footy tipping comp on the fridge",
        Shape.TOPIC,
    ),
    # round 15: "'s doing" is "is doing"; a plan is no concern; a plural before a thing
    (
        "her team's doing target training for the tigers' dental checks",
        "your team is doing target training for the tigers' dental checks",
        Shape.SAID,
    ),
    (
        "their plan to push weekly flood maps to commune chairs over Zalo",
        "your plan to push weekly flood maps to commune chairs over Zalo",
        Shape.TOPIC,
    ),
    (
        "parts backlog (urban arrow frames 8 wks)",
        "your parts backlog (urban arrow frames eight weeks)",
        Shape.CONCERN,
    ),
    # the offer's terms, counted hours not a verb
    (
        "offer!! 30 hrs/wk, mix of day shifts + sleepovers",
        "the offer of 30 hours a week, with a mix of day shifts and sleepovers",
        Shape.TOPIC,
    ),
    # round 17: after a comma, what it means for the candidate, or what it does
    (
        "the Tuesday auctions at the traders' hall, I'd sit in from month 2",
        "the Tuesday auctions at the traders' hall (I would sit in from month 2)",
        Shape.TOPIC,
    ),
    (
        "the new lab at Tema, opens in March",
        "the new lab at Tema, which opens in March",
        Shape.TOPIC,
    ),
]


@pytest.mark.parametrize(("typed", "said", "shape"), [p for p in POINTS if p[2] is not None])
def test_points_speak_to_their_reader(typed, said, shape):
    fitted = fit_point(typed, ACME)
    assert (fitted.text, fitted.shape) == (said, shape)


def test_a_pronoun_that_belongs_to_another_noun_is_kept():
    assert to_reader("helping small clinics cut their paperwork", ACME) == (
        "helping small clinics cut their paperwork"
    )
    assert to_reader("the CEO and her vision", ACME) == "the CEO and her vision"
    assert to_reader("asked her about the reorg", ACME) == "asked you about the reorg"
    assert to_reader("she says the team is small", ACME) == "you say the team is small"
    assert to_reader("he's been there ten years", ACME) == "you have been there ten years"
    assert to_reader("she's excited about the launch", ACME) == "you are excited about the launch"


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("I did the same move at Lyft", "I did the same move at Lyft"),
        ("because I've been building exactly this", "I have been building exactly this"),
        ("reminded me of the rollout I led at Arup", "it reminded me of the rollout I led at Arup"),
        (
            "same problem we had at my last company",
            "it is the same problem we had at my last company",
        ),
        ("ties into my SOC 2 work", "it ties into my SOC 2 work"),
        ("exactly what I want to do next", "it is exactly what I want to do next"),
        ("did this at Monzo", "I did this at Monzo"),
        # the point is the subject when the verb's object is "me" (not "I happened to me")
        (
            "happened to me twice on the skills white paper",
            "it happened to me twice on the skills white paper",
        ),
        ("made me think of my old team", "it made me think of my old team"),
        # the point changed the candidate's thinking; the candidate changed a rota
        (
            "changed how I think about the scheme at Burnham",
            "it changed how I think about the scheme at Burnham",
        ),
        ("changed my team's rota at Boots", "I changed my team's rota at Boots"),
        # "it echoes the same problem" said "same" twice over
        ("same problem at my last trust", "it is the same problem as at my last trust"),
        ("happens every week in clinic", "it happens every week in clinic"),
        # hedged or evaluative, as people type them
        ("honestly the bit of the job I love", "it is honestly the bit of the job I love"),
        ("really enjoyed that part", "I really enjoyed that part"),
        ("really interesting", "it is really interesting"),
        ("relevant to my MSc", "it is relevant to my MSc"),
        ("new to me", "it is new to me"),
        # a second half jotted with no subject is the candidate's
        (
            "happened on my ward last year, still think about it",
            "it happened on my ward last year, and I still think about it",
        ),
        (
            "no real independence at my current job",
            "there is no real independence at my current job",
        ),
        ("never done a V164, want to learn", "I have never done a V164, and I want to learn"),
        # "her" after someone in the candidate's care is theirs, not the reader's: "them"
        (
            "happened with one of mine last year, we got her through",
            "it happened with one of mine last year; we got them through",
        ),
        # how they took it, and the candidate's verdict on it, are not part of the reason
        # (read 20): only whole clauses go, so what is kept reads as typed
        ("I actually did, she laughed", "I actually did"),
        (
            "had exactly that in oct, talked him thru how i filled in the warning notice, "
            "he nodded a lot",
            "I had exactly that in October, and I talked you through how I filled in the "
            "warning notice",
        ),
        (
            "told the MSC story from last spring; think it landed; you said 'ok good' twice",
            "I told the MSC story from last spring",
        ),
        (
            "said 'when the varnish stops telling you which layer it is'. she smiled, i think "
            "that went ok??",
            "I said 'when the varnish stops telling you which layer it is'",
        ),
        (
            "he knew my old tutor, small world; made the rest of the call much easier",
            "you knew my old tutor",
        ),
        ("answered it well i think, she said 'good answer' lol", "I answered it well"),
        (
            "literally happened to me last dec, told him the story and he laughed",
            "it literally happened to me last December, and I told you the story",
        ),
        ("fair tbh - should've flagged it sooner", "I should have flagged it sooner"),
        # typed without an apostrophe; the point made the week, not the candidate
        (
            "honestly made my week, didnt expect that at all",
            "it honestly made my week, as I did not expect that at all",
        ),
        # what the reader did for the candidate
        (
            "offered me a guest lecture slot if i join lol, i'd love that",
            "you offered me a guest lecture slot if I join; I would love that",
        ),
        (
            "grew up outside Dungannon, the chippers there never saw an EHO",
            "I grew up outside Dungannon, and the chippers there never saw an EHO",
        ),
        (
            "we ran 24/7 at my last DC, it's all about the handovers",
            "we ran 24/7 at my last DC; it is all about the handovers",
        ),
        (
            "I think 3 days is too rushed, said so (politely)",
            "I think three days is too rushed, and I said so (politely)",
        ),
        (
            "means a lot, as I want to finish the planting",
            "it means a lot, as I want to finish the planting",
        ),
        ("", ""),
        # the candidate's "our" is their own team's, never the reader's
        (
            "cut our pages by half w/ alert dedup",
            "I cut my team's pages by half with alert deduplication",
        ),
        ("I ran the skills drills on our unit", "I ran the skills drills on my unit"),
        ("our conversation reminded me of my MSc", "our conversation reminded me of my MSc"),
        # a clause led by a quantifier follows "because" as it is ("ties in with half my …")
        (
            "half my groups in Lima were Quechua-speaking families",
            "half my groups in Lima were Quechua-speaking families",
        ),
        # a clause of its own, whatever opens it
        (
            "want him to know it was travel + volunteering in Ghana",
            "I want you to know it was travel and volunteering in Ghana",
        ),
        ("mine's 4:1, theirs is closer to 7:1", "mine is 4:1, yours is closer to 7:1"),
        (
            "had exactly this in Alexandra, ended up doing door-to-door evenings",
            "I had exactly this in Alexandra, and I ended up doing door-to-door evenings",
        ),
        (
            "80% of traffic on my last project was mobile",
            "80% of traffic on my last project was mobile",
        ),
        (
            "moratorium yr skews everything, flagged it in my methods note",
            "moratorium year skews everything, and I flagged it in my methods note",
        ),
        (
            "happened on a waste contract, went to negotiated process",
            "it happened on a waste contract, and it went to negotiated process",
        ),
        # round 8: a nod before the reason, "I'd" before an adverb, a jotted second half
        ("fair - I'd only tested it at A4", "I had only tested it at A4"),
        (
            "huge relief, didn't want to leave Pete in the lurch",
            "it is a huge relief, as I did not want to leave Pete in the lurch",
        ),
        (
            "the Ghost Lake grass fire - still think abt it",
            "it takes me back to the Ghost Lake grass fire (I still think about it)",
        ),
        # round 23: the candidate's verdict on an answer, and a question to themself
        ("went ok I think", ""),
        ("I think he liked that I laughed", ""),
        (
            "hail damage in Feb - good reason but I explained it badly",
            "it connects with hail damage in February",
        ),
        ("might quote this back?", ""),
        ("use in the note??", ""),
        (
            "literally happened to me, in Valle de Bravo",
            "it literally happened to me, in Valle de Bravo",
        ),
        (
            "proudest bit of my career, we recovered S$1.4m",
            "it is the proudest bit of my career; we recovered S$1.4m",
        ),
        ("was worried they'd drop it", "I was worried you would drop it"),
        (
            "did this for my nan's place, she still rings me about it",
            "I did this for my nan's place; she still rings me about it",
        ),
        (
            "did exactly this w/ a cement plant in 2022, they came back next yr",
            "I did exactly this with a cement plant in 2022; they came back next year",
        ),
        (
            "same at my last place, fixed it w/ a one page script",
            "it is the same as at my last place, and I fixed it with a one page script",
        ),
        ("knew it was long, should have cut it", "I knew it was long, and I should have cut it"),
        (
            "had this exact kid in Kilifi, he's at uni now",
            "I had this exact kid in Kilifi; he is at uni now",
        ),
        (
            "happened to me in 2023, caught it off the SCADA trend",
            "it happened to me in 2023, and I caught it off the SCADA trend",
        ),
        (
            "same pain I had with ortho depos, will def try it",
            "it is the same pain I had with ortho depos, and I will definitely try it",
        ),
        (
            "fumbled a bit then explained it (think you liked it)",
            "",  # a verdict on their own answer is for the candidate (read 22)
        ),
        (
            "did the same migration at my last school, took 6 months",
            "I did the same migration at my last school, which took six months",
        ),
        (
            "cleaner than mine tbh, want to see the full thing",
            "it is cleaner than mine, and I want to see the full thing",
        ),
        (
            "speak Yoruba + French, came up at Cochrane twice",
            "I speak Yoruba and French, and it came up at Cochrane twice",
        ),
        (
            "did 3 winters of nights at ARN, know the fatigue side",
            "I did three winters of nights at ARN, and I know the fatigue side",
        ),
        (
            "ran 2 of these in Hamilton, 11 kids referred",
            "I ran 2 of these in Hamilton (11 kids referred)",
        ),
        (
            "half my Big 4 clients were US persons, FATCA etc.",
            "half my Big 4 clients were US persons (FATCA and the like)",
        ),
        # round 17: what trails a why and is no part of it; time spent somewhere
        (
            "found 4 slaty + 2 mouldy, he nodded, I think that was good",
            "I found 4 slaty and 2 mouldy",
        ),
        (
            "my master's was basically about bad survey data, good q",
            "my master's was about bad survey data",
        ),
        ("2 yrs at Goethe-Institut, B1, rusty but ok", "I spent two years at Goethe-Institut (B1)"),
        (
            "4 winters in unheated churches in Wielkopolska, yes",
            "I spent four winters in unheated churches in Wielkopolska",
        ),
        # the walk: what worked, a clause of its own
        (
            "happened twice at my last job, tea and patience worked",
            "it happened twice at my last job; tea and patience worked",
        ),
    ],
)
def test_why_becomes_a_clause(typed, clause):
    assert fit_why(typed, ACME) == clause


@pytest.mark.parametrize(
    ("typed", "text", "shape"),
    [
        (
            "helping small clinics cut their paperwork",
            "helping small clinics cut their paperwork",
            Shape.GERUND,
        ),
        ("to help the team ship faster", "helping the team ship faster", Shape.GERUND),
        ("the chance to lead the platform team", "leading the platform team", Shape.GERUND),
        (
            "I want to help their drivers spend less time waiting",
            "I want to help your drivers spend less time waiting",
            Shape.CLAUSE,
        ),
        (
            "their mission of making banking fair for freelancers",
            "your mission of making banking fair for freelancers",
            Shape.NOUN,
        ),
        (
            "because I care about accessible public services",
            "I care about accessible public services",
            Shape.CLAUSE,
        ),
        (
            "the move to event-driven architecture",
            "the move to event-driven architecture",
            Shape.NOUN,
        ),
        (
            "I'd love to work on the recommendation engine",
            "I would love to work on the recommendation engine",
            Shape.CLAUSE,
        ),
        ("Interested in growing the Berlin office", "growing the Berlin office", Shape.GERUND),
        # "they" and "their" here are the children's, not the reader's
        (
            "helping every child with an EHCP feel like they belong in their own classroom",
            "helping every child with an EHCP feel like they belong in their own classroom",
            Shape.GERUND,
        ),
        # "their" with nobody before it in its part of the interest is the employer's, and
        # the note is to someone there (round 21)
        (
            "learning washed rinds properly and one day helping with a raw-milk tomme of their own",
            "learning washed rinds properly and one day helping with a raw-milk tomme of your own",
            Shape.GERUND,
        ),
        (
            "helping clinics cut their paperwork",
            "helping clinics cut their paperwork",
            Shape.GERUND,
        ),
        # the chance, not the work: "play a part in getting to shape policy" read badly
        (
            "getting to shape policy close to the communities it affects",
            "shaping policy close to the communities it affects",
            Shape.GERUND,
        ),
        ("being able to work with clinicians", "working with clinicians", Shape.GERUND),
        ("having the chance to lead a team", "leading a team", Shape.GERUND),
        # a bare verb opens something to do; "lead generation" and "design leadership" are things
        (
            "get their new Venlo cross-dock running before peak season",
            "getting your new Venlo cross-dock running before peak season",
            Shape.GERUND,
        ),
        (
            "build a ward culture where grads stay",
            "building a ward culture where grads stay",
            Shape.GERUND,
        ),
        ("lead generation for the sales team", "lead generation for the sales team", Shape.NOUN),
        ("design leadership", "design leadership", Shape.NOUN),
        ("help desk modernisation", "help desk modernisation", Shape.NOUN),
        # a thing with a verb of its own is a clause ("What draws me most is the team owns …")
        (
            "want to be somewhere community based w/ a proper MDT",
            "I want to be somewhere community based with a proper MDT",
            Shape.CLAUSE,
        ),
        ("wanna build the youth programme", "I want to build the youth programme", Shape.CLAUSE),
        (
            "the team actually owns its SLOs instead of just reporting on them",
            "your team actually owns its SLOs instead of just reporting on them",
            Shape.CLAUSE,
        ),
        (
            "helping families get through late applications",
            "helping families get through late applications",
            Shape.GERUND,
        ),
    ],
)
def test_interest_shapes(typed, text, shape):
    fitted = fit_interest(typed, ACME)
    assert (fitted.text, fitted.shape) == (text, shape)


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("trained 3 new planners", "I trained three new planners"),  # done, not "I am trained 3"
        ("trained in first aid", "I am trained in first aid"),
        (
            "Led the migration of 30 services to Kubernetes",
            "I led the migration of 30 services to Kubernetes",
        ),
        ("5 years of B2B SaaS sales", "I bring five years of B2B SaaS sales"),
        ("6 years building data platforms", "I have spent six years building data platforms"),
        (
            "I built the analytics pipeline our marketing team still uses",
            "I built the analytics pipeline the marketing team at my company still uses",
        ),
        ("the guide our team onboards with", "I bring the guide my team onboards with"),
        ("Managing a £2m budget", "I have experience managing a £2m budget"),
        ("fluent in Spanish and Portuguese", "I am fluent in Spanish and Portuguese"),
        ("PhD in computational biology", "I hold a PhD in computational biology"),
        ("certified in PRINCE2", "I am certified in PRINCE2"),
        ("cut cloud costs by 40%", "I cut cloud costs by 40%"),
        ("we cut churn by half", "my team and I cut churn by half"),
        # The shapes a CV line takes when it is not a sentence.
        (
            "6 yrs on a 28-bed acute medical ward",
            "I have spent 6 years on a 28-bed acute medical ward",
        ),
        ("WCAG audits", "I have worked on WCAG audits"),
        ("SQL, dbt, Looker", "I have worked with SQL, dbt and Looker"),
        ("Kafka", "I have worked with Kafka"),
        ("PMP certified", "I am PMP certified"),
        ("strong stakeholder management", "I have strong stakeholder management skills"),
        ("1 yr of mgmt consulting", "I bring one year of management consulting"),
        # a trailing figure is an aside
        (
            "led the consultation on the skills strategy, 3k responses",
            "I led the consultation on the skills strategy (3,000 responses)",
        ),
        (
            "redesigned onboarding at a neobank, drop-off down 30%",
            "I redesigned onboarding at a neobank (drop-off down 30%)",
        ),
        ("built X, which saved 40%", "I built X, which saved 40%"),
        # a CV drops the article before a thing there are many of
        (
            "managed cross-dept stakeholder board for the levelling up fund",
            "I managed a cross-department stakeholder board for the levelling up fund",
        ),
        (
            "set up preceptorship scheme for new nurses",
            "I set up a preceptorship scheme for new nurses",
        ),
        ("built accessibility programme", "I built an accessibility programme"),
        ("Led stakeholder engagement", "I led stakeholder engagement"),
        ("built data pipelines", "I built data pipelines"),
        ("managed Acme's budget", "I managed Acme's budget"),
        ("led 3 teams", "I led three teams"),
        # what the line names: a person, a thing held, years in a field
        ("bootcamp grad (Makers, Python track)", "I am a bootcamp graduate (Makers, Python track)"),
        ("Chartered accountant (ACA)", "I am a chartered accountant (ACA)"),
        ("NEBOSH General Certificate", "I hold a NEBOSH General Certificate"),
        ("hold a NEBOSH General Certificate", "I hold a NEBOSH General Certificate"),
        # two things held in one line; things had, not "worked with"; people by their noun
        (
            "PGCE + 3 yrs teaching KS3-5 geography",
            "I hold a PGCE and have spent three years teaching KS3-5 geography",
        ),
        (
            "MPharm, GPhC registered (six years hospital pharmacy)",
            "I hold an MPharm and am GPhC registered (six years hospital pharmacy)",
        ),
        ("NEC4 PM accreditation", "I hold NEC4 PM accreditation"),
        ("CIPD Level 7", "I hold CIPD Level 7"),
        ("HACCP level 4", "I hold HACCP level 4"),
        (
            "ETCS Level 2 experience from the Thameslink core",
            "I have ETCS Level 2 experience from the Thameslink core",
        ),
        ("independent prescriber (2023)", "I am an independent prescriber (2023)"),
        ("MSc Sports Physio", "I hold an MSc in Sports Physio"),  # a degree, not a person
        ("MA Museum Studies (UCT)", "I hold an MA in Museum Studies (UCT)"),
        ("BSc (Hons) Nursing", "I hold a BSc (Hons) in Nursing"),
        ("CEng MICE (chartered 2021)", "I am CEng MICE (chartered 2021)"),  # letters one is
        ("MRICS chartered surveyor", "I am an MRICS chartered surveyor"),
        ("RGN, 10 yrs on acute wards", "I am an RGN (10 years on acute wards)"),
        ("SQL and Python", "I have worked with SQL and Python"),
        (
            "SQL and Python day to day, built my team's weekly price elasticity report",
            "I have worked with SQL and Python day to day, and I built my team's weekly price"
            " elasticity report",
        ),
        ("have a PhD in biology", "I have a PhD in biology"),
        ("first-class degree in maths", "I hold a first-class degree in maths"),
        (
            "6 yrs KS2, last 2 as maths lead",
            "I have 6 years' experience in KS2 (last 2 as maths lead)",
        ),
        # a CV's "their" after the verb is a past employer's; elsewhere it is someone else's
        ("I set up their legacy giving programme", "I set up a legacy giving programme"),
        (
            "mentored six engineers through their first on-call rotations",
            "I mentored six engineers through their first on-call rotations",
        ),
        # certifications by their letters or their name, posts held, asides kept as one
        ("ISTQB Foundation", "I hold the ISTQB Foundation certificate"),
        ("CIPP/E, CIPM", "I hold the CIPP/E and CIPM certifications"),
        ("CISSP", "I hold the CISSP certification"),
        ("Grad Cert Critical Care Nursing", "I hold a Graduate Cert in Critical Care Nursing"),
        ("PRINCE2 Practitioner", "I am a PRINCE2 Practitioner"),
        ("ex-base trainer @ Dublin", "I was a base trainer at Dublin"),
        ("FSA (2024)", "I am FSA (2024)"),
        (
            "built the reserving model, moved it from R -> Python",
            "I built the reserving model, and moved it from R to Python",
        ),
        (
            "ex-Reuters Jakarta, 6 yrs covering markets",
            "I worked at Reuters Jakarta (six years covering markets)",
        ),
        (
            "certs: EASA cabin crew attestation, CRM facilitator",
            "I hold EASA cabin crew attestation and CRM facilitator certifications",
        ),
        (
            "Deputy DPO at a health insurer, 3,500 staff",
            "I have worked as Deputy DPO at a health insurer (3,500 staff)",
        ),
        (
            "Curated 'Threads of the Cape' (2024), 38k visitors",
            "I curated 'Threads of the Cape' (2024, 38,000 visitors)",
        ),
        (
            "led our ward's falls project - falls down 35% in a yr",
            "I led my ward's falls project (falls down 35% in a year)",
        ),
        (
            "RN, 11 yrs, last 4 as ANUM on a 28-bed ward",
            "I am an RN and have 11 years' experience (last 4 as ANUM on a 28-bed ward)",
        ),
        # round 5: a figure's comma is not a list's; licences, grades and languages are held
        ("ATPL (frozen), 1,450 hrs TT", "I hold an ATPL (frozen, 1,450 hours TT)"),
        ("JLPT N1", "I hold JLPT N1"),
        ("NIPE trained", "I am NIPE trained"),
        ("Terraform, Prometheus/Grafana", "I have worked with Terraform and Prometheus/Grafana"),
        ("fluent French + Vietnamese", "I am fluent in French and Vietnamese"),
        ("Bengali + Sylheti", "I speak Bengali and Sylheti"),
        (
            "English, Tagalog, conversational Mandarin",
            "I speak English, Tagalog and conversational Mandarin",
        ),
        ("MA data journalism", "I hold an MA in data journalism"),
        (
            "ran weekend rota + 7-day pilot at St Mary's",
            "I ran a weekend rota and a 7-day pilot at St Mary's",
        ),
        ("KWS-certified ranger, 7 yrs", "I have spent seven years as a KWS-certified ranger"),
        ("Polish and Spanish, conversational", "I speak Polish and conversational Spanish"),
        ("Dutch B2, English", "I speak Dutch (B2) and English"),
        (
            "9 seasons SM/DSM, incl. 2 UK tours",
            "I have 9 seasons' experience in SM/DSM, including 2 UK tours",
        ),
        ("SQL, dbt, Looker", "I have worked with SQL, dbt and Looker"),
        (
            "designed field trip program, ~3,000 students/yr",
            "I designed a field trip program (around 3,000 students a year)",
        ),
        (
            "~900 hrs Caravan, gravel strips in Turkana",
            "I have around 900 hours on the Caravan (gravel strips in Turkana)",
        ),
        # round 8: languages with their levels, degrees with their schools, a deed after a dash
        (
            "English Level 6, Icelandic - learning (A2)",
            "I speak English (Level 6) and am learning Icelandic (A2)",
        ),
        ("German, English, French B2", "I speak German, English and French (B2)"),
        ("isiXhosa, English, Afrikaans", "I speak isiXhosa, English and Afrikaans"),
        ("MLA, University of Copenhagen", "I hold an MLA from the University of Copenhagen"),
        ("PG Cert CT, UCD", "I hold a PG Cert in CT from UCD"),
        ("BA Hons Graphic Design, Falmouth", "I hold a BA (Hons) in Graphic Design from Falmouth"),
        ("DBS checked", "I am DBS checked"),
        ("7 yrs general + 4 in CT", "I have 7 years' general experience and 4 in CT"),
        (
            "6 yrs clinical lab, CLIA/CAP environment",
            "I have six years' experience in clinical lab (CLIA/CAP environment)",
        ),
        (
            "4 yrs volunteer FF (Cochrane station 2)",
            "I have spent 4 years as a volunteer firefighter (Cochrane station 2)",
        ),
        ("3 yrs as a nurse", "I have spent three years as a nurse"),
        ("Class 3 w/ air brakes", "I hold a Class 3 licence with air brakes"),
        (
            "forklift + sling work skills training certs",
            "I hold forklift and sling work skills training certificates",
        ),
        ("avg 32 moves/hr on RTG last FY", "I averaged 32 moves an hour on RTG last FY"),
        ("English - TOEIC 785", "I speak English (TOEIC 785)"),
        ("ACCA", "I am ACCA-qualified"),
        # round 12
        (
            "Técnico em Química (IFBA 2016)",
            "I hold the Técnico em Química qualification (IFBA 2016)",
        ),
        (
            "Diploma, Enviromental Technology (Fleming College 2017)",
            "I hold a Diploma in Environmental Technology (Fleming College 2017)",
        ),
        (
            "Red Cross first aid + federation safeguarding course",
            "I have completed the Red Cross first aid and federation safeguarding course",
        ),
        # read 31: a course named with its body, a degree's subject in brackets, a role held
        # for years, languages the word list lacks among two it has, where one grew up
        (
            "NHI bridge inspection course (FHWA)",
            "I have completed the NHI bridge inspection course (FHWA)",
        ),
        (
            "BSc Agriculture (Crop Science), KNUST",
            "I hold a BSc in Agriculture (Crop Science) from KNUST",
        ),
        (
            "5 yrs grader for a licensed buying company, Kumasi + Takoradi depots",
            "I have spent five years as a grader for a licensed buying company (Kumasi and "
            "Takoradi depots)",
        ),
        ("Twi, Fante, English, some French", "I speak Twi, Fante, English and some French"),
        (
            "Arabic, Darija, Tamazight, French, English ok",
            "I speak Arabic, Darija, Tamazight, French and English",
        ),
        (
            "grew up on a garden in Kurseong, dad was asst manager there",
            "I grew up on a garden in Kurseong (my dad was assistant manager there)",
        ),
        (
            "CWB tickets: FCAW all-position, SMAW flat/horiz",
            "I hold CWB tickets (FCAW all-position, SMAW flat/horiz)",
        ),
        (
            "signatory for secondary structure at current employer",
            "I am a signatory for secondary structure at my current employer",
        ),
        (
            "MSc Aerospace Eng., TU Delft 2019",
            "I hold an MSc in Aerospace Engineering from TU Delft (2019)",
        ),
        ("CFE (ACFE, 2023)", "I hold the CFE qualification (ACFE, 2023)"),
        (
            "CA (Singapore), ISCA member since 2020",
            "I hold the CA qualification (Singapore, ISCA member since 2020)",
        ),
        ("OJTI - trained 5 trainees to validation", "I trained five trainees to validation (OJTI)"),
        (
            "myopia control clinic - set it up from scratch",
            "I set up a myopia control clinic from scratch",
        ),
        ("registered w/ ODOB, TPA endorsed", "I am registered with ODOB and am TPA-endorsed"),
        (
            "5 yrs brand identity, agency side",
            "I have five years' experience in brand identity (agency side)",
        ),
        # round 13: an award and its school, dated credentials, clearances, training held,
        # registration, work counted, two lines in one
        (
            "Laurea triennale Beni Culturali, Università di Bologna",
            "I hold a Laurea triennale Beni Culturali from the Università di Bologna",
        ),
        (
            "MA Conservation of Easel Paintings, Courtauld Institute 2020",
            "I hold an MA in Conservation of Easel Paintings from the Courtauld Institute (2020)",
        ),
        (
            "Cert III Individual Support (Disability), TAFE SA 2024",
            "I hold a Cert III Individual Support (Disability) from TAFE SA (2024)",
        ),
        (
            "CIEH Certificate of Registration 2022",
            "I hold a CIEH Certificate of Registration (2022)",
        ),
        ("G3 unvented hot water cert 2024", "I hold a G3 unvented hot water certificate (2024)"),
        ("NDIS worker screening cleared", "I have NDIS worker screening clearance"),
        ("first aid + CPR", "I am trained in first aid and CPR"),
        (
            "Gas Safe reg. since 2019 - CCN1, CENWAT, CKR1, HTR1 (renewed Mar 2025)",
            "I have been Gas Safe registered since 2019 (CCN1, CENWAT, CKR1, HTR1)",
        ),
        (
            "~1,100 annual services last yr, 2 callbacks",
            "I carried out around 1,100 annual services last year (2 callbacks)",
        ),
        (
            "Geólogo, Universidad de Chile 2018; MSc Hydrogeology, Univ. of Birmingham 2020",
            "I hold a Geólogo from the Universidad de Chile (2018)",
        ),
        (
            "6 yrs banquets, last 2 as assistant manager (Marriott Sukhumvit)",
            "I have 6 years' experience in banquets (last 2 as assistant manager, Marriott "
            "Sukhumvit)",
        ),
        # round 14: a field named by a noun; what was done on a named project; a system and
        # its tools; a Polish engineering degree
        (
            "6 yrs signalling design - interlocking + ETCS L2 trackside",
            "I have six years' experience in signalling design (interlocking and ETCS L2 trackside)",
        ),
        (
            "E30 upgrade: led design for 3 stations, 140+ drawings, 0 findings at the ISA review",
            "On the E30 upgrade, I led design for 3 stations, 140+ drawings (0 findings at the "
            "ISA review)",
        ),
        (
            "B.Des Fashion Design, NIFT Mumbai 2019",
            "I hold a BDes in Fashion Design from NIFT Mumbai (2019)",
        ),
        (
            "M.Sc. Embryology, Hacettepe Üniversitesi 2015",
            "I hold an MSc in Embryology from Hacettepe Üniversitesi (2015)",
        ),
        (
            "3 yrs housing support worker, 42-bed homeless hostel",
            "I have spent 3 years as a housing support worker (42-bed homeless hostel)",
        ),
        (
            "9 campañas as crop advisor (soy / corn / wheat)",
            "I have spent nine seasons as a crop advisor (soy, corn and wheat)",
        ),
        (
            "~450 services directed - lots of catholic + orthodox",
            "I directed around 450 services (lots of Catholic and orthodox)",
        ),
        (
            "built PD scorecard for SME overdrafts, Gini 0.61 -> 0.68",
            "I built a PD scorecard for SME overdrafts (Gini from 0.61 to 0.68)",
        ),
        (
            "led 12-car modernisation at a kwun tong office tower",
            "I led a 12-car modernisation at a Kwun Tong office tower",
        ),
        (
            "Especialización en Protección Vegetal, UNR (tesis en curso)",
            "I hold an Especialización en Protección Vegetal from UNR (tesis en curso)",
        ),
        ("Ingeniero Agrónomo, UNR 2016", "I hold an Ingeniero Agrónomo from UNR (2016)"),
        (
            "IRSE licence - Signalling Design Engineer (2023)",
            "I hold an IRSE licence (Signalling Design Engineer, 2023)",
        ),
        (
            "SCADA: Wonderware and some Ignition",
            "I have worked with SCADA (Wonderware and some Ignition)",
        ),
        (
            "mgr inż. Transport (sterowanie ruchem kolejowym), Politechnika Krakowska 2019",
            "I hold a mgr inż. Transport (sterowanie ruchem kolejowym) from Politechnika "
            "Krakowska (2019)",
        ),
        (
            "5 yrs mining side - salar brine models in Atacama",
            "I have spent five years on the mining side (salar brine models in Atacama)",
        ),
        # round 21: the same of these
        (
            "waterbirth - attended ~70, never had to get out for a cord issue",
            "I have attended around 70 waterbirths, and I have never had to get out for a cord "
            "issue",
        ),
        (
            "Tagalog, English, bit of Irish (Leaving Cert level, rusty)",
            "I speak Tagalog, English and some Irish",
        ),
        (
            "Ukrainian, French (B2, still learning Quebec French!), English, Russian",
            "I speak Ukrainian, French (B2), English and Russian",
        ),
        (
            "Spanish, English (C1), reading French",
            "I speak Spanish and English (C1), and I read French",
        ),
        (
            "PROMPT faculty since 2023, NRP instructor",
            "I have been PROMPT faculty since 2023, and I am an NRP instructor",
        ),
        ("TRI on the AW189 since 2024", "I have been a TRI on the AW189 since 2024"),
        (
            "HR licence, 14 yrs, no demerits",
            "I have held an HR licence for 14 years, with no demerits",
        ),
        (
            "HLTAID011 first aid, exp 2027",
            "I hold an HLTAID011 first aid certificate (valid to 2027)",
        ),
        (
            "ICOM-CC textile handling workshop, 2023",
            "I have completed the ICOM-CC textile handling workshop (2023)",
        ),
        (
            "St John Ambulance first responder, renewed 2025",
            "I am a St John Ambulance first responder (renewed 2025)",
        ),
        ("KPSGA silver guide (2023)", "I am a KPSGA silver guide (2023)"),
        ("EASA ATPL(H), AW189 type rating", "I hold an EASA ATPL(H) and an AW189 type rating"),
        (
            "4,200 hrs total, 2,100 on type, ~600 NVG",
            "I have 4,200 hours in total, 2,100 of them on type, and around 600 on NVG",
        ),
        (
            "winter mountain hoisting in the Cuillin + Torridon",
            "I have experience in winter mountain hoisting in the Cuillin and Torridon",
        ),
        (
            "Attestation in cheese making, ITAQ Saint-Hyacinthe (2024)",
            "I hold an Attestation in cheese making from ITAQ Saint-Hyacinthe (2024)",
        ),
        (
            "driving licence BCE, can drive the lorry",
            "I hold a BCE driving licence, so I can drive the lorry",
        ),
        (
            "6 yrs renal dietetics at a KL hospital, ran the pre-dialysis clinic (~40 pts/wk)",
            "I have 6 years' experience in renal dietetics at a KL hospital, where I ran the "
            "pre-dialysis clinic (around 40 patients a week)",
        ),
        (
            "5 yrs at a repair shop in Seoul - mostly cellos + bow rehairs (~600 rehairs)",
            "I have spent 5 years at a repair shop in Seoul (mostly cellos and bow rehairs, around "
            "600 rehairs)",
        ),
        (
            "BSc Midwifery, University of the Philippines Manila (2014) + NMBI registration 2017",
            "I hold a BSc in Midwifery from the University of the Philippines Manila (2014) and an "
            "NMBI registration (2017)",
        ),
        # round 20: "I have worked with …" and "I bring …" were said of each of these
        (
            "STCW basic safety + GWO sea survival",
            "I hold STCW basic safety and GWO sea survival certificates",
        ),
        (
            "2 fire seasons on a Type 2 IA hand crew",
            "I have spent two fire seasons on a Type 2 IA hand crew",
        ),
        (
            "EMD certified (2023) + 3 yrs at a county 911 center",
            "I am EMD certified (2023), and I have spent 3 years at a county 911 center",
        ),
        ("IROC and WildCAD basics", "I know the basics of IROC and WildCAD"),
        ("red-carded, FFT2", "I am red-carded (FFT2)"),
        (
            "total station + drone photogrammetry (Metashape), I ran the 3D recording in "
            "Ollantaytambo 2024",
            "I ran the 3D recording in Ollantaytambo in 2024",
        ),
        (
            "queen rearing - I raised ~300 mated queens last spring",
            "I raised around 300 mated queens last spring",
        ),
        (
            "Spanish fluent, basic Quechua (still learning)",
            "I am fluent in Spanish and am learning Quechua (basic)",
        ),
        (
            "AP2 Approved Beekeeper (AFB recognition), renewed 2025",
            "I am an AP2 Approved Beekeeper (AFB recognition, renewed 2025)",
        ),
        (
            "DipWCF, Worshipful Company of Farriers, 2020",
            "I hold a DipWCF (Worshipful Company of Farriers, 2020)",
        ),
        ("CAP Pâtissier, Ferrandi Paris 2019", "I hold a CAP Pâtissier (Ferrandi Paris, 2019)"),
        (
            "4 yr apprenticeship under an AWCF in Newmarket",
            "I served a four-year apprenticeship under an AWCF in Newmarket",
        ),
        (
            "I did the remedial work on a Group 1 filly with a quarter crack, she raced again",
            "I did the remedial work on a Group 1 filly with a quarter crack, and she raced again",
        ),
        (
            "PhD Archaeology, UCL Institute of Archaeology (2025), thesis on Late Horizon storage",
            "I hold a PhD in Archaeology from UCL Institute of Archaeology (2025), with a thesis on "
            "Late Horizon storage",
        ),
        (
            "processed ~1,800 km2 of survey data in CARIS HIPS & SIPS and Qimera",
            "I processed around 1,800 km² of survey data in CARIS HIPS & SIPS and Qimera",
        ),
        (
            "I wrote the SVP QC script our whole party still uses",
            "I wrote the SVP QC script my whole party still uses",
        ),
        # (a degree named by its school is the degree rule's, not an award's)
        (
            "MSc Hydrogeology, University of Birmingham 2020",
            "I hold an MSc in Hydrogeology from the University of Birmingham (2020)",
        ),
        # round 15: an award at a level is held, not a tool worked with
        ("Cytech Technical Two", "I hold Cytech Technical Two"),
        (
            "ran the Zaatari warehouse: 6,000 m2, 14 staff, ~1,100 MT/month",
            "I ran the Zaatari warehouse (6,000 m², 14 staff, around 1,100 MT a month)",
        ),
        (
            "cut customs clearance at Jaber from avg 9 days to 4 by pre-lodging docs",
            "I cut customs clearance at Jaber from an average of 9 days to 4 by pre-lodging "
            "documents",
        ),
        (
            "4 seasons w/ my uncle's 60 hives, Kamnik",
            "I have spent 4 seasons with my uncle's 60 hives (Kamnik)",
        ),
        # a level before a language in a list would be read as the next one's too
        (
            "Arabic native, English fluent, French B1",
            "I speak Arabic (native), English (fluent) and French (B1)",
        ),
        # round 16: a CV's third person, a heading of languages, seasons as roles and where,
        # a place of work with its article, a hyphenated heading
        (
            "knows laytime + demurrage calcs inside out",
            "I know laytime and demurrage calculations inside out",
        ),
        ("has a PhD", "I have a PhD"),
        (
            "published: paper on surface hoar persistence (2024)",
            "I published a paper on surface hoar persistence (2024)",
        ),
        (
            "languages: French native, German C1, Italian B2, English fluent",
            "I speak French (native), German (C1), Italian (B2) and fluent English",
        ),
        (
            "4 winters as snow observer + 2 as assistant forecaster, Valais",
            "I have spent 4 winters as a snow observer and 2 as an assistant forecaster (Valais)",
        ),
        ("3 yrs RAS smolt hatchery", "I have three years' experience in an RAS smolt hatchery"),
        (
            "docs-as-code: Markdown, MkDocs, Vale",
            "I have worked with docs-as-code (Markdown, MkDocs, Vale)",
        ),
        (
            "4 yrs at HKL ENT: ABR, OAE, tympanometry",
            "I have spent four years at HKL ENT (ABR, OAE, tympanometry)",
        ),
        ("City & Guilds Level 3 in plumbing", "I hold a City and Guilds Level 3 in plumbing"),
        # round 23
        (
            "City & Guilds L3 stonemasonry (2014)",
            "I hold a City and Guilds Level 3 in stonemasonry (2014)",
        ),
        (
            "Barreau du Québec since 2019",
            "I have been a member of the Barreau du Québec since 2019",
        ),
        (
            "Law Society of Scotland member since 2015",
            "I have been a member of the Law Society of Scotland since 2015",
        ),
        ("CAT(C) since 2020", "I have held the CAT(C) designation since 2020"),
        (
            "approx 140 IRB refugee hearings as counsel",
            "I have acted as counsel in about 140 IRB refugee hearings",
        ),
        (
            "fluent FR/EN/AR, conversational ES",
            "I am fluent in French, English and Arabic and am conversational in Spanish",
        ),
        (
            "fluent PT/EN/ES, basic JP",
            "I am fluent in Portuguese, English and Spanish and speak basic Japanese",
        ),
        (
            "MSc Kinesiology, U of Regina",
            "I hold an MSc in Kinesiology from the University of Regina",
        ),
        (
            "PGDipTchg (Secondary), MSc Stats (Waikato)",
            "I hold a PGDipTchg (Secondary) and an MSc in Stats (Waikato)",
        ),
        (
            "directed 6 community productions incl. 2 bilingual (Irish/English)",
            "I directed 6 community productions, 2 of them bilingual (Irish/English)",
        ),
        (
            "2 yrs w/ Regina Thunder (CJFL) - ran concussion baselines for 110 athletes",
            "I have spent 2 years with Regina Thunder (CJFL), where I ran concussion baselines for 110 athletes",
        ),
        # round 18: certificates and postings as a letter says them
        ("IRATA Level 2, ~900 logged hrs", "I hold IRATA Level 2 (around 900 logged hours)"),
        ("SPRAT Level II, 1,400 logged hrs", "I hold SPRAT Level II (1,400 logged hours)"),
        ("GWO BST + BTT, valid to 2028", "I hold GWO BST and BTT (valid to 2028)"),
        (
            "accredited court interpreter (Portuguese), Ministry of the Attorney General, since 2021",
            "I have been accredited by the Ministry of the Attorney General as a court interpreter "
            "(Portuguese) since 2021",
        ),
        (
            "ICON accredited conservator since 2024",
            "I have been an ICON-accredited conservator since 2024",
        ),
        (
            "2 units of clinical pastoral education at Christchurch Hospital",
            "I have completed two units of clinical pastoral education at Christchurch Hospital",
        ),
        ("basic welding + CNC router", "I have basic welding and CNC router skills"),
        ("mines rescue team 5 yrs", "I have spent five years on the mines rescue team"),
        ("ICU nurse 5 yrs", "I have spent five years as an ICU nurse"),
        (
            "med mal, construction defect, product liability",
            "I have experience in medical malpractice, construction defect and product liability",
        ),
        (
            "fluent Polish + English, Icelandic approx B1",
            "I am fluent in Polish and English (Icelandic at about B1)",
        ),
        (
            "I carved and rigged a 2 m cane-and-rattan horse for a touring show",
            "I carved and rigged a 2 m cane-and-rattan horse for a touring show",
        ),
        ("SQL Server 2019", "I have worked with SQL Server 2019"),
        ("ISIPCA master's, Versailles, 2024", "I hold a master's from ISIPCA, Versailles (2024)"),
        (
            "BA Fine Art (sculpture), Michaelis, UCT",
            "I hold a BA in Fine Art (sculpture) from Michaelis, UCT",
        ),
        (
            "DPT from Ithaca College, board-certified orthopaedic clinical specialist (OCS)",
            "I hold a DPT from Ithaca College, and I am a board-certified orthopaedic clinical "
            "specialist (OCS)",
        ),
    ],
)
def test_qualifications_become_the_candidates_own_clause(typed, clause):
    assert fit_qualification(typed).text == clause


@pytest.mark.parametrize(
    ("name", "salutation", "formal", "greeting"),
    [
        # A title the name carries is how they expect to be addressed (the issue: "title and
        # surname when the name carries one"); a courtesy title gives way in a warm note.
        ("Dr. Lena Fischer", "", False, "Dr. Fischer"),
        ("Prof. Ama Mensah", "", False, "Prof. Mensah"),
        ("Ms. Priya Natarajan", "", False, "Priya"),
        ("Dr. Lena Fischer", "", True, "Dr. Fischer"),
        ("Jean-Luc Moreau", "", False, "Jean-Luc"),
        # a patronymic is not a surname: the given name is all before "binti"
        ("Nur Aisyah binti Kamarudin", "", False, "Nur Aisyah"),
        ("Dr. Ahmad bin Ismail", "", True, "Dr. Ahmad"),
        ("James Harris", "", True, "James"),  # no title to go on: never the full name
        ("Zhang Min", "", False, "Zhang Min"),
        ("Nguyễn Thị Lan", "", False, "Lan"),
        ("Goh Wei Ling", "", True, "Wei Ling"),  # read 18: "Dear Goh,"
        ("Dr. Tan Wei Ling", "", False, "Dr. Tan"),  # round 20: "Dear Dr. Ling,"
        ("Tan Hui Min", "", False, "Hui Min"),
        ("Ms. Priya Natarajan", "", True, "Ms. Natarajan"),
        ("Anne-Sophie de Vries", "", False, "Anne-Sophie"),
        ("Robert Hale Jr.", "", False, "Robert"),
        ("Mr Robert Hale Jr.", "", True, "Mr Hale"),  # a suffix is not said in a greeting
        ("Priya Raman", "Dr. Raman", False, "Dr. Raman"),
        ("Priya Raman", "Dear Dr. Raman,", False, "Dr. Raman"),
        ("Lena Fischer", "Dr.", False, "Dr. Fischer"),
    ],
)
def test_greetings(name, salutation, formal, greeting):
    assert addressed_as(name, salutation, formal) == greeting


@pytest.mark.parametrize(
    ("name", "points", "formal", "greeting"),
    [
        # A formal note greets "Ms Castell" when the user's own points say "she"; "Dear
        # Eleanor Castell" read as a mail merge to every reader.
        ("Eleanor Castell", ["the flexibility she offered on the start date"], True, "Ms Castell"),
        ("James Harris", ["his question about idempotency"], True, "Mr Harris"),
        ("Wang Fang", ["her team’s on-call load"], True, "Ms Wang"),
        # warm notes use the first name; a title typed with the name wins
        ("Eleanor Castell", ["what she said about the firm"], False, "Eleanor"),
        ("Dr. Lena Fischer", ["her lab"], True, "Dr. Fischer"),
        # no pronoun, "they", or both: no guess
        ("Margaret Oyelaran-Smith", ["how they are clearing the backlog"], True, "Margaret"),
        ("Sam Lee", ["her view on pricing", "his worry about churn"], True, "Sam"),
        ("Sam Lee", ["the Q3 roadmap", "shell scripts"], True, "Sam"),  # "she" inside words
        ("Cher", ["her album"], True, "Cher"),  # one name: nothing to put a title before
    ],
)  # fmt: skip
def test_a_formal_greeting_takes_its_title_from_how_the_points_speak_of_them(
    name, points, formal, greeting
):
    assert addressed_as(name, "", formal, courtesy_title(points)) == greeting


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("complaints from wheelchair users", 2),
        ("your plan to retire paper tickets", 1),
        ("budget and headcount for 2027", 2),
        ("how you test new features", 1),
        ("the sales process", 1),
        ("pricing experiments", None),
        ("mentoring the juniors", 1),
    ],
)
def test_grammatical_number(phrase, number):
    assert grammatical_number(phrase) == number


def test_join_names():
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Engineer", "an"),
        ("Designer", "a"),
        ("hour", "an"),
        ("University lecturer", "a"),
        ("MBA intern", "an"),
        ("UX Researcher", "a"),
        ("Office Manager", "an"),
        ("user researcher", "a"),
        ("URL shortener", "a"),
        ("SQL analyst", "an"),
        ("MPharm", "an"),
        ("NEBOSH certificate", "a"),
        ("NHS trust", "an"),
        ("NEC4 contract", "an"),
        ("CIPD course", "a"),
    ],
)
def test_article(word, expected):
    assert article(word) == expected


def test_possessive():
    assert possessive("Acme") == "Acme's"
    assert possessive("Acme Robotics") == "Acme Robotics'"
    assert possessive("James") == "James'"


def test_tidy_mends_seams():
    assert tidy("Hello , world..") == "Hello, world."
    assert tidy("Wait... really") == "Wait... really"
    assert tidy("a,, b;; c") == "a, b; c"
    assert tidy("at Co.,. then") == "at Co. then"
    assert tidy("at Acme Co..") == "at Acme Co."


@pytest.mark.parametrize(
    ("verb", "ing"),
    [
        ("help", "helping"), ("make", "making"), ("run", "running"), ("plan", "planning"),
        ("see", "seeing"), ("lie", "lying"), ("open", "opening"), ("build", "building"),
        ("shop", "shopping"), ("grow", "growing"), ("fix", "fixing"), ("be", "being"),
        ("visit", "visiting"),
    ],
)  # fmt: skip
def test_gerund(verb, ing):
    assert gerund(verb) == ing


def test_infinitive_interest_becomes_a_gerund_phrase():
    assert infinitive_to_gerund("to help older patients book visits") == (
        "helping older patients book visits"
    )
    assert infinitive_to_gerund("the chance to help") == "the chance to help"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Head of Digital Ticketing", "Head of Digital Ticketing"),
        ("Chief Operating Officer", "Chief Operating Officer"),
        ("VP Engineering", "VP Engineering"),
        ("Data Engineer", "a Data Engineer"),
        ("Office Manager", "an Office Manager"),
        ("Headteacher", "a Headteacher"),  # a word that only starts like a title
        ("", ""),  # no role yet: nothing, never a bare "a"
    ],
)
def test_one_of_a_kind_posts_take_no_article(role, expected):
    assert as_role(role) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Charge Nurse, Acute Medical Unit", "Charge Nurse (Acute Medical Unit)"),
        ("Senior Associate, Construction Disputes", "Senior Associate (Construction Disputes)"),
        ("Staff Engineer", "Staff Engineer"),
        # a spaced dash reads as a list too (seven emails of a cold read)
        (
            "Senior Civil Engineer - Coastal Flood Schemes",
            "Senior Civil Engineer (Coastal Flood Schemes)",
        ),
        ("Engineer, Platform, Berlin", "Engineer (Platform, Berlin)"),  # (round 21: two commas too)
        ("SAR Commander, AW189, Hammerfest Base", "SAR Commander (AW189, Hammerfest Base)"),
        ("Analyst (Risk), London", "Analyst (Risk), London"),
        # an en dash, with brackets of its own in the detail
        (
            "Nurse Unit Manager – Cardiac Ward (4 East)",
            "Nurse Unit Manager (Cardiac Ward, 4 East)",
        ),
        (
            "Senior Actuarial Analyst, Valuation (IFRS 17)",
            "Senior Actuarial Analyst (Valuation, IFRS 17)",
        ),
    ],
)
def test_a_job_title_with_a_comma_reads_as_one_noun_mid_sentence(typed, said):
    assert role_in_sentence(typed) == said


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        # a cause cut after the state it leads to, never before it
        (
            "getting your new Venlo cross-dock running before peak season",
            "getting your new Venlo cross-dock running",
        ),
        ("getting the rollout on the northern routes right first time", ""),
        ("building the software that keeps warehouse robots safe around people",
         "building the software that keeps warehouse robots safe"),
        ("getting to shape policy close to the communities it affects", "getting to shape policy"),
        # no break word leaves a head of three to eight words: nothing
        ("I want to help your drivers spend less time waiting at depots", ""),
        # nor a cut after a particle: "bring its stored collections back" says something else
        ("helping a museum bring its stored collections back in front of visitors", ""),
        # nor after a verb whose complement follows, nor in a phrase that says its point last
        ("helping every child with an EHCP feel like they belong in their own classroom", ""),
        ("getting the ETCS rollout on the northern routes right first time", ""),
        # a cause is cut after the verb it leads to and that verb's object, not before
        ("helping the practice grow its private list without losing its NHS patients",
         "helping the practice grow its private list"),
        ("helping families find their way around the new hospital site",
         "helping families find their way"),
        ("making the practice a place where staff want to stay", ""),
        # … but the user's own comma ends a thought, cause or not
        ("getting people back to work after injury, not just pain-free",
         "getting people back to work after injury"),
        # "hip and knee" is one thing: not "your plan to run group hip"
        ("your plan to run group hip and knee classes for the over 60s", ""),
        # nor with a word left hanging at the cut
        ("figuring out which promotions actually make money, and which ones just shift sales"
         " from one week to the next", "figuring out which promotions actually make money"),
        # nor after a participle whose preposition follows
        ("building relationships with donors who've had someone cared for at the hospice", ""),
        # a cause's state may be a comparative (round 15)
        ("getting convoys through the northern crossings faster without cutting corners on the "
         "paperwork", "getting convoys through the northern crossings faster"),
    ],
)  # fmt: skip
def test_a_long_interest_has_a_head_in_the_users_words(phrase, head):
    assert shortened(phrase, 8) == head


def test_a_clause_is_cut_only_at_a_comma():
    """Cut before "at home", "I care about families getting hospice care" says another thing."""
    clause = "I care about families getting hospice care at home, not just on site"
    assert shortened(clause, 8, clause=True) == ""  # the head before the comma is nine words
    assert shortened(clause, 9, clause=True) == "I care about families getting hospice care at home"
    assert shortened("I care about families getting hospice care at home", 8, clause=True) == ""


@pytest.mark.parametrize(
    ("deed", "doing"),
    [
        (
            "I led the replacement of a booking system",
            "leading the replacement of a booking system",
        ),
        (
            "I ran a café with a 12-person team and cut food waste by a third",
            "running a café with a 12-person team and cutting food waste by a third",
        ),
        ("I shipped an iOS app", "shipping an iOS app"),
        ("I managed a £2m budget", "managing a £2m budget"),
        ("I agreed a new contract and shipped it", "agreeing a new contract and shipping it"),
        ("I copied the rota and qualified staff", "copying the rota and qualified staff"),
        ("I have spent 8 years running payments teams", ""),  # held, not done
        ("My team and I shipped X", ""),
    ],
)
def test_a_deed_said_again_as_an_ing_phrase(deed, doing):
    assert deed_gerund(deed) == doing


@pytest.mark.parametrize(
    ("why", "fitted"),
    [
        (
            "ours was the best thing we ever did for trust",
            "ours was the best thing we ever did for trust",
        ),
        (
            "someone did it for me and it made my career",
            "someone did it for me and it made my career",
        ),
        ("events pricing is my favourite puzzle", "events pricing is my favourite puzzle"),
        ("the team was great", "the team was great"),
        ("the same problem at my last job", "it is the same problem at my last job"),
        ("patients first", "it connects with patients first"),
        # a clause led by "my" or "nobody" with a verb of its own is not a likeness
        (
            "my moot court coach clerked for her and still calls her",
            "my moot court coach clerked for you and still calls you",
        ),
        (
            "nobody's ever said that about my bug reports before",
            "nobody's ever said that about my bug reports before",
        ),
        (
            "my MSc research on evidence-based methods",
            "it echoes my MSc research on evidence-based methods",
        ),
    ],
)
def test_a_why_that_is_a_clause_of_its_own_follows_because_as_it_is(why, fitted):
    assert fit_why(why, ACME) == fitted


@pytest.mark.parametrize(
    ("why", "experience"),
    [
        ("did the same migration at DHL", True),
        ("I built one in Python last year", True),
        ("I have done this for 5 years", True),
        ("been doing this for years", True),
        ("it's what I want to do next", False),
        ("reminded me of my time at Ocado", False),
        ("I love this stuff", False),
        ("I was surprised", False),
        ("reminded me of the rollout I led at Arup", True),
        ("the team I managed had the same problem", True),
        ("it came up when I asked about on-call", False),
    ],
)
def test_a_why_that_tells_of_the_candidates_own_work(why, experience):
    assert why_is_experience(fit_why(why, ACME)) is experience


def test_a_deed_in_brief_is_cut_to_its_head_and_no_longer_says_the():
    deed = "I built the accessibility programme that took my team's app to WCAG 2.2 AA"
    assert deed_in_brief(deed, 9) == "building an accessibility programme"
    long = "I led the replacement of a 15-year-old booking system for a regional rail operator"
    assert deed_in_brief(long, 9) == "leading the replacement of a 15-year-old booking system"
    assert deed_in_brief("I ran the night shift at a 3PL", 9) == "running the night shift at a 3PL"


@pytest.mark.parametrize(
    ("point", "why"),
    [
        # "it" after a point that is more than one thing read as the last thing named
        ("your new passenger information screens", "that is the bit of the job I love"),
        (
            "the new CT scanner and anaesthetic monitoring for it",
            "that is the bit of the job I love",
        ),
        ("your plan to retire paper tickets", "it is the bit of the job I love"),
        ("your worry about queues at the terminal", "it is the bit of the job I love"),
    ],
)
def test_a_why_that_refers_back_agrees_with_its_point(point, why):
    fitted = fit_point(point, ACME)
    assert why_for(fitted, fit_why("it's the bit of the job I love", ACME)) == why


def test_one_note_writes_every_title_one_way():
    """ "Dr. Achterberg and Mr Pillai" in one note read as careless (a cold reader)."""
    assert titles_alike(["Dr. Achterberg", "Mr Pillai"], "Ms Reilly") == [
        "Dr Achterberg",
        "Mr Pillai",
    ]
    assert titles_alike(["Dr Achterberg", "Mr Pillai"], "Dr. Okonjo") == [
        "Dr. Achterberg",
        "Mr. Pillai",
    ]
    assert titles_alike(["Dr. Achterberg", "Mr Pillai", "Olivia Marsh"], "Olivia") == [
        "Dr. Achterberg", "Mr. Pillai", "Olivia Marsh",
    ]  # fmt: skip
    assert titles_alike(["Drake Smith"], "Dr. Okonjo") == ["Drake Smith"]


def test_a_role_with_its_detail_is_said_in_full_once():
    """ "SENCo (Special Educational Needs Coordinator)" twice in a note read as a form."""
    role = "SENCo (Special Educational Needs Coordinator)"
    said = role_once_in_full([f"the {role} interview.", f"to the {role} role, as {role}"], role)
    assert said == [f"the {role} interview.", "to the SENCo role, as SENCo"]
    assert role_once_in_full(["as Engineer", "as Engineer"], "Engineer") == ["as Engineer"] * 2


@pytest.mark.parametrize(
    ("deed", "mishap"),
    [
        ("I handled 2 breach notifications to the regulator", True),
        ("I led the response to a ransomware incident", True),
        ("I cut food waste by a third", False),
        ("I led the move of 40 services to Kubernetes", False),
    ],
)
def test_a_deed_with_a_mishap_in_it(deed, mishap):
    """(Such a deed is never one to "do the same" of at the reader's company.)"""
    assert tells_of_mishap(deed) is mishap


def test_a_deed_in_brief_is_never_cut_inside_its_aside():
    assert (
        deed_in_brief("I redesigned the ditching drill briefing (pass rate from 81% to 96%)", 8)
        == "redesigning the ditching drill briefing"
    )


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        (
            "I would love to work on the recommendation engine",
            "working on the recommendation engine",
        ),
        ("I'd love to build tools for the support team", "building tools for the support team"),
        ("I really want to lead the move to Kafka", "leading the move to Kafka"),
        ("I am keen to get back into teaching", "getting back into teaching"),
        ("I want to be part of it", ""),  # (being part of it: no work named)
        ("the team actually owns its SLOs", ""),
    ],
)
def test_a_wish_names_its_work_as_an_ing_phrase(wish, doing):
    """Colleagues of the reader told the whole wish hear its work ("working on the engine"),
    not a stock line in its place."""
    assert wish_as_doing(wish) == doing


@pytest.mark.parametrize(
    ("clause", "doing"),
    [
        (
            "you sorted parking and sent the contract draft same day",
            "sorting parking and sending the contract draft the same day",
        ),
        ("you gave me a tour of the lab", "giving me a tour of the lab"),
        ("you said the team ships weekly", ""),  # said, not done
        ("you are rebuilding the docent training", ""),
        ("you made the offer on the call", ""),  # (the note thanks for the offer already)
        (
            "you walked me through the offer (base and bonus)",
            "walking me through the offer (base and bonus)",
        ),
    ],
)
def test_something_the_reader_did_is_thanked_for_as_a_deed(clause, doing):
    assert their_deed(clause) == doing


def test_a_place_named_of_somewhere_takes_the_article():
    assert company_in_sentence("Diocese of Harrowfield") == "the Diocese of Harrowfield"
    assert company_in_sentence("University of Leeds") == "the University of Leeds"
    assert company_in_sentence("Harbourline Ferries") == "Harbourline Ferries"
    assert company_in_sentence("Calgary Fire Department") == "the Calgary Fire Department"
    assert company_in_sentence("Environment Agency") == "the Environment Agency"
    assert company_in_sentence("Courts Service of Ireland") == "the Courts Service of Ireland"
    assert (
        company_in_sentence("Centre for Urban Water Studies")
        == "the Centre for Urban Water Studies"
    )
    # a legal form is left off in running text (read 19: "at Desert Sky Court Reporting, LLC")
    assert company_in_sentence("Desert Sky Court Reporting, LLC") == "Desert Sky Court Reporting"
    assert company_in_sentence("Kiezfunk Audio GmbH") == "Kiezfunk Audio"
    assert company_in_sentence("Greenleaf Bakery Co.") == "Greenleaf Bakery Co."


def test_an_aside_is_not_the_subject_when_counting():
    assert grammatical_number("the digitisation programme (parish registers and maps)") == 1
    assert grammatical_number("budget and headcount") == 2


def test_a_kindness_is_named_near_the_head_of_a_point():
    """Read 16: "I was very glad of your plan to launch a channel before the summer tour"."""
    assert is_kindness("the tour of the depot you gave me")
    assert is_kindness("your advice on the path to chartership")
    assert not is_kindness("your plan to launch an English YouTube channel before the summer tour")


def test_an_interest_typed_as_keenness_is_its_object():
    """Round 11: "Few prospects appeal to me more than contributing to really keen on …"."""
    reader = Reader("", "Kestrel Foods")
    assert fit_interest("really keen on the site side of HR", reader).text == "the site side of HR"


def test_a_point_about_pay_is_named_so_it_can_be_left_out():
    assert names_pay("offer: 90k + bonus, start 1 March")
    assert names_pay("salary band is fixed")
    assert not names_pay("the relocation package + language course")
    assert names_pay("the offer ($92,000, ute + tools allowance)")
    assert not names_pay("their £2m budget for the new ward")
    assert not names_pay("the cost of the current ticketing vendor")


@pytest.mark.parametrize(
    "typed",
    [
        "commision split between sales + events?? unclear -> red flag? ask before 2nd round",
        "grade is CO - pay below what I'm on now, check if the increments make up for it",
        "relocation £ - only 2k, thought it was 5k?? check contract before I sign anything",
        "no mention of salary band at all... ask recruiter, don't put in email",
        "housing allowance only for 2 yrs? check contract",
        "decision mid-Dec, she'll call",
        "reminder - bring passport + PVG no. if 2nd interview",
        "van + tools provided, take van home? (she said 'prob')",
        "60/40 comission split year 1, 65/35 after",
        # round 13: reminders, as orders to oneself or shouted
        "send her the fixed model?? ASK FIRST dont just attach it",
        "READ THE PAPER before anything else",
        "warn Fergal first!!",
        "tell her by MON re start date",
        "ask if sundays can stay free for church",
        "his son plays for partick thistle youth lol (DON'T go on abt celtic)",
        "start 12 jan if they pick me",
        # round 14: pay in any currency and its terms; one word shouted
        "band 17-21k PLN brutto, i said 20. DON'T go below 19",
        "no relocation, multisport card + private medical (luxmed)",
        "ctc 12-14 L, don't sound too keen",
        "NOTHING until it's in writing",
        # the paperwork of a move
        "refs go to current manager - warn Fergal first!!",
        "start date negotiable, i have 4 wks notice",
        "asked abt my notice period -> 4 wks",
        # round 15: pay in soles a month and a counter; a start date, the contract's
        # paperwork, a time difference; a gift planned
        "offer: S/ 7,800 al mes + viáticos de campo. asked for 8,500, she'll check w/ gerencia",
        "RM 6.5k basic + allowances",
        "i asked for 95k",
        "start 4 jan, first 3 wks in Puno",
        "contract by email friday, sign digitally",
        "she's remote from Lyon, 5h behind -> most meetings late afternoon",
        "they drink SO much tea -> bring barry's + a tin of biscuits monday",
        # round 16: the job's hours with their figures
        "night shifts 1 week in 4",
        "sat shifts 1 in 3, no sundays",
        "5:30 starts, 4 x 10hr roster. ugh but 3 days off",
        "contract 3 yrs renewable, World Bank funded",
        "co-op membership after 6 mo probation",
        "work permit / KITAS, they sponsor after 3 months",
        # round 17: a start date with a two-digit day, the negotiation in its own words,
        # what was not said or said in confidence
        "start 19 jan, after the Ventsim refresher in Perth",
        "said there's 'a bit of room' on the base",
        "he was on the Kyrgyz mission for a week in 2022, we probably met (didn't say)",
        "she's leaving in June, told me in confidence, don't repeat",
    ],
)
def test_a_note_to_oneself_is_private(typed):
    """Round 10: "your take on the commision split between sales and events? unclear (red
    flag)" went to the reader."""
    assert is_private(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "the new OCT + how little it gets used",
        "her worry about queues",
        "the CPD budget at 1.5k",
        "the notice board idea",
        "they asked for 3 examples of my drawings",
        "her plan to start monitoring in may",
        "the 3,000 m2 warehouse in Zarqa",
        "the new lab (take the tour next time?)",
        "her team's on-call load",
        "how they staff 3 sites",
    ],
)
def test_an_ordinary_point_is_not_private(typed):
    assert not is_private(typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "his work on azurite going green in the skies - READ THE PAPER before anything else",
            "his work on azurite going green in the skies",
        ),
        ("her team uses CAD - read up on it", "her team uses CAD"),
        (
            "his 'no overtime culture' thing - sounded sincere? ask the team if i get a 2nd round",
            "his 'no overtime culture' thing - sounded sincere",
        ),
        ("the new OCT + how little it gets used", "the new OCT + how little it gets used"),
    ],
)
def test_a_reminder_after_a_point_is_cut_from_it(typed, kept):
    assert without_reminder(typed) == kept
    assert not is_private(typed)


def test_a_session_capitalises_a_name_typed_in_lower_case_elsewhere():
    capitals = capitals_in(["the shadow shift at the Salisbury house", "Discussed the roadmap"])
    assert with_capitals("the salisbury house, the roadmap", capitals) == (
        "the Salisbury house, the roadmap"
    )


@pytest.mark.parametrize(
    ("role", "said"),
    [
        (
            "Paintings Conservator (Panel Paintings), 2-yr contract",
            "Paintings Conservator (Panel Paintings)",
        ),
        ("Teacher of Maths, maternity cover", "Teacher of Maths"),
        ("Charge Nurse, Acute Medical Unit", "Charge Nurse (Acute Medical Unit)"),
    ],
)
def test_the_terms_of_a_post_are_not_part_of_its_name(role, said):
    assert role_in_sentence(role) == said


def test_a_head_keeps_the_thing_a_names_with_what_follows_it():
    """Round 10: "Running weddings and launches in a venue is what I would most like to do"."""
    head = shortened("running weddings and launches in a venue with this much history", 8)
    assert not head.endswith("in a venue")
    assert shortened("writing money stuff that normal people actually understand", 8) == ""


@pytest.mark.parametrize("typed", ["he laughed at that", "she smiled", "they nodded"])
def test_how_they_took_it_is_not_why_it_mattered(typed):
    """Read 19: "we both played for Coast Stars back in the day, because you laughed at that"."""
    assert fit_why(typed, ACME) == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a point its own words name drops the jotted detail the reader gave (read 21)
        (
            "her team's backlog of validations (~14 models, 4 ppl)",
            "your team's backlog of validations",
        ),
        (
            "the Santa Verdiana altarpiece - cleaning starts feb, 3 yr project",
            "the Santa Verdiana altarpiece",
        ),
        # a vague head keeps it
        (
            "the ballroom reno - reopens march, up to 1,200 pax",
            "the ballroom reno (reopens March, up to 1,200 pax)",
        ),
    ],
)
def test_a_named_point_is_said_without_its_jotted_detail(typed, said):
    assert without_detail(fit_point(typed, Reader("Kim Soo-yeon", "Acme"))).text == said


def test_years_with_a_decimal_are_years():
    assert (
        fit_qualification("3.5 yrs credit risk").text
        == "I have 3.5 years' experience in credit risk"
    )


def test_a_criticism_of_the_candidates_work_is_feedback():
    """Read 21: "I was glad to hear that you did not like my boundary conditions"."""
    assert is_feedback("you did not like my boundary conditions on the east side")
    assert is_feedback("you pushed back on my timeline for the rollout")
    assert not is_feedback("you are moving to a new core banking system in 2027")


@pytest.mark.parametrize(
    ("point", "why", "said", "reason"),
    [
        # round 14 (read 22): a behavioural question is about a time the candidate did it;
        # after "the guy on meth", "his" is his; a story named as the answer is thought of
        (
            "her q: tell me abt a time you calmed someone down w/o putting hands on them",
            "the ED story w/ the guy on meth + his daughter. she nodded a lot",
            "your question about a time I calmed someone down without putting hands on them",
            "I thought at once of the ED story with the guy on meth and his daughter",
        ),
        (
            "she asked how i'd handle a junior who keeps making the same mistake",
            "told her abt the checklist i made for our grads; she wrote it down!",
            "your question about how I would handle a junior who keeps making the same mistake",
            "I thought at once of the checklist I made for my team's grads",
        ),
        (
            "his q: the hardest family i ever served",
            "the 19 yr old in 2022. got a bit choked up and he just waited; i think that was ok",
            "your question about the hardest family I ever served",
            "I thought at once of the 19-year-old in 2022",
        ),
        # what the reader said of themselves, then "said …": the reader said it
        (
            "she was a housing officer herself in the 90s",
            "said the job's the same, just more forms lol. warmest of the three",
            # (what she said next is more of what she told, not a reason for it)
            "you were a housing officer yourself in the 90s, and that the job's the same, just "
            "more forms",
            "",
        ),
        # a verdict on one's own answer, then a to-do: no reason left
        (
            "asked me to walk her through the stats on my strip trials",
            "fumbled the blocks vs randomisation bit. send her the 2024 trial summary?",
            "I walked you through the stats on my strip trials",
            "",
        ),
        # a yes-or-no question; a month before a noun; their verdict on my work is feedback;
        # my own figures as a reason
        (
            "his q: would i present our vitrification audit at his jan team meeting",
            "",
            "your question about whether I would present my team's vitrification audit at your "
            "January team meeting",
            "",
        ),
        (
            "my gantt was too optimistic on the controller lead time",
            "she said 16-20 wks not 10",
            # (their figures, an aside to the point: not a reason, nor a moment)
            "my gantt was too optimistic on the controller lead time (16-20 weeks, not 10)",
            "",
        ),
        (
            "he said my ICSI numbers were what decided it",
            "~1,100 cycles, 97% survival",
            "my ICSI numbers were what decided it",
            "my own figures are around 1,100 cycles, 97% survival",
        ),
        # a question about their practice is the candidate's; "my mum used to" is a clause
        (
            "asked how they'd measure yr 1",
            "",
            "how you would measure year 1",
            "",
        ),
        (
            "we're both from venado tuerto",
            "his dad had the ferretería on belgrano, my mum used to shop there",
            "we are both from Venado Tuerto",
            "your dad had the ferretería on belgrano, and my mum used to shop there",
        ),
        # the candidate's answer with a "you" that is anyone is quoted
        (
            "his q about a family who wants no religion at all",
            "said you serve the family, not the ritual; he smiled + said 'good'",
            "your question about a family who wants no religion at all",
            "I said 'you serve the family, not the ritual'",
        ),
        # round 15: the story they asked for, told with what came of it; the lesson kept
        (
            "her question about the hardest call I've made between speed and compliance",
            "told her abt the insulin shipment in 2022, held it 2 days for the cold-chain docs. "
            "still think it was right but she pushed hard on it",
            "your question about the hardest call I have made between speed and compliance",
            "I thought at once of the insulin shipment in 2022, when I held it 2 days for the "
            "cold-chain documents",
        ),
        (
            "her worry about procurement thresholds when prices jump mid-tender",
            "had this w/ diesel in 2022, we re-tendered + lost 3 wks. would do a framework "
            "agreement now",
            "your worry about procurement thresholds when prices jump mid-tender",
            "I had this with diesel in 2022; we re-tendered and lost 3 weeks, and now I would do "
            "a framework agreement",
        ),
        (
            "she asked why i used Otsu thresholding not a trained classifier",
            "honestly ran out of time, said so. send the random forest version tmrw?",
            "your question about why I used Otsu thresholding, not a trained classifier",
            "",
        ),
        # what the candidate said in the room is not told back to the one who heard it
        (
            "he thinks younger techs rely too much on tuning apps",
            "I tune by ear + use the app to check after, said so. not sure he liked that",
            "your view that younger techs rely too much on tuning apps",
            "I tune by ear and use the app to check after",
        ),
        # round 16: their feedback, taken as such, with its lesson; a plural's own clause; the
        # reader's attendance; a guess in brackets; "appreciated" has its object
        (
            "her feedback that my error codes table was too long",
            "fair, I pasted the whole enum. should've grouped by what the dev does next",
            "my error codes table was too long",
            "I pasted the whole enum, and I should have grouped by what the dev does next",
        ),
        (
            "devs keep pasting live keys into support tickets",
            "wrote a test vs live keys page at my last job, tickets w/ live keys dropped a lot",
            "developers keep pasting live keys into support tickets",
            "I wrote a test versus live keys page at my last job, and tickets with live keys "
            "dropped a lot",
        ),
        (
            "joined by video from Trento for the 2nd half",
            "",
            "you joined by video from Trento for the second half",
            "",
        ),
        ("the CPD budget (maybe ISPO 2027)", "", "your CPD budget", ""),
        (
            "Talked about the Japanese wreck, he wants a wreck specialty instructor eventually",
            "",
            "the Japanese wreck (you want a wreck specialty instructor eventually)",
            "",
        ),
        ("office hours vs the reality (lol)", "", "your office hours versus the reality", ""),
        (
            "asked me what fishers in Old Harbour Bay actually need from govt",
            "I said ice + safe landing sites before any more workshops. she laughed but wrote it",
            "your question about what fishers in Old Harbour Bay actually need from government",
            "I thought at once of ice and safe landing sites before any more workshops",
        ),
        (
            "he asked how I'd build my own contacts from zero",
            "the Istanbul owners I worked with still call me, told him that",
            "your question about how I would build my own contacts from zero",
            "the Istanbul owners I worked with still call me",
        ),
        (
            "asked abt encroachment on drainage reserves",
            "dealt w/ this at Kinawataka, market stalls on the channel, took 4 months of meetings",
            "your question about encroachment on drainage reserves",
            "I dealt with this at Kinawataka (market stalls on the channel), which took four "
            "months of meetings",
        ),
        (
            "she asked me a q in Italian halfway through lol",
            "answered in Italian, a bit slow but ok. good that they test it",
            "your question in Italian halfway through",
            "I answered in Italian",
        ),
        (
            "the morning call across the 3 services, how they agree on the map",
            "",
            "the morning call across the three services and how they agree on the map",
            "",
        ),
        (
            "she's letting me start 2 wks later so I can hand over properly",
            "really appreciated, didn't want to leave my kids mid-fitting",
            "you are letting me start two weeks later so I can hand over properly",
            "I did not want to leave my kids mid-fitting",
        ),
        (
            "he asked if I'd help trial the new scanner",
            "my final yr project at uni was a scanning pilot",
            "your question about whether I would help trial the new scanner",
            "my final year project at uni was a scanning pilot",
        ),
        # a heading of a few words and its detail; a long story by its head
        (
            "Discussed their 2027 strategy: fewer direct deliveries, more working through local "
            "partners",
            "",
            "your 2027 strategy (fewer direct deliveries, more working through local partners)",
            "",
        ),
        (
            "the whole story of the convoy stuck 11 days at the border in March because one stamp "
            "on the manifest was the wrong colour ink and nobody in Amman had the authority",
            "",
            "the convoy stuck 11 days at the border in March",
            "",
        ),
        # round 20: what happened when a point came up is a moment, not a reason; its first
        # clause, with their words when they are quoted
        (
            "their move from SVP casts every 6 hrs to a continuous moving-vessel profiler",
            "asked me how I'd QC it, I think my answer on refraction artefacts landed",
            "your move from SVP casts every six hours to a continuous moving-vessel profiler",
            "you asked me how I would QC it",
        ),
        (
            "the swearing in scene 3, how much to tone down for a 12+ rating",
            "we disagreed a bit, he laughed and said 'that's the job'",
            "the swearing in scene 3 and how much to tone down for a 12+ rating",
            "we disagreed a bit, and you laughed and said “that's the job”",
        ),
        (
            "she asked how I handle 3 radios going at once",
            "told her about the night of the Sisters fire at the county, she said 'so you've done it'",
            "your question about how I handle three radios going at once",
            "I told you about the night of the Sisters fire at the county, and you said “so you've "
            "done it”",
        ),
        (
            "she asked what I'd do if we hit a burial on day 1",
            "I said stop, record, call her + the Ministerio inspector, she nodded a lot",
            "your question about what I would do if we hit a burial on day 1",
            "I said I would stop, record, and call you and the Ministerio inspector",
        ),
        (
            "her theory that the qolqas held chuño not maize",
            "my thesis has flotation data that might back her up",
            "your theory that the qolqas held chuño, not maize",
            "my thesis has flotation data that might back you up",
        ),
        # round 21: a comma splice after the moment is a second jotting; the candidate's own
        # circumstances and feelings are not said; the reader's quoted words are reported
        (
            "her plan for 4 birth rooms + 2 pools, opening Mar 2027",
            "showed me the drawings on her laptop, room 3 has a window onto the bay",
            "your plan for 4 birth rooms and 2 pools",
            "you showed me the drawings on your laptop",
        ),
        (
            "she asked about the worst shift I ever had",
            "talked about the PPH in 2021, voice went a bit shaky",
            "your question about the worst shift I ever had",
            "I talked about the PPH in 2021",
        ),
        (
            "rosters - 12hr shifts, self-rostering trial on the postnatal ward",
            "that's honestly the main thing for me with the kids, didn't want to ask too keenly",
            "rosters (12-hour shifts, self-rostering trial on the postnatal ward)",
            "",
        ),
        (
            "he said 'I don't want the birth centre to be a rival unit'",
            "I agree, said the MLU in Dublin worked best when the consultants dropped in for tea",
            "you do not want the birth centre to be a rival unit",
            "I said the MLU in Dublin worked best when the consultants dropped in for tea",
        ),
        (
            "she asked why im leaving buses",
            "said the shift split at Ventura is killing me, kept it polite",
            "your question about why I am leaving buses",
            "I said the shift split at Ventura is killing me",
        ),
        (
            "he asked if I can still run 5k in under 30 min",
            "I can, 27 min last month",
            "your question about whether I can still run 5 km in under 30 minutes",
            "I said I can (27 minutes last month)",
        ),
        (
            "his granddaughter is in standard 5 at Il Polei school",
            "he wants the wildlife club there first, we joked I'd be on trial with him",
            "your granddaughter is in standard five at Il Polei school, and that you want the "
            "wildlife club there first",
            "",
        ),
        # round 23: their line quoted back; a "why" question's answer; "them" the reader's
        (
            "she said 'our girls don't lack ability, they lack permission'",
            "might quote this back?",
            "your girls do not lack ability, they lack permission",
            "“our girls don't lack ability, they lack permission”",
        ),
        (
            "he asked why I dropped plot 14",
            "hail damage in Feb - good reason but I explained it badly",
            "your question about why I dropped plot 14",
            "I explained that it was hail damage in February",
        ),
        (
            "she said a lot of clients reach them thru WhatsApp voice notes",
            "",
            "a lot of clients reach you through WhatsApp voice notes",
            "",
        ),
        (
            "she said 'we've been waiting a year for someone who can run the renal clinic'",
            "felt really good to hear",
            "you have been waiting a year for someone who can run the renal clinic",
            # (how it felt is not said; the line itself is quoted back, round 23)
            "“we've been waiting a year for someone who can run the renal clinic”",
        ),
        (
            "the Testore cello on his bench, top off, soundpost crack",
            "let me hold the top up to the window",
            "the Testore cello on your bench",  # (its detail left out beside a reason)
            "you let me hold the top up to the window",
        ),
        (
            "the low-potassium recipe cards her team is redoing for hawker food",
            "",
            "the low-potassium recipe cards your team is redoing for hawker food",
            "",
        ),
        # …a slip of one's own, or the point over again, is no moment to recall
        (
            "the sea buckthorn + brown butter tart during the trial",
            "my tuile broke twice, third one worked, she said keep it",
            "the sea buckthorn and brown butter tart during the trial",
            "",
        ),
        (
            "the whenua the manuka blocks are on, leased from her iwi",
            "she talked about it for 20 min, clearly the heart of the business",
            "the whenua the manuka blocks are on, leased from your iwi",
            "",
        ),
        # …and their figures are an aside to the point
        (
            "how the community decides who gets hired as excavators each season",
            "he said 22 people last yr, rotation by ayllu",
            "how the community decides who gets hired as excavators each season (22 people last "
            "year, rotation by ayllu)",
            "",
        ),
        # asked, and answered: the candidate's question
        (
            "asked what drone we'd use for scouting -> they have a mavic 3M, barely used",
            "",
            "what drone we would use for scouting",
            "",
        ),
    ],
)
def test_a_point_and_its_reason_read_as_meant(point, why, said, reason):
    fitted, because = fit_point_and_why(point, why, Reader("Losa Fa'amausili", "Acme"))
    assert (fitted.text, because) == (said, reason)


def test_the_offer_itself_is_named_so_an_offer_note_leaves_it_to_the_opening():
    assert names_the_offer("called to offer me the job!! start 5 jan")
    assert not names_the_offer("the offer of 30 hrs a week")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("housing in florence is impossible", "housing in Florence is impossible"),
        ("the south of santa fe", "the south of Santa Fe"),
        ("a jaipur block-print vendor", "a Jaipur block-print vendor"),
        ("a nice view of bath", "a nice view of bath"),  # ordinary words are left alone
    ],
)
def test_a_place_typed_in_lower_case_is_capitalised(typed, said):
    assert clean_phrase(typed) == said


def test_the_readers_own_life_is_private():
    assert is_private("he's retiring in ~3 yrs")
    assert is_feedback("my gantt was too optimistic on the controller lead time")


def test_what_they_walked_the_candidate_through_takes_its_article():
    """ "walking me through EPS health plan and CTS" (read 27)."""
    assert their_deed("you walked me through EPS health plan and CTS") == (
        "walking me through the EPS health plan and CTS"
    )
    assert their_deed("you walked me through the rota") == "walking me through the rota"


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("Hastings & Dutt Tea Brokers Pvt. Ltd.", "Hastings & Dutt Tea Brokers"),
        ("Tata Consultancy Services Private Limited", "Tata Consultancy Services"),
        ("Mongolia 2027 Census Support Programme", "the Mongolia 2027 Census Support Programme"),
    ],
)
def test_a_company_reads_as_a_sentence_names_it(company, said):
    """Read 31: "at Hastings & Dutt Tea Brokers Pvt." and "at Mongolia 2027 Census Support
    Programme"."""
    assert company_in_sentence(company) == said


@pytest.mark.parametrize(
    "phrase",
    [
        "your question about how I would deal with a pastor who wants the organ louder",
        "moving from general workshop work into voicing full time",
        "the new lab at Tema, which opens in March",
        "getting farmers and anglers pulling in the same direction",
    ],
)
def test_a_shortened_phrase_never_leaves_a_verb_or_a_move_half_said(phrase):
    """Read 31: "Your question about how I would deal stayed with me", "the new lab at Tema,
    which opens.", "moving from general workshop work"."""
    head = shortened(phrase, 6)
    assert not re.search(r"\b(?:would|which|who) \w+$|\bfrom [\w ]+$|ing$", head), head


def test_an_interest_that_is_a_move_is_made_not_contributed_to():
    assert names_a_move("the move from refinery rope work into bridge inspection")
    assert names_a_move("moving into outbreak investigation")
    assert not names_a_move("moving every crossing to mobile boarding passes")


READER_18 = Reader("Nomvula Dlamini-Jacobs", "Woodstock Puppet Workshop")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a wind farm's name is no shorthand ("Horns Revenue 2")
        (
            "leading edge erosion on the Horns Rev 2 turbines",
            "leading edge erosion on the Horns Rev 2 turbines",
        ),
        # the apostrophe a hurried hand leaves out
        (
            "the near-miss last March when a clients ice axe leash failed",
            "the near-miss last March when a client's ice axe leash failed",
        ),
        ("a news story about the plant", "a news story about the plant"),
        # a clause about a noun is the reader's team's, and no statement
        (
            "the diacetyl rest times theyre testing on the lager",
            "the diacetyl rest times you are testing on the lager",
        ),
        ("the farmers they work with", "the farmers you work with"),
        (
            "how customers say they want faster refunds",
            "how customers say they want faster refunds",
        ),
        # two things told: one sentence, not a splice
        (
            "materials budget is tight, they reuse cane from old shows",
            "materials budget is tight and you reuse cane from old shows",
        ),
        (
            "Went over my portfolio, she liked the horse's jaw mechanism",
            "my portfolio, and I was glad you liked the horse's jaw mechanism",
        ),
    ],
)
def test_round_18_points_read_as_meant(typed, said):
    assert fit_point(typed, READER_18).text == said


def test_a_why_of_how_long_it_took_is_the_work_s_not_the_reader_s():
    assert fit_why("took me 3 months to get it quiet", READER_18) == (
        "it took me three months to get it quiet"
    )
    assert fit_why("took me through the whole rig", READER_18).startswith("you took me")


@pytest.mark.parametrize(
    ("typed", "fitted"),
    [
        (
            "building the big walking puppets for their touring production",
            "building the big walking puppets for your touring production",
        ),
        ("helping clinics cut their paperwork", "helping clinics cut their paperwork"),
        ("helping patients with their meds", "helping patients with their meds"),
        (
            "building tools for farmers on their own land",
            "building tools for farmers on their own land",
        ),
    ],
)
def test_an_interest_s_their_is_the_reader_s_only_where_nothing_else_owns_it(typed, fitted):
    assert fit_interest(typed, READER_18).text == fitted


def test_a_story_from_elsewhere_keeps_its_them_and_ok_is_written_out():
    """ "I re-drew the sample in front of them" was the shippers, not the reader (read 31)."""
    why = fit_why("happened at Takoradi twice, I re-drew the sample in front of them", READER_18)
    assert why.endswith("in front of them")
    assert fit_why("told them about my thesis", READER_18) == "I told you about my thesis"
    point = fit_point("he asked whether I am ok with night shifts during peak main crop", READER_18)
    assert "comfortable with night shifts" in point.text


@pytest.mark.parametrize(
    ("why", "said"),
    [
        ("it's literally happened to me, in Valle de Bravo", "it has literally happened to me"),
        ("it's happened twice", "it has happened twice"),
        ("it's closed on Mondays", "it is closed on Mondays"),
        ("it's the bit I love", "it is the bit I love"),
    ],
)
def test_it_s_before_what_happened_is_it_has(why, said):
    """ "because it is literally happened to me" (an unseen session, read 34's stop)."""
    assert fit_why(why, READER_18).startswith(said)


def test_shorthand_months_and_units_and_a_nod_after_the_reason():
    reader = READER_18
    assert "December–February" in fit_point("staffing for the Dec-Feb ice cave season", reader).text
    assert "20 kg" in fit_point("how they train the puppeteers to carry 20kg", reader).text
    why = fit_why("she spotted the paint loss on the border I'd missed - fair point", reader)
    assert why == "you spotted the paint loss on the border I had missed"
    interest = fit_interest("Supporting whānau in ICU, and the night-time on-call work", reader)
    assert interest.text == "supporting whānau in ICU and the night-time on-call work"


def test_a_capitalised_word_before_and_is_one_thing_only_beside_another_name():
    """ "supporting whānau in ICU | and the night-time on-call work" has a head; three of four
    notes of a panel said "The position is one I would be very glad to take on" instead."""
    assert shortened("supporting whānau in ICU and the night-time on-call work", 6) == (
        "supporting whānau in ICU"
    )
    assert shortened("running the Carlisle and Kendal offices for the whole region", 6) == (
        "running the Carlisle and Kendal offices"
    )


@pytest.mark.parametrize(
    ("why", "said"),
    [
        (
            "same kind of cycle hit Lyngen in 2020, I was on shift",
            "the same kind of cycle hit Lyngen in 2020; I was on shift",
        ),
        (
            "same problem we had at my last company",
            "it is the same problem we had at my last company",
        ),
        ("do the same, mine only goes back 4 yrs", "I do the same; mine only goes back four years"),
    ],
)
def test_round_19_whys_read_as_meant(why, said):
    assert fit_why(why, READER_18) == said


def test_round_19_points_and_strengths_read_as_meant():
    assert fit_point("relocating to Grasse, housing near the fields is hard", READER_18).text == (
        "relocating to Grasse (housing near the fields is hard)"
    )
    assert fit_qualification("6 winters forecasting for the regional bulletins in Troms").text == (
        "I have spent six winters forecasting for the regional bulletins in Troms"
    )


def test_round_19_private_whys_and_slips_and_licences():
    """Read 35: the gift plan in a why, a worry confessed to a selection psychologist, the
    candidate's slip brought back on a gift card, one licence read as two, a boast."""
    assert fit_why("gift = a 2015 Swartland chenin he said he'd never tried", READER_18) == ""
    assert fit_why("was worried about the multitasking part", READER_18) == ""
    assert fit_why("was worried they'd drop it", READER_18) == "I was worried you would drop it"
    assert fit_why("had a great mentor at dispatch, made all the difference", READER_18) == (
        "I had a great mentor at dispatch, and it made all the difference"
    )
    assert is_private("blind tasting, I called a Pinotage as Shiraz, embarassing")
    assert not is_private("the blind tasting of old Cape chenins")
    assert fit_qualification("Private Pilot Licence, Transport Canada, 2023").text == (
        "I hold a Private Pilot Licence from Transport Canada (2023)"
    )


READER_22 = Reader("Katarzyna Nowak-Zielińska", "Stocznia Północ")


@pytest.mark.parametrize(
    ("point", "why", "reason"),
    [
        # what the candidate saw of the reader is not a reason to tell them (read 39)
        ("her kōzo paper supplier in Mino", "she got quiet about this, clearly matters to her", ""),
        ("the mass-balance series (since 1975!)", "longest in S. America, she's clearly proud of it",
         "it is the longest in South America"),
        ("her question about how I'd handle a councillor", "gave the Cato Manor example, she wrote "
         "something down", "I gave the Cato Manor example"),
        ("he asked how I'd document a mount", "said photogrammetry + written survey, he seemed to "
         "want more on the data side", "I thought at once of photogrammetry and written survey"),
        # a note to self, a gap confessed, a verdict: not told
        ("Discussed the megadrought & rock glaciers", "I know less on rock glaciers, read up", ""),
        ("we talked about megger readings", "he quizzed me, I think I passed", "you quizzed me"),
        ('he said "nobody is a hero" re: stop-work authority', "liked that, means it", ""),
        ("his research on the corridor", "cited his 2021 paper in my thesis - mention?",
         "I cited your 2021 paper in my thesis"),
        # jotted without a verb
        ("her team's 1:1 ratio for ECMO pts", "not what we have at home, 1:2 most nights",
         "it is not what we have at home (1:2 most nights)"),
        ("her team's workshops in Khayelitsha", "my strongest area honestly", "that is my strongest area"),
        ("his plan to open a 2nd shop", "could mean more responsibility fast",
         "it could mean more responsibility fast"),
    ],
)  # fmt: skip
def test_round_22_whys_say_only_what_the_reader_should_hear(point, why, reason):
    assert fit_point_and_why(point, why, READER_22)[1] == reason


def test_a_why_can_ask_for_its_point_to_stay_out():
    assert withholds("DON'T put this in the note, just ask later by email")
    assert withholds("need to sort the flat closer to Presqu'île first, don't mention")
    assert withholds("also need to know if they cover relocation - private")
    assert not withholds("I did ten years in private practice")
    assert not withholds('she said "we don\'t throw anyone in the deep end here"')


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("cable pulling & termination crew lead - 6 guys",
         "I have led a cable pulling and termination crew of six"),
        ("first aid + fire warden", "I am trained in first aid and as a fire warden"),
        ("3 field seasons >5,000 m", "I have done three field seasons above 5,000 m"),
        ("7y dispatch, reefer containers + pharma 2-8°C",
         "I have 7 years' experience in dispatch (reefer containers and pharma 2-8°C)"),
        ("EN/CZ/DE, some Norwegian", "I speak English, Czech, German and some Norwegian"),
        ("PhD glaciology, Univ of Leeds - mass balance of debris-covered glaciers (Khumbu)",
         "I hold a PhD in glaciology (University of Leeds), with a thesis on mass balance of "
         "debris-covered glaciers (Khumbu)"),
        ("GIS (ArcGIS Pro, QGIS) - ok not expert", "I have worked with GIS (ArcGIS Pro, QGIS)"),
        ("3 yrs at a 1* in Porto, pastry section, ran it alone on Mondays",
         "I have spent three years at a one-Michelin-star restaurant in Porto (pastry section), "
         "where I ran it alone on Mondays"),
        ("basic polish (A2), learning", "I speak basic Polish (A2) and am still learning"),
        ("japanese JLPT N2 (reading better than speaking tbh)",
         "I hold the JLPT N2 in Japanese (reading better than speaking)"),
        ("8 yrs eThekwini muni - led the Cato Manor LSDF review",
         "I led the Cato Manor LSDF review (eight years at eThekwini Municipality)"),
        ("Opera PMS, Mews (migrated our hotel to it 2024)",
         "I have worked with Opera PMS and Mews, and migrated my hotel to Mews in 2024"),
        ("2 yr fellowship @ Freer|Sackler, East Asian painting studio",
         "I served a two-year fellowship at Freer|Sackler, East Asian painting studio"),
    ],
)  # fmt: skip
def test_round_22_cv_lines_read_as_the_candidates_own(typed, clause):
    assert fit_qualification(typed).text == clause


def test_a_hedged_strength_is_known_as_such():
    assert is_hedged("GIS (ArcGIS Pro, QGIS) - ok not expert")
    assert is_hedged("basic polish (A2), learning")
    assert not is_hedged("HV switching cert (STCW III/7 ETO) + IEC 61892")


@pytest.mark.parametrize(
    ("typed", "fitted", "shape"),
    [
        ("the aurora wake-up calls honestly, i did them in Tromsø and guests remember it more than "
         "the room, also want to stay in the north long term", "the aurora wake-up calls", Shape.NOUN),
        ("to learn hyōgu mounting from people who have done it for decades, and to bring the "
         "survey methods we built", "learning hyōgu mounting from people who have done it for "
         "decades and bringing the survey methods we built", Shape.GERUND),
        ("Chilean Andes have the best glacier records in South America",
         "Chilean Andes have the best glacier records in South America", Shape.CLAUSE),
        ("we did a locum year in Wellington and never stopped talking about going back, the ICU at "
         "ACH is the best place to learn", "we did a locum year in Wellington and never stopped "
         "talking about going back, and the ICU at ACH is the best place to learn", Shape.CLAUSE),
    ],
)  # fmt: skip
def test_round_22_interests_read_as_english(typed, fitted, shape):
    interest = fit_interest(typed, READER_22)
    assert (interest.text, interest.shape) == (fitted, shape)


def test_round_22_points_take_their_article_and_numbers_in_words():
    assert fit_point("near-miss reporting app they use (on phones)", READER_22).text == (
        "the near-miss reporting app you use (on phones)"
    )
    assert fit_point("the 2-week exchange with the Freer in 2024", READER_22).text == (
        "the two-week exchange with the Freer in 2024"
    )
    assert (
        "17th-century byōbu screen"
        in fit_point("she showed us the 17th c. byōbu screen they're relining", READER_22).text
    )
    assert names_a_move("settling in one yard instead of nine-month contracts")


def test_a_role_with_detail_after_a_colon_is_said_in_full_once():
    role = "Principal Professional Officer: Spatial Planning"
    said = role_once_in_full(
        [f"the final stage for the {role} position.", f"use in the {role} role"], role
    )
    assert said == [
        f"the final stage for the {role} position.",
        "use in the Principal Professional Officer role",
    ]


def test_words_in_quotation_marks_and_a_relative_clauses_they_stay_as_typed():
    """ "the girls who think they're 'not maths people'" came out as "who think you are" in
    every note of the Hamilton panel, and was cut to "a department where the girls" where a
    head was wanted (round 23)."""
    interest = "building a department where the girls who think they're 'not maths people' end up"
    assert "they're 'not maths people'" in fit_interest(interest, ACME).text
    assert shortened(interest + " taking calculus", 8) == ""
    assert to_reader("her 'they said no' story and how they handled it", ACME) == (
        "your 'they said no' story and how you handled it"
    )


def test_what_round_23_jotted_for_the_candidate_alone_stays_out():
    """The offer's terms, who sends the contract when, and a gift not yet chosen were read
    back to the chef in a voicemail and on her gift card (round 23)."""
    assert names_the_offer("offer: base + service charge share, start 4 Jan")
    assert is_private("Suharti the GM will send the contract Mon")
    undecided = "gift idea: bottle of malbec from my uncle's vineyard in Mendoza? or the 2015 Château-Chalon"
    assert is_private(undecided)
    assert en.gift_named(undecided, ACME) == ""
    assert en.gift_named("gift: small box of Swedish cloudberry jam + a card", ACME) == (
        "a small box of Swedish cloudberry jam"
    )
    assert not is_private("the offer of 30 hrs a week and how the rota works")


def test_round_23_company_and_interest_grammar():
    assert company_in_sentence("Chapter of St Wilfrid's Cathedral") == (
        "the Chapter of St Wilfrid's Cathedral"
    )
    typed = "want to be the one who teaches the apprentices properly not just cutting ashlar"
    assert "properly, not just cutting ashlar" in fit_interest(typed, ACME).text


def test_a_take_home_gone_over_is_the_candidates_own_work():
    """ "Went over the take-home: my zero-inflated model for lesion counts" read "When you told
    me about the take-home (my …)" to the professor who had reviewed it (round 23)."""
    fitted = fit_point("Went over the take-home: my zero-inflated model for lesion counts", ACME)
    assert (fitted.text, fitted.shape) == ("my zero-inflated model for lesion counts", Shape.OWN)
