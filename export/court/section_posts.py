"""Platform posts in the court dossier (export/court_posts.py): a capture's structured record of a
platform page, shown as one line (platform, account, how many posts)."""

from __future__ import annotations

from .. import court_posts
from . import hooks


@hooks.value_formatter
def platform_record(label, value, lang):
    if label == "platform" and court_posts.is_record(value):
        return court_posts.platform_summary(value, lang)
    return None
