"""KR102 and KR104 on the shapes real key results take (issue 15): activities found without a
fixed verb list, outcomes left alone. Sentences are our own, several per pattern."""

import pytest

from cairn.coach import review_sentence


def codes(text: str) -> list[str]:
    return [f.code for f in review_sentence(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Do 6 customer demos per week",
        "Speak at 8 conferences",
        "Give 4 talks at user groups",
        "Visit 20 partner offices",
        "Interview 20 customers about pricing",
    ],
)
def test_counted_work_with_any_verb_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Host 12 meetups, at least one per region",
        "Certify at least 80 staff",
        "Migrate 80% of services to the new stack",
        "Publish error documentation for 90% of the API endpoints",
        ">90% of top customers pitched",
    ],
)
def test_activities_whose_numbers_look_like_measures_are_activities(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 case studies shipped",
        "5 engineers hired and onboarded",
        "20 blog posts written this quarter",
        "Intersection observer on trunk",
        "Mac signing",
        "Pricing page; onboarding emails; referral widget",
        "Have 2 PRs merged to the upstream project",
    ],
)
def test_outputs_without_a_leading_verb_and_noun_lists_are_activities(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reduce churn from 6% to 3%",
        "Reach 80 weekly users (up from 15)",
        "Answer 90% of tickets in under 12 hours",
        "Sign 25 new enterprise customers",
        "Zero open critical bugs (currently 17)",
        "Resolve P1 incidents within 1 hour",
        "Keep monthly uptime at 99.9% or higher",
        "have 15 repeat customers",
        "Our platforms hit the elite level on deployment frequency",
        "Make complex text as fast as simple text",
        "Increase NPS from X to Y",
        "x% push notification opt-in rate",
        "2x pipeline coverage",
    ],
)
def test_outcomes_are_not_flagged_as_activities_or_vague(text):
    assert not {"KR102", "KR104"} & set(codes(text)), codes(text)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Improve gr-diff performance", True),
        ("Make the highlight layer more efficient", True),
        ("Land enhanced file status information", False),
        ("Make use of RTrees to optimize rasterization", False),
        ("All new products have a faster transaction time than those they replaced", False),
    ],
)
def test_vague_words_count_only_when_they_are_the_claim(text, vague):
    assert ("KR104" in codes(text)) is vague


def test_an_assumed_reading_is_a_kr111_finding_with_the_reading():
    found = [
        f for f in review_sentence("Close all critical alerts within 7 days") if f.code == "KR111"
    ]
    assert found and "within 7 days" in found[0].message and "check" in found[0].message
    assert found[0].severity == "info"


@pytest.mark.parametrize(
    "text",
    [
        "4 speaking engagements this quarter",
        "3 webinars for partners in Q2",
        "Two customer workshops per month",
        "12 blog posts on the new pricing",
        "Ship 25 or more releases to stable",
        "Ship 12+ integrations to the marketplace",
    ],
)
def test_a_count_of_outputs_without_a_verb_or_after_a_bound_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passing 90% of layout tests",
        "Meet 95% of committed delivery dates",
        "Exceed 80% of sprint goals each quarter",
        "4 hour median first response",
        "12 new paying customers in the GCC",
    ],
)
def test_a_share_of_a_bar_cleared_and_counts_of_results_are_outcomes(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "10 new connectors live with docs",
        "3 regional sites live",
        "4 services in production on Kubernetes",
    ],
)
def test_a_count_of_things_put_live_is_an_activity(text):
    assert "KR102" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 customers live on the new platform",
        "Time to live under 2 days",
        "Live chat answered within 2 minutes",
    ],
)
def test_people_live_or_live_as_a_name_is_not_an_activity(text):
    assert "KR102" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Code review latency: Reduce P50 start latency from Xmin to Ymin.",
        "Cut time to merge from X days to Y days",
        "Lead time from Xh to Yh",
    ],
)
def test_a_placeholder_range_with_a_unit_is_a_measure_to_fill_in_not_work(text):
    assert "KR102" not in codes(text)


# Third round (issue 15): the labelling convention of docs/coach.md. A count of what the team
# itself produces or does is an activity; a count of other people or organisations doing
# something of their own accord is an outcome.


@pytest.mark.parametrize(
    "text",
    [
        "Onboard 10+ external merchants on the new checkout",
        "Onboard 25 customers from the waiting list",
        "Activate 40 new tenants in Q3",
        "Acquire 300 new subscribers",
        "8 partners onboarded onto the API",
        "Process 1000+ payments through the gateway",
        "Handle 5,000 orders a day",
        "Record 2,000 app downloads in the first month",
        "500 registrations for the beta",
    ],
)
def test_outside_parties_joining_or_acting_are_outcomes(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Interview 20 customers about pricing",
        "Visit 12 partners in the region",
        "Call 30 clients whose contract ends this year",
        "Certify 40 support engineers on the new product",
        "Hire 5 engineers",
        "Train 60 staff on the incident process",
        "20 customers interviewed before the redesign",
    ],
)
def test_the_team_working_with_people_is_still_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Have a signed offer by end of Q2",
        "Have signed agreements with two distributors",
        "We have approval from the security board",
        "Have consensus on the new governance model",
        "Has buy-in from every regional lead",
    ],
)
def test_a_state_others_grant_is_an_outcome_not_a_deliverable(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Have a design document for the storage layer",
        "Have an async implementation controlled by the scheduler",
        "Have a report on layout performance for every scenario",
    ],
)
def test_having_a_thing_the_team_makes_is_a_deliverable(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "No one on the team experiences a major injury",
        "Nobody waits more than a day for an answer",
        "No team member works more than one weekend a month",
        "Everyone on call knows the escalation path",
    ],
)
def test_nobody_or_everyone_as_the_subject_is_an_outcome(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "1+ trend prediction validated per month",
        "3 prototypes tested with the sales team",
        "12 runbooks reviewed and updated",
        "4 dashboards rebuilt on the new warehouse",
    ],
)
def test_a_count_then_any_past_participle_is_work_reported_done(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "25 users upgraded to the paid plan",
        "40 customers renewed without a discount",
        "10 merchants transacting weekly",
    ],
)
def test_outside_parties_after_their_count_act_themselves(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Knowledge base grows by 5+ entries per month",
        "Publish 8 blog posts a month, up from 4",
        "Increase webinars from 2 to 6 per quarter",
        "Increase the number of webinars from 2 to 6 per quarter",
    ],
)
def test_more_of_the_teams_own_outputs_is_still_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grow enterprise customers from 156 to 220",
        "Increase weekly active users from 25K to 35K",
        "Reduce open incidents from 40 to 10",
        "Raise the share of sign-ups from webinars from 10% to 20%",
        "Grow revenue from events by 30%",
    ],
)
def test_a_change_in_what_others_do_or_in_a_state_stays_an_outcome(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "6 drip sequences, lead scoring, CRM",
        "Landing page, 3 onboarding emails, referral widget",
        "2 case studies; pricing calculator; partner directory",
        "Status page, on-call rota, 4 runbooks",
    ],
)
def test_a_verbless_list_of_outputs_is_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refine and finalize V1 of the technical specification",
        "Review and publish the API style guide",
        "Plan and run the first customer advisory board",
    ],
)
def test_two_verbs_of_which_one_is_work_are_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Interviews and synthesis from 10 existing implementers",
        "Workshop for new users on the reporting module",
        "Experiment in automating 4 steps of the sign-in flow",
        "Webinars for 3 partner segments",
    ],
)
def test_an_output_named_first_is_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every portfolio identifies 2 or more strategic decisions per quarter",
        "Each squad publishes a monthly update to the company",
        "Each region hosts 2 customer events per quarter",
    ],
)
def test_each_of_our_units_doing_work_is_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Each customer completes onboarding within 3 days",
        "Every user finds their first report in under a minute",
        "100% of new developers are up and running by the end of their first sprint: merged one PR",
    ],
)
def test_people_as_the_subject_or_a_state_reached_are_not_work(text):
    assert "KR102" not in codes(text), codes(text)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Remove target knowledge from the Clip tree and Transform tree", False),
        ("Retire the Boost dependency from the build", False),
        ("Move the Optimize service behind the gateway", False),
        ("Make Onboarding Faster For New Teams", True),  # Title Case: the word is the claim
        ("Improve the Transform tree", True),
    ],
)
def test_a_capitalised_vague_word_inside_a_sentence_is_a_name(text, vague):
    assert ("KR104" in codes(text)) is vague, codes(text)


# Fourth round: rules written from half A of the round-3 set (docs/coach.md "Fourth round").


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("≥4 reseller agreements signed", False),
        ("2 signed distribution contracts with national chains", False),
        ("First wholesale deal closed with a regional grocer", False),
        ("3 public grants awarded to the lab", False),
        ("4 enterprise tenders won", False),
        ("4 onboarding guides written", True),  # the team's own work, reported done
        ("Release 2.0 signed off by the QA lead", True),  # "signed off" is the team's gate
    ],
)
def test_what_others_decide_is_a_result_the_teams_outputs_are_work(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Ship the bulk export, with at least 3 customers live by June", False),
        ("Launch the Android app with 40 clients live in the pilot", False),
        ("Booking widget released; 12 merchants are live on it", False),
        ("10 new connectors live with docs", True),  # the team's outputs put live
        ("6 dashboards in production for the sales team", True),
    ],
)
def test_outside_parties_live_are_adoption_the_teams_outputs_live_are_work(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Seller portal live; 80 listings", False),  # live is the portal, not what is counted
        ("Beta live; 2K weekly riders", False),
        ("Public API live; 300 calls a day", False),
        ("5 new integrations live", True),
    ],
)
def test_live_must_share_the_counts_clause(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("20,000 registered growers by end of year", False),
        ("4,000 verified breeders across three regions", False),
        ("900 subscribed listeners", False),
        ("12 engineers hired and onboarded", True),  # the participle after: work reported
        ("3 prototypes validated with pilot users", True),
        ("1+ trend prediction validated per month", True),
    ],
)
def test_people_described_by_a_participle_are_a_state_not_work(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Banking license application initiated in 2 countries", True),
        ("Vendor security questionnaire completed for 5 suppliers", True),
        ("Disaster recovery runbook written", True),
        ("4 major launches delivered on budget and on time", True),
        ("Customer churn reduced by 5%", False),  # a result verb
        ("Export feature adopted by at least 5 active users", False),  # others act (agent)
        ("Dashboards delivered reduce reporting time by 30%", False),  # a verb follows
        ("Release signed by two maintainers", False),  # others' decision
    ],
)
def test_a_noun_phrase_then_a_participle_of_work_is_work_done(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Across the 20 most recent releases, ≥18 had no rollback", False),
        ("Of the last 10 sprints, at least 8 were finished on time", False),
        ("At least 9 of 10 nightly builds pass", False),
        ("The agent is capable of handling 5 parallel requests without errors", False),
        ("Run 9 of the 10 planned customer workshops", True),  # work, a share of a plan
        ("Publish 12 of the case studies", True),
    ],
)
def test_a_part_of_a_counted_whole_is_a_measure(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Two release pipelines run clean (no failed steps)", False),
        ("3 nightly jobs run green every day of the quarter", False),
        ("4 customer workshops run in Q3", True),  # the participle: work reported
        ("6 design sprints run with the platform team", True),
        ("5 pricing experiments run.", True),
    ],
)
def test_run_before_an_adjective_is_the_present_tense_not_work_done(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


# Sixth round: patterns from the round-5 set's misses, in our own words.


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("每周写2篇技术博客", True),  # articles the writer writes: a count by its measure word
        ("每天做3道算法题", True),
        ("每月至少读一本书", True),
        ("每周跑步3天", True),
        ("新签约50家企业客户", False),  # companies: others who sign
        ("用户满意度达到90%", False),  # a share that results
    ],
)
def test_chinese_counts_of_ones_own_doings_are_activities(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Automatizar 80% dos relatórios mensais", True),  # a share of items worked on
        ("Migrar 70% de los servicios a la nube", True),
        ("Processar 10.000+ pagamentos por mês", False),  # what customers do
        ("Atingir 5.000 clientes ativos no primeiro mês", False),  # a result verb
    ],
)
def test_portuguese_and_spanish_shares_of_work_and_counts_of_others(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Pricing page approved by 4+ sales leads", False),  # others approve it
        ("Launch the partner portal with 15+ paying customers", False),  # their uptake
        ("Ranked #1 in onboarding speed among HR tools", False),  # a rank to reach
        ("ISO 27001 certification", False),  # granted by auditors
        ("Export at least 2 data sets to the open portal", True),  # a verb before "at least"
        # qualifiers, not the measure: still work
        ("Ship 3 integrations requested by ≥5 customers each", True),
        ("Run 4 usability sessions with at least 12 users", True),
        ("Prototype #1 approved by the design lead", True),
    ],
)
def test_approvals_uptake_ranks_and_certifications_are_outcomes(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


# Seventh round: activity markers in the languages OKRs are commonly written in — the verb of
# work read first (as in English), work reported after a count ("5 статей опубликовано"), work
# named by a noun ("Durchführung von …", "Lanzamiento de …"). Sentences in our own words.
@pytest.mark.parametrize(
    "text",
    [
        "Veröffentlichen Sie 4 Blogartikel pro Monat",
        "Durchführung von 6 Kundenworkshops",
        "3 Fallstudien veröffentlicht",
        "Schrijf 4 blogartikelen",
        "Organizar 6 talleres con clientes",
        "Realizar 10 entrevistas con clientes",
        "10 entrevistas realizadas con clientes",
        "Lanzamiento de la nueva web de clientes",
        "Lançar 3 novas funcionalidades",
        "Publier 8 articles de blog",
        "Organizzare 4 webinar per i clienti",
        "Napisać 5 artykułów na blog",
        "Zatrudnić 3 inżynierów",
        "Провести 5 воркшопов для клиентов",
        "Провести 12 встреч с клиентами",
        "5 статей опубликовано",
        "Запуск мобильного приложения",
        "Projelerin yol haritasına yönelik en az 3 iyileştirme önerisi sunmak",
        "Menyelenggarakan 3 webinar untuk pelanggan",
        "Tổ chức 4 buổi hội thảo cho khách hàng",
        "举办4场线下活动",
        "毎月2回の勉強会を開催",
        "ブログ記事を10本公開する",
        "新機能を3つ開発する",
        "월 2회 세미나 개최",
        "블로그 글 10편 작성",
        "본사 세미나 4회 진행",
        "每月开展2次技术分享",
        "本季度上线3个新功能",
    ],
)
def test_work_in_other_languages_is_an_activity(text):
    assert "KR102" in codes(text), codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Umsatz um 20% steigern",
        "Verhoog de omzet met 15%",
        "Reducir el tiempo de respuesta de 48 horas a 24 horas",
        "Augmenter le chiffre d'affaires de 20 %",
        "Сократить отток клиентов с 8% до 5%",
        "Привлечь не менее 1 000 новых клиентов",  # others come: a result, not work
        "Поддержать до 50 000 пользователей",
        "Müşteri kaybını %20 azaltmak",
        "Meningkatkan penjualan sebesar 20% dalam 6 bulan",
        "将客户流失率从5%降低到3%",
        "이탈률을 5%에서 3%로 줄이기",
        "新开发200家合作用户",  # 开发 here is winning customers: others who come
    ],
)
def test_outcomes_in_other_languages_are_left_alone(text):
    found = codes(text)
    assert "KR102" not in found and "KR104" not in found, found


# Seventh round, from the round-6 set's misses (sentences in our own words).
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a share of items the team reviews or updates is work done to them
        ("20% of policies are reviewed and updated each quarter", True),
        # one verb of a slashed pair names work; enforce, communicate, compute, annotate too
        ("Fix/Document the 12 open security exceptions", True),
        ("Enforce code review on 80% of merges", True),
        ("Communicate the new plan in at least 4 channels", True),
        ("Compute churn metrics for all 40 regions", True),
        ("Annotate 500 support tickets by hand", True),
        # approval gained from others is a result they grant
        ("Draft 2 proposals and get approval from 70% of the board", False),
        ("Prepare the budget and get sign-off from finance", False),
        # a Chinese limit ("only one") and a timeframe ("90天内", within 90 days) are no count of
        # one's own doings; "5 次" (five times) still is
        ("任一时刻只有一个主导入口", False),
        ("90天内累计交付 ≥ 3 单", False),
        ("30天内完成 5 次客户访谈", True),
    ],
)
def test_round6_shapes_of_work_and_results(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)


# Eighth round, from the round-7 set's misses (sentences in our own words).
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # work done more often, with a baseline, is still work; others doing it more is a result
        ("Deploy to production 50+ times (current: 20/quarter)", True),
        ("Run the fire drill 6 times, up from 2", True),
        ("Customers log in 10 times a month, up from 4", False),
        # an audience's reactions are what others do: impressions, clicks, followers
        ("Generate 10M media impressions", False),
        ("Drive 2,000 clicks to the pricing page", False),
        ("Gain 5,000 followers on LinkedIn", False),
        ("Record 12 videos", True),
        # agreement reached with others, named, is a result; a date after "by" is a deadline,
        # and "approved by" stays the team's gate ("Prototype #1 approved by the design lead")
        ("Pricing model confirmed with the leadership team by May 3", False),
        ("Data contract agreed with the finance team", False),
        ("Hiring plan confirmed by the board", False),
        ("Launch checklist confirmed by end of Q2", True),
        ("Release plan approved by end of Q2", True),
        ("Migration runbook written and approved by June 10", True),
        # a check by others passed, in any language
        ("Security audit passed", False),
        ("Pentest aprovado", False),
        ("Auditoría externa aprobada", False),
        ("Prüfung bestanden", False),
        # something that runs without failing is a state of the system
        ("Nightly import running without errors for 30 days", False),
        ("Three pilot sites operating without a single outage", False),
        ("Migrate the billing job without downtime", True),
        # an agreement with another party, named without a verb of work: they sign it
        ("Contract with a regional gold seller", False),
        ("Acordo com a distribuidora nacional", False),
        ("قرارداد با طلافروش", False),
        ("Draft a contract with the supplier", True),
        ("Contract template for suppliers", True),
        # a Chinese count of one's own things in traditional characters ("個", "場", "項")
        ("開發1個樣本", True),
        ("舉辦兩場線下活動", True),
        ("完成3項內部培訓", True),
        ("新開發200家合作用戶", False),
        # a Chinese means ("通过 …，") before the result is not the work the key result names
        ("通过新增两个招聘渠道，实现每个岗位合格简历增加20份", False),
        ("通过优化注册流程，实现注册转化率提升10%", False),
    ],
)
def test_round7_work_done_more_often(text, activity):
    assert ("KR102" in codes(text)) is activity, codes(text)
