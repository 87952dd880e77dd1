"""Drive a headless Chromium over the DevTools protocol, with nothing but the standard library.

Used by the browser tests and ``benchmarks/views.py`` to check pages kg writes:
load a file, wait until a JavaScript condition holds, read values, take a
screenshot, and list every network request the page made. The protocol runs
over a pipe (``--remote-debugging-pipe``: commands on fd 3, replies on fd 4,
each message JSON ended by a NUL byte), so no websocket client, no open port
and no extra dependency is needed.

::

    with Chromium() as browser:
        page = browser.open(Path("graph.html"), wait_for="window.kgSettled === true")
        page.evaluate("document.title")
        page.screenshot(Path("graph.png"))
        page.requests          # every URL the page asked for

Chromium comes from the system (Debian's ``chromium``); :func:`find_chromium`
says where, or None. Everything the browser might fetch by itself (updates,
sync, field trials) is switched off, and a proxy on an unused local port
stands between the page and any network.
"""

from __future__ import annotations

import base64
import fcntl
import json
import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from kg.errors import KGError

__all__ = ["Chromium", "Page", "BrowserError", "find_chromium", "CHROMIUM_FLAGS"]

logger = logging.getLogger(__name__)

#: Names the Chromium executable goes by, in the order they are looked up on PATH.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")

#: Flags for a quiet, reproducible headless browser that fetches nothing of its own.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # tests run as root in containers
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-pings",
    "--disable-component-extensions-with-background-pages",
    "--disable-breakpad",
    "--metrics-recording-only",
    "--password-store=basic",
    "--use-mock-keychain",
    "--disable-field-trial-config",
    # the browser's own background calls (network time, hints, translation), not the page's
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,OptimizationGuideModelDownloading,"
    "Translate,MediaRouter,AutofillServerCommunication,InterestFeedContentSuggestions",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",  # containers often have a small /dev/shm
)


class BrowserError(KGError):
    """Chromium is missing, did not start, or a DevTools command failed."""


def find_chromium() -> str | None:
    """The path of a Chromium executable on PATH, or None.

    >>> find_chromium() is None or Path(find_chromium()).name in CHROMIUM_NAMES
    True
    """
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            # Debian's /usr/bin/chromium is a shell wrapper that adds Google API keys and
            # --enable-remote-extensions (so the browser calls Google at start); use the binary.
            binary = Path("/usr/lib/chromium/chromium")
            return str(binary) if name == "chromium" and binary.is_file() else path
    return None


class Chromium:
    """One headless Chromium process, talking DevTools over a pipe. Use it as a context manager.

    ``proxy`` (``host:port``) is where the browser sends any http(s) request;
    the default is a port on 127.0.0.1 that nothing listens on, so a request
    that slips through fails instead of reaching the network.
    """

    def __init__(
        self,
        executable: str | None = None,
        *,
        width: int = 1280,
        height: int = 900,
        proxy: str | None = None,
    ) -> None:
        self.executable = executable or find_chromium()
        if self.executable is None:
            raise BrowserError(f"no Chromium found on PATH (looked for {', '.join(CHROMIUM_NAMES)})")
        self.width, self.height = width, height
        self.proxy = proxy or "127.0.0.1:9"  # the discard port: nothing answers
        self._profile: tempfile.TemporaryDirectory[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._events: list[dict[str, Any]] = []
        self._lock = threading.Condition()
        self._reader: threading.Thread | None = None

    # -- process -------------------------------------------------------------------------------

    def __enter__(self) -> Chromium:
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        commands_read, commands_write = os.pipe()
        replies_read, replies_write = os.pipe()

        def child_fds() -> None:  # runs in the child: the pipe's ends become fds 3 and 4
            # Move both ends out of the way first: either may itself be fd 3 or 4.
            high_read = fcntl.fcntl(commands_read, fcntl.F_DUPFD_CLOEXEC, 10)
            high_write = fcntl.fcntl(replies_write, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(high_read, 3)  # dup2 makes them inheritable across exec
            os.dup2(high_write, 4)

        args = [
            self.executable,
            *CHROMIUM_FLAGS,
            "--remote-debugging-pipe",
            f"--user-data-dir={self._profile.name}",
            f"--window-size={self.width},{self.height}",
            f"--proxy-server=http://{self.proxy}",
            "--proxy-bypass-list=<-loopback>",  # the proxy sees loopback requests too
            "about:blank",
        ]
        self._process = subprocess.Popen(  # noqa: S603 - a fixed executable and fixed flags
            args, env={k: v for k, v in os.environ.items() if not k.startswith("GOOGLE_")}, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child_fds, close_fds=False,  # other fds are close-on-exec (PEP 446)
        )
        os.close(commands_read)
        os.close(replies_write)
        self._out = os.fdopen(commands_write, "wb", buffering=0)
        self._in = os.fdopen(replies_read, "rb", buffering=0)
        self._reader = threading.Thread(target=self._read_loop, name="chromium-devtools", daemon=True)
        self._reader.start()
        try:
            self.call("Target.getTargets", timeout=30)  # the browser is up and answering
        except BrowserError:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._process is not None:
            try:
                self.call("Browser.close", timeout=5)
            except BrowserError:
                pass  # it may already be gone; it is killed below either way
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._out.close()
            self._process = None
        if self._profile is not None:
            self._profile.cleanup()
            self._profile = None

    # -- protocol ------------------------------------------------------------------------------

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            chunk = self._in.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._lock:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self._events.append(message)
                self._lock.notify_all()
        with self._lock:
            self._lock.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None,
             timeout: float = 60) -> dict[str, Any]:
        """Send one DevTools command and return its result; raise BrowserError on an error reply."""
        if self._process is None:
            raise BrowserError("the browser is not running")
        with self._lock:
            self._next_id += 1
            ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            self._out.write(json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise BrowserError(f"{method}: the browser has exited") from None
        deadline = time.monotonic() + timeout
        with self._lock:
            while ident not in self._replies:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._reader or not self._reader.is_alive():
                    raise BrowserError(f"{method}: no reply within {timeout} s")
                self._lock.wait(remaining)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def events(self, method: str, session: str | None = None) -> list[dict[str, Any]]:
        """The parameters of every event ``method`` received so far (for ``session`` if given)."""
        with self._lock:
            return [
                e.get("params", {}) for e in self._events
                if e.get("method") == method and (session is None or e.get("sessionId") == session)
            ]

    # -- pages ---------------------------------------------------------------------------------

    def open(self, path: Path | str, *, wait_for: str | None = None, timeout: float = 60) -> Page:
        """Open ``path`` (a file) in a new tab, wait for its load event, then for ``wait_for``
        (a JavaScript expression) to be truthy, and return the page."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session=session)
        page.url = Path(path).resolve().as_uri() if not str(path).startswith(("file:", "about:")) else str(path)
        page.started = time.monotonic()
        self.call("Page.navigate", {"url": page.url}, session=session)
        page.wait_for("document.readyState === 'complete'", timeout=timeout)
        if wait_for:
            page.wait_for(wait_for, timeout=timeout)
        return page


class Page:
    """One tab of a :class:`Chromium`."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session
        self.url = ""
        self.started = 0.0

    def evaluate(self, expression: str, *, timeout: float = 60) -> Any:
        """The value of a JavaScript expression (JSON-serialisable values only)."""
        result = self.browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                        "awaitPromise": True}, session=self.session,
                                   timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error in {expression[:60]!r}: {text}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float = 60, interval: float = 0.05) -> float:
        """Wait until ``expression`` is truthy; return the seconds since the page was opened."""
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"Boolean({expression})"):
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out after {timeout} s waiting for {expression!r} on {self.url}")
            time.sleep(interval)
        return time.monotonic() - self.started

    def click(self, x: float, y: float) -> None:
        """A real mouse click at page coordinates (moves the pointer there first)."""
        for kind, extra in (("mouseMoved", {}), ("mousePressed", {"button": "left", "clickCount": 1}),
                            ("mouseReleased", {"button": "left", "clickCount": 1})):
            self.browser.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, **extra},
                              session=self.session)

    def hover(self, x: float, y: float) -> None:
        self.browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y},
                          session=self.session)

    def screenshot(self, path: Path | str) -> Path:
        data = self.browser.call("Page.captureScreenshot", {"format": "png"}, session=self.session)["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    @property
    def requests(self) -> list[str]:
        """Every URL this page requested, the page itself included."""
        return [e["request"]["url"] for e in self.browser.events("Network.requestWillBeSent", self.session)]

    @property
    def console_errors(self) -> list[str]:
        """Uncaught JavaScript exceptions of this page."""
        return [
            e["exceptionDetails"].get("exception", {}).get("description") or e["exceptionDetails"].get("text", "")
            for e in self.browser.events("Runtime.exceptionThrown", self.session)
        ]
