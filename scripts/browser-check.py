#!/usr/bin/env python3
"""Checks a generated site in headless Chromium, the way a reader's browser sees it.

usage: browser-check.py SITE_DIR XSS_SITE_DIR [--chromium PATH]

SITE_DIR is the site of Corpus/ (make site); XSS_SITE_DIR the site of Tests/Browser/xss-sample.txt,
a transcription full of HTML. Each page is loaded from file:// with a virtual-time budget (so the
page's scripts run to completion, deterministically) and its DOM read back after the scripts ran:

  1. the index lists every document of the edition;
  2. search.html?q=FILIPPOV finds the seed cable and links to the mention, whose anchor exists;
  3. the register entry of Stalin links to anchors that exist on the reading pages;
  4. the markup in the XSS sample shows as text and none of its scripts or handlers ran;
  5. no page requests anything outside SITE_DIR: Chromium's network log of every page holds no
     http(s)/ws request, and every src/href a page loads (scripts, styles, images, frames)
     is a relative path to a file inside SITE_DIR.

Exit status 0 when every check passes, 1 otherwise, 2 when Chromium is missing.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Attributes whose URL the browser fetches when the page loads (links in <a href> are not fetched).
LOADED = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"),
          ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href")}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


class Browser:
    def __init__(self, chromium):
        self.chromium = chromium
        self.profile = tempfile.mkdtemp(prefix="tei-edition-chromium-")

    def load(self, page, query=""):
        """The DOM after the page's scripts ran, and the URLs of Chromium's network log."""
        netlog = os.path.join(self.profile, "netlog.json")
        url = page.resolve().as_uri() + query
        args = [self.chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-features=Translate,OptimizationHints",
                "--user-data-dir=" + self.profile, "--log-net-log=" + netlog,
                "--virtual-time-budget=5000", "--dump-dom", url]
        done = subprocess.run(args, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"chromium failed on {url}: {done.stderr[-2000:]}")
        builder = TreeBuilder()
        builder.feed(done.stdout)
        return builder.root, done.stdout, self.page_requests(netlog)

    @staticmethod
    def page_requests(netlog):
        """URLs the page asked the network stack for. Chromium's own traffic (updates, time,
        accounts) has no initiator ("not an origin"); a file:// page's requests have "null"."""
        log = json.loads(Path(netlog).read_text(errors="replace"))
        start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        return [e["params"]["url"] for e in log["events"] if e["type"] == start
                and "url" in e.get("params", {}) and e["params"].get("initiator") != "not an origin"]

    def close(self):
        shutil.rmtree(self.profile, ignore_errors=True)


class Checks:
    def __init__(self):
        self.failures = 0

    def expect(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures += 1
        return ok


def by_id(root, anchor):
    return next((n for n in root.walk() if n.attrs.get("id") == anchor), None)


def links(root):
    return [n.attrs["href"] for n in root.walk() if n.tag == "a" and n.attrs.get("href")]


def target(page, href):
    """The file and fragment a relative link of `page` points at."""
    path, fragment = urldefrag(href)
    return (page.parent / unquote(path)).resolve() if path else page.resolve(), unquote(fragment)


def check_index(browser, site, checks):
    root, _, _ = browser.load(site / "index.html")
    documents = sorted(p.stem for p in (site / "tei").glob("*.xml"))
    listed = sorted({target(site / "index.html", h)[0].stem for h in links(root) if h.startswith("documents/")})
    checks.expect(len(documents) > 0 and listed == documents,
                  f"index lists every document ({len(listed)} of {len(documents)})")


def check_anchor(browser, page, href, expected_text, checks, what):
    file, fragment = target(page, href)
    if not checks.expect(file.is_file(), f"{what}: {href} names a page of the site"):
        return
    root, _, _ = browser.load(file)
    node = by_id(root, fragment)
    checks.expect(node is not None and expected_text.lower() in node.text().lower(),
                  f"{what}: anchor #{fragment} exists and holds '{expected_text}'")


def check_search(browser, site, checks):
    page = site / "search.html"
    root, _, _ = browser.load(page, "?q=FILIPPOV")
    hits = [n.attrs["href"] for n in root.walk() if n.tag == "a" and "000_dccbfe2cab0ae208.html#" in n.attrs.get("href", "")
            and "FILIPPOV" in n.text()]
    if checks.expect(bool(hits), "search for FILIPPOV links to a FILIPPOV mention in the seed cable"):
        check_anchor(browser, page, hits[0], "FILIPPOV", checks, "search result")


def check_register(browser, site, checks):
    page = site / "persons.html"
    root, _, _ = browser.load(page)
    entry = by_id(root, "stalin")
    if not checks.expect(entry is not None, "persons register has an entry #stalin"):
        return
    mentions = [h for h in links(entry) if h.startswith("documents/") and "#" in h]
    if checks.expect(bool(mentions), "the entry links to its mentions"):
        check_anchor(browser, page, mentions[0], "", checks, "register link")
        seed = [h for h in mentions if "000_dccbfe2cab0ae208" in h]
        if checks.expect(bool(seed), "the entry links to the seed cable"):
            check_anchor(browser, page, seed[0], "Stalin", checks, "register link to the seed")


def check_xss(browser, xss_site, checks):
    pages = [xss_site / "index.html"] + sorted((xss_site / "documents").glob("*.html"))
    for page in pages:
        _, dom, _ = browser.load(page)
        html = re.search(r"<html[^>]*>", dom)
        checks.expect(html is not None and "data-xss" not in html.group(0),
                      f"{page.relative_to(xss_site)}: no script of the transcription ran")
    _, dom, _ = browser.load(pages[-1])
    checks.expect("&lt;/p&gt;&lt;script&gt;" in dom, f"{pages[-1].relative_to(xss_site)}: the markup shows as text")


def check_offline(browser, site, checks):
    site = site.resolve()
    for page in sorted(site.rglob("*.html")):
        root, _, requested = browser.load(page)
        remote = [u for u in requested if urlsplit(u).scheme in ("http", "https", "ws", "wss")]
        outside = []
        for node in root.walk():
            for tag, attr in LOADED:
                value = node.attrs.get(attr) if node.tag == tag else None
                if value is None or value.startswith("data:"):
                    continue
                file, _ = target(page, value)
                if urlsplit(value).scheme or not file.is_file() or site not in file.parents:
                    outside.append(value)
        checks.expect(not remote and not outside,
                      f"{page.relative_to(site)}: loads nothing outside the site" + (f" {remote + outside}" if remote or outside else ""))


def main(argv):
    args = [a for a in argv if not a.startswith("--chromium")]
    chromium = next((a.split("=", 1)[1] for a in argv if a.startswith("--chromium=")), None) \
        or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not chromium:
        print("browser-check: Chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    site, xss_site = Path(args[0]), Path(args[1])
    browser, checks = Browser(chromium), Checks()
    try:
        check_index(browser, site, checks)
        check_search(browser, site, checks)
        check_register(browser, site, checks)
        check_xss(browser, xss_site, checks)
        check_offline(browser, site, checks)
    finally:
        browser.close()
    print(f"browser-check: {checks.failures} failed" if checks.failures else "browser-check: all passed")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
