"""The demo organisation's people, teams and OKRs: believable, varied, every KR type."""

from __future__ import annotations

# (department, [(team, [people first names…], lead index)])
TEAMS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Product & Engineering",
        [
            ("Platform", ["Amara Okafor", "Jonas Weber", "Priya Nair", "Tomás Silva"]),
            ("Mobile", ["Hana Sato", "Leo Martin", "Zoe Clarke"]),
            ("Design", ["Ines Moreau", "Kofi Mensah"]),
        ],
    ),
    (
        "Go-to-Market",
        [
            ("Sales", ["Marcus Reid", "Sofia Rossi", "Daniel Kim", "Ana Costa"]),
            ("Customer Success", ["Grace Liu", "Omar Haddad", "Maya Patel"]),
            ("Marketing", ["Elena Petrova", "Noah Fischer", "Chloe Dubois"]),
        ],
    ),
    (
        "People & Operations",
        [
            ("People", ["Ruth Adeyemi", "Samuel Novak"]),
            ("Finance", ["Victor Lindqvist", "Aisha Rahman"]),
        ],
    ),
]

EXECUTIVES = ["Alex Morgan", "Jordan Blake", "Taylor Brooks", "Casey Quinn"]

# A trend of exactly 0.4 marks an owner who stays confident while off track.
OVERCONFIDENT = 0.4

# Key result: (title, kind, start, target, unit, trend) — trend is the share of the way the
# demo history travels by today relative to pace: 1.0 on pace, 0.4 off track, None = stale.
COMPANY = [
    (
        "Become the obvious choice for mid-sized outdoor retailers",
        "committed",
        [
            ("Grow annual recurring revenue from $4.2M to $6M", "metric", 4.2, 6.0, "$M", 0.9),
            ("Raise net revenue retention from 104% to 115%", "metric", 104, 115, "%", 0.7),
            ("Sign 12 new retailers with more than 50 stores", "metric", 0, 12, "retailers", 1.1),
        ],
    ),
    (
        "Make every customer feel looked after",
        "committed",
        [
            ("Cut median first-reply time from 18 hours to 4 hours", "metric", 18, 4, "hours", 1.0),
            ("Lift customer NPS from 31 to 50", "metric", 31, 50, "points", 0.5),
            ("Keep monthly logo churn below 1.5%", "stay_below", None, 1.5, "%", 1.0),
        ],
    ),
    (
        "Build a place where great people do their best work",
        "aspirational",
        [
            ("Raise employee engagement score from 68 to 80", "metric", 68, 80, "points", 0.6),
            ("Hire 9 engineers and designers", "metric", 0, 9, "hires", 0.8),
            ("Launch the career framework for every role", "milestone", None, None, "", 0.0),
        ],
    ),
]

# (team, objective title, kind, aligned to company KR index (objective, kr) or None, KRs)
TEAM_OBJECTIVES = [
    (
        "Platform",
        "Make the platform fast and boringly reliable",
        "committed",
        (0, 0),
        [
            ("Cut p95 checkout API latency from 900 ms to 300 ms", "metric", 900, 300, "ms", 1.0),
            ("Keep monthly uptime above 99.9%", "stay_above", None, 99.9, "%", 1.0),
            ("Reduce paging incidents from 14 to 4 per month", "metric", 14, 4, "incidents", 0.4),
        ],
    ),
    (
        "Mobile",
        "Give store staff an app they reach for first",
        "aspirational",
        (0, 2),
        [
            (
                "Grow weekly active staff users from 2,000 to 6,000",
                "metric",
                2000,
                6000,
                "users",
                0.8,
            ),
            ("Raise app store rating from 3.9 to 4.5", "metric", 3.9, 4.5, "stars", 0.5),
            ("Ship offline stock counts to all customers", "milestone", None, None, "", 1.0),
        ],
    ),
    (
        "Design",
        "Make the first week with Cairn Retail delightful",
        "committed",
        (1, 1),
        [
            ("Raise onboarding completion from 55% to 85%", "metric", 55, 85, "%", 0.9),
            ("Cut time to first stock sync from 3 days to 1 day", "metric", 3, 1, "days", None),
        ],
    ),
    (
        "Sales",
        "Win the mid-market",
        "committed",
        (0, 2),
        [
            ("Grow qualified pipeline from $1.1M to $3M", "metric", 1.1, 3.0, "$M", 0.9),
            ("Raise win rate from 18% to 28%", "metric", 18, 28, "%", 0.4),
            ("Close 12 retailers with more than 50 stores", "metric", 0, 12, "deals", 1.0),
        ],
    ),
    (
        "Customer Success",
        "Turn every customer into a reference",
        "committed",
        (1, 0),
        [
            ("Cut median first-reply time from 18 hours to 4 hours", "metric", 18, 4, "hours", 1.1),
            ("Raise CSAT from 82% to 92%", "metric", 82, 92, "%", 0.7),
            ("Recruit 20 customers to the reference programme", "metric", 0, 20, "customers", None),
        ],
    ),
    (
        "Marketing",
        "Be known as the retail operations brand",
        "aspirational",
        (0, 0),
        [
            (
                "Grow monthly marketing-qualified leads from 120 to 300",
                "metric",
                120,
                300,
                "leads",
                0.9,
            ),
            ("Publish the State of Retail Operations report", "milestone", None, None, "", 0.0),
            (
                "Grow newsletter subscribers from 4,000 to 10,000",
                "metric",
                4000,
                10000,
                "subscribers",
                0.3,
            ),
        ],
    ),
    (
        "People",
        "Hire and grow brilliant people",
        "committed",
        (2, 1),
        [
            ("Cut time to hire from 52 days to 35 days", "metric", 52, 35, "days", 0.8),
            ("Raise offer acceptance from 70% to 85%", "metric", 70, 85, "%", 1.0),
        ],
    ),
    (
        "Finance",
        "Give every team a clear view of its spend",
        "committed",
        (2, 0),
        [
            ("Close the books within 5 working days", "stay_below", None, 5, "days", 1.0),
            (
                "Launch self-serve budget dashboards for every department",
                "milestone",
                None,
                None,
                "",
                0.0,
            ),
        ],
    ),
]

INITIATIVES = [
    ("Platform", 0, "Move checkout reads to the replica cluster", "in_progress", 60),
    ("Platform", 2, "Run blameless reviews for every paging incident", "in_progress", 40),
    ("Mobile", 0, "Redesign the home screen around today's tasks", "done", 100),
    ("Sales", 1, "Introduce mutual action plans for late-stage deals", "in_progress", 30),
    ("Customer Success", 0, "Route tickets by product area", "done", 100),
    ("Customer Success", 1, "Quarterly business reviews for top 30 accounts", "blocked", 20),
    ("Marketing", 2, "Weekly retail operations newsletter", "planned", 0),
    ("People", 0, "Structured interview kits for every open role", "in_progress", 70),
]

NOTES = [
    "Steady week, moving as planned.",
    "Good progress after the release on Tuesday.",
    "Slower than hoped: two people out sick.",
    "Big jump thanks to the campaign.",
    "Flat this week; focusing on the blocker below.",
    "Back on track after last week's dip.",
]
# Units that count whole things: the demo never reports "10.33 retailers" (no unit counts too).
COUNT_UNITS = frozenset(
    ["", "retailers", "customers", "people", "hires", "deals", "users", "leads", "subscribers"]
    + ["incidents"]
)

# The demo person whose weekly check-in has work in it: their key results in the current
# cycle were last checked in more than a week ago, so all five are due.
DUE_PERSON = "Grace Liu"
DUE_KEY_RESULTS = frozenset(
    {
        "Cut median first-reply time from 18 hours to 4 hours",  # the company's and the team's
        "Lift customer NPS from 31 to 50",
        "Raise CSAT from 82% to 92%",
        "Recruit 20 customers to the reference programme",
    }
)

BLOCKERS = ["", "", "", "Waiting on legal review.", "", "Need data from the finance export."]
