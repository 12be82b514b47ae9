"""Errors as data, for any language: a stable kind, the values it names, its English sentence.

An error the user can act on is raised with `refused(ErrorClass, kind, message, **params)`:
`str(error)` stays the English `message` (logs, `--json`, an older reader), and the error
carries a `Refusal` (kind + params as text). `SENTENCES` is the ONE table of English
sentences, kind by kind, with named placeholders (`{review}`, `{by}`…): the message a kind
is raised with is its sentence filled with its params (tests check it), so English reads
the same through the table or through `str(error)`.

Who words them: the window (`ui/conflict_reasons.error_text`) and the command line
(`command_line.said`) both call `worded(…)` with the gettext catalog of their
language (`cli_language.catalog`; the French is in `resources/translations/cli_fr.po`, kept
by `scripts/translations.py`). One English table, one French translation: the window and the
command line cannot drift apart. A kind nobody words, an error without a kind, or a refusal
missing a value its sentence names, shows the English message (better English than nothing).

Two sentences together, two ways. An error raised *because of* another names it as a value
("Could not list this key's apps: {reason} …"): given the inner error itself, `param_texts`
keeps its English message and, beside it, its refusal (`reason/refusal`), and `worded` says
the inner sentence in the reader's language too. A reason *stored* as several sentences (the
outbox's "the platform is having trouble… (next try at …)", or a problem line "review 7: …")
is kept as parts, each a refusal of this table, said one by one and joined by a space
(`worded_parts`); the outbox row keeps them as a JSON list (`store/refusals.parts_to_json`).

Kinds ending in `/anonymous` are the wording used when `by` (a colleague) is empty: the team
server does not always know who it was. Qt-free, and free of the rest of the package: the
store, the connectors (`sources/`) and the core all raise through it.
"""

from __future__ import annotations

import errno
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

E = TypeVar("E", bound=BaseException)
ANONYMOUS = "/anonymous"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def N_(message: str) -> str:
    """Marks a sentence for the catalog (babel extracts it); translated where it is shown."""
    return message


@dataclass(frozen=True)
class Refusal:
    """Why something was refused, for any language: a stable `kind` (a key of `SENTENCES`)
    and the values its sentence names (review, colleague, file…), all as text."""

    kind: str
    params: dict[str, str] = field(default_factory=dict)


#: kind → its English sentence. Adding a kind: write it here, raise it with `refused`, run
#: scripts/translations.py and translate it in cli_fr.po.
SENTENCES: dict[str, str] = {
    # -- the team server refuses a change (store/postgres/outbox.py, answered.py, drafts.py,
    #    approval.py, retry.py) or this computer alone refuses to take one back (store/outbox.py)
    "empty_text": N_("The reply text is empty."),
    "unknown_review": N_("Review {review} does not exist on the team server."),
    "already_online": N_("Review {review} already has a reply on the platform by {by}; yours was not sent again."),
    "already_online/anonymous": N_(
        "Review {review} already has a reply on the platform; yours was not sent again."
    ),
    "reply_queued_by_other": N_("{by} already queued a reply to review {review}; yours was not queued."),
    "deletion_queued_by_other": N_(
        "{by} asked to delete the reply to review {review} on the platform; yours was not queued."
    ),
    "being_sent": N_("The reply to review {review} is being sent right now; change it once it is online."),
    "needs_approver_queue": N_(
        "Replies for {location} wait for an approver; {by}’s reply to review {review} was not queued."
    ),
    "reply_being_sent_take_back": N_(
        "{by}’s reply to review {review} is being sent right now; it can no longer be taken back."
    ),
    "reply_being_sent_take_back/anonymous": N_(
        "The reply to review {review} is being sent right now; it can no longer be taken back."
    ),
    "reply_being_sent_by_hand": N_(
        "{by}’s reply to review {review} is being sent right now; check the platform before marking it "
        "replied by hand."
    ),
    "reply_being_sent_delete": N_(
        "{by}’s reply to review {review} is being sent right now; delete it once it is online."
    ),
    "reply_maybe_online_take_back": N_(
        "A sender already tried to post {by}’s reply to review {review}, so it may be online; it can no "
        "longer be taken back."
    ),
    "reply_maybe_online_by_hand": N_(
        "A sender already tried to post {by}’s reply to review {review}, so it may be online; check the "
        "platform before marking it replied by hand."
    ),
    "reply_maybe_online_delete": N_(
        "A sender already tried to post {by}’s reply to review {review}, so it may be online; delete it "
        "once it is online."
    ),
    "already_online_take_back": N_(
        "The reply to review {review} is already on the platform (sent by {by}); it was not taken back. "
        "To remove it, delete the reply on the platform."
    ),
    "already_online_take_back/anonymous": N_(
        "The reply to review {review} is already on the platform; it was not taken back. To remove it, "
        "delete the reply on the platform."
    ),
    "change_queued_take_back": N_(
        "The reply to review {review} is already on the platform and {by} queued a change to it; it was "
        "not taken back."
    ),
    "change_queued_take_back/anonymous": N_(
        "The reply to review {review} is already on the platform and a change to it is queued; it was not "
        "taken back."
    ),
    "already_deleted": N_(
        "The reply to review {review} was already deleted on the platform (asked by {by}); nothing was "
        "taken back."
    ),
    "already_deleted/anonymous": N_(
        "The reply to review {review} was already deleted on the platform; nothing was taken back."
    ),
    "deletion_being_sent_take_back": N_(
        "{by}’s deletion of the reply to review {review} is being sent right now; it can no longer be "
        "taken back."
    ),
    "deletion_being_sent_take_back/anonymous": N_(
        "The deletion of the reply to review {review} is being sent right now; it can no longer be taken "
        "back."
    ),
    "nothing_to_take_back": N_("Review {review} has no queued reply or deletion to take back."),
    "deletion_maybe_done": N_(
        "A sender already tried to delete the reply to review {review}, so it may be gone; the deletion "
        "was not taken back."
    ),
    "needs_approver_take_back_deletion": N_(
        "Replies for {location} need an approver: ask one to take back the deletion of the reply to "
        "review {review}. Nothing was changed."
    ),
    "already_online_by_hand": N_(
        "Review {review} already has a reply on the platform by {by}; yours was not recorded. Check the "
        "platform: the review may now have two replies."
    ),
    "already_online_by_hand/anonymous": N_(
        "Review {review} already has a reply on the platform; yours was not recorded. Check the platform: "
        "the review may now have two replies."
    ),
    "platform_cannot_delete": N_(
        "{platform} does not let apps delete a reply; delete the reply to review {review} on the "
        "platform."
    ),
    "needs_approver_delete": N_(
        "Replies for {location} need an approver: ask one to delete the reply to review {review}. Nothing "
        "was deleted."
    ),
    "nothing_to_delete": N_("Review {review} has no reply on the platform to delete."),
    "deletion_being_sent": N_("{by}’s deletion of the reply to review {review} is being sent right now."),
    "deletion_failed": N_(
        "The platform refused {by}’s deletion of the reply to review {review}; it was not asked again."
    ),
    "deletion_queued": N_("{by} already asked to delete the reply to review {review}; it is waiting to be sent."),
    "reply_not_online_yet": N_(
        "{by}’s reply to review {review} is not on the platform yet: take it back instead. Nothing was "
        "deleted."
    ),
    "change_queued_delete": N_("{by} queued a change to the reply to review {review}; it was not deleted."),
    "draft_gone": N_(
        "The draft of review {review} was discarded or queued by someone else; yours was not saved. Open "
        "the review again to see its reply."
    ),
    "newer_draft": N_(
        "{by} saved a newer draft of review {review} ({at}); yours was not saved. Open the review again "
        "to see it."
    ),
    "newer_draft/anonymous": N_(
        "Someone else saved a newer draft of review {review} ({at}); yours was not saved. Open the review "
        "again to see it."
    ),
    "no_approval_needed": N_("The location of review {review} does not ask for approval: queue the reply."),
    "nothing_waiting": N_("No reply to review {review} is waiting for approval."),
    "not_approver_approve": N_(
        "{by} is not an approver of the team; the reply to review {review} was not approved."
    ),
    "not_approver_reject": N_(
        "{by} is not an approver of the team; the reply to review {review} was not sent back."
    ),
    "own_reply": N_(
        "Nobody approves their own reply: another approver must check {by}’s reply to review {review}."
    ),
    "needs_approver_retry": N_(
        "Replies for {location} need an approver: ask one to retry the reply to review {review}. It was "
        "not sent again."
    ),
    # -- this computer's store: its database, outbox, automatic replies and sources
    "disk_full": N_("The disk is full: free some space, nothing was lost."),
    "database_busy": N_("The database is busy in another program or window; try again."),
    "database_read_only": N_("The database file is read-only: check its permissions."),
    "database_cannot_open": N_("The database file cannot be opened: check the folder exists and is writable."),
    "disk_io_error": N_("The disk could not be read or written (disk I/O error)."),
    "not_a_database": N_("The database file is damaged or is not a database."),
    "database_damaged": N_("The database file is damaged."),
    "database_damaged_restore": N_("The database file is damaged: restore a backup (the app offers it at start)."),
    "database_unreadable": N_("The database {database} cannot be read: {reason}"),
    "newer_database": N_(
        "This database was created by a newer version of the app (schema {schema}, this version knows "
        "{known}). Please update the app."
    ),
    "folder_read_only": N_(
        "The data folder {folder} is read-only: check its permissions or choose another --data-dir."
    ),
    "folder_missing": N_("The data folder {folder} does not exist."),
    "data_folder_is_file": N_("The data folder {folder} is a file, not a folder: choose another --data-dir."),
    "data_folder_cannot_create": N_("The data folder {folder} cannot be created ({reason})."),
    "folder_not_writable": N_(
        "The data folder {folder} is read-only or not writable by this user: check its permissions or "
        "choose another --data-dir."
    ),
    "backup_failed": N_("The backup {backup} could not be written ({reason}); the database is unchanged."),
    "no_such_review": N_("Review {review} does not exist."),
    "no_reply_to_delete": N_("Review {review} has no reply to delete."),
    "no_posted_reply_to_delete": N_("Review {review} has no posted reply to delete."),
    "platform_cannot_reply": N_(
        "{platform} replies cannot be posted from the app: reply on the platform and mark the review "
        "replied."
    ),
    "reply_too_long_characters": N_(
        "The reply is too long for {platform}: {size} characters, the limit is {limit}."
    ),
    "reply_too_long_bytes": N_("The reply is too long for {platform}: {size} bytes, the limit is {limit}."),
    "rule_needs_name": N_("A rule needs a name."),
    "rule_stars": N_("Automatic replies only answer 4- and 5-star reviews."),
    "rule_stars_or_delay": N_(
        "Automatic replies only answer 4- and 5-star reviews, after a delay of 0 minutes or more."
    ),
    "rule_negative_delay": N_("The delay cannot be negative."),
    "rule_unknown_location": N_("Unknown location: {location}."),
    "no_such_rule": N_("There is no rule {rule}."),
    "rule_not_tried": N_("Try the rule on your past reviews first, so you see what it would post."),
    "duplicate_source": N_("A {platform} source named '{name}' already exists (id {source})."),
    "duplicate_source_team": N_("A {platform} source named '{name}' already exists on the team server."),
    # -- the service-level targets and opening hours (metrics/sla.py, metrics/calendar_config.py)
    "sla_unknown_unit": N_("SLA unit {unit} is unknown"),
    "sla_bad_amount": N_("SLA amount {amount}: expected a number ≥ 0"),
    "hours_bad_format": N_("opening hours {hours}: expected HH:MM-HH:MM"),
    "hours_bad_time": N_("opening hours {hours}: not a valid time of day"),
    # -- the review link of a location and its QR code (metrics/prevention.py)
    "review_link_missing": N_("no review link set"),
    "review_link_not_web": N_("not a web link: {link}"),
    "review_link_too_long": N_("the link is too long for a QR code"),
    # -- reply templates (replies/library.py)
    "template_cannot_write": N_("cannot write {path}: {reason}"),
    "template_exists": N_("template {template} already exists in {folder}"),
    "template_invalid": N_("template {template} is invalid: {reason}"),
    "template_cannot_delete": N_("cannot delete {path}: {reason}"),
    # -- a connector's credentials and address (sources/credentials.py, sources/endpoints.py)
    "credentials_unreadable": N_("Cannot read {file}: {reason}"),
    "credentials_too_large": N_("{file} is too large to be a credentials file."),
    "credentials_not_json": N_("{file} is not a JSON credentials file."),
    "credentials_not_object": N_("{file} is not a JSON object."),
    "credentials_need_oauth_client": N_(
        '{file} is {found}; this source needs an OAuth client JSON for a desktop app ("installed").'
    ),
    "credentials_need_service_account": N_("{file} is {found}; this source needs a Google service-account JSON key."),
    "credentials_need_app_store_key": N_(
        "{file} is {found}; this source needs a JSON with key_id, issuer_id and the .p8 key (path or contents)."
    ),
    "credentials_need_trustpilot_key": N_(
        "{file} is {found}; this source needs a JSON with the Trustpilot api_key and api_secret."
    ),
    "service_account_key_unreadable": N_("The service-account private key cannot be read."),
    "service_account_key_wrong_type": N_("The service-account private key is of the wrong type."),
    "p8_key_unreadable": N_("The App Store Connect .p8 private key cannot be read."),
    "p8_key_wrong_type": N_("The App Store Connect .p8 private key is of the wrong type."),
    "p8_file_unreadable": N_("Cannot read the .p8 key file {file}."),
    # -- a source's settings or sign-in, checked before it is saved (sources/validation.py and
    #    the connectors' own setting checks)
    "setting_app_store_ids": N_("Set the App Store app id(s) for this source (digits from the app's URL)."),
    "app_store_listing_failed": N_(
        "Could not list this key's apps: {reason} Otherwise set the app id(s) with --setting app_ids=… "
        "(digits from the app's URL)."
    ),
    "setting_play_package": N_("Set the app's package name (e.g. com.example.app) for this source."),
    "setting_trustpilot_unit": N_("Set the Trustpilot business unit id or the shop's domain for this source."),
    "setting_google_location": N_("Not a Google location name: '{value}' (expected accounts/…/locations/…)."),
    "credentials_file_needed": N_("This platform needs its credentials file."),
    "google_sign_in_missing": N_(
        "This file holds the OAuth client only, not your Google sign-in: in the app press "
        "“Sign in with Google…” (File → Accounts…), or give an authorized-user file "
        "(with a refresh token) or an access token file."
    ),
    "credentials_unknown_platform": N_("Unknown platform {platform}."),
    "no_keychain": N_(
        "This computer has no system keychain; the secret can be kept in a file readable only by you "
        "instead (`workstation source add … --secret-store file`)."
    ),
    "keychain_refused": N_("The system keychain refused to save the secret: {error}"),
    "keychain_unreadable": N_("The system keychain could not be read: {error}"),
    "saved_secret_damaged": N_("The saved secret is damaged; reconnect this account."),
    # -- a secret kept in a file on a computer without a keychain (sources/secret_files.py)
    "secret_file_missing": N_("The secret file {file} is missing; add the source again with its credentials."),
    "secret_file_open_to_others": N_(
        "{file} can be read by other users of this computer (mode {mode}); run `chmod 600 {file}` and try again."
    ),
    "secret_file_unreadable": N_("Cannot read the secret file {file}: {reason}"),
    "secret_file_damaged": N_("The secret file {file} is damaged; add the source again with its credentials."),
    "secret_cannot_save": N_("Cannot save the secret in {folder}: {reason}"),
    "address_not_web": N_("Base URL must start with http:// or https:// and name a host: {url}"),
    "address_plain_http": N_(
        "Base URL {url} uses plain http://, which would send your access token unencrypted: use https:// "
        "(plain http is only allowed for this computer, e.g. 127.0.0.1)."
    ),
    "address_unknown_platform": N_("Unknown platform {platform}"),
    # -- a platform's answer, or its silence (sources/http.py, common.py, auth.py, oauth.py and
    #    each connector): {platform} is the platform's name as the connector labels it
    "platform_too_slow": N_("{platform} took too long to answer; will try again later."),
    "plain_http_refused": N_(
        "Refusing to send to {host} over plain http:// (your access token would travel unencrypted); use https://."
    ),
    "platform_no_answer": N_("{platform} did not answer in time."),
    "platform_unreachable": N_("Cannot reach {platform}; check the connection."),
    "platform_cut_off": N_("{platform} closed the connection before the answer was complete."),
    "platform_network_problem": N_("Network problem while talking to {platform}."),
    "platform_answer_too_large": N_("{platform} sent an answer too large to process."),
    "platform_forbidden": N_("{platform} refused access: this account lacks the permission."),
    "platform_forbidden_detail": N_("{platform} refused access: this account lacks the permission ({detail})."),
    "platform_not_found": N_("{platform} could not find it (removed?)."),
    "platform_not_found_detail": N_("{platform} could not find it (removed?) ({detail})."),
    "platform_conflict": N_("{platform} reported a conflict."),
    "platform_conflict_detail": N_("{platform} reported a conflict ({detail})."),
    "platform_rate_limited": N_("{platform} asks us to slow down; will try again later."),
    "platform_server_error": N_("{platform} is having trouble (error {status}); will try again later."),
    "platform_rejected": N_("{platform} refused the request."),
    "platform_rejected_detail": N_("{platform} refused the request ({detail})."),
    "platform_redirect": N_("{platform} answered with a redirect (status {status})."),
    "platform_unexpected_status": N_("{platform} answered with unexpected status {status}."),
    "platform_web_page": N_("{platform} answered with a web page instead of data."),
    "platform_malformed": N_("{platform} sent an incomplete or malformed answer."),
    "platform_bad_shape": N_("{platform} sent an answer in an unexpected shape."),
    "platform_same_page": N_("{platform} keeps sending the same page; sync stopped."),
    "platform_endless_pages": N_("{platform} keeps sending pages; sync stopped."),
    "platform_unreadable_review": N_("{platform} sent an unreadable review."),
    "not_a_review_id": N_("This is not a review id for {platform}."),
    "play_cannot_delete": N_("Google Play cannot delete a reply through its API; delete it in Play Console."),
    "trustpilot_no_business_unit": N_("Trustpilot has no business unit for {domain}."),
    "trustpilot_business_user_missing": N_("Set the Trustpilot business user id that signs replies."),
    "credentials_missing_value": N_("Missing {what} in the saved credentials; reconnect the account."),
    "reconnect_refused_credentials": N_("{platform} refused the credentials; reconnect this account."),
    "reconnect_saved_token": N_("{platform} refused the saved access token; reconnect this account."),
    "reconnect_access_refused": N_("Access was refused; reconnect this account."),
    "reconnect_google_sign_in": N_(
        "Google no longer accepts this account's sign-in (consent revoked or expired); reconnect it."
    ),
    "reconnect_google_service_account": N_(
        "Google refused the service-account key (deleted key, or no access in Play Console); add a new key."
    ),
    "reconnect_app_store_key": N_(
        "App Store Connect refused the API key: check the key id, issuer id and .p8 file, that the key was not "
        "revoked, and that this computer's clock is right."
    ),
    "reconnect_trustpilot": N_("Trustpilot refused the API key/secret or the business user; reconnect it."),
    "sign_in_no_token": N_("The sign-in server sent no access token."),
    "google_sign_in_no_answer": N_("No answer from the browser sign-in; try connecting again."),
    "google_sign_in_mismatch": N_("The sign-in answer did not match this request; try again."),
    "google_access_not_granted": N_("Google access was not granted; connect again and click Allow."),
    "google_sign_in_refused": N_("Google refused the sign-in; check the OAuth client file."),
    "google_sign_in_no_token": N_("Google's sign-in answer had no access token."),
    # -- a sync that could not start or ended badly (sync/source_sync.py, sync/team_sync.py)
    "sync_no_such_source": N_("source {source} does not exist"),
    "sync_unexpected_error": N_("unexpected error ({error})"),
    # -- why a reply in the outbox is not sent yet (sync/outbox_sender.py, sync/team_sender.py).
    #    The row keeps its reason as parts (`worded_parts`): the platform's own sentence (its
    #    kind above), then one of these; {at} is a time, shown as the reader's dates are.
    "outbox_review_gone": N_("The review is no longer on the platform."),
    "outbox_next_try": N_("(next try at {at})"),
    "outbox_wait_too_long": N_(
        "It asked to wait until {at}: not sent; retry it later (outbox send --retry-failed, or Retry failed replies)."
    ),
    #    A run's problem lines (the sync status tooltip, `outbox send`) start with what they
    #    are about, then the reason's parts.
    "outbox_problem_review": N_("review {review}:"),
    "outbox_problem_source": N_("source {source}:"),
    "outbox_problem_waiting": N_("review {review}: waiting, next try at {at}."),
    "outbox_offline": N_("offline"),
    #    The window names the review as its inbox shows it (its author and date), not by its
    #    number (`outbox_sender.review_named`); {date} is already in the reader's words.
    "outbox_problem_review_named": N_("review by {by} ({date}):"),
    "outbox_problem_review_named/anonymous": N_("anonymous review ({date}):"),
    "outbox_problem_waiting_named": N_("review by {by} ({date}): waiting, next try at {at}."),
    "outbox_problem_waiting_named/anonymous": N_("anonymous review ({date}): waiting, next try at {at}."),
    #    Two senders at once on this computer (sync/sender_lock.py): the second one stops.
    "sender_busy": N_(
        "Replies are already being sent from another window or program; they will go out from there. "
        "Nothing to do."
    ),
    # -- a platform the app has no connection to (sources/registry.py); {platform} as the
    #    sidebar names it
    "no_connector": N_("The app cannot connect to {platform}: import its reviews from a file instead."),
    # -- where the data is: a database file or a team server's address (store/location.py)
    "team_server_needs_tls": N_(
        "The team server {host} must be reached with encryption (TLS): remove sslmode={sslmode} "
        "from the address, or ask the server's administrator to enable TLS."
    ),
    "team_server_unverified": N_(
        "sslmode={sslmode} does not check that {host} is really your team server. Use sslmode=verify-full, "
        "or accept the server's self-signed certificate explicitly (--accept-self-signed-certificate)."
    ),
    "store_address_empty": N_("The store address is empty: give a database file or a postgresql:// address."),
    "store_address_unknown": N_(
        "Unknown store address {scheme}://…: use a database file path or postgresql://user@host/database."
    ),
    "team_server_address_unreadable": N_(
        "The team server address cannot be read: check the server name and the port."
    ),
    "team_server_port": N_("The port in the team server address is not a number."),
    "team_server_needs_user": N_(
        "The team server address needs a user and a database: postgresql://user@host/database."
    ),
    # -- the team server cannot be used (store/postgres/errors.py, connection.py; store/factory.py)
    "team_server_wrong_password": N_(
        "The team server {server} refused the password of user {user}: type it again (it is kept in the "
        "system keychain, never in the database)."
    ),
    "team_server_unknown_user": N_("The team server {server} has no user called {user}."),
    "team_server_no_tls": N_(
        "The team server {server} does not offer encryption (TLS); ask its administrator to enable it."
    ),
    "team_server_certificate": N_(
        "The certificate of the team server {server} could not be checked. If your administrator uses a "
        "self-signed certificate, accept it explicitly (--accept-self-signed-certificate)."
    ),
    "team_server_no_database": N_("The team server {server} has no database called {database}."),
    "team_import_partly_stored": N_(
        "{stored} of the file's {total} reviews were stored before this problem: {reason} Import the file "
        "again to store the rest (none is stored twice)."
    ),
    "team_server_unreachable": N_(
        "The team server {server} does not answer: check the address and that it is running. You can keep "
        "working from this computer's copy."
    ),
    "newer_team_server": N_(
        "The team server was set up by a newer version of the app (schema {schema}, this version knows "
        "{known}). Please update the app; nothing was changed on the server."
    ),
    "team_mode_not_installed": N_("Team mode needs the psycopg package: reinstall the app."),
    # -- a database error the app has no words of its own for (command_line.plain_message)
    "database_unusable": N_(
        "The database cannot be used: restore a backup (the app offers it at start). Details: {error}"
    ),
}


#: Values that are counts of things ("24000 of the file's 48000 reviews"): the reader's
#: window or command line writes them as it writes numbers (`worded`'s `count`).
COUNTS = frozenset({"stored", "total"})


def _same(value: str) -> str:
    return value


#: An OS error's number (by its `errno` name) → our words for it. The system's own words
#: (`strerror`) are English on every system and differ between them ("No space left on
#: device"); these are looked up like any sentence, so a French reader gets French. A number
#: not listed keeps the system's words.
OS_REASONS: dict[str, str] = {
    "ENOENT": N_("the file or folder does not exist"),
    "EACCES": N_("this user is not allowed to open it"),
    "EPERM": N_("the system does not allow it"),
    "ENOSPC": N_("the disk is full"),
    "EDQUOT": N_("this user's disk quota is used up"),
    "EROFS": N_("the disk is read-only"),
    "EISDIR": N_("it is a folder"),
    "ENOTDIR": N_("part of the path is not a folder"),
    "EEXIST": N_("it already exists"),
    "EBUSY": N_("another program is using it"),
    "ETXTBSY": N_("another program is using it"),
    "EIO": N_("the disk could not be read or written"),
    "ENAMETOOLONG": N_("the name is too long"),
    "EMFILE": N_("too many files are open"),
    "ENFILE": N_("too many files are open"),
    "ENXIO": N_("the device is not available"),
    "ENODEV": N_("the device is not available"),
    "ELOOP": N_("the path loops back on itself through links"),
}
#: Suffix of the param holding an OS reason's errno name (`reason` → `reason/os`).
_OS = "/os"


def os_reason_words(exc: OSError, translate: Callable[[str], str]) -> str:
    """An OS error's reason through `translate` (a gettext lookup): ours for a known number,
    else the system's words."""
    code = errno.errorcode.get(exc.errno or 0, "")
    return translate(OS_REASONS[code]) if code in OS_REASONS else exc.strerror or type(exc).__name__


def os_reason(exc: OSError) -> str:
    """An OS error's reason in English (what `str(error)` and the logs say)."""
    return os_reason_words(exc, _same)


#: Suffix of the param holding an inner error's refusal, as JSON (`reason` → `reason/refusal`).
_INNER = "/refusal"


def param_texts(params: Mapping[str, object]) -> dict[str, str]:
    """Params as text; an OS error becomes its English reason, with its errno name kept
    beside it (`name/os`) so `with_os_reasons` can say it in the reader's language; an error
    with a kind of its own keeps its English message and its refusal beside it
    (`name/refusal`), which `worded` says in the reader's language too ("Could not list this
    key's apps: {reason}", the reason a platform's own error)."""
    texts: dict[str, str] = {}
    for name, value in params.items():
        inner = refusal_of(value) if isinstance(value, BaseException) else None
        if isinstance(value, OSError):
            code = errno.errorcode.get(value.errno or 0, "")
            texts[name] = os_reason(value)
            if code in OS_REASONS:
                texts[name + _OS] = code
        elif inner is not None:
            texts[name] = str(value)
            texts[name + _INNER] = refusal_to_json(inner)
        else:
            texts[name] = "" if value is None else str(value)
    return texts


def refusal_data(refusal: Refusal) -> dict[str, object]:
    """A refusal as JSON data (kept on a conflict row, an outbox row, or beside a value)."""
    return {"kind": refusal.kind, "params": refusal.params}


def refusal_to_json(refusal: Refusal) -> str:
    return json.dumps(refusal_data(refusal), ensure_ascii=False, sort_keys=True)


def refusal_from_data(data: object) -> Refusal | None:
    """The refusal JSON data holds; None for anything else (an old or damaged row)."""
    if not isinstance(data, dict):
        return None
    kind, params = data.get("kind"), data.get("params", {})
    if not isinstance(kind, str) or not isinstance(params, dict):
        return None
    return Refusal(kind, {str(k): str(v) for k, v in params.items()})


def refusal_from_json(text: str | None) -> Refusal | None:
    """The refusal `refusal_to_json` wrote; None for no text or text that cannot be read."""
    if not text:
        return None
    try:
        return refusal_from_data(json.loads(text))
    except ValueError:
        return None


def with_os_reasons(values: Mapping[str, str], translate: Callable[[str], str]) -> dict[str, str]:
    """`values` with each OS reason that `param_texts` marked said through `translate`."""
    said = dict(values)
    for name, code in values.items():
        if name.endswith(_OS) and code in OS_REASONS:
            said[name.removesuffix(_OS)] = translate(OS_REASONS[code])
    return said


def placeholders(sentence: str) -> tuple[str, ...]:
    """The names a sentence fills, in order, each once."""
    return tuple(dict.fromkeys(_PLACEHOLDER.findall(sentence)))


#: kind → the params its sentence names (the `/anonymous` wordings fold into their kind).
KINDS: dict[str, tuple[str, ...]] = {
    kind: placeholders(sentence) for kind, sentence in SENTENCES.items() if not kind.endswith(ANONYMOUS)
}


def refused(error: type[E], kind: str, message: str, /, **params: object) -> E:
    """`error(message)` carrying the refusal `kind` with `params` (each turned into text)."""
    return with_kind(error(message), kind, **params)


def with_kind(exc: E, kind: str, /, **params: object) -> E:
    """`exc` (already built: an error whose constructor takes more than a message) carrying
    the refusal `kind` with `params` (an OSError given as a value becomes its reason)."""
    if kind not in KINDS:
        raise ValueError(f"unknown refusal kind {kind!r}")
    return carrying(exc, Refusal(kind, param_texts(params)))


def carrying(exc: E, refusal: Refusal | None) -> E:
    """`exc` with `refusal` (another error's, passed on when one error becomes another)."""
    if refusal is not None:
        exc.refusal = refusal  # type: ignore[attr-defined]
    return exc


def refusal_of(exc: BaseException) -> Refusal | None:
    """The refusal an exception carries, None for a plain error."""
    found = getattr(exc, "refusal", None)
    return found if isinstance(found, Refusal) else None


def fill(sentence: str, values: Mapping[str, str]) -> str:
    """`{name}` placeholders filled in one pass (a value holding "{by}" is never filled in
    again; a name without a value stays as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), sentence)


def worded(refusal: Refusal | None, message: str, translate: Callable[[str], str],
           when: Callable[[str], str] = _same, platform: Callable[[str], str] = _same,
           count: Callable[[str], str] = _same) -> str:
    """The refusal's sentence through `translate` (a gettext lookup) and filled with its
    values; `message` (the English the error was raised with) for no kind, a kind not in the
    table, or a value missing. `when` formats the time `at` of a newer draft, `platform` a
    platform's code as the reader knows it ("Google Play", not "google_play"), `count` the
    counts of `COUNTS` as the reader writes numbers ("24 000"); an OS error's reason
    (`OS_REASONS`) and an inner error's own kind are said in the reader's language too."""
    if refusal is None:
        return message
    key = refusal.kind
    if not refusal.params.get("by") and f"{key}{ANONYMOUS}" in SENTENCES:
        key += ANONYMOUS
    english = SENTENCES.get(key)
    if english is None or any(name not in refusal.params for name in placeholders(english)):
        return message
    values = with_os_reasons(refusal.params, translate)
    for name, inner in refusal.params.items():
        base = name.removesuffix(_INNER)
        if name.endswith(_INNER) and base in values:
            values[base] = worded(refusal_from_json(inner), values[base], translate, when, platform, count)
    if "at" in values:
        values["at"] = when(values["at"])
    for name in COUNTS & values.keys():
        values[name] = count(values[name])
    if "platform" in values:
        values["platform"] = platform(values["platform"])
    return fill(translate(english), values)


def worded_parts(parts: Sequence[Refusal], message: str, translate: Callable[[str], str],
                 when: Callable[[str], str] = _same, platform: Callable[[str], str] = _same,
                 count: Callable[[str], str] = _same) -> str:
    """A sentence kept as parts (a platform's refusal, then "(next try at …)"): each part
    worded by `worded` and joined by a space. A sentence is not nested in another one's
    value: each part is a whole sentence of the table. `message` (the English kept beside
    them) when there are no parts, or when any part cannot be worded (an unknown kind, a
    value missing): half a sentence in the reader's language would be worse."""
    if not parts:
        return message
    said = [worded(part, "", translate, when, platform, count) for part in parts]
    return message if not all(said) else " ".join(said)


def error_words(exc: BaseException, translate: Callable[[str], str], when: Callable[[str], str] = _same,
                platform: Callable[[str], str] = _same) -> str:
    """What to say for `exc`: its kind worded through `translate`, else its own message."""
    return worded(refusal_of(exc), str(exc), translate, when, platform)
