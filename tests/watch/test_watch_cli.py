"""The whole story on the command line, against a local site whose page changes between runs:
a post added (with a re-posted copy of her photo), the text edited, the page removed (404) and
back; the history, the match and no false match, the timeline in the court PDF, exit codes and
words, and nothing about any of it readable on disk."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.capture.test_cli_and_privacy import _env
from tests.canary import find_canary
from tests.core.helpers import run_cli
from tests.site import pages_watch as pw

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.browser


def _cli(args, env, timeout=240):
    return run_cli(args, env, timeout=timeout)


def test_watch_a_changing_page_and_find_her_photo(tmp_path, site, browser_info):
    canary = "ekWatch" + os.urandom(5).hex()
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    url = site.url(f"/watch/feed/{canary}")
    pw.set_version(canary, 1)
    assert _cli(["init"], env).returncode == 0
    src = tmp_path / "src"
    src.mkdir()
    (src / f"{canary}.jpg").write_bytes(pw.reference_bytes())
    r = _cli(["reference", "add", src / f"{canary}.jpg"], env)
    assert r.returncode == 0, r.stderr
    assert "sealed; looked for from now on" in r.stdout and "nothing is uploaded" in r.stdout

    r = _cli(["watch", "add", url, "--every", "1h", "--case", "Дело 7"], env)
    assert r.returncode == 0 and f"Watching {url}: it is captured every 1 hour" in r.stdout
    r = _cli(["watch", "run"], env)
    assert r.returncode == 0, r.stderr
    assert "first run" in r.stdout and "1 of 1 watched page captured and sealed" in r.stdout
    assert "⚠" not in r.stdout

    pw.set_version(canary, 2)                       # a post added, with the copy of her photo
    r = _cli(["watch", "run"], env)
    assert r.returncode == 0 and "Nothing is due yet" in r.stdout
    r = _cli(["watch", "run", "--all"], env)
    assert r.returncode == 0, r.stderr
    assert "changed:" in r.stdout and "2 photos or videos added" in r.stdout
    assert "⚠ A photo you are looking for is on this page" in r.stdout

    pw.set_version(canary, 3)                       # the first post's text edited
    r = _cli(["watch", "run", "--all", "--json"], env)
    assert r.returncode == 0
    [row] = json.loads(r.stdout)
    assert row["change"] == "changed" and row["what"]["lines_edited"] >= 1 and "media_added" not in row["what"]
    assert len(row["matches"]) == 1

    pw.set_version(canary, 4)                       # removed: 404
    r = _cli(["watch", "run", "--all"], env)
    assert r.returncode == 0 and "gone (removed or not found): HTTP 200, now 404" in r.stdout
    pw.set_version(canary, 5)                       # back again
    r = _cli(["watch", "run", "--all"], env)
    assert r.returncode == 0 and "back again" in r.stdout

    r = _cli(["watch", "list", "--json"], env)
    [w] = json.loads(r.stdout)
    hist = w["history"]
    assert [h["change"] for h in hist] == ["first", "changed", "changed", "gone", "back"]
    assert [h["http_status"] for h in hist] == [200, 200, 200, 404, 200]
    assert all(h["at"].endswith("Z") and h["item"] for h in hist)
    assert w["summary"]["removed"][0]["items"] == [hist[2]["item"], hist[3]["item"]]
    r = _cli(["watch", "list"], env)
    assert "removed between" in r.stdout and "last run" in r.stdout

    # the copy is found in every run that shows it, and none of the dozen other photos is
    r = _cli(["matches", "--json"], env)
    assert r.returncode == 0
    rep = json.loads(r.stdout)
    copy_sha = hashlib.sha256(pw.copy_bytes()).hexdigest()
    assert {m["sha256"] for m in rep["matches"]} == {copy_sha}
    assert sorted(m["item"] for m in rep["matches"]) == sorted(h["item"] for h in hist if h["change"] in ("changed", "back"))
    assert all(m["distance"] <= 31 and m["quality"] >= 50 for m in rep["matches"])
    assert rep["compared"] >= 16 and rep["pending"] == 0

    # the dossier's timeline says what the runs show
    out = tmp_path / "out"
    out.mkdir()
    r = _cli(["export", "--kind", "court", "--case", "Дело 7", "--out", out / "dossier.pdf"], env)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out / "dossier.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Appendix G. Timeline of watched addresses" in text
    exhibits = {h["item"]: h["exhibit"] for h in hist}
    assert "First seen:" in text and "Last seen:" in text
    assert "Removed between" in text and exhibits[hist[3]["item"]] in text
    assert "There again between" in text
    qpdf = subprocess.run(["qpdf", "--check", str(out / "dossier.pdf")], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout
    # the reference is never in a platform report
    ref_id = json.loads(_cli(["reference", "list", "--json"], env).stdout)[0]["id"]
    r = _cli(["export", "--kind", "platform", ref_id, "--out", out / "report.pdf"], env)
    assert r.returncode == 2 and "never leave the vault" in r.stderr
    assert not (out / "report.pdf").exists()

    # nothing about the reference, the page or the matches is readable outside the vault
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    secrets = [canary, rep["matches"][0]["hash"], rep["matches"][0]["reference_hash"], copy_sha,
               hashlib.sha256(pw.reference_bytes()).hexdigest()]
    for s in secrets:
        assert find_canary([home, tmp], s) == [], s
    assert _cli(["verify"], env).returncode == 0


def test_watch_words_and_exit_codes(tmp_path, site, browser_info):
    env = _env(tmp_path, EVIDENCE_KIT_BROWSER=browser_info.path)
    r = _cli(["watch", "list"], env)
    assert r.returncode == 4                                       # no vault yet
    assert _cli(["init"], env).returncode == 0
    r = _cli(["watch", "add", "not an address"], env)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = _cli(["watch", "add", site.url("/post-short"), "--every", "5m"], env)
    assert r.returncode == 2 and "between 15 minutes" in r.stderr
    r = _cli(["watch", "add"], env)
    assert r.returncode == 2 and "needs the page's address" in r.stderr
    r = _cli(["watch", "remove", "https://nowhere.example/x"], env)
    assert r.returncode == 2 and "is not a watched page" in r.stderr
    r = _cli(["watch", "run"], env)
    assert r.returncode == 0 and "No page is watched" in r.stdout
    # one page answers, one address refuses the connection: exit 1, with words
    assert _cli(["watch", "add", site.url("/post-short")], env).returncode == 0
    assert _cli(["watch", "add", site.refused_url()], env).returncode == 0
    r = _cli(["watch", "run"], env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "1 of 2 watched pages captured and sealed; 1 could not be captured" in r.stdout
    assert "could not be captured (says nothing about the page)" in r.stdout
    r = _cli(["watch", "schedule"], env)
    assert r.returncode == 0 and "crontab -e" in r.stdout and "schtasks" in r.stdout
    assert "--passphrase-file" in r.stdout and "OnCalendar" in r.stdout
    assert "StandardOutput=null" in r.stdout and ">/dev/null 2>&1" in r.stdout
    r = _cli(["watch", "remove", site.url("/post-short")], env)
    assert r.returncode == 0 and "no longer watched" in r.stdout
    r = _cli(["watch", "list", "--json"], env)
    assert len(json.loads(r.stdout)) == 1
    r = _cli(["reference", "add", ROOT / "README.md"], env)
    assert r.returncode == 1 and "is not a photo or a video" in r.stderr
    r = _cli(["reference", "remove", "EK-0001"], env)
    assert r.returncode == 2 and "not one of the photos you are looking for" in r.stderr
    r = _cli(["matches"], env)
    assert r.returncode == 0 and "You are not looking for any photo yet" in r.stdout
