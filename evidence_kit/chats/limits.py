"""How much of a chat export is read at most: far above any real export, far below what would
exhaust the computer. A file over a bound is refused in words, before it is read (or, for what only
reading shows, as soon as reading shows it); nothing from it is sealed.

Real exports, for scale: WhatsApp exports at most about 40,000 messages of a chat (10,000 with
media), each of at most 65,536 characters; years of chat are a few tens of MiB of text that
deflate packs about 3–10 times. Telegram messages hold at most 4,096 characters; a Telegram
export's result.json of a large group can be hundreds of MiB and is not packed.

What an accepted export costs (measured, `evidence-kit import`, whole process): a WhatsApp chat of
40,000 messages 70 MiB; of 200,000 short messages 183 MiB; 115 MiB of long Russian and Tajik
messages 348 MiB. Memory follows the text of the messages (Python holds a message with an emoji at
4 bytes a character): 126 MiB of English messages each with an emoji took 555 MiB, 63 MiB of
them (186,000 messages) 389 MiB. So the size bound is 56 MiB, which keeps the worst it lets
through under the 400 MiB an import may take, and is still above the largest real chat text. A ZIP bomb is refused from the ZIP's directory, before it is unpacked (42 MiB, 0.5 s).
A Telegram result.json is read a message at a time (jsonscan.chat_parts): 200,000 messages in
88 MiB of JSON took 252 MiB (717 MiB when it was loaded whole); its size is not bounded, as it
costs what its messages cost, and real ones are large.
"""

from __future__ import annotations

# The export text of a WhatsApp chat (the .txt, alone or in its ZIP), in bytes as stored. Real
# ones: a few tens of MiB after years (40,000 messages). 56 MiB is above that, keeps an import's
# memory under 400 MiB whatever the text holds, and stops a ZIP that unpacks to gigabytes before
# a byte of it is unpacked (the ZIP's directory says each file's size, and Python's zipfile never
# reads past it).
MAX_CHAT_TEXT_BYTES = 56 << 20

# How many times smaller than its content a file packed in a chat's ZIP may be. Chat text packs
# 3–10:1, photos, videos and voice messages about 1:1; deflate's best is about 1,000:1, reached
# only by repetition no person writes (a "ZIP bomb"). Checked for files over RATIO_CHECK_FROM
# only: small ones cannot hurt, and their ratio says little.
MAX_RATIO = 100
RATIO_CHECK_FROM = 8 << 20

# Messages in one WhatsApp chat: five times the most WhatsApp exports. Counted while the text is
# read, before anything is built from it.
MAX_MESSAGES = 200_000

# Characters in one WhatsApp message (with its continued lines), or in one line: sixteen times
# WhatsApp's limit. A longer one is not a message a person sent.
MAX_MESSAGE_CHARS = 1 << 20

# How deep values of a Telegram export's JSON may nest: a full-account export nests about ten deep
# (the account, its chats, a chat, its messages, a message, its text, a piece of text …). Counted
# while the file is scanned, before any parser recurses into it (Python's recursion stops near a
# thousand, with a RecursionError that ended the whole import).
MAX_JSON_DEPTH = 64
