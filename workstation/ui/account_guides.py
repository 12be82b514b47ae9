"""The words of the "connect an account" form: each platform's steps (one per line, with
links to the official pages) and what to say next to a field for each problem code of
`workstation.sources.field_checks`, in English and French (Qt Linguist).

The menu names and addresses follow ../shared/specs/PLATFORMS.md and the platforms'
own pages listed there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def _link(url: str, text: str) -> str:
    return f'<a href="{url}">{text}</a>'


GOOGLE_CREDENTIALS = "https://console.cloud.google.com/apis/credentials"
GOOGLE_ACCESS = "https://developers.google.com/my-business/content/limits"
PLAY_API = "https://console.cloud.google.com/apis/library/androidpublisher.googleapis.com"
PLAY_SERVICE_ACCOUNTS = "https://console.cloud.google.com/iam-admin/serviceaccounts"
PLAY_CONSOLE = "https://play.google.com/console"
PLAY_GUIDE = "https://developers.google.com/android-publisher/reply-to-reviews"
APPLE_KEYS = "https://appstoreconnect.apple.com/access/integrations/api"
APPLE_GUIDE = "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api"
TRUSTPILOT_BUSINESS = "https://businessapp.b2b.trustpilot.com"
TRUSTPILOT_GUIDE = "https://developers.trustpilot.com/business-units-api-overview"


def _steps(title: str, lines: list[str], note: str = "") -> str:
    items = "".join(f"<li style='margin-bottom:6px'>{line}</li>" for line in lines)
    extra = f"<p style='color:palette(placeholder-text)'>{note}</p>" if note else ""
    return f"<p><b>{title}</b></p><ol style='margin-left:-20px'>{items}</ol>{extra}"


class AccountGuides(QObject):
    """The strings live in methods so Qt Linguist files them under the context "AccountGuides"."""

    def steps_html(self, platform: str) -> str:
        """The steps for `platform` as rich text (links open in the browser); "" when none."""
        if platform == "google_business":
            return _steps(self.tr("How to connect Google (about 10 minutes, once)"), [
                self.tr("Open %1 with the Google account that manages your business.").replace(
                    "%1", _link(GOOGLE_CREDENTIALS, self.tr("Google Cloud: Credentials"))),
                self.tr("Click “Create credentials”, then “OAuth client ID”, type “Desktop app”, then Create."),
                self.tr("Click “Download JSON”: a file named client_secret_….json is saved."),
                self.tr("Choose that file on the right, under “Sign-in file”."),
                self.tr("Press “Sign in with Google…” and click Allow in your browser."),
            ], self.tr("Google must first open its review access to your project: %1.").replace(
                "%1", _link(GOOGLE_ACCESS, self.tr("see Google’s access request page"))))
        if platform == "google_play":
            return _steps(self.tr("How to connect Google Play (about 10 minutes, once)"), [
                self.tr("Turn on the %1 in Google Cloud.").replace(
                    "%1", _link(PLAY_API, self.tr("Google Play Android Developer API"))),
                self.tr("In %1, create a service account, open it, then Keys → Add key → JSON: a .json file "
                    "is saved.").replace("%1", _link(PLAY_SERVICE_ACCOUNTS, self.tr("Google Cloud: Service accounts"))),
                self.tr("In %1, open Users and permissions → Invite new users, paste the service account’s e-mail "
                    "and tick “Reply to reviews” for your app.").replace("%1", _link(PLAY_CONSOLE, self.tr("Play Console"))),
                self.tr("Choose the .json file on the right, under “Key file”."),
                self.tr("Type the app’s package name, or paste the app’s Google Play address."),
            ], self.tr("Google Play only gives the reviews of the last 7 days: import older ones from Play Console’s "
                   "monthly file (File → Import reviews…). %1.").replace("%1", _link(PLAY_GUIDE, self.tr("Google’s guide"))))
        if platform == "app_store":
            return _steps(self.tr("How to connect the App Store (about 5 minutes, once)"), [
                self.tr("Open %1 (Users and Access → Integrations).").replace(
                    "%1", _link(APPLE_KEYS, self.tr("App Store Connect: API keys"))),
                self.tr("Click +, give the key a name and the “Customer Support” role (Admin if replies are "
                    "refused), then Generate."),
                self.tr("Copy the Issuer ID (above the list) and the new key’s Key ID into the fields on the right."),
                self.tr("Click “Download”: a file AuthKey_….p8 is saved (Apple lets you download it only once)."),
                self.tr("Choose that file on the right, press “Find my apps” and pick your app."),
            ], _link(APPLE_GUIDE, self.tr("Apple’s guide to API keys")))
        if platform == "trustpilot":
            return _steps(self.tr("How to connect Trustpilot (about 5 minutes, once)"), [
                self.tr("Open %1 and go to Integrations → API.").replace(
                    "%1", _link(TRUSTPILOT_BUSINESS, self.tr("Trustpilot Business"))),
                self.tr("Create an application (it needs the Connect add-on or an Enterprise plan)."),
                self.tr("Copy its API key and its Secret into the fields on the right."),
                self.tr("Type your website as it appears on Trustpilot (e.g. www.example.com), or paste your "
                    "Trustpilot page’s address."),
            ], _link(TRUSTPILOT_GUIDE, self.tr("Trustpilot’s guide")))
        if platform == "demo":
            return _steps(self.tr("The demo platform"), [
                self.tr("Nothing to copy: it is a pretend platform inside the app."),
                self.tr("Use it to try syncing and replying without any account."),
            ])
        return ""


    def no_api_text(self, platform: str) -> str:
        """Why a platform cannot be connected, and what to do instead."""
        reasons = {
            "yelp": self.tr("Yelp shows only 3 review excerpts to apps and does not let them reply."),
            "tripadvisor": self.tr("Tripadvisor does not let apps reply and forbids keeping its reviews."),
            "facebook": self.tr("Facebook no longer lets apps read Page recommendations."),
        }
        return self.tr("%1 Import or paste these reviews (File → Import reviews…), reply on the site, then mark them "
                   "replied.").replace("%1", reasons.get(platform, ""))


    def field_hint(self, field: str) -> str:
        """What to put in an empty field (shown in grey, not as an error)."""
        return {
            "oauth_file": self.tr("Choose the client_secret_….json file you downloaded in step 3."),
            "sa_file": self.tr("Choose the service account’s .json key file (step 2)."),
            "package": self.tr("For example com.example.app — it is in the app’s Google Play address, after “id=”."),
            "key_id": self.tr("10 letters and digits, e.g. 2X9R4HXF34, shown next to the key."),
            "issuer_id": self.tr("Shown above the list of keys, e.g. 57246542-96fe-1a63-e053-0824d011072a."),
            "p8_file": self.tr("Choose the AuthKey_….p8 file you downloaded (step 4)."),
            "tp_key": self.tr("Copy the API key of your Trustpilot application."),
            "tp_secret": self.tr("Copy the Secret shown next to the API key."),
            "tp_business": self.tr("Your website as on Trustpilot (e.g. www.example.com), or your business unit ID."),
        }.get(field, "")


    def field_problem(self, field: str, code: str) -> str:
        """What is wrong with a field, in plain words."""
        specific = {
            ("key_id", "shape"): self.tr("A Key ID is exactly 10 capital letters and digits, e.g. 2X9R4HXF34."),
            ("issuer_id", "shape"): self.tr("An Issuer ID has 5 groups of letters and digits separated by dashes, "
                                        "e.g. 57246542-96fe-1a63-e053-0824d011072a."),
            ("package", "shape"): self.tr("A package name is words joined by dots, e.g. com.example.app."),
            ("package", "link_without_id"): self.tr("This address does not name an app: open the app’s own page on "
                                                "Google Play and copy that address."),
            ("tp_key", "shape"): self.tr("An API key has only letters and digits: copy it again from Trustpilot."),
            ("tp_secret", "shape"): self.tr("A Secret has only letters and digits: copy it again from Trustpilot."),
            ("tp_key", "too_short"): self.tr("This key is too short: it was probably cut when copied."),
            ("tp_secret", "too_short"): self.tr("This Secret is too short: it was probably cut when copied."),
            ("tp_business", "shape"): self.tr("Type a website such as www.example.com, or the 24-character business "
                                          "unit ID."),
            ("tp_business", "trustpilot_address"): self.tr("Paste the address of your own page on Trustpilot "
                                                       "(…trustpilot.com/review/www.example.com)."),
        }
        if (field, code) in specific:
            return specific[(field, code)]
        common = {
            "empty": self.tr("This field is needed."),
            "spaces": self.tr("Remove the spaces: they came with the copy."),
            "no_file": self.tr("No file chosen yet."),
            "folder": self.tr("This is a folder: choose the file inside it."),
            "missing": self.tr("This file is not there any more: choose it again."),
            "unreadable": self.tr("This file cannot be opened: check that it is on this computer and choose it again."),
            "too_big": self.tr("This file is far too large to be a key: choose the one you downloaded."),
            "not_json": self.tr("This is not the .json file the platform gave you."),
            "not_key": self.tr("This is not a private key file: choose the AuthKey_….p8 file from Apple."),
            "wrong_key_type": self.tr("This key is not an App Store Connect key: choose the AuthKey_….p8 file from Apple."),
            "oauth_client_not_key": self.tr("This is a sign-in file for Google Business, not a service-account key: "
                                        "create a key as in step 2."),
            "not_service_account": self.tr("This file is not a service-account key: create one as in step 2."),
            "damaged_key": self.tr("The key inside this file is damaged: download a new key (step 2)."),
            "service_account_not_client": self.tr("This is a Google Play service-account key: for Google Business "
                                              "choose the file of step 3 instead."),
            "not_oauth_client": self.tr("This file is not a Google sign-in file: download it again as in steps 2 and 3."),
            "shape": self.tr("This does not look right: copy it again."),
            "too_short": self.tr("This is too short: it was probably cut when copied."),
        }
        return common.get(code, self.tr("This does not look right: copy it again."))


_WORDS = AccountGuides()
steps_html = _WORDS.steps_html
no_api_text = _WORDS.no_api_text
field_hint = _WORDS.field_hint
field_problem = _WORDS.field_problem
