"""How to reach each platform: the steps the platform report ends with, in order (their words are
in evidence_kit/i18n/english.py as `plat.route.<platform>.<step>`), and the addresses they name,
given to every language alike. Only routes we can state as true are here; where we cannot name a
form exactly, the words say where to look instead."""

from __future__ import annotations

ADDRESSES = {
    "telegram_email": "abuse@telegram.org",
    "telegram_bot": "@notoscam",
    "meta_ncii": "facebook.com/safety/notwithoutmyconsent",
    "instagram_help": "help.instagram.com",
    "facebook_help": "facebook.com/help",
    "youtube_privacy": "support.google.com/youtube/answer/142443",
    "tiktok_form": "tiktok.com/legal/report/feedback",
    "vk_support": "vk.com/support",
    "ok_help": "ok.ru/help",
    "stopncii": "stopncii.org",
    "takeitdown": "takeitdown.ncmec.org",
}
ROUTES = {
    "telegram": ("app", "email", "impersonation", "private"),
    "whatsapp": ("app",),           # chat exports only: reported inside the WhatsApp app itself
    "instagram": ("app", "ncii", "help"),
    "facebook": ("app", "ncii", "help"),
    "youtube": ("app", "privacy"),
    "tiktok": ("app", "form"),
    "vk": ("app", "support"),
    "ok": ("app", "support"),
    "other": ("site", "host"),
}
# StopNCII.org partners (adults' intimate images) among our platforms; it does not cover
# Telegram or YouTube.
STOPNCII_PARTNERS = ("facebook", "instagram", "tiktok")
