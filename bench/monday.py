"""A Monday morning, for locust: people open My week, check in on their key results, view the board.

Run by `make bench` (`CAIRN_BENCH_ONLY=monday`, see bench/monday_run.py), which prepares the
people (signed-in sessions and their key results) in the file named by CAIRN_MONDAY_PEOPLE.
Each simulated person walks the steps in order, once per loop, with a short pause between.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import secrets

from locust import HttpUser, SequentialTaskSet, between, task

with open(os.environ["CAIRN_MONDAY_PEOPLE"]) as people_file:
    PREPARED = json.load(people_file)
PEOPLE = PREPARED["people"]
_turn = itertools.count()


class MondayMorning(SequentialTaskSet):
    def on_start(self) -> None:
        self.person = PEOPLE[next(_turn) % len(PEOPLE)]
        self.csrf = secrets.token_hex(
            16
        )  # a CSRF secret of Django's own format, sent back as header
        self.client.cookies.set(PREPARED["session_cookie"], self.person["session"])
        self.client.cookies.set(PREPARED["csrf_cookie"], self.csrf)

    @task
    def my_week(self) -> None:
        self.client.get("/", name="1 open My week")

    @task
    def weekly_check_in(self) -> None:
        self.client.get("/check-in/", name="2 open the weekly check-in")

    @task
    def check_in(self) -> None:
        for pk, start, target in self.person["key_results"]:
            value = start + (target - start) * random.random()
            with self.client.post(
                f"/check-in/{pk}/",
                data={  # the page's forms are prefixed per key result (web/forms/check_ins.py)
                    f"kr-{pk}-value": f"{value:.2f}",
                    f"kr-{pk}-confidence": random.randrange(11),
                    f"kr-{pk}-note": "Monday",
                },
                headers={"X-CSRFToken": self.csrf, "Referer": self.client.base_url + "/check-in/"},
                allow_redirects=False,
                name="3 check in on a key result",
                catch_response=True,
            ) as response:
                if response.status_code != 302:  # saved: back to the page; 400 lists errors
                    response.failure(f"not saved: {response.status_code}")

    @task
    def board(self) -> None:
        self.client.get("/board/", name="4 view the board")


class Person(HttpUser):
    tasks = [MondayMorning]
    wait_time = between(0.5, 2)
