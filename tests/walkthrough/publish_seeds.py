"""`make walkthrough`: every seed (/work/shared/seeds, described in docs/editors-walkthrough.md) published from a
blank site by an Editors-group user, in English then Spanish, in Chromium through Wagtail's admin.

A fresh SQLite database is migrated (no demo content: Wagtail's welcome page only) and given the congress data
(`import_legislators`, the installer's step the README names), an Editors-group user is made,
`runserver` serves it on a free port, and the editor builds each seed's pages from the admin, publishes them,
translates them with wagtail-localize's "Translate" flow and checks both public pages. Each seed and language is
timed; a Markdown report goes to stdout and to `walkthrough-report.md` (or the path given). Not part of `make test`:
it takes a few minutes."""

import datetime
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.e2e import chromium
from tests.walkthrough.admin_steps import Clock, Editor, StepFailed
from tests.walkthrough.seed_texts import SPANISH, TEXT

ROOT = Path(__file__).resolve().parents[2]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def blank_site(folder, port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder}/walkthrough.sqlite3",
        "PORT": str(port),
        "MEDIA_ROOT": str(Path(folder) / "media"),
    }
    if os.environ.get("WALKTHROUGH_BLANK_DB"):  # a database migrated earlier (to rerun quickly while developing)
        shutil.copy(os.environ["WALKTHROUGH_BLANK_DB"], f"{folder}/walkthrough.sqlite3")
    manage(env, "migrate", "--no-input")
    manage(env, "import_legislators")  # the installer's step (README, "Legislators' data"): who represents a ZIP
    manage(env, "set_dev_site", "--hostname", "127.0.0.1", "--port", str(port))
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User; "
        "u = User.objects.create_user('writer', 'writer@staff.example.org', 'pw'); "
        "u.groups.add(Group.objects.get(name='Editors'))",
    )
    return env


def serve(env, port):
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("runserver did not answer")


def public(ed, path, *expected):
    """A visitor's view (a fresh context: no admin session): 200 and every expected text on the page."""
    context = ed.page.context.browser.new_context()
    page = context.new_page()
    response = page.goto(ed.url + path)
    body = page.locator("body").inner_text()
    context.close()
    missing = [text for text in expected if text not in body]
    if response.status != 200 or missing:
        raise StepFailed(f"{path}: HTTP {response.status}, missing {missing}")
    ed.step(f"Check {path} as a visitor: {', '.join(repr(t[:40]) for t in expected)}.")


def path_of(ed, page_id):
    """The public path of a page, read from its "Live" status link in the page editor's header."""
    ed.page.goto(f"{ed.url}/admin/pages/{page_id}/edit/")
    href = ed.page.locator("a[aria-label*='Visit the live page']").first.get_attribute("href")
    return href.removeprefix(ed.url)


def spanish_id(ed, page_id):
    """The Spanish page's id: the English page's header "⋯" → the locale switch to Spanish."""
    ed.page.goto(f"{ed.url}/admin/pages/{page_id}/edit/")
    link = ed.page.locator("a[href*='/edit/']", has_text="Spanish").first
    return int(link.get_attribute("href").split("/pages/")[1].split("/")[0])


def translate_and_publish(ed, page_id):
    ed.translate_page(page_id)
    ed.fill_segments(SPANISH)
    return ed.publish("Publish in Spanish")


# The seeds -----------------------------------------------------------------------------------------------------------


def site_frame(ed, ids):
    """The home page, its Spanish version, the donate page, the menus and the site text."""
    t = TEXT["home"]
    ed.add_child(1, "Home page")
    ed.fill("title", t["title"])
    ed.fill("hero_heading", t["hero_heading"])
    ed.fill("hero_intro", t["hero_intro"])
    ids["home"] = ed.publish()
    ed.add_child(ids["home"], "Donate page")
    ed.fill("title", TEXT["donate"]["title"])
    ed.fill("intro", TEXT["donate"]["intro"])
    ids["donate"] = ed.publish()
    public(ed, "/", t["hero_heading"])


def site_frame_es(ed, ids):
    ids["home_es"] = translate_and_publish(ed, ids["home"])
    ids["donate_es"] = translate_and_publish(ed, ids["donate"])
    public(ed, "/es/", SPANISH[TEXT["home"]["hero_heading"]])


def seed_000(ed, ids):
    t = TEXT["000"]
    ed.add_child(ids["home"], "Weekly actions index")
    ed.fill("title", "Take Action Now")
    ids["weekly_index"] = ed.publish()
    ed.add_child(ids["weekly_index"], "Weekly actions")
    ed.fill("title", t["title"])
    ed.fill("intro", t["intro"])
    for n, action in enumerate(t["actions"]):
        if n:
            ed.add_block("actions", "Action")
        ed.block_text("actions", n, "title", action["title"])
        ed.block_text("actions", n, "text", action["text"])
        ed.block_select("actions", n, "kind", action["kind"])
        ed.block_text("actions", n, "link_url", action["url"])
        ed.block_text("actions", n, "link_label", action["label"])
    ed.step(f"Fill each of the {len(t['actions'])} actions: title, text, kind, link and button text.")
    ed.add_block("body", "Email sign-up")
    ids["weekly"] = ed.publish()
    ids["weekly_path"] = path_of(ed, ids["weekly"])
    public(ed, ids["weekly_path"], t["intro"][:60], *(a["title"] for a in t["actions"]), "Sign up")


def seed_000_es(ed, ids):
    t = TEXT["000"]
    ids["weekly_index_es"] = translate_and_publish(ed, ids["weekly_index"])
    ids["weekly_es"] = translate_and_publish(ed, ids["weekly"])
    path = path_of(ed, ids["weekly_es"])
    public(ed, path, SPANISH[t["intro"]][:60], *(SPANISH[a["title"]] for a in t["actions"]))


def seed_001(ed, ids):
    t = TEXT["001"]
    ed.add_child(ids["home"], "Campaign index page")
    ed.fill("title", "Campaigns")
    ids["campaigns"] = ed.publish()
    ed.add_child(ids["campaigns"], "Campaign page")
    ed.fill("title", t["campaign"])
    ed.fill("summary", t["summary"])
    ed.select("status", "Active")
    index = ed.add_block("body", "Text")
    ed.block_rich_text("body", index, t["body"])
    index = ed.add_block("body", "Donate box")
    ed.block_text("body", index, "heading", t["ask_heading"])
    ed.block_text("body", index, "text", t["ask_text"])
    ids["campaign"] = ed.publish()
    ed.add_child(ids["campaign"], "Petition")
    ed.fill("title", t["petition"])
    ed.fill("intro", t["petition_intro"])
    ed.fill("target", t["target"])
    ed.rich_text("petition_text", t["petition_text"])
    ed.tab("Action")
    ed.select("sign_on_mode", "Both: individuals and organisations")
    ids["petition"] = ed.publish()
    ids["campaign_path"] = path_of(ed, ids["campaign"])
    public(ed, ids["campaign_path"], t["summary"][:50], t["ask_heading"], "$5", "$10")
    public(ed, path_of(ed, ids["petition"]), t["petition"], "Full name", "organisation")


def seed_001_es(ed, ids):
    t = TEXT["001"]
    ids["campaigns_es"] = translate_and_publish(ed, ids["campaigns"])
    ids["campaign_es"] = translate_and_publish(ed, ids["campaign"])
    ids["petition_es"] = translate_and_publish(ed, ids["petition"])
    public(ed, path_of(ed, ids["campaign_es"]), SPANISH[t["ask_heading"]])
    public(ed, path_of(ed, ids["petition_es"]), SPANISH[t["petition"]], "Nombre completo")


def seed_002(ed, ids):
    t = TEXT["002"]
    ed.add_child(ids["campaigns"], "Campaign page")
    ed.fill("title", t["campaign"])
    ed.fill("summary", t["summary"])
    ed.select("status", "Active")
    ids["campaign_002"] = ed.publish()
    ed.add_child(ids["campaign_002"], "Letter to legislators")
    ed.fill("title", t["letter"])
    ed.fill("intro", t["letter_intro"])
    ed.tab("Action")
    ed.fill("subject", t["subject"])
    for n, paragraph in enumerate(t["paragraphs"]):
        if n:
            ed.add_block("letter", "Paragraph")
        ed.page.locator(f"[name='letter-{n}-value']").fill(paragraph)
    ed.step(f"Type the letter, one paragraph a block ({len(t['paragraphs'])} blocks).")
    ids["letter"] = ed.publish()
    ed.add_child(ids["campaign_002"], "Event or day of action")
    ed.fill("title", t["event"])
    ed.fill("intro", t["event_intro"])
    day = datetime.date.today() + datetime.timedelta(days=14)
    ed.fill("starts_at", f"{day:%Y-%m-%d} 12:00", "start")
    ed.fill("ends_at", f"{day:%Y-%m-%d} 18:00", "end")
    ed.fill("online_url", "https://example.org/freethemall")
    ed.tab("Action")
    ed.choose_page("Choose a page", t["letter"])
    ids["event"] = ed.publish()
    public(ed, path_of(ed, ids["event"]), t["event"], t["letter"])
    public(ed, path_of(ed, ids["letter"]) + "?zip=01060", t["letter"], "Warren", t["paragraphs"][2][:40])


def seed_002_es(ed, ids):
    t = TEXT["002"]
    ids["campaign_002_es"] = translate_and_publish(ed, ids["campaign_002"])
    ids["letter_es"] = translate_and_publish(ed, ids["letter"])
    ids["event_es"] = translate_and_publish(ed, ids["event"])
    public(ed, path_of(ed, ids["event_es"]), SPANISH[t["event"]], SPANISH[t["letter"]])
    public(
        ed,
        path_of(ed, ids["letter_es"]) + "?zip=01060",
        SPANISH[t["letter"]],
        "Warren",
        SPANISH[t["paragraphs"][2]][:40],
    )


def seed_003(ed, ids):
    t = TEXT["003"]
    ed.add_child(ids["home"], "Resource index page")
    ed.fill("title", "Resources")
    ids["resources"] = ed.publish()
    ed.add_child(ids["resources"], "Resource page")
    ed.fill("title", t["title"])
    ed.fill("summary", t["summary"])
    ed.select("kind", "Guide")
    ed.fill("last_reviewed", t["updated"], "“Updated” date")
    index = ed.add_block("body", "Text")
    ed.block_rich_text("body", index, t["body"])
    ids["plan"] = ed.publish()
    public(ed, path_of(ed, ids["plan"]), t["title"], "Updated", "Dec", t["body"][1][2:40])


def seed_003_es(ed, ids):
    t = TEXT["003"]
    ids["resources_es"] = translate_and_publish(ed, ids["resources"])
    ids["plan_es"] = translate_and_publish(ed, ids["plan"])
    public(ed, path_of(ed, ids["plan_es"]), SPANISH[t["title"]], "dic", SPANISH[t["body"][1][2:]][:40])


def seed_004(ed, ids):
    t = TEXT["004"]
    for org in t["organisations"]:
        ed.page.goto(ed.url + "/admin/snippets/resources/organisation/add/")
        ed.page.locator("#id_name").fill(org["name"])
        ed.page.locator("#id_description").fill(org["description"])
        for service in org["services"]:
            ed.page.get_by_label(service, exact=True).check()
        ed.page.locator("select[name$='region']").first.select_option(label=org["region"])
        if org.get("place"):
            ed.page.locator("input[name$='place']").first.fill(org["place"])
        ed.page.get_by_role("button", name="Save").first.click()
        ed.page.get_by_text("created").first.wait_for()
    ed.step(
        f"Snippets → Organisations → “Add organisation”, {len(t['organisations'])} times: name, description, "
        "what it offers, region and town, “Save”."
    )
    ed.add_child(ids["resources"], "Directory page")
    ed.fill("title", t["directory"])
    ed.fill("intro", t["directory_intro"])
    ids["directory"] = ed.publish()
    ed.add_child(ids["campaigns"], "Campaign page")
    ed.fill("title", t["campaign"])
    ed.fill("summary", t["summary"])
    ed.select("status", "Active")
    ids["campaign_004"] = ed.publish()
    for key in ("federal", "state"):
        script = t[key]
        ed.add_child(ids["campaign_004"], "Call script")
        ed.fill("title", script["title"])
        ed.fill("intro", script["intro"])
        ed.tab("Action")
        ed.fill("script", script["script"])
        for n, bill in enumerate(script["bills"]):
            ed.add_block("bills", "Bill")
            for field in ("name", "house_number", "senate_number", "summary"):
                ed.block_text("bills", n, field, bill[field])
        ed.step(f"Add each bill ({len(script['bills'])}): name, House and Senate numbers, summary.")
        for n, target in enumerate(script.get("targets", [])):
            ed.page.get_by_role("button", name="Add target").click()
            for field, value in target.items():
                ed.page.locator(f"#id_targets-{n}-{field}").fill(value)
            ed.step("“Other people to call” → “Add target”: name, title, phone, note.")
        ids[f"call_{key}"] = ed.publish()
    public(ed, path_of(ed, ids["directory"]), *(org["name"] for org in t["organisations"]))
    public(ed, path_of(ed, ids["call_federal"]), "H.R. 2146", "S.1088", "H.R. 2214", "S.1123")
    public(ed, path_of(ed, ids["call_state"]), "S.1401", "H.3573", "(617) 722-2000")


def seed_004_es(ed, ids):
    t = TEXT["004"]
    for org in t["organisations"]:
        ed.translate_snippet("/admin/snippets/resources/organisation/", org["name"])
        ed.fill_segments(SPANISH)
        ed.save_translation()
    for key in ("directory", "campaign_004", "call_federal", "call_state"):
        ids[f"{key}_es"] = translate_and_publish(ed, ids[key])
    public(ed, path_of(ed, ids["directory_es"]), SPANISH[t["organisations"][0]["description"]][:40])
    public(ed, path_of(ed, ids["call_federal_es"]), "H.R. 2146", "S.1088", SPANISH[t["federal"]["title"]])
    public(ed, path_of(ed, ids["call_state_es"]), "S.1401", "H.3573", "(617) 722-2000")


def menus_and_site_text(ed, ids):
    """The main menu (the three sections) and the site text (tagline, footer), as snippets."""
    t = TEXT["frame"]
    page = ed.page
    page.goto(ed.url + "/admin/snippets/home/navigationmenu/add/")
    page.locator("#id_slot").select_option(label=t["slot"])
    for n, title in enumerate(t["menu"]):
        page.get_by_role("button", name="Add link").click()
        panel = page.locator(f"#inline_child_links-{n}")
        panel.get_by_role("button", name="Choose a page").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_role("textbox", name="Search term").fill(title)
        dialog.get_by_role("link", name=title, exact=True).first.click()
        dialog.wait_for(state="hidden")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("created").first.wait_for()
    ed.step(
        f"Snippets → Navigation → “Add”: slot “{t['slot']}”, then {len(t['menu'])} times “Add link” → "
        "“Choose a page” → search → choose; “Save”."
    )
    page.goto(ed.url + "/admin/snippets/home/sitetext/add/")
    page.locator("#id_tagline").fill(t["tagline"])
    page.locator("#id_footer_text").fill(t["footer_text"])
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("created").first.wait_for()
    ed.step("Snippets → Site text → “Add”: tagline and footer text, “Save”.")
    public(ed, "/", *t["menu"], t["tagline"])


def menus_and_site_text_es(ed, ids):
    t = TEXT["frame"]
    ed.translate_snippet("/admin/snippets/home/navigationmenu/", f"{t['slot']} (English)")
    ed.fill_segments(SPANISH)
    ed.save_translation()
    ed.translate_snippet("/admin/snippets/home/sitetext/", "Site text (English)")
    ed.fill_segments(SPANISH)
    ed.save_translation()
    public(ed, "/es/", *(SPANISH[title] for title in t["menu"]), SPANISH[t["tagline"]])


SEEDS = [
    ("site", "Home, donate page (set-up)", site_frame, site_frame_es),
    ("000", "Weekly Take Action Now issue", seed_000, seed_000_es),
    ("001", "Campaign, petition with organisations, $5/$10 ask", seed_001, seed_001_es),
    ("002", "Day of action with its letter", seed_002, seed_002_es),
    ("003", "Action plan, Spanish version, “Updated Dec. 11.”", seed_003, seed_003_es),
    ("004", "Directory by region, federal and state call scripts", seed_004, seed_004_es),
    ("menus", "Main menu and site text (snippets)", menus_and_site_text, menus_and_site_text_es),
]


def main(report_path="walkthrough-report.md"):
    folder = tempfile.mkdtemp(prefix="walkthrough-")
    port = free_port()
    started = time.monotonic()
    env = blank_site(folder, port)
    setup_seconds = time.monotonic() - started
    server = serve(env, port)
    clock, rows, failures = Clock(), [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.set_default_timeout(20000)
            page = context.new_page()
            base = f"http://127.0.0.1:{port}"
            page.goto(base + "/admin/login/")
            page.locator("#id_username").fill("writer")
            page.locator("#id_password").fill("pw")
            page.locator("#id_password").press("Enter")
            page.wait_for_url(base + "/admin/")
            ed, ids = Editor(page, base), {}
            for key, what, english, spanish in SEEDS:
                for language, action in (("en", english), ("es", spanish)):
                    error = ""
                    try:
                        clock.run((key, language), lambda action=action: action(ed, ids))
                    except Exception as exc:  # the report says what went wrong, then the run stops
                        error = f"{type(exc).__name__}: {exc}"[:2000]
                        page.screenshot(path=f"{folder}/{key}-{language}.png", full_page=True)
                    rows.append((key, what, language, clock.times[(key, language)], ed.take_steps(), error))
                    if error:
                        failures.append((key, language, error))
                        break
                if failures:
                    break
            browser.close()
    finally:
        server.terminate()
        server.wait()
    report = render(rows, failures, setup_seconds, folder)
    Path(report_path).write_text(report)
    print(report)
    return 1 if failures else 0


def render(rows, failures, setup_seconds, folder):
    lines = [
        "# Seeds published from a blank site by an Editors-group user",
        "",
        f"Blank site (migrate, import_legislators, Editors-group user): {setup_seconds:.0f} s. "
        "Browser: Chromium, 1280×900. Times are wall-clock, per seed and language.",
        "",
        "| seed | what | language | scripted time | steps |",
        "|---|---|---|---:|---:|",
    ]
    for key, what, language, seconds, steps, error in rows:
        lines.append(f"| {key} | {what} | {language} | {seconds:.1f} s{' (failed)' if error else ''} | {len(steps)} |")
    for key, what, language, _seconds, steps, error in rows:
        lines += ["", f"## {key} ({language}): {what}", ""]
        lines += [f"{n}. {text}" for n, text in enumerate(steps, 1)]
        if error:
            lines += ["", f"**Failed:** {error}", f"(screenshot: {folder}/{key}-{language}.png)"]
    lines += [
        "",
        "Result: " + ("all seeds published in both languages." if not failures else f"{len(failures)} failure(s)."),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
