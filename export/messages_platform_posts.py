"""Dossier words for the platform record of a capture (export/court_posts.py)."""

from __future__ import annotations

from evidence_kit.i18n import register

M = {
    "court.platform.summary": {
        "en": "{platform}: {account}. Posts recorded from the page: {count}, each with its id, link, time, text and its photos and videos as separate files (in the item's metadata and files).",
        "ru": "{platform}: {account}. Публикаций, записанных со страницы: {count}, у каждой — номер, ссылка, время, текст, а фото и видео — отдельными файлами (в метаданных и файлах материала).",
        "tg": "{platform}: {account}. Нашрияҳое, ки аз саҳифа сабт шуданд: {count}, ҳар яке бо рақам, пайванд, вақт, матн ва аксу видеоҳояш ҳамчун файлҳои алоҳида (дар метамаълумот ва файлҳои мавод)."},
}

register(M)
