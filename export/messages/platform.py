"""The platform takedown report."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ platform report
    "plat.pdf_title": {"en": "Report of abusive content — {id}", "ru": "Жалоба на противоправные материалы — {id}", "tg": "Шикоят аз маводи таҳқиромез — {id}"},
    "plat.pdf_subject": {"en": "Request to remove {count} item(s)", "ru": "Просьба удалить материалы: {count}", "tg": "Дархости нест кардани {count} мавод"},
    "plat.section_summary": {"en": "Summary", "ru": "Кратко", "tg": "Хулоса"},
    "plat.title": {"en": "Request to remove abusive content", "ru": "Просьба удалить противоправные материалы", "tg": "Дархости нест кардани маводи таҳқиромез"},
    "plat.meta": {"en": "Prepared by {who} on {when} · reference {id}", "ru": "Подготовил(а) {who}, {when} · номер {id}", "tg": "Омода кард {who}, {when} · рақам {id}"},
    "plat.summary": {
        "en": "This report lists {count} item(s) that publish private information about the reporting person, or abuse her, on: {platforms}. Each section is addressed to one platform and can be sent on its own.",
        "ru": "В жалобе перечислены материалы ({count}), которые раскрывают частную информацию о заявительнице или оскорбляют её, на платформах: {platforms}. Каждый раздел адресован одной платформе и может быть отправлен отдельно.",
        "tg": "Дар ин шикоят {count} мавод номбар шудааст, ки маълумоти шахсии аризадиҳандаро ошкор мекунанд ё ӯро таҳқир мекунанд, дар: {platforms}. Ҳар қисм ба як платформа нигаронида шудааст ва метавонад алоҳида фиристода шавад."},
    "plat.skipped_imports": {
        "en": "{count} imported file(s) without a web address are not listed here.",
        "ru": "Импортированные файлы без веб-адреса ({count}) здесь не перечислены.",
        "tg": "{count} файли воридшуда бе суроғаи интернетӣ дар ин ҷо номбар нашудаанд."},
    "plat.no_images": {
        "en": "No intimate image is reproduced in this report: pictures of sensitive items are blurred beyond recognition.",
        "ru": "В жалобе не воспроизводится ни одно интимное изображение: изображения деликатных материалов размыты до неузнаваемости.",
        "tg": "Дар ин шикоят ягон тасвири маҳрамона оварда нашудааст: тасвирҳои маводи ҳассос то дараҷаи нашиносоӣ хира карда шудаанд."},
    "plat.nothing": {"en": "None of the chosen items has a web address to report.", "ru": "Ни у одного из выбранных элементов нет веб-адреса для жалобы.", "tg": "Ҳеҷ як аз унсурҳои интихобшуда суроғаи интернетӣ барои шикоят надорад."},
    "plat.section": {"en": "{platform}: content to remove", "ru": "{platform}: материалы для удаления", "tg": "{platform}: маводи бояд несшаванда"},
    "plat.where_telegram": {
        "en": "Where to send: in the Telegram app, open the message or the channel › … › Report; and by e-mail to {places} with the links below.",
        "ru": "Куда отправить: в приложении Telegram откройте сообщение или канал › … › Пожаловаться; а также по e-mail на {places} со ссылками ниже.",
        "tg": "Ба куҷо фиристодан: дар барномаи Telegram паём ё каналро кушоед › … › Шикоят; инчунин тавассути e-mail ба {places} бо пайвандҳои зер."},
    "plat.where_instagram": {
        "en": "Where to send: in the Instagram app, … on the post or profile › Report; or the forms of the Help Center ({places}) for private information and intimate images.",
        "ru": "Куда отправить: в приложении Instagram … у публикации или профиля › Пожаловаться; или формы Справочного центра ({places}) для частной информации и интимных изображений.",
        "tg": "Ба куҷо фиристодан: дар барномаи Instagram … дар назди нашр ё профил › Шикоят; ё шаклҳои Маркази ёрӣ ({places}) барои маълумоти шахсӣ ва тасвирҳои маҳрамона."},
    "plat.where_facebook": {
        "en": "Where to send: … on the post › Report post; the Help Center ({places}) has forms for privacy violations and intimate images.",
        "ru": "Куда отправить: … у публикации › Пожаловаться; в Справочном центре ({places}) есть формы для нарушений конфиденциальности и интимных изображений.",
        "tg": "Ба куҷо фиристодан: … дар назди нашр › Шикоят; дар Маркази ёрӣ ({places}) шаклҳо барои вайрон кардани махфият ва тасвирҳои маҳрамона ҳастанд."},
    "plat.where_youtube": {
        "en": "Where to send: … under the video › Report; for private information, YouTube's privacy complaint process ({places}).",
        "ru": "Куда отправить: … под видео › Пожаловаться; для частной информации — процедура жалоб на нарушение конфиденциальности YouTube ({places}).",
        "tg": "Ба куҷо фиристодан: … дар зери видео › Шикоят; барои маълумоти шахсӣ — тартиби шикоят аз вайрон кардани махфияти YouTube ({places})."},
    "plat.where_tiktok": {
        "en": "Where to send: in the app, Share › Report on the video or profile; or the online form ({places}).",
        "ru": "Куда отправить: в приложении «Поделиться» › «Пожаловаться» у видео или профиля; или онлайн-форма ({places}).",
        "tg": "Ба куҷо фиристодан: дар барнома «Мубодила» › «Шикоят» дар назди видео ё профил; ё шакли онлайн ({places})."},
    "plat.where_vk": {
        "en": "Where to send: … on the post › Report (Пожаловаться); or VK Support ({places}).",
        "ru": "Куда отправить: … у записи › Пожаловаться; или Поддержка ВКонтакте ({places}).",
        "tg": "Ба куҷо фиристодан: … дар назди сабт › Шикоят (Пожаловаться); ё Дастгирии VK ({places})."},
    "plat.where_ok": {
        "en": "Where to send: … on the post › Report (Пожаловаться); or OK Help ({places}).",
        "ru": "Куда отправить: … у публикации › Пожаловаться; или Помощь Одноклассников ({places}).",
        "tg": "Ба куҷо фиристодан: … дар назди нашр › Шикоят (Пожаловаться); ё Ёрии OK ({places})."},
    "plat.where_other": {
        "en": "Where to send: the site's own report button or abuse contact address; if there is none, the abuse address of its hosting provider.",
        "ru": "Куда отправить: кнопка жалобы на самом сайте или его адрес для жалоб; если их нет — адрес для жалоб его хостинг-провайдера.",
        "tg": "Ба куҷо фиристодан: тугмаи шикояти худи сайт ё суроғаи он барои шикоятҳо; агар набошад — суроғаи шикояти провайдери хостинги он."},
    "plat.rule": {"en": "{document}: {rule}", "ru": "{document}: {rule}", "tg": "{document}: {rule}"},
    "plat.doc.telegram": {"en": "Telegram's Terms of Service", "ru": "Условия использования Telegram", "tg": "Шартҳои истифодаи Telegram"},
    "plat.doc.instagram": {"en": "Instagram's Community Guidelines", "ru": "Правила сообщества Instagram", "tg": "Қоидаҳои ҷомеаи Instagram"},
    "plat.doc.facebook": {"en": "Meta's Community Standards", "ru": "Нормы сообщества Meta", "tg": "Меъёрҳои ҷомеаи Meta"},
    "plat.doc.youtube": {"en": "YouTube's Community Guidelines", "ru": "Правила сообщества YouTube", "tg": "Қоидаҳои ҷомеаи YouTube"},
    "plat.doc.tiktok": {"en": "TikTok's Community Guidelines", "ru": "Правила сообщества TikTok", "tg": "Қоидаҳои ҷомеаи TikTok"},
    "plat.doc.vk": {"en": "the VK platform rules", "ru": "Правила платформы ВКонтакте", "tg": "Қоидаҳои платформаи VK"},
    "plat.doc.ok": {"en": "the OK.ru rules", "ru": "Регламент Одноклассников", "tg": "Қоидаҳои OK.ru"},
    "plat.doc.other": {"en": "the site's terms of use", "ru": "условия использования сайта", "tg": "шартҳои истифодаи сайт"},
    "plat.family.ncii": {"en": "sharing intimate images without consent", "ru": "распространение интимных изображений без согласия", "tg": "паҳн кардани тасвирҳои маҳрамона бе розигӣ"},
    "plat.family.privacy": {"en": "publishing private information (home address, phone number) without consent", "ru": "публикация частной информации (домашний адрес, телефон) без согласия", "tg": "нашри маълумоти шахсӣ (суроғаи хона, рақами телефон) бе розигӣ"},
    "plat.family.harassment": {"en": "harassment and bullying", "ru": "травля и оскорбления", "tg": "озор ва таҳқир"},
    "plat.family.threats": {"en": "threats of violence", "ru": "угрозы насилием", "tg": "таҳдиди зӯроварӣ"},
    "plat.family.impersonation": {"en": "impersonation", "ru": "выдача себя за другого человека", "tg": "худро ба ҷои шахси дигар муаррифӣ кардан"},
    "plat.h_request": {"en": "Request", "ru": "Просьба", "tg": "Дархост"},
    "plat.request": {
        "en": "On behalf of {who}, I ask you to remove without delay the {count} item(s) on {platform} listed below. They break {rules}. They were published without the consent of the person concerned and put her safety at risk.",
        "ru": "От имени {who} прошу без промедления удалить перечисленные ниже материалы на {platform} ({count}). Они нарушают: {rules}. Они опубликованы без согласия затронутого лица и угрожают её безопасности.",
        "tg": "Аз номи {who} хоҳиш мекунам, ки {count} маводи дар зер номбаршударо дар {platform} бе таъхир нест кунед. Онҳо инро вайрон мекунанд: {rules}. Онҳо бе розигии шахси дахлдор нашр шудаанд ва амнияти ӯро зери хатар мегузоранд."},
    "plat.preserve": {
        "en": "Please also preserve the data of the accounts that posted them (identifiers, registration data, IP logs) for a possible request by law enforcement, and tell us the outcome of this report.",
        "ru": "Просим также сохранить данные аккаунтов, опубликовавших эти материалы (идентификаторы, регистрационные данные, журналы IP), для возможного запроса правоохранительных органов, и сообщить нам результат рассмотрения.",
        "tg": "Инчунин хоҳиш мекунем, ки маълумоти ҳисобҳое, ки ин маводро нашр кардаанд (рамзҳо, маълумоти бақайдгирӣ, сабтҳои IP), барои дархости эҳтимолии мақомоти ҳифзи ҳуқуқ нигоҳ дошта шавад ва натиҷаи баррасиро ба мо хабар диҳед."},
    "plat.ncii_stopncii": {
        "en": "Some items are intimate images shared without consent: please treat this report as urgent. Their hashes can also be submitted through StopNCII.org, of which this platform is a partner.",
        "ru": "Часть материалов — интимные изображения, распространённые без согласия: просим рассмотреть жалобу срочно. Их хеши также могут быть переданы через StopNCII.org, партнёром которого является эта платформа.",
        "tg": "Қисме аз мавод тасвирҳои маҳрамонаест, ки бе розигӣ паҳн шудаанд: хоҳиш мекунем, ки шикоят фавран баррасӣ шавад. Хешҳои онҳо инчунин метавонанд тавассути StopNCII.org, ки ин платформа шарики он аст, фиристода шаванд."},
    "plat.ncii_urgent": {
        "en": "Some items are intimate images shared without consent: please treat this report as urgent.",
        "ru": "Часть материалов — интимные изображения, распространённые без согласия: просим рассмотреть жалобу срочно.",
        "tg": "Қисме аз мавод тасвирҳои маҳрамонаест, ки бе розигӣ паҳн шудаанд: хоҳиш мекунем, ки шикоят фавран баррасӣ шавад."},
    "plat.h_items": {"en": "Content to remove", "ru": "Материалы для удаления", "tg": "Маводи бояд несшаванда"},
    "plat.final_url": {"en": "reached after redirects:", "ru": "итоговый адрес после перенаправлений:", "tg": "суроғаи ниҳоӣ пас аз равонакуниҳо:"},
    "plat.f_handle": {"en": "Account / channel: {value}", "ru": "Аккаунт / канал: {value}", "tg": "Ҳисоб / канал: {value}"},
    "plat.f_account": {"en": "Numeric id: {value}", "ru": "Числовой id: {value}", "tg": "Рамзи рақамӣ: {value}"},
    "plat.f_post": {"en": "Post / message no.: {value}", "ru": "№ публикации / сообщения: {value}", "tg": "№ нашр / паём: {value}"},
    "plat.f_private": {"en": "Private link: visible only to members", "ru": "Закрытая ссылка: видна только участникам", "tg": "Пайванди пӯшида: танҳо ба аъзоён намоён"},
    "plat.f_captured": {"en": "Captured {when} — {status}", "ru": "Сохранено {when} — {status}", "tg": "Сабт шуд {when} — {status}"},
    "plat.f_abuse": {"en": "What it shows: {kinds}", "ru": "Что содержит: {kinds}", "tg": "Чиро нишон медиҳад: {kinds}"},
    "plat.f_sha": {"en": "SHA-256 of the screenshot ({name}):", "ru": "SHA-256 снимка экрана ({name}):", "tg": "SHA-256-и акси экран ({name}):"},
    "plat.abuse_unset": {"en": "not stated", "ru": "не указано", "tg": "нишон дода нашудааст"},
    "plat.no_thumb": {"en": "no picture", "ru": "нет изображения", "tg": "тасвир нест"},
    "plat.thumb_blurred": {"en": "blurred: sensitive", "ru": "размыто: деликатное", "tg": "хира шуд: ҳассос"},
    "plat.thumb_top": {"en": "top of the capture", "ru": "верх сохранённой страницы", "tg": "қисми болоии сабт"},
    "plat.evidence_note": {
        "en": "Each item was captured and sealed with Evidence Kit (reference {id}); the screenshots, the page archives and their SHA-256 values can be given to you or to the authorities on request.",
        "ru": "Каждый материал сохранён и запечатан в Evidence Kit (номер {id}); снимки экрана, архивы страниц и их значения SHA-256 могут быть предоставлены вам или органам власти по запросу.",
        "tg": "Ҳар мавод бо Evidence Kit сабт ва мӯҳр шудааст (рақам {id}); аксҳои экран, бойгониҳои саҳифаҳо ва қиматҳои SHA-256-и онҳо метавонанд бо дархост ба шумо ё ба мақомот дода шаванд."},
    "plat.contact": {"en": "Contact of the reporting person: ______________________________", "ru": "Контакт заявителя: ______________________________", "tg": "Тамоси аризадиҳанда: ______________________________"},
}
