"""Every word outside the Qt app, in English: the command line, its errors, capture records,
the court dossier, the platform report, VERIFY.txt and verify-bundle.

This file is the source of the catalogue. Each message has a stable key (kept in sealed records
and in the translations, so never rename one) and its English text; `_n` gives a message that
shows a count, with its English singular and plural and the name of the field that holds the
count. Russian and Tajik live in `evidence_kit/locale/{ru,tg}/LC_MESSAGES/evidence_kit.po`
(msgctxt = key, msgid = the English text), made from this file with `scripts/translations.py`;
docs/translating.md says how to add, change or translate a message.

Texts are whole sentences with {named} fields, never fragments to be joined.
"""

from __future__ import annotations

from . import Plural

MESSAGES: dict[str, str | Plural] = {}


def _(key: str, text: str) -> None:
    """A message: its key and its English text."""
    assert key not in MESSAGES, key
    MESSAGES[key] = text


def _n(key: str, one: str, other: str, count: str = "count") -> None:
    """A message that shows a count: English for one and for more; `count` names its field."""
    assert key not in MESSAGES, key
    MESSAGES[key] = Plural(one, other, count)


# ==================================================================================================
# The command line: errors, help, listing, checking the vault
# ==================================================================================================

# --- errors
_("error.generic", "Something went wrong. Your saved evidence is not affected.")
_("error.internal",
  "Evidence Kit met an unexpected problem and stopped. Your saved evidence is not affected. Run the command again with --debug to see details for a helper.")
_("error.usage",
  "The command was not understood: {detail}. Run evidence-kit --help to see how to use it.")
_("error.bad_input", "That input cannot be used.")
_("error.interrupted",
  "Stopped. Everything already sealed is safe; the item that was being saved was left out.")
_("error.wrong_passphrase",
  "That passphrase does not open this vault. Nothing was changed. Check the keyboard language and Caps Lock, or use your recovery key.")
_("error.wrong_recovery_key",
  "That recovery key does not open this vault. Nothing was changed. Check each group of letters again.")
_("error.recovery_key_format",
  "A recovery key has 32 letters and digits in 8 groups of 4, like ABCD-EFGH-…. Please check what you typed.")
_("error.no_passphrase",
  "A passphrase is needed. Set EVIDENCE_KIT_PASSPHRASE, use --passphrase-file FILE, or run the command in a terminal to type it.")
_("error.no_new_passphrase",
  "A new passphrase is needed. Set EVIDENCE_KIT_NEW_PASSPHRASE, use --new-passphrase-file FILE, or run the command in a terminal.")
_("error.no_recovery_key",
  "The recovery key is needed. Set EVIDENCE_KIT_RECOVERY_KEY, use --recovery-key-file FILE, or run the command in a terminal.")
_("error.empty_passphrase", "The passphrase cannot be empty.")
_("error.passphrases_differ",
  "The two passphrases are not the same. Nothing was changed; please try again.")
_("error.vault_not_found",
  "There is no evidence vault in {path}. Create one with: evidence-kit init")
_("error.vault_exists", "{path} already holds a vault. Nothing was changed.")
_("error.folder_not_empty",
  "{path} already holds other files. Choose an empty or new folder for the vault.")
_("error.vault_path_is_file", "{path} is a file, not a folder. Choose a folder for the vault.")
_("error.vault_in_use",
  "The vault is in use by another Evidence Kit window or command. Close it and try again; nothing was changed.")
_("error.vault_corrupt",
  "The vault cannot be read: it seems damaged. Do not delete anything; run evidence-kit verify and ask a helper.")
_("error.vault_header",
  "The vault's main file (vault.json) is damaged or not a vault file. Do not delete anything; ask a helper.")
_("error.vault_newer",
  "This vault was made by a newer Evidence Kit (format {version}). Update Evidence Kit to open it; nothing was changed.")
_("error.record_missing", "A vault file is missing ({name}). Run evidence-kit verify.")
_("error.record_damaged", "A vault file was changed or damaged ({name}). Run evidence-kit verify.")
_("error.log_damaged", "Entry {seq} of the custody log cannot be read. Run evidence-kit verify.")
_("error.log_needs_attention",
  "Part of the custody log cannot be read, so nothing new is saved until it is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.")
_("error.object_damaged",
  "A stored file was changed, cut short or removed. Run evidence-kit verify.")
_("error.object_missing",
  "A stored file is missing from the vault ({name}…). Run evidence-kit verify.")
_("error.object_unreadable",
  "A stored file cannot be read ({name}…). Check the disk, then run evidence-kit verify.")
_("error.object_changed",
  "A stored file was changed or cut short since it was sealed ({name}…). Run evidence-kit verify.")
_("error.object_name", "A file in the vault has a name that does not belong there ({name}).")
_("error.storage", "The disk refused to save ({detail}). Nothing already sealed was changed.")
_("error.disk_full",
  "The disk is full, so this could not be saved. Nothing already sealed was changed. Free some space and try again.")
_("error.not_writable",
  "Evidence Kit is not allowed to write there. Choose another folder or check its permissions.")
_("error.read_only", "The vault was opened only for reading, so nothing can be saved now.")
_("error.no_such_file", "There is no file or folder at {path}.")
_("error.cannot_read_file", "{path} cannot be read. Check that it exists and that you may open it.")
_("error.file_changed",
  "{path} changed while it was being saved, so it was left out. Try again when it is no longer being written.")
_("error.would_overwrite",
  "{path} already exists. Evidence Kit never overwrites files; choose an empty folder.")
_("error.no_such_item", "No item has the id {id}. Run evidence-kit list to see the ids.")
_n("error.ambiguous_id",
   "{count} item starts with {id}. Type more of the id.",
   "{count} items start with {id}. Type more of the id.")
_("error.no_such_artifact", "Item {id} has no file named {name}.")
_("error.bad_abuse_kind",
  "Unknown kind of abuse: {kind}. Use: intimate_image, home_address, phone_number, name_with_insults, threats, impersonation, other.")
_("error.empty_case", "A case needs a name.")
_("error.no_such_case", "There is no case named {case}.")
_("error.case_exists", "A case named {case} already exists.")
_("error.no_browser",
  "No web browser was found to capture pages with. Install Google Chrome, Chromium or Microsoft Edge (on Debian or Ubuntu: sudo apt-get install chromium), or set EVIDENCE_KIT_BROWSER to its path.")
_("error.capture_failed", "The page could not be captured.")
_("error.export_failed", "The export could not be written. No partial file was left behind.")

# --- prompts
_("prompt.passphrase", "Passphrase:")
_("prompt.new_passphrase", "New passphrase:")
_("prompt.rekey_new_passphrase", "The new passphrase chosen when the change of keys began:")
_("prompt.repeat_passphrase", "Type it again:")
_("prompt.recovery_key", "Recovery key:")

# --- init, import, list, …
_("init.created", "A new evidence vault was created in {path}.")
_("init.recovery_intro",
  "Your recovery key opens the vault if you forget the passphrase. It is shown only now:")
_("init.recovery_warning",
  "Write it on paper and keep it somewhere safe, away from this computer. Anyone with it can open the vault.")
_("progress.importing", "Saving")
_n("import.done",
   "{count} file sealed in the vault. The original file was not changed.",
   "{count} files sealed in the vault. The original files were not changed.")
_("import.failed_one", "Not saved: {path}. {reason}")
_("import.skipped", "Skipped (a link or special file, not a regular file): {path}")
_n("import.stopped",
   "Stopped after {done} file. It is sealed and safe.",
   "Stopped after {done} files. Those are sealed and safe.", count="done")
_("list.empty", "The vault holds no evidence yet.")
_n("list.count",
   "{count} item.",
   "{count} items.")
_("status.sealed", "sealed")
_("status.failed", "not captured")
_("word.yes", "yes")
_("word.no", "no")
_("field.exhibit", "Exhibit")
_("field.id", "Id")
_("field.case", "Case")
_("field.title", "Title")
_("field.url", "Address (URL)")
_("field.final_url", "Final address")
_("field.captured_at", "Captured at")
_("field.status", "Status")
_("field.error", "Problem")
_("field.sensitive", "Sensitive")
_("field.notes", "Notes")
_("field.artifacts", "Files")
_("field.collector", "Collector")
_("field.vault", "Vault")
_("field.fingerprint", "Vault fingerprint")
_("field.language", "Language")
_n("verify.ok",
   "All is in order: {items} item checked (custody log entries checked: {entries}); nothing was changed since it was sealed.",
   "All is in order: {items} items checked (custody log entries checked: {entries}); nothing was changed since it was sealed.", count="items")
_n("verify.bad",
   "{count} problem found. Do not delete anything; keep this list for a helper.",
   "{count} problems found. Do not delete anything; keep this list for a helper.")
_("verify.not_logged",
  "Another program is writing to the vault, so this check was not added to the custody log.")
_("verify.log_missing", "Custody log entry {seq} was removed.")
_("verify.log_changed", "Custody log entry {seq} was changed or replaced.")
_("verify.log_moved", "Custody log entry {seq} is out of its place: entries were reordered.")
_("verify.log_broken",
  "The custody log's chain is broken at entry {seq}: an entry before it was changed, removed or reordered.")
_n("verify.log_truncated",
   "The newest {count} custody log entry was removed.",
   "The newest {count} custody log entries were removed.")
_("verify.log_empty", "The custody log is empty or missing.")
_("verify.head_damaged", "The record of the custody log's newest entry was changed.")
_("verify.head_behind",
  "The last save was interrupted before it finished its bookkeeping; it will be completed on the next save.")
_("verify.index_stale",
  "The vault's quick list is out of date; it is rebuilt from the custody log on the next save.")
_("verify.record_changed",
  "The vault file {name} was changed or damaged. The evidence can still be read; the file is rebuilt on the next save.")
_("verify.manifest_damaged", "The description of {item} was changed, cut short or removed.")
_("verify.manifest_mismatch", "The description of {item} does not match what was sealed.")
_("verify.artifact_missing", "The file {name} of {item} was removed from the vault.")
_("verify.artifact_changed",
  "The file {name} of {item} was changed or cut short since it was sealed.")
_n("verify.unreferenced",
   "{count} leftover stored file belongs to no item (a save was interrupted). It is harmless; evidence-kit gc removes it.",
   "{count} leftover stored files belong to no item (a save was interrupted). They are harmless; evidence-kit gc removes them.")
_("verify.temp_leftovers",
  "Temporary files from an interrupted save remain; they are removed the next time the vault is opened for saving.")
_("log.hash", "hash")
_("passwd.done", "The passphrase was changed. The evidence itself was not touched.")
_("edit.done", "{exhibit} updated.")
_n("gc.done",
   "{count} leftover file removed. No evidence was touched.",
   "{count} leftover files removed. No evidence was touched.")
_("gui.not_built",
  "The desktop app is not installed in this copy. Use the evidence-kit command for now.")
_("gui.no_display",
  "The app needs a desktop screen, and this session has none. Start it from your desktop, or use the evidence-kit command here.")
_("gui.libraries_missing",
  "Some parts the app needs are not installed. Run: bash scripts/setup.sh app")

# --- custody events
_("event.vault_created", "vault created")
_("event.item_imported", "file imported")
_("event.item_captured", "page captured")
_("event.item_updated", "item details changed")
_("event.note_added", "note added")
_("event.case_created", "case created")
_("event.case_renamed", "case renamed")
_("event.artifact_viewed", "file viewed")
_("event.artifact_revealed", "hidden image shown")
_("event.artifact_extracted", "original files written out")
_("event.exported", "exported")
_("event.verified", "vault checked")
_("event.passphrase_changed", "passphrase changed")
_("event.recovery_key_used", "recovery key used")
_("event.settings_changed", "settings changed")
_("event.leftovers_removed", "leftover files removed")

# --- help
_("help.description",
  "Evidence Kit keeps abusive online posts as sealed, verifiable evidence in an encrypted vault.")
_("help.exit_codes",
  "Exit codes: 0 success; 1 some items failed or verify found problems; 2 usage or bad input; 3 wrong passphrase; 4 no vault there, vault in use, or vault damaged; 5 no browser found; 6 the capture engine (Playwright's driver) cannot run.")
_("help.opt_vault", "the vault folder (default: EVIDENCE_KIT_VAULT or your data folder)")
_("help.opt_json", "print JSON")
_("help.opt_debug", "show technical details of errors")
_("help.opt_lang", "language: en, ru or tg")
_("help.opt_passphrase_file", "read the passphrase from this file")
_("help.opt_full", "with --json: include each item's metadata (slower)")
_("help.opt_collector", "the name of the person collecting the evidence")
_("help.opt_case", "the case the items belong to")
_("help.opt_use_recovery_key", "unlock with the recovery key instead of the passphrase")
_("help.opt_recovery_key_file", "read the recovery key from this file")
_("help.opt_new_passphrase_file", "read the new passphrase from this file")
_("help.opt_rekey_abandon",
  "give up an interrupted change of keys (if its new passphrase is lost): the vault stays as it was")
_("help.opt_abuse", "kinds of abuse shown, separated by commas")
_("help.init", "create a vault and print its recovery key")
_("help.import", "seal files or folders (one item per file); the originals are never changed")
_("help.list", "list the items in the vault")
_("help.show", "show one item")
_("help.extract", "write an item's original files, byte-identical")
_("help.verify", "re-read and check everything in the vault")
_("help.log", "print the custody log")
_("help.passwd", "change the passphrase (also with the recovery key)")
_("help.edit", "change an item's notes, sensitive mark, case, title or kinds of abuse")
_("help.settings", "show or change settings kept in the vault")
_("help.gc", "remove leftover files of interrupted saves")
_("help.gui", "start the desktop app")
_("help.capture", "capture web pages as sealed evidence")
_("help.export", "export a court dossier, a platform report or a verification bundle")

# ==================================================================================================
# What a check of the vault finds; changing every key
# ==================================================================================================
_("error.head_missing",
  "The record of the custody log's newest entry is missing, so entries may have been removed from its end. Nothing new is saved until this is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.")
_("error.log_cut_short",
  "The newest entries of the custody log are missing: the vault remembers more entries than are there. Nothing new is saved, so that this stays visible. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.")
_("error.head_damaged",
  "The record of the custody log's newest entry was changed or does not match the log. Nothing new is saved until this is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.")
_("error.gc_refused",
  "Nothing was removed: the custody log is not whole, and a clean-up now could delete evidence. Run evidence-kit verify and show the result to a helper.")
_("error.kdf_out_of_bounds",
  "The vault's key settings in vault.json are outside safe limits (they may have been changed). Nothing was changed. Do not delete anything; ask a helper.")
_("error.kdf_no_memory",
  "This computer does not have the {mib} MiB of memory that unlocking this vault asks for. Close other programs and try again; nothing was changed.")
_("error.not_regular_file",
  "{path} is not an ordinary file (it is a pipe, a device or a link to nothing), so it was not imported. Nothing was changed.")
_("verify.head_missing",
  "The record of the custody log's newest entry is missing: entries may have been removed from the end of the log.")
_n("verify.log_strays",
   "{count} file in the custody log's folder is not a custody log entry. It was left as it is.",
   "{count} files in the custody log's folder are not custody log entries. They were left as they are.")
_("verify.record_missing",
  "The vault file {name} is missing; what it held (your name as collector, your choices) was lost, not the evidence. Set them again in Settings.")
_n("verify.strays",
   "{count} file in the vault folder is not the vault's own (not sealed by Evidence Kit). It was left as it is.",
   "{count} files in the vault folder are not the vault's own (not sealed by Evidence Kit). They were left as they are.")
_("verify.not_in_log",
  "Evidence missing from the custody log: {item} is sealed in the vault, but the custody entry that recorded it was removed or cannot be read. It was kept; do not delete anything.")
_("help.rekey", "change every key: a new passphrase, a new recovery key, every file written again")
_("rekey.explain",
  "This changes every key of the vault. Use it if someone may have seen your passphrase or recovery key, or had a copy of the vault while it was open. (Changing only the passphrase, evidence-kit passwd, protects against someone who may learn the old passphrase later, but not against someone who already used it.) Every file is written again under new keys, so the vault needs as much free space again for a while. The old passphrase and the old recovery key stop working, and the vault's fingerprint changes: give the new one to your lawyer.")
_("rekey.resuming",
  "A change of keys was interrupted; it is now finished with the new passphrase and recovery key chosen when it began.")
_("rekey.restarting",
  "A change of keys begun by an earlier version of Evidence Kit was interrupted. That version kept the new keys where the old passphrase could read them, so they are not used: the unfinished copy is deleted and the change starts again with a new passphrase you choose now. Your evidence is not touched.")
_("rekey.progress", "Writing every file again under new keys:")
_("rekey.done",
  "Every key was changed. Only the new passphrase and the new recovery key below open the vault now.")
_("rekey.done_earlier",
  "An earlier change of keys finished. In case its new recovery key did not reach you, here it is once more.")
_("rekey.abandoned",
  "The interrupted change of keys was given up and its unfinished copy deleted. The vault is as it was and opens with your current passphrase; run evidence-kit rekey to change every key.")
_("rekey.new_fingerprint",
  "The vault's new fingerprint (give it to your lawyer on paper, separately from any bundle): {fingerprint}")
_("error.rekey_unfinished",
  "A change of keys was interrupted. Your evidence can be read, but nothing new is saved until it is finished: run evidence-kit rekey with your current passphrase.")
_("error.rekey_wrong_new_passphrase",
  "That is not the new passphrase chosen when the change of keys began, so the change was not finished. Nothing was changed: the vault opens with your current passphrase as before. Check the keyboard language and Caps Lock; if that new passphrase is lost, evidence-kit rekey --abandon gives up the unfinished change.")
_("error.rekey_plan_damaged",
  "The plan of the interrupted change of keys cannot be read, so the change cannot be finished. Your evidence is not affected: evidence-kit rekey --abandon gives up the change and keeps the vault as it was.")
_("error.rekey_nothing_to_abandon",
  "No change of keys is under way in this vault: there is nothing to give up.")
_("error.rekey_log_not_whole",
  "The keys were not changed: the custody log is not whole, and writing it again now could hide that. Run evidence-kit verify and show the result to a helper.")
_("error.rekey_damaged",
  "The keys were not changed: some stored files do not read back as sealed, and writing them again would lose the proof of that. Run evidence-kit verify and show the result to a helper.")
_("error.rekey_no_room",
  "Not enough free space to change the keys: about {need_mib} MiB are needed for a while, {free_mib} MiB are free. Nothing was changed.")
_("verify.rekey_unfinished",
  "A change of keys was interrupted; run evidence-kit rekey to finish it. The evidence is unaffected.")
_("event.vault_rekeyed", "every key changed")

# ==================================================================================================
# The vault's fingerprint, the collector's name, secrets given to the command line
# ==================================================================================================

# --- the collector's name
_("hd.prompt.collector",
  "Your name as the collector, printed in documents (press Enter to leave it out):")
_("hd.collector.not_given", "not given")

# --- the desktop app
_("hd.gui.xcb_missing",
  "The desktop app cannot open its window: Qt's screen support (the xcb plugin) needs system libraries that are missing here ({libraries}). On Debian or Ubuntu install them with: sudo apt-get install {packages} — or run bash scripts/setup.sh app.")
_("hd.gui.xcb_missing_unknown",
  "The desktop app cannot open its window: Qt's screen support (the xcb plugin) needs system libraries that are missing here ({libraries}). Install the packages that provide them ({packages}), or run bash scripts/setup.sh app on Debian or Ubuntu.")

# --- fingerprint
_("hd.help.fingerprint",
  "print the vault's signing-key fingerprint, to give to your lawyer on paper")
_("hd.fingerprint.advice",
  "Give this fingerprint to your lawyer on paper, separately from any bundle (in groups: {grouped}). With it they can check that a bundle really comes from your vault: evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint FINGERPRINT")
_("hd.error.bad_fingerprint",
  "\"{value}\" is not a fingerprint. A fingerprint is 64 characters, the digits 0–9 and the letters a–f (spaces and colons between them are allowed).")

# ==================================================================================================
# Login sessions kept in the vault
# ==================================================================================================

# --- custody log events
_("event.session_added", "login for captures added")
_("event.session_removed", "login for captures removed")

# --- help
_("help.opt_proxy",
  "send every request through this proxy: http://, https:// or socks5://HOST:PORT (Tor: socks5://127.0.0.1:9050); also EVIDENCE_KIT_PROXY")
_("help.opt_no_proxy", "connect directly, even if a proxy is set in the app's settings")
_("help.opt_session", "open the pages logged in with this saved login (see: session list)")
_("help.session", "logins for captures, kept encrypted in the vault")
_("help.session_add", "add a login: from a cookies.txt file, or by logging in in a browser window")
_("help.session_list", "the saved logins (names and sites, never their secrets)")
_("help.session_remove", "remove a saved login from the vault")
_("help.opt_cookies", "a Netscape cookies.txt file (as browser extensions and yt-dlp write it)")
_("help.opt_login_browser",
  "open a browser window with a fresh, temporary profile: log in, then close the window")
_("help.opt_login_url", "the page to open first in that window (for example the site's login page)")
_("help.opt_replace_session", "replace a saved login of the same name")

# --- what the command says
_("session.which_action", "Say what to do: session add, session list or session remove.")
_n("session.bad_name",
   "A login needs a name of 1 to {max} character: letters, digits or signs (for example: instagram-research).",
   "A login needs a name of 1 to {max} characters: letters, digits or signs (for example: instagram-research).", count="max")
_("session.no_cookies",
  "No cookies were found in {path}. Export them again as a Netscape cookies.txt file (one cookie per line, seven columns separated by tabs).")
_("session.empty",
  "Nothing was saved for “{name}”: the browser held no login when it was closed. Log in, then close the window.")
_("session.exists",
  "A login named “{name}” is already saved. Choose another name, or add --replace to replace it.")
_("session.not_found", "There is no saved login named “{name}”. Saved logins: {names}.")
_("session.none_yet",
  "There is no saved login named “{name}”: none has been added yet (evidence-kit session add).")
_("session.no_display",
  "A browser window cannot be opened here: there is no screen. Use --cookies FILE instead, or run this on a computer with a desktop.")
_("session.window_open",
  "A browser window is opening with a fresh, temporary profile. Log in there, then close the window (or press Enter here). Its cookies and site storage are then sealed in the vault and the profile is wiped.")
_n("session.added",
   "Saved the login “{name}” in the vault ({cookies} cookie; sites: {sites}).",
   "Saved the login “{name}” in the vault ({cookies} cookies; sites: {sites}).", count="cookies")
_("session.delete_file",
  "The file {path} still holds this login in plain text. Delete it if you no longer need it.")
_("session.list_empty", "No logins are saved for captures.")
_n("session.list_line",
   "{name}  — added {when}, {source}, {cookies} cookie; {sites}",
   "{name}  — added {when}, {source}, {cookies} cookies; {sites}", count="cookies")
_("session.source.cookies_file", "from a cookies.txt file")
_("session.source.browser", "logged in in a browser window")
_("session.removed", "Removed the login “{name}” from the vault.")

# ==================================================================================================
# The unlock limit (evidence_kit/vault/attempts.py) and quick delete (`destroy`)
# ==================================================================================================
_n("duration.seconds", "{count} second", "{count} seconds")
_n("duration.minutes", "{count} minute", "{count} minutes")
_n("duration.hours", "{count} hour", "{count} hours")
_("duration.minutes_seconds", "{minutes} {seconds}")
_("duration.hours_minutes", "{hours} {minutes}")
_n("unlock.wait",
   "{count} wrong passphrase or recovery key was tried in a row. To slow down guessing, the next try must wait: {left} more, until {until} — {until_utc}. Nothing was tried now, and nothing was deleted.",
   "{count} wrong passphrases or recovery keys were tried in a row. To slow down guessing, the next try must wait: {left} more, until {until} — {until_utc}. Nothing was tried now, and nothing was deleted.")
_n("unlock.told_passphrases",
   "{count} wrong passphrase was tried since you last opened the vault, the last on {last} — {last_utc}.",
   "{count} wrong passphrases were tried since you last opened the vault, the last on {last} — {last_utc}.")
_n("unlock.told_recovery_keys",
   "{count} wrong recovery key was tried since you last opened the vault, the last on {last} — {last_utc}.",
   "{count} wrong recovery keys were tried since you last opened the vault, the last on {last} — {last_utc}.")
_n("unlock.told_both",
   "{count} wrong passphrase or recovery key was tried since you last opened the vault, the last on {last} — {last_utc}.",
   "{count} wrong passphrases or recovery keys were tried since you last opened the vault, the last on {last} — {last_utc}.")
_("unlock.bad_attempts",
  "The number of wrong tries before a wait must be a whole number from {low} to {high}. Nothing was changed.")
_("unlock.bad_wait",
  "The first wait must be a whole number of seconds from {low} to {high}. Nothing was changed.")
_n("unlock.wait_setting",
   "{seconds} second, doubling with each further wrong try, up to one hour",
   "{seconds} seconds, doubling with each further wrong try, up to one hour", count="seconds")
_("help.opt_unlock_attempts",
  "how many wrong passphrases or recovery keys in a row before each further try must wait (3–20, default 5)")
_("help.opt_unlock_wait",
  "the first wait in seconds after those wrong tries (at least 5, default 30); it doubles with each further wrong try, up to one hour")
_("field.unlock_attempts", "Wrong tries before a wait")
_("field.unlock_wait", "First wait")
_("event.unlock_failures", "wrong passphrases tried before an unlock")
_("event.backup_run", "backup run")
_("help.destroy",
  "delete this computer's copy of the vault now: its keys first, then its folder (backups are not touched)")
_("help.opt_yes_destroy", "delete without asking (needed when there is no terminal to ask on)")
_("destroy.needs_flag",
  "Nothing was deleted. Without a terminal to ask on, destroy needs --yes-destroy-this-copy.")
_("destroy.warning",
  "This deletes the vault at {path} from this computer, now. Its keys are destroyed first: after that neither your passphrase nor your recovery key opens this copy, and nobody can undo it.")
_("destroy.no_backup",
  "No backup of this vault was ever completed: everything in it will be gone for good.")
_n("destroy.last_backup",
   "The last complete backup was made on {when} — {when_utc}, with {count} item. A backup brings back everything up to then; what was saved after it will be lost.",
   "The last complete backup was made on {when} — {when_utc}, with {count} items. A backup brings back everything up to then; what was saved after it will be lost.")
_("destroy.backup_unknown",
  "Without the passphrase it cannot be told whether a backup of this vault exists. If there is none, everything in it will be gone for good.")
_("destroy.prompt_passphrase", "Passphrase, to tell whether a backup exists (press Enter to skip):")
_("destroy.resuming",
  "A deletion of this vault was interrupted: its keys are already destroyed. This removes what is left.")
_("destroy.what_remains",
  "On SSDs, memory cards and some file systems, pieces of deleted files can stay on the disk for a while. They are encrypted, and the keys that open them are destroyed first, so they cannot be read. Backups elsewhere are not touched.")
_("destroy.word", "DELETE")
_("destroy.type_word", "To delete it, type {word} and press Enter:")
_("destroy.not_confirmed", "Nothing was deleted: the word did not match.")
_("destroy.done", "Deleted: the vault at {path} is gone from this computer. Backups were not touched.")
_("destroy.folder_left",
  "A temporary browser folder could not be removed and may hold copies of pages: {path}. Delete it yourself, or restart the computer.")

# ==================================================================================================
# Backups and restore (evidence_kit/backup/, evidence_kit/cli/backup_cmd.py)
# ==================================================================================================
_("help.backup", "backups of the vault to a folder (a USB stick, a cloud folder) or an rclone remote")
_("help.backup_add", "add a backup: NAME, and TARGET a folder or rclone:REMOTE:PATH")
_("help.backup_run", "copy to a backup what it lacks (every backup when no NAME is given)")
_("help.backup_list", "the backups, where they go and when each last completed")
_("help.backup_check", "read every file of a backup back and check it against the vault")
_("help.backup_remove", "forget a backup (what it copied stays where it is)")
_("help.restore", "make a working vault in DIR (missing or empty) from a backup")
_("event.vault_restored", "vault restored from a backup")
_("backup.which_action", "Say what to do: backup add, backup run, backup list, backup check or backup remove.")
_("backup.never", "never")
_("backup.added", "Added the backup “{name}” to {target}. Nothing is copied until you run it: evidence-kit backup run {name}")
_("backup.removed", "Forgot the backup “{name}”. What it copied is still where it was.")
_("backup.none", "No backups yet. Add one: evidence-kit backup add NAME FOLDER")
_("backup.none_to_run", "There is no backup to run. Add one first: evidence-kit backup add NAME FOLDER")
_("backup.row", "{name}: {target}; last complete: {when}")
_("backup.row_last_failed", "the last run, {when}, failed")
_("backup.row_last_cancelled", "the last run, {when}, was stopped")
_("backup.progress", "Backing up to “{name}”")
_("backup.restore_progress", "Restoring")
_("backup.stopped", "Stopped. The backup “{name}” is as its last complete run left it; the next run finishes it.")
_("backup.run_failed", "The backup “{name}” did not complete: {reason} It is as its last complete run left it.")
_("backup.run_done", "The backup “{name}” is complete: {items} items, {files} files copied ({size}), read back and checked.")
_("backup.check_ok", "The backup “{name}” is whole: {files} files read back and checked, complete up to custody entry {seq} (made {when}).")
_("backup.check_bad", "The backup “{name}” has the problems above. Run it again to copy what is missing; keep the vault until a check is clean.")
_("backup.restored", "Restored the vault in {path}: {items} items, from the backup made {when}.")
_("backup.restore_damaged", "Some files of the backup are damaged: the items named above did not come back whole. Everything else was restored intact.")
_("backup.restore_not_logged", "The restore could not be written in the custody log, because the log of the backup is damaged (see above).")
_("backup.err.failed", "The backup could not be written.")
_("backup.err.cancelled", "The backup was stopped.")
_("backup.err.no_target", "Say where the backup goes: a folder, or rclone:REMOTE:PATH.")
_("backup.err.bad_rclone_target", "“{target}” is not an rclone target. Write it as rclone:REMOTE:PATH, with a remote you made with “rclone config”.")
_("backup.err.bad_name", "A backup's name must be 1 to {max} characters, without / or \\.")
_("backup.err.name_taken", "There is already a backup called “{name}”.")
_("backup.err.no_such_backup", "There is no backup called “{name}”. See them with: evidence-kit backup list")
_("backup.err.folder_missing", "The backup folder {path} is not there. If it is on a USB stick, plug the stick in and try again.")
_("backup.err.target_unreadable", "The backup could not be read: {detail}")
_("backup.err.read_back", "A file read back from the backup differs from what was written ({name}): the disk or the connection may be failing.")
_("backup.err.rclone", "rclone could not reach or write the remote: {detail}")
_("backup.err.no_rclone", "Backups to a remote need the program rclone, which is not installed. On Debian or Ubuntu: sudo apt install rclone. On Windows and macOS: download it from https://rclone.org/downloads/. Then make the remote with: rclone config")
_("backup.err.vault_needs_attention", "The vault needs attention before it is backed up, so that a good backup is never replaced by a damaged copy: {reason}")
_("backup.err.restore_not_empty", "{path} is not empty. A restore only writes into a missing or empty folder; nothing was touched.")
_("backup.err.no_backup_there", "There is no Evidence Kit backup there.")
_("backup.err.half_written", "The backup there was never completed: its first run stopped half-way, so it is not a backup that can be restored. Run the backup again from the vault, if you still have it.")
_("backup.check.empty", "There is nothing in the backup's folder on the target.")
_("backup.check.incomplete", "The backup was never completed: no run has finished writing it.")
_("backup.check.header_changed", "The backup's vault.json was changed: it is not the one the vault wrote.")
_("backup.check.header_older", "The backup's vault.json is from before the last change of passphrase; the next run updates it.")
_("backup.check.other_vault", "The backup there belongs to another vault.")
_("backup.check.older_keys", "The backup is from before the vault's keys were changed; run it to bring it up to date.")
_("backup.check.marker_changed", "The backup's record of its last complete run was changed or is damaged.")
_("backup.check.file_missing", "The file {name} is missing from the backup.")
_("backup.check.file_changed", "The file {name} in the backup was changed or is damaged.")
_("backup.check.rolled_back", "The backup is older than the vault's last complete run of it: it holds custody entries up to {seq}, but the run of {at} copied up to {last}. Someone or something put an older copy in its place.")
_("backup.check.log_missing", "Custody log entry {seq} is missing from the backup.")
_("backup.check.log_changed", "Custody log entry {seq} in the backup was changed or is damaged.")
_("backup.check.log_differs", "Custody log entry {seq} in the backup is not the vault's entry {seq}.")
_("backup.check.item_missing", "A file of item {item} is missing from the backup.")
_("backup.check.item_changed", "A file of item {item} in the backup was changed or is damaged.")
_n("backup.check.behind", "The vault has {count} custody entry newer than the backup; run the backup to copy it.",
   "The vault has {count} custody entries newer than the backup; run the backup to copy them.")

# ==================================================================================================
# Trusted time (RFC 3161 time stamps)
# ==================================================================================================
_("event.item_stamped", "trusted time received")
_("event.log_stamped", "custody log given a trusted time")

# --- why a reply was not kept
_("ts.err.other", "The time-stamping service's answer could not be used.")
_("ts.err.unreachable",
  "The time-stamping service could not be reached (no internet, blocked, or no answer within 10 s).")
_("ts.err.http", "The time-stamping service answered with an error (HTTP {status}).")
_("ts.err.not_granted", "The time-stamping service refused the request ({status}).")
_("ts.err.garbled", "The time-stamping service's answer is not a readable time-stamp reply.")
_("ts.err.imprint", "The time stamp is for another hash than the one sent: it was rejected.")
_("ts.err.nonce",
  "The time stamp does not answer this request (its nonce differs): it was rejected.")
_("ts.err.gen_time",
  "The time stamp says {gen_time}, earlier than the capture began ({start}): it was rejected. If this computer's clock is fast, correct it.")
_("ts.err.signature", "The time stamp's signature does not check: it was rejected.")
_("ts.err.no_certificate",
  "The time stamp does not carry the certificate that signed it: it was rejected.")
_("ts.err.not_tsa_certificate",
  "The time stamp is signed with a certificate that is not a time-stamping certificate: it was rejected.")
_("ts.err.certificate_expired",
  "The time stamp's certificate was not valid at the stated time: it was rejected.")
_("ts.err.certificate_chain",
  "The certificates inside the time stamp do not form a chain: it was rejected.")
_("ts.err.untrusted",
  "Its answer is kept, but it is NOT trusted time: it was signed by «{name}», and {why} The item stays pending until a trusted authority answers.")
_("ts.untrusted.no_root",
  "its certificate does not lead to a root certificate that Evidence Kit trusts (the built-in authorities' roots, or one added with «evidence-kit settings --tsa-ca FILE»).")
_("ts.untrusted.invalid",
  "its certificate chain does not hold (a certificate in it was not valid at the stated time, or may not sign time stamps).")
_("ts.untrusted.unreadable", "its token could not be read back to check it.")
_("ts.err.proxy",
  "Nothing was sent: requests go through the proxy {proxy}, which did not answer or refused (if it is Tor, check that Tor is running). Nothing is sent directly while a proxy is set; the items stay pending.")
_("ts.err.proxy_tsa",
  "The proxy {proxy} could not reach the time-stamping service (the service may be down, or the proxy may block it). Nothing was sent directly.")
_("ts.err.proxy_bad",
  "Nothing was sent: the proxy that is set cannot be used ({detail}) and nothing is sent directly while a proxy is set. The items stay pending.")
_("ts.err.tls",
  "The time-stamping service's HTTPS certificate could not be verified: nothing was sent to it.")
_("ts.err.store", "A time stamp was received but could not be stored: {detail}")
_("ts.bad_url",
  "«{url}» is not the address of a time-stamping service (it must start with http:// or https://).")

# --- the command line
_("help.stamp", "ask the time-stamping services again for every item still without a trusted time")
_("help.opt_tsa",
  "time-stamping services, URL[,URL…] ('default' for the built-in list, 'none' to ask none)")
_("help.opt_tsa_ca",
  "trust time stamps whose certificate leads to the root certificate in FILE (PEM or DER; kept in the vault; repeat for several; 'none' removes every root you added); EVIDENCE_KIT_TSA_CA=FILE trusts one for a single run")
_("help.opt_tsa_ca_remove",
  "stop trusting a root you added, named by its SHA-256 (8 or more leading hex digits, as «settings» lists it), or 'all'")
_("field.tsa", "Time-stamping services")
_("field.trusted_time", "Trusted time")
_("field.tsa_ca", "Roots trusted for time stamps")
_("ts.ca.line_bundled", "  {subject}  (built in; SHA-256 {sha256}; valid until {not_after})")
_("ts.ca.line_vault", "  {subject}  (added by you; SHA-256 {sha256}; valid until {not_after})")
_("ts.ca.line_env", "  {subject}  (for this run only, from EVIDENCE_KIT_TSA_CA; SHA-256 {sha256}; valid until {not_after})")
_("ts.ca.added",
  "Time stamps whose certificate leads to «{subject}» now count as trusted time (SHA-256 {sha256}).")
_("ts.ca.warning",
  "Add only a root you got from the authority's operator through a channel you trust: whoever holds its key can make time stamps that state any time.")
_("ts.ca.already", "The certificates in {path} are already trusted.")
_("ts.ca.removed",
  "No longer trusted: «{subject}» (SHA-256 {sha256}). Time stamps that lead only to it are now shown as not trusted time.")
_n("ts.ca.removed_all",
   "Removed {count} root you had added; the built-in authorities' roots stay.",
   "Removed {count} roots you had added; the built-in authorities' roots stay.")
_("ts.ca.bad_file",
  "{path} holds no certificate that can be read (a root certificate in PEM or DER form is needed).")
_("ts.ca.no_file", "{path} cannot be read (it does not exist, or it is not a file you may read).")
_("ts.ca.bad_fingerprint",
  "«{value}» is not a SHA-256 fingerprint (8 or more hexadecimal digits, as «evidence-kit settings» lists them).")
_("ts.ca.not_found",
  "No root you added has a fingerprint beginning «{value}» (or more than one has): «evidence-kit settings» lists them.")
_("ts.ca.env_unusable", "{var} adds no trusted root: {reason}")
_("ts.none_configured", "none (trusted time is turned off)")
_("ts.only_hash",
  "Only a SHA-256 hash of each item's record is sent to these services, never a file, an address or a name.")
_("ts.show_pending", "pending")
_("ts.show_stamped", "{gen_time} by {tsa}")
_("ts.show_untrusted", "{gen_time} by {tsa}: NOT trusted time, {why}")
_("ts.stamp.nothing", "Every item already has a trusted time.")
_("ts.stamp.progress", "Asking for trusted time")
_n("ts.stamp.done",
   "Trusted time received for {count} item (time stamps: {tokens}).",
   "Trusted time received for {count} items (time stamps: {tokens}).")
_("ts.stamp.line", "  {exhibit}  {id}  {gen_time} by {tsa}")
_n("ts.stamp.pending",
   "{count} item still has no trusted time: {exhibits}. It is safely sealed; run «evidence-kit stamp» again when this computer is online.",
   "{count} items still have no trusted time: {exhibits}. They are safely sealed; run «evidence-kit stamp» again when this computer is online.")
_("ts.stamp.problem", "  {tsa}: {reason}")
_n("ts.stamp.off",
   "No time-stamping service is configured (evidence-kit settings --tsa …): {count} item has no trusted time.",
   "No time-stamping service is configured (evidence-kit settings --tsa …): {count} items have no trusted time.")
_n("ts.after.pending",
   "Trusted time: {count} new item is waiting for a time-stamping service (it is sealed; «evidence-kit stamp» asks again).",
   "Trusted time: {count} new items are waiting for a time-stamping service (they are sealed; «evidence-kit stamp» asks again).")
_n("ts.after.stamped",
   "Trusted time received for {count} new item.",
   "Trusted time received for {count} new items.")

# ==================================================================================================
# Chat exports (Telegram, WhatsApp): importing and their gaps
# ==================================================================================================

# --- errors
_("chat.error.bad_zone",
  "“{zone}” is not a time zone this computer knows. Use a name like Asia/Dushanbe or Europe/Moscow.")
_("chat.error.bad_json",
  "{path} looks like a Telegram export but cannot be read as JSON (it may be cut short). Nothing from it was sealed.")
_("chat.error.not_an_export",
  "{path} is not a Telegram chat export (it has no list of messages). Nothing from it was sealed.")
_("chat.error.bad_zip",
  "The ZIP file {path} cannot be read (it may be damaged or incomplete). Nothing from it was sealed.")
_("chat.error.zip_ratio",
  "{name} inside the ZIP file {path} would unpack from {packed} KiB to {size} MiB, {ratio} times its packed size. Real chat exports never pack that tightly: this looks made to exhaust the computer's memory (a “ZIP bomb”), so it was not unpacked. Nothing from it was sealed.")
_("chat.error.text_too_large",
  "The chat text {name} in {path} is {size} MiB. Real chat exports are a few tens of MiB at most, so no more than {limit} MiB is read: it was refused. Nothing from it was sealed.")
_("chat.error.too_many_messages",
  "{path} holds more than {limit} messages, far more than WhatsApp puts in an export (at most about 40,000), so it was refused. Nothing from it was sealed.")
_("chat.error.message_too_long",
  "The message at line {line} of {path} is longer than {limit} characters, far longer than any messenger allows, so the export was refused. Nothing from it was sealed.")
_("chat.error.too_deep",
  "{path} holds values nested inside one another far more deeply than any chat export does (a file made to crash the programs that read it, or a damaged one), so it was not read. Nothing from it was sealed.")
_("chat.error.too_big_for_memory",
  "{path} is too large to be read with this computer's memory. Nothing from it was sealed.")
_("chat.error.unreadable",
  "{path} could not be read as a chat export (it may be damaged, or not what it seems). Nothing from it was sealed.")
_("chat.error.not_a_chat", "{exhibit} is not a chat export, so it has no messages to mark.")
_("chat.error.no_such_message",
  "{exhibit} has no message number {number}. The numbers are the ones in the transcript's first column.")
_("chat.error.no_messages_given", "Name at least one message number to mark.")

# --- gaps, per message
_("chat.gap.not_included", "Telegram left this {kind} out of the export and wrote: “{said}”")
_("chat.gap.missing_file",
  "The export names the {kind} {path}, but that file was not beside the export.")
_("chat.gap.outside", "The export names {path} outside its own folder; that file was not read.")
_("chat.gap.wa_omitted", "The phone left this {kind} out of the export and wrote: “{said}”")
_("chat.gap.wa_missing", "The message names the attachment {path}, but it was not in the export.")

# --- gaps, per chat
_n("chat.gap.not_included_count",
   "Telegram left {count} file out of the export; it is listed at its message.",
   "Telegram left {count} files out of the export; each is listed at its message.")
_n("chat.gap.missing_file_count",
   "The export names {count} file that was not beside it; it is listed at its message.",
   "The export names {count} files that were not beside it; each is listed at its message.")
_n("chat.gap.outside_count",
   "{count} file named outside the export's folder was not read.",
   "{count} files named outside the export's folder were not read.")
_n("chat.gap.wa_omitted_count",
   "The phone left {count} media file out of the export (“Media omitted”); it is listed at its message.",
   "The phone left {count} media files out of the export (“Media omitted”); each is listed at its message.")
_n("chat.gap.wa_missing_count",
   "{count} attachment named in a message is missing from the export; it is listed at its message.",
   "{count} attachments named in messages are missing from the export; each is listed at its message.")
_("chat.gap.zone_stated",
  "WhatsApp writes the phone's local time without a time zone. The collector stated the zone {zone}; the export did not record it.")
_("chat.gap.zone_computer",
  "WhatsApp writes the phone's local time without a time zone. The zone {zone} is this computer's, assumed because the collector stated none; the export did not record it.")
_("chat.gap.date_order_assumed",
  "The dates could be read day-first or month-first; they were read as {order}.")
_("chat.gap.date_order_attachment_names",
  "The dates could be read day-first or month-first; they were read as {order} because the names WhatsApp gave the attached files carry the same dates in that order.")
_("chat.gap.date_order_message_order",
  "The dates could be read day-first or month-first; they were read as {order} because only that reading keeps the messages in time order.")

# --- notes after an import
_("chat.note.telegram_html",
  "{path} is Telegram's HTML export: its files were sealed one by one. For a transcript with message ids, export the chat again choosing “Machine-readable JSON”.")
_("chat.note.changed_during_import",
  "{path} changed while it was being read. What was sealed is what was read; import it again once nothing writes to it.")
_("chat.note.unread_chat",
  "{path} looks like a WhatsApp chat export (its lines begin with dates and times), but it is written in a way Evidence Kit cannot read: it was sealed as a plain file, with no transcript and without the files it names.")
_n("chat.note.account_files_left_out",
   "{count} file of the account export belongs to no chat (profile pictures, contacts and the like) and was not imported. Add --include-account-data to keep it too.",
   "{count} files of the account export belong to no chat (profile pictures, contacts and the like) and were not imported. Add --include-account-data to keep them too.")

# --- kinds of media
_("chat.kind.photo", "photo")
_("chat.kind.file", "file")
_("chat.kind.thumbnail", "thumbnail")
_("chat.kind.voice_message", "voice message")
_("chat.kind.video_message", "video message")
_("chat.kind.video_file", "video")
_("chat.kind.video", "video")
_("chat.kind.audio_file", "audio file")
_("chat.kind.audio", "audio")
_("chat.kind.sticker", "sticker")
_("chat.kind.animation", "animation")
_("chat.kind.gif", "GIF")
_("chat.kind.document", "document")
_("chat.kind.contact_card", "contact card")
_("chat.kind.media", "media file")

# --- custody and command line
_("event.messages_marked", "messages marked")
_("help.opt_tz",
  "time zone of the phone's clock for WhatsApp exports, e.g. Asia/Dushanbe (default: this computer's)")
_("help.opt_include_account_data",
  "with a Telegram full-account export: also keep the whole result.json (contacts, profile) in every chat item")
_("help.mark", "mark the messages of a chat that matter (recorded in the custody log)")
_("help.opt_unmark", "remove the marks instead")
_("import.chat_zone",
  "WhatsApp times were read in the zone {zone} ({how}). Use --tz to state another.")
_("import.chat_zone_telegram",
  "Telegram times without a zone (from an export older than Telegram's exact times) were read in the zone {zone} ({how}). Use --tz to state another.")
_("import.zone_how_stated", "as you stated")
_("import.zone_how_computer", "this computer's zone")
_("import.chat_duplicate", "Already in the vault as {exhibit}, not sealed again: {name}")
_("import.held_in_chat",
  "{name} was already in the vault: the same file was sent in the chat «{chat}» ({exhibit}, file {file}). It was added again as {new}.")
_("import.held_already",
  "{name} was already in the vault as {exhibit} (file {file}). It was added again as {new}.")
_n("import.chat_sealed",
   "  {exhibit}  {id}  chat «{name}»: {messages} message; files: {media}, gaps: {gaps}",
   "  {exhibit}  {id}  chat «{name}»: {messages} messages; files: {media}, gaps: {gaps}", count="messages")
_("mark.done", "{exhibit}: marked messages now: {marks}")
_("word.none", "none")

# ==================================================================================================
# Watched pages and photos to look for
# ==================================================================================================

# --- errors
_("watch.bad_every", "“{value}” is not a time between runs. Write it like 30m, 6h, 1d or 2h30m.")
_("watch.every_range",
  "“{value}” is too short or too long: choose between 15 minutes (15m) and 60 days (60d).")
_("watch.not_watched",
  "{url} is not a watched page. `evidence-kit watch list` shows the watched pages.")
_("watch.need_url",
  "`watch {action}` needs the page's address, for example: evidence-kit watch {action} https://t.me/s/channel")
_("reference.not_picture",
  "{path} is not a photo or a video, so it cannot be looked for. Nothing was added.")
_("reference.not_reference",
  "{id} is not one of the photos you are looking for. `evidence-kit reference list` shows them.")
_("reference.need_files", "Name one or more photos or videos: evidence-kit reference add FILE...")
_("reference.need_id",
  "Name the one photo to stop looking for, by its number (EK-0003) or id: evidence-kit reference remove ID")

# --- changes between runs
_("watch.change.first", "first run")
_("watch.change.unchanged", "unchanged")
_("watch.change.changed", "changed")
_("watch.change.gone", "gone (removed or not found)")
_("watch.change.back", "back again")
_("watch.change.failed", "could not be captured (says nothing about the page)")
_n("watch.what.posts_added",
   "{n} post added",
   "{n} posts added", count="n")
_n("watch.what.posts_removed",
   "{n} post removed",
   "{n} posts removed", count="n")
_n("watch.what.posts_edited",
   "text edited in {n} post",
   "text edited in {n} posts", count="n")
_n("watch.what.lines_added",
   "{n} line of text added",
   "{n} lines of text added", count="n")
_n("watch.what.lines_removed",
   "{n} line of text removed",
   "{n} lines of text removed", count="n")
_n("watch.what.lines_edited",
   "{n} line of text edited",
   "{n} lines of text edited", count="n")
_n("watch.what.media_added",
   "{n} photo or video added",
   "{n} photos or videos added", count="n")
_n("watch.what.media_removed",
   "{n} photo or video removed",
   "{n} photos or videos removed", count="n")
_("watch.what.status", "HTTP {old}, now {new}")

# --- watch: command line
_("watch.added", "Watching {url} every {every} (watch {id}).")
_("watch.updated", "{url} was already watched; it is now checked every {every} (watch {id}).")
_("watch.in_case", "Captures go into the case: {case}")
_("watch.add_hint",
  "Run `evidence-kit watch run` to capture it now; `evidence-kit watch schedule` shows how to let the computer do it by itself.")
_n("watch.removed",
   "{url} is no longer watched. Its {runs} sealed run stays in the vault.",
   "{url} is no longer watched. Its {runs} sealed runs stay in the vault.", count="runs")
_("watch.none", "No page is watched. Add one with: evidence-kit watch add URL --every 6h")
_("watch.every", "every {every}")
_n("watch.every_minutes", "every {count} minute", "every {count} minutes")
_n("watch.every_hours", "every {count} hour", "every {count} hours")
_n("watch.every_days", "every {count} day", "every {count} days")
_("watch.was_removed", "no longer watched since {at}")
_("watch.never_run", "not captured yet")
_("watch.last_run", "last run {at} ({exhibit}): {change}")
_n("watch.seen",
   "{runs} run; first seen {first}, last seen {last}",
   "{runs} runs; first seen {first}, last seen {last}", count="runs")
_("watch.removed_between", "removed between {after} and {before}")
_("watch.due_now", "due now")
_("watch.next_due", "next run due {at}")
_("watch.nothing_due",
  "Nothing is due yet. The next run is due {at} ({url}). Use --all to capture every watched page now.")
_("watch.progress", "Watched pages")
_("watch.run_line", "{exhibit}  {change}  {url}")
_("watch.run_failed", "{url}: nothing could be stored: {reason}")
_n("watch.run_match",
   "⚠ A photo you are looking for is on this page: {exhibit} {artifact} matches {reference} ({distance} of 256 bits differs).",
   "⚠ A photo you are looking for is on this page: {exhibit} {artifact} matches {reference} ({distance} of 256 bits differ).", count="distance")
_n("watch.run_summary",
   "{sealed} of {total} watched page captured and sealed; {failed} could not be captured.",
   "{sealed} of {total} watched pages captured and sealed; {failed} could not be captured.", count="total")
_("watch.schedule_intro",
  "While the app is open it captures watched pages by itself. For when it is closed, let the system run `evidence-kit watch run` every 30 minutes: it captures only the pages that are due.")
_("watch.schedule_passphrase",
  "The scheduler cannot type your passphrase: it reads it from a file ({file}) that only you may read (chmod 600). Anyone who can read that file can open the vault: keep it on an encrypted disk, or rely on the app instead.")
_("watch.schedule_cron", "cron (Linux, macOS): add this line with `crontab -e`:")
_("watch.schedule_systemd", "systemd (Linux), a user timer:")
_("watch.schedule_windows", "Windows Task Scheduler, in a command prompt:")
_("watch.schedule_output",
  "What a run prints names the pages: it is thrown away above (/dev/null, StandardOutput=null). Never send it to a log file or the system journal, where it would stay readable on the disk.")
_("watch.schedule_app",
  "While the app is open, a scheduled run finds the vault in use and stops (exit code 4): the app captures the pages then.")

# --- references
_("reference.added", "{exhibit}  {id}  {name}: sealed; looked for from now on.")
_("reference.add_failed", "Not added: {path} — {reason}")
_("reference.too_plain",
  "This picture is too plain (one colour, little detail) to be recognised reliably: choose a clearer copy if you have one.")
_("reference.unreadable",
  "This file could not be read as a picture or video, so it cannot be looked for: choose another copy if you have one.")
_("reference.too_large",
  "This picture is too large to fingerprint (more than {mp} megapixels), so it cannot be looked for: add a smaller copy of it (a screenshot of it, or the photo made smaller).")
_("reference.privacy",
  "These photos stay encrypted in the vault on this computer and are never shown unblurred or put in a platform report. Only their fingerprints are compared with the pictures of the pages you save; nothing is uploaded anywhere.")
_("reference.stopncii",
  "StopNCII.org (for adults; under 18: Take It Down) can ask Facebook, Instagram, Threads, TikTok, Reddit, Snap and others to block intimate images: it makes the fingerprint in your own browser, on its own website, and the photo never leaves your device. Telegram and YouTube are not among its partners. Evidence Kit sends nothing there: it is your choice to do it yourself.")
_n("reference.line",
   "{exhibit}  {id}  {name}  added {at}  {matches} match",
   "{exhibit}  {id}  {name}  added {at}  {matches} matches", count="matches")
_("reference.none",
  "You are not looking for any photo yet. Add one with: evidence-kit reference add FILE")
_("reference.removed",
  "{exhibit} ({name}) is no longer looked for. It stays sealed in the vault, like every item.")

# --- matches
_("matches.progress", "Fingerprinting pictures")
_("matches.at_second", "{name} at {s} s")
_n("matches.line",
   "{exhibit}  {id}  {artifact}  matches {reference} ({name}): {distance} of 256 bits differs, quality {quality}",
   "{exhibit}  {id}  {artifact}  matches {reference} ({name}): {distance} of 256 bits differ, quality {quality}", count="distance")
_("matches.transformed", "the copy was {how}")
_("matches.transform.original", "not turned")
_("matches.transform.rotated_90", "turned by 90°")
_("matches.transform.rotated_180", "turned upside down")
_("matches.transform.rotated_270", "turned by 270°")
_("matches.transform.flipped_vertically", "mirrored top to bottom")
_("matches.transform.flipped_horizontally", "mirrored left to right")
_("matches.transform.rotated_90_flipped_vertically", "turned and mirrored")
_("matches.transform.rotated_90_flipped_horizontally", "turned and mirrored")
_("matches.no_references",
  "You are not looking for any photo yet: add the ones you want found with `evidence-kit reference add FILE`.")
_n("matches.summary",
   "{matches} match found. Picture fingerprints compared: {compared}; photos you are looking for: {references} (a match: at most {threshold} of the 256 bits differ).",
   "{matches} matches found. Picture fingerprints compared: {compared}; photos you are looking for: {references} (a match: at most {threshold} of the 256 bits differ).", count="matches")
_("matches.weak_reference",
  "“{name}” is too plain to be recognised reliably, so it was not looked for.")
_("matches.unreadable_reference",
  "“{name}” could not be read as a picture or video, so it was not looked for.")
_("matches.too_large_reference",
  "“{name}” is too large to fingerprint (more than {mp} megapixels), so it was not looked for: add a smaller copy of it.")
_n("matches.unreadable",
   "{count} file could not be read as a picture or video and was not compared.",
   "{count} files could not be read as a picture or video and were not compared.")
_n("matches.too_large",
   "{count} picture is too large to fingerprint (more than {mp} megapixels): it is sealed, but cannot be found by how it looks, and was not compared.",
   "{count} pictures are too large to fingerprint (more than {mp} megapixels): they are sealed, but cannot be found by how they look, and were not compared.")
_n("matches.low_quality",
   "{count} picture fingerprint below quality {min} (plain pictures) was left out to avoid false matches.",
   "{count} picture fingerprints below quality {min} (plain pictures) were left out to avoid false matches.")

# --- help and the custody log
_("help.watch", "watch pages: capture them again and again and record what changed")
_("help.watch_action", "add, list, remove, run or schedule")
_("help.watch_url", "the page's address (for remove: or the watch's id)")
_("help.watch_every", "time between runs, e.g. 30m, 6h, 1d (default 6h)")
_("help.watch_all", "run: capture every watched page, not only those due")
_("help.watch_removed", "list: also pages no longer watched")
_("help.watch_jobs", "how many pages to capture at once (default 2)")
_("help.watch_browser", "the Chrome, Chromium or Edge program to capture with")
_("help.reference", "the photos or videos you want found again if they are posted")
_("help.reference_action", "add, list or remove")
_("help.reference_paths", "add: files or folders; remove: the photo's number or id")
_("help.matches", "list every saved picture that matches a photo you are looking for")
_("event.watch_added", "page watched")
_("event.watch_changed", "watch changed")
_("event.watch_removed", "page no longer watched")
_("event.watch_run", "watched page captured")
_("event.reference_removed", "photo no longer looked for")

# ==================================================================================================
# Capture: help of the command line
# ==================================================================================================
_("help.capture_urls", "web addresses to capture")
_("help.opt_from", "read addresses from FILE, one per line (# starts a comment)")
_("help.opt_jobs", "how many pages to capture at once (default 2)")
_("help.opt_viewport", "browser window size, e.g. 1366x900")
_("help.opt_timeout", "seconds allowed per page in total (default 90)")
_("help.opt_first_response", "seconds to wait for the site's first answer (default 30)")
_("help.opt_max_height", "longest full-page screenshot in px (default 40000)")
_("help.opt_browser", "path of the Chrome, Chromium or Edge program to use")
_("help.opt_no_pdf", "do not make a print PDF (faster)")
_("help.opt_keep_overlays", "never remove cookie or consent banners")

# ==================================================================================================
# Capture: names of the archive's parts and fields, for the dossiers
# ==================================================================================================
_("court.role.served_html", "the page as the server sent it (HTML as received)")
# names of the metadata fields a capture records (a dossier shows them)
_("court.key.route", "route to the sites")
_("court.key.scheme", "kind")
_("court.key.host", "host")
_("court.key.session", "login used")
_("court.key.resolved_addresses", "addresses connected to")
_("court.key.hosts", "hosts")
_("court.key.addresses", "addresses")
_("court.key.popup_requests", "requests made by pop-up windows")
_("court.key.refetched", "files the tool fetched itself")
_("court.key.small_pictures", "small pictures not kept as files")
_("court.key.count", "number")
_("court.key.rule", "rule")
_("court.key.artifacts_made_at", "time each file was made")
_("court.key.san", "names in the certificate (SAN)")
_("court.key.leaf_sha256", "SHA-256 of the site's certificate")
_("court.key.chain", "certificate chain")
_("court.key.sha256", "SHA-256")
_("court.key.script_sha256", "SHA-256 of the script")
_("court.key.der_bytes", "size (DER)")
_("court.key.serial", "serial number")
_("court.key.not_before", "valid from")
_("court.key.not_after", "valid until")
_("court.key.cipher", "cipher")
_("court.key.key_exchange_group", "key exchange")
_("court.key.certificate_transparency", "certificate transparency")
_("court.key.program", "browser program")
_("court.key.launched", "started as")
_("court.key.program_sha256", "SHA-256 of the program")
_("court.key.command_line", "command line")
_("court.key.launcher_sha256", "SHA-256 of the launcher script")
_("court.key.settings", "settings that change behaviour")
_("court.key.setting", "setting")
_("court.key.value", "value")
_("court.key.effect", "what it changes")
_("court.key.tiles", "parts of the screenshot")
_("court.key.top", "from (px)")
_("court.key.check", "check")
_("court.key.retried", "taken again")
_("court.key.closed_at", "closed at")

# ==================================================================================================
# Capture: progress, results, errors, gaps and changes made to a page
# ==================================================================================================

# --- why a page was not captured
_("capture.err.dns",
  "The site could not be found. The address may be mistyped, the site may no longer exist, or there is no internet connection.")
_("capture.err.refused",
  "The site refused the connection. It may be down, or blocked on this network.")
_n("capture.err.timeout",
   "The site did not answer within {seconds} second.",
   "The site did not answer within {seconds} seconds.", count="seconds")
_("capture.err.connection_lost", "The connection to the site was cut before the page arrived.")
_("capture.err.offline",
  "There is no internet connection, or the site cannot be reached from this network.")
_("capture.err.redirect_loop",
  "The site kept sending the browser from one address to another and never showed a page.")
_("capture.err.certificate",
  "The site's security certificate could not be checked, so the page was not opened.")
_("capture.err.blocked", "The page was blocked before it could load.")
_("capture.err.browser_crashed", "The browser stopped unexpectedly while capturing this page.")
_("capture.err.page_crashed", "The page made the browser tab crash while it was being captured.")
_("capture.err.other", "The page could not be loaded.")
_("capture.err.unsupported",
  "Only web addresses that begin with http:// or https:// can be captured.")
_("capture.err.browser_start",
  "The browser ({browser}) could not be started. Install Google Chrome or Chromium again, or set EVIDENCE_KIT_BROWSER to another browser.")
_("capture.err.browser_missing_path",
  "No browser program was found at {path}. Check the path, or remove the setting to let Evidence Kit look for Chrome, Chromium or Edge itself.")
_("capture.err.stopped", "The capture was stopped before this page was saved.")
_("capture.err.internal",
  "Evidence Kit met an unexpected problem with this page. Other pages are not affected.")

# --- changes made to the page
_("capture.change.dialog",
  "The page showed a message box ({kind}) saying “{message}”; it was accepted.")
_("capture.change.popup",
  "The page tried to open another window ({url}); it was closed and not captured.")
_("capture.change.overlay_removed",
  "A cookie or consent banner covering the page was removed before the screenshots (it said: “{text}”). The web archive keeps the page as it was sent, banner included.")
_("capture.change.scroll_unlocked",
  "The banner had locked scrolling; scrolling was unlocked so the whole page could be captured.")
_("capture.change.scrolled",
  "The page was scrolled down to {height} px and back to the top so that late-loading pictures and comments appeared.")
_("capture.change.download",
  "The page started a download ({name}); the file was saved with the capture.")

# --- what could not be captured
_n("capture.gap.not_loaded",
   "The page had not finished loading after {seconds} second; it was captured as it was at that moment.",
   "The page had not finished loading after {seconds} seconds; it was captured as it was at that moment.", count="seconds")
_("capture.gap.truncated",
  "The page is {height} px tall; the full-page screenshot shows only its first {limit} px.")
_("capture.gap.endless",
  "The page kept adding content while it was scrolled (an endless feed). Scrolling stopped at {height} px; what comes further down was not captured.")
_n("capture.gap.scroll_time",
   "Scrolling stopped after {seconds} second, at {height} px, before the end of the page; pictures further down may be missing from the screenshots.",
   "Scrolling stopped after {seconds} seconds, at {height} px, before the end of the page; pictures further down may be missing from the screenshots.", count="seconds")
_n("capture.gap.time_limit",
   "The capture reached its time limit of {seconds} second; the parts listed as missing were not saved.",
   "The capture reached its time limit of {seconds} seconds; the parts listed as missing were not saved.", count="seconds")
_n("capture.gap.resources_failed",
   "{count} part of the page (a picture, script or style) could not be loaded; it is listed in the details.",
   "{count} parts of the page (pictures, scripts, styles) could not be loaded; they are listed in the details.")
_n("capture.gap.too_large",
   "{count} file on the page was larger than {limit} MB and was not kept in the web archive.",
   "{count} files on the page were larger than {limit} MB and were not kept in the web archive.")
_("capture.gap.streamed_media",
  "A video or sound on the page is streamed in pieces and could not be saved as one file; the pieces that played are in the web archive.")
_("capture.gap.media_failed", "The video or sound file {url} could not be saved separately.")
_("capture.gap.missing_artifact", "One of the usual copies of the page could not be made: {name}.")
_("capture.gap.file_not_page",
  "This address is a file, not a page: the file was saved exactly as it came; there is no screenshot of it.")
_("capture.gap.overlay_left",
  "Something covers part of the page ({text}). It does not look like a cookie banner, so it was left as it was.")
_("capture.gap.no_page", "Nothing of the page could be saved except this record of the attempt.")

# --- the command line
_("capture.progress", "Capturing")
_("capture.no_urls",
  "Give at least one web address to capture, or a file of addresses with --from FILE.")
_("capture.bad_url", "This is not a web address that can be captured: {url}")
_("capture.bad_url_line", "Line {line} of {file} is not a web address that can be captured: {url}")
_("capture.bad_viewport",
  "The window size must be written like 1366x900 (between 320 and 4000 px each way).")
_("capture.bad_number", "{option} must be a number between {low} and {high}.")
_("capture.using_browser", "Capturing with {browser} {version}.")
_("capture.line_sealed", "{exhibit}  {id}  sealed, HTTP {status}  {url}")
_("capture.line_failed", "{exhibit}  {id}  not captured  {url}\n      {reason}")
_("capture.line_gap", "      ! {text}")
_n("capture.summary_ok",
   "{total} page captured and sealed in the vault.",
   "All {total} pages captured and sealed in the vault.", count="total")
_n("capture.summary_failed",
   "{sealed} of {total} page captured; {failed} could not be reached (recorded as not captured).",
   "{sealed} of {total} pages captured; {failed} could not be reached (recorded as not captured).", count="total")
_("capture.stopping",
  "Stopping… pages already sealed stay in the vault; the page being captured is left out.")
_("capture.storage_failed", "Not saved: {url}. {reason}")

# --- stages (the app's queue)
_("capture.stage.queued", "waiting")
_("capture.stage.starting", "starting the browser")
_("capture.stage.loading", "opening the page")
_("capture.stage.scrolling", "scrolling through the page")
_("capture.stage.saving", "making copies")
_("capture.stage.sealing", "sealing in the vault")
_("capture.stage.done", "sealed")
_("capture.stage.failed", "not captured")

# --- artifact names (gaps)
_("capture.artifact.screenshot_full", "full-page screenshot")
_("capture.artifact.screenshot_viewport", "screenshot of the visible part")
_("capture.artifact.mhtml", "MHTML snapshot")
_("capture.artifact.dom_html", "page code (HTML)")
_("capture.artifact.text", "page text")
_("capture.artifact.pdf", "print PDF")
_("capture.artifact.warc", "web archive (WARC)")

# --- sentences of the metadata
# Stored in English for the record, with these keys beside them (`<field>_key`) so that a
# dossier says them in its reader's language.
_("capture.method.fresh_context",
  "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of the requests and responses the browser recorded.")
_("capture.network.vpn_unknown",
  "not detected by the tool; the collector should state whether a VPN was used")
_("capture.network.proxy_set", "a proxy is set in the environment (the browser may use it)")
_("capture.clock.note",
  "This computer's clock minus the server's Date header; the server states whole seconds, so differences under 2 s are normal.")
_("capture.browser.fresh_context", "fresh in-memory context per page (no cookies, cache or logins)")
_("capture.browser.temp_ram", "RAM-backed folder, removed afterwards")
_("capture.browser.temp_system", "system temporary folder, removed afterwards")
_("capture.tls.trusted", "the certificate is valid for this address and trusted by this computer")
_("capture.tls.self_signed", "not trusted: the certificate is self-signed (OpenSSL: {reason})")
_("capture.tls.self_signed_chain",
  "not trusted: a self-signed certificate is in the chain (OpenSSL: {reason})")
_("capture.tls.expired", "not trusted: the certificate has expired (OpenSSL: {reason})")
_("capture.tls.not_yet_valid", "not trusted: the certificate is not yet valid (OpenSSL: {reason})")
_("capture.tls.unknown_issuer",
  "not trusted: the issuer is not known to this computer (OpenSSL: {reason})")
_("capture.tls.revoked", "not trusted: the certificate has been revoked (OpenSSL: {reason})")
_("capture.tls.wrong_host",
  "not trusted: the certificate is for another address (OpenSSL: {reason})")
_("capture.tls.untrusted", "not trusted by this computer (OpenSSL: {reason})")
_("capture.tls.not_checked",
  "could not be checked: a second connection to the server failed ({reason})")
_("capture.overlay.known", "a known consent container")
_("capture.overlay.words", "words about cookies or consent and an accept button")
_("capture.overlay.not_consent", "not a consent banner")
_("capture.overlay.other", "other")

# ==================================================================================================
# Capture: tall pages in tiles, small pictures, overlays, the wire record
# ==================================================================================================

# --- gaps
_("capture.gap.cut_at_limit",
  "The page is {height} px tall; the full-page screenshot shows its first {limit} px, at the page's full width ({width} px). The HTML, MHTML and WARC hold the whole page.")
_("capture.gap.tile_blank",
  "Part {part} of the full-page screenshot (from {top} to {bottom} px) came out as one flat colour, also when taken again; it may not show the page there. The HTML, MHTML and WARC hold that part.")
_("capture.gap.tile_repeat",
  "Part {part} of the full-page screenshot (from {top} to {bottom} px) came out the same as the part above it, also when taken again; it may not show the page there. The HTML, MHTML and WARC hold that part.")

# --- sentences of the metadata
_("capture.overlay.never", "a login wall or a warning about the content: never removed")
_("capture.screenshot.method_devtools",
  "taken through the browser's DevTools protocol as PNG (lossless), the text cursor hidden, after waiting for the web fonts (3 s at most)")
_("capture.screenshot.method_playwright", "taken with Playwright's screenshot as PNG (lossless)")
_("capture.media.small_rule",
  "pictures under {px}×{px} px (icons, avatars) are not files of their own; they are in the WARC")
_("capture.addresses.browser",
  "The address the browser connected to for each host, as its own resolver gave it.")
_("capture.addresses.by_proxy",
  "Names were resolved by the proxy; this computer did not see the sites' addresses.")
_("capture.launch.launcher",
  "The browser was started through a launcher script; both files' SHA-256 are given.")
_("capture.launch.automation_hidden",
  "The browser does not tell pages that it is driven by a program (navigator.webdriver is not set), as a person's browser does not.")
_("capture.launch.user_agent",
  "The browser names itself as the desktop Chrome it is: \"HeadlessChrome\" in its user agent is replaced by \"Chrome\".")
_("capture.launch.headless",
  "The browser runs without a window on the screen; pages are drawn the same way.")
_("capture.launch.ignore_https_errors",
  "A page behind an invalid certificate is still opened; whether the certificate was valid is checked separately and recorded.")
_("capture.launch.service_workers",
  "Pages' service workers are not started, so that every request a page makes is seen and recorded; a site may behave slightly differently without them.")
_("capture.launch.init_script",
  "Before the page's own scripts, the tool adds one that wraps setTimeout and clearTimeout to count short timers, and a MutationObserver that notes changes, to know when the page has settled; it also counts IntersectionObservers and scroll listeners, to know whether the page reacts to scrolling. It changes nothing the page shows.")
_("capture.launch.webrtc_off",
  "WebRTC is switched off in the page and in its frames: before the page's own scripts, the tool removes RTCPeerConnection and the other RTC interfaces, and camera and microphone access (getUserMedia), so that a page cannot open network paths of its own, past any proxy, that would show the site this computer's address. Video calls and live camera features of a page do not work in the capture.")
_("capture.launch.no_cache",
  "Nothing is kept in a disk cache: every file comes from the network during this capture.")
_("capture.launch.downloads",
  "Files a page downloads are kept (in memory) and sealed with the item.")
_("capture.launch.proxy",
  "Every request goes through the proxy; WebRTC may not use network paths past it.")
_("capture.artifact.served_html", "the page as the server sent it")

# ==================================================================================================
# Capture: the browser's driver and the browser's end
# ==================================================================================================
_("capture.err.driver_library",
  "The page-capture engine (Playwright's driver) could not start because the system library {library} is missing ({detail}). This is not a problem with the browser. On Debian or Ubuntu install it with: sudo apt-get install {package} — or run bash scripts/setup.sh again — then try again.")
_("capture.err.driver_library_unknown",
  "The page-capture engine (Playwright's driver) could not start because the system library {library} is missing ({detail}). This is not a problem with the browser: install the package that provides {library}, then try again.")
_("capture.err.driver_start",
  "The page-capture engine (Playwright's driver) could not start ({detail}). This is not a problem with the browser. Reinstall Evidence Kit (bash scripts/setup.sh), then try again.")
_("capture.warn.temp_left",
  "Warning: a temporary folder of the browser could not be removed: {path}. It may hold copies of the pages. Delete it yourself (it goes away when the computer restarts if it is in /dev/shm).")

# ==================================================================================================
# Capture: platform pages (Telegram, YouTube, Instagram, VK, TikTok, Facebook) and videos
# ==================================================================================================

# --- Telegram
_("platform.telegram.no_preview",
  "Telegram shows no web preview of the channel @{channel}: t.me/s/{channel} sent the browser on to t.me/{channel}. Telegram hides the preview of channels it has flagged or restricted, so its posts could not be captured from the web. The page Telegram showed is saved. To keep the posts, export the channel with Telegram Desktop (Export chat history) and add the export here, or capture again with a login session.")
_("platform.telegram.post_missing",
  "Telegram did not show the post {post} ({reason}). It may have been deleted, or the channel may be hidden from the web; the page that was shown is saved.")
_("platform.telegram.media_not_in_preview",
  "The post {post} has a file, voice message or large video that Telegram's web preview does not offer; it is not saved. A Telegram export or a capture with a login session can keep it.")
_("platform.telegram.no_posts", "The page of the Telegram channel @{channel} shows no posts.")

# --- every platform
_("platform.gap.login_wall",
  "{platform} asked to log in: what it shows only to logged-in users is not captured. To capture it, use a login session with a separate account, not your own.")
_("platform.gap.post_media_failed",
  "A photo or video of the post {post} could not be saved as its own file: {url}")
_("platform.gap.internal",
  "The posts on this page could not be listed one by one ({detail}); the page itself is saved as usual.")

# --- videos (yt-dlp, ffmpeg)
_("video.method",
  "Saved with yt-dlp; every request it made is in the WARC; separate streams joined by ffmpeg without re-encoding (-c copy) and with -bitexact.")
_("video.gap.failed", "The video at {url} could not be saved as one file.")
_("video.gap.not_saved", "yt-dlp found the video at {url} but did not save a file of it.")
_("video.gap.login",
  "The site wants a login before it gives the video at {url}; it is not saved. Capture again with a login session (a separate account, not your own).")
_("video.gap.no_video", "No video that could be saved was found at {url}.")
_("video.gap.private", "The video at {url} is private; it is not saved.")
_("video.gap.unavailable",
  "The site says the video at {url} is not available (deleted, blocked or not found).")
_("video.gap.too_large",
  "The video at {url} is larger than the limit of {limit} MiB; it is not saved.")
_n("video.gap.timeout",
   "Saving the video at {url} took longer than {seconds} second and was stopped.",
   "Saving the video at {url} took longer than {seconds} seconds and was stopped.", count="seconds")
_("video.gap.stopped", "Saving the video at {url} was stopped.")
_("video.gap.helper_off_proxy",
  "Not saved: the video at {url} could only be fetched by a helper program that cannot be kept on the proxy.")
_("video.gap.no_ytdlp",
  "yt-dlp is not installed, so videos that a browser cannot save whole were not saved.")
_("video.gap.no_ffmpeg",
  "ffmpeg is not installed: the video is saved as yt-dlp received it, not joined into one file that plays everywhere.")

# ==================================================================================================
# Capture: the route (proxy, Tor) and the login session used
# ==================================================================================================

# --- a proxy given wrongly
_("capture.bad_proxy",
  "“{proxy}” is not a proxy address. Write it like socks5://127.0.0.1:9050 (Tor) or http://proxy.example:8080, with the port.")
_("capture.bad_proxy_scheme",
  "The proxy “{proxy}” is of a kind Evidence Kit cannot use. Use an address that begins with http://, https:// or socks5:// (Tor: socks5://127.0.0.1:9050).")
_("capture.proxy_socks_auth",
  "The browser cannot sign in to a SOCKS5 proxy with a user name and password ({proxy}). Use that proxy without them, or an http:// proxy.")

# --- why a page was not captured
_("capture.err.proxy",
  "The proxy {proxy} did not answer or refused to work. If it is Tor, check that Tor is running. Nothing was sent to the site directly.")
_("capture.err.proxy_site",
  "The proxy {proxy} could not reach the site. The site may not exist or may be down, or the proxy may block it.")

# --- the command line says
_("capture.using_proxy", "Every request goes through the proxy {proxy}.")
_("capture.using_tor",
  "Every request goes through Tor ({proxy}): the sites see an address of the Tor network, not yours.")
_("capture.using_session", "Pages are opened logged in as the saved account “{name}”.")
_("capture.session_warning",
  "Careful: use a separate account for this, not your own. Some platforms show the owner which account viewed a story or a profile, and the account can be banned.")

# --- sentences of the metadata
_("capture.network.proxy_used", "every request of this capture went through the proxy {proxy}")
_("capture.route.via_proxy",
  "The browser connected to the proxy, not to the site: the site's own address was not seen by this computer, and the site saw the proxy's address.")
_("capture.method.with_session",
  "Opened in a fresh browser context holding only the login session “{name}” kept in the vault (its cookies and site storage), scrolled to load late content, then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of the requests and responses the browser recorded.")

# ==================================================================================================
# Export: the command line
# ==================================================================================================

# --- command line
_("ex.help.kind",
  "what to make: court (PDF dossier), platform (takedown report), bundle (ZIP to verify)")
_("ex.help.out", "the file to write")
_("ex.help.paper", "paper size: a4 or letter")
_("ex.help.include_sensitive",
  "show intimate images unblurred (only for a court or an investigator)")
_("ex.help.overwrite", "replace the file if it exists")
_("ex.help.ids", "items: ids or exhibit numbers (EK-0001)")
_("ex.help.case", "export every item of this case")
_("ex.help.verify_bundle", "check a verification bundle (no vault needed)")
_("ex.help.bundle_file", "the bundle (.zip)")
_("ex.help.verify_pdf",
  "check a signed PDF (a court dossier or a platform report): unchanged since signing, and signed by the vault whose fingerprint you have (no vault needed)")
_("ex.help.pdf_file", "the signed PDF")
_("ex.cli.progress", "Building")
_("ex.cli.done_court", "Court dossier written to {path}.")
_("ex.cli.done_platform", "Platform report written to {path}.")
_("ex.cli.done_bundle", "Verification bundle written to {path}.")
_n("ex.cli.details",
   "{count} exhibit · dossier {id} · SHA-256 of the file {sha}",
   "{count} exhibits · dossier {id} · SHA-256 of the file {sha}")
_("ex.cli.logged", "The export is recorded in the custody log.")
_n("ex.cli.references_left_out",
   "{count} photo you are looking for was left out: those photos never leave the vault.",
   "{count} photos you are looking for were left out: those photos never leave the vault.", count="count")
_("ex.cli.sensitive_on",
  "Unblurred intimate images are included, as you asked. Keep this file safe and give it only to the court or the investigator.")
_("ex.cli.platform_no_sensitive",
  "A platform report never includes intimate images; --include-sensitive was ignored.")
_n("ex.cli.vb_ok",
   "The bundle is intact: {files} file matches SHA256SUMS, the signature is valid, and the custody log's chain holds (entries: {entries}).",
   "The bundle is intact: {files} files match SHA256SUMS, the signature is valid, and the custody log's chain holds (entries: {entries}).", count="files")
_n("ex.cli.vb_bad",
   "The bundle did NOT pass the check: {count} problem found.",
   "The bundle did NOT pass the check: {count} problems found.")
_n("ex.cli.vb_withheld",
   "{count} file of sensitive items was withheld from this bundle; its SHA-256 value is in manifest.json.",
   "{count} files of sensitive items were withheld from this bundle; their SHA-256 values are in manifest.json.")
_n("ex.cli.vb_trusted",
   "{count} time stamp is trusted time: it checks, and its certificate leads to a trusted root.",
   "{count} time stamps are trusted time: each checks, and its certificate leads to a trusted root.")
_("ex.cli.vb_untrusted",
  "{path} is in the bundle, and says so, as NOT trusted time: {reason}")

# --- errors
_("ex.error.cancelled", "The export was stopped. No file was written.")
_("ex.error.failed",
  "The document could not be made ({detail}). No file was written; your evidence is not affected.")
_("ex.error.exists",
  "{path} already exists. Choose another name, or add --overwrite to replace it.")
_("ex.error.no_folder", "The folder {path} does not exist. Create it or choose another place.")
_("ex.error.out_is_folder", "{path} is a folder. Give a file name inside it.")
_("ex.error.no_items", "There is nothing to export: the case «{case}» has no items.")
_("ex.error.no_such_case",
  "There is no case named «{case}». evidence-kit list shows the items and their cases.")
_("ex.error.nothing_chosen",
  "Choose what to export: --case NAME, or the items' numbers (for example EK-0001).")
_("ex.error.bad_kind", "Unknown kind of export: {kind}. Use court, platform or bundle.")
_("ex.error.bad_paper", "Unknown paper size: {paper}. Use a4 or letter.")

# --- small words
_("ex.word.yes", "yes")
_("ex.word.no", "no")
_("ex.time.three", "{utc} (Dushanbe {dushanbe}; Moscow {moscow})")
_("ex.status.failed", "capture failed: {error}")
_("ex.status.http", "captured (HTTP {code})")
_("ex.status.imported", "imported")
_("ex.status.sealed", "sealed")
_("ex.abuse.intimate_image", "intimate image shared without consent")
_("ex.abuse.home_address", "home address")
_("ex.abuse.phone_number", "phone number")
_("ex.abuse.name_with_insults", "name with insults")
_("ex.abuse.threats", "threats")
_("ex.abuse.impersonation", "impersonation")
_("ex.abuse.other", "other")

# --- every page
_("pdf.footer", "{case} · {section} · page {page} of {total}")
_("pdf.footer_id", "Ref. {id}")
_("ex.help.platform",
  "platform report: only this platform (telegram, instagram, facebook, youtube, tiktok, vk, ok, or a site's address); without it, one file per platform")
_("ex.help.chat_messages",
  "a chat with marked messages: show only those (marked, the default) or every message (all); the number of messages in the chat is always stated")
_("ex.error.platform_kind",
  "--platform chooses the platform of a platform report; it does not apply to a {kind} export.")
_("ex.error.bad_chat_messages", "Unknown choice of a chat's messages: {value}. Use marked or all.")
_("ex.error.no_items_on_platform",
  "None of the chosen items is on {platform}. They are on: {found}.")
_("ex.error.no_web_items",
  "None of the chosen items has a web address to report to a platform (imported files have none).")
_("ex.cli.done_platforms",
  "Platform reports written, one per platform (each shows only that platform's items):")
_n("ex.cli.platform_file",
   "  {platform}: {path} ({count} item)",
   "  {platform}: {path} ({count} items)")

# ==================================================================================================
# Court dossier: cover, index, exhibits
# ==================================================================================================

# --- court dossier: cover
_("court.pdf_title", "Evidence dossier — {case} ({id})")
_n("court.pdf_subject",
   "Court dossier with {count} exhibit, made with Evidence Kit",
   "Court dossier with {count} exhibits, made with Evidence Kit")
_("court.section_cover", "Cover")
_("court.title", "Evidence dossier")
_("court.no_case", "(no case)")
_("court.prepared_by", "Prepared by")
_("court.prepared_at", "Prepared on")
_("court.exhibits", "Exhibits")
_n("court.exhibit_count",
   "{count} ({captures} web capture; imported files: {imports})",
   "{count} ({captures} web captures; imported files: {imports})", count="captures")
_("court.period", "Captured between")
_("court.period_value", "{first} and {last}")
_("court.dossier_id", "Dossier reference")
_("court.fingerprint", "Vault key fingerprint (SHA-256)")
_("court.tool", "Made with")
_("court.language", "Language")
_("court.language_name", "English")
_n("court.sensitive_included",
   "{count} exhibit is marked sensitive ({exhibits}). At the collector's explicit choice its pictures are shown UNBLURRED in this dossier. Handle it as confidential and do not copy it further.",
   "{count} exhibits are marked sensitive ({exhibits}). At the collector's explicit choice their pictures are shown UNBLURRED in this dossier. Handle it as confidential and do not copy it further.")
_n("court.sensitive_blurred",
   "{count} exhibit is marked sensitive ({exhibits}). Its pictures are blurred in this dossier; the unblurred originals are sealed and can be produced to the court.",
   "{count} exhibits are marked sensitive ({exhibits}). Their pictures are blurred in this dossier; the unblurred originals are sealed and can be produced to the court.")
_("court.sensitive_none", "No exhibit in this dossier is marked sensitive.")
_("court.not_notarial",
  "This dossier was prepared by the party with Evidence Kit. It is the party's own statement, not a notarial act. With the SHA-256 values and the signed verification bundle anyone can check that the files they are given are the ones listed here. The times come from the collector's computer clock, unless an exhibit shows a trusted timestamp.")
_("court.contents", "Contents")
_("court.section_index", "Index of exhibits")
_("court.section_exhibits", "Exhibits")
_("court.section_appendices", "Appendices")
_("court.app_custody", "Appendix A. Custody log")
_("court.app_method", "Appendix B. Methodology")
_("court.app_declaration", "Appendix C. Declaration of the collector")
_("court.app_notary", "Appendix D. For the notary and the police")
_("court.app_legal", "Appendix E. Legal references (to be confirmed by counsel)")
_("court.app_verify", "Appendix F. How to verify the bundle")

# --- court dossier: index
_("court.col_exhibit", "Exhibit")
_("court.col_what", "Title, and address or file")
_("court.col_when", "Captured / imported (UTC)")
_("court.col_status", "Result")
_("court.col_page", "Page")
_("court.marked_sensitive", "marked sensitive")

# --- court dossier: exhibit
_("court.exhibit_heading", "Exhibit {exhibit}")
_("court.exhibit_sensitive_blurred",
  "This exhibit is marked sensitive. Its pictures are blurred in this dossier; the sealed originals are unchanged.")
_("court.exhibit_sensitive_shown",
  "This exhibit is marked sensitive. At the collector's choice its pictures are shown unblurred. Confidential.")
_("court.h_details", "Details of the capture")
_("court.h_files", "Sealed files and their SHA-256 values")
_("court.files_intro",
  "Each value is the SHA-256 of the exact file sealed in the vault; the same files are in the verification bundle, in the folder of this exhibit.")
_("court.h_notes", "Collector's note")
_("court.h_text", "Text of the page as captured (excerpt)")
_("court.text_intro", "The beginning of the text file {name}; the whole text is in the bundle.")
_("court.h_translation", "Translation")
_("court.translation_block",
  "If the text above is not in the language of the court — translation into ____________ (attached, marked as a translation), made by ______________________ (translator's name), signature ___________, date ___________. Notary's certification of the translator's signature: ______________________________")
_("court.h_item_custody", "Custody events of this exhibit")
_("court.col_seq", "No.")
_("court.col_time", "Time (UTC)")
_("court.col_event", "Event")
_("court.col_by", "By")
_("court.col_details", "Details")
_("court.col_items", "Exhibits")
_("court.col_hash", "Entry hash")
_n("court.ev.sealed",
   "{count} file sealed; manifest {manifest}…",
   "{count} files sealed; manifest {manifest}…")
_("court.ev.note_changed", "changed")
_("court.kind.court", "court dossier")
_("court.kind.platform", "platform report")
_("court.kind.bundle", "verification bundle")
_("court.ev.exported", "{kind}; sensitive pictures unblurred: {sensitive}; file SHA-256 {sha}…")
_n("court.ev.verified",
   "check passed: {ok}; {items} item checked",
   "check passed: {ok}; {items} items checked", count="items")
_("court.change.notes", "note")
_("court.change.sensitive", "sensitive")
_("court.change.case", "case")
_("court.change.title", "title")
_("court.change.abuse", "kinds of abuse")
_("court.more_lines", "… and {count} more")
_("court.no_files",
  "No file was sealed for this item (the capture failed); the failure itself is recorded.")
_("court.picture_unreadable",
  "The picture {name} cannot be shown here; its sealed original is listed above with its SHA-256.")
_("court.slice_label",
  "{exhibit} · {what} · part {part} of {parts} · pixel rows {top}–{last} of {height} (width {width} px)")
_("court.h_media", "{exhibit}: pictures saved from the page")
_n("court.media_intro",
   "The capture saved {count} picture from the page, as its own file. It is shown here scaled to fit the page: a JPEG file exactly as it was sealed, byte for byte; any other picture without loss at its own pixel size (reduced only when it is very large, as its caption then says). The sealed original, with the SHA-256 value below, is in the bundle.",
   "The capture saved {count} pictures from the page, each as its own file. They are shown here scaled to fit the page: a JPEG file exactly as it was sealed, byte for byte; any other picture without loss at its own pixel size (reduced only when it is very large, as its caption then says). The sealed originals, with the SHA-256 values below, are in the bundle.")
_("court.media_caption", "{exhibit} · picture {n} · {name}")
_("court.media_caption_blurred", "{exhibit} · picture {n} · {name} · BLURRED: marked sensitive")
_n("court.media_more",
   "{count} more picture from this page is not shown here; it is listed above with its SHA-256 and is in the bundle.",
   "{count} more pictures from this page are not shown here; they are listed above with their SHA-256 and are in the bundle.")
_("court.slice_blurred", "{exhibit} · {what} ({name}, {w}×{h} pixels) · BLURRED: marked sensitive")
_("court.md.exhibit", "Exhibit")
_("court.md.internal_id", "vault id")
_("court.md.source", "Kind")
_("court.md.url", "Address (URL)")
_("court.md.final_url", "Address reached")
_("court.md.captured_at", "Captured at")
_("court.md.imported_at", "Imported at")
_("court.md.status", "Result")
_("court.md.title", "Page title")
_("court.md.collector", "Collected by")
_("court.md.tool_sealed", "Sealed with")
_("court.md.abuse", "Kinds of abuse")
_("court.md.platform_ref", "Platform, account, post")
_("court.md.error", "Error")
_("court.md.redirects", "Redirects")
_("court.md.server_ip", "Server address (IP)")
_("court.md.tls", "TLS (HTTPS) certificate")
_("court.md.clock", "Clock check")
_("court.md.browser", "Browser")
_("court.md.user_agent", "User agent")
_("court.md.tool", "Tool")
_("court.md.os", "Operating system")
_("court.md.device", "Device")
_("court.md.viewport", "Window size")
_("court.md.network", "Network (VPN, proxy)")
_("court.md.login", "Logged-in account")
_("court.md.post", "Post as shown")
_("court.md.post_date", "Date of the post")
_("court.md.changes", "Changes made to the page")
_("court.md.gaps", "Not captured / gaps")
_("court.md.original_name", "Original file name")
_("court.md.original_path", "Original location")
_("court.md.original_size", "Original size")
_("court.md.original_modified_at", "File last modified")
_("court.md.capture_ran", "Capture ran")
_("court.md.ran_value", "from {start} to {end}")
_("court.md.clock_value",
  "computer clock minus the server's Date header: {diff} s (server said: {server})")
_("court.md.platform", "Platform details")
_("court.md.screenshot", "Screenshot")
_("court.md.method", "Method (as the capture recorded it)")
_("court.md.other", "Other technical details")
_("court.md.none", "none recorded")
_("court.md.window", "window {w}×{h}, scale {scale}")
_("court.md.headless", "without a visible window: {value}")
_n("court.md.messages",
   "{count} message on the page",
   "{count} messages on the page")

# ==================================================================================================
# Court dossier: names of fields and values
# ==================================================================================================

# --- capture metadata, field by field
# `court.key.<field>`: the name of a field of the capture's metadata; `court.val.<value>`: a
# value the capture stores as an identifier. Every field a dossier shows has its name here.
_("court.key.name", "name")
_("court.key.version", "version")
_("court.key.executable", "program file")
_("court.key.found_by", "how the browser was found")
_("court.key.locale", "browser language")
_("court.key.accept_language", "languages asked of the site (Accept-Language)")
_("court.key.sandbox", "browser sandbox on")
_("court.key.profile", "browser profile")
_("court.key.temporary_files", "temporary files")
_("court.key.user_agent", "browser identification (user agent)")
_("court.key.viewport", "window size")
_("court.key.device_scale_factor", "pixel scale")
_("court.key.headless", "without a visible window")
_("court.key.width", "width (px)")
_("court.key.method", "how it was taken")
_("court.key.height", "height (px)")
_("court.key.protocol", "protocol")
_("court.key.issuer", "issued by")
_("court.key.subject", "issued to")
_("court.key.valid_from", "valid from")
_("court.key.valid_to", "valid until")
_("court.key.trusted_by_this_computer", "trusted by this computer")
_("court.key.trust_check", "certificate check")
_("court.key.ip", "IP address")
_("court.key.port", "port")
_("court.key.server_date", "server's date")
_("court.key.local_at_response", "this computer's time at the answer")
_("court.key.difference_s", "difference (s)")
_("court.key.note", "note")
_("court.key.source", "source")
_("court.key.checked", "checked")
_("court.key.start", "start")
_("court.key.end", "end")
_("court.key.logged_in", "logged in to an account")
_("court.key.proxy", "proxy")
_("court.key.vpn", "VPN")
_("court.key.system", "system")
_("court.key.release", "release")
_("court.key.machine", "processor type")
_("court.key.evidence_kit", "Evidence Kit")
_("court.key.playwright", "Playwright")
_("court.key.python", "Python")
_("court.key.warcio", "warcio")
_("court.key.truncated", "cut off at the height limit")
_("court.key.page_height", "height of the page (px)")
_("court.key.author", "author")
_("court.key.canonical_url", "canonical address")
_("court.key.lang", "language of the page")
_("court.key.og_description", "description (Open Graph)")
_("court.key.og_site_name", "site name (Open Graph)")
_("court.key.og_title", "title (Open Graph)")
_("court.key.og_type", "type (Open Graph)")
_("court.key.og_url", "address (Open Graph)")
_("court.key.published_time", "published at")
_("court.key.telegram_channel", "Telegram channel")
_("court.key.telegram_messages", "Telegram messages")
_("court.key.post", "post")
_("court.key.date", "date")
_("court.key.platform", "platform")
_("court.key.kind", "kind")
_("court.key.account", "account")
_("court.key.account_id", "numeric id")
_("court.key.post_id", "post number")
_("court.key.url", "address")
_("court.key.status", "HTTP status")
_("court.key.location", "sent on to")
_("court.key.at", "time")
_("court.key.requests", "requests made")
_("court.key.kept_bytes", "kept")
_("court.key.failed", "failed to load")
_("court.key.not_kept", "loaded but not kept")
_("court.key.reason", "reason")
_("court.key.message", "message")
_("court.key.default_value", "suggested answer")
_("court.key.action", "what was done")
_("court.key.suggested_filename", "file name")
_("court.key.saved", "kept")
_("court.key.size", "size (bytes)")
_("court.key.error", "error")
_("court.key.consent", "consent banner")
_("court.key.text", "text")
_("court.key.ident", "element id and classes")
_("court.key.tag", "HTML element")
_("court.key.coverage", "share of the window covered (%)")
_("court.key.why", "why")
_("court.key.removed", "removed")
_("court.key.duration_s", "duration (s)")
_("court.key.dialogs", "message boxes the page showed")
_("court.key.popups", "windows the page tried to open")
_("court.key.downloads", "downloads")
_("court.key.overlays", "overlays found on the page")
_("court.key.resources", "parts of the page (network)")
_("court.key.response_headers", "response headers of the page")
_("court.key.warc_records", "WARC records")
_("court.key.server_ip", "server address (IP)")
_("court.key.imported_at", "imported at")
_("court.key.detail", "technical detail")
_("court.key.params", "fields")
_("court.key.key", "message key")
_("court.key.collector", "collected by")
_("court.key.page_size", "page size")
_("court.key.title", "title")
_("court.key.final_url", "address reached")
_("court.key.http_status", "HTTP status")
_("court.key.status_text", "HTTP status text")
_("court.val.accepted", "accepted")
_("court.val.closed", "closed, not captured")
_("court.val.installed", "installed on this computer")
_("court.val.alert", "alert")
_("court.val.confirm", "confirmation (confirm)")
_("court.val.prompt", "question (prompt)")
_("court.val.beforeunload", "leave-page question (beforeunload)")
_("court.val.too_large", "too large to keep")
_("court.val.over_budget", "over the size limit for one page")
_("court.val.unavailable", "its content was not available")
_("court.val.channel_preview", "public channel preview")
_("court.val.private_channel_post", "post in a private channel")
_("court.val.channel", "channel")
_("court.val.post", "post")
_("court.val.reel", "reel (short video)")
_("court.val.story", "story")
_("court.val.profile", "profile")
_("court.val.video", "video")
_("court.val.short", "short video")
_("court.val.system", "this computer's clock")
_("court.md.duration", "Duration of the capture")
_("court.md.duration_value", "{seconds} s")
_("court.md.error_detail", "technical detail: {detail}")
_("court.md.imported_at_meta", "Import started")
_("court.source_capture", "web page captured by Evidence Kit")
_("court.source_import", "file imported from the collector's device")
_("court.ref.handle", "account")
_("court.ref.account_id", "id")
_("court.ref.post_id", "post")
_("court.role.screenshot_full", "full-page screenshot")
_("court.role.screenshot_viewport", "screenshot of the visible part")
_("court.role.mhtml", "MHTML archive of the page")
_("court.role.dom_html", "HTML of the page")
_("court.role.text", "text of the page")
_("court.role.warc", "WARC web archive")
_("court.role.pdf", "page printed to PDF")
_("court.role.media", "image or media from the page")
_("court.role.download", "downloaded file")
_("court.role.original", "original file")
_("court.role.before_removal", "screenshot before the consent banner was removed")
_("court.from", "from")

# ==================================================================================================
# Court dossier: screenshots
# ==================================================================================================
_("court.shot.captured", "Captured {when} · cut from {name}, SHA-256")
_("court.shot.imported", "Imported {when} · cut from {name}, SHA-256")
_("court.shot.after_removal",
  "Made after the capture removed a consent banner from the page (see \"Changes made to the page\"); the screenshot taken before the removal is shown after this one.")
_("court.shot.before_removal",
  "Taken before the capture removed the consent banner: this is the page as it was first shown.")
_n("court.slice_how_lossless",
   "Each part is embedded without loss at the picture's own pixel size, and consecutive parts repeat {px} pixel row so that no line is lost at a cut. Extracted from this PDF (for example with pdfimages -png), a part's pixels are exactly those rows of the sealed file {name}.",
   "Each part is embedded without loss at the picture's own pixel size, and consecutive parts repeat {px} pixel rows so that no line is lost at a cut. Extracted from this PDF (for example with pdfimages -png), a part's pixels are exactly those rows of the sealed file {name}.", count="px")
_n("court.slice_how_original",
   "The JPEG file {name} is embedded in this PDF exactly as it was sealed, byte for byte; each page shows the pixel rows given, and consecutive pages repeat {px} row so that no line is lost at a cut.",
   "The JPEG file {name} is embedded in this PDF exactly as it was sealed, byte for byte; each page shows the pixel rows given, and consecutive pages repeat {px} rows so that no line is lost at a cut.", count="px")
_n("court.slice_how_converted",
   "The sealed file {name} is in a form this PDF cannot hold as it is (for example CMYK colour, or 16 bits per channel): it is shown converted to 8-bit RGB, without other loss; consecutive parts repeat {px} pixel row. The original is in the bundle.",
   "The sealed file {name} is in a form this PDF cannot hold as it is (for example CMYK colour, or 16 bits per channel): it is shown converted to 8-bit RGB, without other loss; consecutive parts repeat {px} pixel rows. The original is in the bundle.", count="px")
_("court.media_caption_reduced",
  "{exhibit} · picture {n} · {name} · reduced to {w}×{h} pixels for this PDF")
_("court.file_after_removal", "made after the consent banner was removed")
_("court.file_before_removal", "taken before the consent banner was removed")
_("court.media_caption_converted",
  "{exhibit} · picture {n} · {name} · converted to 8-bit RGB for this PDF")

# ==================================================================================================
# Court dossier: volumes
# ==================================================================================================
_("ex.help.max_size",
  "cut the court dossier into volumes of at most this many megabytes (for e-filing)")
_("ex.error.max_size_kind",
  "--max-size cuts a court dossier into volumes; it does not apply to a {kind} export.")
_("ex.error.bad_max_size",
  "The size limit must be a number of megabytes of at least 1 (for example --max-size 20), not {value}.")
_("ex.error.volume_too_small",
  "A volume of at most {limit} MB cannot hold exhibit {exhibit} with the cover and the index: it needs about {need} MB. Choose a larger size limit. No file was written.")
_n("ex.cli.done_volumes",
   "Court dossier written in {count} volume of at most {limit} MB:",
   "Court dossier written in {count} volumes of at most {limit} MB each:")
_("ex.cli.file_line", "  {path} · {size} · SHA-256 {sha}")
_("court.volume", "Volume")
_("court.volume_value",
  "{n} of {total}: exhibits {exhibits}. The appendices are in volume {total}.")
_("court.volume_value_last", "{n} of {total}: exhibits {exhibits}, and the appendices.")
_("court.col_volume", "Vol.")
_("court.doc_id_volume", "{id} · vol. {n}/{total}")
_("court.pdf_title_volume", "Evidence dossier — {case} ({id}), volume {n} of {total}")

# ==================================================================================================
# Court dossier: appendices (custody log, methodology, declaration, notary pack, law)
# ==================================================================================================

# --- court dossier: custody appendix
_("court.custody_intro",
  "Every entry about these exhibits and every vault-wide entry, in order. Each entry holds the SHA-256 of the entry before it (full values in custody-log.jsonl in the bundle). Entries about other cases are withheld here and only counted; their hashes keep the chain checkable.")
_n("court.withheld",
   "{count} entry about other items, withheld",
   "{count} entries about other items, withheld")
_("court.custody_last", "Hash of the last entry ({seq}):")

# --- court dossier: methodology
_("court.method.capture_h", "How a web page is captured")
_("court.method.capture",
  "Each page was opened by Evidence Kit in a Chromium-family browser on the collector's computer, in a fresh window without cookies or a login. After the page had loaded, the tool saved, as far as the page allowed: a screenshot of the whole page; the HTML as the browser had built it, and the visible text; an MHTML snapshot of the page as the browser showed it after the changes listed for the exhibit (MHTML is not a copy of what the server sent); a WARC web archive of the requests and responses the browser reported to the tool, with the bodies as the browser handed them over, decompressed; and the pictures and media the page showed. The exhibit's table lists what was recorded about the capture: the address asked for and the one reached, redirects, the server's address, the TLS certificate, the HTTP status, the browser and tool versions, every change made to the page (for example a removed cookie banner) and every gap.")
_("court.method.import_h", "How a file is imported")
_("court.method.import",
  "Files the collector already had (screenshots taken on a phone, saved videos, chat exports) were imported as they were: the file is read without any change, and its name, size and modification time are recorded. The time given for an imported file is the time of import, not the time the picture was taken.")
_("court.method.seal_h", "How the files are sealed and kept")
_("court.method.seal",
  "At capture or import the SHA-256 of each file was computed and the file was sealed in the collector's encrypted vault; the item's record and an entry in the custody log were written at the same moment. Every later action on the item (viewing, marking, exporting) adds an entry to the custody log. Each entry holds the hash of the entry before it and a code computed with a key of the vault, so someone who does not hold the vault's key cannot change, remove or reorder an entry without it being detected. The vault's owner holds that key and could in principle rewrite the log: the anchor outside the vault is a trusted timestamp from an independent time-stamping authority, where this dossier shows one for an exhibit.")
_("court.method.proves_h", "What a SHA-256 value proves")
_("court.method.proves",
  "A matching SHA-256 value proves that a file is bit for bit the same as the file listed with that value: any change, even of a single byte, gives a different value. On its own it does not show when the file was sealed; that rests on the custody log and, where this dossier shows one, a trusted timestamp.")
_("court.method.not_h", "What it does not prove")
_("court.method.not",
  "A SHA-256 value does not prove that the server sent exactly this content, who wrote a post, or that the computer's clock was right. It proves only that the file has not changed since it was sealed.")
_("court.method.limits_h", "The limits of any capture")
_("court.method.limits",
  "A capture shows what this browser received at that moment, over that network, with or without a logged-in account as recorded. Other people may have seen something different (content can differ by country, account and time); content behind a login, in private chats or in stories that expire may be missing; videos may be saved only in part. Where the record lists gaps, they are stated in the exhibit.")
_("court.method.time_h", "Times")
_("court.method.time",
  "Times come from the collector's computer clock. They are given in UTC, with the time in Dushanbe (UTC+5) and Moscow (UTC+3) beside them. Where the capture checked the clock against an outside source, the result is in the exhibit's table under \"Clock check\".")
_("court.method.blur_h", "Blurred pictures")
_("court.method.blur",
  "Pictures of items marked sensitive (intimate images) are blurred in this dossier unless the collector chose to include them; the blurring is applied only to the copy in this PDF. The sealed originals are unchanged and can be produced to the court or the investigator. Every other screenshot is embedded in this PDF without loss, at its own pixel size (a JPEG file as it was sealed, byte for byte); the originals, byte for byte, are also in the verification bundle.")
_("court.method.source",
  "This methodology describes how Evidence Kit works. It is a description by the tool, not an expert's opinion.")

# --- court dossier: declaration
_("court.decl.label",
  "DECLARATION OF THE COLLECTOR — the party's own statement. It is not a notarial act. Sign it in ink, with the place and the date, before witnesses or a notary if your lawyer asks for it.")
_n("court.decl.intro",
   "I, the undersigned, state what I did and saw in collecting the evidence in the dossier {dossier}, which contains {count} exhibit ({exhibits}):",
   "I, the undersigned, state what I did and saw in collecting the evidence in the dossier {dossier}, which contains {count} exhibits ({exhibits}):")
_("court.decl.did",
  "I collected the exhibits listed here myself, with the program {tool}, on this computer: ______________________________ (make and model, and whose computer it is).")
_("court.decl.computer_recorded",
  "For the captures, the program recorded this computer's operating system as: {systems}.")
_("court.decl.when",
  "I did this between {first} and {last}. The time of each capture or import, taken from this computer's clock, is given in its exhibit.")
_("court.decl.seen",
  "For each web page I gave the program its address; the program opened it in a fresh browser window, without my accounts, and saved the files listed in the exhibit. I have looked at every exhibit in this dossier. Where I had seen a post myself, the exhibit shows what I saw, except: ______________________________.")
_("court.decl.imports",
  "Each imported file is a file I had (for example a screenshot taken on my phone); I gave it to the program as it was. Where the files came from: ______________________________.")
_("court.decl.files",
  "The files listed in each exhibit, with their SHA-256 values, are the files the program sealed when it made or imported them. I have not edited, cropped or altered any of them.")
_("court.decl.changes",
  "What the program changed on a page while capturing it (for example a cookie banner it removed) and what it could not capture are listed in each exhibit under \"Changes made to the page\" and \"Not captured / gaps\"; they apply to that exhibit as stated.")
_("court.decl.handover",
  "I can hand over the original files on a storage medium (the verification bundle) and show how they can be checked.")
_("court.decl.true",
  "I declare that the above is true to the best of my knowledge. [Wording of the oath or warning required by the court's law — to be confirmed by counsel.]")
_("court.decl.blurred_list",
  "No original was redacted. In this PDF the pictures of the following exhibits are blurred to protect privacy; the originals are unchanged: {exhibits}.")
_("court.decl.no_blur", "No original was redacted, and no picture in this PDF is blurred.")
_("court.decl.name", "Full name")
_("court.decl.id_doc", "Identity document (type, number)")
_("court.decl.place", "Place")
_("court.decl.date", "Date")
_("court.decl.signature", "Signature")
_("court.decl.witnesses", "Witnesses (if required)")
_("court.decl.w_name", "Full name")
_("court.decl.w_address", "Address or identity document")
_("court.decl.adapt",
  "This is a statement of fact by the person who collected the evidence, not an expert's opinion. Counsel may adapt it to what the court requires (for example an oath, or a warning about false statements).")
_("court.decl.not_notarial",
  "A PDF made by a party is not a notarial act, and a key generated on the party's computer is not a recognised electronic signature. The hashes and the bundle's signature show integrity; they do not make this document official.")

# --- court dossier: notary / police
_("court.notary.h_inspect",
  "Request for an urgent inspection of web pages by a notary (осмотр доказательств)")
_("court.notary.intro",
  "The pages below are listed in the order in which they should be opened and recorded. The captures in this dossier show what each page showed at the time given; a notary's own inspection makes a record that courts accept more readily.")
_("court.notary.urgent",
  "URGENT: the person who published these posts can delete them at any moment. We ask that the inspection be carried out as soon as possible, today if it can be arranged.")
_("court.notary.item", "{n}. {exhibit} — captured {when} — {status} — login needed: {login}")
_("court.notary.final", "reached after redirects:")
_("court.notary.login_yes", "yes")
_("court.notary.login_no", "not known to be needed")
_("court.notary.none", "No web addresses in this selection.")
_("court.notary.h_login", "Pages that need a login")
_("court.notary.login_list",
  "These exhibits can only be seen with an account (a private channel, a group, or a logged-in view): {exhibits}. The inspection has to be made on the applicant's own device or account; in Russia the Federal Notarial Chamber's methodological recommendations (protocol No. 10/23 of 26.06.2023) allow the applicant's device to be used and messengers to be inspected on the phone or via login.")
_("court.notary.login_none",
  "None of the listed pages is known to need a login; some platforms show more to logged-in users.")
_("court.notary.how",
  "Bring this dossier, the verification bundle on a USB stick, and the phone or computer with the accounts concerned.")
_("court.notary.imports",
  "Files from the applicant's own device (exhibits {exhibits}) have no web address; the notary can inspect them on the device that holds them.")
_("court.notary.h_police", "For a complaint to the police")
_("court.notary.police1",
  "Hand over this dossier ({dossier}) with the verification bundle on a storage medium; the files can be checked without Evidence Kit.")
_("court.notary.police2",
  "Ask that the platforms be requested to preserve the account data (identifiers, IP addresses) before it is deleted.")
_("court.notary.police3",
  "Write down the registration number of the complaint and the officer's name.")
_("court.notary.h_platforms", "Reports to the platforms")
_("court.notary.platforms",
  "Evidence Kit makes a separate platform report (export --kind platform) with the addresses, post numbers and the rules broken, one section per platform. A platform is often the fastest way to have posts removed, even when the person who posted them lives in another country.")
_("court.notary.stopncii",
  "For intimate images of an adult, StopNCII.org lets the person make hashes of the images on her own device so that partner platforms (among them Facebook, Instagram, Threads, TikTok, Reddit, Snap) can block them; it does not cover Telegram or YouTube. For a person under 18, Take It Down serves the same purpose.")
_("court.notary.h_help", "Help")
_("court.notary.help",
  "Tajikistan: free hotline 1313 (to be re-checked before relying on it). Access Now Digital Security Helpline (answers in Russian).")

# --- court dossier: legal references
_("court.legal.caveat",
  "These references are those practitioners cite for electronic evidence. This is not legal advice: whether and how each applies to this case is to be confirmed by counsel.")
_("court.legal.h_record", "What a record of a web page should show")
_("court.legal.record",
  "Russia: screenshots and printouts of web pages are written evidence under the Civil Procedure Code (ГПК РФ), art. 71; audio and video recordings (a saved video, for example) fall under art. 77, whose submitter states when, by whom and in what conditions the recording was made. Plenum of the Supreme Court of the Russian Federation, resolution No. 10 of 23.04.2019 «О применении части четвертой Гражданского кодекса Российской Федерации», item 55: printouts of material on the internet (screenshots) made and certified by a person taking part in the case, showing the address of the page and the exact time it was obtained, are admissible evidence — the condition is that the party itself certifies the printout. Tajikistan: which article of the Civil Procedure Code of the Republic of Tajikistan governs screenshots and printouts is to be confirmed by counsel. International practice: Berkeley Protocol on Digital Open Source Investigations, ¶155 and ¶167. For every capture this dossier gives the address, the time, the collector, the browser and the tool.")
_("court.legal.h_notary", "Securing evidence by a notary")
_("court.legal.notary",
  "Russia: Fundamentals of the legislation of the Russian Federation on notaries (Основы законодательства РФ о нотариате), art. 103; the Federal Notarial Chamber's Methodological recommendations on the securing of evidence by notaries, approved by its Board, protocol No. 10/23 of 26.06.2023. Tajikistan: whether notaries secure web evidence is to be confirmed by counsel.")
_("court.legal.h_lang", "Language of the documents")
_("court.legal.lang",
  "Tajikistan: courts work in the state language (Tajik), with an interpreter where needed. Russia: documents in a foreign language need a certified translation into Russian (ГПК РФ art. 408, АПК РФ art. 75). Content in Tajik therefore needs a Russian translation, marked as a translation, with the translator's name and a notary's certification; the originals stay alongside.")
_("court.legal.h_crime", "Criminal law that may apply")
_("court.legal.crime",
  "Russia: Criminal Code (УК РФ) art. 137 (violation of privacy) and art. 163 (extortion). Tajikistan: Criminal Code art. 144 (unlawful collection and dissemination of information about private life), as cited by a Tajik NGO lawyer. Defamation and insult were decriminalised in Tajikistan in 2012. Which articles fit this case is to be confirmed by counsel.")
_("court.legal.h_sign", "Signatures and hashes")
_("court.legal.sign",
  "The SHA-256 values in this dossier and the Ed25519 signature of the bundle let anyone check that the files are the ones listed here and that the list has not changed since it was signed. The key was generated by the collector's copy of Evidence Kit: it is not a recognised electronic signature under the Law of the Republic of Tajikistan on electronic documents of 15.03.2023 No. 1965 or under Russia's Federal Law No. 63-FZ, and it does not make this document official.")
_("court.legal.h_method", "The form of the declaration")
_("court.legal.method",
  "The declaration in Appendix C is the collector's own statement, in plain words, of what they did and saw; it does not certify the software or its method. Whether the court needs it signed before a notary, before witnesses or under oath is to be confirmed by counsel.")

# ==================================================================================================
# Bundle: VERIFY.txt and verify-bundle
# ==================================================================================================

# --- VERIFY.txt (and Appendix F)
_("ex.verify.title", "How to verify this evidence bundle ({id})")
_("ex.verify.intro",
  "This bundle holds the original files of the evidence, byte for byte as they were sealed, with a list of their SHA-256 values (SHA256SUMS) signed with the collector's Ed25519 key. Anyone can check it with standard tools, without Evidence Kit and without a password.")
_("ex.verify.fp",
  "Fingerprint of the signing key (SHA-256 of the public key), also printed on the cover of the court dossier:")
_("ex.verify.step_unzip",
  "Unpack the ZIP file into an empty folder and open a terminal in that folder.")
_("ex.verify.step_sums", "Check every file against its SHA-256 value; every line must end with OK:")
_("ex.verify.step_sig",
  "Check the signature of SHA256SUMS (OpenSSL 3.0 or later); it must print \"Signature Verified Successfully\":")
_("ex.verify.windows",
  "On Windows, in PowerShell: Get-FileHash -Algorithm SHA256 FILE, and compare the value with the line for FILE in SHA256SUMS; OpenSSL for Windows runs the same openssl command. On macOS: shasum -a 256 -c SHA256SUMS.")
_("ex.verify.contents",
  "Contents: exhibits/ (the original files, one folder per exhibit), manifest.json (every item with its metadata and its files' SHA-256 values, and the SHA-256 of the court dossier), custody-log.jsonl (the custody log with its hash chain), {pdf} (the court dossier), public-key.pem, SHA256SUMS, SHA256SUMS.sig and this file.")
_("ex.verify.means",
  "What a successful check shows: the files are exactly those that were sealed and listed when this bundle was made, and the list was signed with the key above. It does not show that a server sent the content, who wrote it, or that the computer's clock was right; see the methodology in the court dossier.")
_("ex.verify.withheld",
  "Files of items marked sensitive (intimate images) are not in this bundle unless the collector chose to include them; manifest.json lists them with their SHA-256 values, so they can be checked when they are produced to the court.")

# --- verify-bundle findings
_("ex.vb.no_file", "There is no file at {path}.")
_("ex.vb.not_zip", "{path} is not a ZIP file, or it is damaged beyond reading.")
_("ex.vb.missing", "{path} is missing from the bundle.")
_("ex.vb.damaged",
  "{path} is damaged inside the ZIP file (its checksum fails): it was changed or cut short.")
_("ex.vb.bad_key", "{path} does not hold an Ed25519 public key.")
_("ex.vb.bad_signature",
  "The signature does not match SHA256SUMS: the list of hashes was changed after it was signed, or it was signed with another key.")
_("ex.vb.bad_sums", "{path} is not in the format that sha256sum -c reads.")
_("ex.vb.listed_missing", "{path} is listed but is not in the bundle.")
_("ex.vb.changed", "{path} was changed: its SHA-256 is not the one listed in SHA256SUMS.")
_("ex.vb.not_listed", "{path} is in the bundle but not in SHA256SUMS: it was added afterwards.")
_("ex.vb.bad_manifest", "{path} cannot be read as an Evidence Kit manifest.")
_("ex.vb.fingerprint_differs", "The public key in the bundle is not the one the manifest names.")
_("ex.vb.manifest_disagrees", "manifest.json and SHA256SUMS give different hashes for {path}.")
_("ex.vb.log_entry_changed",
  "Entry {seq} of the custody log was changed: its hash does not match its contents.")
_("ex.vb.log_unreadable", "Line {line} of the custody log cannot be read.")
_("ex.vb.log_gap", "The custody log is missing entry {seq}.")
_("ex.vb.log_chain_broken",
  "The custody log's chain is broken at entry {seq}: it does not hold the hash of the entry before it.")

# ==================================================================================================
# Platform report
# ==================================================================================================

# --- platform report
_("plat.pdf_title", "Report of abusive content — {id}")
_n("plat.pdf_subject",
   "Request to remove {count} item",
   "Request to remove {count} items")
_("plat.section", "{platform}: content to remove")
_("plat.rule", "{document}: {rule}")
_("plat.doc.telegram", "Telegram's Terms of Service")
_("plat.doc.instagram", "Instagram's Community Guidelines")
_("plat.doc.facebook", "Meta's Community Standards")
_("plat.doc.youtube", "YouTube's Community Guidelines")
_("plat.doc.tiktok", "TikTok's Community Guidelines")
_("plat.doc.vk", "the VK platform rules")
_("plat.doc.ok", "the OK.ru rules")
_("plat.doc.other", "the site's terms of use")
_("plat.family.ncii", "sharing intimate images without consent")
_("plat.family.privacy",
  "publishing private information (home address, phone number) without consent")
_("plat.family.harassment", "harassment and bullying")
_("plat.family.threats", "threats of violence")
_("plat.family.impersonation", "impersonation")
_("plat.h_request", "Request")
_n("plat.request",
   "On behalf of {who}, I ask you to remove without delay the {count} item on {platform} listed below. It breaks {rules}. It was published without the consent of the person concerned and puts her safety at risk.",
   "On behalf of {who}, I ask you to remove without delay the {count} items on {platform} listed below. They break {rules}. They were published without the consent of the person concerned and put her safety at risk.")
_("plat.preserve",
  "Please also preserve the data of the accounts that posted them (identifiers, registration data, IP logs) for a possible request by law enforcement, and tell us the outcome of this report.")
_("plat.h_items", "Content to remove")
_("plat.final_url", "reached after redirects:")
_("plat.f_handle", "Account / channel: {value}")
_("plat.f_account", "Numeric id: {value}")
_("plat.f_post", "Post / message no.: {value}")
_("plat.f_private", "Private link: visible only to members")
_("plat.f_captured", "Captured {when} — {status}")
_("plat.f_abuse", "What it shows: {kinds}")
_("plat.f_sha", "SHA-256 of the screenshot ({name}):")
_("plat.abuse_unset", "not stated")
_("plat.no_thumb", "no picture")
_("plat.thumb_blurred", "blurred on purpose")
_("plat.evidence_note",
  "Each item was captured and sealed with Evidence Kit (reference {id}); the screenshots, the page archives and their SHA-256 values can be given to you or to the authorities on request.")
_("plat.contact", "Contact of the reporting person: ______________________________")
_("plat.footer", "Report to {platform}")
_("plat.meta", "Prepared by {who} on {when} · reference {id}")
_("plat.meta_anon", "Prepared on {when} · reference {id}")
_n("plat.intro",
   "This report lists {count} item on {platform} that publishes private information about the person concerned or abuses her. It concerns {platform} only.",
   "This report lists {count} items on {platform} that publish private information about the person concerned or abuse her. It concerns {platform} only.")
_n("plat.request_anon",
   "I ask you to remove without delay the {count} item on {platform} listed below. It breaks {rules}. It was published without the consent of the person concerned and puts her safety at risk.",
   "I ask you to remove without delay the {count} items on {platform} listed below. They break {rules}. They were published without the consent of the person concerned and put her safety at risk.")
_("plat.all_blurred",
  "Every picture in this report is blurred on purpose, whether or not it was marked sensitive: the report never reproduces a picture. The addresses lead to the content on your platform; the sealed originals can be given to the authorities on request.")
_("plat.h_how", "How to send this report")
_("plat.how_intro",
  "Send it by each route that fits. Keep the reference above: platforms often answer by e-mail or in the app, with their own case number.")
_("plat.route.telegram.app",
  "In the Telegram app: open the message (press and hold it) or the channel's page, choose Report, and the reason that fits best. Telegram's reports made in the app go to its moderators.")
_("plat.route.telegram.email",
  "By e-mail to {telegram_email}: for public channels, groups and bots. Paste the public links (t.me/…) from this report, say what each one shows and that it was published without consent.")
_("plat.route.telegram.impersonation",
  "If an account or channel pretends to be her: in Telegram, write to {telegram_bot}, Telegram's bot for reports of scams and impersonation, with its link.")
_("plat.route.telegram.private",
  "A private link (t.me/c/…) opens only for members, and Telegram treats chats and groups as private among their members: an e-mail about such a link cannot be acted on. Report it from inside the chat with the app's Report button, by you or someone you trust who is a member.")
_("plat.route.instagram.app",
  "In the Instagram app: tap … on the post, the story or the profile, then Report, and the reason that fits (for an intimate image the one about nudity or sharing private images; for an address or a phone number the one about private information or harassment).")
_("plat.route.facebook.app",
  "On Facebook: click … on the post or the profile, then Report, and the reason that fits (for an intimate image the one about nudity or sharing private images; for an address or a phone number the one about private information or harassment).")
_("plat.route.instagram.ncii",
  "For intimate images shared without consent, Meta's page {meta_ncii} leads to reporting on Facebook, Instagram and Messenger and to StopNCII.")
_("plat.route.instagram.help",
  "Without an account, or if the report in the app is not enough: the Help Center at {instagram_help} has report forms; search there for “privacy violation” or “intimate images”.")
_("plat.route.facebook.ncii",
  "For intimate images shared without consent, Meta's page {meta_ncii} leads to reporting on Facebook, Instagram and Messenger and to StopNCII.")
_("plat.route.facebook.help",
  "Without an account, or if the report in the app is not enough: the Help Center at {facebook_help} has report forms; search there for “privacy violation” or “intimate images”.")
_("plat.route.youtube.app",
  "On YouTube: click … under the video (or on the comment), then Report, and the reason that fits.")
_("plat.route.youtube.privacy",
  "YouTube's privacy complaint process ({youtube_privacy}): for a video or comment with her image, voice, full name or contact details. It is filed by the person concerned or her legal representative (the page lists the few other exceptions); she must be identifiable in the content, and for a video she gives the time where her image or information appears.")
_("plat.route.tiktok.app",
  "In the TikTok app: on the video or the profile tap Share (the arrow), then Report, and the reason that fits.")
_("plat.route.tiktok.form",
  "Without the app: the web form {tiktok_form} (“Report a problem”; choose the topic about reporting a potential violation) with the links from this report.")
_("plat.route.vk.app",
  "On VK: click … on the post or the profile, then Report (Пожаловаться), and the reason that fits.")
_("plat.route.vk.support",
  "VK Support ({vk_support}): write a request with the links from this report and what each one shows.")
_("plat.route.ok.app",
  "On OK: click … on the post or the profile, then Report (Пожаловаться), and the reason that fits.")
_("plat.route.ok.support", "OK Help ({ok_help}): write to support with the links from this report.")
_("plat.route.other.site",
  "The site's own report button, or its contact address for abuse (often in its terms or at the foot of its pages).")
_("plat.route.other.host",
  "If the site does not answer: the abuse address of the company that hosts it (a WHOIS lookup of the address names it).")
_("plat.h_ncii", "Intimate images: StopNCII and Take It Down")
_("plat.ncii_urgent",
  "Some items are intimate images shared without consent: please treat this report as urgent.")
_("plat.stopncii",
  "{stopncii}, for adults (18 and over): it makes digital fingerprints (hashes) of the images on her own device — the images do not leave it — and partner platforms use them to find and block copies. {platform} is a partner; the current list of partners is on the site. It does not cover Telegram or YouTube.")
_("plat.stopncii_not_partner",
  "{stopncii} (for adults) and {takeitdown} (for images made before 18) work only with their partner platforms; {platform} is not among them, so report here as above.")
_("plat.takeitdown",
  "{takeitdown}, run by NCMEC: for nude or sexual images made when she was under 18 (she can use it as an adult too). It works the same way, with hashes made on her device, for the platforms that take part (their list is on the site).")

# ==================================================================================================
# Chat exports in the court dossier and the platform report
# ==================================================================================================
_("court.source_chat", "chat export imported from the collector's device")
_("court.role.chat_export", "the chat export file, as exported")
_("court.role.chat_export_whole", "the whole account export (result.json)")
_("court.role.chat_media", "file sent in the chat")
_("court.role.chat_extra", "other file of the export")
_("chatpdf.h_transcript", "Chat transcript")
_("chatpdf.platform", "Messenger")
_("chatpdf.name", "Chat name")
_("chatpdf.type", "Type of chat")
_("chatpdf.telegram_id", "Telegram chat id")
_("chatpdf.export_file", "Export file and its SHA-256")
_("chatpdf.whole_file",
  "This chat's bytes were cut, unchanged, from {file} of a full-account export (bytes {start}–{end}); SHA-256 of that whole file:")
_("chatpdf.zip", "It came inside {zip}; SHA-256 of the ZIP:")
_("chatpdf.period", "Messages from – to")
_("chatpdf.counts", "Contents")
_n("chatpdf.counts_value",
   "{messages} message; service messages: {service}; files sealed: {media}; gaps: {gaps}",
   "{messages} messages; service messages: {service}; files sealed: {media}; gaps: {gaps}", count="messages")
_("chatpdf.participants", "Senders (messages)")
_("chatpdf.times", "How the times were read")
_("chatpdf.times_unix",
  "Each message's time in UTC is Telegram's own date_unixtime. The export's “date” is the exporting computer's clock; it differed from UTC by {offsets}.")
_("chatpdf.times_local",
  "This export records only the local time, without a time zone. The times were read in the zone {zone} ({how}); the export did not record it.")
_("chatpdf.how_stated", "stated by the collector")
_("chatpdf.how_computer", "assumed: the zone of the computer used for the import")
_("chatpdf.date_order", "Dates were read as {order} ({basis}).")
_("chatpdf.basis.unambiguous", "the dates allow no other reading")
_("chatpdf.basis.message_order", "only this reading keeps the messages in order")
_("chatpdf.basis.attachment_names", "the names of the attached files carry the same dates in this order")
_("chatpdf.basis.assumed", "assumed: both readings were possible")
_n("chatpdf.shown_all",
   "The chat's {total} entry follows, in the order of the export.",
   "All {total} entries of the chat follow, in the order of the export.", count="total")
_n("chatpdf.shown_marked",
   "Shown: the {shown} message the collector marked as an exhibit (entries in the chat: {total}; the marks are in the custody log). The complete chat is in the sealed export file.",
   "Shown: the {shown} messages the collector marked as exhibits (entries in the chat: {total}; the marks are in the custody log). The complete chat is in the sealed export file.", count="shown")
_n("chatpdf.shown_all_marked",
   "All {total} entries of the chat follow, in the order of the export, as the collector chose; the {shown} message marked as an exhibit is labelled as marked.",
   "All {total} entries of the chat follow, in the order of the export, as the collector chose; the {shown} messages marked as exhibits are labelled as marked.", count="shown")
_n("chatpdf.cut",
   "The transcript in this dossier stops after {shown} of {total} entry. Mark the messages that matter to show those; the complete chat is in the sealed export file.",
   "The transcript in this dossier stops after {shown} of {total} entries. Mark the messages that matter to show those; the complete chat is in the sealed export file.", count="total")
_("chatpdf.col_no", "No. / id")
_("chatpdf.col_time", "Time (UTC; Dushanbe; Moscow)")
_("chatpdf.col_from", "Sender (id)")
_("chatpdf.col_text", "Message")
_("chatpdf.time_dushanbe", "Dushanbe {time}")
_("chatpdf.time_moscow", "Moscow {time}")
_("chatpdf.as_written", "as written: {local}")
_("chatpdf.no_time", "no time in the export")
_("chatpdf.marked", "MARKED as an exhibit")
_("chatpdf.edited_at", "edited {when}")
_("chatpdf.edited", "edited (the export gives no time)")
_("chatpdf.forwarded", "forwarded from: {name}")
_("chatpdf.reply_to", "reply to message {id}")
_("chatpdf.deleted", "deleted by the sender (as the export says)")
_("chatpdf.service", "service message: {action}")
_("chatpdf.system", "service message")
_("chatpdf.link", "link:")
_("chatpdf.file", "{kind}: {name}")
_("chatpdf.blurred", "blurred: the item is marked sensitive")
_("chatpdf.codepoints",
  "Characters the dossier's fonts cannot show (emoji, right-to-left scripts) are written as their Unicode code points, e.g. [U+1F621]; the export file holds them as sent.")
_("chatpdf.action.phone_call", "call")
_("chatpdf.action.pin_message", "message pinned")
_("chatpdf.action.create_group", "group created")
_("chatpdf.action.invite_members", "members added")
_("chatpdf.action.remove_members", "members removed")
_("chatpdf.action.join_group_by_link", "joined by link")
_("chatpdf.action.edit_group_title", "group renamed")
_("chatpdf.action.edit_group_photo", "group photo changed")
_("chatpdf.action.clear_history", "history cleared")
_("chatpdf.action.create_channel", "channel created")
_("chatpdf.ev_marked", "marked: {messages}")
_("chatpdf.ev_unmarked", "marks removed: {messages}")
_("court.method.chat_h", "Chat exports")
_("court.method.chat",
  "Exhibits whose source is a chat export were not captured by Evidence Kit: the messenger (Telegram Desktop, WhatsApp) wrote the export on the collector's device, and it was sealed as it was, with every file its messages name. The transcript is read from the export without changes; files the export left out are listed as gaps. Telegram's times in UTC are Telegram's own time stamps; WhatsApp records only the phone's clock, converted with the time zone stated by the collector (or the importing computer's zone), as each exhibit says. An export shows what the collector's account held when it was made; it does not prove who typed a message, and messages deleted before the export are absent.")

# --- platform report
_("plat.route.whatsapp.app",
  "In the WhatsApp app: open the chat, tap the contact's or group's name at the top, then Report. WhatsApp then receives the most recent messages of that chat.")
_("plat.doc.whatsapp", "WhatsApp's Terms of Service")
_("plat.chat_title", "Chat «{name}» ({platform})")
_("plat.chat_id", "Chat id: {value} ({type})")
_n("plat.chat_sender",
   "Sender: {name} — user id {id} ({count} message listed)",
   "Sender: {name} — user id {id} ({count} messages listed)")
_n("plat.chat_sender_noid",
   "Sender: {name} ({count} message listed)",
   "Sender: {name} ({count} messages listed)")
_("plat.chat_ids", "Message ids: {ids}")
_("plat.chat_positions", "Messages (number in the export, time UTC): {ids}")
_("plat.chat_which_marked", "The messages listed are those the collector marked.")
_("plat.chat_which_all", "No message is marked: the messages of every sender are listed.")
_("plat.chat_which_every", "Every message of every sender is listed, as the collector chose (not only the marked ones).")
_("plat.chat_more", "… and {count} more (all in the court dossier)")
_("plat.chat_export_sha", "SHA-256 of the export file ({name}):")

# ==================================================================================================
# Bundle checks: ZIP structure, the expected key; exported copies without secrets
# ==================================================================================================

# --- ZIP structure
_n("ex.vb.duplicate",
   "{path} is in the ZIP file {count} time. Programs disagree on which copy they show, so a changed copy may sit beside the genuine one: do not rely on this bundle as it is.",
   "{path} is in the ZIP file {count} times. Programs disagree on which copy they show, so a changed copy may sit beside the genuine one: do not rely on this bundle as it is.")
_("ex.vb.unsafe_name",
  "{path} is not a safe name inside a bundle (it climbs out of the folder, is an absolute path, or uses backslashes): unpacking it could write outside the folder or show another file.")
_("ex.vb.shadowed",
  "{path} is both a file and a folder in the ZIP file: when it is unpacked one hides the other.")
_("ex.vb.case_collision",
  "These names differ only in capital letters or in how a letter is encoded: {path}. On Windows and macOS they are one file, so one copy hides the other.")

# --- the expected key
_("ex.vb.unexpected_key",
  "The bundle is signed with a different key from the one you expected. Found: {found}. Expected: {expected}. It was not made with the collector's vault, or the fingerprint was copied wrongly: do not rely on it.")
_("ex.help.expect_fingerprint",
  "the fingerprint (64 hex characters) the collector gave you separately, on paper or by phone: any other signing key is a problem")
_("ex.cli.vb_compare",
  "Signed with the key whose fingerprint is {fingerprint}. That fingerprint comes from the bundle itself, so on its own it proves nothing: compare it with the one the collector gave you separately (on paper or by phone), or check again with --expect-fingerprint.")
_("ex.cli.vb_expected_ok", "The signing key is the one you expected ({fingerprint}).")

# --- verify-pdf
_("ex.vp.not_pdf", "{path} is not a PDF file (it does not begin with %PDF-).")
_("ex.vp.unreadable",
  "{path} begins like a PDF but cannot be read: it is damaged, or it was changed after it was made.")
_("ex.vp.not_signed", "This PDF is not signed: it holds no PDF signature that can be checked.")
_("ex.vp.broken",
  "The signature does not check: its value or its certificate is damaged or was replaced, so it shows nothing about this document.")
_("ex.vp.changed",
  "The document was changed after it was signed: the signed bytes no longer match the signature.")
_("ex.vp.added_after",
  "The document was changed after it was signed: {added} bytes were added after the signature (an incremental update), and a PDF reader shows what they say. The signed version is the first {signed} bytes of the file (head -c {signed} FILE.pdf > signed.pdf); check that one.")
_("ex.vp.not_whole",
  "The signature does not cover the whole file: its byte ranges leave parts of it unsigned, so what a PDF reader shows may not be what was signed.")
_("ex.vp.not_bound",
  "The signature does not lead to any vault's key: its certificate was not issued by a vault's Ed25519 key, it only names a signer, and a name (even one with a fingerprint in it) anyone can write, so it proves nothing about who signed. PDFs exported by Evidence Kit before this check existed were signed this way: if this one came in a verification bundle, check the bundle with verify-bundle --expect-fingerprint, whose signed list covers the PDF.")
_("ex.vp.other_key",
  "The PDF is signed with a different key from the one you expected. Found: {found}. Expected: {expected}. It was not signed in the collector's vault, or the fingerprint was copied wrongly: do not rely on it.")
_("ex.cli.vp_ok_expected",
  "The PDF is signed by the vault whose fingerprint is {fingerprint}, the one you expected, and the signature covers the whole document: not one byte has changed since it was signed.")
_("ex.cli.vp_ok",
  "The signature is valid and covers the whole document: not one byte has changed since it was signed.")
_("ex.cli.vp_compare",
  "It leads to the vault key whose fingerprint is {fingerprint} ({grouped}). Who sent this PDF is not confirmed yet: anyone can make a vault and sign a PDF. Compare all 64 characters with the fingerprint the collector gave you on paper, or check again with --expect-fingerprint.")
_("ex.cli.vp_leads_to", "The signature leads to the vault key whose fingerprint is {fingerprint}.")
_n("ex.cli.vp_bad",
   "The PDF did NOT pass the check: {count} problem found.",
   "The PDF did NOT pass the check: {count} problems found.")

# --- privacy of exports
_("ex.collector.not_given", "not given")
_("ex.help.include_paths",
  "also show where imported files were on this computer (their folders usually contain your login name); left out unless you ask")

# --- VERIFY.txt
_("ex.verify.fp_separate",
  "This fingerprint is written in the bundle, so on its own it proves nothing: anyone can make a key and sign files with it. Ask the collector (or her lawyer) for her vault's fingerprint through a separate channel — on paper, in person or by phone, never in the same message as this bundle — and compare all 64 characters.")
_("ex.verify.step_fp_separate",
  "Check that the key is the collector's: the value printed must equal the fingerprint the collector gave you through a separate channel (not only the one above, which comes from this bundle):")
_("ex.verify.step_tool_expect",
  "Or, with Evidence Kit, all of the above in one command (FINGERPRINT is the one you received separately):")

# ==================================================================================================
# Trusted time, the PDF signature, WACZ and redacted copies in the exports
# ==================================================================================================

# --- VERIFY.txt
_("ex.verify.ts_title", "Trusted time (RFC 3161 time stamps)")
_("ex.verify.ts_intro",
  "Each exhibit folder holds record.json (the exact bytes that were time-stamped: the item's files with their SHA-256 and its recorded details) and one .tsr file per time stamp. A time-stamping authority (TSA) outside this computer signed that the SHA-256 of record.json existed at the time it states. Check each with:")
_("ex.verify.ts_root",
  "ROOT.pem is the root certificate of the authority that issued the time stamp. These commands show the certificates inside a token, the last issuer being the root to obtain from the authority:")
_("ex.verify.ts_root_unknown",
  "get the root certificate named in the token from this authority's operator")
_("ex.verify.ts_none", "No exhibit in this bundle has a time stamp yet.")
_("ex.verify.ts_pending",
  "Not time-stamped yet (no authority could be reached when they were sealed or since): {exhibits}. For them only the computer's own clock gives the time.")
_("ex.verify.ts_untrusted",
  "Kept, but NOT trusted time: {paths}. Their signing certificate does not lead to a root certificate that Evidence Kit trusted when this bundle was made, so no independent authority vouches for the time they state. An exhibit with no other time stamp counts as not time-stamped.")
_("ex.verify.ts_head",
  "custody-head.tsr time-stamps custody log entry {seq} (its hash is the imprint), at {when}. Every earlier entry is chained to it, so the log up to that entry existed then:")
_("ex.verify.ts_head_untrusted",
  "custody-head.tsr is a time stamp over custody log entry {seq} stating {when}, but it is NOT trusted time: its signing certificate does not lead to a root certificate that Evidence Kit trusted when this bundle was made.")
_("ex.verify.ts_no_head",
  "The custody log could not be time-stamped when this bundle was made (no authority answered).")
_("ex.verify.pdf_title", "The signed PDF")
_("ex.verify.pdf_sig",
  "The court PDF carries a PAdES signature over the whole document. The key that made it is certified by this vault's own key: its certificate, {cert}, is issued by {root}, the vault root certificate, whose public key is public-key.pem, the key with the fingerprint above. Both certificates are listed in SHA256SUMS and are also inside the PDF's signature. Poppler's pdfsig must say \"Signature is Valid\" and \"Total document signed\":")
_("ex.verify.pdf_chain",
  "Check that the signature leads to the vault's key (OpenSSL 3.0 or later): save the signature, cut out the bytes it signs (the two \"Signed Ranges\" pdfsig shows), and check the signature against them with {root} as the only trusted certificate; openssl must print \"CMS Verification successful\". The last command computes the fingerprint of {root}: it must equal the fingerprint you received separately.")
_("ex.verify.pdf_alone",
  "For a copy of the PDF on its own, the vault root certificate comes from the signature itself: Appendix F of the court dossier gives the steps. Or, with Evidence Kit, all of it in one command (FINGERPRINT is the one you received separately):")
_("ex.verify.pdf_means",
  "The signature shows that the PDF has not changed since it was signed; the certificate chain shows that the signing key was certified by the vault whose fingerprint you compared. No certification authority knows the vault's key, so PDF readers call the signer unknown or not trusted: it is not a qualified electronic signature and says nothing about who she is. When the signature carries a time stamp, an authority outside this computer vouches for the time of signing.")
_("ex.verify.pdf_alone_h", "Checking this PDF's own signature")
_("ex.verify.pdf_alone_intro",
  "This PDF is signed. The signing key's certificate is issued by the vault's own key, the one with the fingerprint above, and both certificates are inside the signature, so the signature itself leads to that fingerprint. With Evidence Kit (exit code 0: not changed since signing, and signed by that vault):")
_("ex.verify.pdf_alone_stock",
  "With standard tools (poppler's pdfsig, OpenSSL 3.0 or later, a terminal on Linux or macOS), in a folder holding the PDF as FILE.pdf:")
_("ex.verify.pdf_step_pdfsig",
  "pdfsig must say \"Signature is Valid\" and \"Total document signed\". Note the two \"Signed Ranges\" it shows, [0 - END1] and [START2 - END2]:")
_("ex.verify.pdf_step_dump",
  "Save the signature (FILE.pdf.sig0) and the certificates inside it (cert-1.pem, cert-2.pem, …):")
_("ex.verify.pdf_step_root",
  "Compute each certificate's fingerprint. The vault root, cert-N.pem, is the one whose value equals the fingerprint the collector gave you on paper (the other values mean nothing). If none does, the PDF was not signed with her vault:")
_("ex.verify.pdf_step_cms",
  "Cut out the signed bytes and check the signature against them with the vault root as the only trusted certificate; openssl must print \"CMS Verification successful\". Only then does the signature lead to that fingerprint:")
_n("ex.verify.wacz",
   "{count} captured page is also given as capture.wacz (WACZ 1.1.1), which opens in ReplayWeb.page and other Webrecorder tools. To check it:",
   "{count} captured pages are also given as capture.wacz (WACZ 1.1.1), which opens in ReplayWeb.page and other Webrecorder tools. To check one:")
_("ex.verify.redacted_intro",
  "These files are redacted copies, not the sealed originals: they were captured with a login session, and the values of the headers named below were replaced so that no login secret leaves the vault. The sealed original stays unchanged in the vault; both hashes are given (the manifest lists them too):")
_("ex.verify.redacted_file",
  "{path}: {headers} replaced; sealed original SHA-256 {original}; this copy's SHA-256 {copy}")

# --- verify-bundle
_("ex.vb.ts_token_bad", "The time stamp {path} does not check: {reason}")
_("ex.vb.ts_untrusted",
  "The time stamp {path} is given as trusted time, but it is not: {reason} If you trust its authority, give that authority's root certificate with EVIDENCE_KIT_TSA_CA=FILE.")
_("ex.vb.ts_record_differs",
  "{path} does not describe the files the manifest lists for this exhibit.")
_("ex.vb.ts_time_differs", "The time stamp {path} says {when}, not the time the manifest gives.")
_("ex.vb.ts_head_not_in_log",
  "{path} stamps a custody entry {seq} that is not the one in custody-log.jsonl.")

# --- the court dossier
_("court.trust.md_label", "Trusted time")
_("court.trust.stamped",
  "{when} — time stamp by {tsa} ({name}), over the SHA-256 of this exhibit's record {record}")
_("court.trust.untrusted",
  "{when} — a time stamp said to be by {tsa} ({name}), kept but NOT trusted time: its certificate does not lead to a root certificate Evidence Kit trusts, so no independent authority vouches for this time.")
_("court.trust.pending",
  "Not stamped: no time-stamping authority could be reached so far. The time of this exhibit rests on this computer's clock alone.")
_("court.trust.no_trusted",
  "No trusted time so far: the time of this exhibit rests on this computer's clock alone.")
_("court.trust.cover_h", "What the signature and the trusted time prove")
_("court.trust.cover_sig",
  "This PDF is signed. The signing key's certificate is issued by this vault's own key, the one whose fingerprint is above, so the signature itself leads to that fingerprint: evidence-kit verify-pdf or the steps in Appendix F check it, and a PDF reader that checks the signature shows whether any byte has changed since signing. A fingerprint printed in a document proves nothing on its own: compare it with the one the collector gave you on paper. No certification authority knows the vault's key, so PDF readers call the signer unknown or not trusted: it is not a qualified electronic signature and does not prove who she is.")
_n("court.trust.cover_time",
   "Trusted time: for {stamped} of {total} exhibit, an independent time-stamping authority (RFC 3161) signed the SHA-256 of the exhibit's record, so those files existed, unchanged, no later than the time it states (given with each exhibit). It does not prove what the page showed, who posted it, or that the computer's own clock was right at capture; it proves the files were not made or changed after that time.",
   "Trusted time: for {stamped} of {total} exhibits, an independent time-stamping authority (RFC 3161) signed the SHA-256 of the exhibit's record, so those files existed, unchanged, no later than the time it states (given with each exhibit). It does not prove what the page showed, who posted it, or that the computer's own clock was right at capture; it proves the files were not made or changed after that time.", count="total")
_("ex.sign.reason_court",
  "Court dossier exported by Evidence Kit: this signature shows the document has not changed since.")
_("ex.sign.reason_platform",
  "Platform report exported by Evidence Kit: this signature shows the document has not changed since.")

# ==================================================================================================
# Watched pages in the dossier (timeline)
# ==================================================================================================
_("court.app_timeline", "Appendix G. Timeline of watched addresses")
_("court.app_technical", "Appendix T. Technical record of the captures")
_("court.tech.intro",
  "How the software ran for each capture, as it recorded it: the browser, its version, the command line it was started with and its settings, the versions of the tools and of the operating system, the site's certificate, the server's response headers, the addresses and route used, and when each file was made. The exhibits' own pages show what was captured; this record lets an expert check how.")
_("court.tech.h", "Technical record of {exhibit}")
_("court.tech.back", "The exhibit starts on page")
_("court.tech.back_volume", "The exhibit is in volume {n}, on page")
_("court.tech_ref", "Technical record: Appendix T, page")
_("court.tech_ref_volume", "Technical record: Appendix T (volume {n}), page")
_("court.timeline.intro",
  "These addresses were captured again and again on a schedule; every run is a sealed exhibit of its own, listed with the change found against the run before it. What is said below is stated from the runs only: nothing is known about the page between two runs.")
_("court.timeline.address", "Watched address")
_n("court.timeline.watched",
   "Captured every {every} since {since}; {runs} run.",
   "Captured every {every} since {since}; {runs} runs.", count="runs")
_("court.timeline.unwatched", "No longer watched since {at}.")
_("court.timeline.first_seen", "First seen: {when} ({exhibit}).")
_("court.timeline.last_seen", "Last seen: {when} ({exhibit}).")
_("court.timeline.never_seen", "The page was not seen in any run.")
_("court.timeline.removed_between",
  "Removed between {after} ({seen}: still there) and {before} ({gone}: gone).")
_("court.timeline.back_between",
  "There again between {after} ({gone}: gone) and {before} ({seen}: there).")
_("court.timeline.gone_at_last", "At the last run the page was gone.")
_("court.timeline.not_here", "not in this dossier")
_("court.timeline.col_n", "Run")
_("court.timeline.col_http", "HTTP")
_("court.timeline.col_change", "Change against the run before")
_("court.timeline.posts", "Posts on this page")
_("court.timeline.posts_intro",
  "Each post by its id on the platform. A post that only moved out of the page's window (newer posts pushed it down) is not counted as removed.")
_("court.timeline.col_post", "Post")
_("court.timeline.col_first", "First seen")
_("court.timeline.col_last", "Last seen")
_("court.timeline.col_removed", "Removed between")
_("court.timeline.between", "{after} and {before}")
_("court.timeline.limits",
  "A page that is “gone” answered with an error (4xx/5xx) or with the platform's own “not found” page at that run; a run that could not reach the site at all says nothing about the page and is not used for these statements.")
_("ex.error.only_references",
  "The photos you are looking for never leave the vault: they are not put in any dossier, report or bundle. Choose the items that show the posts instead.")

# ==================================================================================================
# Platform posts in the court dossier
# ==================================================================================================
_n("court.platform.summary",
   "{platform}: {account}. {count} post recorded from the page, with its id, link, time, text and its photos and videos as separate files (each post is shown below).",
   "{platform}: {account}. {count} posts recorded from the page, each with its id, link, time, text and its photos and videos as separate files (each post is shown below).")
_("court.posts.h", "Posts recorded from the page: {count}")
_("court.posts.intro",
  "Each post as the platform's page showed it at the capture: its link, its time (UTC, with Dushanbe and Moscow time beside it), its text in full, and the photos and videos saved with it, each a sealed file named here with its SHA-256. The photos beside a post are small copies; the sealed files are in the bundle.")
_("court.posts.intro_blurred",
  "Each post as the platform's page showed it at the capture: its link, its time (UTC, with Dushanbe and Moscow time beside it), its text in full, and the photos and videos saved with it, each a sealed file named here with its SHA-256. This item is marked sensitive: its photos are shown only blurred; the sealed files are in the bundle.")
_("court.posts.n", "Post {n} of {total}")
_("court.posts.time", "Published")
_("court.posts.views", "Views")
_("court.posts.author", "Author")
_("court.posts.forwarded_from", "Forwarded from")
_("court.posts.reply_to", "In reply to")
_("court.posts.edited", "Edited")
_("court.posts.id", "Post id")
_("court.posts.text", "Text")
_("court.posts.no_text", "(no text)")
_("court.posts.blurred", "shown blurred")
_("court.posts.file_missing", "{name}: not saved (see the gaps of the capture)")
_("court.posts.kind.photo", "photo")
_("court.posts.kind.video", "video")
_n("court.posts.more",
   "{count} more post is recorded in the item's metadata (in the bundle); it is not printed here.",
   "{count} more posts are recorded in the item's metadata (in the bundle); they are not printed here.")
