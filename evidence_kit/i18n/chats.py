"""Words for chat exports (import, gaps, marks) in English, Russian and Tajik."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ errors
    "chat.error.bad_zone": {
        "en": "“{zone}” is not a time zone this computer knows. Use a name like Asia/Dushanbe or Europe/Moscow.",
        "ru": "«{zone}» — не известный этому компьютеру часовой пояс. Укажите название вида Asia/Dushanbe или Europe/Moscow.",
        "tg": "«{zone}» минтақаи вақте нест, ки ин компютер медонад. Номеро мисли Asia/Dushanbe ё Europe/Moscow нависед."},
    "chat.error.bad_json": {
        "en": "{path} looks like a Telegram export but cannot be read as JSON (it may be cut short). Nothing from it was sealed.",
        "ru": "{path} похож на выгрузку Telegram, но не читается как JSON (возможно, файл обрезан). Из него ничего не запечатано.",
        "tg": "{path} ба содироти Telegram монанд аст, аммо ҳамчун JSON хонда намешавад (шояд нопурра бошад). Аз он ҳеҷ чиз мӯҳр нашуд."},
    "chat.error.not_an_export": {
        "en": "{path} is not a Telegram chat export (it has no list of messages). Nothing from it was sealed.",
        "ru": "{path} — не выгрузка чата Telegram (в нём нет списка сообщений). Из него ничего не запечатано.",
        "tg": "{path} содироти чати Telegram нест (рӯйхати паёмҳо надорад). Аз он ҳеҷ чиз мӯҳр нашуд."},
    "chat.error.bad_zip": {
        "en": "The ZIP file {path} cannot be read (it may be damaged or incomplete). Nothing from it was sealed.",
        "ru": "ZIP-файл {path} не читается (возможно, он повреждён или не докачан). Из него ничего не запечатано.",
        "tg": "Файли ZIP {path} хонда намешавад (шояд вайрон ё нопурра бошад). Аз он ҳеҷ чиз мӯҳр нашуд."},
    "chat.error.not_a_chat": {
        "en": "{exhibit} is not a chat export, so it has no messages to mark.",
        "ru": "{exhibit} — не выгрузка чата, в нём нет сообщений для отметки.",
        "tg": "{exhibit} содироти чат нест, бинобар ин паёме барои қайд кардан надорад."},
    "chat.error.no_such_message": {
        "en": "{exhibit} has no message number {number}. The numbers are the ones in the transcript's first column.",
        "ru": "В {exhibit} нет сообщения с номером {number}. Номера — из первого столбца расшифровки.",
        "tg": "Дар {exhibit} паёми рақами {number} нест. Рақамҳо аз сутуни якуми матни мукотиба мебошанд."},
    "chat.error.no_messages_given": {
        "en": "Name at least one message number to mark.",
        "ru": "Укажите хотя бы один номер сообщения для отметки.",
        "tg": "Ақаллан як рақами паёмро барои қайд кардан нависед."},
    # ------------------------------------------------------------------ gaps, per message
    "chat.gap.not_included": {
        "en": "Telegram left this {kind} out of the export and wrote: “{said}”",
        "ru": "Telegram не включил этот объект ({kind}) в выгрузку и написал: «{said}»",
        "tg": "Telegram ин объектро ({kind}) ба содирот дохил накард ва навишт: «{said}»"},
    "chat.gap.missing_file": {
        "en": "The export names the {kind} {path}, but that file was not beside the export.",
        "ru": "Выгрузка ссылается на файл {path} ({kind}), но рядом с выгрузкой его не было.",
        "tg": "Содирот ба файли {path} ({kind}) ишора мекунад, аммо он дар паҳлӯи содирот набуд."},
    "chat.gap.outside": {
        "en": "The export names {path} outside its own folder; that file was not read.",
        "ru": "Выгрузка ссылается на {path} вне своей папки; этот файл не читался.",
        "tg": "Содирот ба {path} берун аз ҷузвдони худ ишора мекунад; ин файл хонда нашуд."},
    "chat.gap.wa_omitted": {
        "en": "The phone left this {kind} out of the export and wrote: “{said}”",
        "ru": "Телефон не включил этот объект ({kind}) в выгрузку и написал: «{said}»",
        "tg": "Телефон ин объектро ({kind}) ба содирот дохил накард ва навишт: «{said}»"},
    "chat.gap.wa_missing": {
        "en": "The message names the attachment {path}, but it was not in the export.",
        "ru": "Сообщение ссылается на вложение {path}, но в выгрузке его нет.",
        "tg": "Паём ба замимаи {path} ишора мекунад, аммо он дар содирот нест."},
    # ------------------------------------------------------------------ gaps, per chat
    "chat.gap.not_included_count": {
        "en": "Files Telegram left out of the export: {count} (listed at their messages).",
        "ru": "Файлов, не включённых Telegram в выгрузку: {count} (указаны при сообщениях).",
        "tg": "Файлҳое, ки Telegram ба содирот дохил накард: {count} (дар назди паёмҳо нишон дода шудаанд)."},
    "chat.gap.missing_file_count": {
        "en": "Files the export names but which were not beside it: {count} (listed at their messages).",
        "ru": "Файлов, на которые ссылается выгрузка, но которых рядом не было: {count} (указаны при сообщениях).",
        "tg": "Файлҳое, ки содирот ба онҳо ишора мекунад, аммо дар паҳлӯяш набуданд: {count} (дар назди паёмҳо)."},
    "chat.gap.outside_count": {
        "en": "Files named outside the export's folder, not read: {count}.",
        "ru": "Файлов вне папки выгрузки, которые не читались: {count}.",
        "tg": "Файлҳои берун аз ҷузвдони содирот, ки хонда нашуданд: {count}."},
    "chat.gap.wa_omitted_count": {
        "en": "Media the phone left out of the export (“Media omitted”): {count} (listed at their messages).",
        "ru": "Медиафайлов, не включённых телефоном в выгрузку («без медиафайлов»): {count} (указаны при сообщениях).",
        "tg": "Медиафайлҳое, ки телефон ба содирот дохил накард: {count} (дар назди паёмҳо нишон дода шудаанд)."},
    "chat.gap.wa_missing_count": {
        "en": "Attachments named in messages but missing from the export: {count} (listed at their messages).",
        "ru": "Вложений, названных в сообщениях, но отсутствующих в выгрузке: {count} (указаны при сообщениях).",
        "tg": "Замимаҳое, ки дар паёмҳо ном бурда шудаанд, аммо дар содирот нестанд: {count}."},
    "chat.gap.zone_stated": {
        "en": "WhatsApp writes the phone's local time without a time zone. The collector stated the zone {zone}; the export did not record it.",
        "ru": "WhatsApp записывает местное время телефона без часового пояса. Пояс {zone} указан собравшим лицом; в выгрузке он не записан.",
        "tg": "WhatsApp вақти маҳаллии телефонро бе минтақаи вақт менависад. Минтақаи {zone}-ро ҷамъоваранда нишон дод; содирот онро сабт накардааст."},
    "chat.gap.zone_computer": {
        "en": "WhatsApp writes the phone's local time without a time zone. The zone {zone} is this computer's, assumed because the collector stated none; the export did not record it.",
        "ru": "WhatsApp записывает местное время телефона без часового пояса. Пояс {zone} — пояс этого компьютера, принят потому, что собравшее лицо его не указало; в выгрузке он не записан.",
        "tg": "WhatsApp вақти маҳаллии телефонро бе минтақаи вақт менависад. Минтақаи {zone} минтақаи ҳамин компютер аст ва қабул шуд, зеро ҷамъоваранда минтақаро нишон надод; содирот онро сабт накардааст."},
    "chat.gap.date_order_assumed": {
        "en": "The dates could be read day-first or month-first; they were read as {order}.",
        "ru": "Даты можно прочитать и как день-месяц, и как месяц-день; они прочитаны как {order}.",
        "tg": "Санаҳоро ҳам рӯз-моҳ ва ҳам моҳ-рӯз хондан мумкин аст; онҳо ҳамчун {order} хонда шуданд."},
    # ------------------------------------------------------------------ notes after an import
    "chat.note.telegram_html": {
        "en": "{path} is Telegram's HTML export: its files were sealed one by one. For a transcript with message ids, export the chat again choosing “Machine-readable JSON”.",
        "ru": "{path} — HTML-выгрузка Telegram: её файлы запечатаны по одному. Для расшифровки с номерами сообщений выгрузите чат ещё раз, выбрав «Машиночитаемый JSON».",
        "tg": "{path} содироти HTML-и Telegram аст: файлҳояш як-як мӯҳр шуданд. Барои матни мукотиба бо рақами паёмҳо чатро аз нав бо интихоби «JSON-и мошинхон» содир кунед."},
    "chat.note.changed_during_import": {
        "en": "{path} changed while it was being read. What was sealed is what was read; import it again once nothing writes to it.",
        "ru": "{path} изменился во время чтения. Запечатано то, что было прочитано; импортируйте его ещё раз, когда в него никто не пишет.",
        "tg": "{path} ҳангоми хондан тағйир ёфт. Он чи хонда шуд, мӯҳр шуд; вақте ки ба он чизе навишта намешавад, онро аз нав ворид кунед."},
    "chat.note.account_files_left_out": {
        "en": "{count} files of the account export belong to no chat (profile pictures, contacts and the like) and were not imported. Add --include-account-data to keep them too.",
        "ru": "{count} файлов выгрузки аккаунта не относятся ни к одному чату (фото профиля, контакты и т. п.) и не импортированы. Добавьте --include-account-data, чтобы сохранить и их.",
        "tg": "{count} файли содироти ҳисоб ба ягон чат тааллуқ надоранд (акси профил, тамосҳо ва ғайра) ва ворид нашуданд. Барои нигоҳ доштани онҳо --include-account-data илова кунед."},
    # ------------------------------------------------------------------ kinds of media
    "chat.kind.photo": {"en": "photo", "ru": "фото", "tg": "акс"},
    "chat.kind.file": {"en": "file", "ru": "файл", "tg": "файл"},
    "chat.kind.thumbnail": {"en": "thumbnail", "ru": "миниатюра", "tg": "тасвири хурд"},
    "chat.kind.voice_message": {"en": "voice message", "ru": "голосовое сообщение", "tg": "паёми овозӣ"},
    "chat.kind.video_message": {"en": "video message", "ru": "видеосообщение", "tg": "паёми видеоӣ"},
    "chat.kind.video_file": {"en": "video", "ru": "видео", "tg": "видео"},
    "chat.kind.video": {"en": "video", "ru": "видео", "tg": "видео"},
    "chat.kind.audio_file": {"en": "audio file", "ru": "аудиофайл", "tg": "файли аудиоӣ"},
    "chat.kind.audio": {"en": "audio", "ru": "аудио", "tg": "аудио"},
    "chat.kind.sticker": {"en": "sticker", "ru": "стикер", "tg": "стикер"},
    "chat.kind.animation": {"en": "animation", "ru": "анимация", "tg": "аниматсия"},
    "chat.kind.gif": {"en": "GIF", "ru": "GIF", "tg": "GIF"},
    "chat.kind.document": {"en": "document", "ru": "документ", "tg": "ҳуҷҷат"},
    "chat.kind.contact_card": {"en": "contact card", "ru": "карточка контакта", "tg": "корти тамос"},
    "chat.kind.media": {"en": "media file", "ru": "медиафайл", "tg": "медиафайл"},
    # ------------------------------------------------------------------ custody and command line
    "event.messages_marked": {"en": "messages marked", "ru": "сообщения отмечены", "tg": "паёмҳо қайд шуданд"},
    "help.opt_tz": {
        "en": "time zone of the phone's clock for WhatsApp exports, e.g. Asia/Dushanbe (default: this computer's)",
        "ru": "часовой пояс часов телефона для выгрузок WhatsApp, например Asia/Dushanbe (по умолчанию — пояс этого компьютера)",
        "tg": "минтақаи вақти соати телефон барои содироти WhatsApp, масалан Asia/Dushanbe (пешфарз: минтақаи ҳамин компютер)"},
    "help.opt_include_account_data": {
        "en": "with a Telegram full-account export: also keep the whole result.json (contacts, profile) in every chat item",
        "ru": "для полной выгрузки аккаунта Telegram: сохранить в каждом чате и весь result.json (контакты, профиль)",
        "tg": "барои содироти пурраи ҳисоби Telegram: дар ҳар чат тамоми result.json-ро (тамосҳо, профил) низ нигоҳ доштан"},
    "help.mark": {
        "en": "mark the messages of a chat that matter (recorded in the custody log)",
        "ru": "отметить важные сообщения чата (записывается в журнал хранения)",
        "tg": "паёмҳои муҳими чатро қайд кардан (дар феҳристи нигаҳдорӣ сабт мешавад)"},
    "help.opt_unmark": {"en": "remove the marks instead", "ru": "снять отметки", "tg": "қайдҳоро бардоштан"},
    "import.chat_zone": {
        "en": "WhatsApp times were read in the zone {zone} ({how}). Use --tz to state another.",
        "ru": "Время WhatsApp прочитано в поясе {zone} ({how}). Укажите другой через --tz.",
        "tg": "Вақтҳои WhatsApp дар минтақаи {zone} ({how}) хонда шуданд. Барои минтақаи дигар --tz-ро истифода баред."},
    "import.zone_how_stated": {"en": "as you stated", "ru": "как вы указали", "tg": "чунон ки шумо нишон додед"},
    "import.zone_how_computer": {"en": "this computer's zone", "ru": "пояс этого компьютера", "tg": "минтақаи ҳамин компютер"},
    "import.chat_duplicate": {
        "en": "Already in the vault as {exhibit}, not sealed again: {name}",
        "ru": "Уже есть в хранилище как {exhibit}, повторно не запечатано: {name}",
        "tg": "Аллакай дар хазина ҳамчун {exhibit} ҳаст, бори дигар мӯҳр нашуд: {name}"},
    "import.chat_sealed": {
        "en": "  {exhibit}  {id}  chat «{name}»: {messages} messages, {media} files, {gaps} gaps",
        "ru": "  {exhibit}  {id}  чат «{name}»: сообщений {messages}, файлов {media}, пропусков {gaps}",
        "tg": "  {exhibit}  {id}  чати «{name}»: паёмҳо {messages}, файлҳо {media}, холигиҳо {gaps}"},
    "mark.done": {
        "en": "{exhibit}: marked messages now: {marks}",
        "ru": "{exhibit}: отмеченные сейчас сообщения: {marks}",
        "tg": "{exhibit}: паёмҳои ҳоло қайдшуда: {marks}"},
    "word.none": {"en": "none", "ru": "нет", "tg": "нест"},
}

register(M)
