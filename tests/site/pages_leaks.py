"""Pages for the tests of what a capture must not let out (tests/capture/test_leaks.py). Under /leaks/.

    /leaks/rotate          a logged-in page (the request carries the cookie `sid`) that rotates the
                           login token: it answers with `Set-Cookie: sid=<ROTATE["token"]>`. The token
                           is set by the test, so that it is in no address.
    /leaks/webrtc?port=N   a page whose script makes an RTCPeerConnection with the STUN server
                           stun:127.0.0.1:N and starts gathering candidates (createOffer and
                           setLocalDescription), in the page itself, in a same-origin frame, in a
                           srcdoc frame, through a frame's contentWindow taken at once, and in a
                           worker; the page's title says what each could do
    /leaks/stream/master.m3u8  an HLS master playlist (sent as text, so that the browser does not
                           play it) whose one variant is DIRECT["base"]/leaks/stream/video.m3u8:
                           a listener on 127.0.0.1 set by the test, which a request through the
                           test proxies never reaches (they send every address to this site)
    /leaks/stream/video.m3u8   that variant, which only ffmpeg can fetch
                           (`#EXT-X-KEY:METHOD=SAMPLE-AES`); its key and pieces are beside it
"""

from __future__ import annotations

from . import server

ROTATE: dict[str, str] = {"token": ""}
DIRECT: dict[str, str] = {"base": ""}

_PROBE = """
async function probe(win, port) {
  const out = {};
  for (const n of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCSessionDescription',
                   'RTCIceCandidate']) out[n] = typeof win[n];
  out.getUserMedia = !!(win.navigator.mediaDevices && win.navigator.mediaDevices.getUserMedia);
  const PC = win.RTCPeerConnection || win.webkitRTCPeerConnection;
  if (typeof PC !== 'function') { out.pc = 'none'; return out; }
  try {
    const pc = new PC({iceServers: [{urls: 'stun:127.0.0.1:' + port}]});
    pc.createDataChannel('x');
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    out.pc = 'gathering';
    win.__keep = pc;
  } catch (e) { out.pc = 'error: ' + e; }
  return out;
}
"""


def _webrtc(h, port: str) -> None:
    # the listener first: the frames (after the script) can only answer once it is there
    body = f"""<h1>WebRTC</h1><pre id="out">…</pre>
<script>{_PROBE}
const results = {{}};
function show() {{ document.getElementById('out').textContent = JSON.stringify(results);
                  document.title = 'WebRTC ' + Object.keys(results).length; }}
window.addEventListener('message', e => {{ Object.assign(results, e.data); show(); }});
probe(window, {port}).then(r => {{ results.page = r; show(); }});
// a frame made now and used at once, before anything could have run in it
const f = document.createElement('iframe');
document.body.appendChild(f);
probe(f.contentWindow, {port}).then(r => {{ results.grabbed = r; show(); }});
// a worker (WebRTC is not offered to workers; the page records what it saw)
const w = new Worker(URL.createObjectURL(new Blob(["postMessage({{worker: {{RTCPeerConnection: typeof RTCPeerConnection}}}})"],
                                                 {{type: 'text/javascript'}})));
w.onmessage = e => {{ Object.assign(results, e.data); show(); }};
</script>
<iframe id="same" src="/leaks/webrtc-frame?port={port}"></iframe>
<iframe id="doc" srcdoc="<script>{_PROBE.replace('&', '&amp;').replace('"', '&quot;')}probe(window, {port}).then(r => parent.postMessage({{srcdoc: r}}, '*'));</script>"></iframe>"""
    h._html(server._page("WebRTC 0", body))


def _get(h, path: str, q: dict):
    if path == "/leaks/rotate":
        cookies = h.headers.get("Cookie", "")
        signed = any(c.strip().startswith("sid=") for c in cookies.split(";"))
        words = "Signed in, token renewed" if signed else "Not signed in"
        headers = {"Set-Cookie": f"sid={ROTATE['token']}; Path=/; HttpOnly; SameSite=Lax"} if signed else {}
        return h._html(server._page("Rotate", f"<div class='post'><h1 id='who'>{words}</h1>"
                                              f"<p>{server.POST_TEXT}</p></div>"), headers=headers)
    if path == "/leaks/webrtc":
        return _webrtc(h, q.get("port", ["9"])[0])
    if path == "/leaks/webrtc-frame":
        port = q.get("port", ["9"])[0]
        return h._html(server._page("frame", f"<script>{_PROBE}probe(window, {port}).then(r => "
                                             "parent.postMessage({frame: r}, '*'));</script>"))
    if path == "/leaks/stream/master.m3u8":        # as text: the browser shows it, does not play it
        text = ("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=160x120\n"
                f"{DIRECT['base']}/leaks/stream/video.m3u8\n")
        return h._send(200, text.encode(), "text/plain; charset=utf-8")
    if path == "/leaks/stream/video.m3u8":         # its key and pieces are beside it (on DIRECT)
        text = ("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-PLAYLIST-TYPE:VOD\n"
                '#EXT-X-KEY:METHOD=SAMPLE-AES,URI="key.bin",IV=0x00000000000000000000000000000001\n'
                "#EXTINF:1.0,\nseg0.ts\n#EXTINF:1.0,\nseg1.ts\n#EXT-X-ENDLIST\n")
        return h._send(200, text.encode(), "application/vnd.apple.mpegurl")
    return h._html(server.page_error(404), 404)


server.register("/leaks/", _get)
