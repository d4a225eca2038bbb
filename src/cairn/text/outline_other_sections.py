"""Sections that hold no OKRs: a README's "Installation" / "Usage" steps, a roadmap's phases over
their tasks (thirty-first reader round).

A heading or a title line over a list reads as an objective over its key results (the simple
paste format: "Launch the mobile app" over "- Reach 1000 downloads"). Two kinds of title say
otherwise:

- a document's section name ("Installation", "Usage", "Getting started", "Contributing",
  "License", "Instalación", "Verwendung", "安装", "使い方", "설치" …): the steps below it
  are instructions; such an objective is never one, wherever it stands (a README's "## Goals"
  keeps its objectives, its "## Contributing" list is left out);
- a roadmap's phase, stage, step, milestone, sprint, week or month with its number or letter
  ("Phase 1: Research", "Stage B", "Sprint 3", "阶段一", "フェーズ2", "2단계"): the list below is
  its tasks. Such objectives are left out too.

Only objectives written without a marker ("Objective: …", "O1") whose key results carry none
("KR1: …") are left out; a phase heading above marked objectives is a section already. Each
left-out group is said once, a problem on its first line ("read as … — check"), so that a page
that yields nothing says why.
"""

from __future__ import annotations

import re

from cairn.text.outline_nodes import ObjectiveNode, Outline

# README sections, not a team's or a work stream's name ("Support", "Testing", "Deployment",
# "API" and "Documentation" may be either, and stay)
_SECTION_NAMES = frozenset(
    """installation|install|installing|usage|usage examples|getting started|quick start|quickstart|
    setup|set up|configuration|contributing|how to contribute|license|licence|requirements|
    prerequisites|dependencies|running tests|troubleshooting|faq|changelog|credits|
    acknowledgements|acknowledgments|authors|api reference|table of contents|
    instalación|uso|configuración|requisitos|contribuir|licencia|primeros pasos|
    instalação|configuração|contribuindo|contribuição|licença|primeiros passos|
    utilisation|prérequis|contribuer|démarrage rapide|verwendung|nutzung|benutzung|
    konfiguration|voraussetzungen|mitwirken|lizenz|schnellstart|erste schritte|
    installatie|gebruik|configuratie|vereisten|bijdragen|licentie|instalacja|użycie|
    użytkowanie|konfiguracja|wymagania|licencja|установка|использование|настройка|конфигурация|
    требования|лицензия|быстрый старт|安装|使用|使用方法|用法|配置|快速开始|快速上手|贡献|许可证|
    依赖|环境要求|常见问题|インストール|使い方|設定|必要条件|動作環境|ライセンス|
    クイックスタート|설치|사용법|사용 방법|설정|요구 사항|라이선스|기여|시작하기|빠른 시작|instalasi|
    penggunaan|cara penggunaan|konfigurasi|persyaratan|lisensi|kontribusi|memulai|installazione|
    utilizzo|configurazione|requisiti|contribuire|licenza|kurulum|kullanım|yapılandırma|
    gereksinimler|lisans|cài đặt|sử dụng|cấu hình|yêu cầu|giấy phép""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# the section name after a number or an emoji, before a colon: "## 2. Installation", "📦 Install:"
_NAME = re.compile(r"^[^\w]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?([^:：(（]{1,40}?)\s*[:：]?$")

_PHASE = re.compile(
    r"^[^\w]*(?:phase|stage|step|milestone|sprint|iteration|week|month|fase|etapa|hito|paso|"
    r"semana|mes|marco|étape|jalon|semaine|mois|stufe|schritt|meilenstein|woche|monat|mijlpaal|"
    r"stap|maand|faza|etap|krok|tydzień|miesiąc|фаза|этап|шаг|веха|неделя|месяц|tahap|minggu|"
    r"bulan)\s*[#\-]?\s*(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b"
    r"|^[^\w]*(?:阶段|第)\s*[0-9一二三四五六七八九十]{1,3}\s*(?:阶段|周|月|期)?"
    r"|^[^\w]*(?:フェーズ|ステージ|ステップ|段階|マイルストーン)\s*[0-9０-９]{1,2}"
    r"|^[^\w]*(?:[0-9]{1,2}\s*(?:단계|주차)|(?:단계|마일스톤)\s*[0-9]{1,2})",
    re.I,
)


def _unmarked(objective: ObjectiveNode) -> bool:
    return not objective.explicit and not any(kr.marked for kr in objective.key_results)


def section_name(title: str) -> bool:
    """Return True for a title naming a document's section ("Installation", "2. Usage:")."""
    title = title.strip().strip("*_").strip()
    if len(title) > 48:  # a section's name is short: most titles are not looked at
        return False
    found = _NAME.match(title)
    return found is not None and found.group(1).strip().casefold() in _SECTION_NAMES


def phase_name(title: str) -> bool:
    """Return True for a title naming a roadmap's phase ("Phase 1: Research", "阶段二")."""
    return _PHASE.match(title.strip().strip("*_").strip()) is not None


def leave_other_sections(outline: Outline) -> None:
    """Leave out the objectives that are a document's sections or a roadmap's phases."""
    kinds = (
        (section_name, "a document's section (installation, usage …), not objectives"),
        (phase_name, "a roadmap's phases over their tasks, not objectives"),
    )
    for named, what in kinds:
        left = [o for o in outline.objectives if _unmarked(o) and named(o.title)]
        if not left:
            continue
        gone = {id(o) for o in left}
        outline.objectives[:] = [o for o in outline.objectives if id(o) not in gone]
        names = ", ".join(f"'{o.title}'" for o in left[:3]) + (" …" if len(left) > 3 else "")
        outline.problems.append(
            (
                left[0].line,
                f"{names} read as {what}: not imported — check, and write "
                "'Objective: …' over a list to import it as one",
            )  # fmt: skip
        )
