"""The interval of a watch, as the command line says it: in words of her language ("every 6
hours", "каждые 6 часов", "ҳар 6 соат"), never the "6h" she may have typed."""

from __future__ import annotations

import json

import pytest

from evidence_kit import watches as W
from tests.capture.test_cli_and_privacy import _env
from tests.core.helpers import run_cli

URL = "https://t.me/s/leak_tj"


@pytest.mark.parametrize("lang,added,updated,listed", [
    ("en", f"Watching {URL}: it is captured every 6 hours (watch ",
     f"{URL} was already watched; it is now captured every 30 minutes (watch ", "every 30 minutes"),
    ("ru", f"Страница {URL} под наблюдением: она сохраняется каждые 6 часов (наблюдение ",
     f"{URL} уже была под наблюдением; теперь она сохраняется каждые 30 минут (наблюдение ",
     "каждые 30 минут"),
    ("tg", f"Саҳифаи {URL} зери назорат аст: ҳар 6 соат сабт мешавад (назорати ",
     f"{URL} аллакай зери назорат буд; акнун ҳар 30 дақиқа сабт мешавад (назорати ", "ҳар 30 дақиқа"),
])
def test_the_command_line_says_the_interval_in_words(tmp_path, lang, added, updated, listed):
    env = _env(tmp_path, EVIDENCE_KIT_LANG=lang)
    assert run_cli(["init"], env).returncode == 0
    r = run_cli(["watch", "add", URL, "--every", "6h"], env)
    assert r.returncode == 0, r.stderr
    assert added in r.stdout and "6h" not in r.stdout
    r = run_cli(["watch", "add", URL, "--every", "30m"], env)
    assert r.returncode == 0 and updated in r.stdout and "30m" not in r.stdout
    r = run_cli(["watch", "list"], env)
    assert r.returncode == 0
    [line] = [x for x in r.stdout.splitlines() if URL in x]
    assert listed in line and "30m" not in line
    r = run_cli(["watch", "list", "--json"], env)
    [w] = json.loads(r.stdout)                                               # for machines, unchanged
    assert (w["every"], w["every_s"]) == ("30m", 1800)


@pytest.mark.parametrize("seconds,lang,words", [
    (3600, "en", "every 1 hour"), (86400 * 2, "en", "every 2 days"), (5400, "en", "every 90 minutes"),
    (21600, "ru", "каждые 6 часов"), (86400, "tg", "ҳар 1 рӯз")])
def test_every_words(seconds, lang, words):
    assert W.every_words(seconds, lang) == words
