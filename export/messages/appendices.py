"""The court dossier's appendices: custody log, methodology, the collector's declaration, the
notary and police pack, and the legal references."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ court dossier: custody appendix
    "court.custody_intro": {
        "en": "Every entry about these exhibits and every vault-wide entry, in order. Each entry holds the SHA-256 of the entry before it (full values in custody-log.jsonl in the bundle). Entries about other cases are withheld here and only counted; their hashes keep the chain checkable.",
        "ru": "Все записи об этих доказательствах и все общие записи хранилища по порядку. Каждая запись содержит SHA-256 предыдущей (полные значения — в custody-log.jsonl в пакете). Записи о других делах здесь не раскрываются, а только подсчитаны; их хеши позволяют проверить цепочку.",
        "tg": "Ҳамаи сабтҳо дар бораи ин далелҳо ва ҳамаи сабтҳои умумии хазина бо тартиб. Ҳар сабт SHA-256-и сабти пешинаро дар бар мегирад (қиматҳои пурра дар custody-log.jsonl дар баста). Сабтҳо дар бораи парвандаҳои дигар дар ин ҷо ошкор намешаванд, танҳо шумурда шудаанд; хешҳои онҳо имкон медиҳанд занҷираро санҷем."},
    "court.withheld": {"en": "{count} entries about other items, withheld", "ru": "записей о других элементах (не раскрыты): {count}", "tg": "{count} сабт дар бораи унсурҳои дигар, ошкор нашуданд"},
    "court.custody_last": {"en": "Hash of the last entry ({seq}):", "ru": "Хеш последней записи ({seq}):", "tg": "Хеши сабти охирин ({seq}):"},
    # ------------------------------------------------------------------ court dossier: methodology
    "court.method.capture_h": {"en": "How a web page is captured", "ru": "Как сохраняется веб-страница", "tg": "Саҳифаи интернетӣ чӣ тавр сабт мешавад"},
    "court.method.capture": {
        "en": "Each page was opened by Evidence Kit in a Chromium-family browser on the collector's computer, in a fresh window without cookies or a login. After the page had loaded, the tool saved, as far as the page allowed: a screenshot of the whole page; the HTML as the browser had built it, and the visible text; an MHTML snapshot of the page as the browser showed it after the changes listed for the exhibit (MHTML is not a copy of what the server sent); a WARC web archive of the requests and responses the browser reported to the tool, with the bodies as the browser handed them over, decompressed; and the pictures and media the page showed. The exhibit's table lists what was recorded about the capture: the address asked for and the one reached, redirects, the server's address, the TLS certificate, the HTTP status, the browser and tool versions, every change made to the page (for example a removed cookie banner) and every gap.",
        "ru": "Каждая страница открывалась программой Evidence Kit в браузере семейства Chromium на компьютере собравшего лица, в новом окне без cookie и без входа в аккаунт. После загрузки страницы программа сохраняла, насколько это позволяла страница: снимок всей страницы; HTML в том виде, в каком его построил браузер, и видимый текст; снимок страницы в формате MHTML — такой, какой её показывал браузер после изменений, указанных в доказательстве (MHTML — не копия того, что прислал сервер); веб-архив WARC с запросами и ответами, о которых браузер сообщил программе, с содержимым в том виде, в каком его передал браузер, в распакованном виде; а также изображения и медиафайлы со страницы. В таблице доказательства указано, что записано о сохранении: запрошенный и итоговый адрес, перенаправления, адрес сервера, сертификат TLS, код HTTP, версии браузера и программы, каждое изменение страницы (например, удалённый баннер cookie) и каждый пропуск.",
        "tg": "Ҳар саҳифаро Evidence Kit дар браузери оилаи Chromium дар компютери ҷамъоваранда, дар равзанаи нав бе cookie ва бе воридшавӣ ба ҳисоб кушод. Баъд аз бор шудани саҳифа барнома, то ҳадде ки саҳифа иҷозат медод, инҳоро захира кард: акси тамоми саҳифа; HTML-ро ба шакле ки браузер сохта буд ва матни намоён; акси саҳифа дар формати MHTML — ҳамон тавре ки браузер онро пас аз тағйироти дар далел қайдшуда нишон медод (MHTML нусхаи он чи сервер фиристод нест); веб-бойгонии WARC бо дархостҳо ва ҷавобҳое, ки браузер ба барнома хабар дод, бо мундариҷа ба шакле ки браузер супурд, кушодашуда; инчунин тасвирҳо ва медиаи саҳифа. Дар ҷадвали далел он чи дар бораи сабт қайд шуд, оварда шудааст: суроғаи дархостшуда ва ниҳоӣ, равонакуниҳо, суроғаи сервер, сертификати TLS, рамзи HTTP, версияҳои браузер ва барнома, ҳар тағйироти саҳифа (масалан, баннери хориҷшудаи cookie) ва ҳар камбудӣ."},
    "court.method.import_h": {"en": "How a file is imported", "ru": "Как импортируется файл", "tg": "Файл чӣ тавр ворид карда мешавад"},
    "court.method.import": {
        "en": "Files the collector already had (screenshots taken on a phone, saved videos, chat exports) were imported as they were: the file is read without any change, and its name, size and modification time are recorded. The time given for an imported file is the time of import, not the time the picture was taken.",
        "ru": "Файлы, которые уже были у собравшего лица (снимки экрана с телефона, сохранённые видео, выгрузки переписки), импортированы как есть: файл читается без изменений, записываются его имя, размер и время изменения. Для импортированного файла указано время импорта, а не время съёмки.",
        "tg": "Файлҳое, ки аллакай дар ихтиёри ҷамъоваранда буданд (аксҳои экрани телефон, видеоҳои захирашуда, содироти мукотиба), ҳамон тавре ки буданд, ворид карда шуданд: файл бе ягон тағйир хонда мешавад ва ном, андоза ва вақти тағйири он сабт мегардад. Барои файли воридшуда вақти ворид кардан нишон дода шудааст, на вақти гирифтани акс."},
    "court.method.seal_h": {"en": "How the files are sealed and kept", "ru": "Как файлы запечатываются и хранятся", "tg": "Файлҳо чӣ тавр мӯҳр ва нигоҳ дошта мешаванд"},
    "court.method.seal": {
        "en": "At capture or import the SHA-256 of each file was computed and the file was sealed in the collector's encrypted vault; the item's record and an entry in the custody log were written at the same moment. Every later action on the item (viewing, marking, exporting) adds an entry to the custody log. Each entry holds the hash of the entry before it and a code computed with a key of the vault, so someone who does not hold the vault's key cannot change, remove or reorder an entry without it being detected. The vault's owner holds that key and could in principle rewrite the log: the anchor outside the vault is a trusted timestamp from an independent time-stamping authority, where this dossier shows one for an exhibit.",
        "ru": "При сохранении или импорте вычислялся SHA-256 каждого файла, и файл запечатывался в зашифрованном хранилище собравшего лица; одновременно записывались сведения об элементе и запись в журнале хранения. Каждое последующее действие с элементом (просмотр, отметка, экспорт) добавляет запись в журнал. Каждая запись содержит хеш предыдущей и код, вычисленный с ключом хранилища, поэтому тот, у кого нет ключа хранилища, не может незаметно изменить, удалить или переставить запись. Владелец хранилища этим ключом обладает и в принципе мог бы переписать журнал: опорой вне хранилища служит доверенная метка времени независимого центра меток времени — там, где досье показывает её для доказательства.",
        "tg": "Ҳангоми сабт ё ворид кардан SHA-256-и ҳар файл ҳисоб карда шуд ва файл дар хазинаи рамзгузоришудаи ҷамъоваранда мӯҳр гардид; ҳамзамон маълумоти унсур ва сабт дар дафтари нигаҳдорӣ навишта шуданд. Ҳар амали минбаъда бо унсур (дидан, қайд кардан, содир кардан) ба дафтар сабти нав илова мекунад. Ҳар сабт хеши сабти пешина ва рамзеро дорад, ки бо калиди хазина ҳисоб шудааст, бинобар ин касе, ки калиди хазинаро надорад, сабтро иваз ё нест карда ё тартиби онро дигар карда наметавонад, бе он ки ин ошкор шавад. Соҳиби хазина ин калидро дорад ва аз рӯи назария метавонист дафтарро аз нав нависад: такягоҳи берун аз хазина тамғаи вақти боэътимоди маркази мустақили тамғагузории вақт аст — дар ҳолате ки ин маҷмӯа онро барои далел нишон медиҳад."},
    "court.method.proves_h": {"en": "What a SHA-256 value proves", "ru": "Что доказывает значение SHA-256", "tg": "Қимати SHA-256 чиро исбот мекунад"},
    "court.method.proves": {
        "en": "A matching SHA-256 value proves that a file is bit for bit the same as the file listed with that value: any change, even of a single byte, gives a different value. On its own it does not show when the file was sealed; that rests on the custody log and, where this dossier shows one, a trusted timestamp.",
        "ru": "Совпадение значения SHA-256 доказывает, что файл побитово совпадает с файлом, указанным с этим значением: любое изменение, даже одного байта, даёт другое значение. Само по себе оно не показывает, когда файл был запечатан; это подтверждают журнал хранения и — там, где досье её показывает, — доверенная метка времени.",
        "tg": "Мувофиқати қимати SHA-256 исбот мекунад, ки файл бит ба бит бо файле, ки бо ҳамин қимат номбар шудааст, якхела аст: ҳар тағйир, ҳатто дар як байт, қимати дигар медиҳад. Худ аз худ он нишон намедиҳад, ки файл кай мӯҳр шудааст; инро дафтари нигаҳдорӣ ва — дар ҳолате ки ин маҷмӯа онро нишон медиҳад — тамғаи вақти боэътимод тасдиқ мекунанд."},
    "court.method.not_h": {"en": "What it does not prove", "ru": "Чего оно не доказывает", "tg": "Он чиро исбот намекунад"},
    "court.method.not": {
        "en": "A SHA-256 value does not prove that the server sent exactly this content, who wrote a post, or that the computer's clock was right. It proves only that the file has not changed since it was sealed.",
        "ru": "Значение SHA-256 не доказывает, что сервер прислал именно это содержимое, кто написал публикацию или что часы компьютера шли верно. Оно доказывает лишь, что файл не менялся с момента запечатывания.",
        "tg": "Қимати SHA-256 исбот намекунад, ки сервер маҳз ҳамин мундариҷаро фиристодааст, нашрро кӣ навиштааст ё соати компютер дуруст буд. Он танҳо исбот мекунад, ки файл аз лаҳзаи мӯҳр шудан тағйир наёфтааст."},
    "court.method.limits_h": {"en": "The limits of any capture", "ru": "Пределы любого сохранения", "tg": "Маҳдудиятҳои ҳар гуна сабт"},
    "court.method.limits": {
        "en": "A capture shows what this browser received at that moment, over that network, with or without a logged-in account as recorded. Other people may have seen something different (content can differ by country, account and time); content behind a login, in private chats or in stories that expire may be missing; videos may be saved only in part. Where the record lists gaps, they are stated in the exhibit.",
        "ru": "Сохранение показывает, что получил этот браузер в тот момент, через ту сеть, с входом в аккаунт или без него, как записано. Другие люди могли видеть иное (содержимое зависит от страны, аккаунта и времени); содержимое за входом, в закрытых чатах или в исчезающих историях может отсутствовать; видео может быть сохранено лишь частично. Если в записи указаны пропуски, они приведены в доказательстве.",
        "tg": "Сабт нишон медиҳад, ки ин браузер дар он лаҳза, тавассути он шабака, бо ворид шудан ба ҳисоб ё бе он, чӣ гирифт — чуноне ки қайд шудааст. Дигарон шояд чизи дигар диданд (мундариҷа аз кишвар, ҳисоб ва вақт вобаста аст); мундариҷаи пас аз воридшавӣ, дар чатҳои пӯшида ё дар ҳикояҳои муваққатӣ метавонад набошад; видео метавонад танҳо қисман захира шавад. Агар дар сабт камбудиҳо қайд шуда бошанд, онҳо дар далел оварда шудаанд."},
    "court.method.time_h": {"en": "Times", "ru": "Время", "tg": "Вақт"},
    "court.method.time": {
        "en": "Times come from the collector's computer clock. They are given in UTC, with the time in Dushanbe (UTC+5) and Moscow (UTC+3) beside them. Where the capture checked the clock against an outside source, the result is in the exhibit's table under \"Clock check\".",
        "ru": "Время берётся из часов компьютера собравшего лица. Оно указано в UTC, рядом — время в Душанбе (UTC+5) и Москве (UTC+3). Если при сохранении часы сверялись с внешним источником, результат приведён в таблице доказательства в строке «Проверка часов».",
        "tg": "Вақт аз соати компютери ҷамъоваранда гирифта мешавад. Он бо UTC нишон дода шудааст, дар паҳлӯяш вақти Душанбе (UTC+5) ва Маскав (UTC+3). Агар ҳангоми сабт соат бо манбаи берунӣ муқоиса шуда бошад, натиҷа дар ҷадвали далел дар сатри «Санҷиши соат» оварда шудааст."},
    "court.method.blur_h": {"en": "Blurred pictures", "ru": "Размытые изображения", "tg": "Тасвирҳои хира"},
    "court.method.blur": {
        "en": "Pictures of items marked sensitive (intimate images) are blurred in this dossier unless the collector chose to include them; the blurring is applied only to the copy in this PDF. The sealed originals are unchanged and can be produced to the court or the investigator. Every other screenshot is embedded in this PDF without loss, at its own pixel size (a JPEG file as it was sealed, byte for byte); the originals, byte for byte, are also in the verification bundle.",
        "ru": "Изображения элементов, отмеченных как деликатные (интимные изображения), в досье размыты, если собравшее лицо не решило их включить; размытие применяется только к копии в этом PDF. Запечатанные оригиналы не изменены и могут быть представлены суду или следователю. Все остальные снимки экрана встроены в этот PDF без потерь, в собственном размере в пикселях (файл JPEG — точно таким, каким он запечатан, байт в байт); оригиналы байт в байт находятся и в пакете для проверки.",
        "tg": "Тасвирҳои унсурҳое, ки ҳамчун ҳассос қайд шудаанд (тасвирҳои маҳрамона), дар ин маҷмӯа хира карда шудаанд, агар ҷамъоваранда дохил кардани онҳоро интихоб накарда бошад; хирагӣ танҳо ба нусхаи ин PDF татбиқ мешавад. Аслҳои мӯҳршуда тағйир наёфтаанд ва метавонанд ба суд ё муфаттиш пешниҳод шаванд. Ҳамаи аксҳои дигари экран дар ин PDF бе талафот, бо андозаи худашон дар пиксел ҷойгир карда шудаанд (файли JPEG маҳз ҳамон тавре ки мӯҳр шуда буд, байт ба байт); аслҳо байт ба байт инчунин дар бастаи санҷишӣ ҳастанд."},
    "court.method.source": {
        "en": "This methodology describes how Evidence Kit works. It is a description by the tool, not an expert's opinion.",
        "ru": "Эта методика описывает работу Evidence Kit. Это описание программы, а не заключение эксперта.",
        "tg": "Ин усул тарзи кори Evidence Kit-ро тавсиф мекунад. Ин тавсифи барнома аст, на хулосаи коршинос."},
    # ------------------------------------------------------------------ court dossier: declaration
    "court.decl.label": {
        "en": "DECLARATION OF THE COLLECTOR — the party's own statement. It is not a notarial act. Sign it in ink, with the place and the date, before witnesses or a notary if your lawyer asks for it.",
        "ru": "ЗАЯВЛЕНИЕ ЛИЦА, СОБРАВШЕГО ДОКАЗАТЕЛЬСТВА — собственное заявление стороны. Это не нотариальное действие. Подпишите его от руки, указав место и дату, при свидетелях или у нотариуса, если об этом попросит ваш юрист.",
        "tg": "ИЗҲОРОТИ ҶАМЪОВАРАНДАИ ДАЛЕЛҲО — изҳороти худи тараф. Ин амали нотариалӣ нест. Онро бо дасти худ, бо нишон додани ҷой ва сана, дар ҳузури шоҳидон ё дар назди нотариус имзо кунед, агар ҳуқуқшиноси шумо хоҳиш кунад."},
    "court.decl.intro": {
        "en": "I, the undersigned, state what I did and saw in collecting the evidence in the dossier {dossier}, which contains {count} exhibit(s) ({exhibits}):",
        "ru": "Я, нижеподписавшийся(аяся), сообщаю, что я делал(а) и видел(а), собирая доказательства для досье {dossier}, которое содержит доказательств: {count} ({exhibits}):",
        "tg": "Ман, имзокунанда, баён мекунам, ки ҳангоми ҷамъ кардани далелҳои маҷмӯаи {dossier}, ки {count} далел ({exhibits}) дорад, чӣ кор кардам ва чӣ дидам:"},
    "court.decl.did": {
        "en": "I collected the exhibits listed here myself, with the program {tool}, on this computer: ______________________________ (make and model, and whose computer it is).",
        "ru": "Я сам(а) собрал(а) перечисленные здесь доказательства с помощью программы {tool} на этом компьютере: ______________________________ (марка и модель, кому принадлежит компьютер).",
        "tg": "Ман далелҳои дар ин ҷо номбаршударо худам бо барномаи {tool} дар ин компютер ҷамъ кардам: ______________________________ (тамға ва модел, компютер аз они кист)."},
    "court.decl.computer_recorded": {
        "en": "For the captures, the program recorded this computer's operating system as: {systems}.",
        "ru": "При сохранении программа записала операционную систему этого компьютера: {systems}.",
        "tg": "Ҳангоми сабт барнома системаи амалиётии ин компютерро чунин қайд кард: {systems}."},
    "court.decl.when": {
        "en": "I did this between {first} and {last}. The time of each capture or import, taken from this computer's clock, is given in its exhibit.",
        "ru": "Я делал(а) это в период с {first} по {last}. Время каждого сохранения или импорта, взятое из часов этого компьютера, указано в соответствующем доказательстве.",
        "tg": "Ман инро аз {first} то {last} анҷом додам. Вақти ҳар сабт ё ворид кардан, ки аз соати ҳамин компютер гирифта шудааст, дар далели дахлдор нишон дода шудааст."},
    "court.decl.seen": {
        "en": "For each web page I gave the program its address; the program opened it in a fresh browser window, without my accounts, and saved the files listed in the exhibit. I have looked at every exhibit in this dossier. Where I had seen a post myself, the exhibit shows what I saw, except: ______________________________.",
        "ru": "Для каждой веб-страницы я указал(а) программе её адрес; программа открыла её в новом окне браузера, без моих аккаунтов, и сохранила файлы, перечисленные в доказательстве. Я просмотрел(а) каждое доказательство в этом досье. Если я видел(а) публикацию сам(а), доказательство показывает то, что я видел(а), за исключением: ______________________________.",
        "tg": "Барои ҳар саҳифаи интернетӣ ман суроғаи онро ба барнома додам; барнома онро дар равзанаи нави браузер, бе ҳисобҳои ман, кушод ва файлҳои дар далел номбаршударо нигоҳ дошт. Ман ҳар далели ин маҷмӯаро дида баромадам. Дар ҳолате ки ман нашрро худам дида будам, далел ҳамонро нишон медиҳад, ки ман дидам, ба истиснои: ______________________________."},
    "court.decl.imports": {
        "en": "Each imported file is a file I had (for example a screenshot taken on my phone); I gave it to the program as it was. Where the files came from: ______________________________.",
        "ru": "Каждый импортированный файл — это файл, который был у меня (например, снимок экрана с моего телефона); я передал(а) его программе таким, каким он был. Откуда эти файлы: ______________________________.",
        "tg": "Ҳар файли воридшуда файлест, ки дар ихтиёри ман буд (масалан, акси экран аз телефони ман); ман онро ҳамон тавре ки буд ба барнома додам. Ин файлҳо аз куҷо омадаанд: ______________________________."},
    "court.decl.files": {
        "en": "The files listed in each exhibit, with their SHA-256 values, are the files the program sealed when it made or imported them. I have not edited, cropped or altered any of them.",
        "ru": "Файлы, перечисленные в каждом доказательстве, со значениями SHA-256 — это файлы, которые программа запечатала, когда создала или импортировала их. Я не редактировал(а), не обрезал(а) и не изменял(а) ни один из них.",
        "tg": "Файлҳое, ки дар ҳар далел бо қиматҳои SHA-256 номбар шудаанд, ҳамон файлҳое мебошанд, ки барнома ҳангоми сохтан ё ворид кардани онҳо мӯҳр кард. Ман ҳеҷ кадоми онҳоро таҳрир накардаам, набуридаам ва тағйир надодаам."},
    "court.decl.changes": {
        "en": "What the program changed on a page while capturing it (for example a cookie banner it removed) and what it could not capture are listed in each exhibit under \"Changes made to the page\" and \"Not captured / gaps\"; they apply to that exhibit as stated.",
        "ru": "Что программа изменила на странице при сохранении (например, удалённый баннер cookie) и что ей не удалось сохранить, перечислено в каждом доказательстве в строках «Изменения, внесённые в страницу» и «Не сохранено / пропуски»; это относится к доказательству так, как там указано.",
        "tg": "Он чи барнома ҳангоми сабт дар саҳифа тағйир дод (масалан, баннери cookie-и хориҷкардааш) ва он чи сабт карда натавонист, дар ҳар далел дар сатрҳои «Тағйиротҳое, ки ба саҳифа ворид шуданд» ва «Сабт нашуд / камбудиҳо» оварда шудааст; инҳо ба ҳамон далел, чуноне ки навишта шудааст, дахл доранд."},
    "court.decl.handover": {
        "en": "I can hand over the original files on a storage medium (the verification bundle) and show how they can be checked.",
        "ru": "Я могу передать оригиналы файлов на носителе (пакет для проверки) и показать, как их проверить.",
        "tg": "Ман метавонам файлҳои аслиро дар ҳомил (бастаи санҷишӣ) супорам ва нишон диҳам, ки онҳоро чӣ тавр санҷидан мумкин аст."},
    "court.decl.true": {
        "en": "I declare that the above is true to the best of my knowledge. [Wording of the oath or warning required by the court's law — to be confirmed by counsel.]",
        "ru": "Заявляю, что изложенное выше верно, насколько мне известно. [Формулировка присяги или предупреждения, требуемая законом суда, — подлежит проверке юристом.]",
        "tg": "Изҳор мекунам, ки он чи дар боло гуфта шуд, то ҷое ки ба ман маълум аст, дуруст аст. [Матни савганд ё огоҳие, ки қонуни суд талаб мекунад, — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад.]"},
    "court.decl.blurred_list": {
        "en": "No original was redacted. In this PDF the pictures of the following exhibits are blurred to protect privacy; the originals are unchanged: {exhibits}.",
        "ru": "Ни один оригинал не редактировался. В этом PDF изображения следующих доказательств размыты для защиты частной жизни; оригиналы не изменены: {exhibits}.",
        "tg": "Ягон асл таҳрир нашудааст. Дар ин PDF тасвирҳои далелҳои зерин барои ҳифзи ҳаёти шахсӣ хира карда шудаанд; аслҳо тағйир наёфтаанд: {exhibits}."},
    "court.decl.no_blur": {
        "en": "No original was redacted, and no picture in this PDF is blurred.",
        "ru": "Ни один оригинал не редактировался, и ни одно изображение в этом PDF не размыто.",
        "tg": "Ягон асл таҳрир нашудааст ва ягон тасвир дар ин PDF хира нашудааст."},
    "court.decl.name": {"en": "Full name", "ru": "Фамилия, имя, отчество", "tg": "Насаб, ном, номи падар"},
    "court.decl.id_doc": {"en": "Identity document (type, number)", "ru": "Документ, удостоверяющий личность (вид, номер)", "tg": "Ҳуҷҷати шахсият (навъ, рақам)"},
    "court.decl.place": {"en": "Place", "ru": "Место", "tg": "Ҷой"},
    "court.decl.date": {"en": "Date", "ru": "Дата", "tg": "Сана"},
    "court.decl.signature": {"en": "Signature", "ru": "Подпись", "tg": "Имзо"},
    "court.decl.witnesses": {"en": "Witnesses (if required)", "ru": "Свидетели (если требуется)", "tg": "Шоҳидон (агар лозим бошад)"},
    "court.decl.w_name": {"en": "Full name", "ru": "ФИО", "tg": "Насаб ва ном"},
    "court.decl.w_address": {"en": "Address or identity document", "ru": "Адрес или документ", "tg": "Суроға ё ҳуҷҷат"},
    "court.decl.adapt": {
        "en": "This is a statement of fact by the person who collected the evidence, not an expert's opinion. Counsel may adapt it to what the court requires (for example an oath, or a warning about false statements).",
        "ru": "Это изложение фактов лицом, собравшим доказательства, а не заключение эксперта. Юрист может адаптировать его к требованиям суда (например, добавить присягу или предупреждение об ответственности за ложные сведения).",
        "tg": "Ин баёни далелҳо аз ҷониби шахсе мебошад, ки далелҳоро ҷамъ кардааст, на хулосаи коршинос. Ҳуқуқшинос метавонад онро ба талаботи суд мутобиқ кунад (масалан, савганд ё огоҳӣ дар бораи ҷавобгарӣ барои маълумоти бардурӯғ илова кунад)."},
    "court.decl.not_notarial": {
        "en": "A PDF made by a party is not a notarial act, and a key generated on the party's computer is not a recognised electronic signature. The hashes and the bundle's signature show integrity; they do not make this document official.",
        "ru": "PDF, созданный стороной, не является нотариальным действием, а ключ, созданный на компьютере стороны, — признанной электронной подписью. Хеши и подпись пакета показывают целостность, но не делают этот документ официальным.",
        "tg": "PDF-е, ки тараф сохтааст, амали нотариалӣ нест ва калиде, ки дар компютери тараф сохта шудааст, имзои электронии эътирофшуда нест. Хешҳо ва имзои баста бутунии файлҳоро нишон медиҳанд, вале ин ҳуҷҷатро расмӣ намегардонанд."},
    # ------------------------------------------------------------------ court dossier: notary / police
    "court.notary.h_inspect": {
        "en": "Request for an urgent inspection of web pages by a notary (осмотр доказательств)",
        "ru": "Просьба о срочном нотариальном осмотре доказательств (веб-страниц)",
        "tg": "Дархости азназаргузаронии фаврии саҳифаҳои интернетӣ аз ҷониби нотариус (осмотр доказательств)"},
    "court.notary.intro": {
        "en": "The pages below are listed in the order in which they should be opened and recorded. The captures in this dossier show what each page showed at the time given; a notary's own inspection makes a record that courts accept more readily.",
        "ru": "Страницы ниже перечислены в том порядке, в котором их следует открыть и зафиксировать. Сохранения в этом досье показывают, что было на каждой странице в указанное время; собственный осмотр нотариуса создаёт документ, который суды принимают охотнее.",
        "tg": "Саҳифаҳои зер бо ҳамон тартибе оварда шудаанд, ки бояд кушода ва қайд карда шаванд. Сабтҳои ин маҷмӯа нишон медиҳанд, ки дар ҳар саҳифа дар вақти нишондодашуда чӣ буд; азназаргузаронии худи нотариус ҳуҷҷате месозад, ки судҳо онро осонтар қабул мекунанд."},
    "court.notary.urgent": {
        "en": "URGENT: the person who published these posts can delete them at any moment. We ask that the inspection be carried out as soon as possible, today if it can be arranged.",
        "ru": "СРОЧНО: опубликовавший эти материалы может удалить их в любой момент. Просим провести осмотр как можно скорее, по возможности сегодня.",
        "tg": "ФАВРӢ: шахсе, ки ин маводро нашр кардааст, метавонад онро дар ҳар лаҳза нест кунад. Хоҳиш мекунем, ки азназаргузаронӣ ҳарчи зудтар, агар имкон бошад, имрӯз гузаронида шавад."},
    "court.notary.item": {
        "en": "{n}. {exhibit} — captured {when} — {status} — login needed: {login}",
        "ru": "{n}. {exhibit} — сохранено {when} — {status} — нужен вход в аккаунт: {login}",
        "tg": "{n}. {exhibit} — сабт шуд {when} — {status} — воридшавӣ ба ҳисоб лозим: {login}"},
    "court.notary.final": {"en": "reached after redirects:", "ru": "итоговый адрес после перенаправлений:", "tg": "суроғаи ниҳоӣ пас аз равонакуниҳо:"},
    "court.notary.login_yes": {"en": "yes", "ru": "да", "tg": "ҳа"},
    "court.notary.login_no": {"en": "not known to be needed", "ru": "не требуется (насколько известно)", "tg": "то ҷое маълум аст, лозим нест"},
    "court.notary.none": {"en": "No web addresses in this selection.", "ru": "В этой подборке нет веб-адресов.", "tg": "Дар ин интихоб суроғаи интернетӣ нест."},
    "court.notary.h_login": {"en": "Pages that need a login", "ru": "Страницы, для которых нужен вход", "tg": "Саҳифаҳое, ки воридшавиро талаб мекунанд"},
    "court.notary.login_list": {
        "en": "These exhibits can only be seen with an account (a private channel, a group, or a logged-in view): {exhibits}. The inspection has to be made on the applicant's own device or account; in Russia the Federal Notarial Chamber's methodological recommendations (protocol No. 10/23 of 26.06.2023) allow the applicant's device to be used and messengers to be inspected on the phone or via login.",
        "ru": "Эти доказательства видны только из аккаунта (закрытый канал, группа или просмотр после входа): {exhibits}. Осмотр нужно проводить на устройстве или в аккаунте заявителя; в России методические рекомендации ФНП (протокол № 10/23 от 26.06.2023) допускают использование устройства заявителя и осмотр мессенджеров на телефоне или через вход в аккаунт.",
        "tg": "Ин далелҳо танҳо аз ҳисоб дида мешаванд (канали пӯшида, гурӯҳ ё намоиш пас аз воридшавӣ): {exhibits}. Азназаргузаронӣ бояд дар дастгоҳ ё ҳисоби аризадиҳанда гузаронида шавад; дар Русия тавсияҳои методии Палатаи федералии нотариалӣ (протоколи № 10/23 аз 26.06.2023) истифодаи дастгоҳи аризадиҳанда ва азназаргузаронии паёмрасонҳоро дар телефон ё тавассути воридшавӣ иҷозат медиҳанд."},
    "court.notary.login_none": {
        "en": "None of the listed pages is known to need a login; some platforms show more to logged-in users.",
        "ru": "Насколько известно, ни одна из страниц не требует входа; некоторые платформы показывают вошедшим пользователям больше.",
        "tg": "То ҷое маълум аст, ҳеҷ як саҳифа воридшавиро талаб намекунад; баъзе платформаҳо ба корбарони воридшуда бештар нишон медиҳанд."},
    "court.notary.how": {
        "en": "Bring this dossier, the verification bundle on a USB stick, and the phone or computer with the accounts concerned.",
        "ru": "Возьмите с собой это досье, пакет для проверки на USB-накопителе и телефон или компьютер с нужными аккаунтами.",
        "tg": "Ин маҷмӯа, бастаи санҷиширо дар флеш-хотира ва телефон ё компютерро бо ҳисобҳои дахлдор ҳамроҳ гиред."},
    "court.notary.imports": {
        "en": "Files from the applicant's own device (exhibits {exhibits}) have no web address; the notary can inspect them on the device that holds them.",
        "ru": "Файлы с устройства заявителя (доказательства {exhibits}) не имеют веб-адреса; нотариус может осмотреть их на устройстве, где они хранятся.",
        "tg": "Файлҳо аз дастгоҳи худи аризадиҳанда (далелҳои {exhibits}) суроғаи интернетӣ надоранд; нотариус метавонад онҳоро дар дастгоҳе, ки онҳо дар он нигоҳ дошта мешаванд, аз назар гузаронад."},
    "court.notary.h_police": {"en": "For a complaint to the police", "ru": "Для заявления в полицию", "tg": "Барои ариза ба милитсия"},
    "court.notary.police1": {
        "en": "Hand over this dossier ({dossier}) with the verification bundle on a storage medium; the files can be checked without Evidence Kit.",
        "ru": "Передайте это досье ({dossier}) вместе с пакетом для проверки на носителе; файлы можно проверить без Evidence Kit.",
        "tg": "Ин маҷмӯа ({dossier})-ро бо бастаи санҷишӣ дар ҳомил супоред; файлҳоро бе Evidence Kit санҷидан мумкин аст."},
    "court.notary.police2": {
        "en": "Ask that the platforms be requested to preserve the account data (identifiers, IP addresses) before it is deleted.",
        "ru": "Попросите направить платформам запрос о сохранении данных аккаунтов (идентификаторы, IP-адреса), пока они не удалены.",
        "tg": "Хоҳиш кунед, ки ба платформаҳо дархост фиристода шавад, то маълумоти ҳисобҳо (рамзҳо, суроғаҳои IP) пеш аз нест шудан нигоҳ дошта шавад."},
    "court.notary.police3": {
        "en": "Write down the registration number of the complaint and the officer's name.",
        "ru": "Запишите регистрационный номер заявления и имя сотрудника.",
        "tg": "Рақами қайди ариза ва номи кормандро нависед."},
    "court.notary.h_platforms": {"en": "Reports to the platforms", "ru": "Жалобы платформам", "tg": "Шикоят ба платформаҳо"},
    "court.notary.platforms": {
        "en": "Evidence Kit makes a separate platform report (export --kind platform) with the addresses, post numbers and the rules broken, one section per platform. A platform is often the fastest way to have posts removed, even when the person who posted them lives in another country.",
        "ru": "Evidence Kit готовит отдельную жалобу для платформ (export --kind platform) с адресами, номерами публикаций и нарушенными правилами, по разделу на платформу. Платформа часто быстрее всех удаляет публикации, даже если их автор живёт в другой стране.",
        "tg": "Evidence Kit шикояти алоҳидаро барои платформаҳо (export --kind platform) бо суроғаҳо, рақамҳои нашр ва қоидаҳои вайроншуда, барои ҳар платформа як қисм, омода мекунад. Платформа аксар вақт роҳи зудтарини нест кардани нашрҳост, ҳатто агар муаллифи онҳо дар кишвари дигар зиндагӣ кунад."},
    "court.notary.stopncii": {
        "en": "For intimate images of an adult, StopNCII.org lets the person make hashes of the images on her own device so that partner platforms (among them Facebook, Instagram, Threads, TikTok, Reddit, Snap) can block them; it does not cover Telegram or YouTube. For a person under 18, Take It Down serves the same purpose.",
        "ru": "Для интимных изображений взрослых StopNCII.org позволяет создать хеши изображений на собственном устройстве, чтобы платформы-партнёры (среди них Facebook, Instagram, Threads, TikTok, Reddit, Snap) могли их блокировать; Telegram и YouTube сервис не охватывает. Для лиц младше 18 лет служит Take It Down.",
        "tg": "Барои тасвирҳои маҳрамонаи шахсони калонсол StopNCII.org имкон медиҳад, ки хешҳои тасвирҳо дар дастгоҳи худи шахс сохта шаванд, то платформаҳои шарик (аз ҷумла Facebook, Instagram, Threads, TikTok, Reddit, Snap) онҳоро манъ кунанд; Telegram ва YouTube-ро фаро намегирад. Барои шахсони то 18-сола Take It Down хизмат мекунад."},
    "court.notary.h_help": {"en": "Help", "ru": "Помощь", "tg": "Кӯмак"},
    "court.notary.help": {
        "en": "Tajikistan: free hotline 1313 (to be re-checked before relying on it). Access Now Digital Security Helpline (answers in Russian).",
        "ru": "Таджикистан: бесплатная горячая линия 1313 (перед обращением проверьте, работает ли она). Линия помощи по цифровой безопасности Access Now (отвечает на русском).",
        "tg": "Тоҷикистон: хатти боварии ройгони 1313 (пеш аз муроҷиат санҷед, ки кор мекунад). Хатти кӯмаки амнияти рақамии Access Now (ба забони русӣ ҷавоб медиҳад)."},
    # ------------------------------------------------------------------ court dossier: legal references
    "court.legal.caveat": {
        "en": "These references are those practitioners cite for electronic evidence. This is not legal advice: whether and how each applies to this case is to be confirmed by counsel.",
        "ru": "Здесь приведены ссылки, на которые ссылаются практики в делах с электронными доказательствами. Это не юридическая консультация: применимость каждой ссылки к этому делу подлежит проверке юристом.",
        "tg": "Дар ин ҷо истинодҳое оварда шудаанд, ки амалиётчиён дар парвандаҳо бо далелҳои электронӣ истифода мебаранд. Ин маслиҳати ҳуқуқӣ нест: татбиқи ҳар яке ба ин парванда бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_record": {"en": "What a record of a web page should show", "ru": "Что должна содержать фиксация веб-страницы", "tg": "Сабти саҳифаи интернетӣ бояд чиро нишон диҳад"},
    "court.legal.record": {
        "en": "Russia: screenshots and printouts of web pages are written evidence under the Civil Procedure Code (ГПК РФ), art. 71; audio and video recordings (a saved video, for example) fall under art. 77, whose submitter states when, by whom and in what conditions the recording was made. Plenum of the Supreme Court of the Russian Federation, resolution No. 10 of 23.04.2019 «О применении части четвертой Гражданского кодекса Российской Федерации», item 55: printouts of material on the internet (screenshots) made and certified by a person taking part in the case, showing the address of the page and the exact time it was obtained, are admissible evidence — the condition is that the party itself certifies the printout. Tajikistan: which article of the Civil Procedure Code of the Republic of Tajikistan governs screenshots and printouts is to be confirmed by counsel. International practice: Berkeley Protocol on Digital Open Source Investigations, ¶155 and ¶167. For every capture this dossier gives the address, the time, the collector, the browser and the tool.",
        "ru": "Россия: снимки экрана и распечатки веб-страниц — письменные доказательства по ст. 71 ГПК РФ; аудио- и видеозаписи (например, сохранённое видео) относятся к ст. 77, по которой представивший запись указывает, когда, кем и в каких условиях она сделана. Постановление Пленума Верховного Суда РФ от 23.04.2019 № 10 «О применении части четвертой Гражданского кодекса Российской Федерации», п. 55: распечатки материалов, размещённых в сети (скриншоты), сделанные и заверенные лицами, участвующими в деле, с указанием адреса интернет-страницы и точного времени её получения, являются допустимыми доказательствами — условие: сторона сама заверяет распечатку. Таджикистан: какая статья Гражданского процессуального кодекса Республики Таджикистан регулирует снимки экрана и распечатки — подлежит проверке юристом. Международная практика: Берклийский протокол о расследованиях на основе открытых цифровых источников, пп. 155 и 167. Для каждого сохранения в досье указаны адрес, время, собравшее лицо, браузер и программа.",
        "tg": "Русия: аксҳои экран ва чопи саҳифаҳои интернетӣ тибқи моддаи 71 Кодекси мурофиавии гражданӣ (ГПК РФ) далели хаттӣ мебошанд; сабтҳои аудио ва видео (масалан, видеои нигоҳдошташуда) ба моддаи 77 дахл доранд, ки тибқи он пешниҳодкунандаи сабт нишон медиҳад, ки он кай, аз ҷониби кӣ ва дар кадом шароит сохта шудааст. Қарори Пленуми Суди Олии Федератсияи Русия аз 23.04.2019 № 10 «О применении части четвертой Гражданского кодекса Российской Федерации», б. 55: чопи маводи дар интернет ҷойгиршуда (аксҳои экран), ки аз ҷониби шахсони ширкаткунанда дар парванда сохта ва тасдиқ шудаанд, бо нишон додани суроғаи саҳифа ва вақти дақиқи гирифтани он, далели қобили қабул мебошанд — шарт ин аст, ки тараф чопро худаш тасдиқ мекунад. Тоҷикистон: кадом моддаи Кодекси мурофиавии граждании Ҷумҳурии Тоҷикистон аксҳои экран ва чопҳоро танзим мекунад — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад. Таҷрибаи байналмилалӣ: Протоколи Беркли оид ба таҳқиқот дар асоси манбаъҳои кушодаи рақамӣ, бандҳои 155 ва 167. Дар ин маҷмӯа барои ҳар сабт суроға, вақт, ҷамъоваранда, браузер ва барнома оварда шудааст."},
    "court.legal.h_notary": {"en": "Securing evidence by a notary", "ru": "Обеспечение доказательств нотариусом", "tg": "Таъмини далелҳо аз ҷониби нотариус"},
    "court.legal.notary": {
        "en": "Russia: Fundamentals of the legislation of the Russian Federation on notaries (Основы законодательства РФ о нотариате), art. 103; the Federal Notarial Chamber's Methodological recommendations on the securing of evidence by notaries, approved by its Board, protocol No. 10/23 of 26.06.2023. Tajikistan: whether notaries secure web evidence is to be confirmed by counsel.",
        "ru": "Россия: Основы законодательства РФ о нотариате, ст. 103; Методические рекомендации по обеспечению доказательств нотариусами, утверждённые решением Правления Федеральной нотариальной палаты (протокол № 10/23 от 26.06.2023). Таджикистан: обеспечивают ли нотариусы доказательства из интернета — подлежит проверке юристом.",
        "tg": "Русия: Асосҳои қонунгузории Федератсияи Русия дар бораи нотариат (Основы законодательства РФ о нотариате), м. 103; Тавсияҳои методӣ оид ба таъмини далелҳо аз ҷониби нотариусҳо, ки бо қарори Раёсати Палатаи федералии нотариалӣ тасдиқ шудаанд (протоколи № 10/23 аз 26.06.2023). Тоҷикистон: оё нотариусҳо далелҳои интернетиро таъмин мекунанд — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_lang": {"en": "Language of the documents", "ru": "Язык документов", "tg": "Забони ҳуҷҷатҳо"},
    "court.legal.lang": {
        "en": "Tajikistan: courts work in the state language (Tajik), with an interpreter where needed. Russia: documents in a foreign language need a certified translation into Russian (ГПК РФ art. 408, АПК РФ art. 75). Content in Tajik therefore needs a Russian translation, marked as a translation, with the translator's name and a notary's certification; the originals stay alongside.",
        "ru": "Таджикистан: суды работают на государственном (таджикском) языке, при необходимости с переводчиком. Россия: документы на иностранном языке требуют заверенного перевода на русский (ГПК РФ ст. 408, АПК РФ ст. 75). Поэтому материалы на таджикском нужно перевести на русский с пометкой «перевод», именем переводчика и нотариальным удостоверением; оригиналы прилагаются.",
        "tg": "Тоҷикистон: судҳо бо забони давлатӣ (тоҷикӣ) кор мекунанд, дар ҳолати зарурӣ бо тарҷумон. Русия: ҳуҷҷатҳо бо забони хориҷӣ тарҷумаи тасдиқшуда ба забони русиро талаб мекунанд (ГПК РФ м. 408, АПК РФ м. 75). Бинобар ин маводи тоҷикӣ бояд бо қайди «тарҷума», номи тарҷумон ва тасдиқи нотариалӣ ба русӣ тарҷума шавад; аслҳо замима мешаванд."},
    "court.legal.h_crime": {"en": "Criminal law that may apply", "ru": "Уголовный закон, который может применяться", "tg": "Қонуни ҷиноятӣ, ки метавонад татбиқ шавад"},
    "court.legal.crime": {
        "en": "Russia: Criminal Code (УК РФ) art. 137 (violation of privacy) and art. 163 (extortion). Tajikistan: Criminal Code art. 144 (unlawful collection and dissemination of information about private life), as cited by a Tajik NGO lawyer. Defamation and insult were decriminalised in Tajikistan in 2012. Which articles fit this case is to be confirmed by counsel.",
        "ru": "Россия: УК РФ ст. 137 (нарушение неприкосновенности частной жизни) и ст. 163 (вымогательство). Таджикистан: Уголовный кодекс, ст. 144 (незаконный сбор и распространение сведений о частной жизни) — по указанию юриста таджикской НКО. Клевета и оскорбление в Таджикистане декриминализированы в 2012 году. Какие статьи подходят к этому делу — подлежит проверке юристом.",
        "tg": "Русия: Кодекси ҷиноятии ФР (УК РФ) м. 137 (вайрон кардани дахлнопазирии ҳаёти шахсӣ) ва м. 163 (тамаъҷӯӣ). Тоҷикистон: Кодекси ҷиноятӣ, м. 144 (ғайриқонунӣ ҷамъ кардан ва паҳн кардани маълумот дар бораи ҳаёти шахсӣ) — тибқи нишондоди ҳуқуқшиноси як ТҒД-и тоҷик. Тӯҳмат ва таҳқир дар Тоҷикистон соли 2012 аз қонуни ҷиноятӣ хориҷ карда шуданд. Кадом моддаҳо ба ин парванда мувофиқанд — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_sign": {"en": "Signatures and hashes", "ru": "Подписи и хеши", "tg": "Имзоҳо ва хешҳо"},
    "court.legal.sign": {
        "en": "The SHA-256 values in this dossier and the Ed25519 signature of the bundle let anyone check that the files are the ones listed here and that the list has not changed since it was signed. The key was generated by the collector's copy of Evidence Kit: it is not a recognised electronic signature under the Law of the Republic of Tajikistan on electronic documents of 15.03.2023 No. 1965 or under Russia's Federal Law No. 63-FZ, and it does not make this document official.",
        "ru": "Значения SHA-256 в досье и подпись Ed25519 пакета позволяют любому проверить, что файлы — те, что здесь перечислены, и что список не менялся после подписания. Ключ создан копией Evidence Kit собравшего лица: это не признанная электронная подпись ни по Закону Республики Таджикистан об электронных документах от 15.03.2023 № 1965, ни по Федеральному закону РФ № 63-ФЗ, и она не делает документ официальным.",
        "tg": "Қиматҳои SHA-256 дар ин маҷмӯа ва имзои Ed25519-и баста ба ҳар кас имкон медиҳанд санҷад, ки файлҳо ҳамонҳое мебошанд, ки дар ин ҷо номбар шудаанд ва рӯйхат пас аз имзо тағйир наёфтааст. Калидро нусхаи Evidence Kit-и ҷамъоваранда сохтааст: он на тибқи Қонуни Ҷумҳурии Тоҷикистон дар бораи ҳуҷҷатҳои электронӣ аз 15.03.2023 № 1965 ва на тибқи Қонуни федералии Русия № 63-ФЗ имзои электронии эътирофшуда нест ва ҳуҷҷатро расмӣ намегардонад."},
    "court.legal.h_method": {"en": "The form of the declaration", "ru": "Форма заявления", "tg": "Шакли изҳорот"},
    "court.legal.method": {
        "en": "The declaration in Appendix C is the collector's own statement, in plain words, of what they did and saw; it does not certify the software or its method. Whether the court needs it signed before a notary, before witnesses or under oath is to be confirmed by counsel.",
        "ru": "Заявление в Приложении В — собственное изложение простыми словами того, что собравшее лицо делало и видело; оно не удостоверяет программу или её метод. Нужна ли суду подпись у нотариуса, при свидетелях или под присягой — подлежит проверке юристом.",
        "tg": "Изҳорот дар Замимаи В баёни худи ҷамъоваранда бо калимаҳои оддӣ дар бораи он чи кард ва дид мебошад; он барнома ё усули онро тасдиқ намекунад. Оё суд имзоро дар назди нотариус, дар ҳузури шоҳидон ё бо савганд талаб мекунад — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
}
