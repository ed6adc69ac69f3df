<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>No links found. Paste addresses that start with http:// or https://, one or more.</source>
            <translation>Ссылки не найдены. Вставьте один или несколько адресов, которые начинаются с http:// или https://.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sealed</source>
            <translation>
                <numerusform>%n страница запечатана</numerusform>
                <numerusform>%n страницы запечатаны</numerusform>
                <numerusform>%n страниц запечатано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not saved</source>
            <translation>
                <numerusform>%n не сохранена</numerusform>
                <numerusform>%n не сохранены</numerusform>
                <numerusform>%n не сохранено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still to do</source>
            <translation>
                <numerusform>осталась %n</numerusform>
                <numerusform>остались %n</numerusform>
                <numerusform>осталось %n</numerusform>
            </translation>
        </message>
        <message>
            <source>New items go into the case: {case}</source>
            <translation>Новые записи попадут в дело: {case}</translation>
        </message>
        <message>
            <source>New items are not put in a case (you can move them later).</source>
            <translation>Новые записи не попадут ни в одно дело (их можно перенести позже).</translation>
        </message>
        <message>
            <source>Save pages from links</source>
            <translation>Сохранить страницы по ссылкам</translation>
        </message>
        <message>
            <source>Paste one or more links below (one per line is fine), or drop a text file with links. Each page is opened, saved with its time and sealed.</source>
            <translation>Вставьте ниже одну или несколько ссылок (можно по одной на строку) или перетащите сюда текстовый файл со ссылками. Каждая страница будет открыта, сохранена со временем и запечатана.</translation>
        </message>
        <message>
            <source>Opening a page is a visit like any other: the site sees this computer's internet address. Nothing is posted or liked.</source>
            <translation>Открытие страницы — обычное посещение: сайт видит интернет-адрес этого компьютера. Ничего не публикуется и не отмечается «нравится».</translation>
        </message>
        <message>
            <source>Save these pages</source>
            <translation>Сохранить эти страницы</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Попробовать снова</translation>
        </message>
        <message>
            <source>Cancel selected</source>
            <translation>Отменить выбранные</translation>
        </message>
        <message>
            <source>Cancel all</source>
            <translation>Отменить все</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Not logged in (recommended)</source>
            <translation>Без входа в аккаунт (рекомендуется)</translation>
        </message>
        <message>
            <source>Logged in as “{name}”</source>
            <translation>С входом как «{name}»</translation>
        </message>
        <message>
            <source>Open pages with this login?</source>
            <translation>Открывать страницы с этим входом?</translation>
        </message>
        <message>
            <source>Open the pages:</source>
            <translation>Открывать страницы:</translation>
        </message>
    </context>
    <context>
        <name>CaptureQueueModel</name>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохраняется…</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Запечатано</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Saved as {exhibit}. The site answered {code}: the post may have been removed; the answer itself is kept as evidence.</source>
            <translation>Сохранено как {exhibit}. Сайт ответил {code}: пост, возможно, удалён; сам ответ сохранён как доказательство.</translation>
        </message>
        <message>
            <source>Saved as {exhibit}</source>
            <translation>Сохранено как {exhibit}</translation>
        </message>
        <message>
            <source>Opening the page…</source>
            <translation>Открываем страницу…</translation>
        </message>
    </context>
    <context>
        <name>CaptureStage</name>
        <message>
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Starting the browser…</source>
            <translation>Запускаем браузер…</translation>
        </message>
        <message>
            <source>Opening the page…</source>
            <translation>Открываем страницу…</translation>
        </message>
        <message>
            <source>Scrolling through the page…</source>
            <translation>Прокручиваем страницу…</translation>
        </message>
        <message>
            <source>Making copies of the page…</source>
            <translation>Делаем копии страницы…</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>Запечатываем…</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Trusted time</source>
            <translation>Доверенное время</translation>
        </message>
        <message>
            <source>pending (no time-stamping service has answered yet; the item is safely sealed)</source>
            <translation>ожидается (ни одна служба меток времени ещё не ответила; элемент надёжно запечатан)</translation>
        </message>
        <message>
            <source>{when} by {tsa}</source>
            <translation>{when}, выдала {tsa}</translation>
        </message>
        <message>
            <source>{when} by {tsa}: checking…</source>
            <translation>{when}, выдала {tsa}: проверяется…</translation>
        </message>
        <message>
            <source>{when} by {tsa}: NOT trusted time (its certificate does not lead to a trusted root; it is kept, and a trusted service is asked again)</source>
            <translation>{when}, выдала {tsa}: это НЕ доверенное время (её сертификат не ведёт к доверенному корневому сертификату; метка сохранена, доверенная служба будет запрошена снова)</translation>
        </message>
        <message>
            <source>pending (no trusted time yet; the item is safely sealed)</source>
            <translation>ожидается (доверенного времени ещё нет; элемент надёжно запечатан)</translation>
        </message>
        <message>
            <source>(no case)</source>
            <translation>(без дела)</translation>
        </message>
        <message>
            <source>Choose an item in the list to see it here.</source>
            <translation>Выберите запись в списке, чтобы увидеть её здесь.</translation>
        </message>
        <message>
            <source>(a file you added)</source>
            <translation>(файл, добавленный вами)</translation>
        </message>
        <message>
            <source>Not captured</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Sealed (the site answered {code})</source>
            <translation>Запечатано (ответ сайта: {code})</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Запечатано</translation>
        </message>
        <message>
            <source>Captured from the web</source>
            <translation>Сохранено из интернета</translation>
        </message>
        <message>
            <source>Added from a file</source>
            <translation>Добавлено из файла</translation>
        </message>
        <message>
            <source>This item has no picture to show. Its files are listed under Files.</source>
            <translation>У этой записи нет изображения для показа. Её файлы перечислены на вкладке «Файлы».</translation>
        </message>
        <message>
            <source>Opening the picture…</source>
            <translation>Открываем изображение…</translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Это изображение нельзя показать здесь. Оно хранится в хранилище без изменений.</translation>
        </message>
        <message>
            <source>Saving the note…</source>
            <translation>Заметка сохраняется…</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Заметка сохранена.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Приложение</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>Открылся адрес</translation>
        </message>
        <message>
            <source>Captured (local time)</source>
            <translation>Сохранено (местное время)</translation>
        </message>
        <message>
            <source>Captured (UTC)</source>
            <translation>Сохранено (UTC)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>What went wrong</source>
            <translation>Что пошло не так</translation>
        </message>
        <message>
            <source>How it was saved</source>
            <translation>Как сохранено</translation>
        </message>
        <message>
            <source>Item ID</source>
            <translation>Номер записи</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Sensitive (intimate or very private)</source>
            <translation>Личное (интимное или очень личное)</translation>
        </message>
        <message>
            <source>Sensitive items are left out of dossiers unless you choose to include them.</source>
            <translation>Личные записи не попадают в досье, если вы сами не решите их включить.</translation>
        </message>
        <message>
            <source>What it shows</source>
            <translation>Что на ней</translation>
        </message>
        <message>
            <source>Intimate image</source>
            <translation>Интимное изображение</translation>
        </message>
        <message>
            <source>Home address</source>
            <translation>Домашний адрес</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Номер телефона</translation>
        </message>
        <message>
            <source>Name with insults</source>
            <translation>Имя с оскорблениями</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Угрозы</translation>
        </message>
        <message>
            <source>Pretending to be me</source>
            <translation>Выдают себя за меня</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Anything you want to remember about this item. The saved page itself never changes.</source>
            <translation>Всё, что вы хотите запомнить об этой записи. Сама сохранённая страница при этом не меняется.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Сохранить заметку</translation>
        </message>
        <message>
            <source>Recorded at capture</source>
            <translation>Записано при сохранении</translation>
        </message>
        <message>
            <source>Each file is sealed with its SHA-256 fingerprint. Anyone can recompute it later to see that the file was not changed.</source>
            <translation>Каждый файл запечатан со своим отпечатком SHA-256. Любой может позже вычислить его заново и убедиться, что файл не изменён.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Copy fingerprint</source>
            <translation>Копировать отпечаток</translation>
        </message>
        <message>
            <source>Everything that happened to this item, in order. This record cannot be changed.</source>
            <translation>Всё, что происходило с этой записью, по порядку. Эту историю нельзя изменить.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Which picture</source>
            <translation>Какое изображение</translation>
        </message>
        <message>
            <source>Chat export</source>
            <translation>Выгрузка чата</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Переписка</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTableModel</name>
        <message>
            <source>Exhibit</source>
            <translation>Приложение</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Captured (local time)</source>
            <translation>Сохранено (местное время)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Личное</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Запечатано</translation>
        </message>
        <message>
            <source>Not captured</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>The page could not be captured. The reason is in the details.</source>
            <translation>Страницу не удалось сохранить. Причина — в подробностях.</translation>
        </message>
        <message>
            <source>chat export</source>
            <translation>выгрузка чата</translation>
        </message>
        <message>
            <source>Matches a photo you are looking for</source>
            <translation>Совпадает с фото, которое вы ищете</translation>
        </message>
        <message>
            <source>Highlighted because a picture in this item matches a photo you are looking for. It is treated as sensitive: blurred, and left out of dossiers and bundles unless you choose to include sensitive items.</source>
            <translation>Выделено, потому что изображение в этой записи совпадает с фото, которое вы ищете. Запись считается личной: она размыта и не попадает в досье и пакеты, если вы сами не решите включить личные записи.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>The %n item(s) I selected</source>
            <translation>
                <numerusform>%n выбранная мной запись</numerusform>
                <numerusform>%n выбранные мной записи</numerusform>
                <numerusform>%n выбранных мной записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items in the case “{case}” (%n)</source>
            <translation>
                <numerusform>Все записи дела «{case}» (%n)</numerusform>
                <numerusform>Все записи дела «{case}» (%n)</numerusform>
                <numerusform>Все записи дела «{case}» (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items (%n)</source>
            <translation>
                <numerusform>Все записи (%n)</numerusform>
                <numerusform>Все записи (%n)</numerusform>
                <numerusform>Все записи (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>ZIP files (*.zip)</source>
            <translation>Файлы ZIP (*.zip)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the dossier as</source>
            <translation>Сохранить досье как</translation>
        </message>
        <message>
            <source>There is nothing to put in the dossier yet.</source>
            <translation>Пока нечего включить в досье.</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} уже существует. Заменить?</translation>
        </message>
        <message>
            <source>Making the dossier…</source>
            <translation>Составляем досье…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Done. The dossier was saved as {path}</source>
            <translation>Готово. Досье сохранено: {path}</translation>
        </message>
        <message>
            <source>Stopped. No dossier was made.</source>
            <translation>Остановлено. Досье не создано.</translation>
        </message>
        <message>
            <source>Make a dossier</source>
            <translation>Составить досье</translation>
        </message>
        <message>
            <source>A dossier is a copy of your evidence for someone else: a court, a lawyer, the police or a platform. Your vault stays as it is.</source>
            <translation>Досье — это копия ваших доказательств для других: суда, юриста, полиции или платформы. Ваше хранилище при этом не меняется.</translation>
        </message>
        <message>
            <source>What to make</source>
            <translation>Что составить</translation>
        </message>
        <message>
            <source>Court dossier (PDF)</source>
            <translation>Досье для суда (PDF)</translation>
        </message>
        <message>
            <source>Numbered exhibits with times, addresses and fingerprints, and a statement for you to sign.</source>
            <translation>Пронумерованные приложения со временем, адресами и отпечатками, и заявление, которое вы подпишете.</translation>
        </message>
        <message>
            <source>Report for a platform (PDF)</source>
            <translation>Жалоба для платформы (PDF)</translation>
        </message>
        <message>
            <source>The post addresses and ids a platform needs to remove the posts. Often the fastest way.</source>
            <translation>Адреса и номера постов, которые нужны платформе, чтобы удалить их. Часто это самый быстрый путь.</translation>
        </message>
        <message>
            <source>Bundle of originals (ZIP)</source>
            <translation>Пакет оригиналов (ZIP)</translation>
        </message>
        <message>
            <source>The original files, sealed and signed, for a lawyer or an expert to check.</source>
            <translation>Исходные файлы, запечатанные и подписанные, для проверки юристом или экспертом.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Which items</source>
            <translation>Какие записи</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <source>Sensitive items</source>
            <translation>Личные записи</translation>
        </message>
        <message>
            <source>Include items marked sensitive</source>
            <translation>Включить записи, отмеченные как личные</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Make the dossier</source>
            <translation>Составить досье</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
        <message>
            <source>Each platform, one file each</source>
            <translation>Каждая платформа — отдельным файлом</translation>
        </message>
        <message>
            <source>Only {platform}</source>
            <translation>Только {platform}</translation>
        </message>
        <message>
            <source>Files named like {name} already exist in this folder. Replace them?</source>
            <translation>В этой папке уже есть файлы с именами вроде {name}. Заменить их?</translation>
        </message>
        <message numerus="yes">
            <source>Done. %n file(s) were saved in {folder}: {names}</source>
            <translation>
                <numerusform>Готово. %n файл сохранён в папке {folder}: {names}</numerusform>
                <numerusform>Готово. %n файла сохранены в папке {folder}: {names}</numerusform>
                <numerusform>Готово. %n файлов сохранено в папке {folder}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>E-filing</source>
            <translation>Электронная подача</translation>
        </message>
        <message>
            <source>Split for e-filing, at most</source>
            <translation>Разбить для электронной подачи, не больше</translation>
        </message>
        <message>
            <source> MB per file</source>
            <translation> МБ на файл</translation>
        </message>
        <message>
            <source>Court e-filing systems limit the size of each file. The dossier is cut into volumes within this size; each has the cover and the full index, and the last one the appendices.</source>
            <translation>Системы электронной подачи в суд ограничивают размер каждого файла. Досье разбивается на тома в пределах этого размера; в каждом есть обложка и полный перечень, а в последнем — приложения.</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Платформа</translation>
        </message>
        <message>
            <source>A report goes to one platform: each file shows only that platform's posts, never the others'. Every picture in it is blurred.</source>
            <translation>Жалоба адресуется одной платформе: каждый файл показывает только публикации этой платформы и никогда — других. Все изображения в ней размыты.</translation>
        </message>
        <message>
            <source>Also show where imported files were on this computer</source>
            <translation>Показать также, где импортированные файлы лежали на этом компьютере</translation>
        </message>
        <message>
            <source>Off by default: folder names usually contain your name on this computer.</source>
            <translation>По умолчанию выключено: в названиях папок обычно есть ваше имя на этом компьютере.</translation>
        </message>
        <message>
            <source>Off by default. Items you marked sensitive (for example intimate pictures) and items in which a photo you are looking for was found are left out of the bundle and blurred in the PDF. Include them only for a court or an investigator who must see them, and never send them to anyone else: in some countries even passing on such pictures can be used against you.</source>
            <translation>По умолчанию выключено: файлы записей, которые вы отметили как личные (например, интимные изображения), и записей, в которых нашлось фото, которое вы ищете, не попадают в пакет, а в PDF размыты. Включайте их только для суда или следователя, которым нужно их увидеть, и никогда не отправляйте никому другому: в некоторых странах даже пересылку таких изображений могут обратить против вас.</translation>
        </message>
        <message>
            <source>This file is not locked: anyone who uses this computer can open it. Keep it on a USB stick or send it, then delete it here.</source>
            <translation>Этот файл не защищён паролем: его может открыть любой, кто пользуется этим компьютером. Храните его на флешке или отправьте, а затем удалите отсюда.</translation>
        </message>
        <message>
            <source>Don&apos;t say this again</source>
            <translation>Больше не напоминать</translation>
        </message>
        <message>
            <source>Save the file</source>
            <translation>Сохранить файл</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>Сообщения чата</translation>
        </message>
        <message>
            <source>Only the messages I marked</source>
            <translation>Только отмеченные мной сообщения</translation>
        </message>
        <message>
            <source>All messages</source>
            <translation>Все сообщения</translation>
        </message>
        <message>
            <source>The dossier always says how many messages the chat has. A chat in which you marked no message is shown whole.</source>
            <translation>В досье всегда указано, сколько сообщений в чате. Чат, в котором вы не отметили ни одного сообщения, показывается целиком.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Choose a folder for the vault</source>
            <translation>Выберите папку для хранилища</translation>
        </message>
        <message>
            <source>Choose the folder of your vault</source>
            <translation>Выберите папку вашего хранилища</translation>
        </message>
        <message>
            <source>Use a passphrase of several ordinary words you will remember, like a short sentence only you would think of.</source>
            <translation>Используйте парольную фразу из нескольких обычных слов, которые вы запомните, — например, короткое предложение, которое придёт в голову только вам.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n character(s). More words make it much harder to guess.</source>
            <translation>
                <numerusform>Слишком коротко: используйте не меньше %n символа. Чем больше слов, тем труднее угадать.</numerusform>
                <numerusform>Слишком коротко: используйте не меньше %n символов. Чем больше слов, тем труднее угадать.</numerusform>
                <numerusform>Слишком коротко: используйте не меньше %n символов. Чем больше слов, тем труднее угадать.</numerusform>
            </translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add a few unrelated words.</source>
            <translation>Слабая: легко угадать. Добавьте несколько не связанных слов.</translation>
        </message>
        <message>
            <source>Fair: one or two more words would make it much stronger.</source>
            <translation>Средняя: ещё одно-два слова сделают её гораздо надёжнее.</translation>
        </message>
        <message>
            <source>Good: hard to guess.</source>
            <translation>Хорошая: трудно угадать.</translation>
        </message>
        <message>
            <source>Strong: very hard to guess. Make sure you will remember it.</source>
            <translation>Надёжная: очень трудно угадать. Убедитесь, что вы её запомните.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Добро пожаловать</translation>
        </message>
        <message>
            <source>This app keeps copies of abusive posts as sealed evidence: each page or file is saved with the time and a fingerprint (SHA-256) that shows later that nothing was changed. Everything is kept in an encrypted vault on this computer that only your passphrase opens.</source>
            <translation>Это приложение сохраняет копии оскорбительных постов как запечатанные доказательства: каждая страница или файл сохраняется со временем и отпечатком (SHA-256), который позже покажет, что ничего не изменено. Всё хранится в зашифрованном хранилище на этом компьютере, которое открывает только ваша парольная фраза.</translation>
        </message>
        <message>
            <source>The vault will be created here:</source>
            <translation>Хранилище будет создано здесь:</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Выбрать другую папку…</translation>
        </message>
        <message>
            <source>Open an existing vault…</source>
            <translation>Открыть существующее хранилище…</translation>
        </message>
        <message>
            <source>Use a neutral window title and icon (“Notes”)</source>
            <translation>Нейтральные название и значок окна («Заметки»)</translation>
        </message>
        <message>
            <source>Useful on a shared computer: the window and the taskbar will not say “evidence”.</source>
            <translation>Полезно на общем компьютере: ни окно, ни панель задач не будут говорить «доказательства».</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Придумайте парольную фразу</translation>
        </message>
        <message>
            <source>The passphrase opens your vault. Nobody can open the vault without it, not even us. Do not use a password that someone close to you might know.</source>
            <translation>Парольная фраза открывает ваше хранилище. Без неё никто не сможет его открыть, даже мы. Не используйте пароль, который может знать кто-то из близких.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Введите её ещё раз</translation>
        </message>
        <message>
            <source>Show what I type</source>
            <translation>Показывать, что я ввожу</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>Ваше имя (необязательно)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Create the vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ваш ключ восстановления</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, this key opens the vault instead. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</source>
            <translation>Если вы забудете парольную фразу, хранилище откроет этот ключ. Он показывается только один раз. Запишите его на бумаге и храните в надёжном месте, не рядом с этим компьютером.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Anyone who has this key and this computer can open the vault. If you copy it, paste it somewhere safe; the quick exit clears it from the clipboard.</source>
            <translation>Любой, у кого есть этот ключ и этот компьютер, может открыть хранилище. Если вы его копируете, вставьте его в надёжное место; быстрый выход очищает буфер обмена.</translation>
        </message>
        <message>
            <source>I have saved my recovery key</source>
            <translation>Ключ восстановления у меня сохранён</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>It is written next to each saved item and in documents, as the person who collected it. If you leave it empty, documents say “not given”. You can change it later in Settings.</source>
            <translation>Оно записывается рядом с каждой сохранённой записью и в документах как имя того, кто её собрал. Если оставить поле пустым, в документах будет написано «не указано». Его можно изменить позже в настройках.</translation>
        </message>
        <message>
            <source>Create a vault…</source>
            <translation>Создать хранилище…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Восстановить из резервной копии…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Помощь</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Where to get help&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tajikistan:&lt;/b&gt; the free hotline &lt;b&gt;1313&lt;/b&gt; for women facing violence (please check that it is still running before you rely on it).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Access Now Digital Security Helpline&lt;/b&gt; helps with hacked accounts, leaked photos and online threats, free of charge, also in Russian: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;If you are in danger now, call the police or someone you trust.&lt;/p&gt;&lt;h3&gt;Quick exit&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;{keys}&lt;/b&gt; or the Quick exit button at any moment. The window disappears, the vault locks and the app closes. Everything you saved stays safe.&lt;/p&gt;&lt;h3&gt;What the words mean&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sealed&lt;/b&gt;: the page or file was saved with its time and a fingerprint (SHA-256). If even one letter changed later, the fingerprint would not match.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vault&lt;/b&gt;: the encrypted folder on this computer where everything is kept. Only your passphrase or your recovery key opens it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Record&lt;/b&gt; (history): every action on your evidence is written down in order and cannot be changed afterwards. Courts call this the chain of custody.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sensitive&lt;/b&gt;: items you marked as intimate or very private. They are blurred here and left out of dossiers unless you choose otherwise.&lt;/p&gt;&lt;h3&gt;Good to know&lt;/h3&gt;&lt;p&gt;Pictures are blurred until you click “Show the picture”. The vault locks by itself when the computer is left alone for a while.&lt;/p&gt;&lt;p&gt;A dossier you make yourself is your own statement, not an official document. A notary or the police can make an official record of the pages; the dossier explains how.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Где получить помощь&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Таджикистан:&lt;/b&gt; бесплатная горячая линия &lt;b&gt;1313&lt;/b&gt; для женщин, столкнувшихся с насилием (прежде чем полагаться на неё, проверьте, что она всё ещё работает).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Линия помощи по цифровой безопасности Access Now&lt;/b&gt; бесплатно помогает со взломанными аккаунтами, утёкшими фото и угрозами в интернете, в том числе на русском: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Если вы в опасности прямо сейчас, позвоните в полицию или человеку, которому доверяете.&lt;/p&gt;&lt;h3&gt;Быстрый выход&lt;/h3&gt;&lt;p&gt;Нажмите &lt;b&gt;{keys}&lt;/b&gt; или кнопку «Быстрый выход» в любой момент. Окно исчезнет, хранилище закроется, приложение завершится. Всё сохранённое останется в сохранности.&lt;/p&gt;&lt;h3&gt;Что значат слова&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Запечатано&lt;/b&gt;: страница или файл сохранены со временем и отпечатком (SHA-256). Если позже изменится хоть одна буква, отпечаток не совпадёт.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Хранилище&lt;/b&gt;: зашифрованная папка на этом компьютере, где всё хранится. Открыть её может только ваша парольная фраза или ключ восстановления.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Журнал&lt;/b&gt; (история): каждое действие с вашими доказательствами записывается по порядку и потом не может быть изменено. Суды называют это цепочкой хранения.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Личное&lt;/b&gt;: записи, которые вы отметили как интимные или очень личные. Здесь они размыты и не попадают в досье, если вы не решите иначе.&lt;/p&gt;&lt;h3&gt;Полезно знать&lt;/h3&gt;&lt;p&gt;Изображения размыты, пока вы не нажмёте «Показать изображение». Хранилище закрывается само, если компьютер оставлен без дела на какое-то время.&lt;/p&gt;&lt;p&gt;Досье, которое вы составили сами, — это ваше собственное заявление, а не официальный документ. Нотариус или полиция могут официально зафиксировать страницы; в досье объясняется, как это сделать.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>No picture for this item.</source>
            <translation>У этой записи нет изображения.</translation>
        </message>
        <message>
            <source>The picture is shown. It will be blurred again when you choose another item.</source>
            <translation>Изображение показано. Оно снова будет размыто, когда вы выберете другую запись.</translation>
        </message>
        <message>
            <source>The picture is blurred so that nobody sees it by accident. Showing it is noted in the vault's record.</source>
            <translation>Изображение размыто, чтобы никто не увидел его случайно. Его показ отмечается в журнале хранилища.</translation>
        </message>
        <message>
            <source>Show the picture</source>
            <translation>Показать изображение</translation>
        </message>
        <message>
            <source>Blur again</source>
            <translation>Снова размыть</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Исходный размер</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>All evidence</source>
            <translation>Все доказательства</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n item(s) shown</source>
            <translation>
                <numerusform>Показано {shown} из %n записи</numerusform>
                <numerusform>Показано {shown} из %n записей</numerusform>
                <numerusform>Показано {shown} из %n записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>Выбрана %n запись</numerusform>
                <numerusform>Выбраны %n записи</numerusform>
                <numerusform>Выбрано %n записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving pages: %n still to do</source>
            <translation>
                <numerusform>Сохранение страниц: осталась %n</numerusform>
                <numerusform>Сохранение страниц: остались %n</numerusform>
                <numerusform>Сохранение страниц: осталось %n</numerusform>
            </translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <source>A name for the case (for example the channel, the person or the date):</source>
            <translation>Название дела (например, канал, человек или дата):</translation>
        </message>
        <message>
            <source>Rename the case</source>
            <translation>Переименовать дело</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Choose files to add</source>
            <translation>Выберите файлы для добавления</translation>
        </message>
        <message>
            <source>Choose a folder to add</source>
            <translation>Выберите папку для добавления</translation>
        </message>
        <message>
            <source>Files are still being added. Please wait a moment.</source>
            <translation>Файлы ещё добавляются. Подождите немного.</translation>
        </message>
        <message>
            <source>Adding {name}…</source>
            <translation>Добавляем {name}…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added.</source>
            <translation>
                <numerusform>%n файл добавлен.</numerusform>
                <numerusform>%n файла добавлены.</numerusform>
                <numerusform>%n файлов добавлено.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: {name} — {reason}</source>
            <translation>Не добавлено: {name} — {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) skipped (links or special files).</source>
            <translation>
                <numerusform>%n файл пропущен (ярлыки или особые файлы).</numerusform>
                <numerusform>%n файла пропущены (ярлыки или особые файлы).</numerusform>
                <numerusform>%n файлов пропущено (ярлыки или особые файлы).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n file(s); each one is sealed.</source>
            <translation>
                <numerusform>%n файл добавлен и запечатан.</numerusform>
                <numerusform>%n файла добавлены, каждый запечатан.</numerusform>
                <numerusform>%n файлов добавлено, каждый запечатан.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving pages is not available in this copy of the app.</source>
            <translation>Сохранение страниц недоступно в этой копии приложения.</translation>
        </message>
        <message>
            <source>Save links</source>
            <translation>Сохранить ссылки</translation>
        </message>
        <message>
            <source>Save pages from their links (Telegram, Instagram, YouTube…)</source>
            <translation>Сохранить страницы по их ссылкам (Telegram, Instagram, YouTube…)</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Добавить файлы</translation>
        </message>
        <message>
            <source>Add screenshots, videos or chat exports you already have. You can also drop them on this window.</source>
            <translation>Добавьте скриншоты, видео или выгрузки чатов, которые у вас уже есть. Их можно и просто перетащить в это окно.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Add every file in a folder and its subfolders, for example a phone's screenshots or a chat export.</source>
            <translation>Добавить все файлы из папки и её вложенных папок, например снимки экрана с телефона или выгрузку чата.</translation>
        </message>
        <message>
            <source>Make a dossier</source>
            <translation>Составить досье</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Check that nothing in the vault was changed</source>
            <translation>Проверить, что в хранилище ничего не изменено</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помощь</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <source>Lock the vault now; your passphrase opens it again</source>
            <translation>Заблокировать хранилище сейчас; парольная фраза откроет его снова</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Новое дело…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Search titles, sites, links and notes</source>
            <translation>Поиск по заголовкам, сайтам, ссылкам и заметкам</translation>
        </message>
        <message>
            <source>Nothing saved yet. Click “Save links” to save pages from their addresses, or drop screenshots and other files here.</source>
            <translation>Пока ничего не сохранено. Нажмите «Сохранить ссылки», чтобы сохранить страницы по их адресам, или перетащите сюда скриншоты и другие файлы.</translation>
        </message>
        <message>
            <source>Stop adding</source>
            <translation>Остановить добавление</translation>
        </message>
        <message>
            <source>A photo you are looking for appeared on a watched page: {exhibit} ({name}) matches {reference}. Nothing is shown until you choose to see it.</source>
            <translation>Фотография, которую вы ищете, появилась на наблюдаемой странице: {exhibit} ({name}) совпадает с {reference}. Ничего не показывается, пока вы сами не решите посмотреть.</translation>
        </message>
        <message>
            <source>Show side by side</source>
            <translation>Показать рядом</translation>
        </message>
        <message>
            <source>Watched pages</source>
            <translation>Наблюдаемые страницы</translation>
        </message>
        <message>
            <source>Pages saved again and again, with what changed each time</source>
            <translation>Страницы, которые сохраняются снова и снова, с изменениями каждый раз</translation>
        </message>
        <message>
            <source>Photos to look for</source>
            <translation>Фото для поиска</translation>
        </message>
        <message>
            <source>Be told when a photo of you appears in a page you save</source>
            <translation>Узнать, когда ваша фотография появится на сохранённой странице</translation>
        </message>
        <message>
            <source>Show the match side by side</source>
            <translation>Показать совпадение рядом</translation>
        </message>
        <message>
            <source>Send to my lawyer</source>
            <translation>Отправить адвокату</translation>
        </message>
        <message>
            <source>Save the case encrypted to your lawyer's key, safe to send by any messenger; or receive a case sent to this vault</source>
            <translation>Сохранить дело, зашифрованное ключом вашего адвоката, — его можно отправить любым мессенджером; или принять дело, присланное этому хранилищу</translation>
        </message>
        <message>
            <source>Send to my lawyer…</source>
            <translation>Отправить адвокату…</translation>
        </message>
        <message>
            <source>Receive a case…</source>
            <translation>Принять дело…</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <source>You opened the vault with the recovery key. Choose a new passphrase now; your recovery key keeps working.</source>
            <translation>Вы открыли хранилище ключом восстановления. Придумайте сейчас новую парольную фразу; ключ восстановления продолжит работать.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
        <message>
            <source>Choose a new passphrase if someone may have seen or guessed the old one. Your saved evidence stays as it is, and your recovery key keeps working.</source>
            <translation>Придумайте новую парольную фразу, если кто-то мог увидеть или угадать старую. Сохранённые доказательства остаются как есть, ключ восстановления продолжит работать.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <source>Save the new passphrase</source>
            <translation>Сохранить новую парольную фразу</translation>
        </message>
    </context>
    <context>
        <name>QuickExitButton</name>
        <message>
            <source>Quick exit ({keys})</source>
            <translation>Быстрый выход ({keys})</translation>
        </message>
        <message>
            <source>Hides this window at once, locks the vault and closes the app.</source>
            <translation>Сразу скрывает окно, закрывает хранилище и завершает приложение.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Printed {time} (UTC).</source>
            <translation>Напечатано {time} (UTC).</translation>
        </message>
        <message>
            <source>To check a bundle:</source>
            <translation>Чтобы проверить пакет:</translation>
        </message>
        <message>
            <source>Print the vault fingerprint</source>
            <translation>Печать отпечатка хранилища</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Отправлено на печать.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Скопировано.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>One address per line. After each item is sealed, only a SHA-256 hash of its record is sent to these time-stamping services (RFC 3161), never a file, an address or a name; they sign the time at which it existed. Leave the list empty to send nothing.</source>
            <translation>По одному адресу в строке. После запечатывания каждого элемента этим службам меток времени (RFC 3161) отправляется только хеш SHA-256 его записи — никогда не файл, не адрес и не имя; они подписывают время, когда запись существовала. Оставьте список пустым, чтобы ничего не отправлять.</translation>
        </message>
        <message>
            <source>Trusted time services</source>
            <translation>Службы доверенного времени</translation>
        </message>
        <message>
            <source>Choose the browser program</source>
            <translation>Выберите программу-браузер</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>Written in the record as the person who collected each item.</source>
            <translation>Записывается в журнал как имя того, кто собрал каждую запись.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Браузер</translation>
        </message>
        <message>
            <source>Found automatically (Chrome, Chromium or Edge)</source>
            <translation>Находится автоматически (Chrome, Chromium или Edge)</translation>
        </message>
        <message>
            <source>No browser program was found at {path}. Choose the program file of Chrome, Chromium or Edge, or leave the field empty to find one automatically.</source>
            <translation>Программа браузера не найдена по пути {path}. Выберите файл программы Chrome, Chromium или Edge или оставьте поле пустым, чтобы браузер нашёлся автоматически.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Time limit per page</source>
            <translation>Время на одну страницу</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Lock when idle after</source>
            <translation>Блокировать при бездействии через</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Neutral window title and icon (“Notes”)</source>
            <translation>Нейтральные название и значок окна («Заметки»)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Сменить парольную фразу…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Ключи</translation>
        </message>
        <message>
            <source>Change every key…</source>
            <translation>Сменить все ключи…</translation>
        </message>
        <message>
            <source>Changing the passphrase protects you if someone may learn the old one later. If someone may already have seen your passphrase or recovery key, or used this computer while the vault was open, change every key: every file is written again under new keys, you get a new recovery key, and the old passphrase and recovery key stop working.</source>
            <translation>Смена парольной фразы защищает, если кто-то может узнать старую позже. Если кто-то уже мог видеть вашу парольную фразу или ключ восстановления или пользовался этим компьютером, пока хранилище было открыто, смените все ключи: все файлы записываются заново под новыми ключами, вы получаете новый ключ восстановления, а старые парольная фраза и ключ восстановления перестают действовать.</translation>
        </message>
        <message>
            <source>Vault fingerprint</source>
            <translation>Отпечаток хранилища</translation>
        </message>
        <message>
            <source>Give this to your lawyer on paper, separately from the bundle. With it they can check that a bundle really comes from your vault: a fingerprint inside a bundle proves nothing on its own.</source>
            <translation>Передайте его адвокату на бумаге, отдельно от пакета. С ним можно проверить, что пакет действительно сделан в вашем хранилище: отпечаток внутри пакета сам по себе ничего не доказывает.</translation>
        </message>
        <message>
            <source>Proxy for captures</source>
            <translation>Прокси для сохранения</translation>
        </message>
        <message>
            <source>None: pages are opened directly</source>
            <translation>Нет: страницы открываются напрямую</translation>
        </message>
        <message>
            <source>Use Tor</source>
            <translation>Использовать Tor</translation>
        </message>
        <message>
            <source>Every request of a capture goes through this proxy (http://, https:// or socks5://). A capture through Tor (socks5://127.0.0.1:9050, with Tor running on this computer) hides your internet address from the site: it sees an address of the Tor network instead.</source>
            <translation>Все запросы при сохранении идут через этот прокси (http://, https:// или socks5://). Сохранение через Tor (socks5://127.0.0.1:9050, когда Tor запущен на этом компьютере) скрывает ваш интернет-адрес от сайта: вместо него сайт видит адрес сети Tor.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Аккаунты</translation>
        </message>
        <message>
            <source>Accounts for captures…</source>
            <translation>Аккаунты для сохранения страниц…</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Этот компьютер</translation>
        </message>
        <message>
            <source>Delete this vault from this computer now</source>
            <translation>Удалить это хранилище с этого компьютера сейчас</translation>
        </message>
        <message>
            <source>Wrong passphrases allowed</source>
            <translation>Допустимо неверных паролей</translation>
        </message>
        <message>
            <source>then wait</source>
            <translation>затем пауза</translation>
        </message>
        <message>
            <source>After this many wrong passphrases or recovery keys in a row, each further try must wait, twice as long each time, up to one hour. Nothing is ever deleted because of wrong tries.</source>
            <translation>После стольких неверных паролей или ключей восстановления подряд каждая следующая попытка должна ждать, каждый раз вдвое дольше, но не больше часа. Из-за неверных попыток ничего никогда не удаляется.</translation>
        </message>
        <message>
            <source>Key for receiving evidence</source>
            <translation>Ключ для получения доказательств</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Резервные копии…</translation>
        </message>
        <message>
            <source>Copies of the vault on a USB stick, a cloud folder or an rclone remote, so that your evidence outlives this computer.</source>
            <translation>Копии хранилища на флешке, в облачной папке или в удалённом хранилище rclone, чтобы ваши доказательства пережили этот компьютер.</translation>
        </message>
    </context>
    <context>
        <name>Style</name>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
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
            <translation>Выберите папку вашего хранилища</translation>
        </message>
        <message>
            <source>Open your vault</source>
            <translation>Откройте хранилище</translation>
        </message>
        <message>
            <source>Type your recovery key, the groups of letters you saved when the vault was created.</source>
            <translation>Введите ключ восстановления — группы символов, которые вы сохранили при создании хранилища.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>Use my passphrase instead</source>
            <translation>Использовать парольную фразу</translation>
        </message>
        <message>
            <source>Type your passphrase to see your saved evidence.</source>
            <translation>Введите парольную фразу, чтобы увидеть сохранённые доказательства.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>I forgot my passphrase: use the recovery key</source>
            <translation>Не помню парольную фразу: открыть ключом восстановления</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Opening… this takes a moment on purpose, to slow down anyone guessing.</source>
            <translation>Открываем… это нарочно занимает немного времени, чтобы затруднить подбор.</translation>
        </message>
        <message>
            <source>Vault: {path}</source>
            <translation>Хранилище: {path}</translation>
        </message>
        <message>
            <source>Open another vault…</source>
            <translation>Открыть другое хранилище…</translation>
        </message>
        <message>
            <source>Create a new vault…</source>
            <translation>Создать новое хранилище…</translation>
        </message>
        <message>
            <source>Need help? In Tajikistan, the free hotline 1313 (please check it is still running). Access Now Digital Security Helpline, also in Russian: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;</source>
            <translation>Нужна помощь? В Таджикистане — бесплатная горячая линия 1313 (проверьте, работает ли она). Линия помощи по цифровой безопасности Access Now, в том числе на русском: &lt;a href="https://www.accessnow.org/help/"&gt;accessnow.org/help&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Too many wrong tries in a row. To slow down guessing, the next try must wait: {time}. Nothing was tried and nothing was deleted.</source>
            <translation>Слишком много неверных попыток подряд. Чтобы замедлить подбор, следующую попытку нужно подождать: {time}. Ничего не проверялось и ничего не удалено.</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Восстановить из резервной копии…</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>All is well. {items} and {entries} were read back and nothing was changed.</source>
            <comment>{items}: 3 items, {entries}: 12 record entries</comment>
            <translation>Всё в порядке. Перечитано: {items} и {entries}; ничего не изменено.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record entry(s)</source>
            <translation>
                <numerusform>%n строка журнала</numerusform>
                <numerusform>%n строки журнала</numerusform>
                <numerusform>%n строк журнала</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. The items below may have been changed or damaged. Keep this computer and the vault as they are and ask someone you trust for help.</source>
            <translation>
                <numerusform>Найдена %n проблема. Записи ниже могли быть изменены или повреждены. Оставьте компьютер и хранилище как есть и попросите помощи у человека, которому доверяете.</numerusform>
                <numerusform>Найдены %n проблемы. Записи ниже могли быть изменены или повреждены. Оставьте компьютер и хранилище как есть и попросите помощи у человека, которому доверяете.</numerusform>
                <numerusform>Найдено %n проблем. Записи ниже могли быть изменены или повреждены. Оставьте компьютер и хранилище как есть и попросите помощи у человека, которому доверяете.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check stopped before the end.</source>
            <translation>Проверка остановилась, не дойдя до конца.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Check the vault</source>
            <translation>Проверка хранилища</translation>
        </message>
        <message>
            <source>Every sealed file and every entry of the record is read back and compared with its fingerprint. This can take a while; you can keep working.</source>
            <translation>Каждый запечатанный файл и каждая строка журнала перечитываются и сверяются с отпечатком. Это может занять время; можно продолжать работу.</translation>
        </message>
    </context>
    <context>
        <name>_Screen</name>
        <message>
            <source>If someone comes near, press {keys} or the Quick exit button: the window disappears at once, the vault locks and the app closes. Nothing you saved is lost.</source>
            <translation>Если кто-то подходит, нажмите {keys} или кнопку «Быстрый выход»: окно сразу исчезнет, хранилище закроется, приложение завершится. Ничего сохранённого не пропадёт.</translation>
        </message>
    </context>
    <context>
        <name>ChatModel</name>
        <message>
            <source>When (UTC / as the phone showed it)</source>
            <translation>Когда (UTC / как показывал телефон)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>When (UTC / this computer)</source>
            <translation>Когда (UTC / этот компьютер)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>service message</source>
            <translation>служебное сообщение</translation>
        </message>
        <message>
            <source>forwarded from {name}</source>
            <translation>переслано от {name}</translation>
        </message>
        <message>
            <source>reply to message {id}</source>
            <translation>ответ на сообщение {id}</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>[{kind}: {name}]</source>
            <translation>[{kind}: {name}]</translation>
        </message>
        <message>
            <source>no time in the export</source>
            <translation>в выгрузке нет времени</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Telegram id {id}</source>
            <translation>Id в Telegram {id}</translation>
        </message>
        <message>
            <source>{messages}, {files}, {gaps}</source>
            <comment>a chat's counts: 5 messages, 2 files, 0 gaps</comment>
            <translation>{messages}, {files}, {gaps}</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n сообщение</numerusform>
                <numerusform>%n сообщения</numerusform>
                <numerusform>%n сообщений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n пропуск</numerusform>
                <numerusform>%n пропуска</numerusform>
                <numerusform>%n пропусков</numerusform>
            </translation>
        </message>
        <message>
            <source>Times: UTC from Telegram's own time stamps.</source>
            <translation>Время: UTC по собственным отметкам времени Telegram.</translation>
        </message>
        <message>
            <source>Times: written by the phone without a zone; read in {zone}, as you stated.</source>
            <translation>Время: записано телефоном без пояса; прочитано в поясе {zone}, как вы указали.</translation>
        </message>
        <message>
            <source>Times: written by the phone without a zone; read in {zone}, this computer's zone.</source>
            <translation>Время: записано телефоном без пояса; прочитано в поясе {zone} — поясе этого компьютера.</translation>
        </message>
        <message>
            <source>{shown} · {marked}</source>
            <comment>the chat's counts: 3 of 10 messages shown · 2 marked</comment>
            <translation>{shown} · {marked}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n message(s) shown</source>
            <translation>
                <numerusform>показано {shown} из %n сообщения</numerusform>
                <numerusform>показано {shown} из %n сообщений</numerusform>
                <numerusform>показано {shown} из %n сообщений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked</source>
            <translation>
                <numerusform>отмечено %n</numerusform>
                <numerusform>отмечено %n</numerusform>
                <numerusform>отмечено %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Opening the picture…</source>
            <translation>Открываем изображение…</translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Это изображение нельзя показать здесь. Оно хранится в хранилище без изменений.</translation>
        </message>
        <message>
            <source>Search this chat (words, a sender, a message number)</source>
            <translation>Поиск в этом чате (слова, отправитель, номер сообщения)</translation>
        </message>
        <message>
            <source>Only marked</source>
            <translation>Только отмеченные</translation>
        </message>
        <message>
            <source>Exhibit these</source>
            <translation>Отметить как доказательства</translation>
        </message>
        <message>
            <source>Mark the chosen messages as the ones that matter. The dossier then shows them; the mark is recorded and the sealed chat never changes.</source>
            <translation>Отметить выбранные сообщения как важные. Досье покажет именно их; отметка записывается в журнал, а запечатанный чат не меняется.</translation>
        </message>
        <message>
            <source>Unmark</source>
            <translation>Снять отметку</translation>
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
            <translation>Москва</translation>
        </message>
        <message>
            <source>Tashkent</source>
            <translation>Ташкент</translation>
        </message>
        <message>
            <source>Almaty</source>
            <translation>Алматы</translation>
        </message>
        <message>
            <source>Bishkek</source>
            <translation>Бишкек</translation>
        </message>
        <message>
            <source>Istanbul</source>
            <translation>Стамбул</translation>
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
            <translation>Нью-Йорк</translation>
        </message>
        <message>
            <source>{zone} — this computer's zone</source>
            <translation>{zone} — пояс этого компьютера</translation>
        </message>
        <message>
            <source>Other…</source>
            <translation>Другой…</translation>
        </message>
        <message>
            <source>Choose the city whose time the phone showed. The first choice is this computer's zone; “Other…” lists every time zone.</source>
            <translation>Выберите город, время которого показывал телефон. Сначала выбран пояс этого компьютера; «Другой…» — все часовые пояса.</translation>
        </message>
        <message>
            <source>Time zone of the chat</source>
            <translation>Часовой пояс чата</translation>
        </message>
        <message>
            <source>WhatsApp writes each message's time as the phone showed it, without a time zone. In which time zone was the phone? Evidence Kit records your answer as stated by you.</source>
            <translation>WhatsApp записывает время каждого сообщения так, как его показывал телефон, без часового пояса. В каком часовом поясе был телефон? Evidence Kit запишет ваш ответ как указанный вами.</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>Change every key</source>
            <translation>Сменить все ключи</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>I have written the new recovery key down</source>
            <translation>Я записал(а) новый ключ восстановления</translation>
        </message>
        <message>
            <source>Lock the vault and open it with the new passphrase</source>
            <translation>Закрыть хранилище и открыть его новой парольной фразой</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Это изображение нельзя показать здесь. Оно хранится в хранилище без изменений.</translation>
        </message>
        <message>
            <source>A photo you are looking for was found</source>
            <translation>Найдена фотография, которую вы ищете</translation>
        </message>
        <message>
            <source>{name}, at {s} s</source>
            <translation>{name}, на {s} с</translation>
        </message>
        <message>
            <source>Found: {exhibit} — {name}</source>
            <translation>Найдено: {exhibit} — {name}</translation>
        </message>
        <message>
            <source>Your photo: {exhibit}</source>
            <translation>Ваша фотография: {exhibit}</translation>
        </message>
        <message numerus="yes">
            <source>%n of 256 bits of their fingerprints differ (a match is {limit} or fewer); picture quality {quality} of 100.</source>
            <translation>
                <numerusform>Их цифровые отпечатки различаются в %n из 256 бит (совпадение — {limit} или меньше); качество изображения {quality} из 100.</numerusform>
                <numerusform>Их цифровые отпечатки различаются в %n из 256 бит (совпадение — {limit} или меньше); качество изображения {quality} из 100.</numerusform>
                <numerusform>Их цифровые отпечатки различаются в %n из 256 бит (совпадение — {limit} или меньше); качество изображения {quality} из 100.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>ReferencesDialog</name>
        <message>
            <source>{name}, at {s} s</source>
            <translation>{name}, на {s} с</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) still being fingerprinted; matches among them will show when that is done.</source>
            <translation>
                <numerusform>Для %n изображения ещё создаются отпечатки; совпадения среди них появятся, когда это закончится.</numerusform>
                <numerusform>Для %n изображений ещё создаются отпечатки; совпадения среди них появятся, когда это закончится.</numerusform>
                <numerusform>Для %n изображений ещё создаются отпечатки; совпадения среди них появятся, когда это закончится.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) compared.</source>
            <translation>
                <numerusform>%n изображение сравнено.</numerusform>
                <numerusform>%n изображения сравнены.</numerusform>
                <numerusform>%n изображений сравнено.</numerusform>
            </translation>
        </message>
        <message>
            <source>This picture could not be shown here. It is kept unchanged in the vault.</source>
            <translation>Это изображение нельзя показать здесь. Оно хранится в хранилище без изменений.</translation>
        </message>
        <message>
            <source>Choose the photos or videos to look for</source>
            <translation>Выберите фотографии или видео для поиска</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added. They are looked for in every page you save.</source>
            <translation>
                <numerusform>Добавлен %n файл. Поиск идёт на каждой сохранённой странице.</numerusform>
                <numerusform>Добавлено %n файла. Поиск идёт на каждой сохранённой странице.</numerusform>
                <numerusform>Добавлено %n файлов. Поиск идёт на каждой сохранённой странице.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added: {name} — {reason}</source>
            <translation>Не добавлено: {name} — {reason}</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Добавление…</translation>
        </message>
        <message>
            <source>Stop looking for {exhibit}? It stays sealed in the vault, like everything you saved, but is no longer compared with new pages.</source>
            <translation>Больше не искать {exhibit}? Как и всё сохранённое, оно останется запечатанным в хранилище, но больше не будет сравниваться с новыми страницами.</translation>
        </message>
        <message>
            <source>Photos to look for</source>
            <translation>Фото для поиска</translation>
        </message>
        <message>
            <source>Add the photos or videos of you that you fear will be posted again. They stay encrypted on this computer and are never shown unless you click “Show the picture”. Only their fingerprints are compared with the pictures of every page you save; nothing is uploaded anywhere.</source>
            <translation>Добавьте свои фотографии или видео, которые, как вы боитесь, опубликуют снова. Они остаются зашифрованными на этом компьютере и показываются, только если вы нажмёте «Показать изображение». С изображениями каждой сохранённой страницы сравниваются только их цифровые отпечатки; ничего никуда не загружается.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фотография</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Найдено</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Где найдено</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Your photo</source>
            <translation>Ваша фотография</translation>
        </message>
        <message>
            <source>Where they were found</source>
            <translation>Где они найдены</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <source>Stop looking for this one</source>
            <translation>Больше не искать эту</translation>
        </message>
        <message>
            <source>Show side by side</source>
            <translation>Показать рядом</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>WatchDialog</name>
        <message>
            <source>Closing the window then leaves {app} next to the clock (in the system tray) with the vault open in this computer&apos;s memory, saving each watched page when it is due. Showing the window again asks for your passphrase; Quit or Quick exit in the icon&apos;s menu stops it. Your passphrase is never written anywhere.</source>
            <translation>Тогда после закрытия окна {app} остаётся рядом с часами (в системном трее), хранилище открыто в памяти этого компьютера, и каждая наблюдаемая страница сохраняется в свой срок. Чтобы снова показать окно, нужна парольная фраза; «Выйти» или «Быстрый выход» в меню значка останавливают наблюдение. Парольная фраза нигде не записывается.</translation>
        </message>
        <message>
            <source>Keep watching while the window is closed</source>
            <translation>Продолжать наблюдение, когда окно закрыто</translation>
        </message>
        <message>
            <source>Saving now…</source>
            <translation>Сохраняется…</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Пора сохранить</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ещё не сохранялась</translation>
        </message>
        <message>
            <source>That is not a web address. Paste an address that starts with http:// or https://.</source>
            <translation>Это не веб-адрес. Вставьте адрес, который начинается с http:// или https://.</translation>
        </message>
        <message>
            <source>Watching {url}. It is saved now and then again and again.</source>
            <translation>Страница {url} под наблюдением. Она сохраняется сейчас, а затем снова и снова.</translation>
        </message>
        <message>
            <source>Stop watching {url}? The pages already saved stay in the vault.</source>
            <translation>Прекратить наблюдение за {url}? Уже сохранённые страницы останутся в хранилище.</translation>
        </message>
        <message>
            <source>{url} could not be saved: {reason}</source>
            <translation>Не удалось сохранить {url}: {reason}</translation>
        </message>
        <message>
            <source>Watched pages</source>
            <translation>Наблюдаемые страницы</translation>
        </message>
        <message>
            <source>A watched page is saved again and again while this app is open. Each time is sealed as evidence and compared with the time before: posts added or removed, text edited, the page taken down or back. If a photo you are looking for appears, you are told.</source>
            <translation>Пока приложение открыто, наблюдаемая страница сохраняется снова и снова. Каждый раз запечатывается как доказательство и сравнивается с предыдущим: добавленные или удалённые посты, изменённый текст, удаление страницы или её возвращение. Если появится фотография, которую вы ищете, вам сообщат.</translation>
        </message>
        <message>
            <source>Watch this page</source>
            <translation>Наблюдать за страницей</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Как часто</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Последнее сохранение</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>В следующий раз</translation>
        </message>
        <message>
            <source>Saved (local time)</source>
            <translation>Сохранено (местное время)</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Доказательство</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ сайта</translation>
        </message>
        <message>
            <source>Every time the chosen page was saved</source>
            <translation>Все сохранения выбранной страницы</translation>
        </message>
        <message>
            <source>Save it now</source>
            <translation>Сохранить сейчас</translation>
        </message>
        <message>
            <source>Save all now</source>
            <translation>Сохранить все сейчас</translation>
        </message>
        <message>
            <source>Stop watching</source>
            <translation>Прекратить наблюдение</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>When a page is opened while you are logged in, the site — and sometimes the person who posted it — may be able to see that your account looked at it. Use this only if the page cannot be seen without logging in.</source>
            <translation>Если открыть страницу, войдя в свой аккаунт, сайт — а иногда и тот, кто опубликовал пост, — может увидеть, что ваш аккаунт её смотрел. Используйте это, только если страницу нельзя увидеть без входа.</translation>
        </message>
        <message>
            <source>Use a separate account for this, not your own: some platforms show the owner which account viewed a story or a profile, and the account can be banned.</source>
            <translation>Используйте для этого отдельный аккаунт, а не свой: некоторые платформы показывают владельцу, какой аккаунт смотрел историю или профиль, и аккаунт могут заблокировать.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>{name} — {sites} (added {when})</source>
            <translation>{name} — {sites} (добавлен {when})</translation>
        </message>
        <message>
            <source>No accounts yet: pages are opened without logging in.</source>
            <translation>Аккаунтов пока нет: страницы открываются без входа.</translation>
        </message>
        <message>
            <source>An account named “{name}” is already saved. Choose another name, or remove the old one first.</source>
            <translation>Аккаунт с именем «{name}» уже сохранён. Выберите другое имя или сначала удалите старый.</translation>
        </message>
        <message>
            <source>Choose a cookies.txt file</source>
            <translation>Выберите файл cookies.txt</translation>
        </message>
        <message>
            <source>Saved “{name}” in the vault. The file {path} still holds this login in plain text: delete it if you no longer need it.</source>
            <translation>«{name}» сохранён в хранилище. Файл {path} по-прежнему хранит этот вход в открытом виде: удалите его, если он больше не нужен.</translation>
        </message>
        <message>
            <source>“{url}” is not a web address.</source>
            <translation>«{url}» — это не веб-адрес.</translation>
        </message>
        <message>
            <source>A browser window is open with a fresh, temporary profile. Log in there, then close the window or press “Done”.</source>
            <translation>Открыто окно браузера с новым временным профилем. Войдите в аккаунт там, затем закройте окно или нажмите «Готово».</translation>
        </message>
        <message>
            <source>Saved “{name}” in the vault; the browser's profile was wiped.</source>
            <translation>«{name}» сохранён в хранилище; профиль браузера стёрт.</translation>
        </message>
        <message>
            <source>Remove the account “{name}” from the vault? Its login will be gone from this computer.</source>
            <translation>Удалить аккаунт «{name}» из хранилища? Его вход исчезнет с этого компьютера.</translation>
        </message>
        <message>
            <source>Removed “{name}” from the vault.</source>
            <translation>«{name}» удалён из хранилища.</translation>
        </message>
        <message>
            <source>Accounts for captures</source>
            <translation>Аккаунты для сохранения страниц</translation>
        </message>
        <message>
            <source>Some pages can only be seen when logged in. An account saved here opens them: its login (cookies and site storage) is kept only inside the encrypted vault.</source>
            <translation>Некоторые страницы видны только после входа в аккаунт. Сохранённый здесь аккаунт открывает их: его вход (cookie и данные сайтов) хранится только в зашифрованном хранилище.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>for example: instagram-research</source>
            <translation>например: instagram-research</translation>
        </message>
        <message>
            <source>Page to open first</source>
            <translation>Страница, которая откроется первой</translation>
        </message>
        <message>
            <source>Add from a cookies.txt file…</source>
            <translation>Добавить из файла cookies.txt…</translation>
        </message>
        <message>
            <source>Log in in a browser window…</source>
            <translation>Войти в окне браузера…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Сначала введите вашу нынешнюю парольную фразу.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n character(s).</source>
            <translation>
                <numerusform>Слишком коротко: используйте не меньше %n символа.</numerusform>
                <numerusform>Слишком коротко: используйте не меньше %n символов.</numerusform>
                <numerusform>Слишком коротко: используйте не меньше %n символов.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Это не ваша нынешняя парольная фраза. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Too short.</source>
            <translation>Слишком коротко.</translation>
        </message>
        <message>
            <source>Weak.</source>
            <translation>Слабая.</translation>
        </message>
        <message>
            <source>Fair.</source>
            <translation>Средняя.</translation>
        </message>
        <message>
            <source>Good.</source>
            <translation>Хорошая.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Надёжная.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Нынешняя парольная фраза</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Введите её ещё раз</translation>
        </message>
    </context>
    <context>
        <name>DestroyDialog</name>
        <message>
            <source>Delete this vault</source>
            <translation>Удалить хранилище</translation>
        </message>
        <message>
            <source>Delete this vault from this computer now</source>
            <translation>Удалить это хранилище с этого компьютера сейчас</translation>
        </message>
        <message>
            <source>Looking for the last backup…</source>
            <translation>Ищем последнюю резервную копию…</translation>
        </message>
        <message>
            <source>Keep the vault</source>
            <translation>Оставить хранилище</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Are you sure? The vault is deleted from this computer at once and cannot be opened here again. Only a backup can bring it back.</source>
            <translation>Вы уверены? Хранилище будет сразу удалено с этого компьютера, и открыть его здесь больше не получится. Вернуть его можно только из резервной копии.</translation>
        </message>
        <message>
            <source>Yes, delete it now</source>
            <translation>Да, удалить сейчас</translation>
        </message>
    </context>
    <context>
        <name>WatchTray</name>
        <message>
            <source>This computer shows no icons next to the clock (no system tray), so {app} cannot stay open with its window closed. Watching stops when the window closes and goes on when you open the app again.</source>
            <translation>На этом компьютере рядом с часами не показываются значки (нет системного трея), поэтому {app} не может оставаться открытым с закрытым окном. Наблюдение останавливается, когда окно закрывается, и продолжается, когда вы снова откроете приложение.</translation>
        </message>
        <message numerus="yes">
            <source>The window is closed, but {app} keeps watching %n page(s): the vault stays open in this computer&apos;s memory until you quit. To see the window again, click the icon next to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the icon&apos;s menu.</source>
            <translation>
                <numerusform>Окно закрыто, но {app} продолжает следить за %n страницей: хранилище остаётся открытым в памяти этого компьютера, пока вы не выйдете. Чтобы снова увидеть окно, нажмите на значок рядом с часами — он спросит вашу парольную фразу. Чтобы остановить, выберите «Выйти» или «Быстрый выход» в меню значка.</numerusform>
                <numerusform>Окно закрыто, но {app} продолжает следить за %n страницами: хранилище остаётся открытым в памяти этого компьютера, пока вы не выйдете. Чтобы снова увидеть окно, нажмите на значок рядом с часами — он спросит вашу парольную фразу. Чтобы остановить, выберите «Выйти» или «Быстрый выход» в меню значка.</numerusform>
                <numerusform>Окно закрыто, но {app} продолжает следить за %n страницами: хранилище остаётся открытым в памяти этого компьютера, пока вы не выйдете. Чтобы снова увидеть окно, нажмите на значок рядом с часами — он спросит вашу парольную фразу. Чтобы остановить, выберите «Выйти» или «Быстрый выход» в меню значка.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Быстрый выход</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Forgot it? Choose Quit in the icon&apos;s menu, then open the app with your recovery key.</source>
            <translation>Забыли её? Выберите «Выйти» в меню значка, затем откройте приложение с ключом восстановления.</translation>
        </message>
        <message>
            <source>{app} is still watching. Type your passphrase to show the window.</source>
            <translation>{app} продолжает наблюдение. Введите парольную фразу, чтобы показать окно.</translation>
        </message>
    </context>
    <context>
        <name>IdentityBox</name>
        <message>
            <source>Copied. Paste it into the message to the person who will send you evidence.</source>
            <translation>Скопировано. Вставьте его в сообщение тому, кто будет присылать вам доказательства.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Choose the file you received</source>
            <translation>Выберите полученный файл</translation>
        </message>
        <message>
            <source>Encrypted case (*.age);;All files (*)</source>
            <translation>Зашифрованное дело (*.age);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Opening and checking the file…</source>
            <translation>Файл открывается и проверяется…</translation>
        </message>
        <message>
            <source>Sealing the received items…</source>
            <translation>Полученные материалы запечатываются…</translation>
        </message>
        <message>
            <source>Receive a case</source>
            <translation>Принять дело</translation>
        </message>
        <message>
            <source>A file sent to this vault (.age) is opened with this vault's key and checked first: the signature, every file's SHA-256 and the record of every step. You then see who sent it and what it holds; only “Receive” adds its items, with where they came from.</source>
            <translation>Файл, присланный этому хранилищу (.age), открывается ключом этого хранилища и сначала проверяется: подпись, SHA-256 каждого файла и запись каждого шага. Затем вы увидите, кто его прислал и что в нём; только кнопка «Принять» добавит материалы вместе с тем, откуда они пришли.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Sender's fingerprint (if you have it)</source>
            <translation>Отпечаток отправителя (если он у вас есть)</translation>
        </message>
        <message>
            <source>given to you separately, on paper or by phone</source>
            <translation>передан вам отдельно, на бумаге или по телефону</translation>
        </message>
        <message>
            <source>Open and check</source>
            <translation>Открыть и проверить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Принять</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>This is not a lawyer's key: it starts with age1 and is about 62 characters long.</source>
            <translation>Это не ключ адвоката: он начинается с age1 и длиной около 62 знаков.</translation>
        </message>
        <message>
            <source>Where to save the encrypted file</source>
            <translation>Куда сохранить зашифрованный файл</translation>
        </message>
        <message>
            <source>Encrypted case (*.age)</source>
            <translation>Зашифрованное дело (*.age)</translation>
        </message>
        <message>
            <source>Encrypting…</source>
            <translation>Шифрование…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Send to my lawyer</source>
            <translation>Отправить адвокату</translation>
        </message>
        <message>
            <source>The chosen items will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Выбранные материалы будут сохранены в одном файле, зашифрованном ключом вашего адвоката.</translation>
        </message>
        <message>
            <source>The case “{case}” will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Дело «{case}» будет сохранено в одном файле, зашифрованном ключом вашего адвоката.</translation>
        </message>
        <message>
            <source>All your evidence will be saved in one file encrypted to your lawyer's key.</source>
            <translation>Все ваши доказательства будут сохранены в одном файле, зашифрованном ключом вашего адвоката.</translation>
        </message>
        <message>
            <source>It holds the original files, the court dossier and the record of every step, signed by your vault. The file is safe to send by any messenger, e-mail or USB stick: only that lawyer's Evidence Kit (or her age key) can open it.</source>
            <translation>В нём исходные файлы, досье для суда и запись каждого шага, подписанные вашим хранилищем. Файл можно отправить любым мессенджером, по e-mail или на флешке: открыть его сможет только Evidence Kit этого адвоката (или её ключ age).</translation>
        </message>
        <message>
            <source>Your lawyer's key</source>
            <translation>Ключ вашего адвоката</translation>
        </message>
        <message>
            <source>age1… (she finds it in her Settings, or her age-keygen printed it)</source>
            <translation>age1… (он есть у неё в Настройках или его напечатал её age-keygen)</translation>
        </message>
        <message>
            <source>Your vault's fingerprint</source>
            <translation>Отпечаток вашего хранилища</translation>
        </message>
        <message>
            <source>I checked this key with my lawyer, and told her my vault's fingerprint (by phone or on paper, not in the same message)</source>
            <translation>Я сверила этот ключ с адвокатом и сообщила ей отпечаток своего хранилища (по телефону или на бумаге, не в том же сообщении)</translation>
        </message>
        <message>
            <source>Include the files of items marked sensitive (only for a court or an investigator)</source>
            <translation>Включить файлы материалов, отмеченных как деликатные (только для суда или следователя)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Save encrypted file…</source>
            <translation>Сохранить зашифрованный файл…</translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message>
            <source>The check of “{name}” was stopped before the end.</source>
            <translation>Проверка «{name}» остановлена до конца.</translation>
        </message>
        <message numerus="yes">
            <source>The backup “{name}” is complete: %n item(s), read back and checked.</source>
            <translation>
                <numerusform>Резервная копия «{name}» готова: %n запись, прочитана заново и проверена.</numerusform>
                <numerusform>Резервная копия «{name}» готова: %n записи, прочитаны заново и проверены.</numerusform>
                <numerusform>Резервная копия «{name}» готова: %n записей, прочитаны заново и проверены.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLine</name>
        <message>
            <source>There is no backup of this vault yet. If this computer is taken or breaks, the evidence in it is lost. Settings → Backups makes one on a USB stick or a cloud folder.</source>
            <translation>У этого хранилища ещё нет резервной копии. Если компьютер заберут или он сломается, доказательства в нём пропадут. Настройки → Резервные копии: там можно сделать копию на флешку или в облачную папку.</translation>
        </message>
        <message numerus="yes">
            <source>The last good backup was made %n day(s) ago, on {when}. When you can, plug in your backup drive or connect to your backup and run it (Settings → Backups).</source>
            <translation>
                <numerusform>Последняя удачная резервная копия сделана %n день назад, {when}. Когда сможете, подключите диск с копией или свою облачную копию и обновите её (Настройки → Резервные копии).</numerusform>
                <numerusform>Последняя удачная резервная копия сделана %n дня назад, {when}. Когда сможете, подключите диск с копией или свою облачную копию и обновите её (Настройки → Резервные копии).</numerusform>
                <numerusform>Последняя удачная резервная копия сделана %n дней назад, {when}. Когда сможете, подключите диск с копией или свою облачную копию и обновите её (Настройки → Резервные копии).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last good backup: {when}.</source>
            <translation>Последняя удачная резервная копия: {when}.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>{name} — {where}
Last complete run: {when}</source>
            <translation>{name} — {where}
Последнее полное копирование: {when}</translation>
        </message>
        <message>
            <source>The last run, {when}, did not complete.</source>
            <translation>Последнее копирование, {when}, не завершилось.</translation>
        </message>
        <message>
            <source>The last run, {when}, was stopped.</source>
            <translation>Последнее копирование, {when}, было остановлено.</translation>
        </message>
        <message>
            <source>Backing up to “{name}”…</source>
            <translation>Копирование в «{name}»…</translation>
        </message>
        <message>
            <source>Reading back every file of “{name}”…</source>
            <translation>Каждый файл «{name}» читается заново…</translation>
        </message>
        <message>
            <source>Stopping safely: the backup keeps its last complete run…</source>
            <translation>Безопасная остановка: резервная копия остаётся такой, какой её оставило последнее полное копирование…</translation>
        </message>
        <message>
            <source>Choose the backup folder (a USB stick, or a folder your cloud app keeps)</source>
            <translation>Выберите папку для резервной копии (флешка или папка, которую синхронизирует ваше облачное приложение)</translation>
        </message>
        <message>
            <source>Added the backup “{name}”. Nothing is copied until you run it: choose it and click “Run now”.</source>
            <translation>Резервная копия «{name}» добавлена. Пока вы её не запустите, ничего не копируется: выберите её и нажмите «Запустить сейчас».</translation>
        </message>
        <message>
            <source>Forget the backup “{name}”? What it copied stays where it is, untouched; the app just stops running it.</source>
            <translation>Забыть резервную копию «{name}»? То, что уже скопировано, останется на месте нетронутым; приложение просто перестанет её обновлять.</translation>
        </message>
        <message>
            <source>Forget it</source>
            <translation>Забыть</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>A backup keeps your evidence if this computer is taken, searched or broken. It is a copy of the vault exactly as it is encrypted here: no name, address or file name can be read in it, and only your passphrase or recovery key opens it. Each run copies only what is new and reads it back. If a run is stopped, the backup stays as its last complete run.</source>
            <translation>Резервная копия сохранит ваши доказательства, если компьютер заберут, обыщут или он сломается. Это копия хранилища, зашифрованная точно так же, как здесь: в ней нельзя прочитать ни имени, ни адреса, ни названия файла, и открывает её только ваша парольная фраза или ключ восстановления. Каждый запуск копирует только новое и читает его заново. Если копирование остановлено, копия остаётся такой, какой её оставил последний полный запуск.</translation>
        </message>
        <message>
            <source>No backup yet. Add one below.</source>
            <translation>Резервных копий пока нет. Добавьте её ниже.</translation>
        </message>
        <message>
            <source>Run now</source>
            <translation>Запустить сейчас</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Read back every file of the backup and compare it with the vault</source>
            <translation>Заново прочитать каждый файл резервной копии и сверить его с хранилищем</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Удалить из списка…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Add a backup</source>
            <translation>Добавить резервную копию</translation>
        </message>
        <message>
            <source>Name (only you see it; it is never written on the backup)</source>
            <translation>Название (его видите только вы; в резервную копию оно не записывается)</translation>
        </message>
        <message>
            <source>for example: blue USB stick</source>
            <translation>например: синяя флешка</translation>
        </message>
        <message>
            <source>Where: a folder, or an rclone remote</source>
            <translation>Куда: папка или удалённое хранилище rclone</translation>
        </message>
        <message>
            <source>a folder, or rclone:REMOTE:PATH</source>
            <translation>папка или rclone:REMOTE:PATH</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Выбрать папку…</translation>
        </message>
        <message>
            <source>A folder can be on a USB stick, or a folder that the Nextcloud, Dropbox, Google Drive or OneDrive app keeps in the cloud. For any other place (a Nextcloud or WebDAV server, SFTP, S3…), install the program rclone, make a remote in a terminal with “rclone config” (it asks for the address and the password and keeps them itself), then type here rclone:NAME-OF-THE-REMOTE:FOLDER, for example rclone:nextcloud:evidence.</source>
            <translation>Папка может быть на флешке или быть папкой, которую приложение Nextcloud, Dropbox, Google Drive или OneDrive хранит в облаке. Для любого другого места (сервер Nextcloud или WebDAV, SFTP, S3…) установите программу rclone, создайте удалённое хранилище в терминале командой «rclone config» (она спросит адрес и пароль и сама их сохранит), затем введите здесь rclone:ИМЯ-ХРАНИЛИЩА:ПАПКА, например rclone:nextcloud:evidence.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Warn me in the main window when the last good backup is older than</source>
            <translation>Предупреждать в главном окне, если последняя удачная резервная копия старше, чем</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Choose the backup folder</source>
            <translation>Выберите папку с резервной копией</translation>
        </message>
        <message>
            <source>Choose a folder for the restored vault (empty)</source>
            <translation>Выберите папку для восстановленного хранилища (пустую)</translation>
        </message>
        <message>
            <source>Say in which folder the restored vault goes.</source>
            <translation>Укажите, в какую папку поместить восстановленное хранилище.</translation>
        </message>
        <message>
            <source>Type the recovery key of the vault that was backed up.</source>
            <translation>Введите ключ восстановления того хранилища, с которого сделана копия.</translation>
        </message>
        <message>
            <source>Type the passphrase of the vault that was backed up.</source>
            <translation>Введите парольную фразу того хранилища, с которого сделана копия.</translation>
        </message>
        <message>
            <source>Stopping; what was copied is removed…</source>
            <translation>Остановка; скопированное удаляется…</translation>
        </message>
        <message>
            <source>The restore was stopped. Nothing was left in the new vault's folder.</source>
            <translation>Восстановление остановлено. В папке нового хранилища ничего не осталось.</translation>
        </message>
        <message>
            <source>No backup there opens with this recovery key. Nothing was written.</source>
            <translation>Ни одна резервная копия там не открывается этим ключом восстановления. Ничего не записано.</translation>
        </message>
        <message>
            <source>No backup there opens with this passphrase. Check it, or use the recovery key. Nothing was written.</source>
            <translation>Ни одна резервная копия там не открывается этой парольной фразой. Проверьте её или используйте ключ восстановления. Ничего не записано.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>If this computer is new, or the vault was deleted or lost, a backup brings back everything it held: every item, the record of what was done, your settings and logins. The vault is made again in a new folder and opened.</source>
            <translation>Если компьютер новый или хранилище удалено или потеряно, резервная копия вернёт всё, что в ней было: каждую запись, журнал действий, ваши настройки и входы в аккаунты. Хранилище создаётся заново в новой папке и открывается.</translation>
        </message>
        <message>
            <source>Where the backup is</source>
            <translation>Где резервная копия</translation>
        </message>
        <message>
            <source>a folder, or rclone:REMOTE:PATH</source>
            <translation>папка или rclone:REMOTE:PATH</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Выбрать папку…</translation>
        </message>
        <message>
            <source>The USB stick or cloud folder you backed up to, or the rclone remote, written as rclone:NAME-OF-THE-REMOTE:FOLDER (made with “rclone config”).</source>
            <translation>Флешка или облачная папка, куда вы делали копию, или удалённое хранилище rclone в виде rclone:ИМЯ-ХРАНИЛИЩА:ПАПКА (созданное командой «rclone config»).</translation>
        </message>
        <message>
            <source>The new vault's folder (it must be missing or empty)</source>
            <translation>Папка нового хранилища (её не должно быть или она должна быть пустой)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>Use my passphrase instead</source>
            <translation>Использовать парольную фразу</translation>
        </message>
        <message>
            <source>Passphrase of the vault that was backed up</source>
            <translation>Парольная фраза хранилища, с которого сделана копия</translation>
        </message>
        <message>
            <source>I forgot my passphrase: use the recovery key</source>
            <translation>Не помню парольную фразу: открыть ключом восстановления</translation>
        </message>
        <message>
            <source>Restoring: every file is copied and checked…</source>
            <translation>Восстановление: каждый файл копируется и проверяется…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>MainWindowBackups</name>
        <message>
            <source>The folder of your backup “{name}” is here ({path}). Bring the backup up to date now? Only what is new is copied.</source>
            <translation>Папка вашей резервной копии «{name}» подключена ({path}). Обновить резервную копию сейчас? Копируется только новое.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Сделать копию сейчас</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
        <message>
            <source>Stop the backup</source>
            <translation>Остановить копирование</translation>
        </message>
    </context>
</TS>
