<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en">
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>No links found. Paste addresses that start with http:// or https://, one or more.</source>
            <translation>Пайванд ёфт нашуд. Як ё якчанд нишониеро гузоред, ки бо http:// ё https:// оғоз мешавад.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sealed</source>
            <translation>
                <numerusform>%n саҳифа мӯҳр шуд</numerusform>
                <numerusform>%n саҳифа мӯҳр шуд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not saved</source>
            <translation>
                <numerusform>%n сабт нашуд</numerusform>
                <numerusform>%n сабт нашуд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still to do</source>
            <translation>
                <numerusform>%n боқӣ монд</numerusform>
                <numerusform>%n боқӣ монд</numerusform>
            </translation>
        </message>
        <message>
            <source>New items go into the case: {case}</source>
            <translation>Унсурҳои нав ба парванда дохил мешаванд: {case}</translation>
        </message>
        <message>
            <source>New items are not put in a case (you can move them later).</source>
            <translation>Унсурҳои нав ба ягон парванда дохил намешаванд (баъдтар метавонед онҳоро гузаронед).</translation>
        </message>
        <message>
            <source>Save pages from links</source>
            <translation>Сабти саҳифаҳо аз рӯи пайвандҳо</translation>
        </message>
        <message>
            <source>Paste one or more links below (one per line is fine), or drop a text file with links. Each page is opened, saved with its time and sealed.</source>
            <translation>Дар поён як ё якчанд пайванд гузоред (ҳар кадомаш дар як сатр) ё файли матниро бо пайвандҳо ба ин ҷо кашед. Ҳар саҳифа кушода, бо вақташ сабт ва мӯҳр карда мешавад.</translation>
        </message>
        <message>
            <source>Opening a page is a visit like any other: the site sees this computer's internet address. Nothing is posted or liked.</source>
            <translation>Кушодани саҳифа ташрифи оддист: сомона суроғаи интернетии ин компютерро мебинад. Ҳеҷ чиз нашр намешавад ва «писанд» гузошта намешавад.</translation>
        </message>
        <message>
            <source>Save these pages</source>
            <translation>Ин саҳифаҳоро сабт кунед</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Бори дигар кӯшиш кунед</translation>
        </message>
        <message>
            <source>Cancel selected</source>
            <translation>Бекор кардани интихобшудаҳо</translation>
        </message>
        <message>
            <source>Cancel all</source>
            <translation>Ҳамаро бекор кунед</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Not logged in (recommended)</source>
            <translation>Бе воридшавӣ ба ҳисоб (тавсия дода мешавад)</translation>
        </message>
        <message>
            <source>Logged in as “{name}”</source>
            <translation>Бо воридшавӣ ҳамчун «{name}»</translation>
        </message>
        <message>
            <source>Open pages with this login?</source>
            <translation>Саҳифаҳоро бо ҳамин воридшавӣ кушоем?</translation>
        </message>
        <message>
            <source>Open the pages:</source>
            <translation>Саҳифаҳоро кушодан:</translation>
        </message>
    </context>
    <context>
        <name>CaptureQueueModel</name>
        <message>
            <source>Link</source>
            <translation>Пайванд</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Ҳолат</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Тафсилот</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Дар навбат</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сабт мешавад…</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Мӯҳршуда</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Сабт нашуд</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Бекор шуд</translation>
        </message>
        <message>
            <source>Saved as {exhibit}. The site answered {code}: the post may have been removed; the answer itself is kept as evidence.</source>
            <translation>Ҳамчун {exhibit} сабт шуд. Сомона {code} ҷавоб дод: шояд паём нест карда шуда бошад; худи ҷавоб ҳамчун далел нигоҳ дошта шуд.</translation>
        </message>
        <message>
            <source>Saved as {exhibit}</source>
            <translation>Ҳамчун {exhibit} сабт шуд</translation>
        </message>
        <message>
            <source>Opening the page…</source>
            <translation>Саҳифа кушода мешавад…</translation>
        </message>
    </context>
    <context>
        <name>CaptureStage</name>
        <message>
            <source>Waiting</source>
            <translation>Дар навбат</translation>
        </message>
        <message>
            <source>Starting the browser…</source>
            <translation>Браузер оғоз мешавад…</translation>
        </message>
        <message>
            <source>Opening the page…</source>
            <translation>Саҳифа кушода мешавад…</translation>
        </message>
        <message>
            <source>Scrolling through the page…</source>
            <translation>Саҳифа варақ зада мешавад…</translation>
        </message>
        <message>
            <source>Making copies of the page…</source>
            <translation>Аз саҳифа нусхаҳо гирифта мешаванд…</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>Мӯҳр карда мешавад…</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Trusted time</source>
            <translation>Вақти боэътимод</translation>
        </message>
        <message>
            <source>pending (no time-stamping service has answered yet; the item is safely sealed)</source>
            <translation>дар интизор (ягон хадамоти тамғаи вақт ҳанӯз ҷавоб надодааст; унсур бехатар мӯҳр шудааст)</translation>
        </message>
        <message>
            <source>{when} by {tsa}</source>
            <translation>{when}, аз ҷониби {tsa}</translation>
        </message>
        <message>
            <source>{when} by {tsa}: checking…</source>
            <translation>{when}, аз ҷониби {tsa}: тафтиш мешавад…</translation>
        </message>
        <message>
            <source>{when} by {tsa}: NOT trusted time (its certificate does not lead to a trusted root; it is kept, and a trusted service is asked again)</source>
            <translation>{when}, аз ҷониби {tsa}: ин вақти боэътимод НЕСТ (сертификаташ ба сертификати решагии боэътимод намерасад; тамға нигоҳ дошта шуд ва аз хадамоти боэътимод боз пурсида мешавад)</translation>
        </message>
        <message>
            <source>pending (no trusted time yet; the item is safely sealed)</source>
            <translation>дар интизор (ҳанӯз вақти боэътимод нест; унсур бехатар мӯҳр шудааст)</translation>
        </message>
        <message>
            <source>(no case)</source>
            <translation>(бе парванда)</translation>
        </message>
        <message>
            <source>Choose an item in the list to see it here.</source>
            <translation>Барои дидан дар ин ҷо унсуреро аз рӯйхат интихоб кунед.</translation>
        </message>
        <message>
            <source>(a file you added)</source>
            <translation>(файле, ки шумо илова кардед)</translation>
        </message>
        <message>
            <source>Not captured</source>
            <translation>Сабт нашуд</translation>
        </message>
        <message>
            <source>Sealed (the site answered {code})</source>
            <translation>Мӯҳршуда (ҷавоби сомона: {code})</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Мӯҳршуда</translation>
        </message>
        <message>
            <source>Captured from the web</source>
            <translation>Аз интернет сабт шуд</translation>
        </message>
        <message>
            <source>Added from a file</source>
            <translation>Аз файл илова шуд</translation>
        </message>
        <message>
            <source>This item has no picture to show. Its files are listed under Files.</source>
            <translation>Ин унсур тасвире барои нишон додан надорад. Файлҳояш дар бахши «Файлҳо» оварда шудаанд.</translation>
        </message>
        <message>
            <source>Opening the picture…</source>
            <translation>Тасвир кушода мешавад…</translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Ин тасвирро дар ин ҷо нишон додан ғайриимкон аст. Он дар хазина бетағйир нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>Saving the note…</source>
            <translation>Қайд нигоҳ дошта мешавад…</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Қайд нигоҳ дошта шуд.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Тафсилот</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Тасвир</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлҳо</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Таърих</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Замима</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Сарлавҳа</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сомона</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Суроға</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>Кушода шуд дар</translation>
        </message>
        <message>
            <source>Captured (local time)</source>
            <translation>Сабт шуд (вақти маҳаллӣ)</translation>
        </message>
        <message>
            <source>Captured (UTC)</source>
            <translation>Сабт шуд (UTC)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолат</translation>
        </message>
        <message>
            <source>What went wrong</source>
            <translation>Чӣ хато рафт</translation>
        </message>
        <message>
            <source>How it was saved</source>
            <translation>Чӣ тавр сабт шуд</translation>
        </message>
        <message>
            <source>Item ID</source>
            <translation>Рақами унсур</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Парванда</translation>
        </message>
        <message>
            <source>Sensitive (intimate or very private)</source>
            <translation>Шахсӣ (маҳрамона ё хеле шахсӣ)</translation>
        </message>
        <message>
            <source>Sensitive items are left out of dossiers unless you choose to include them.</source>
            <translation>Унсурҳои шахсӣ ба ҳуҷҷатнома дохил намешаванд, магар худатон онҳоро илова кунед.</translation>
        </message>
        <message>
            <source>What it shows</source>
            <translation>Дар он чӣ ҳаст</translation>
        </message>
        <message>
            <source>Intimate image</source>
            <translation>Тасвири маҳрамона</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Суроғаи хона</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Рақами телефон</translation>
        </message>
        <message>
            <source>Name with insults</source>
            <translation>Ном бо таҳқир</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Таҳдидҳо</translation>
        </message>
        <message>
            <source>Pretending to be me</source>
            <translation>Худро ба ҷои ман муаррифӣ мекунанд</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Чизи дигар</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Қайдҳо</translation>
        </message>
        <message>
            <source>Anything you want to remember about this item. The saved page itself never changes.</source>
            <translation>Ҳар чизе, ки мехоҳед дар бораи ин унсур дар ёд доред. Худи саҳифаи сабтшуда тағйир намеёбад.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Қайдро нигоҳ доред</translation>
        </message>
        <message>
            <source>Recorded at capture</source>
            <translation>Ҳангоми сабт қайд шуд</translation>
        </message>
        <message>
            <source>Each file is sealed with its SHA-256 fingerprint. Anyone can recompute it later to see that the file was not changed.</source>
            <translation>Ҳар файл бо изи рақамии SHA-256-и худ мӯҳр шудааст. Ҳар кас баъдтар метавонад онро аз нав ҳисоб карда, бубинад, ки файл тағйир наёфтааст.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Навъ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Андоза</translation>
        </message>
        <message>
            <source>Copy fingerprint</source>
            <translation>Нусхабардории изи рақамӣ</translation>
        </message>
        <message>
            <source>Everything that happened to this item, in order. This record cannot be changed.</source>
            <translation>Ҳар он чи бо ин унсур рӯй дод, бо тартиб. Ин сабтро тағйир додан мумкин нест.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Кай</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кӣ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Чӣ</translation>
        </message>
        <message>
            <source>Which picture</source>
            <translation>Кадом тасвир</translation>
        </message>
        <message>
            <source>Chat export</source>
            <translation>Содироти чат</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Мукотиба</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Гирифта шуд</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTableModel</name>
        <message>
            <source>Exhibit</source>
            <translation>Замима</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Сарлавҳа</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сомона</translation>
        </message>
        <message>
            <source>Captured (local time)</source>
            <translation>Сабт шуд (вақти маҳаллӣ)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ҳолат</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Шахсӣ</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Мӯҳршуда</translation>
        </message>
        <message>
            <source>Not captured</source>
            <translation>Сабт нашуд</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>The page could not be captured. The reason is in the details.</source>
            <translation>Саҳифаро сабт кардан нашуд. Сабабаш дар тафсилот аст.</translation>
        </message>
        <message>
            <source>chat export</source>
            <translation>содироти чат</translation>
        </message>
        <message>
            <source>Matches a photo you are looking for</source>
            <translation>Ба акси ҷустуҷӯшавандаи шумо мувофиқ аст</translation>
        </message>
        <message>
            <source>Highlighted because a picture in this item matches a photo you are looking for. It is treated as sensitive: blurred, and left out of dossiers and bundles unless you choose to include sensitive items.</source>
            <translation>Ҷудо карда шуд, зеро тасвире дар ин сабт ба акси ҷустуҷӯшавандаи шумо мувофиқ аст. Ин сабт шахсӣ ҳисобида мешавад: хира нишон дода мешавад ва ба ҳуҷҷатномаҳо ва бастаҳо дохил намешавад, агар худатон дохил кардани сабтҳои шахсиро интихоб накунед.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>The %n item(s) I selected</source>
            <translation>
                <numerusform>Унсури интихобкардаам (%n)</numerusform>
                <numerusform>Унсурҳои интихобкардаам (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items in the case “{case}” (%n)</source>
            <translation>
                <numerusform>Ҳамаи унсурҳои парвандаи «{case}» (%n)</numerusform>
                <numerusform>Ҳамаи унсурҳои парвандаи «{case}» (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items (%n)</source>
            <translation>
                <numerusform>Ҳамаи унсурҳо (%n)</numerusform>
                <numerusform>Ҳамаи унсурҳо (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>ZIP files (*.zip)</source>
            <translation>Файлҳои ZIP (*.zip)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлҳои PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the dossier as</source>
            <translation>Ҳуҷҷатномаро чун … нигоҳ доред</translation>
        </message>
        <message>
            <source>There is nothing to put in the dossier yet.</source>
            <translation>Ҳоло чизе барои ҳуҷҷатнома нест.</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} аллакай ҳаст. Иваз кунем?</translation>
        </message>
        <message>
            <source>Making the dossier…</source>
            <translation>Ҳуҷҷатнома тартиб дода мешавад…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Қатъ кардан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Done. The dossier was saved as {path}</source>
            <translation>Тайёр. Ҳуҷҷатнома нигоҳ дошта шуд: {path}</translation>
        </message>
        <message>
            <source>Stopped. No dossier was made.</source>
            <translation>Қатъ шуд. Ҳуҷҷатнома сохта нашуд.</translation>
        </message>
        <message>
            <source>Make a dossier</source>
            <translation>Тартиби ҳуҷҷатнома</translation>
        </message>
        <message>
            <source>A dossier is a copy of your evidence for someone else: a court, a lawyer, the police or a platform. Your vault stays as it is.</source>
            <translation>Ҳуҷҷатнома нусхаи далелҳои шумо барои дигарон аст: суд, ҳуқуқшинос, пулис ё платформа. Хазинаи шумо тағйир намеёбад.</translation>
        </message>
        <message>
            <source>What to make</source>
            <translation>Чӣ тартиб диҳем</translation>
        </message>
        <message>
            <source>Court dossier (PDF)</source>
            <translation>Ҳуҷҷатнома барои суд (PDF)</translation>
        </message>
        <message>
            <source>Numbered exhibits with times, addresses and fingerprints, and a statement for you to sign.</source>
            <translation>Замимаҳои рақамгузоришуда бо вақт, суроғаҳо ва изҳои рақамӣ, ва изҳороте, ки шумо имзо мекунед.</translation>
        </message>
        <message>
            <source>Report for a platform (PDF)</source>
            <translation>Шикоят барои платформа (PDF)</translation>
        </message>
        <message>
            <source>The post addresses and ids a platform needs to remove the posts. Often the fastest way.</source>
            <translation>Суроғаҳо ва рақамҳои паёмҳо, ки платформа барои нест кардани онҳо лозим дорад. Аксаран роҳи зудтарин.</translation>
        </message>
        <message>
            <source>Bundle of originals (ZIP)</source>
            <translation>Бастаи аслҳо (ZIP)</translation>
        </message>
        <message>
            <source>The original files, sealed and signed, for a lawyer or an expert to check.</source>
            <translation>Файлҳои аслӣ, мӯҳршуда ва имзошуда, барои санҷиши ҳуқуқшинос ё коршинос.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Забон</translation>
        </message>
        <message>
            <source>Which items</source>
            <translation>Кадом унсурҳо</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Коғаз</translation>
        </message>
        <message>
            <source>Sensitive items</source>
            <translation>Унсурҳои шахсӣ</translation>
        </message>
        <message>
            <source>Include items marked sensitive</source>
            <translation>Унсурҳои шахсиро илова кунед</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Нигоҳ доштан чун</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Интихоб…</translation>
        </message>
        <message>
            <source>Make the dossier</source>
            <translation>Ҳуҷҷатномаро тартиб диҳед</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Дар ҷузвдон нишон диҳед</translation>
        </message>
        <message>
            <source>Each platform, one file each</source>
            <translation>Ҳар платформа — файли алоҳида</translation>
        </message>
        <message>
            <source>Only {platform}</source>
            <translation>Танҳо {platform}</translation>
        </message>
        <message>
            <source>Files named like {name} already exist in this folder. Replace them?</source>
            <translation>Дар ин ҷузвдон аллакай файлҳое бо номҳои монанди {name} ҳастанд. Онҳоро иваз кунем?</translation>
        </message>
        <message numerus="yes">
            <source>Done. %n file(s) were saved in {folder}: {names}</source>
            <translation>
                <numerusform>Тайёр. %n файл дар ҷузвдони {folder} нигоҳ дошта шуд: {names}</numerusform>
                <numerusform>Тайёр. %n файл дар ҷузвдони {folder} нигоҳ дошта шуд: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>E-filing</source>
            <translation>Пешниҳоди электронӣ</translation>
        </message>
        <message>
            <source>Split for e-filing, at most</source>
            <translation>Барои пешниҳоди электронӣ тақсим кардан, на зиёда аз</translation>
        </message>
        <message>
            <source> MB per file</source>
            <translation> МБ барои ҳар файл</translation>
        </message>
        <message>
            <source>Court e-filing systems limit the size of each file. The dossier is cut into volumes within this size; each has the cover and the full index, and the last one the appendices.</source>
            <translation>Системаҳои пешниҳоди электронӣ ба суд андозаи ҳар файлро маҳдуд мекунанд. Маҷмӯа ба ҷилдҳо дар доираи ҳамин андоза тақсим мешавад; ҳар ҷилд ҷилди рӯй ва рӯйхати пурраро дорад, ҷилди охирин — замимаҳоро низ.</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Платформа</translation>
        </message>
        <message>
            <source>A report goes to one platform: each file shows only that platform's posts, never the others'. Every picture in it is blurred.</source>
            <translation>Шикоят ба як платформа фиристода мешавад: ҳар файл танҳо нашрҳои ҳамон платформаро нишон медиҳад, ҳеҷ гоҳ аз дигаронро. Ҳамаи тасвирҳо дар он хира карда шудаанд.</translation>
        </message>
        <message>
            <source>Also show where imported files were on this computer</source>
            <translation>Инчунин нишон додан, ки файлҳои воридшуда дар ин компютер дар куҷо буданд</translation>
        </message>
        <message>
            <source>Off by default: folder names usually contain your name on this computer.</source>
            <translation>Бо пешфарз хомӯш аст: дар номи ҷузвдонҳо одатан номи шумо дар ин компютер ҳаст.</translation>
        </message>
        <message>
            <source>Off by default. Items you marked sensitive (for example intimate pictures) and items in which a photo you are looking for was found are left out of the bundle and blurred in the PDF. Include them only for a court or an investigator who must see them, and never send them to anyone else: in some countries even passing on such pictures can be used against you.</source>
            <translation>Бе интихоби шумо хомӯш аст: файлҳои сабтҳое, ки шахсӣ қайд кардед (масалан, тасвирҳои маҳрамона), ва сабтҳое, ки дар онҳо акси ҷустуҷӯшавандаи шумо ёфт шуд, ба баста дохил намешаванд ва дар PDF хира мешаванд. Онҳоро танҳо барои суд ё муфаттише илова кунед, ки бояд онҳоро бубинад, ва ҳеҷ гоҳ ба каси дигар нафиристед: дар баъзе кишварҳо ҳатто фиристодани чунин тасвирҳоро бар зидди худи шумо истифода бурда метавонанд.</translation>
        </message>
        <message>
            <source>This file is not locked: anyone who uses this computer can open it. Keep it on a USB stick or send it, then delete it here.</source>
            <translation>Ин файл қулф нест: ҳар касе, ки аз ин компютер истифода мебарад, онро кушода метавонад. Онро дар флешка нигоҳ доред ё фиристед, баъд аз ин ҷо нест кунед.</translation>
        </message>
        <message>
            <source>Don&apos;t say this again</source>
            <translation>Дигар ёдрас накунед</translation>
        </message>
        <message>
            <source>Save the file</source>
            <translation>Файлро нигоҳ доштан</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>Паёмҳои чат</translation>
        </message>
        <message>
            <source>Only the messages I marked</source>
            <translation>Танҳо паёмҳое, ки ман қайд кардам</translation>
        </message>
        <message>
            <source>All messages</source>
            <translation>Ҳамаи паёмҳо</translation>
        </message>
        <message>
            <source>The dossier always says how many messages the chat has. A chat in which you marked no message is shown whole.</source>
            <translation>Дар ҳуҷҷатнома ҳамеша гуфта мешавад, ки дар чат чанд паём ҳаст. Чате, ки дар он ягон паёмро қайд накардаед, пурра нишон дода мешавад.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Choose a folder for the vault</source>
            <translation>Барои хазина ҷузвдон интихоб кунед</translation>
        </message>
        <message>
            <source>Choose the folder of your vault</source>
            <translation>Ҷузвдони хазинаи худро интихоб кунед</translation>
        </message>
        <message>
            <source>Use a passphrase of several ordinary words you will remember, like a short sentence only you would think of.</source>
            <translation>Гузарвожаеро аз якчанд калимаи оддӣ истифода баред, ки дар ёд доред — масалан, ҷумлаи кӯтоҳе, ки танҳо ба фикри шумо мерасад.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n character(s). More words make it much harder to guess.</source>
            <translation>
                <numerusform>Хеле кӯтоҳ: на камтар аз %n аломат истифода баред. Калимаҳои бештар тахминро хеле душвор мекунанд.</numerusform>
                <numerusform>Хеле кӯтоҳ: на камтар аз %n аломат истифода баред. Калимаҳои бештар тахминро хеле душвор мекунанд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add a few unrelated words.</source>
            <translation>Заиф: тахмин кардан осон аст. Якчанд калимаи бо ҳам алоқаманднабударо илова кунед.</translation>
        </message>
        <message>
            <source>Fair: one or two more words would make it much stronger.</source>
            <translation>Миёна: боз як-ду калима онро хеле боэътимодтар мекунад.</translation>
        </message>
        <message>
            <source>Good: hard to guess.</source>
            <translation>Хуб: тахмин кардан душвор аст.</translation>
        </message>
        <message>
            <source>Strong: very hard to guess. Make sure you will remember it.</source>
            <translation>Боэътимод: тахмин кардан хеле душвор аст. Боварӣ ҳосил кунед, ки онро дар ёд медоред.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Хуш омадед</translation>
        </message>
        <message>
            <source>This app keeps copies of abusive posts as sealed evidence: each page or file is saved with the time and a fingerprint (SHA-256) that shows later that nothing was changed. Everything is kept in an encrypted vault on this computer that only your passphrase opens.</source>
            <translation>Ин барнома нусхаҳои паёмҳои таҳқиромезро ҳамчун далели мӯҳршуда нигоҳ медорад: ҳар саҳифа ё файл бо вақт ва изи рақамӣ (SHA-256) сабт мешавад, ки баъдтар нишон медиҳад, ки ҳеҷ чиз тағйир наёфтааст. Ҳама чиз дар хазинаи рамзгузоришуда дар ҳамин компютер нигоҳ дошта мешавад, ки онро танҳо гузарвожаи шумо мекушояд.</translation>
        </message>
        <message>
            <source>The vault will be created here:</source>
            <translation>Хазина дар ин ҷо сохта мешавад:</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Ҷузвдони дигарро интихоб кунед…</translation>
        </message>
        <message>
            <source>Open an existing vault…</source>
            <translation>Хазинаи мавҷударо кушоед…</translation>
        </message>
        <message>
            <source>Use a neutral window title and icon (“Notes”)</source>
            <translation>Номи равзана ва нишонаи бетараф («Қайдҳо»)</translation>
        </message>
        <message>
            <source>Useful on a shared computer: the window and the taskbar will not say “evidence”.</source>
            <translation>Дар компютери муштарак муфид аст: на равзана ва на панели вазифаҳо калимаи «далел»-ро нишон намедиҳанд.</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Гузарвожа интихоб кунед</translation>
        </message>
        <message>
            <source>The passphrase opens your vault. Nobody can open the vault without it, not even us. Do not use a password that someone close to you might know.</source>
            <translation>Гузарвожа хазинаи шуморо мекушояд. Бе он ҳеҷ кас онро кушода наметавонад, ҳатто мо. Гузарвожаеро истифода набаред, ки касе аз наздикон шояд донад.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Гузарвожа</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Онро боз як бор ворид кунед</translation>
        </message>
        <message>
            <source>Show what I type</source>
            <translation>Он чи ворид мекунам, нишон дода шавад</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>Номи шумо (ихтиёрӣ)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Бозгашт</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Хазинаро созед</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Калиди барқарорсозии шумо</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, this key opens the vault instead. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</source>
            <translation>Агар гузарвожаро фаромӯш кунед, ин калид хазинаро ба ҷои он мекушояд. Он танҳо як бор нишон дода мешавад. Онро дар коғаз нависед ва дар ҷои бехатар, дуртар аз ин компютер нигоҳ доред.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Нусха бардоштан</translation>
        </message>
        <message>
            <source>Anyone who has this key and this computer can open the vault. If you copy it, paste it somewhere safe; the quick exit clears it from the clipboard.</source>
            <translation>Ҳар кас, ки ин калид ва ин компютерро дорад, хазинаро кушода метавонад. Агар онро нусха бардоред, дар ҷои бехатар гузоред; баромади фаврӣ онро аз хотираи муваққатӣ пок мекунад.</translation>
        </message>
        <message>
            <source>I have saved my recovery key</source>
            <translation>Ман калиди барқарорсозиро нигоҳ доштам</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Идома</translation>
        </message>
        <message>
            <source>It is written next to each saved item and in documents, as the person who collected it. If you leave it empty, documents say “not given”. You can change it later in Settings.</source>
            <translation>Он дар назди ҳар унсури сабтшуда ва дар ҳуҷҷатҳо ҳамчун номи шахсе, ки онро ҷамъ овардааст, навишта мешавад. Агар холӣ монед, дар ҳуҷҷатҳо «нишон дода нашудааст» навишта мешавад. Баъдтар дар Танзимот иваз кардан мумкин аст.</translation>
        </message>
        <message>
            <source>Create a vault…</source>
            <translation>Сохтани хазина…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Барқарор кардан аз нусхаи эҳтиётӣ…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Кӯмак</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Where to get help&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tajikistan:&lt;/b&gt; the free hotline &lt;b&gt;1313&lt;/b&gt; for women facing violence (please check that it is still running before you rely on it).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Access Now Digital Security Helpline&lt;/b&gt; helps with hacked accounts, leaked photos and online threats, free of charge, also in Russian: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;If you are in danger now, call the police or someone you trust.&lt;/p&gt;&lt;h3&gt;Quick exit&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;{keys}&lt;/b&gt; or the Quick exit button at any moment. The window disappears, the vault locks and the app closes. Everything you saved stays safe.&lt;/p&gt;&lt;h3&gt;What the words mean&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sealed&lt;/b&gt;: the page or file was saved with its time and a fingerprint (SHA-256). If even one letter changed later, the fingerprint would not match.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vault&lt;/b&gt;: the encrypted folder on this computer where everything is kept. Only your passphrase or your recovery key opens it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Record&lt;/b&gt; (history): every action on your evidence is written down in order and cannot be changed afterwards. Courts call this the chain of custody.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sensitive&lt;/b&gt;: items you marked as intimate or very private. They are blurred here and left out of dossiers unless you choose otherwise.&lt;/p&gt;&lt;h3&gt;Good to know&lt;/h3&gt;&lt;p&gt;Pictures are blurred until you click “Show the picture”. The vault locks by itself when the computer is left alone for a while.&lt;/p&gt;&lt;p&gt;A dossier you make yourself is your own statement, not an official document. A notary or the police can make an official record of the pages; the dossier explains how.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Аз куҷо кӯмак гирифтан мумкин&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Тоҷикистон:&lt;/b&gt; хати боварии ройгони &lt;b&gt;1313&lt;/b&gt; барои заноне, ки бо зӯроварӣ рӯ ба рӯ шудаанд (пеш аз такя кардан санҷед, ки он ҳоло ҳам кор мекунад).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Хати кӯмаки амнияти рақамии Access Now&lt;/b&gt; бо ҳисобҳои рахнашуда, суратҳои фошшуда ва таҳдидҳои интернетӣ ройгон кӯмак мекунад, бо забони русӣ низ: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Агар ҳозир дар хатар бошед, ба пулис ё ба шахси боэътимоди худ занг занед.&lt;/p&gt;&lt;h3&gt;Баромади фаврӣ&lt;/h3&gt;&lt;p&gt;Дар ҳар лаҳза &lt;b&gt;{keys}&lt;/b&gt; ё тугмаи «Баромади фаврӣ»-ро пахш кунед. Равзана нопадид мешавад, хазина қулф мешавад ва барнома баста мешавад. Ҳар он чи сабт кардед, бехатар мемонад.&lt;/p&gt;&lt;h3&gt;Маънои калимаҳо&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Мӯҳршуда&lt;/b&gt;: саҳифа ё файл бо вақташ ва изи рақамӣ (SHA-256) сабт шудааст. Агар баъдтар ҳатто як ҳарф тағйир ёбад, изи рақамӣ мувофиқ намеояд.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Хазина&lt;/b&gt;: ҷузвдони рамзгузоришуда дар ҳамин компютер, ки ҳама чиз дар он нигоҳ дошта мешавад. Онро танҳо гузарвожа ё калиди барқарорсозии шумо мекушояд.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Сабт&lt;/b&gt; (таърих): ҳар амал бо далелҳои шумо бо тартиб навишта мешавад ва баъдан тағйир дода намешавад. Судҳо инро занҷири нигаҳдорӣ меноманд.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Шахсӣ&lt;/b&gt;: унсурҳое, ки шумо маҳрамона ё хеле шахсӣ қайд кардед. Дар ин ҷо онҳо хира нишон дода мешаванд ва ба ҳуҷҷатнома дохил намешаванд, агар худатон тасмими дигар нагиред.&lt;/p&gt;&lt;h3&gt;Донистан муфид аст&lt;/h3&gt;&lt;p&gt;Тасвирҳо то он даме, ки «Тасвирро нишон диҳед»-ро пахш накунед, хира мемонанд. Агар компютер муддате бекор монад, хазина худ ба худ қулф мешавад.&lt;/p&gt;&lt;p&gt;Ҳуҷҷатномае, ки худатон тартиб додед, изҳороти худи шумост, на ҳуҷҷати расмӣ. Нотариус ё пулис метавонанд саҳифаҳоро расман сабт кунанд; ҳуҷҷатнома тарзи онро мефаҳмонад.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>No picture for this item.</source>
            <translation>Ин унсур тасвир надорад.</translation>
        </message>
        <message>
            <source>The picture is shown. It will be blurred again when you choose another item.</source>
            <translation>Тасвир нишон дода шуд. Вақте ки унсури дигарро интихоб кунед, он боз хира мешавад.</translation>
        </message>
        <message>
            <source>The picture is blurred so that nobody sees it by accident. Showing it is noted in the vault's record.</source>
            <translation>Тасвир хира карда шудааст, то касе онро тасодуфан набинад. Нишон додани он дар сабти хазина қайд мешавад.</translation>
        </message>
        <message>
            <source>Show the picture</source>
            <translation>Тасвирро нишон диҳед</translation>
        </message>
        <message>
            <source>Blur again</source>
            <translation>Боз хира кунед</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Аз рӯи паҳнӣ</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Андозаи аслӣ</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Калон кардан</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Хурд кардан</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>All evidence</source>
            <translation>Ҳамаи далелҳо</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n item(s) shown</source>
            <translation>
                <numerusform>{shown} аз %n нишон дода шуд</numerusform>
                <numerusform>{shown} аз %n нишон дода шуд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>Интихоб шуд: %n</numerusform>
                <numerusform>Интихоб шуд: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving pages: %n still to do</source>
            <translation>
                <numerusform>Сабти саҳифаҳо: %n боқӣ монд</numerusform>
                <numerusform>Сабти саҳифаҳо: %n боқӣ монд</numerusform>
            </translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Парвандаи нав</translation>
        </message>
        <message>
            <source>A name for the case (for example the channel, the person or the date):</source>
            <translation>Номи парванда (масалан, канал, шахс ё сана):</translation>
        </message>
        <message>
            <source>Rename the case</source>
            <translation>Иваз кардани номи парванда</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Номи нав:</translation>
        </message>
        <message>
            <source>Choose files to add</source>
            <translation>Файлҳоро барои илова интихоб кунед</translation>
        </message>
        <message>
            <source>Choose a folder to add</source>
            <translation>Ҷузвдонро барои илова интихоб кунед</translation>
        </message>
        <message>
            <source>Files are still being added. Please wait a moment.</source>
            <translation>Файлҳо ҳоло илова мешаванд. Каме сабр кунед.</translation>
        </message>
        <message>
            <source>Adding {name}…</source>
            <translation>{name} илова мешавад…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added.</source>
            <translation>
                <numerusform>%n файл илова шуд.</numerusform>
                <numerusform>%n файл илова шуд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: {name} — {reason}</source>
            <translation>Илова нашуд: {name} — {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) skipped (links or special files).</source>
            <translation>
                <numerusform>%n файл гузаронида шуд (пайвандҳо ё файлҳои махсус).</numerusform>
                <numerusform>%n файл гузаронида шуд (пайвандҳо ё файлҳои махсус).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n file(s); each one is sealed.</source>
            <translation>
                <numerusform>%n файл илова шуд; он мӯҳр шудааст.</numerusform>
                <numerusform>%n файл илова шуд; ҳар кадом мӯҳр шудааст.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving pages is not available in this copy of the app.</source>
            <translation>Сабти саҳифаҳо дар ин нусхаи барнома дастрас нест.</translation>
        </message>
        <message>
            <source>Save links</source>
            <translation>Сабти пайвандҳо</translation>
        </message>
        <message>
            <source>Save pages from their links (Telegram, Instagram, YouTube…)</source>
            <translation>Сабти саҳифаҳо аз рӯи пайвандҳояшон (Telegram, Instagram, YouTube…)</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Илова кардани файлҳо</translation>
        </message>
        <message>
            <source>Add screenshots, videos or chat exports you already have. You can also drop them on this window.</source>
            <translation>Скриншотҳо, видеоҳо ё содироти чатҳоеро, ки аллакай доред, илова кунед. Онҳоро ба ин равзана кашидан ҳам мумкин аст.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Илова кардани файлҳо…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Илова кардани ҷузвдон…</translation>
        </message>
        <message>
            <source>Add every file in a folder and its subfolders, for example a phone's screenshots or a chat export.</source>
            <translation>Ҳамаи файлҳои ҷузвдон ва зерҷузвдонҳои онро илова кунед, масалан аксҳои экрани телефон ё содироти чат.</translation>
        </message>
        <message>
            <source>Make a dossier</source>
            <translation>Тартиби ҳуҷҷатнома</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Санҷиш</translation>
        </message>
        <message>
            <source>Check that nothing in the vault was changed</source>
            <translation>Санҷед, ки дар хазина ҳеҷ чиз тағйир наёфтааст</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Танзимот</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Кӯмак</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Қулф</translation>
        </message>
        <message>
            <source>Lock the vault now; your passphrase opens it again</source>
            <translation>Хазинаро ҳозир қулф кунед; гузарвожа онро боз мекушояд</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Парвандаҳо</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Парвандаи нав…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Иваз кардани ном…</translation>
        </message>
        <message>
            <source>Search titles, sites, links and notes</source>
            <translation>Ҷустуҷӯ дар сарлавҳаҳо, сомонаҳо, пайвандҳо ва қайдҳо</translation>
        </message>
        <message>
            <source>Nothing saved yet. Click “Save links” to save pages from their addresses, or drop screenshots and other files here.</source>
            <translation>Ҳоло ҳеҷ чиз сабт нашудааст. Барои сабти саҳифаҳо аз рӯи суроғаашон «Сабти пайвандҳо»-ро пахш кунед ё скриншотҳо ва дигар файлҳоро ба ин ҷо кашед.</translation>
        </message>
        <message>
            <source>Stop adding</source>
            <translation>Қатъи илова</translation>
        </message>
        <message>
            <source>A photo you are looking for appeared on a watched page: {exhibit} ({name}) matches {reference}. Nothing is shown until you choose to see it.</source>
            <translation>Акси ҷустуҷӯшавандаи шумо дар саҳифаи зери назорат пайдо шуд: {exhibit} ({name}) ба {reference} мувофиқ аст. То худатон нахоҳед, ҳеҷ чиз нишон дода намешавад.</translation>
        </message>
        <message>
            <source>Show side by side</source>
            <translation>Паҳлуи ҳам нишон додан</translation>
        </message>
        <message>
            <source>Watched pages</source>
            <translation>Саҳифаҳои зери назорат</translation>
        </message>
        <message>
            <source>Pages saved again and again, with what changed each time</source>
            <translation>Саҳифаҳое, ки такроран сабт мешаванд, бо тағйироти ҳар дафъа</translation>
        </message>
        <message>
            <source>Photos to look for</source>
            <translation>Аксҳо барои ҷустуҷӯ</translation>
        </message>
        <message>
            <source>Be told when a photo of you appears in a page you save</source>
            <translation>Огоҳ шудан, вақте ки акси шумо дар саҳифаи сабтшуда пайдо мешавад</translation>
        </message>
        <message>
            <source>Show the match side by side</source>
            <translation>Мувофиқатро паҳлуи ҳам нишон додан</translation>
        </message>
        <message>
            <source>Send to my lawyer</source>
            <translation>Ба адвокатам фиристодан</translation>
        </message>
        <message>
            <source>Save the case encrypted to your lawyer's key, safe to send by any messenger; or receive a case sent to this vault</source>
            <translation>Парвандаро бо калиди адвокататон рамзгузорӣ карда нигоҳ доред — онро бо ҳар паёмрасон фиристодан мумкин аст; ё парвандаеро, ки ба ин хазина фиристода шудааст, қабул кунед</translation>
        </message>
        <message>
            <source>Send to my lawyer…</source>
            <translation>Ба адвокатам фиристодан…</translation>
        </message>
        <message>
            <source>Receive a case…</source>
            <translation>Қабули парванда…</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>New passphrase</source>
            <translation>Гузарвожаи нав</translation>
        </message>
        <message>
            <source>You opened the vault with the recovery key. Choose a new passphrase now; your recovery key keeps working.</source>
            <translation>Шумо хазинаро бо калиди барқарорсозӣ кушодед. Ҳозир гузарвожаи нав интихоб кунед; калиди барқарорсозӣ кор карданро идома медиҳад.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Иваз кардани гузарвожа</translation>
        </message>
        <message>
            <source>Choose a new passphrase if someone may have seen or guessed the old one. Your saved evidence stays as it is, and your recovery key keeps working.</source>
            <translation>Агар касе гузарвожаи кӯҳнаро дида ё тахмин карда бошад, гузарвожаи нав интихоб кунед. Далелҳои сабтшуда ҳамон тавр мемонанд ва калиди барқарорсозӣ кор карданро идома медиҳад.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Баъдтар</translation>
        </message>
        <message>
            <source>Save the new passphrase</source>
            <translation>Гузарвожаи навро нигоҳ доред</translation>
        </message>
    </context>
    <context>
        <name>QuickExitButton</name>
        <message>
            <source>Quick exit ({keys})</source>
            <translation>Баромади фаврӣ ({keys})</translation>
        </message>
        <message>
            <source>Hides this window at once, locks the vault and closes the app.</source>
            <translation>Равзанаро фавран пинҳон мекунад, хазинаро қулф ва барномаро мебандад.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Copy</source>
            <translation>Нусха бардоштан</translation>
        </message>
        <message>
            <source>Printed {time} (UTC).</source>
            <translation>Чоп шуд: {time} (UTC).</translation>
        </message>
        <message>
            <source>To check a bundle:</source>
            <translation>Барои санҷидани баста:</translation>
        </message>
        <message>
            <source>Print the vault fingerprint</source>
            <translation>Чопи изи хазина</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Ба чопгар фиристода шуд.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Нусха бардошта шуд.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Чоп кардан…</translation>
        </message>
        <message>
            <source>One address per line. After each item is sealed, only a SHA-256 hash of its record is sent to these time-stamping services (RFC 3161), never a file, an address or a name; they sign the time at which it existed. Leave the list empty to send nothing.</source>
            <translation>Дар ҳар сатр як суроға. Пас аз мӯҳр задани ҳар унсур ба ин хадамоти тамғаи вақт (RFC 3161) танҳо хеши SHA-256-и сабти он фиристода мешавад — ҳеҷ гоҳ файл, суроға ё ном не; онҳо вақтеро, ки сабт вуҷуд дошт, имзо мекунанд. Барои ҳеҷ чиз нафиристодан рӯйхатро холӣ монед.</translation>
        </message>
        <message>
            <source>Trusted time services</source>
            <translation>Хадамоти вақти боэътимод</translation>
        </message>
        <message>
            <source>Choose the browser program</source>
            <translation>Барномаи браузерро интихоб кунед</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Танзимот</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Номи шумо</translation>
        </message>
        <message>
            <source>Written in the record as the person who collected each item.</source>
            <translation>Дар сабт ҳамчун номи шахсе, ки ҳар унсурро ҷамъ овардааст, навишта мешавад.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Забон</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Браузер</translation>
        </message>
        <message>
            <source>Found automatically (Chrome, Chromium or Edge)</source>
            <translation>Худкор ёфта мешавад (Chrome, Chromium ё Edge)</translation>
        </message>
        <message>
            <source>No browser program was found at {path}. Choose the program file of Chrome, Chromium or Edge, or leave the field empty to find one automatically.</source>
            <translation>Барномаи браузер дар роҳи {path} ёфт нашуд. Файли барномаи Chrome, Chromium ё Edge-ро интихоб кунед ё майдонро холӣ гузоред, то браузер худкор ёфта шавад.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Интихоб…</translation>
        </message>
        <message>
            <source>Time limit per page</source>
            <translation>Вақт барои як саҳифа</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> сония</translation>
        </message>
        <message>
            <source>Lock when idle after</source>
            <translation>Ҳангоми бекорӣ қулф кардан баъд аз</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> дақиқа</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ҳеҷ гоҳ</translation>
        </message>
        <message>
            <source>Neutral window title and icon (“Notes”)</source>
            <translation>Номи равзана ва нишонаи бетараф («Қайдҳо»)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Гузарвожа</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Иваз кардани гузарвожа…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Нигоҳ доштан</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Калидҳо</translation>
        </message>
        <message>
            <source>Change every key…</source>
            <translation>Ҳамаи калидҳоро иваз кардан…</translation>
        </message>
        <message>
            <source>Changing the passphrase protects you if someone may learn the old one later. If someone may already have seen your passphrase or recovery key, or used this computer while the vault was open, change every key: every file is written again under new keys, you get a new recovery key, and the old passphrase and recovery key stop working.</source>
            <translation>Иваз кардани гузарвожа шуморо муҳофизат мекунад, агар касе баъдтар гузарвожаи кӯҳнаро фаҳмад. Агар касе аллакай гузарвожа ё калиди барқарорсозии шуморо дида бошад ё ҳангоми кушода будани хазина аз ин компютер истифода бурда бошад, ҳамаи калидҳоро иваз кунед: ҳамаи файлҳо бо калидҳои нав аз нав навишта мешаванд, шумо калиди барқарорсозии нав мегиред ва гузарвожа ва калиди барқарорсозии кӯҳна дигар кор намекунанд.</translation>
        </message>
        <message>
            <source>Vault fingerprint</source>
            <translation>Изи хазина</translation>
        </message>
        <message>
            <source>Give this to your lawyer on paper, separately from the bundle. With it they can check that a bundle really comes from your vault: a fingerprint inside a bundle proves nothing on its own.</source>
            <translation>Инро дар коғаз, алоҳида аз баста, ба адвокати худ диҳед. Бо он метавон санҷид, ки баста воқеан аз хазинаи шумост: изи дохили баста худ аз худ чизеро исбот намекунад.</translation>
        </message>
        <message>
            <source>Proxy for captures</source>
            <translation>Прокси барои сабт</translation>
        </message>
        <message>
            <source>None: pages are opened directly</source>
            <translation>Нест: саҳифаҳо бевосита кушода мешаванд</translation>
        </message>
        <message>
            <source>Use Tor</source>
            <translation>Tor-ро истифода бурдан</translation>
        </message>
        <message>
            <source>Every request of a capture goes through this proxy (http://, https:// or socks5://). A capture through Tor (socks5://127.0.0.1:9050, with Tor running on this computer) hides your internet address from the site: it sees an address of the Tor network instead.</source>
            <translation>Ҳамаи дархостҳои сабт тавассути ин прокси мегузаранд (http://, https:// ё socks5://). Сабт тавассути Tor (socks5://127.0.0.1:9050, вақте ки Tor дар ин компютер фаъол аст) суроғаи интернетии шуморо аз сомона пинҳон мекунад: ба ҷои он сомона суроғаи шабакаи Tor-ро мебинад.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Ҳисобҳо</translation>
        </message>
        <message>
            <source>Accounts for captures…</source>
            <translation>Ҳисобҳо барои сабти саҳифаҳо…</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Ин компютер</translation>
        </message>
        <message>
            <source>Delete this vault from this computer now</source>
            <translation>Ин хазинаро ҳозир аз ин компютер нест кардан</translation>
        </message>
        <message>
            <source>Wrong passphrases allowed</source>
            <translation>Гузарвожаҳои нодурусти иҷозатдодашуда</translation>
        </message>
        <message>
            <source>then wait</source>
            <translation>баъд интизорӣ</translation>
        </message>
        <message>
            <source>After this many wrong passphrases or recovery keys in a row, each further try must wait, twice as long each time, up to one hour. Nothing is ever deleted because of wrong tries.</source>
            <translation>Пас аз ин қадар гузарвожа ё калиди барқарорсозии нодуруст пай дар пай ҳар кӯшиши навбатӣ бояд интизор шавад, ҳар дафъа ду баробар дарозтар, то як соат. Бо сабаби кӯшишҳои нодуруст ҳеҷ гоҳ ҳеҷ чиз нест карда намешавад.</translation>
        </message>
        <message>
            <source>Key for receiving evidence</source>
            <translation>Калид барои гирифтани далелҳо</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Нусхаҳои эҳтиётӣ</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Нусхаҳои эҳтиётӣ…</translation>
        </message>
        <message>
            <source>Copies of the vault on a USB stick, a cloud folder or an rclone remote, so that your evidence outlives this computer.</source>
            <translation>Нусхаҳои хазина дар флешка, ҷузвдони абрӣ ё хазинаи дурдасти rclone, то далелҳои шумо аз ин компютер бештар умр бинанд.</translation>
        </message>
    </context>
    <context>
        <name>Style</name>
        <message>
            <source>Notes</source>
            <translation>Қайдҳо</translation>
        </message>
        <message>
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Choose the folder of your vault</source>
            <translation>Ҷузвдони хазинаи худро интихоб кунед</translation>
        </message>
        <message>
            <source>Open your vault</source>
            <translation>Хазинаи худро кушоед</translation>
        </message>
        <message>
            <source>Type your recovery key, the groups of letters you saved when the vault was created.</source>
            <translation>Калиди барқарорсозиро ворид кунед — гурӯҳҳои аломатҳое, ки ҳангоми сохтани хазина нигоҳ доштед.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Калиди барқарорсозӣ</translation>
        </message>
        <message>
            <source>Use my passphrase instead</source>
            <translation>Ба ҷояш гузарвожаро истифода барам</translation>
        </message>
        <message>
            <source>Type your passphrase to see your saved evidence.</source>
            <translation>Барои дидани далелҳои сабтшуда гузарвожаро ворид кунед.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Гузарвожа</translation>
        </message>
        <message>
            <source>I forgot my passphrase: use the recovery key</source>
            <translation>Гузарвожаро фаромӯш кардам: бо калиди барқарорсозӣ кушоям</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>Opening… this takes a moment on purpose, to slow down anyone guessing.</source>
            <translation>Кушода мешавад… ин қасдан каме вақт мегирад, то тахминзаниро душвор кунад.</translation>
        </message>
        <message>
            <source>Vault: {path}</source>
            <translation>Хазина: {path}</translation>
        </message>
        <message>
            <source>Open another vault…</source>
            <translation>Хазинаи дигарро кушоед…</translation>
        </message>
        <message>
            <source>Create a new vault…</source>
            <translation>Хазинаи нав созед…</translation>
        </message>
        <message>
            <source>Need help? In Tajikistan, the free hotline 1313 (please check it is still running). Access Now Digital Security Helpline, also in Russian: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;</source>
            <translation>Кӯмак лозим аст? Дар Тоҷикистон — хати боварии ройгони 1313 (санҷед, ки ҳоло кор мекунад). Хати кӯмаки амнияти рақамии Access Now, бо забони русӣ низ: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Too many wrong tries in a row. To slow down guessing, the next try must wait: {time}. Nothing was tried and nothing was deleted.</source>
            <translation>Кӯшишҳои нодуруст пай дар пай аз ҳад зиёданд. Барои суст кардани тахмин кӯшиши навбатӣ бояд интизор шавад: {time}. Ҳеҷ чиз санҷида нашуд ва ҳеҷ чиз нест карда нашуд.</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Барқарор кардан аз нусхаи эҳтиётӣ…</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>All is well. {items} and {entries} were read back and nothing was changed.</source>
            <comment>{items}: 3 items, {entries}: 12 record entries</comment>
            <translation>Ҳама чиз хуб аст. {items} ва {entries} аз нав хонда шуданд ва ҳеҷ чиз тағйир наёфтааст.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n унсур</numerusform>
                <numerusform>%n унсур</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record entry(s)</source>
            <translation>
                <numerusform>%n сабти таърих</numerusform>
                <numerusform>%n сабти таърих</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. The items below may have been changed or damaged. Keep this computer and the vault as they are and ask someone you trust for help.</source>
            <translation>
                <numerusform>Мушкилот ёфт шуд: %n. Унсурҳои зерин шояд тағйир ёфта ё осеб дида бошанд. Компютер ва хазинаро ҳамон тавре ки ҳаст гузоред ва аз шахси боэътимод кӯмак пурсед.</numerusform>
                <numerusform>Мушкилот ёфт шуд: %n. Унсурҳои зерин шояд тағйир ёфта ё осеб дида бошанд. Компютер ва хазинаро ҳамон тавре ки ҳаст гузоред ва аз шахси боэътимод кӯмак пурсед.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check stopped before the end.</source>
            <translation>Санҷиш пеш аз анҷом қатъ шуд.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Қатъ кардан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Check the vault</source>
            <translation>Санҷиши хазина</translation>
        </message>
        <message>
            <source>Every sealed file and every entry of the record is read back and compared with its fingerprint. This can take a while; you can keep working.</source>
            <translation>Ҳар файли мӯҳршуда ва ҳар сабти таърих аз нав хонда ва бо изи рақамиаш муқоиса карда мешавад. Ин шояд каме вақт гирад; метавонед корро идома диҳед.</translation>
        </message>
    </context>
    <context>
        <name>_Screen</name>
        <message>
            <source>If someone comes near, press {keys} or the Quick exit button: the window disappears at once, the vault locks and the app closes. Nothing you saved is lost.</source>
            <translation>Агар касе наздик ояд, {keys} ё тугмаи «Баромади фаврӣ»-ро пахш кунед: равзана фавран нопадид мешавад, хазина қулф ва барнома баста мешавад. Ҳеҷ чизи сабтшуда гум намешавад.</translation>
        </message>
    </context>
    <context>
        <name>ChatModel</name>
        <message>
            <source>When (UTC / as the phone showed it)</source>
            <translation>Кай (UTC / чунон ки телефон нишон дод)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>When (UTC / this computer)</source>
            <translation>Кай (UTC / ин компютер)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Аз кӣ</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Паём</translation>
        </message>
        <message>
            <source>service message</source>
            <translation>паёми хидматӣ</translation>
        </message>
        <message>
            <source>forwarded from {name}</source>
            <translation>аз {name} фиристода шуд</translation>
        </message>
        <message>
            <source>reply to message {id}</source>
            <translation>ҷавоб ба паёми {id}</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>таҳрир шуд</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>нест карда шуд</translation>
        </message>
        <message>
            <source>[{kind}: {name}]</source>
            <translation>[{kind}: {name}]</translation>
        </message>
        <message>
            <source>no time in the export</source>
            <translation>дар содирот вақт нест</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Telegram id {id}</source>
            <translation>Рамз дар Telegram {id}</translation>
        </message>
        <message>
            <source>{messages}, {files}, {gaps}</source>
            <comment>a chat's counts: 5 messages, 2 files, 0 gaps</comment>
            <translation>{messages}, {files}, {gaps}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n паём</numerusform>
                <numerusform>%n паём</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файл</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n холигӣ</numerusform>
                <numerusform>%n холигӣ</numerusform>
            </translation>
        </message>
        <message>
            <source>Times: UTC from Telegram's own time stamps.</source>
            <translation>Вақт: UTC аз рӯи қайдҳои вақти худи Telegram.</translation>
        </message>
        <message>
            <source>Times: written by the phone without a zone; read in {zone}, as you stated.</source>
            <translation>Вақт: телефон бе минтақа навиштааст; дар минтақаи {zone} хонда шуд, чунон ки шумо нишон додед.</translation>
        </message>
        <message>
            <source>Times: written by the phone without a zone; read in {zone}, this computer's zone.</source>
            <translation>Вақт: телефон бе минтақа навиштааст; дар минтақаи {zone} — минтақаи ҳамин компютер хонда шуд.</translation>
        </message>
        <message>
            <source>{shown} · {marked}</source>
            <comment>the chat's counts: 3 of 10 messages shown · 2 marked</comment>
            <translation>{shown} · {marked}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n message(s) shown</source>
            <translation>
                <numerusform>{shown} аз %n нишон дода шуд</numerusform>
                <numerusform>{shown} аз %n нишон дода шуд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked</source>
            <translation>
                <numerusform>%n қайд шуд</numerusform>
                <numerusform>%n қайд шуд</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening the picture…</source>
            <translation>Тасвир кушода мешавад…</translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Ин тасвирро дар ин ҷо нишон додан ғайриимкон аст. Он дар хазина бе тағйир нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>Search this chat (words, a sender, a message number)</source>
            <translation>Ҷустуҷӯ дар ин чат (калимаҳо, фиристанда, рақами паём)</translation>
        </message>
        <message>
            <source>Only marked</source>
            <translation>Танҳо қайдшудаҳо</translation>
        </message>
        <message>
            <source>Exhibit these</source>
            <translation>Ҳамчун далел қайд кардан</translation>
        </message>
        <message>
            <source>Mark the chosen messages as the ones that matter. The dossier then shows them; the mark is recorded and the sealed chat never changes.</source>
            <translation>Паёмҳои интихобшударо ҳамчун муҳим қайд кунед. Маҷмӯа маҳз онҳоро нишон медиҳад; қайд сабт мешавад ва чати мӯҳршуда ҳеҷ гоҳ тағйир намеёбад.</translation>
        </message>
        <message>
            <source>Unmark</source>
            <translation>Қайдро бардоштан</translation>
        </message>
    </context>
    <context>
        <name>ZoneDialog</name>
        <message>
            <source>Dushanbe</source>
            <translation>Душанбе</translation>
        </message>
        <message>
            <source>Moscow</source>
            <translation>Маскав</translation>
        </message>
        <message>
            <source>Tashkent</source>
            <translation>Тошкент</translation>
        </message>
        <message>
            <source>Almaty</source>
            <translation>Алмаато</translation>
        </message>
        <message>
            <source>Bishkek</source>
            <translation>Бишкек</translation>
        </message>
        <message>
            <source>Istanbul</source>
            <translation>Истанбул</translation>
        </message>
        <message>
            <source>Berlin</source>
            <translation>Берлин</translation>
        </message>
        <message>
            <source>London</source>
            <translation>Лондон</translation>
        </message>
        <message>
            <source>New York</source>
            <translation>Ню-Йорк</translation>
        </message>
        <message>
            <source>{zone} — this computer's zone</source>
            <translation>{zone} — минтақаи ҳамин компютер</translation>
        </message>
        <message>
            <source>Other…</source>
            <translation>Дигар…</translation>
        </message>
        <message>
            <source>Choose the city whose time the phone showed. The first choice is this computer's zone; “Other…” lists every time zone.</source>
            <translation>Шаҳреро интихоб кунед, ки вақти онро телефон нишон медод. Аввал минтақаи ҳамин компютер интихоб шудааст; «Дигар…» ҳамаи минтақаҳои вақтро нишон медиҳад.</translation>
        </message>
        <message>
            <source>Time zone of the chat</source>
            <translation>Минтақаи вақти чат</translation>
        </message>
        <message>
            <source>WhatsApp writes each message's time as the phone showed it, without a time zone. In which time zone was the phone? Evidence Kit records your answer as stated by you.</source>
            <translation>WhatsApp вақти ҳар паёмро чунон ки телефон нишон медод, бе минтақаи вақт менависад. Телефон дар кадом минтақаи вақт буд? Evidence Kit ҷавоби шуморо ҳамчун нишондодаи шумо сабт мекунад.</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>Change every key</source>
            <translation>Ҳамаи калидҳоро иваз кардан</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Нусха бардоштан</translation>
        </message>
        <message>
            <source>I have written the new recovery key down</source>
            <translation>Ман калиди барқарорсозии навро навиштам</translation>
        </message>
        <message>
            <source>Lock the vault and open it with the new passphrase</source>
            <translation>Хазинаро қулф карда, бо гузарвожаи нав кушодан</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Ин тасвирро дар ин ҷо нишон додан мумкин нест. Он дар хазина бетағйир нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>A photo you are looking for was found</source>
            <translation>Акси ҷустуҷӯшавандаи шумо ёфт шуд</translation>
        </message>
        <message>
            <source>{name}, at {s} s</source>
            <translation>{name}, дар сонияи {s}</translation>
        </message>
        <message>
            <source>Found: {exhibit} — {name}</source>
            <translation>Ёфт шуд: {exhibit} — {name}</translation>
        </message>
        <message>
            <source>Your photo: {exhibit}</source>
            <translation>Акси шумо: {exhibit}</translation>
        </message>
        <message numerus="yes">
            <source>%n of 256 bits of their fingerprints differ (a match is {limit} or fewer); picture quality {quality} of 100.</source>
            <translation>
                <numerusform>Изҳои рақамии онҳо дар %n аз 256 бит фарқ мекунанд (мувофиқат — {limit} ё камтар); сифати тасвир {quality} аз 100.</numerusform>
                <numerusform>Изҳои рақамии онҳо дар %n аз 256 бит фарқ мекунанд (мувофиқат — {limit} ё камтар); сифати тасвир {quality} аз 100.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
    </context>
    <context>
        <name>ReferencesDialog</name>
        <message>
            <source>{name}, at {s} s</source>
            <translation>{name}, дар сонияи {s}</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) still being fingerprinted; matches among them will show when that is done.</source>
            <translation>
                <numerusform>Барои %n тасвир ҳанӯз изҳои рақамӣ сохта мешаванд; мувофиқатҳо дар байни онҳо баъд аз анҷоми кор пайдо мешаванд.</numerusform>
                <numerusform>Барои %n тасвир ҳанӯз изҳои рақамӣ сохта мешаванд; мувофиқатҳо дар байни онҳо баъд аз анҷоми кор пайдо мешаванд.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) compared.</source>
            <translation>
                <numerusform>%n тасвир муқоиса шуд.</numerusform>
                <numerusform>%n тасвир муқоиса шуд.</numerusform>
            </translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Ин тасвирро дар ин ҷо нишон додан мумкин нест. Он дар хазина бетағйир нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>Choose the photos or videos to look for</source>
            <translation>Акс ё видеоҳоро барои ҷустуҷӯ интихоб кунед</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added. They are looked for in every page you save.</source>
            <translation>
                <numerusform>%n файл илова шуд. Он дар ҳар саҳифаи сабтшуда ҷустуҷӯ мешавад.</numerusform>
                <numerusform>%n файл илова шуд. Онҳо дар ҳар саҳифаи сабтшуда ҷустуҷӯ мешаванд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: {name} — {reason}</source>
            <translation>Илова нашуд: {name} — {reason}</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Илова шуда истодааст…</translation>
        </message>
        <message>
            <source>Stop looking for {exhibit}? It stays sealed in the vault, like everything you saved, but is no longer compared with new pages.</source>
            <translation>{exhibit}-ро дигар ҷустуҷӯ накунем? Мисли ҳама чизи сабтшуда, он дар хазина мӯҳршуда мемонад, вале дигар бо саҳифаҳои нав муқоиса намешавад.</translation>
        </message>
        <message>
            <source>Photos to look for</source>
            <translation>Аксҳо барои ҷустуҷӯ</translation>
        </message>
        <message>
            <source>Add the photos or videos of you that you fear will be posted again. They stay encrypted on this computer and are never shown unless you click “Show the picture”. Only their fingerprints are compared with the pictures of every page you save; nothing is uploaded anywhere.</source>
            <translation>Акс ё видеоҳои худро илова кунед, ки метарсед боз нашр шаванд. Онҳо дар ҳамин компютер рамзгузорӣ шуда мемонанд ва танҳо вақте нишон дода мешаванд, ки шумо «Тасвирро нишон диҳед»-ро пахш кунед. Танҳо изҳои рақамии онҳо бо тасвирҳои ҳар саҳифаи сабтшуда муқоиса мешаванд; ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Акс</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Илова шуд</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Ёфт шуд</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Дар куҷо ёфт шуд</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Your photo</source>
            <translation>Акси шумо</translation>
        </message>
        <message>
            <source>Where they were found</source>
            <translation>Онҳо дар куҷо ёфт шуданд</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Илова кардани акс…</translation>
        </message>
        <message>
            <source>Stop looking for this one</source>
            <translation>Инро дигар ҷустуҷӯ накардан</translation>
        </message>
        <message>
            <source>Show side by side</source>
            <translation>Паҳлуи ҳам нишон додан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <source>Closing the window then leaves {app} next to the clock (in the system tray) with the vault open in this computer&apos;s memory, saving each watched page when it is due. Showing the window again asks for your passphrase; Quit or Quick exit in the icon&apos;s menu stops it. Your passphrase is never written anywhere.</source>
            <translation>Он гоҳ пас аз пӯшидани равзана {app} дар назди соат (дар табақи системавӣ) мемонад, хазина дар хотираи ин компютер кушода аст ва ҳар саҳифаи зери назорат дар вақташ сабт мешавад. Барои боз нишон додани равзана гузарвожа лозим аст; «Баромадан» ё «Баромади фаврӣ» дар менюи нишона онро қатъ мекунад. Гузарвожаи шумо ҳеҷ ҷо навишта намешавад.</translation>
        </message>
        <message>
            <source>Keep watching while the window is closed</source>
            <translation>Ҳангоми пӯшида будани равзана назоратро идома додан</translation>
        </message>
        <message>
            <source>Saving now…</source>
            <translation>Ҳоло сабт мешавад…</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Вақти сабт расид</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ҳанӯз сабт нашудааст</translation>
        </message>
        <message>
            <source>That is not a web address. Paste an address that starts with http:// or https://.</source>
            <translation>Ин суроғаи интернетӣ нест. Суроғаеро гузоред, ки бо http:// ё https:// оғоз мешавад.</translation>
        </message>
        <message>
            <source>Watching {url}. It is saved now and then again and again.</source>
            <translation>Саҳифаи {url} зери назорат аст. Он ҳозир ва баъд такроран сабт мешавад.</translation>
        </message>
        <message>
            <source>Stop watching {url}? The pages already saved stay in the vault.</source>
            <translation>Назорати {url}-ро бас кунем? Саҳифаҳои аллакай сабтшуда дар хазина мемонанд.</translation>
        </message>
        <message>
            <source>{url} could not be saved: {reason}</source>
            <translation>{url} сабт нашуд: {reason}</translation>
        </message>
        <message>
            <source>Watched pages</source>
            <translation>Саҳифаҳои зери назорат</translation>
        </message>
        <message>
            <source>A watched page is saved again and again while this app is open. Each time is sealed as evidence and compared with the time before: posts added or removed, text edited, the page taken down or back. If a photo you are looking for appears, you are told.</source>
            <translation>То барнома кушода аст, саҳифаи зери назорат такроран сабт мешавад. Ҳар дафъа ҳамчун далел мӯҳр мешавад ва бо дафъаи пешина муқоиса мегардад: постҳои иловашуда ё хориҷшуда, матни таҳриршуда, хориҷ шудан ё баргаштани саҳифа. Агар акси ҷустуҷӯшавандаи шумо пайдо шавад, ба шумо хабар дода мешавад.</translation>
        </message>
        <message>
            <source>Watch this page</source>
            <translation>Саҳифаро зери назорат гирифтан</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Суроға</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Чӣ қадар зуд</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Сабти охирин</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Чӣ тағйир ёфт</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>Дафъаи навбатӣ</translation>
        </message>
        <message>
            <source>Saved (local time)</source>
            <translation>Сабт шуд (вақти маҳаллӣ)</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Далел</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ҷавоби сомона</translation>
        </message>
        <message>
            <source>Every time the chosen page was saved</source>
            <translation>Ҳамаи сабтҳои саҳифаи интихобшуда</translation>
        </message>
        <message>
            <source>Save it now</source>
            <translation>Ҳозир сабт кардан</translation>
        </message>
        <message>
            <source>Save all now</source>
            <translation>Ҳамаро ҳозир сабт кардан</translation>
        </message>
        <message>
            <source>Stop watching</source>
            <translation>Назоратро бас кардан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>When a page is opened while you are logged in, the site — and sometimes the person who posted it — may be able to see that your account looked at it. Use this only if the page cannot be seen without logging in.</source>
            <translation>Агар саҳифаро бо ворид шудан ба ҳисоби худ кушоед, сомона — ва баъзан касе, ки онро нашр кардааст — метавонад бинад, ки ҳисоби шумо онро дидааст. Инро танҳо вақте истифода баред, ки саҳифаро бе ворид шудан дидан ғайриимкон аст.</translation>
        </message>
        <message>
            <source>Use a separate account for this, not your own: some platforms show the owner which account viewed a story or a profile, and the account can be banned.</source>
            <translation>Барои ин ҳисоби алоҳидаро истифода баред, на ҳисоби худатонро: баъзе платформаҳо ба соҳиб нишон медиҳанд, ки кадом ҳисоб ҳикоя ё профилро дидааст, ва ҳисобро метавонанд банданд.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>{name} — {sites} (added {when})</source>
            <translation>{name} — {sites} (илова шуд {when})</translation>
        </message>
        <message>
            <source>No accounts yet: pages are opened without logging in.</source>
            <translation>Ҳоло ягон ҳисоб нест: саҳифаҳо бе воридшавӣ кушода мешаванд.</translation>
        </message>
        <message>
            <source>An account named “{name}” is already saved. Choose another name, or remove the old one first.</source>
            <translation>Ҳисоб бо номи «{name}» аллакай захира шудааст. Номи дигар интихоб кунед ё аввал ҳисоби кӯҳнаро нест кунед.</translation>
        </message>
        <message>
            <source>Choose a cookies.txt file</source>
            <translation>Файли cookies.txt-ро интихоб кунед</translation>
        </message>
        <message>
            <source>Saved “{name}” in the vault. The file {path} still holds this login in plain text: delete it if you no longer need it.</source>
            <translation>«{name}» дар хазина захира шуд. Файли {path} ҳанӯз ин воридшавиро бе рамз нигоҳ медорад: агар дигар лозим набошад, онро нест кунед.</translation>
        </message>
        <message>
            <source>“{url}” is not a web address.</source>
            <translation>«{url}» суроғаи веб нест.</translation>
        </message>
        <message>
            <source>A browser window is open with a fresh, temporary profile. Log in there, then close the window or press “Done”.</source>
            <translation>Равзанаи браузер бо профили нави муваққатӣ кушода шуд. Дар он ҷо ворид шавед, баъд равзанаро пӯшед ё «Тайёр»-ро пахш кунед.</translation>
        </message>
        <message>
            <source>Saved “{name}” in the vault; the browser's profile was wiped.</source>
            <translation>«{name}» дар хазина захира шуд; профили браузер пок карда шуд.</translation>
        </message>
        <message>
            <source>Remove the account “{name}” from the vault? Its login will be gone from this computer.</source>
            <translation>Ҳисоби «{name}»-ро аз хазина нест кунем? Воридшавии он аз ин компютер нест мешавад.</translation>
        </message>
        <message>
            <source>Removed “{name}” from the vault.</source>
            <translation>«{name}» аз хазина нест карда шуд.</translation>
        </message>
        <message>
            <source>Accounts for captures</source>
            <translation>Ҳисобҳо барои сабти саҳифаҳо</translation>
        </message>
        <message>
            <source>Some pages can only be seen when logged in. An account saved here opens them: its login (cookies and site storage) is kept only inside the encrypted vault.</source>
            <translation>Баъзе саҳифаҳо танҳо пас аз воридшавӣ ба ҳисоб намоёнанд. Ҳисобе, ки дар ин ҷо захира шудааст, онҳоро мекушояд: воридшавии он (cookie ва маълумоти сомонаҳо) танҳо дар хазинаи рамзгузоришуда нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ном</translation>
        </message>
        <message>
            <source>for example: instagram-research</source>
            <translation>масалан: instagram-research</translation>
        </message>
        <message>
            <source>Page to open first</source>
            <translation>Саҳифае, ки аввал кушода мешавад</translation>
        </message>
        <message>
            <source>Add from a cookies.txt file…</source>
            <translation>Аз файли cookies.txt илова кардан…</translation>
        </message>
        <message>
            <source>Log in in a browser window…</source>
            <translation>Дар равзанаи браузер ворид шудан…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Тайёр</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Аввал гузарвожаи ҳозираи худро ворид кунед.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n character(s).</source>
            <translation>
                <numerusform>Хеле кӯтоҳ: на камтар аз %n аломат истифода баред.</numerusform>
                <numerusform>Хеле кӯтоҳ: на камтар аз %n аломат истифода баред.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Ин гузарвожаи ҳозираи шумо нест. Ҳеҷ чиз иваз нашуд.</translation>
        </message>
        <message>
            <source>Too short.</source>
            <translation>Хеле кӯтоҳ.</translation>
        </message>
        <message>
            <source>Weak.</source>
            <translation>Заиф.</translation>
        </message>
        <message>
            <source>Fair.</source>
            <translation>Миёна.</translation>
        </message>
        <message>
            <source>Good.</source>
            <translation>Хуб.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Боэътимод.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Гузарвожаи ҳозира</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Гузарвожаи нав</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Онро боз як бор ворид кунед</translation>
        </message>
    </context>
    <context>
        <name>DestroyDialog</name>
        <message>
            <source>Delete this vault</source>
            <translation>Нест кардани хазина</translation>
        </message>
        <message>
            <source>Delete this vault from this computer now</source>
            <translation>Ин хазинаро ҳозир аз ин компютер нест кардан</translation>
        </message>
        <message>
            <source>Looking for the last backup…</source>
            <translation>Нусхаи эҳтиётии охирин ҷустуҷӯ мешавад…</translation>
        </message>
        <message>
            <source>Keep the vault</source>
            <translation>Хазинаро нигоҳ доштан</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Нест кардан…</translation>
        </message>
        <message>
            <source>Are you sure? The vault is deleted from this computer at once and cannot be opened here again. Only a backup can bring it back.</source>
            <translation>Шумо боварӣ доред? Хазина дарҳол аз ин компютер нест карда мешавад ва дигар дар ин ҷо кушода намешавад. Онро танҳо аз нусхаи эҳтиётӣ баргардондан мумкин аст.</translation>
        </message>
        <message>
            <source>Yes, delete it now</source>
            <translation>Ҳа, ҳозир нест кунед</translation>
        </message>
    </context>
    <context>
        <name>WatchTray</name>
        <message>
            <source>This computer shows no icons next to the clock (no system tray), so {app} cannot stay open with its window closed. Watching stops when the window closes and goes on when you open the app again.</source>
            <translation>Дар ин компютер дар назди соат нишонаҳо нишон дода намешаванд (табақи системавӣ нест), барои ҳамин {app} бо равзанаи пӯшида кушода монда наметавонад. Назорат ҳангоми пӯшидани равзана қатъ мешавад ва вақте ки барномаро боз мекушоед, идома меёбад.</translation>
        </message>
        <message numerus="yes">
            <source>The window is closed, but {app} keeps watching %n page(s): the vault stays open in this computer&apos;s memory until you quit. To see the window again, click the icon next to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the icon&apos;s menu.</source>
            <translation>
                <numerusform>Равзана пӯшида шуд, вале {app} назорати %n саҳифаро идома медиҳад: то баромадани шумо хазина дар хотираи ин компютер кушода мемонад. Барои боз дидани равзана нишонаи назди соатро пахш кунед — он гузарвожаи шуморо мепурсад. Барои қатъ кардан дар менюи нишона «Баромадан» ё «Баромади фаврӣ»-ро интихоб кунед.</numerusform>
                <numerusform>Равзана пӯшида шуд, вале {app} назорати %n саҳифаро идома медиҳад: то баромадани шумо хазина дар хотираи ин компютер кушода мемонад. Барои боз дидани равзана нишонаи назди соатро пахш кунед — он гузарвожаи шуморо мепурсад. Барои қатъ кардан дар менюи нишона «Баромадан» ё «Баромади фаврӣ»-ро интихоб кунед.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Баромадан</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Баромади фаврӣ</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Кушодан…</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Forgot it? Choose Quit in the icon&apos;s menu, then open the app with your recovery key.</source>
            <translation>Фаромӯш кардед? Дар менюи нишона «Баромадан»-ро интихоб кунед, баъд барномаро бо калиди барқарорсозӣ кушоед.</translation>
        </message>
        <message>
            <source>{app} is still watching. Type your passphrase to show the window.</source>
            <translation>{app} ҳанӯз назорат мекунад. Барои нишон додани равзана гузарвожаи худро нависед.</translation>
        </message>
    </context>
    <context>
        <name>IdentityBox</name>
        <message>
            <source>Copied. Paste it into the message to the person who will send you evidence.</source>
            <translation>Нусха гирифта шуд. Онро ба паёми касе, ки ба шумо далел мефиристад, гузоред.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Нусха гирифтан</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Choose the file you received</source>
            <translation>Файли гирифтаатонро интихоб кунед</translation>
        </message>
        <message>
            <source>Encrypted case (*.age);;All files (*)</source>
            <translation>Парвандаи рамзгузоришуда (*.age);;Ҳамаи файлҳо (*)</translation>
        </message>
        <message>
            <source>Opening and checking the file…</source>
            <translation>Файл кушода ва санҷида мешавад…</translation>
        </message>
        <message>
            <source>Sealing the received items…</source>
            <translation>Маводи гирифташуда мӯҳр карда мешавад…</translation>
        </message>
        <message>
            <source>Receive a case</source>
            <translation>Қабули парванда</translation>
        </message>
        <message>
            <source>A file sent to this vault (.age) is opened with this vault's key and checked first: the signature, every file's SHA-256 and the record of every step. You then see who sent it and what it holds; only “Receive” adds its items, with where they came from.</source>
            <translation>Файле, ки ба ин хазина фиристода шудааст (.age), бо калиди ин хазина кушода ва аввал санҷида мешавад: имзо, SHA-256-и ҳар файл ва сабти ҳар қадам. Баъд шумо мебинед, ки онро кӣ фиристодааст ва дар он чӣ ҳаст; танҳо тугмаи «Қабул» маводро бо маълумоти манбаашон илова мекунад.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Интихоб…</translation>
        </message>
        <message>
            <source>Sender's fingerprint (if you have it)</source>
            <translation>Изи фиристанда (агар дошта бошед)</translation>
        </message>
        <message>
            <source>given to you separately, on paper or by phone</source>
            <translation>ба шумо алоҳида, дар коғаз ё бо телефон дода шудааст</translation>
        </message>
        <message>
            <source>Open and check</source>
            <translation>Кушодан ва санҷидан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Қабул</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>This is not a lawyer's key: it starts with age1 and is about 62 characters long.</source>
            <translation>Ин калиди адвокат нест: он бо age1 сар мешавад ва тақрибан 62 аломат дорад.</translation>
        </message>
        <message>
            <source>Where to save the encrypted file</source>
            <translation>Файли рамзгузоришударо куҷо нигоҳ дорем</translation>
        </message>
        <message>
            <source>Encrypted case (*.age)</source>
            <translation>Парвандаи рамзгузоришуда (*.age)</translation>
        </message>
        <message>
            <source>Encrypting…</source>
            <translation>Рамзгузорӣ…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Нигоҳ дошта шуд: {path}</translation>
        </message>
        <message>
            <source>Send to my lawyer</source>
            <translation>Ба адвокатам фиристодан</translation>
        </message>
        <message>
            <source>The chosen items will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Маводи интихобшуда дар як файл, ки бо калиди адвокататон рамзгузорӣ шудааст, нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>The case “{case}” will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Парвандаи «{case}» дар як файл, ки бо калиди адвокататон рамзгузорӣ шудааст, нигоҳ дошта мешавад.</translation>
        </message>
        <message>
            <source>All your evidence will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Ҳамаи далелҳои шумо дар як файл, ки бо калиди адвокататон рамзгузорӣ шудааст, нигоҳ дошта мешаванд.</translation>
        </message>
        <message>
            <source>It holds the original files, the court dossier and the record of every step, signed by your vault. The file is safe to send by any messenger, e-mail or USB stick: only that lawyer's Evidence Kit (or her age key) can open it.</source>
            <translation>Дар он файлҳои аслӣ, парванда барои суд ва сабти ҳар қадам ҳастанд, ки бо хазинаи шумо имзо шудаанд. Файлро бо ҳар паёмрасон, почтаи электронӣ ё флешка фиристодан мумкин аст: танҳо Evidence Kit-и ҳамин адвокат (ё калиди age-и ӯ) онро мекушояд.</translation>
        </message>
        <message>
            <source>Your lawyer's key</source>
            <translation>Калиди адвокататон</translation>
        </message>
        <message>
            <source>age1… (she finds it in her Settings, or her age-keygen printed it)</source>
            <translation>age1… (он дар Танзимоти ӯ ҳаст ё age-keygen-и ӯ онро чоп кардааст)</translation>
        </message>
        <message>
            <source>Your vault's fingerprint</source>
            <translation>Изи хазинаи шумо</translation>
        </message>
        <message>
            <source>I checked this key with my lawyer, and told her my vault's fingerprint (by phone or on paper, not in the same message)</source>
            <translation>Ман ин калидро бо адвокатам санҷидам ва изи хазинаамро ба ӯ гуфтам (бо телефон ё дар коғаз, на дар ҳамон паём)</translation>
        </message>
        <message>
            <source>Include the files of items marked sensitive (only for a court or an investigator)</source>
            <translation>Файлҳои маводи ҳассос қайдшударо дохил кунед (танҳо барои суд ё муфаттиш)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Save encrypted file…</source>
            <translation>Файли рамзгузоришударо нигоҳ доштан…</translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message>
            <source>The check of “{name}” was stopped before the end.</source>
            <translation>Санҷиши «{name}» пеш аз анҷом қатъ шуд.</translation>
        </message>
        <message numerus="yes">
            <source>The backup “{name}” is complete: %n item(s), read back and checked.</source>
            <translation>
                <numerusform>Нусхаи эҳтиётии «{name}» анҷом ёфт: %n унсур, аз нав хонда ва санҷида шуд.</numerusform>
                <numerusform>Нусхаи эҳтиётии «{name}» анҷом ёфт: %n унсур, аз нав хонда ва санҷида шуданд.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLine</name>
        <message>
            <source>There is no backup of this vault yet. If this computer is taken or breaks, the evidence in it is lost. Settings → Backups makes one on a USB stick or a cloud folder.</source>
            <translation>Ин хазина ҳанӯз нусхаи эҳтиётӣ надорад. Агар ин компютерро гиранд ё он вайрон шавад, далелҳои дар он буда аз даст мераванд. Дар Танзимот → Нусхаҳои эҳтиётӣ метавонед нусхаро дар флешка ё ҷузвдони абрӣ созед.</translation>
        </message>
        <message numerus="yes">
            <source>The last good backup was made %n day(s) ago, on {when}. When you can, plug in your backup drive or connect to your backup and run it (Settings → Backups).</source>
            <translation>
                <numerusform>Нусхаи эҳтиётии охирини бомуваффақият %n рӯз пеш, {when}, сохта шуда буд. Вақте ки тавонед, флешка ё диски нусхаро пайваст кунед ё ба нусхаи абрии худ пайваст шавед ва онро нав кунед (Танзимот → Нусхаҳои эҳтиётӣ).</numerusform>
                <numerusform>Нусхаи эҳтиётии охирини бомуваффақият %n рӯз пеш, {when}, сохта шуда буд. Вақте ки тавонед, флешка ё диски нусхаро пайваст кунед ё ба нусхаи абрии худ пайваст шавед ва онро нав кунед (Танзимот → Нусхаҳои эҳтиётӣ).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last good backup: {when}.</source>
            <translation>Нусхаи эҳтиётии охирини бомуваффақият: {when}.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>never</source>
            <translation>ҳеҷ гоҳ</translation>
        </message>
        <message>
            <source>{name} — {where}
Last complete run: {when}</source>
            <translation>{name} — {where}
Нусхабардории охирини пурра: {when}</translation>
        </message>
        <message>
            <source>The last run, {when}, did not complete.</source>
            <translation>Нусхабардории охирин, {when}, анҷом наёфт.</translation>
        </message>
        <message>
            <source>The last run, {when}, was stopped.</source>
            <translation>Нусхабардории охирин, {when}, қатъ карда шуд.</translation>
        </message>
        <message>
            <source>Backing up to “{name}”…</source>
            <translation>Нусхабардорӣ ба «{name}»…</translation>
        </message>
        <message>
            <source>Reading back every file of “{name}”…</source>
            <translation>Ҳар як файли «{name}» аз нав хонда мешавад…</translation>
        </message>
        <message>
            <source>Stopping safely: the backup keeps its last complete run…</source>
            <translation>Қатъи бехатар: нусхаи эҳтиётӣ ҳамон тавр мемонад, ки нусхабардории охирини пурра гузошта буд…</translation>
        </message>
        <message>
            <source>Choose the backup folder (a USB stick, or a folder your cloud app keeps)</source>
            <translation>Ҷузвдони нусхаи эҳтиётиро интихоб кунед (флешка ё ҷузвдоне, ки барномаи абрии шумо нигоҳ медорад)</translation>
        </message>
        <message>
            <source>Added the backup “{name}”. Nothing is copied until you run it: choose it and click “Run now”.</source>
            <translation>Нусхаи эҳтиётии «{name}» илова шуд. То онро оғоз накунед, ҳеҷ чиз нусхабардорӣ намешавад: онро интихоб карда, «Ҳозир оғоз кардан»-ро пахш кунед.</translation>
        </message>
        <message>
            <source>Forget the backup “{name}”? What it copied stays where it is, untouched; the app just stops running it.</source>
            <translation>Нусхаи эҳтиётии «{name}»-ро фаромӯш кунем? Он чи нусхабардорӣ шудааст, дар ҷояш дастнахӯрда мемонад; барнома танҳо дигар онро нав намекунад.</translation>
        </message>
        <message>
            <source>Forget it</source>
            <translation>Фаромӯш кардан</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Нигоҳ доштан</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Нусхаҳои эҳтиётӣ</translation>
        </message>
        <message>
            <source>A backup keeps your evidence if this computer is taken, searched or broken. It is a copy of the vault exactly as it is encrypted here: no name, address or file name can be read in it, and only your passphrase or recovery key opens it. Each run copies only what is new and reads it back. If a run is stopped, the backup stays as its last complete run.</source>
            <translation>Нусхаи эҳтиётӣ далелҳои шуморо нигоҳ медорад, агар ин компютерро гиранд, кофтуков кунанд ё он вайрон шавад. Ин нусхаи хазина аст, ки айнан мисли ин ҷо рамзгузорӣ шудааст: дар он ягон ном, суроға ё номи файл хонда намешавад ва онро танҳо гузарвожа ё калиди барқарорсозии шумо мекушояд. Ҳар як оғоз танҳо чизи навро нусхабардорӣ карда, аз нав мехонад. Агар нусхабардорӣ қатъ шавад, нусха ҳамон тавр мемонад, ки оғози охирини пурра гузошта буд.</translation>
        </message>
        <message>
            <source>No backup yet. Add one below.</source>
            <translation>Ҳоло нусхаи эҳтиётӣ нест. Дар поён илова кунед.</translation>
        </message>
        <message>
            <source>Run now</source>
            <translation>Ҳозир оғоз кардан</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Санҷиш</translation>
        </message>
        <message>
            <source>Read back every file of the backup and compare it with the vault</source>
            <translation>Ҳар як файли нусхаи эҳтиётиро аз нав хондан ва бо хазина муқоиса кардан</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Аз рӯйхат хориҷ кардан…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор</translation>
        </message>
        <message>
            <source>Add a backup</source>
            <translation>Илова кардани нусхаи эҳтиётӣ</translation>
        </message>
        <message>
            <source>Name (only you see it; it is never written on the backup)</source>
            <translation>Ном (онро танҳо шумо мебинед; он ҳеҷ гоҳ дар нусхаи эҳтиётӣ навишта намешавад)</translation>
        </message>
        <message>
            <source>for example: blue USB stick</source>
            <translation>масалан: флешкаи кабуд</translation>
        </message>
        <message>
            <source>Where: a folder, or an rclone remote</source>
            <translation>Куҷо: ҷузвдон ё хазинаи дурдасти rclone</translation>
        </message>
        <message>
            <source>a folder, or rclone:REMOTE:PATH</source>
            <translation>ҷузвдон ё rclone:REMOTE:PATH</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Интихоби ҷузвдон…</translation>
        </message>
        <message>
            <source>A folder can be on a USB stick, or a folder that the Nextcloud, Dropbox, Google Drive or OneDrive app keeps in the cloud. For any other place (a Nextcloud or WebDAV server, SFTP, S3…), install the program rclone, make a remote in a terminal with “rclone config” (it asks for the address and the password and keeps them itself), then type here rclone:NAME-OF-THE-REMOTE:FOLDER, for example rclone:nextcloud:evidence.</source>
            <translation>Ҷузвдон метавонад дар флешка бошад ё ҷузвдоне, ки барномаи Nextcloud, Dropbox, Google Drive ё OneDrive дар абр нигоҳ медорад. Барои ҳар ҷои дигар (сервери Nextcloud ё WebDAV, SFTP, S3…) барномаи rclone-ро насб кунед, дар терминал бо фармони «rclone config» хазинаи дурдаст созед (он суроға ва паролро мепурсад ва худаш нигоҳ медорад), баъд дар ин ҷо rclone:НОМИ-ХАЗИНАИ-ДУРДАСТ:ҶУЗВДОН нависед, масалан rclone:nextcloud:evidence.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Илова кардан</translation>
        </message>
        <message>
            <source>Warn me in the main window when the last good backup is older than</source>
            <translation>Дар равзанаи асосӣ огоҳ кунед, агар нусхаи эҳтиётии охирини бомуваффақият кӯҳнатар аз ин бошад:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> рӯз</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Choose the backup folder</source>
            <translation>Ҷузвдони нусхаи эҳтиётиро интихоб кунед</translation>
        </message>
        <message>
            <source>Choose a folder for the restored vault (empty)</source>
            <translation>Барои хазинаи барқароршуда ҷузвдон интихоб кунед (холӣ)</translation>
        </message>
        <message>
            <source>Say in which folder the restored vault goes.</source>
            <translation>Нишон диҳед, ки хазинаи барқароршуда дар кадом ҷузвдон ҷой гирад.</translation>
        </message>
        <message>
            <source>Type the recovery key of the vault that was backed up.</source>
            <translation>Калиди барқарорсозии хазинаеро, ки аз он нусха гирифта шудааст, ворид кунед.</translation>
        </message>
        <message>
            <source>Type the passphrase of the vault that was backed up.</source>
            <translation>Гузарвожаи хазинаеро, ки аз он нусха гирифта шудааст, ворид кунед.</translation>
        </message>
        <message>
            <source>Stopping; what was copied is removed…</source>
            <translation>Қатъ мешавад; он чи нусхабардорӣ шуд, нест карда мешавад…</translation>
        </message>
        <message>
            <source>The restore was stopped. Nothing was left in the new vault's folder.</source>
            <translation>Барқароркунӣ қатъ шуд. Дар ҷузвдони хазинаи нав ҳеҷ чиз намонд.</translation>
        </message>
        <message>
            <source>No backup there opens with this recovery key. Nothing was written.</source>
            <translation>Ҳеҷ як нусхаи эҳтиётии он ҷо бо ин калиди барқарорсозӣ кушода намешавад. Ҳеҷ чиз навишта нашуд.</translation>
        </message>
        <message>
            <source>No backup there opens with this passphrase. Check it, or use the recovery key. Nothing was written.</source>
            <translation>Ҳеҷ як нусхаи эҳтиётии он ҷо бо ин гузарвожа кушода намешавад. Онро санҷед ё калиди барқарорсозиро истифода баред. Ҳеҷ чиз навишта нашуд.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Барқарор кардан аз нусхаи эҳтиётӣ</translation>
        </message>
        <message>
            <source>If this computer is new, or the vault was deleted or lost, a backup brings back everything it held: every item, the record of what was done, your settings and logins. The vault is made again in a new folder and opened.</source>
            <translation>Агар ин компютер нав бошад ё хазина нест ё гум шуда бошад, нусхаи эҳтиётӣ ҳар он чиро, ки дар он буд, бармегардонад: ҳар як унсур, сабти амалҳо, танзимот ва воридшавиҳои шумо ба ҳисобҳо. Хазина дар ҷузвдони нав аз нав сохта ва кушода мешавад.</translation>
        </message>
        <message>
            <source>Where the backup is</source>
            <translation>Нусхаи эҳтиётӣ дар куҷост</translation>
        </message>
        <message>
            <source>a folder, or rclone:REMOTE:PATH</source>
            <translation>ҷузвдон ё rclone:REMOTE:PATH</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Интихоби ҷузвдон…</translation>
        </message>
        <message>
            <source>The USB stick or cloud folder you backed up to, or the rclone remote, written as rclone:NAME-OF-THE-REMOTE:FOLDER (made with “rclone config”).</source>
            <translation>Флешка ё ҷузвдони абрие, ки ба он нусха гирифтаед, ё хазинаи дурдасти rclone ҳамчун rclone:НОМИ-ХАЗИНАИ-ДУРДАСТ:ҶУЗВДОН (бо фармони «rclone config» сохта шудааст).</translation>
        </message>
        <message>
            <source>The new vault's folder (it must be missing or empty)</source>
            <translation>Ҷузвдони хазинаи нав (он бояд вуҷуд надошта бошад ё холӣ бошад)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Интихоб…</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Калиди барқарорсозӣ</translation>
        </message>
        <message>
            <source>Use my passphrase instead</source>
            <translation>Ба ҷояш гузарвожаро истифода барам</translation>
        </message>
        <message>
            <source>Passphrase of the vault that was backed up</source>
            <translation>Гузарвожаи хазинае, ки аз он нусха гирифта шудааст</translation>
        </message>
        <message>
            <source>I forgot my passphrase: use the recovery key</source>
            <translation>Гузарвожаро фаромӯш кардам: бо калиди барқарорсозӣ кушоям</translation>
        </message>
        <message>
            <source>Restoring: every file is copied and checked…</source>
            <translation>Барқароркунӣ: ҳар як файл нусхабардорӣ ва санҷида мешавад…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Бозгашт</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Барқарор кардан</translation>
        </message>
    </context>
    <context>
        <name>MainWindowBackups</name>
        <message>
            <source>The folder of your backup “{name}” is here ({path}). Bring the backup up to date now? Only what is new is copied.</source>
            <translation>Ҷузвдони нусхаи эҳтиётии шумо «{name}» пайваст шуд ({path}). Нусхаи эҳтиётиро ҳозир нав кунем? Танҳо чизи нав нусхабардорӣ мешавад.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Ҳозир нусха гирифтан</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ҳоло не</translation>
        </message>
        <message>
            <source>Stop the backup</source>
            <translation>Қатъ кардани нусхабардорӣ</translation>
        </message>
    </context>
</TS>
