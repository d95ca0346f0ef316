"""What an editor does in Wagtail's admin, one helper per gesture, for the seeds' walkthrough (publish_seeds.py).

Each helper drives Chromium as a person would (menus, buttons, labels) and records the step it took in plain words,
so the report lists the steps an editor follows."""

import re
import time


class Editor:
    """One signed-in admin tab, the base URL, and the steps taken so far (for the report)."""

    def __init__(self, page, base_url):
        self.page = page
        self.url = base_url
        self.steps = []

    def step(self, text):
        self.steps.append(text)

    def take_steps(self):
        steps, self.steps = self.steps, []
        return steps

    # Pages -------------------------------------------------------------------------------------------------------

    def add_child(self, parent_id, type_label):
        """Explorer → the parent → "Add child page" → the page type (when more than one is allowed)."""
        page = self.page
        page.goto(f"{self.url}/admin/pages/{parent_id}/")
        page.get_by_role("link", name="Add child page").first.click()
        page.wait_for_load_state()
        if "/add_subpage/" in page.url:  # more than one type allowed here: the type's link (its name, a description)
            page.get_by_role("link", name=re.compile(rf"^{re.escape(type_label)}(\s|$)")).first.click()
            page.wait_for_load_state()
        page.locator("#id_title").wait_for()
        self.step(f"Pages → the parent page → “Add child page” → “{type_label}”.")

    def fill(self, field, value, label=None):
        box = self.page.locator(f"#id_{field}")
        box.fill(value)
        box.press("Tab")  # as a person moves on: the title fills the slug when it loses focus
        self.step(f"Type the {label or field.replace('_', ' ')}.")

    def select(self, field, label_text, label=None):
        self.page.locator(f"#id_{field}").select_option(label=label_text)
        self.step(f"Choose {label or field.replace('_', ' ')}: “{label_text}”.")

    def tick(self, field, on=True, label=None):
        box = self.page.locator(f"#id_{field}")
        box.set_checked(on)
        self.step(f"{'Tick' if on else 'Untick'} “{label or field.replace('_', ' ')}”.")

    def tab(self, name):
        self.page.get_by_role("tab", name=name, exact=True).click()
        self.step(f"Open the “{name}” tab.")

    def rich_text(self, field, paragraphs):
        """Types paragraphs into a rich-text field (Draftail), Enter between them; lines starting "- " as a list."""
        box = self.page.locator(f"[data-contentpath='{field}'] [role='textbox']").first
        self._type_rich(box, paragraphs)
        self.step(f"Type the {field.replace('_', ' ')} ({len(paragraphs)} paragraphs).")

    def _type_rich(self, box, paragraphs):
        box.click()
        keyboard = self.page.keyboard
        in_list = False
        for n, text in enumerate(paragraphs):
            if n:
                keyboard.press("Enter")
            if text.startswith("- "):
                if not in_list:
                    keyboard.type("- ")  # Draftail turns "- " into a bulleted list
                    in_list = True
                text = text[2:]
            elif in_list:
                keyboard.press("Enter")  # an empty item ends the list
                in_list = False
            keyboard.insert_text(text)

    def add_block(self, stream, block_label):
        """ "Insert a block" at the end of a StreamField, then the block's type in the picker; returns its index."""
        page = self.page
        field = page.locator(f"[data-contentpath='{stream}']").first
        count = field.locator("[data-streamfield-child]").count()
        field.get_by_role("button", name="Insert a block").last.click()
        picker = page.get_by_role("listbox")
        if picker.count():
            picker.get_by_role("option", name=block_label, exact=True).first.click()
        page.locator(f"[data-contentpath='{stream}'] [data-streamfield-child]").nth(count).wait_for()
        self.step(f"In “{stream.replace('_', ' ')}”, “+” → “{block_label}”.")
        return count

    def block_text(self, stream, index, field, value):
        self.page.locator(f"[name='{stream}-{index}-value-{field}']").fill(value)

    def block_select(self, stream, index, field, label_text):
        self.page.locator(f"[name='{stream}-{index}-value-{field}']").select_option(label=label_text)

    def block_rich_text(self, stream, index, paragraphs, subfield=None):
        name = f"{stream}-{index}-value" + (f"-{subfield}" if subfield else "")
        wrapper = self.page.locator(f"[data-contentpath='{stream}'] [data-streamfield-child]").nth(index)
        box = wrapper.locator("[role='textbox']").first
        del name
        self._type_rich(box, paragraphs)

    def choose_page(self, button_text, title):
        """A page chooser: its button, then search the title in the dialog and pick it."""
        page = self.page
        page.get_by_role("button", name=button_text).first.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_role("textbox", name="Search term").fill(title)
        dialog.get_by_role("link", name=title).first.click()
        page.get_by_role("dialog").wait_for(state="hidden")
        self.step(f"“{button_text}” → search “{title}” → choose it.")

    def publish(self, button="Publish"):
        """The footer's "More actions" → "Publish" (a translation: "Publish in Spanish", the footer's main button)."""
        page = self.page
        # Wagtail 8 saves a new page by itself half a second after each change ("Saving…" in the header); a Publish
        # sent while that first save is under way creates the page twice and fails (a 500: the slug is in use).
        page.wait_for_timeout(800)
        page.get_by_text("Saving…", exact=True).wait_for(state="hidden")
        if button == "Publish":
            page.get_by_role("button", name="More actions").last.click()
        page.get_by_role("button", name=button, exact=True).last.click()
        page.wait_for_load_state()
        if page.locator("#summary .exception_value").count():  # Django's debug page: a server error
            raise StepFailed(f"{button}: server error {page.title()}: {page.locator('#summary').inner_text()[:1500]}")
        errors = page.locator(".error-message, .help-critical, .w-field__errors, .messages .error")
        texts = [" ".join(text.split()) for text in errors.all_text_contents()]
        if "/add/" in page.url or any(texts):
            raise StepFailed(f"{button} did not go through: " + " | ".join(t for t in texts if t)[:1500])
        if page.locator(".messages").count():
            message = page.locator(".messages").inner_text()
            if "could not" in message or "not published" in message:
                raise StepFailed(f"{button}: {message[:1500]}")
        self.step(f"“{button}”.")
        return self.current_page_id()

    def current_page_id(self):
        """The id of the page just published, from the explorer's "edit" link the message offers or the URL."""
        page = self.page
        match = re.search(r"/admin/pages/(\d+)/edit/", page.url)
        if match:
            return int(match.group(1))
        link = page.locator(".messages a[href*='/edit/']").first
        match = re.search(r"/admin/pages/(\d+)/edit/", link.get_attribute("href") or "")
        return int(match.group(1)) if match else None

    # Translations ------------------------------------------------------------------------------------------------

    def translate_page(self, page_id):
        """The page's header "⋯" → "Translate this page" → tick Spanish → Submit: the translation editor opens."""
        page = self.page
        page.goto(f"{self.url}/admin/pages/{page_id}/edit/")
        page.locator("header").get_by_role("button", name="Actions").first.click()
        page.get_by_role("link", name="Translate this page").first.click()
        self._submit_spanish()
        self.step("Header “⋯” → “Translate this page” → tick “Spanish” → “Submit”.")

    def translate_snippet(self, listing_url, name):
        """Snippets → the snippet's list → its row's "⋯" → "Translate" (the snippet's own editor has no such item)."""
        page = self.page
        page.goto(self.url + listing_url)
        row = page.get_by_role("row").filter(has=page.get_by_role("link", name=name, exact=True))
        row.get_by_role("button", name=re.compile("More options")).first.click()
        row.get_by_role("link", name=re.compile("^Translate")).first.click()
        self._submit_spanish()
        self.step(f"Snippets → the list → “{name}” row's “⋯” → “Translate” → tick “Spanish” → “Submit”.")

    def save_translation(self):
        """A snippet's translation editor: the footer's main button ("Publish in Spanish", or "Save")."""
        page = self.page
        footer = page.locator("footer").last
        footer.locator("button").first.click()
        page.wait_for_load_state()
        self.step(f"“{footer.locator('button').first.inner_text().strip() or 'Save'}”.")

    def _submit_spanish(self):
        page = self.page
        page.wait_for_load_state()
        spanish = page.get_by_label("Spanish")
        if spanish.count() and not spanish.first.is_checked():
            spanish.first.check()
        page.get_by_role("button", name="Submit").click()
        page.wait_for_load_state()
        page.get_by_text("English to Spanish translation").first.wait_for()

    def fill_segments(self, spanish):
        """Every segment of every tab of the translation editor: "Translate", the Spanish text, "Save"."""
        page = self.page
        missing, filled = [], 0
        tabs = page.locator("[role=tab]").all_inner_texts() or [""]
        for tab in tabs:
            if tab:
                page.get_by_role("tab", name=tab.strip(), exact=True).first.click()
            while True:
                todo = page.locator("li.incomplete:visible").filter(has=page.get_by_role("button", name="Translate"))
                todo = [item for item in todo.all() if item.locator("p").first.inner_text().strip() not in missing]
                if not todo:
                    break
                item = todo[0].element_handle()  # a handle: the item stays the same element while it changes
                source = item.query_selector("p").inner_text().strip()
                if source not in spanish:
                    missing.append(source)
                    continue
                item.query_selector("button:text-is('Translate')").click()
                item.wait_for_selector("textarea").fill(spanish[source])
                item.query_selector("button:text-is('Save')").click()
                item.wait_for_selector("button:text-is('Edit')", timeout=15000)
                filled += 1
        if missing:
            raise StepFailed("No Spanish for these segments: " + repr(missing))
        self.step(
            f"In the translation editor, for each of the {filled} segments: “Translate”, type the Spanish, “Save”."
        )
        return filled


class StepFailed(AssertionError):
    pass


class Clock:
    """Wall-clock seconds per (seed, language)."""

    def __init__(self):
        self.times = {}

    def run(self, key, action):
        start = time.monotonic()
        try:
            return action()
        finally:
            self.times[key] = time.monotonic() - start
