"""The held-out sets of issue 15's seventh to forty-second rounds: new, sourced and consistent.

For each round N: key results in tests/text/real_kr_roundN.json, the same rows labelled outcome /
activity / vague in tests/coach/real_roundN.json, and whole documents marked `roundN` in
tests/text/documents/manifest.json (docs/plaintext.md, "The round-N held-out set"). Everything
was labelled by hand before the parser, coach or reader ran on it; none of them is run here (the
lead measured each first run once; the accuracy tests keep the figures).
"""

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.documents import NOT_YET_RUN, PARTS, SET, expected_tree, manifest, part_of
from tests.text.test_real_key_result_accuracy import KEPT_APART, assert_values_agree

HERE = Path(__file__).parent
COACH = HERE.parent / "coach"


@dataclass(frozen=True)
class Round:
    """One held-out round: its files and what its gatherer was asked for."""

    number: int
    least_rows: int
    least_repositories: int
    most_per_repository: int
    documents: int
    run: bool = True  # False until the lead's one first run takes the part out of NOT_YET_RUN
    # the coach kinds its rows hold; every kind, so recall and false flags can both be measured,
    # unless a round's documents hold no key result of that kind (round 39: no vague one)
    kinds: frozenset[str] = frozenset({"outcome", "activity", "vague"})
    # the fewest rows whose text has a letter outside ASCII; None: a quarter of the rows, as every
    # round was asked to mix languages, unless a round's brief let it take the English material
    # it was sent for when no non-English row of a new source could be found (round 42: a
    # non-profit's strategy page and an Open Collective issue, and the search for non-English
    # rows of organisations in no set, after rounds 40 and 41 found none, found none either)
    least_foreign: int | None = None

    def __str__(self) -> str:
        return self.part

    @property
    def part(self) -> str:
        return f"round{self.number}"

    @property
    def rows(self) -> Path:
        return HERE / f"real_kr_round{self.number}.json"

    @property
    def coach_rows(self) -> Path:
        return COACH / f"real_round{self.number}.json"


ROUNDS = (
    Round(7, least_rows=150, least_repositories=12, most_per_repository=30, documents=8),
    Round(8, least_rows=220, least_repositories=16, most_per_repository=25, documents=13),
    # 142 rows from 18 repositories gathered; 7 rows and one document of the Node.js website
    # project dropped before the first run (close to a source issue 15 keeps apart)
    Round(9, least_rows=135, least_repositories=17, most_per_repository=25, documents=12),
    # 162 rows from 12 repositories and 8 documents, gathered after the round-9 first run; rows
    # judged ambiguous (placeholders 'X%', 'XX minutes', comparisons with competitors, service
    # levels on the team's own process) were dropped before anything ran
    Round(10, least_rows=150, least_repositories=12, most_per_repository=25, documents=8),
    # 171 rows from 12 repositories and 8 documents, gathered after the twelfth round; rows judged
    # ambiguous (a band to stay within, alternative targets, service levels on the team's own
    # process, a counter read as a unit or not) were dropped before anything ran
    Round(11, least_rows=150, least_repositories=12, most_per_repository=25, documents=8),
    # 151 rows from 13 repositories and 9 documents, gathered after the thirteenth round; rows judged
    # ambiguous (baselines that contradict the verb, compound targets, placeholders in brackets, a
    # currency written as a Korean counter, service levels on the team's own process) were dropped
    # before anything ran
    Round(12, least_rows=150, least_repositories=12, most_per_repository=25, documents=9),
    # 151 rows from 19 repositories and 8 documents, gathered after the fourteenth round; rows judged
    # ambiguous (a percentile or a rank band as the target, a number that qualifies the subject
    # rather than measures it, a name holding a number as the only figure, placeholders in brackets
    # or written as X, a frequency without numbers, a service level on the team's own process, a
    # lift written only as '+15%') were dropped before anything ran; ran once after the fourteenth round
    Round(13, least_rows=150, least_repositories=12, most_per_repository=25, documents=8),
    # 113 rows from 12 repositories and 8 documents, gathered blind after the fourteenth round (short
    # of the 150 rows asked for: the searchable public OKR material not already in a set ran
    # thin); rows judged ambiguous (placeholders written as X, Y, Z or x, a number that
    # qualifies the subject rather than measures it, a quantity written only as 'todos' or 'all', a
    # rank band as the target, service levels and frequencies on the team's own process, frequencies
    # without numbers, a change written in two units, compound items whose first measure is a
    # milestone, weights written as the only figure) were dropped before anything ran; ran once
    # after the fifteenth round
    Round(14, least_rows=113, least_repositories=12, most_per_repository=25, documents=8),
    # 154 rows from 22 repositories and 8 documents, gathered blind for the fifteenth round (31 rows
    # of five repositories without a snapshot checked by eye only); rows judged ambiguous (a count
    # written with its running total, '100 new commands (289 → 389)', a percentile or a percentage
    # that qualifies the subject, 'P50 …', 'P95 …', '99.9%的系统操作…', a range '1~2 个', a name or
    # version holding the only figure, 'v5.0', '5.0.0', 'React 18', 'A5', a list of prices, compound
    # items whose first measure is a milestone, a figure only in a '목표:' note, a '3배' multiple,
    # service levels and accuracies of the team's own process and systems, the team's own
    # test-suite time written in two units) were dropped before anything ran; ran once after the
    # sixteenth round
    Round(15, least_rows=154, least_repositories=12, most_per_repository=25, documents=8),
    # 78 rows from 12 repositories and 8 documents, gathered blind in session 14 (short of the 150
    # rows asked for: the public OKR material the search tools reach had mostly been taken; 21 rows
    # of four repositories without a snapshot checked by eye only); rows judged ambiguous (service
    # levels and times of the team's own process, 'Reduce average local build … to under 15
    # seconds', '< 2h first response', a range '±10%', a rank band 'Top 10 sur 5 keywords', a
    # change written in two units '4hrs → 30min', placeholders written as X or in brackets, a name
    # holding numbers beside the figure 'WCAG 2.1 AA', 'D7000', 'Ed25519', a number that
    # qualifies the subject, '… within 7 days', 'Public issues for four targets', compound items
    # whose first measure is a milestone, the team's own productivity) were dropped before
    # anything ran; ran once after the seventeenth round (its documents, by a slip, after the
    # sixteenth: docs/plaintext.md)
    Round(16, least_rows=78, least_repositories=12, most_per_repository=25, documents=8),
    # 131 rows from 10 repositories and 4 documents, gathered blind in session 14 from owners n-z
    # (short of the 150 rows, 12 repositories and 8 documents asked for: the searchable public
    # OKR material not already in a set ran thin, and a held-out document must hold a tree; 4
    # rows of a repository without a snapshot checked by eye only); rows judged ambiguous (a year
    # or a version as the only figure, titles split over two lines, placeholders 'X%' and
    # 'xxxxxx', a count of one, a duration or size that qualifies the count, a fraction '7/7',
    # frequencies, service levels of the team's own process, JSON-escaped quotes) were dropped
    # before anything ran; ran once in session 15, after the eighteenth round
    Round(17, least_rows=131, least_repositories=10, most_per_repository=25, documents=4),
    # 65 rows from 13 repositories and 8 documents, gathered blind in session 14 from any owner
    # (short of the 150 rows asked for: the path, name and semantic searches in a dozen
    # languages returned mostly material already in a set, definitions or templates;
    # 8 rows of a repository without a snapshot checked by script against the search index's
    # stored file only); rows judged ambiguous (a count of one, an ordinal or a phase name, a rank
    # band 'top 10', alternative targets '≤10%, 挑战≤8%', placeholders 'xx', a number that names
    # a set '23种设计模式', service levels of the team's own process, the team's own productivity,
    # wrapped key results) were dropped before anything ran; ran once in session 15, after the
    # eighteenth round
    Round(18, least_rows=65, least_repositories=13, most_per_repository=25, documents=8),
    # 161 rows from 43 sources and 2 documents, gathered blind in session 15 (most of it from web
    # pages, each page's returned excerpt saved for a check by script: a non-GitHub source counts
    # as its host); rows judged ambiguous (service levels and times of the team's own process,
    # 'Time-to-Hire von 45 auf 30 Tage senken', '4h para 1h', the team's own productivity, a multiple
    # 'Raddoppiare', a change written two ways 'de 25% (de 50€ à 37,50€)', a rank 'top 10',
    # placeholders '[Competitor]', '[feature]', 'produktu X', a date as the only figure, figures
    # with a space that may not be an ordinary one '500 000 zł', frequencies '週2件', a count of
    # one) were dropped before anything ran; ran once in session 15, after the nineteenth round
    Round(19, least_rows=161, least_repositories=43, most_per_repository=25, documents=2),
    # 155 rows from 48 sources and 1 document, gathered blind in session 15 (47 web sites, each
    # page's returned excerpt saved for a check by script, and one repository; Chinese pages the
    # richest); rows judged ambiguous (service levels and times of the team's own process, '48
    # 小时内解决 90% 支持工单', time-to-hire, a percentile or a name beside the figure 'p99',
    # 'W1 Retention', 'WCAG 2.1 AA', 'P5', '360度', a version 'v1.0', frequencies '每周', 'x/week',
    # a count of one, a multiple '2倍', a rank 'top 3', alternative targets, a lift written only
    # as '+15%', a change in two units '2分30秒', figures with a space that may not be an ordinary
    # one '8 000', questions graded inline 'GRADE: 2/10') were dropped before anything ran; its
    # one first run came in session 15, after the nineteenth round, with round 19's
    Round(20, least_rows=155, least_repositories=48, most_per_repository=25, documents=1),
    # gathered blind in session 15 (web pages in Chinese, Japanese, Korean and English, each
    # page's returned excerpt saved for a check by script, and one repository whose two yearly
    # plans are also this round's documents); rows judged ambiguous were dropped before anything
    # ran (docs/plaintext.md, "The round-21 held-out set"); ran once in session 15, after the
    # twentieth round
    Round(21, least_rows=129, least_repositories=33, most_per_repository=25, documents=2),
    # 123 rows from 30 sources and 4 documents, gathered blind in session 15 in the languages
    # other than Chinese, Japanese, Korean and English (web pages, each returned excerpt saved for
    # a check by script, and four repositories fetched and read with git show at fixed commits:
    # beta.gouv.fr's incubator guide and startup pages, a Portuguese blog, a Portuguese OKR example
    # library); rows judged ambiguous (service levels and times of the team's own process, the
    # team's own productivity and routines '100% da rotina de postagens', frequencies
    # '4 mentorias/mês', a count of one, placeholders, figures with a space '40 000', '80 %',
    # amounts with a 'k' or 'M' suffix 'R$8k', a start written only as '(atual: 10)', ranks
    # 'top 3', percentiles 'P95', wrapped key results) were dropped before anything ran; ran once
    # in session 15, after the twentieth round
    Round(22, least_rows=123, least_repositories=30, most_per_repository=25, documents=4),
    # 72 rows from 23 web sites and one repository, and one document, gathered blind in session 16
    # in Chinese (simplified and traditional), Japanese and Korean only (the other gatherer took
    # every other language); the search corpus gave little that rounds 19 to 22 had not taken, so
    # the set is short of the 110 asked for even after a second pass: department example lists, a
    # container-platform plan, a PdM blog's from-to examples and real personal OKRs (a Korean
    # developer's quarter, a Japanese engineer's graduate-school quarters, a Japanese job-change
    # quarter, a Korean PM team's two key results, a 22-year-old's Chinese yearly OKR table, also
    # the document); rows judged ambiguous (placeholders 'X%', signed differences '+7pp', a count
    # of one '一个' / '1篇', a quarter or a duration beside the figure, frequencies '每周', '주 5회',
    # compounds with a milestone before the measure, two measures in one item, a range '15~20%', a
    # unit no decision settles '毫秒', a multiple '売上2倍', a rank '社内1位') were dropped before
    # anything ran; ran once in session 16, after the
    # twenty-second round
    Round(23, least_rows=72, least_repositories=24, most_per_repository=25, documents=1),
    # 112 rows from 43 sources and 2 documents, gathered blind in session 16 (41 rows, then
    # extended in place the same session), in the languages other than Chinese, Japanese and
    # Korean; English may pass half (70 rows) as long as at least a quarter of the rows carry a
    # non-ASCII letter (28), so the eleven English rows first left out for balance are back (web
    # pages, each returned excerpt saved for a check by script, and three repositories fetched
    # and read with git show at fixed commits: a product-team OKR template and a support-team
    # plan, a Spanish glossary page, a Portuguese notes page); a Norwegian company's OKR file was
    # left out whole (its repository's NOTICE allows internal use only); rows judged ambiguous
    # (service levels and times of the team's own process 'Antwortzeit im Kundensupport',
    # '48 ساعة إلى 12 ساعة', 'tempo médio de resposta', frequencies '20 pro Woche', amounts with
    # 'k' or 'M' and a currency '$5M', a start written only as '(с текущих 35)', percentiles
    # 'p99', multiples '10x', figures with a space that may not be an ordinary one '90 %',
    # compounds) were dropped before anything ran; ran once in session 16, after the
    # twenty-second round
    Round(24, least_rows=112, least_repositories=43, most_per_repository=25, documents=2),
    # 84 rows from 16 sources (15 web pages, each returned excerpt saved for a check by script,
    # and one repository fetched and read with git show at a fixed commit: a Chinese translation
    # of two OKR skills), gathered blind in session 16 in any language, short of the 150 asked
    # for (rounds 19 to 24 took most of the public material; 60 was the round's own target), with
    # no document (none found at a commit that is not in a set already): a Chinese developer's
    # own yearly OKRs in English translation, a help centre's company, team and personal OKRs,
    # glossary, lesson and coaching pages that set task-like key results beside outcome ones, and
    # Portuguese and French pages that quote a key result inside prose; rows judged ambiguous
    # (service levels and times of the team's own process 'follow-up time from 72h to 24h',
    # 'average cycle time', the team's own OKR completion rate, a rank 'top 1%', a compound
    # adjective holding a figure '1k+ star', 'up to 50 times', a duration or a number inside the
    # measure's name '30-day churn', 'within 24 hours', a quarter beside the figure 'in Q2',
    # frequencies '20/month', amounts with 'k' and a currency '$50k', placeholders 'X美元', a
    # ratio, compounds of two measures, a noun before 'from' whose unit the sets label both ways
    # 'Grow LinkedIn followers from 800 to 1,200') were dropped before anything ran; ran once in
    # session 16, after the twenty-third round
    Round(25, least_rows=84, least_repositories=16, most_per_repository=25, documents=0),
    # 71 rows from 14 sources, gathered blind in session 17 in any language from a source no
    # round had used: GitHub issue and pull-request threads where teams and people post their
    # OKRs (13 threads of 11 repositories, each excerpt saved for a check by script: a site's
    # quarterly results reports, a steering committee's goals, working groups' OKRs, Chinese blog
    # posts and
    # personal yearly OKRs written as issues, a Portuguese squad's key results) and 3 repositories
    # read at a fixed commit (Chi Hack Night's yearly OKR posts, a Chinese pool of team OKRs by
    # role, a Russian OKR tool's guide): English 44, Chinese 20, Russian 6, Portuguese 1 (26 with
    # a non-ASCII letter), with 2 documents (the Chinese pool and Chi Hack Night's 2023-24 post);
    # rows judged ambiguous (a quarter, a half-year or a duration beside the figure 'nos próximos
    # 6 meses', 'year over year', a count per group or per journey, a count of one '一个',
    # placeholders 'xx', 'X', milestones before the measure '增加代码review机制，保证…',
    # frequencies '每周', 'every week', a number inside the measure's name 'p95 latency',
    # 'rolling 90-day active', '30天留存率', a '万' amount with a currency '25万美元', a Chinese
    # numeral '日活千万', two measures in one row, a range '5-10') were dropped before anything ran;
    # ran once in session 17, after the twenty-fourth round
    Round(26, least_rows=71, least_repositories=14, most_per_repository=25, documents=2),
    # 57 rows from 8 sources, gathered blind in session 17 after round 26, again from GitHub issue
    # threads in any language (each excerpt saved for a check by script): a data-science academy's
    # team OKRs by area of responsibility (LDSSA/wiki, 4 threads), a Japanese study group's
    # quarterly aims (mizuhiki-team/TIL, 5 threads), a grants programme's deliverable metrics
    # (HHS/simpler-grants-gov, 5 threads), key results filed as issues (mozilla/Reps) and a docs
    # team's OKR (dotnet/docs); one repository read at a fixed commit (a Portuguese post on OKRs)
    # and two web pages (Vietnamese, German): English 29, Japanese 25, Vietnamese 1, German 1,
    # Portuguese 1 (26 with a non-ASCII letter), no document; short of the 60 asked for, since
    # the issues corpus is nearly spent for OKRs; rows judged ambiguous (a number inside a name
    # 'batch 4', 'EC2', a count per group 'for each LU', service levels 'within 1 month',
    # 'no máximo 30 minutos', a deadline 'by the end of the academy', '4月までに', frequencies
    # '週3', '毎月', 'per quarter', a count of one, two measures in one row, a change and a
    # target in one row '2kg痩せて67kgになる', a counted noun used as a counter '12投稿',
    # 'thêm 20%', and a row that begins a written example of the coach tests) were dropped
    # before anything ran; ran once in session 17, after the twenty-fourth round, with round 26
    Round(27, least_rows=57, least_repositories=8, most_per_repository=25, documents=0),
    # 97 rows from 14 sources and 2 documents, gathered blind in session 17 after rounds 26 and 27
    # had run, from GitHub issue and pull-request threads not titled as OKRs (a platform team's
    # quarterly checkbox OKRs, an OKR's updated key results, an IT strategy's proposed measures,
    # an initiative's north star, a volunteer project's goals, Chinese new-year flags and yearly
    # wishes, a health-app team's weekly goals, a Korean study group's weekly goals filed as pull
    # requests; each excerpt saved for a check by script) and one repository read at fixed
    # commits (mayadata-io/culture: engineers' personal quarterly OKR files, also the round's two
    # documents): English 55, Chinese 35, Korean 7 (42 with a non-ASCII letter); rows judged
    # ambiguous (a version or a number inside a name 'OpenEBS 0.9', 'e2e', 'day 2 ops', 'MS-1',
    # '(#2378)', a count of one 'at least 1 event', '一趟', a year or a quarter beside the figure
    # 'in 2018', 'in Q2', 'compared to last quarter', service levels of the team's own process
    # 'within an hour', frequencies 'Daily internal use', 'weekly user return rate', '每天5章',
    # a fraction '10/10', Chinese numerals '长胖十斤', '读完十本书', '四、五卷', amounts with 'k'
    # '支出不超过 3k', chapters named by number '13장', '最低6장', a counted noun used as a counter
    # '5문제', 'all' as the quantity '다 풀기', two things in one row, a state with neither
    # figure nor action, '100% quality' with no settled metric) were dropped before anything ran;
    # ran once in session 17, after the twenty-fifth round
    Round(28, least_rows=97, least_repositories=14, most_per_repository=25, documents=2),
    # 64 rows from 37 threads of 36 repositories, gathered blind in session 17 after round 28 had
    # run, from GitHub issue and pull-request threads not titled as OKRs (a sales forecast's
    # goals, a schema community's objectives, a Japanese study group's yearly goals in a pull
    # request, Chinese new-year plans and a year's goals reviewed, a foundation's success
    # measures, a design team's key results, star-count and page-speed goals, acceptance criteria,
    # and test-coverage goals of 22 projects in four languages; each excerpt saved for a check by
    # script): English 35, Chinese 19, Korean 4, Japanese 3, Portuguese 2, Spanish 1 (26 with a
    # non-ASCII letter); no document (none found at a fixed commit that is not in a set already);
    # rows judged ambiguous (a growth written as 'N% Growth' that may be a rate or a change, a
    # multiple '2X growth', a count of one '一本', '至少一次', '至少 1 个', a Chinese numeral '二册',
    # frequencies '每月写一篇', '年間の参加数', '月度 release', a period beside the figure '4个月内',
    # two things in one row '背1200个单词，发音正确', a compound 'PRs and issues', labels with a
    # figure and no verb 'Goal after sprint 5: 90 %', '8本书', 'Gain 100 stars' with a current
    # count, 'Garantir … 80%') were dropped before anything ran; ran once in session 17, after
    # the twenty-sixth round
    Round(29, least_rows=64, least_repositories=36, most_per_repository=25, documents=0),
    # 63 rows from 41 sources and 1 document, gathered blind in session 18 after round 29 had
    # run: single goals filed as GitHub issues and pull requests that are not titled as OKRs
    # (page-load and response-time requirements and acceptance criteria, bundle, package and app
    # size limits, Lighthouse score goals, a crash-free goal, launch success metrics, a cost
    # reduction quoted as an example goal, a Japanese job seeker's monthly goals, a Chinese study
    # group's plan, Japanese and Korean performance tasks; each excerpt saved for a check by
    # script) and one repository read at a fixed commit (nkabrown/bundle: an engineer's personal
    # quarterly OKR file, also the round's document): English 45, Japanese 10, Korean 4, Spanish
    # 2, Chinese 1, Indonesian 1 (17 with a non-ASCII letter); rows judged ambiguous (numbers
    # that qualify the subject '20 Page Views pro Sekunde', 'on a 10 Mbps connection', 'All
    # four scores', a name holding a number '3G', 'RNF1', 'Rt38', 'ES6+', a number written as a
    # word 'tres segundos', a bare 'M' for megabytes '<100M', a bound on both ends 'from >10% to
    # <5%', a start that contradicts the verb 'maintain the 99%' from 94%, a percentile '95% of
    # requests', a period or a window beside the figure 'over a year', 'by one month after
    # launching', 'this week', frequencies 'daily', 'per hour', 'regular', a change per item with
    # no named measure '1% improvement for all programming tasks', 'all' as the quantity,
    # Japanese '8割', two figures or two things in one row, a target with no verb 'target is 1
    # second', a range '5-10MB', suggestions phrased as questions) were dropped before anything
    # ran; ran once in session 18, after the twenty-seventh round
    Round(30, least_rows=63, least_repositories=41, most_per_repository=25, documents=1),
    # 60 rows from 29 sources and 3 documents, gathered blind in session 18 after round 30 had
    # run: one repository read at fixed commits (stevehuang0115/agentmux: an AI-team product's
    # SMB team-template OKRs, its orchestrator's Chinese project goals file and its founder's
    # strategy memo, also the round's three documents; 25 rows), goals filed as GitHub issues
    # and pull requests (personal yearly and monthly goals, community and traction goals, star
    # and contributor counts, two capacity requirements, test-coverage goals in English and
    # Russian; each excerpt saved for a check by script) and one web page (a Portuguese KR
    # example): English 41, Chinese 14, Russian 2, Korean 2, Portuguese 1 (19 with a non-ASCII
    # letter); rows judged ambiguous (frequencies '每两周', '每天', '每周', '每日', 'в день', a
    # window beside a placeholder 'within 30 days', a number that qualifies the subject
    # '10-lesson module', names holding a number 'D1 retention', 'Q2 累计', '1.0 release', a
    # multiple as the target '5x ROI', two figures or two things in one row 'improve writing,
    # get 500 followers', '100% of renewal reminders at least 60 days before', '体重72キロ、
    # 体脂肪率10％', 'median of 10s … P90 of 20s', labels with a figure and no verb '3 个预设团队模板',
    # '月間PV: 10,000', 'The target value is >80%', ranges '600 to 800 followers', '3-5 seconds',
    # 'Garantir … 80%' as in round 29, 'up to 1,500 concurrent users', a share in brackets '25
    # (5% от базы вопросов)', a current value in brackets 'currently 0.01 (5 paid users / 5k/mo
    # traffic)') were dropped before anything ran; ran once in session 18, after the twenty-eighth
    # round
    Round(31, least_rows=60, least_repositories=29, most_per_repository=25, documents=3),
    # 52 rows from 16 sources and 3 documents, gathered blind in session 18 after round 31 had
    # run: repository files at fixed commits (suprachakra/RoutIQ: a fleet product's OKR page,
    # executive summary and cost plan, 9 rows, the English document; jiehao321/EVER-MEMORY: a
    # memory plug-in's Chinese director plan whose section 4.2 holds four objectives, 8 rows, the
    # Chinese document; yonghwan1106/jeju-again: a Korean travel app's PRD with an OKR table, 4
    # rows, the Korean document; knishioka/claude-knowledge-demo: a Japanese churn project's KPI
    # notes, 5; gabmichels/cw-agent-swarm, three KooshaPari OKR pages,
    # markzakram/product-task-tracker in Indonesian), goals and acceptance criteria filed as GitHub
    # issues (a star goal in Portuguese, a user goal, launch expectations, performance exit
    # criteria in a Korean issue, activation target rates, a weekly-active-user goal; each excerpt
    # saved for a check by script) and one Korean blog page: English 29, Chinese 8, Korean 6,
    # Japanese 5, English with Korean words 2, Portuguese 1, Indonesian 1 (22 with a non-ASCII
    # letter); rows judged ambiguous (frequencies 'monthly training sessions', 'per quarter',
    # '双周评审 + 月度冻结', a range '10–15%', two figures or two things in one row '99.99% system
    # uptime with end-to-end latency below 500ms', '100k req/s sustained p99 < 50ms', 'CDN HIT >
    # 90%', '恢复流程全自动化，恢复成功率 100%', 'to 10k MAUs by 2025 and 100k by 2026', '80% 이상이 …
    # POI를 1개 이상 포함', a share of a pilot's scope '100% of the fleet in select regions', a churn
    # 'improvement' of 10% in points or in proportion '離脱率を10%改善', a current and a target
    # value with no metric named '現状値は58%、目標は64%', a label with a figure and no verb '… 비율
    # 90%', a placeholder 'x times', a sentence broken across two lines 'Revisi turun / ke bawah
    # 5%', a counter-example 'Menyelesaikan 280 task', a ranking goal '업계 1위 달성') were dropped
    # before anything ran; ran once in session 18, after the twenty-ninth round and the fixes
    # after round 31
    Round(32, least_rows=52, least_repositories=16, most_per_repository=25, documents=3),
    # 66 rows from 20 sources and 3 documents, gathered blind in session 19 after round 32 had
    # run: repository files at fixed commits, most of them read by read_file and saved as excerpts
    # for a check by script (marcelodanieldm/skillsforit: a Spanish CEO-dashboard doc whose OKR
    # section holds four objectives, 9 rows, the Spanish document; carlvellotti/demo-cv--py-podcast:
    # a PM workspace's goals page, 7 rows, the English document; VCT-PLATFORM/vct-agent-business:
    # Vietnamese OKR workflow examples and company OKRs, 10 rows, the Vietnamese document;
    # DasyDong/developer-roadmap: Chinese example key results, 2; fourteen 'context/goals.md'
    # pages of personal and small-business assistant workspaces in English, Spanish and
    # Portuguese; a Spanish SMART-objectives page; an OKR note): English 33, Spanish 20,
    # Vietnamese 10, Chinese 2, Portuguese 1 (16 with a non-ASCII letter); rows judged ambiguous
    # (ranges '3–5 clientes', '$3,000-$4,000 USD/mes', '2-3 personas',
    # two figures in one row '≥35% … 6 sesiones en 14 días', '30k MRR em 3 meses … com 10–12
    # clientes', '3 new signed clients (move from $1,500/mo to ~$5,000/mo)', a frequency 'Land 2
    # clients per month', labels with a figure and no verb '$25,000 MRR de B2B', '6.000 seguidores
    # en Instagram (actual: 4.702)', '30 clients', a rollout share '100% of users by Feb 28', a
    # sentence broken across two lines, a mis-encoded '≥' ('â‰¥90%'), a rate raised by a percentage
    # that may be points 'Tăng activation rate 20%') were dropped before anything ran; ran once in
    # session 19, after the thirty-first rounds
    Round(33, least_rows=66, least_repositories=20, most_per_repository=25, documents=3),
    # 61 rows from 20 sources and 2 documents, gathered blind in session 19 after round 33 had
    # run (the second set of the session): repository files at fixed commits, most fetched and
    # checked by git show, three read by read_file and saved as excerpts for a check by script
    # (tomwugdgz/V4.3-Quant-Trading-System: a Chinese trading-goals page, 19 rows;
    # pradazay1-code/marketing-Sauce: an agency's goal checklist, 7; 499244188/life: a Chinese
    # agent goal system whose 'Gn:' headings carry one '度量:' measure each, 5 rows, the Chinese
    # document; BRAHIN-Stannum/stannum-max-agent: a Spanish OKR table with status and owner
    # columns, 4 rows, the Spanish document; and sixteen more 'memory/goals.md' /
    # 'context/goals.md' pages in English, Spanish, Slovak, Portuguese, German and Vietnamese):
    # English 23, Chinese 25, Spanish 7, Slovak 2, Portuguese 2, German 1, Vietnamese 1; rows
    # judged ambiguous (ranges 'Have 3-5 active paying clients', 'Land a job at 25-30 LPA', 'Close
    # 2-3 new marketing clients', frequencies '15 books a year.', 'Bicykel: 4 000 km ročne',
    # '(50+ leads/month)', '(at least 2x/week)', labels with a figure and no verb '10+ active
    # clients', '500 sesiones únicas', '5.000 Follower auf einem Kanal', 'Doanh thu 100 triệu
    # tháng 3-4', two figures or two things in one row 'Ciclo 1 en ejecución, Ciclo 2 en diseño',
    # 'Complete at least 1 Rung 2 audit ($500-2,500)', 'Zabehnúť Leskmi–Čičmany 10 km a
    # Štiavnické vrchy 12 km') were dropped before anything ran; ran once in session 19, after the fixes after round 33
    Round(34, least_rows=61, least_repositories=20, most_per_repository=25, documents=2),
    # 77 rows from 23 sources and 3 documents, gathered blind in session 20 (issue 15 asked for
    # what companies, teams and projects publish): repository files at fixed commits, most fetched
    # and checked by git show, three read by read_file and saved as excerpts, and two key results
    # of a foundation's OKR issues (ProtektProtocol/protekt-protocol-docs: a DeFi protocol's
    # quarterly OKR tables, 8 rows, the first English document; dsickles/PMAgents: an
    # academic-advising product's pillars and current OKRs, 8 rows, the second English document;
    # kadufarah1979/kanbania: a team's agent-written product OKR files in Portuguese, 11 rows, the
    # Portuguese document; nntrvy/os-research-engine: a venture studio's OKR tables, 5; cdfoundation/toc:
    # the CD Foundation TOC's key-result issues, 2; company and team goal pages in English,
    # Spanish, Norwegian, Japanese and Chinese; 12 rows from personal goal pages, Spanish and
    # Russian among them): English 38, Spanish 14, Portuguese 11, Japanese 6, Russian 3,
    # Norwegian 3, Chinese 2; rows judged ambiguous (two figures or two things in one row 'Identify and
    # interview 3 large stakers and 5 large insured folks.', 'Content system live: 12 newsletters
    # + 6 podcasts + 1 documentary', a start and a target in different units 'from 2 weeks to 2
    # days', a figure that is no target 'Solidify funding plans for 1 year', frequencies
    # 'Publicar contenido consistente en Instagram y TikTok (mínimo 3x por semana)', labels with a
    # figure and no verb '1 diagram of the CDF groups and projects within a reference
    # architecture', a selection 'Segundo cliente activo firmado') were dropped before anything
    # ran; ran once in session 20, after the thirty-second rounds
    Round(35, least_rows=77, least_repositories=23, most_per_repository=25, documents=3),
    # 70 rows from 20 sources and 2 documents, gathered blind in session 20 while round 35 waited
    # for its first run (issue 15 asked again for companies, teams and projects): repository
    # files at fixed commits, eighteen fetched and checked by git show, two read by read_file and
    # checked against the saved answer (life-itself/community: an NGO's yearly plans with
    # objectives and key results, 9 rows; Linkit-Project-PF/LinkIt-project: a Latin-American
    # recruiting company's Spanish OKRs in an admin panel, 10; tchelinux/wiki: a Brazilian
    # free-software community's yearly goals in Portuguese, 8; rubenhambardzumyan/quarterly-analysis:
    # a VP's cost-optimisation OKRs, 5; drewdresser/aws-solutions-architect-bench: an open benchmark
    # project's quarterly OKRs, 2 rows, the English document; zhangqingyuan/eco2: an agent
    # workspace's Chinese goal list, 4 rows, the Chinese document; company goal pages in assistant
    # workspaces, a project's goals, personal goal pages in Spanish and Portuguese): English 41,
    # Spanish 15, Portuguese 10, Chinese 4; rows judged ambiguous (labels with a figure and no verb
    # '€65k+ in revenue', '20+ visitors', '$20M+ revenue by EOY 2028', 'Tiempo para endorsar =
    # Menor a 5 días hábiles', two figures or two things in one row 'Visitar 5 novas cidades … e
    # retornar a outras 2', 'Speak on 6 external podcasts, each with at least 5,000 listeners',
    # ranges 'Secure 1–2 new enterprise pilot commitments', frequencies 'Caminhar 2x por semana',
    # an ordinal 'Land first freelance web dev client', precedents that disagree 'R$ 2.500
    # investidos') were dropped before anything ran; ran once in session 20, with round 35
    Round(36, least_rows=70, least_repositories=20, most_per_repository=25, documents=2),
    # 45 rows from 8 repositories (13 sources) and 1 document, gathered blind in session 20 after
    # rounds 35 and 36 had run (issue 15 asked for companies, teams and projects, other languages
    # and more outcomes): repository files at fixed commits (microsoft-healthcare-madison/team:
    # a company team's scored OKR pages, 13 rows and the English document, fetched and checked by
    # git show; rrodrigogon-byte/medfocus-app-001: a Brazilian medical-education startup's
    # Portuguese OKRs, 9; a project's success criteria, a clinical-AI platform's Portuguese OKR and
    # two assistant goal pages, read by read_file) and issue threads (BUPT/magic-mirror: a
    # university project team's Chinese OKRs, 12; Immersion-Facilitee/immersion-facile: a French
    # public service's team OKRs, 4): English 19, Chinese 12, Portuguese 10, French 4 (text with
    # a letter outside ASCII: 21); 16 outcome rows; the material that earlier rounds had not taken
    # was thin, and repositories an earlier set used were left out even for new files; rows
    # judged ambiguous (ranges '每期活动邀请1-2位外部企业…', '3–4 client discovery conversations
    # booked', two figures in one row '实现6家赞助企业…资金进账，目标资金额30万元或等值设备',
    # '100% of students behind schedule … within 1 day', a count in parentheses with a week
    # 'Calculadoras (50) lançadas até semana 3', a label with a figure and no verb 'R$ 100k+ em
    # pipeline de receita B2B', two things in one row 'At least 1 paid engagement or signed pilot')
    # were dropped before anything ran; ran once in session 20, after the fixes after rounds 35
    # and 36
    Round(37, least_rows=45, least_repositories=8, most_per_repository=25, documents=1),
    # 25 rows from 3 repositories (4 sources) and no document, gathered blind in session 20 after
    # round 37 had run (a short round: about 20 minutes; issue 15 asked for companies, teams and
    # projects, other languages and more outcomes): repository files at fixed commits
    # (Bonbon-Paper/project-kepler: a payments company's company-level and revenue OKRs on its QA
    # team's alignment page, 14 rows; leoburgomeister/dunastech: a Brazilian tourism-data
    # startup's Portuguese quarterly OKRs, 8; both read by read_file) and issue threads
    # (department-of-veterans-affairs/va.gov-cms: a government CMS team's OKRs, 3): English 17,
    # Portuguese 8 (text with a letter outside ASCII: 7); 11 outcome rows; the material earlier
    # rounds had not taken was very thin (most OKR files the search tools return are in a set
    # already), and repositories an earlier set used were left out even for new files; a
    # design-system README's two OCTO OKRs were left out when the structure test showed one of
    # them in the first held-out set (va.gov-team's OCTO priorities page); rows judged ambiguous
    # (a ratio 'Increase LTV:CAC ratio to 3:1', a total beside a count of new ones 'Onboard 500
    # new merchants (currently 1,200 total)', a level number 'Maintain PCI-DSS Level 1
    # Certification', no measure 'Reduce Payment Friction (3-Click Checkout)', two things in one
    # row 'Claro is launched and 90% of users report …', 'Jira com épicos, board e 2 sprints
    # planejadas') were dropped before anything ran; ran once in session 20, after the fixes
    # after round 37
    Round(38, least_rows=25, least_repositories=3, most_per_repository=25, documents=0),
    # 3 rows from 2 repositories and 2 documents, gathered blind in session 21 (the brief: label
    # the two whole OKR pages session 20 found and left, alexandrapaiz/Ursa docs/okrs/2026-q4.md
    # and alexandrapaiz/alexandria docs/okrs/okrs-2026-Q4.md, agent-run companies' quarterly OKRs
    # with monthly check-ins, and take their key results as rows; no snapshot could be fetched,
    # so both were copied from read_file's pages at their commits and checked by length and page
    # boundaries): English 3 (no text with a letter outside ASCII; a quarter of 3 rows is 0);
    # 1 outcome, 2 activities and no vague row (every key result of both pages is a measurable
    # deliverable or state, so the round holds two kinds); the other 17 key results of the two
    # pages were dropped before anything ran as several things or several figures in one row
    # ('… at least 3 of the 4 hand-annotated loops (A–D) and all 3 regression events …', '… at
    # least 10 scheduled wave-1 seat runs … with at least 80% merged within 7 days …', a range
    # 'A named target list of 10–15 technical leaders …', alternative targets 'Twelve skills in
    # gold … Nine to ten is a real result; twelve is the stretch.'); ran once in session 21
    Round(
        39,
        least_rows=3,
        least_repositories=2,
        most_per_repository=25,
        documents=2,
        kinds=frozenset({"outcome", "activity"}),
    ),
    # (rounds 40 and 41 were searched blind in session 21 and yielded no set: docs/plaintext.md)
    # 12 rows from 2 repositories and 1 document, gathered blind in session 21 from the two leads
    # the round-41 search left: 2i2c-org/team-compass strategy.md at its first commit (a
    # non-profit's 2020 strategy page, 'broken down into Objectives and Key Results across four
    # categories': 9 rows, and the round's document) and opencollective/opencollective issue
    # 1065 (Open Collective's OKRs for May and June 2018, 3 rows): English 12, with no text with a
    # letter outside ASCII (a quarter of 12 rows is 3: hence least_foreign=0); 2 outcomes, 9
    # activities, 1 vague; rows judged ambiguous (ranges 'Conversion from pilot hubs to paid hubs
    # for 2-3 large institutions', a label with a figure and no verb 'At least 2 years of funding
    # for leadership and an engineering team', labels with neither 'Cloud providers', a frequency
    # with no number 'regularly contribute', 'several' and 'all' as the quantity, a name holding
    # the only figure 'Create a 2i2c policy …', a multiple with a frequency 'Double weekly new
    # collectives to 40') were dropped before anything ran; ran once in session 21
    Round(
        42,
        least_rows=12,
        least_repositories=2,
        most_per_repository=25,
        documents=1,
        least_foreign=0,
    ),
)
PERMALINK = re.compile(r"https://github\.com/([^/\s]+/[^/\s]+)/blob/[0-9a-f]{40}/\S+")
# an issue or pull-request thread (round 26 took them) counts as the source of its repository:
# "https://github.com/OWNER/NAME/issues/N" or ".../pull/N" -> "OWNER/NAME"
THREAD = re.compile(r"https://github\.com/([^/\s]+/[^/\s]+)/(?:issues|pull)/\d+")
# a web page (not GitHub) counts as the source of its host: "https://host/path" -> "host"
WEB_PAGE = re.compile(r"https?://(?!github\.com/)([^/\s?#]+)(?:[/?#]\S*)?")
FIELDS = {"text", "direction", "start", "target", "change", "unit", "metric", "source"}


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _repository(row: dict) -> str:
    """A GitHub permalink's or thread's owner/name; a web page's host (rounds 19 and 20 took web
    pages, round 26 issue and pull-request threads)."""
    source = row["source"]
    match = PERMALINK.fullmatch(source) or THREAD.fullmatch(source) or WEB_PAGE.fullmatch(source)
    assert match, row["source"]
    return match.group(1)


def _other_rows(held_out: Round) -> list[dict]:
    """Every labelled row of the other sets (parser and coach), not this round's."""
    paths = [p for p in HERE.glob("real_kr_*.json") if p != held_out.rows]
    paths += [p for p in COACH.glob("*.json") if p != held_out.coach_rows]
    return [row for path in paths for row in _load(path) if isinstance(row, dict)]


def _other_sources(held_out: Round) -> str:
    """Every other row's source and every other document's repository and notes, lower case."""
    documents = [d for d in manifest() if not d.get(held_out.part)]
    return " ".join(
        [str(r.get("source", "")) for r in _other_rows(held_out)]
        + [f"{d['repository']} {d.get('notes', '')}" for d in documents]
    ).lower()


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_set_is_new_material(held_out):
    rows = _load(held_out.rows)
    texts = [r["text"] for r in rows]
    assert len(rows) >= held_out.least_rows
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {r.get("text") for r in _other_rows(held_out)}
    repositories = {_repository(r) for r in rows}
    earlier = _other_sources(held_out)
    assert not [repo for repo in repositories if repo.lower() in earlier]
    assert not [repo for repo in repositories if any(k in repo.lower() for k in KEPT_APART)]


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_set_is_sourced_and_varied(held_out):
    # every row names the repository, the 40-hex commit and the path it was copied from
    counts = Counter(_repository(r) for r in _load(held_out.rows))
    assert len(counts) >= held_out.least_repositories
    assert max(counts.values()) <= held_out.most_per_repository


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_set_mixes_languages(held_out):
    # a large share of each round is not in English (round 7: Portuguese, Chinese, Russian,
    # Korean, Persian; round 8: Chinese, Korean, German, Spanish …; round 9: Portuguese, Spanish,
    # Vietnamese …); rows with a letter outside ASCII are counted (one Portuguese file of round
    # 9 writes without accents, so the count is a floor)
    rows = _load(held_out.rows)
    foreign = [r for r in rows if any(not c.isascii() and c.isalpha() for c in r["text"])]
    least = len(rows) // 4 if held_out.least_foreign is None else held_out.least_foreign
    assert len(foreign) >= least


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_labels_are_consistent(held_out):
    # values and directions agree with each other, so a label cannot be half-written
    for row in _load(held_out.rows):
        assert set(row) == FIELDS, row["text"]
        assert row["text"] == row["text"].strip() and row["metric"], row["text"]
        assert_values_agree(row)
        if row["change"] is not None:
            assert row["change"]["amount"] > 0, row["text"]
            assert set(row["change"]) == {"amount", "relative"}, row["text"]
        if row["unit"] is not None:  # a unit measures a value or a change by an amount
            by_amount = row["change"] is not None and not row["change"]["relative"]
            assert row["target"] is not None or row["start"] is not None or by_amount, row["text"]


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_coach_rows_label_the_same_key_results(held_out):
    rows = _load(held_out.coach_rows)
    assert [(r["text"], r["source"]) for r in rows] == [
        (r["text"], r["source"]) for r in _load(held_out.rows)
    ]
    for row in rows:
        assert row["kind"] in {"outcome", "activity", "vague"}, row["text"]
        assert row["activity"] == (row["kind"] == "activity"), row["text"]
        assert row["vague"] == (row["kind"] == "vague"), row["text"]
    # every kind is represented, so recall and false flags can both be measured
    assert {r["kind"] for r in rows} == held_out.kinds


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_documents_are_new_sourced_and_labelled_with_their_own_words(held_out):
    documents = [d for d in manifest() if d.get(held_out.part)]
    assert len(documents) == held_out.documents
    earlier = _other_sources(held_out)
    for document in documents:
        repository = document["repository"].lower()
        assert repository not in earlier and not any(k in repository for k in KEPT_APART)
        assert document["holdout"] and part_of(document) == held_out.part
        assert re.fullmatch(r"[0-9a-f]{40}", document["commit"]) and document["path"]
        assert document["licence"] and document["notes"]
        text = (SET / document["file"]).read_text(encoding="utf-8")
        text += "\n" + text.replace("**", "")  # titles are labelled without '**' emphasis
        text += "\n" + re.sub(r" {2,}", " ", text)  # and with a run of spaces as one space
        # and with a wrapped list item's indented continuation lines joined by a space (docs/
        # plaintext.md: wrapped list items are joined back; round 39's key results wrap)
        text += "\n" + re.sub(r"\n[ \t]+(?=\S)", " ", text)
        if document.get("relabelled"):  # to a written convention: links read as their text, no <br>
            text += "\n" + re.sub(r"<br\s*/?>", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text))
        objectives = expected_tree(document["name"])
        assert objectives, document["name"]
        for objective in objectives:
            assert objective["title"] in text, objective["title"]
            assert objective["owner"] is None or objective["owner"] in text
            for key_result in objective["key_results"]:
                assert key_result["title"] in text, key_result["title"]
                assert key_result["owner"] is None or key_result["owner"] in text
                score = key_result["score"]
                assert score is None or 0 <= score <= 1, key_result["title"]
    # documents of different shapes: no two from the same file
    assert len({(d["repository"], d["path"]) for d in documents}) == len(documents)


@pytest.mark.parametrize("held_out", ROUNDS, ids=str)
def test_the_documents_are_read_since_their_one_first_run(held_out):
    # bench.documents read each part only with --first-run (and, from round 9, the generated
    # document shapes of tests/text/document_shapes.py left its labels out) until the lead's one
    # first run (rounds 7 to 10 on 5 December 2026, docs/plaintext.md) took it out of
    # NOT_YET_RUN (a Round says run=False until then).
    assert held_out.part in PARTS
    assert (held_out.part not in NOT_YET_RUN) == held_out.run
