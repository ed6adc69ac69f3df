"""A bundle is trusted only as it will be unpacked, and only with a key obtained separately.
Black-box: the real command line on real bundles, altered the ways a forger would."""

from __future__ import annotations

import json
import re
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest

from tests.core.helpers import ROOT, cli_env, run_cli
from tests.site.server import png

PHOTO = "exhibits/EK-0001/photo.png"


def _make_bundle(tmp: Path, name: str) -> tuple[Path, dict]:
    env = cli_env(tmp, EVIDENCE_KIT_VAULT=tmp / name, EVIDENCE_KIT_PASSPHRASE="пароли " + name,
                  HOME=tmp / "home")
    assert run_cli(["init", "--collector", "Zarina"], env).returncode == 0
    src = tmp / f"{name}-src"
    src.mkdir()
    (src / "photo.png").write_bytes(png(40, 30, (200, 10, 10), text=name.encode()))
    r = run_cli(["import", src / "photo.png"], env)
    assert r.returncode == 0, r.stderr
    out = tmp / f"{name}.zip"
    r = run_cli(["export", "--kind", "bundle", "EK-0001", "--out", out], env)
    assert r.returncode == 0, r.stderr
    return out, env


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bundles")
    genuine, env = _make_bundle(tmp, "genuine")
    forged, _ = _make_bundle(tmp, "forged")
    return {"genuine": genuine, "forged": forged, "env": env, "tmp": tmp}


def _verify(bundle, *extra, lang="en"):
    env = cli_env(bundle.parent, HOME=bundle.parent / "home")
    return run_cli(["--lang", lang, "verify-bundle", bundle, *extra], env)


def _fingerprint(env) -> str:
    r = run_cli(["fingerprint"], env)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


# ------------------------------------------------------------------- the key, obtained separately
def test_fingerprint_is_the_readme_openssl_recipe(bundles, tmp_path):
    fp = _fingerprint(bundles["env"])
    assert re.fullmatch(r"[0-9a-f]{64}", fp)
    readme = (ROOT / "README.md").read_text("utf-8")
    recipe = next(line for line in readme.splitlines() if "openssl pkey -pubin" in line)
    recipe = recipe.split("#", 1)[0].strip()
    with zipfile.ZipFile(bundles["genuine"]) as z:
        (tmp_path / "public-key.pem").write_bytes(z.read("public-key.pem"))
    done = subprocess.run(["bash", "-c", recipe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == fp
    # the same recipe is the one VERIFY.txt gives, which also says to get the value separately
    with zipfile.ZipFile(bundles["genuine"]) as z:
        verify_txt = z.read("VERIFY.txt").decode()
    assert recipe in verify_txt and fp in verify_txt
    assert "through a separate channel" in verify_txt and "--expect-fingerprint" in verify_txt
    r = run_cli(["fingerprint", "--json"], bundles["env"])
    assert json.loads(r.stdout)["fingerprint"] == fp
    assert "on paper" in run_cli(["fingerprint"], bundles["env"]).stderr


def test_expect_fingerprint_accepts_the_vaults_key_and_refuses_another(bundles):
    fp = _fingerprint(bundles["env"])
    written = " ".join(fp[i:i + 4] for i in range(0, 64, 4)).upper()   # as copied from paper
    r = _verify(bundles["genuine"], "--expect-fingerprint", written)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "the one you expected" in r.stdout
    # a bundle made in another vault verifies on its own (its own key) ...
    r = _verify(bundles["forged"])
    assert r.returncode == 0 and "proves nothing" in r.stdout
    # ... but not against the collector's fingerprint
    r = _verify(bundles["forged"], "--expect-fingerprint", fp)
    assert r.returncode == 1
    assert "signed with a different key" in r.stdout and fp in r.stdout
    r = _verify(bundles["forged"], "--expect-fingerprint", fp, lang="tg")
    assert r.returncode == 1 and "бо калиди дигар имзо шудааст" in r.stdout
    r = _verify(bundles["genuine"], "--expect-fingerprint", "abc123")
    assert r.returncode == 2 and "is not a fingerprint" in r.stderr and "Traceback" not in r.stderr


# ------------------------------------------------------------------------- as it will be unpacked
def _rebuild(src: Path, dst: Path, *, before=(), after=(), dirs=()) -> Path:
    """A copy of the bundle `src`, entry by entry, with extra entries before and after."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")            # zipfile warns about duplicate names
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
            for name, data in before:
                zout.writestr(name, data)
            for d in dirs:
                zout.writestr(zipfile.ZipInfo(d), b"")
            for info in zin.infolist():
                with zin.open(info) as f:
                    zout.writestr(info, f.read())
            for name, data in after:
                zout.writestr(name, data)
    return dst


ALTERED = png(40, 30, (10, 200, 10), text=b"altered")

CASES = {
    "altered copy before the genuine one": (dict(before=[(PHOTO, ALTERED)]), "is in the ZIP file 2 times"),
    "altered copy after the genuine one": (dict(after=[(PHOTO, ALTERED)]), "is in the ZIP file 2 times"),
    "second SHA256SUMS": (dict(before=[("SHA256SUMS", b"0" * 64 + b"  x\n")]), "SHA256SUMS is in the ZIP file 2 times"),
    "dot-dot name": (dict(after=[("exhibits/../../escape.txt", b"x")]), "is not a safe name"),
    "absolute name": (dict(after=[("/tmp/evil.txt", b"x")]), "is not a safe name"),
    "backslash name": (dict(after=[("exhibits\\EK-0001\\photo.png", ALTERED)]), "is not a safe name"),
    "folder entry shadowing a file": (dict(dirs=["manifest.json/"]), "is both a file and a folder"),
    "file shadowing a folder": (dict(after=[("exhibits", b"x")]), "is both a file and a folder"),
    "names differing in case only": (dict(after=[("exhibits/EK-0001/PHOTO.png", ALTERED)]), "differ only in capital letters"),
    "file not covered by SHA256SUMS": (dict(after=[("exhibits/EK-0001/extra.txt", b"x")]), "not in SHA256SUMS"),
    "new folder not covered": (dict(after=[("timestamps/record.json", b"{}")]), "not in SHA256SUMS"),
}


def test_genuine_bundle_passes(bundles):
    r = _verify(bundles["genuine"])
    assert r.returncode == 0, r.stdout


@pytest.mark.parametrize("case", list(CASES))
def test_tampered_zip_structure_is_refused(bundles, tmp_path, case):
    how, words = CASES[case]
    bad = _rebuild(bundles["genuine"], tmp_path / "tampered.zip", **how)
    r = _verify(bad)
    assert r.returncode == 1, (case, r.stdout)
    assert words in r.stdout, (case, r.stdout)
    assert "did NOT pass" in r.stdout and "Traceback" not in r.stdout + r.stderr
    js = json.loads(run_cli(["verify-bundle", "--json", bad], cli_env(tmp_path)).stdout)
    assert js["ok"] is False and js["problems"]


def test_structure_words_in_russian_and_tajik(bundles, tmp_path):
    bad = _rebuild(bundles["genuine"], tmp_path / "t.zip", before=[(PHOTO, ALTERED)])
    assert "встречается в ZIP-файле 2 раза." in _verify(bad, lang="ru").stdout
    assert "дар файли ZIP 2 маротиба омадааст" in _verify(bad, lang="tg").stdout


