"""The built site loads nothing from other hosts: checked in the built files after every build,
refused under --strict (the last good site stays), warned about otherwise."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from generator.engine import privacy

from .conftest import ROOT, run
from .content_edits import build_project, insert_after, snapshot

ANALYTICS = "https://www.googletagmanager.com/gtag/js?id=G-XXXX"


def _add_analytics(root: Path) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nextra:\n" in text
    config.write_text(text.replace(
        "\nextra:\n", "\nextra:\n  analytics:\n    provider: google\n    property: G-XXXX\n", 1),
        encoding="utf-8")


def test_analytics_fail_a_strict_build_and_the_old_site_stays(tmp_path: Path):
    root = build_project(tmp_path / "p")
    before = snapshot(root / "site")
    _add_analytics(root)
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if ANALYTICS in line]
    assert len(lines) == 1  # one line per URL, however many pages load it
    assert lines[0].startswith("site/") and ".html: loads " in lines[0]
    assert "from another host: remove it from mkdocs.yml (extra.analytics)" in lines[0]
    assert "site/ left as it was" in result.output
    assert snapshot(root / "site") == before
    assert not list(root.glob(".site-*"))


def test_without_strict_it_is_a_warning_and_the_site_is_built(tmp_path: Path):
    root = build_project(tmp_path / "p")
    _add_analytics(root)
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert any(": warning: loads " + ANALYTICS in line for line in result.output.splitlines())
    assert ANALYTICS.split("?")[0] in (root / "site/index.html").read_text(encoding="utf-8")


def test_an_override_template_that_loads_a_cdn_script_is_caught(tmp_path: Path):
    root = build_project(tmp_path / "p")
    main = root / "site_templates/overrides/main.html"
    lines = main.read_text(encoding="utf-8").count("\n")
    insert_after(main, lines, '{% block libs %}{{ super() }}'
                              '<script src="//cdn.example.org/lib.js"></script>{% endblock %}')
    result = run(root, "build", "--strict")
    assert result.exit_code == 1
    assert "loads //cdn.example.org/lib.js from another host" in result.output
    assert "site_templates/overrides" in result.output


def test_the_shipped_site_loads_nothing_from_other_hosts(tmp_path: Path):
    root = tmp_path / "shipped"
    root.mkdir()
    for part in ("mkdocs.yml", "site_templates", "content", "seeds"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, root / part)
    result = run(root, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert "from another host" not in result.output
    started = time.process_time()
    assert privacy.scan_site(root / "site", "site") == []
    assert time.process_time() - started < 5


def test_every_kind_of_load_is_found_and_navigation_is_not():
    page = """<html><head>
      <link rel="stylesheet" href="https://cdn.example/a.css">
      <link rel="preconnect" href="https://fonts.gstatic.com">
      <link rel="icon" href="//icons.example/i.png">
      <link rel="manifest" href="https://m.example/m.json">
      <link rel="alternate" type="application/atom+xml" href="https://site.example/feed.xml">
      <link rel="canonical" href="https://site.example/page/">
      <meta http-equiv="refresh" content="0; url=https://away.example/">
      <script type="application/ld+json">{"url": "https://site.example/page/"}</script>
      <script>var s = document.createElement("script"); s.src = "https://tag.example/t.js";</script>
      <style>@import "https://css.example/i.css"; body { background: url(//bg.example/b.png) }</style>
      </head><body>
      <a href="https://news.example/article">the article</a>
      <img src="https://img.example/a.png" srcset="local.png 1x, https://img.example/b.png 2x">
      <video poster="https://poster.example/p.jpg"><source src="//media.example/v.mp4">
      <track src="https://subs.example/s.vtt"></video>
      <audio src="https://audio.example/a.mp3"></audio>
      <iframe src="https://frame.example/"></iframe><object data="https://obj.example/o"></object>
      <embed src="https://embed.example/e"><div style="background-image:url('https://st.example/s.png')"></div>
      <img src="assets/local.png"><script src="assets/local.js"></script>
      <pre><code>&lt;script src="https://escaped.example/x.js"&gt;</code></pre>
      </body></html>"""
    found = privacy.scan_html(page)
    assert sorted(found) == sorted([
        "https://cdn.example/a.css", "https://fonts.gstatic.com", "//icons.example/i.png",
        "https://m.example/m.json", "https://away.example/", "https://tag.example/t.js",
        "https://css.example/i.css", "//bg.example/b.png", "https://img.example/a.png",
        "https://img.example/b.png", "https://poster.example/p.jpg", "//media.example/v.mp4",
        "https://subs.example/s.vtt", "https://audio.example/a.mp3", "https://frame.example/",
        "https://obj.example/o", "https://embed.example/e", "https://st.example/s.png"])
    assert privacy.scan_css("a{background:url('https://x.example/y.png')} @import url(//z.example/c.css);") \
        == ["https://x.example/y.png", "//z.example/c.css"]


@pytest.mark.parametrize(("markup", "url"), [
    # '<!-->' is a whole comment to a browser: what follows it runs
    ('<!--><script src="https://evil.example/t.js"></script><!-- x -->', "https://evil.example/t.js"),
    ('<!---><img src="https://evil.example/p.gif"><!-- x -->', "https://evil.example/p.gif"),
    ('<!-- a --!><img src="https://evil.example/q.gif"><!-- b -->', "https://evil.example/q.gif"),
    # addresses a browser sends to another host though they do not start with //
    ('<img src="http:evil.example/pixel.gif">', "http:evil.example/pixel.gif"),
    ('<script src="/\\evil.example/a.js"></script>', "/\\evil.example/a.js"),
    ('<script src="ht&#9;tps://evil.example/b.js"></script>', "ht\ttps://evil.example/b.js"),
    ('<base href="https://cdn.example/">', "https://cdn.example/"),
    ('<img src="x.png" onerror="fetch(\'https://evil.example/c\')">', "https://evil.example/c"),
    ('<body background="https://evil.example/bg.png">', "https://evil.example/bg.png"),
    ('<iframe srcdoc="&lt;img src=&quot;https://evil.example/d.png&quot;&gt;"></iframe>',
     "https://evil.example/d.png"),
    ('<div style="background: image-set(\'https://evil.example/e.png\' 1x)"></div>',
     "https://evil.example/e.png"),
    ('<link rel="prerender" href="https://evil.example/next">', "https://evil.example/next"),
    ('<a href="page/" ping="https://evil.example/ping">x</a>', "https://evil.example/ping"),
    ('<a href="https://github.com/o/r" data-md-component="source">repo</a>',
     "https://github.com/o/r"),
])
def test_loads_that_hide_from_a_simple_reading_are_found(markup: str, url: str):
    assert privacy.scan_html(f"<html><body>{markup}</body></html>") == [url]


def test_inline_svg_data_and_comments_in_css_fetch_nothing():
    css = ("/* see https://docs.example/ */ a{background:url(\"data:image/svg+xml;charset=utf-8,"
           "<svg xmlns='http://www.w3.org/2000/svg'/>\")} b{mask:url('data:x,\"//no.example\"')}")
    assert privacy.scan_css(css) == []
