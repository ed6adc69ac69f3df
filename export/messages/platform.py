"""The platform takedown report."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ platform report
    "plat.pdf_title": {"en": "Report of abusive content — {id}", "ru": "Жалоба на противоправные материалы — {id}", "tg": "Шикоят аз маводи таҳқиромез — {id}"},
    "plat.pdf_subject": {"en": "Request to remove {count} item(s)", "ru": "Просьба удалить материалы: {count}", "tg": "Дархости нест кардани {count} мавод"},
    "plat.section": {"en": "{platform}: content to remove", "ru": "{platform}: материалы для удаления", "tg": "{platform}: маводи бояд несшаванда"},
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
    "plat.thumb_blurred": {
        "en": "blurred on purpose",
        "ru": "размыто намеренно",
        "tg": "қасдан хира шуд"},
    "plat.evidence_note": {
        "en": "Each item was captured and sealed with Evidence Kit (reference {id}); the screenshots, the page archives and their SHA-256 values can be given to you or to the authorities on request.",
        "ru": "Каждый материал сохранён и запечатан в Evidence Kit (номер {id}); снимки экрана, архивы страниц и их значения SHA-256 могут быть предоставлены вам или органам власти по запросу.",
        "tg": "Ҳар мавод бо Evidence Kit сабт ва мӯҳр шудааст (рақам {id}); аксҳои экран, бойгониҳои саҳифаҳо ва қиматҳои SHA-256-и онҳо метавонанд бо дархост ба шумо ё ба мақомот дода шаванд."},
    "plat.contact": {"en": "Contact of the reporting person: ______________________________", "ru": "Контакт заявителя: ______________________________", "tg": "Тамоси аризадиҳанда: ______________________________"},
    "plat.footer": {
        "en": "Report to {platform}",
        "ru": "Жалоба для {platform}",
        "tg": "Шикоят ба {platform}"},
    "plat.meta": {
        "en": "Prepared by {who} on {when} · reference {id}",
        "ru": "Подготовил(а) {who}, {when} · номер {id}",
        "tg": "Омода кард {who}, {when} · рақам {id}"},
    "plat.meta_anon": {
        "en": "Prepared on {when} · reference {id}",
        "ru": "Подготовлено {when} · номер {id}",
        "tg": "Омода шуд {when} · рақам {id}"},
    "plat.intro": {
        "en": "This report lists {count} item(s) on {platform} that publish private information about the person concerned or abuse her. It concerns {platform} only.",
        "ru": "В жалобе перечислены материалы на {platform} ({count}), которые раскрывают частную информацию о затронутом лице или оскорбляют её. Жалоба касается только {platform}.",
        "tg": "Дар ин шикоят {count} мавод дар {platform} номбар шудааст, ки маълумоти шахсии шахси дахлдорро ошкор мекунанд ё ӯро таҳқир мекунанд. Шикоят танҳо ба {platform} дахл дорад."},
    "plat.request_anon": {
        "en": "I ask you to remove without delay the {count} item(s) on {platform} listed below. They break {rules}. They were published without the consent of the person concerned and put her safety at risk.",
        "ru": "Прошу без промедления удалить перечисленные ниже материалы на {platform} ({count}). Они нарушают: {rules}. Они опубликованы без согласия затронутого лица и угрожают её безопасности.",
        "tg": "Хоҳиш мекунам, ки {count} маводи дар зер номбаршударо дар {platform} бе таъхир нест кунед. Онҳо инро вайрон мекунанд: {rules}. Онҳо бе розигии шахси дахлдор нашр шудаанд ва амнияти ӯро зери хатар мегузоранд."},
    "plat.all_blurred": {
        "en": "Every picture in this report is blurred on purpose, whether or not it was marked sensitive: the report never reproduces a picture. The addresses lead to the content on your platform; the sealed originals can be given to the authorities on request.",
        "ru": "Все изображения в жалобе намеренно размыты, отмечены они как деликатные или нет: жалоба никогда не воспроизводит изображения. Адреса ведут к материалам на вашей платформе; запечатанные оригиналы могут быть предоставлены органам власти по запросу.",
        "tg": "Ҳамаи тасвирҳо дар ин шикоят қасдан хира карда шудаанд, новобаста ба он ки ҳамчун ҳассос қайд шудаанд ё не: шикоят ҳеҷ гоҳ тасвирро такрор намекунад. Суроғаҳо ба маводи платформаи шумо мебаранд; аслҳои мӯҳршуда метавонанд бо дархост ба мақомот дода шаванд."},
    "plat.h_how": {
        "en": "How to send this report",
        "ru": "Как отправить эту жалобу",
        "tg": "Ин шикоятро чӣ тавр фиристодан"},
    "plat.how_intro": {
        "en": "Send it by each route that fits. Keep the reference above: platforms often answer by e-mail or in the app, with their own case number.",
        "ru": "Отправьте её всеми подходящими способами. Сохраните номер выше: платформы часто отвечают по e-mail или в приложении, со своим номером обращения.",
        "tg": "Онро бо ҳар роҳе, ки мувофиқ аст, фиристед. Рақами болоро нигоҳ доред: платформаҳо аксар вақт тавассути e-mail ё дар барнома бо рақами худ ҷавоб медиҳанд."},
    "plat.route.telegram.app": {
        "en": "In the Telegram app: open the message (press and hold it) or the channel's page, choose Report, and the reason that fits best. Telegram's reports made in the app go to its moderators.",
        "ru": "В приложении Telegram: откройте сообщение (нажмите и удерживайте его) или страницу канала, выберите «Пожаловаться» и наиболее подходящую причину. Жалобы из приложения Telegram попадают к его модераторам.",
        "tg": "Дар барномаи Telegram: паёмро (онро пахш карда нигоҳ доред) ё саҳифаи каналро кушоед, «Шикоят»-ро интихоб кунед ва сабаберо, ки бештар мувофиқ аст. Шикоятҳо аз барномаи Telegram ба модераторони он мерасанд."},
    "plat.route.telegram.email": {
        "en": "By e-mail to {telegram_email}: for public channels, groups and bots. Paste the public links (t.me/…) from this report, say what each one shows and that it was published without consent.",
        "ru": "По e-mail на {telegram_email}: для публичных каналов, групп и ботов. Вставьте публичные ссылки (t.me/…) из этой жалобы, укажите, что показывает каждая, и что она опубликована без согласия.",
        "tg": "Тавассути e-mail ба {telegram_email}: барои каналҳо, гурӯҳҳо ва ботҳои оммавӣ. Пайвандҳои оммавии (t.me/…)-ро аз ин шикоят гузоред, нависед, ки ҳар кадом чиро нишон медиҳад ва бе розигӣ нашр шудааст."},
    "plat.route.telegram.impersonation": {
        "en": "If an account or channel pretends to be her: in Telegram, write to {telegram_bot}, Telegram's bot for reports of scams and impersonation, with its link.",
        "ru": "Если аккаунт или канал выдаёт себя за неё: напишите в Telegram боту {telegram_bot} — это бот Telegram для жалоб на мошенничество и выдачу себя за другого — со ссылкой на аккаунт.",
        "tg": "Агар ҳисоб ё канал худро ба ҷои ӯ муаррифӣ кунад: дар Telegram ба {telegram_bot}, боти Telegram барои шикоят аз қаллобӣ ва худро ба ҷои дигар муаррифӣ кардан, бо пайванди он нависед."},
    "plat.route.telegram.private": {
        "en": "A private link (t.me/c/…) opens only for members, and Telegram treats chats and groups as private among their members: an e-mail about such a link cannot be acted on. Report it from inside the chat with the app's Report button, by you or someone you trust who is a member.",
        "ru": "Закрытая ссылка (t.me/c/…) открывается только участникам, а чаты и группы Telegram считает приватными для их участников: по e-mail с такой ссылкой ничего сделать не смогут. Пожалуйтесь изнутри чата кнопкой «Пожаловаться» — сами или через участника, которому вы доверяете.",
        "tg": "Пайванди пӯшида (t.me/c/…) танҳо барои аъзоён кушода мешавад ва Telegram чатҳо ва гурӯҳҳоро барои аъзоёнашон махфӣ мешуморад: аз рӯи e-mail бо чунин пайванд коре карда наметавонанд. Аз дохили чат бо тугмаи «Шикоят»-и барнома шикоят кунед — худатон ё тавассути аъзои боэътимод."},
    "plat.route.instagram.app": {
        "en": "In the Instagram app: tap … on the post, the story or the profile, then Report, and the reason that fits (for an intimate image the one about nudity or sharing private images; for an address or a phone number the one about private information or harassment).",
        "ru": "В приложении Instagram: нажмите … у публикации, истории или профиля, затем «Пожаловаться» и подходящую причину (для интимного изображения — про обнажённость или распространение личных изображений; для адреса или телефона — про личную информацию или травлю).",
        "tg": "Дар барномаи Instagram: дар назди нашр, ҳикоя ё профил … -ро пахш кунед, баъд «Шикоят» ва сабаби мувофиқро интихоб кунед (барои тасвири маҳрамона — сабаб дар бораи бараҳнагӣ ё паҳн кардани тасвирҳои шахсӣ; барои суроға ё рақами телефон — дар бораи маълумоти шахсӣ ё озор)."},
    "plat.route.facebook.app": {
        "en": "On Facebook: click … on the post or the profile, then Report, and the reason that fits (for an intimate image the one about nudity or sharing private images; for an address or a phone number the one about private information or harassment).",
        "ru": "В Facebook: нажмите … у публикации или профиля, затем «Пожаловаться» и подходящую причину (для интимного изображения — про обнажённость или распространение личных изображений; для адреса или телефона — про личную информацию или травлю).",
        "tg": "Дар Facebook: дар назди нашр ё профил … -ро пахш кунед, баъд «Шикоят» ва сабаби мувофиқро интихоб кунед (барои тасвири маҳрамона — сабаб дар бораи бараҳнагӣ ё паҳн кардани тасвирҳои шахсӣ; барои суроға ё рақами телефон — дар бораи маълумоти шахсӣ ё озор)."},
    "plat.route.instagram.ncii": {
        "en": "For intimate images shared without consent, Meta's page {meta_ncii} leads to reporting on Facebook, Instagram and Messenger and to StopNCII.",
        "ru": "Для интимных изображений, распространённых без согласия, страница Meta {meta_ncii} ведёт к жалобам в Facebook, Instagram и Messenger и к StopNCII.",
        "tg": "Барои тасвирҳои маҳрамонае, ки бе розигӣ паҳн шудаанд, саҳифаи Meta {meta_ncii} ба шикоят дар Facebook, Instagram ва Messenger ва ба StopNCII мебарад."},
    "plat.route.instagram.help": {
        "en": "Without an account, or if the report in the app is not enough: the Help Center at {instagram_help} has report forms; search there for “privacy violation” or “intimate images”.",
        "ru": "Без аккаунта или если жалобы в приложении недостаточно: в Справочном центре {instagram_help} есть формы жалоб; ищите там «privacy violation» («нарушение конфиденциальности») или «intimate images» («интимные изображения»).",
        "tg": "Бе ҳисоб ё агар шикояти дохили барнома кифоя набошад: Маркази ёрӣ дар {instagram_help} шаклҳои шикоят дорад; дар он ҷо «privacy violation» («вайрон кардани махфият») ё «intimate images» («тасвирҳои маҳрамона»)-ро ҷустуҷӯ кунед."},
    "plat.route.facebook.ncii": {
        "en": "For intimate images shared without consent, Meta's page {meta_ncii} leads to reporting on Facebook, Instagram and Messenger and to StopNCII.",
        "ru": "Для интимных изображений, распространённых без согласия, страница Meta {meta_ncii} ведёт к жалобам в Facebook, Instagram и Messenger и к StopNCII.",
        "tg": "Барои тасвирҳои маҳрамонае, ки бе розигӣ паҳн шудаанд, саҳифаи Meta {meta_ncii} ба шикоят дар Facebook, Instagram ва Messenger ва ба StopNCII мебарад."},
    "plat.route.facebook.help": {
        "en": "Without an account, or if the report in the app is not enough: the Help Center at {facebook_help} has report forms; search there for “privacy violation” or “intimate images”.",
        "ru": "Без аккаунта или если жалобы в приложении недостаточно: в Справочном центре {facebook_help} есть формы жалоб; ищите там «privacy violation» («нарушение конфиденциальности») или «intimate images» («интимные изображения»).",
        "tg": "Бе ҳисоб ё агар шикояти дохили барнома кифоя набошад: Маркази ёрӣ дар {facebook_help} шаклҳои шикоят дорад; дар он ҷо «privacy violation» («вайрон кардани махфият») ё «intimate images» («тасвирҳои маҳрамона»)-ро ҷустуҷӯ кунед."},
    "plat.route.youtube.app": {
        "en": "On YouTube: click … under the video (or on the comment), then Report, and the reason that fits.",
        "ru": "В YouTube: нажмите … под видео (или у комментария), затем «Пожаловаться» и подходящую причину.",
        "tg": "Дар YouTube: дар зери видео (ё дар назди шарҳ) … -ро пахш кунед, баъд «Шикоят» ва сабаби мувофиқро интихоб кунед."},
    "plat.route.youtube.privacy": {
        "en": "YouTube's privacy complaint process ({youtube_privacy}): for a video or comment with her image, voice, full name or contact details. It is filed by the person concerned or her legal representative (the page lists the few other exceptions); she must be identifiable in the content, and for a video she gives the time where her image or information appears.",
        "ru": "Процедура жалоб на нарушение конфиденциальности YouTube ({youtube_privacy}): для видео или комментария с её изображением, голосом, полным именем или контактами. Жалобу подаёт сам затронутый человек или его законный представитель (немногие другие исключения перечислены на странице); человек должен быть узнаваем в материале, а для видео указывается время, где появляется её изображение или информация.",
        "tg": "Тартиби шикоят аз вайрон кардани махфияти YouTube ({youtube_privacy}): барои видео ё шарҳе, ки тасвир, овоз, номи пурра ё маълумоти тамоси ӯро дорад. Шикоятро худи шахси дахлдор ё намояндаи қонунии ӯ пешниҳод мекунад (чанд истиснои дигар дар саҳифа номбар шудаанд); ӯ бояд дар мавод шинохта шавад ва барои видео вақтеро нишон медиҳад, ки тасвир ё маълумоти ӯ пайдо мешавад."},
    "plat.route.tiktok.app": {
        "en": "In the TikTok app: on the video or the profile tap Share (the arrow), then Report, and the reason that fits.",
        "ru": "В приложении TikTok: у видео или профиля нажмите «Поделиться» (стрелка), затем «Пожаловаться» и подходящую причину.",
        "tg": "Дар барномаи TikTok: дар назди видео ё профил «Мубодила» (тир)-ро пахш кунед, баъд «Шикоят» ва сабаби мувофиқро интихоб кунед."},
    "plat.route.tiktok.form": {
        "en": "Without the app: the web form {tiktok_form} (“Report a problem”; choose the topic about reporting a potential violation) with the links from this report.",
        "ru": "Без приложения: веб-форма {tiktok_form} («Report a problem»; выберите тему о жалобе на возможное нарушение) со ссылками из этой жалобы.",
        "tg": "Бе барнома: шакли веб {tiktok_form} («Report a problem»; мавзӯи шикоят аз вайронкунии эҳтимолиро интихоб кунед) бо пайвандҳо аз ин шикоят."},
    "plat.route.vk.app": {
        "en": "On VK: click … on the post or the profile, then Report (Пожаловаться), and the reason that fits.",
        "ru": "ВКонтакте: нажмите … у записи или профиля, затем «Пожаловаться» и подходящую причину.",
        "tg": "Дар VK: дар назди сабт ё профил … -ро пахш кунед, баъд «Шикоят» (Пожаловаться) ва сабаби мувофиқро интихоб кунед."},
    "plat.route.vk.support": {
        "en": "VK Support ({vk_support}): write a request with the links from this report and what each one shows.",
        "ru": "Поддержка ВКонтакте ({vk_support}): напишите обращение со ссылками из этой жалобы и тем, что показывает каждая.",
        "tg": "Дастгирии VK ({vk_support}): бо пайвандҳо аз ин шикоят ва он чи ҳар кадом нишон медиҳад, муроҷиат нависед."},
    "plat.route.ok.app": {
        "en": "On OK: click … on the post or the profile, then Report (Пожаловаться), and the reason that fits.",
        "ru": "В Одноклассниках: нажмите … у публикации или профиля, затем «Пожаловаться» и подходящую причину.",
        "tg": "Дар OK: дар назди нашр ё профил … -ро пахш кунед, баъд «Шикоят» (Пожаловаться) ва сабаби мувофиқро интихоб кунед."},
    "plat.route.ok.support": {
        "en": "OK Help ({ok_help}): write to support with the links from this report.",
        "ru": "Помощь Одноклассников ({ok_help}): напишите в поддержку со ссылками из этой жалобы.",
        "tg": "Ёрии OK ({ok_help}): бо пайвандҳо аз ин шикоят ба дастгирӣ нависед."},
    "plat.route.other.site": {
        "en": "The site's own report button, or its contact address for abuse (often in its terms or at the foot of its pages).",
        "ru": "Кнопка жалобы на самом сайте или его адрес для жалоб (часто в условиях использования или внизу страниц).",
        "tg": "Тугмаи шикояти худи сайт ё суроғаи он барои шикоятҳо (аксар вақт дар шартҳои истифода ё дар поёни саҳифаҳо)."},
    "plat.route.other.host": {
        "en": "If the site does not answer: the abuse address of the company that hosts it (a WHOIS lookup of the address names it).",
        "ru": "Если сайт не отвечает: адрес для жалоб компании, на чьих серверах он размещён (её называет поиск WHOIS по адресу).",
        "tg": "Агар сайт ҷавоб надиҳад: суроғаи шикояти ширкате, ки онро ҷойгир кардааст (ҷустуҷӯи WHOIS аз рӯи суроға онро нишон медиҳад)."},
    "plat.h_ncii": {
        "en": "Intimate images: StopNCII and Take It Down",
        "ru": "Интимные изображения: StopNCII и Take It Down",
        "tg": "Тасвирҳои маҳрамона: StopNCII ва Take It Down"},
    "plat.ncii_urgent": {
        "en": "Some items are intimate images shared without consent: please treat this report as urgent.",
        "ru": "Часть материалов — интимные изображения, распространённые без согласия: просим рассмотреть жалобу срочно.",
        "tg": "Қисме аз мавод тасвирҳои маҳрамонаест, ки бе розигӣ паҳн шудаанд: хоҳиш мекунем, ки шикоят фавран баррасӣ шавад."},
    "plat.stopncii": {
        "en": "{stopncii}, for adults (18 and over): it makes digital fingerprints (hashes) of the images on her own device — the images do not leave it — and partner platforms use them to find and block copies. {platform} is a partner; the current list of partners is on the site. It does not cover Telegram or YouTube.",
        "ru": "{stopncii} — для взрослых (18 лет и старше): сервис создаёт цифровые отпечатки (хеши) изображений на её собственном устройстве — изображения его не покидают, — и платформы-партнёры по ним находят и блокируют копии. {platform} — партнёр; актуальный список партнёров — на сайте. Telegram и YouTube сервис не охватывает.",
        "tg": "{stopncii} — барои калонсолон (18-сола ва болотар): он изҳои рақамии (хешҳои) тасвирҳоро дар дастгоҳи худи ӯ месозад — тасвирҳо аз он берун намеоянд — ва платформаҳои шарик бо онҳо нусхаҳоро ёфта манъ мекунанд. {platform} шарик аст; рӯйхати ҳозираи шарикон дар сомона аст. Telegram ва YouTube-ро фаро намегирад."},
    "plat.stopncii_not_partner": {
        "en": "{stopncii} (for adults) and {takeitdown} (for images made before 18) work only with their partner platforms; {platform} is not among them, so report here as above.",
        "ru": "{stopncii} (для взрослых) и {takeitdown} (для изображений, сделанных до 18 лет) работают только с платформами-партнёрами; {platform} среди них нет, поэтому жалуйтесь здесь, как описано выше.",
        "tg": "{stopncii} (барои калонсолон) ва {takeitdown} (барои тасвирҳое, ки то 18-солагӣ сохта шудаанд) танҳо бо платформаҳои шарик кор мекунанд; {platform} дар байни онҳо нест, бинобар ин дар ин ҷо, чуноне ки дар боло гуфта шуд, шикоят кунед."},
    "plat.takeitdown": {
        "en": "{takeitdown}, run by NCMEC: for nude or sexual images made when she was under 18 (she can use it as an adult too). It works the same way, with hashes made on her device, for the platforms that take part (their list is on the site).",
        "ru": "{takeitdown} (NCMEC): для обнажённых или сексуальных изображений, сделанных, когда ей не было 18 (пользоваться можно и взрослой). Работает так же — хеши создаются на её устройстве — для платформ-участников (их список на сайте).",
        "tg": "{takeitdown} (NCMEC): барои тасвирҳои бараҳна ё ҷинсие, ки вақте ӯ то 18-сола буд, сохта шудаанд (дар калонсолӣ ҳам истифода бурдан мумкин). Ба ҳамин тарз кор мекунад — хешҳо дар дастгоҳи ӯ сохта мешаванд — барои платформаҳои иштирокчӣ (рӯйхаташон дар сомона аст)."},
}
