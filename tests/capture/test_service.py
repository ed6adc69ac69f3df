"""The CaptureService as the desktop app uses it: jobs from any thread, Playwright on one thread."""

from __future__ import annotations

import threading

import pytest

pytestmark = pytest.mark.browser


def test_jobs_from_another_thread_results_by_future_and_callback(vault, site, browser_info):
    from capture import CaptureOptions, CaptureService

    threads, stages, done = set(), [], threading.Event()

    def on_stage(job, stage):
        threads.add(threading.current_thread().name)
        stages.append(stage)

    service = CaptureService(vault, CaptureOptions(), browser=browser_info, on_stage=on_stage)
    results = []

    def gui():      # the app's thread: submits, never blocks on the browser
        f = service.submit(site.url("/post-short"), case="GUI")
        f.add_done_callback(lambda fut: (results.append(fut.result()), done.set()))

    t = threading.Thread(target=gui)
    t.start()
    t.join()
    assert done.wait(120)
    service.close()
    r = results[0]
    assert r.ok and r.item.case == "GUI" and vault.get(r.item.id).status == "sealed"
    assert threads == {"capture"}              # every callback on the capture thread
    assert stages[-1] == "done"


def test_cancel_discards_the_item_in_flight(vault, site, browser_info):
    from capture import CaptureOptions, CaptureService

    with CaptureService(vault, CaptureOptions(load_timeout=30, total_timeout=60, jobs=1), browser=browser_info) as s:
        f = s.submit(site.url("/never"))
        queued = s.submit(site.url("/post-short"))
        import time
        time.sleep(2)
        s.close(cancel=True)
    assert f.done() and queued.done()
    assert vault.item_count() == 0
    assert vault.verify().ok


def test_one_running_page_can_be_stopped_and_the_batch_goes_on(vault, site, browser_info):
    import time

    from capture import CaptureOptions, CaptureService
    from evidence_kit.errors import CaptureFailed

    stages: dict[str, list[str]] = {}
    with CaptureService(vault, CaptureOptions(load_timeout=30, total_timeout=60, jobs=1), browser=browser_info,
                        on_stage=lambda job, st: stages.setdefault(job.url, []).append(st)) as s:
        stuck = s.submit(site.url("/never"))
        after = s.submit(site.url("/post-short"))
        deadline = time.monotonic() + 30
        while "loading" not in stages.get(site.url("/never"), []) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "loading" in stages[site.url("/never")]
        assert s.cancel(stuck) is True
        with pytest.raises(CaptureFailed) as e:
            stuck.result(timeout=30)
        assert e.value.key == "capture.err.stopped"
        result = after.result(timeout=60)          # the next link still runs, in the same browser
    assert result.status == "sealed"
    assert [i.url for i in vault.items()] == [site.url("/post-short")]
    report = vault.verify()
    assert report.ok and not report.unreferenced
    assert s.cancel(after) is False                # an ended job cannot be stopped


def test_a_page_stopped_while_the_browser_starts_is_never_opened(vault, site, browser_info):
    """Stopped at "starting" (the browser is being launched, the page has no context yet): the
    page is not opened afterwards, and not loaded to its end to be thrown away."""
    from capture import CaptureOptions, CaptureService
    from evidence_kit.errors import CaptureFailed

    stages = []

    def on_stage(job, st):                   # on the capture thread, as the app's Stop would be
        stages.append(st)
        if st == "starting":
            service.cancel(job.future)

    service = CaptureService(vault, CaptureOptions(jobs=1), browser=browser_info, on_stage=on_stage)
    with service:
        stopped = service.submit(site.url("/post-short?stopped-at-start"))
        with pytest.raises(CaptureFailed) as e:
            stopped.result(timeout=60)
        assert e.value.key == "capture.err.stopped"
    assert "loading" not in stages and stages[-1] == "failed"
    assert "/post-short?stopped-at-start" not in site.seen
    assert vault.items() == []


def test_a_stopped_page_ends_also_while_its_video_is_being_saved(vault, site, browser_info):
    """Closing the page's browser context ends the page's own calls, not the video yt-dlp saves
    beside it: a stop ends that too, and does not wait for a stream piece that never comes."""
    import time

    from capture import CaptureOptions, CaptureService
    from evidence_kit.errors import CaptureFailed

    service = CaptureService(vault, CaptureOptions(jobs=1, video_timeout=600, total_timeout=900),
                             browser=browser_info)
    with service:
        stuck = service.submit(site.url("/streams/stalled.m3u8"))
        deadline = time.monotonic() + 60
        while "/no-answer?stalled-piece" not in site.seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "/no-answer?stalled-piece" in site.seen           # yt-dlp is waiting for the piece
        assert service.cancel(stuck) is True
        with pytest.raises(CaptureFailed) as e:
            stuck.result(timeout=40)       # yt-dlp alone would wait 20 s per try, four tries
        assert e.value.key == "capture.err.stopped"
    assert vault.items() == []


def _processes_naming(needle: str) -> list[int]:
    """Processes whose command line names `needle` (Linux /proc)."""
    import os

    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/cmdline", "rb") as f:
                    if needle.encode() in f.read():
                        found.append(int(d))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
def test_the_browser_ends_with_the_service_and_leaves_no_process_nor_folder(vault, site, browser_info):
    import os

    from capture import CaptureOptions, CaptureService

    service = CaptureService(vault, CaptureOptions(jobs=2), browser=browser_info)
    futures = [service.submit(site.url(p)) for p in ("/post-short", "/consent", "/batch/3")]
    seen = {}

    def on_done(_f):
        s = service._session
        if s is not None and s.private_dir:
            seen.setdefault("dir", s.private_dir)
            seen.setdefault("pid", s.browser_pid)
            seen.setdefault("running", _processes_naming(s.private_dir))
    futures[0].add_done_callback(on_done)
    service.finish_then_close()
    service.close()
    assert all(f.result().ok for f in futures)
    assert seen["pid"] in seen["running"]           # the browser said which process it is
    assert _processes_naming(seen["dir"]) == []     # it and every helper process have ended
    assert not os.path.exists(seen["dir"])
    assert service.temp_left_behind == []
