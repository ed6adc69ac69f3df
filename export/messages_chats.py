"""Words of the chat transcript (court dossier) and the chat lines of the platform report."""

from __future__ import annotations

from evidence_kit.i18n import register

from . import messages as _main  # noqa: F401  (the dossier's catalogue comes first)

M: dict[str, dict[str, str]] = {
    "court.source_chat": {"en": "chat export imported from the collector's device", "ru": "выгрузка чата, импортированная с устройства собравшего лица", "tg": "содироти чат, ки аз дастгоҳи ҷамъоваранда ворид шуд"},
    "court.role.chat_export": {"en": "the chat export file, as exported", "ru": "файл выгрузки чата в исходном виде", "tg": "файли содироти чат, чунон ки содир шуд"},
    "court.role.chat_export_whole": {"en": "the whole account export (result.json)", "ru": "вся выгрузка аккаунта (result.json)", "tg": "тамоми содироти ҳисоб (result.json)"},
    "court.role.chat_media": {"en": "file sent in the chat", "ru": "файл, отправленный в чате", "tg": "файле, ки дар чат фиристода шуд"},
    "court.role.chat_extra": {"en": "other file of the export", "ru": "другой файл выгрузки", "tg": "файли дигари содирот"},
    "chatpdf.h_transcript": {"en": "Chat transcript", "ru": "Расшифровка переписки", "tg": "Матни мукотиба"},
    "chatpdf.platform": {"en": "Messenger", "ru": "Мессенджер", "tg": "Паёмрасон"},
    "chatpdf.name": {"en": "Chat name", "ru": "Название чата", "tg": "Номи чат"},
    "chatpdf.type": {"en": "Type of chat", "ru": "Тип чата", "tg": "Навъи чат"},
    "chatpdf.telegram_id": {"en": "Telegram chat id", "ru": "Id чата в Telegram", "tg": "Рамзи чат дар Telegram"},
    "chatpdf.export_file": {"en": "Export file and its SHA-256", "ru": "Файл выгрузки и его SHA-256", "tg": "Файли содирот ва SHA-256-и он"},
    "chatpdf.whole_file": {
        "en": "This chat's bytes were cut, unchanged, from {file} of a full-account export (bytes {start}–{end}); SHA-256 of that whole file:",
        "ru": "Байты этого чата вырезаны без изменений из {file} полной выгрузки аккаунта (байты {start}–{end}); SHA-256 всего файла:",
        "tg": "Байтҳои ин чат бе тағйир аз {file}-и содироти пурраи ҳисоб бурида шудаанд (байтҳои {start}–{end}); SHA-256-и тамоми файл:"},
    "chatpdf.zip": {"en": "It came inside {zip}; SHA-256 of the ZIP:", "ru": "Он находился внутри {zip}; SHA-256 ZIP-файла:", "tg": "Он дар дохили {zip} буд; SHA-256-и ZIP:"},
    "chatpdf.period": {"en": "Messages from – to", "ru": "Сообщения с – по", "tg": "Паёмҳо аз – то"},
    "chatpdf.counts": {"en": "Contents", "ru": "Содержание", "tg": "Мундариҷа"},
    "chatpdf.counts_value": {
        "en": "{messages} messages and {service} service messages; {media} files sealed; {gaps} gaps",
        "ru": "{messages} сообщений и {service} служебных сообщений; запечатано файлов: {media}; пропусков: {gaps}",
        "tg": "{messages} паём ва {service} паёми хидматӣ; файлҳои мӯҳршуда: {media}; холигиҳо: {gaps}"},
    "chatpdf.participants": {"en": "Senders (messages)", "ru": "Отправители (сообщений)", "tg": "Фиристандагон (паёмҳо)"},
    "chatpdf.times": {"en": "How the times were read", "ru": "Как прочитано время", "tg": "Вақт чӣ тавр хонда шуд"},
    "chatpdf.times_unix": {
        "en": "Each message's time in UTC is Telegram's own date_unixtime. The export's “date” is the exporting computer's clock; it differed from UTC by {offsets}.",
        "ru": "Время каждого сообщения в UTC взято из собственного поля Telegram date_unixtime. Поле «date» — часы компьютера, на котором сделана выгрузка; оно отличалось от UTC на {offsets}.",
        "tg": "Вақти ҳар паём дар UTC аз майдони худи Telegram date_unixtime гирифта шудааст. Майдони «date» соати компютерест, ки содирот дар он сохта шуд; он аз UTC ба андозаи {offsets} фарқ дошт."},
    "chatpdf.times_local": {
        "en": "This export records only the local time, without a time zone. The times were read in the zone {zone} ({how}); the export did not record it.",
        "ru": "В этой выгрузке записано только местное время без часового пояса. Время прочитано в поясе {zone} ({how}); в выгрузке пояс не записан.",
        "tg": "Дар ин содирот танҳо вақти маҳаллӣ бе минтақаи вақт сабт шудааст. Вақтҳо дар минтақаи {zone} ({how}) хонда шуданд; содирот онро сабт накардааст."},
    "chatpdf.how_stated": {"en": "stated by the collector", "ru": "указан собравшим лицом", "tg": "аз ҷониби ҷамъоваранда нишон дода шуд"},
    "chatpdf.how_computer": {"en": "assumed: the zone of the computer used for the import", "ru": "принят: пояс компьютера, на котором сделан импорт", "tg": "қабул шуд: минтақаи компютере, ки бо он ворид карда шуд"},
    "chatpdf.date_order": {
        "en": "Dates were read as {order} ({basis}).",
        "ru": "Даты прочитаны в порядке {order} ({basis}).",
        "tg": "Санаҳо бо тартиби {order} хонда шуданд ({basis})."},
    "chatpdf.basis.unambiguous": {"en": "the dates allow no other reading", "ru": "иное прочтение дат невозможно", "tg": "санаҳо хондани дигарро иҷозат намедиҳанд"},
    "chatpdf.basis.message_order": {"en": "only this reading keeps the messages in order", "ru": "только так сообщения идут по порядку", "tg": "танҳо ҳамин тавр паёмҳо бо тартиб меоянд"},
    "chatpdf.basis.assumed": {"en": "assumed: both readings were possible", "ru": "предположение: возможны оба прочтения", "tg": "тахмин: ҳар ду хондан имконпазир буд"},
    "chatpdf.shown_all": {
        "en": "All {total} entries of the chat follow, in the order of the export.",
        "ru": "Ниже приведены все {total} записей чата в порядке выгрузки.",
        "tg": "Дар поён ҳамаи {total} сабти чат бо тартиби содирот оварда шудаанд."},
    "chatpdf.shown_marked": {
        "en": "Shown: the {shown} messages the collector marked as exhibits, of {total} entries in the chat (the marks are in the custody log). The complete chat is in the sealed export file.",
        "ru": "Показаны {shown} сообщений, отмеченных собравшим лицом как доказательства, из {total} записей чата (отметки — в журнале хранения). Весь чат — в запечатанном файле выгрузки.",
        "tg": "Нишон дода шудаанд: {shown} паёме, ки ҷамъоваранда ҳамчун далел қайд кардааст, аз {total} сабти чат (қайдҳо дар феҳристи нигаҳдорӣ). Тамоми чат дар файли мӯҳршудаи содирот аст."},
    "chatpdf.cut": {
        "en": "The transcript in this dossier stops after {shown} of {total} entries. Mark the messages that matter to show those; the complete chat is in the sealed export file.",
        "ru": "Расшифровка в этом досье обрывается после {shown} из {total} записей. Отметьте важные сообщения, чтобы показать именно их; весь чат — в запечатанном файле выгрузки.",
        "tg": "Матни мукотиба дар ин маҷмӯа пас аз {shown} аз {total} сабт қатъ мешавад. Паёмҳои муҳимро қайд кунед, то маҳз онҳо нишон дода шаванд; тамоми чат дар файли мӯҳршудаи содирот аст."},
    "chatpdf.col_no": {"en": "No. / id", "ru": "№ / id", "tg": "№ / id"},
    "chatpdf.col_time": {"en": "Time (UTC; Dushanbe; Moscow)", "ru": "Время (UTC; Душанбе; Москва)", "tg": "Вақт (UTC; Душанбе; Маскав)"},
    "chatpdf.col_from": {"en": "Sender (id)", "ru": "Отправитель (id)", "tg": "Фиристанда (id)"},
    "chatpdf.col_text": {"en": "Message", "ru": "Сообщение", "tg": "Паём"},
    "chatpdf.time_dushanbe": {"en": "Dushanbe {time}", "ru": "Душанбе {time}", "tg": "Душанбе {time}"},
    "chatpdf.time_moscow": {"en": "Moscow {time}", "ru": "Москва {time}", "tg": "Маскав {time}"},
    "chatpdf.as_written": {"en": "as written: {local}", "ru": "как записано: {local}", "tg": "чунон ки навишта шуд: {local}"},
    "chatpdf.no_time": {"en": "no time in the export", "ru": "в выгрузке нет времени", "tg": "дар содирот вақт нест"},
    "chatpdf.marked": {"en": "MARKED as an exhibit", "ru": "ОТМЕЧЕНО как доказательство", "tg": "ҚАЙД ШУД ҳамчун далел"},
    "chatpdf.edited_at": {"en": "edited {when}", "ru": "изменено {when}", "tg": "таҳрир шуд {when}"},
    "chatpdf.edited": {"en": "edited (the export gives no time)", "ru": "изменено (время в выгрузке не указано)", "tg": "таҳрир шуд (вақт дар содирот нест)"},
    "chatpdf.forwarded": {"en": "forwarded from: {name}", "ru": "переслано от: {name}", "tg": "аз {name} фиристода шуд"},
    "chatpdf.reply_to": {"en": "reply to message {id}", "ru": "ответ на сообщение {id}", "tg": "ҷавоб ба паёми {id}"},
    "chatpdf.deleted": {"en": "deleted by the sender (as the export says)", "ru": "удалено отправителем (по данным выгрузки)", "tg": "аз ҷониби фиристанда нест карда шуд (тибқи содирот)"},
    "chatpdf.service": {"en": "service message: {action}", "ru": "служебное сообщение: {action}", "tg": "паёми хидматӣ: {action}"},
    "chatpdf.system": {"en": "service message", "ru": "служебное сообщение", "tg": "паёми хидматӣ"},
    "chatpdf.link": {"en": "link:", "ru": "ссылка:", "tg": "пайванд:"},
    "chatpdf.file": {"en": "{kind}: {name}", "ru": "{kind}: {name}", "tg": "{kind}: {name}"},
    "chatpdf.blurred": {"en": "blurred: the item is marked sensitive", "ru": "размыто: материал отмечен как деликатный", "tg": "хира шуд: мавод ҳассос қайд шудааст"},
    "chatpdf.codepoints": {
        "en": "Characters the dossier's fonts cannot show (emoji, right-to-left scripts) are written as their Unicode code points, e.g. [U+1F621]; the export file holds them as sent.",
        "ru": "Символы, которые шрифты досье не могут показать (эмодзи, письменности справа налево), записаны их кодами Unicode, например [U+1F621]; в файле выгрузки они сохранены как отправлены.",
        "tg": "Аломатҳое, ки ҳарфҳои ин маҷмӯа нишон дода наметавонанд (эмодзи, хатҳои аз рост ба чап), бо рамзҳои Unicode-и худ навишта шудаанд, масалан [U+1F621]; дар файли содирот онҳо чунон ки фиристода шуданд, ҳастанд."},
    "chatpdf.action.phone_call": {"en": "call", "ru": "звонок", "tg": "занг"},
    "chatpdf.action.pin_message": {"en": "message pinned", "ru": "сообщение закреплено", "tg": "паём часпонида шуд"},
    "chatpdf.action.create_group": {"en": "group created", "ru": "группа создана", "tg": "гурӯҳ сохта шуд"},
    "chatpdf.action.invite_members": {"en": "members added", "ru": "участники добавлены", "tg": "аъзоён илова шуданд"},
    "chatpdf.action.remove_members": {"en": "members removed", "ru": "участники удалены", "tg": "аъзоён хориҷ шуданд"},
    "chatpdf.action.join_group_by_link": {"en": "joined by link", "ru": "вступление по ссылке", "tg": "бо пайванд ҳамроҳ шуд"},
    "chatpdf.action.edit_group_title": {"en": "group renamed", "ru": "группа переименована", "tg": "номи гурӯҳ иваз шуд"},
    "chatpdf.action.edit_group_photo": {"en": "group photo changed", "ru": "фото группы изменено", "tg": "акси гурӯҳ иваз шуд"},
    "chatpdf.action.clear_history": {"en": "history cleared", "ru": "история очищена", "tg": "таърих тоза шуд"},
    "chatpdf.action.create_channel": {"en": "channel created", "ru": "канал создан", "tg": "канал сохта шуд"},
    "chatpdf.ev_marked": {"en": "marked: {messages}", "ru": "отмечены: {messages}", "tg": "қайд шуданд: {messages}"},
    "chatpdf.ev_unmarked": {"en": "marks removed: {messages}", "ru": "отметки сняты: {messages}", "tg": "қайдҳо бардошта шуданд: {messages}"},
    "court.method.chat_h": {"en": "Chat exports", "ru": "Выгрузки чатов", "tg": "Содироти чатҳо"},
    "court.method.chat": {
        "en": "Exhibits whose source is a chat export were not captured by Evidence Kit: the messenger (Telegram Desktop, WhatsApp) wrote the export on the collector's device, and it was sealed as it was, with every file its messages name. The transcript is read from the export without changes; files the export left out are listed as gaps. Telegram's times in UTC are Telegram's own time stamps; WhatsApp records only the phone's clock, converted with the time zone stated by the collector (or the importing computer's zone), as each exhibit says. An export shows what the collector's account held when it was made; it does not prove who typed a message, and messages deleted before the export are absent.",
        "ru": "Доказательства, источник которых — выгрузка чата, не сохранялись Evidence Kit: выгрузку создал мессенджер (Telegram Desktop, WhatsApp) на устройстве собравшего лица, и она запечатана в исходном виде вместе со всеми файлами, на которые ссылаются сообщения. Расшифровка прочитана из выгрузки без изменений; файлы, не включённые в выгрузку, указаны как пропуски. Время Telegram в UTC — собственные отметки времени Telegram; WhatsApp записывает только часы телефона, переведённые по часовому поясу, указанному собравшим лицом (или поясу компьютера, на котором сделан импорт), как сказано у каждого доказательства. Выгрузка показывает то, что было в аккаунте собравшего лица в момент её создания; она не доказывает, кто набрал сообщение, а сообщений, удалённых до выгрузки, в ней нет.",
        "tg": "Далелҳое, ки манбаашон содироти чат аст, аз ҷониби Evidence Kit сабт нашудаанд: содиротро паёмрасон (Telegram Desktop, WhatsApp) дар дастгоҳи ҷамъоваранда сохтааст ва он бо ҳамаи файлҳое, ки паёмҳо ба онҳо ишора мекунанд, чунон ки буд мӯҳр шуд. Матни мукотиба аз содирот бе тағйир хонда шудааст; файлҳое, ки ба содирот дохил нашудаанд, ҳамчун холигӣ нишон дода шудаанд. Вақти Telegram дар UTC қайдҳои вақти худи Telegram аст; WhatsApp танҳо соати телефонро сабт мекунад, ки бо минтақаи вақти нишондодаи ҷамъоваранда (ё минтақаи компютере, ки бо он ворид карда шуд) табдил дода шудааст, чунон ки дар назди ҳар далел гуфта шудааст. Содирот он чиро нишон медиҳад, ки ҳангоми сохтанаш дар ҳисоби ҷамъоваранда буд; он исбот намекунад, ки паёмро кӣ навиштааст, ва паёмҳое, ки пеш аз содирот нест карда шудаанд, дар он нестанд."},
    # ------------------------------------------------------------------ platform report
    "plat.route.whatsapp.app": {
        "en": "In the WhatsApp app: open the chat, tap the contact's or group's name at the top, then Report. WhatsApp then receives the most recent messages of that chat.",
        "ru": "В приложении WhatsApp: откройте чат, нажмите на имя контакта или группы вверху, затем «Пожаловаться». WhatsApp получит последние сообщения этого чата.",
        "tg": "Дар барномаи WhatsApp: чатро кушоед, ба номи тамос ё гурӯҳ дар боло пахш кунед, баъд «Шикоят». WhatsApp паёмҳои охирини ҳамон чатро мегирад."},
    "plat.doc.whatsapp": {"en": "WhatsApp's Terms of Service", "ru": "Условия предоставления услуг WhatsApp", "tg": "Шартҳои хизматрасонии WhatsApp"},
    "plat.chat_title": {"en": "Chat «{name}» ({platform})", "ru": "Чат «{name}» ({platform})", "tg": "Чати «{name}» ({platform})"},
    "plat.chat_id": {"en": "Chat id: {value} ({type})", "ru": "Id чата: {value} ({type})", "tg": "Рамзи чат: {value} ({type})"},
    "plat.chat_sender": {"en": "Sender: {name} — user id {id} ({count} messages listed)", "ru": "Отправитель: {name} — id пользователя {id} (сообщений в списке: {count})", "tg": "Фиристанда: {name} — рамзи корбар {id} (паёмҳо дар рӯйхат: {count})"},
    "plat.chat_sender_noid": {"en": "Sender: {name} ({count} messages listed)", "ru": "Отправитель: {name} (сообщений в списке: {count})", "tg": "Фиристанда: {name} (паёмҳо дар рӯйхат: {count})"},
    "plat.chat_ids": {"en": "Message ids: {ids}", "ru": "Id сообщений: {ids}", "tg": "Рамзҳои паёмҳо: {ids}"},
    "plat.chat_positions": {"en": "Messages (number in the export, time UTC): {ids}", "ru": "Сообщения (номер в выгрузке, время UTC): {ids}", "tg": "Паёмҳо (рақам дар содирот, вақти UTC): {ids}"},
    "plat.chat_which_marked": {"en": "The messages listed are those the collector marked.", "ru": "В списке — сообщения, отмеченные собравшим лицом.", "tg": "Дар рӯйхат паёмҳое ҳастанд, ки ҷамъоваранда қайд кардааст."},
    "plat.chat_which_all": {"en": "No message is marked: the messages of every sender are listed.", "ru": "Отметок нет: в списке сообщения всех отправителей.", "tg": "Қайд нест: паёмҳои ҳамаи фиристандагон номбар шудаанд."},
    "plat.chat_more": {"en": "… and {count} more (all in the court dossier)", "ru": "… и ещё {count} (все — в досье для суда)", "tg": "… ва боз {count} (ҳама дар маҷмӯа барои суд)"},
    "plat.chat_export_sha": {"en": "SHA-256 of the export file ({name}):", "ru": "SHA-256 файла выгрузки ({name}):", "tg": "SHA-256-и файли содирот ({name}):"},
}

register(M)
