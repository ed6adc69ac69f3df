"""The words of the platform adapters (capture/platforms/) and of saving videos (capture/video.py),
in English, Russian and Tajik. Gaps are stored as key + fields, so the app and the dossier say them
in the reader's language."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ Telegram
    "platform.telegram.no_preview": {
        "en": "Telegram shows no web preview of the channel @{channel}: t.me/s/{channel} sent the browser on to t.me/{channel}. Telegram hides the preview of channels it has flagged or restricted, so its posts could not be captured from the web. The page Telegram showed is saved. To keep the posts, export the channel with Telegram Desktop (Export chat history) and add the export here, or capture again with a login session.",
        "ru": "Telegram не показывает веб-превью канала @{channel}: t.me/s/{channel} перенаправил браузер на t.me/{channel}. Telegram скрывает превью каналов, которые он пометил или ограничил, поэтому публикации канала нельзя сохранить из веба. Страница, которую показал Telegram, сохранена. Чтобы сохранить публикации, экспортируйте канал в Telegram Desktop («Экспорт истории чата») и добавьте экспорт сюда или повторите сохранение с сеансом входа.",
        "tg": "Telegram пешнамоиши вебии канали @{channel}-ро нишон намедиҳад: t.me/s/{channel} браузерро ба t.me/{channel} гузаронд. Telegram пешнамоиши каналҳоеро, ки қайд ё маҳдуд кардааст, пинҳон мекунад, бинобар ин нашрияҳои канал аз веб нигоҳ дошта нашуданд. Саҳифае, ки Telegram нишон дод, нигоҳ дошта шуд. Барои нигоҳ доштани нашрияҳо, каналро дар Telegram Desktop содир кунед («Содироти таърихи чат») ва онро ин ҷо илова кунед, ё бо ҷаласаи воридшавӣ аз нав нигоҳ доред."},
    "platform.telegram.post_missing": {
        "en": "Telegram did not show the post {post} ({reason}). It may have been deleted, or the channel may be hidden from the web; the page that was shown is saved.",
        "ru": "Telegram не показал публикацию {post} ({reason}). Возможно, она удалена или канал скрыт от веба; показанная страница сохранена.",
        "tg": "Telegram нашрияи {post}-ро нишон надод ({reason}). Шояд он нест карда шудааст ё канал аз веб пинҳон аст; саҳифаи нишондодашуда нигоҳ дошта шуд."},
    "platform.telegram.media_not_in_preview": {
        "en": "The post {post} has a file, voice message or large video that Telegram's web preview does not offer; it is not saved. A Telegram export or a capture with a login session can keep it.",
        "ru": "В публикации {post} есть файл, голосовое сообщение или большое видео, которые веб-превью Telegram не отдаёт; они не сохранены. Их можно сохранить через экспорт Telegram или с сеансом входа.",
        "tg": "Дар нашрияи {post} файл, паёми овозӣ ё видеои калон ҳаст, ки пешнамоиши вебии Telegram намедиҳад; он нигоҳ дошта нашуд. Онро тавассути содироти Telegram ё бо ҷаласаи воридшавӣ нигоҳ доштан мумкин аст."},
    "platform.telegram.no_posts": {
        "en": "The page of the Telegram channel @{channel} shows no posts.",
        "ru": "На странице Telegram-канала @{channel} нет публикаций.",
        "tg": "Дар саҳифаи канали Telegram @{channel} ягон нашрия нест."},
    # ------------------------------------------------------------------ every platform
    "platform.gap.login_wall": {
        "en": "{platform} asked to log in: what it shows only to logged-in users is not captured. To capture it, use a login session with a separate account, not your own.",
        "ru": "{platform} потребовал войти: то, что он показывает только вошедшим пользователям, не сохранено. Чтобы сохранить это, используйте сеанс входа с отдельной учётной записью, не своей.",
        "tg": "{platform} воридшавиро талаб кард: он чизе, ки танҳо ба корбарони воридшуда нишон медиҳад, нигоҳ дошта нашуд. Барои нигоҳ доштани он, ҷаласаи воридшавиро бо ҳисоби алоҳида истифода баред, на ҳисоби худатон."},
    "platform.gap.post_media_failed": {
        "en": "A photo or video of the post {post} could not be saved as its own file: {url}",
        "ru": "Фото или видео публикации {post} не удалось сохранить отдельным файлом: {url}",
        "tg": "Акс ё видеои нашрияи {post} ҳамчун файли алоҳида нигоҳ дошта нашуд: {url}"},
    "platform.gap.internal": {
        "en": "The posts on this page could not be listed one by one ({detail}); the page itself is saved as usual.",
        "ru": "Публикации на этой странице не удалось перечислить по отдельности ({detail}); сама страница сохранена как обычно.",
        "tg": "Нашрияҳои ин саҳифа ҷудо-ҷудо номбар нашуданд ({detail}); худи саҳифа мисли ҳамеша нигоҳ дошта шуд."},
    # ------------------------------------------------------------------ videos (yt-dlp, ffmpeg)
    "video.method": {
        "en": "Saved with yt-dlp; every request it made is in the WARC; separate streams joined by ffmpeg without re-encoding (-c copy) and with -bitexact.",
        "ru": "Сохранено с помощью yt-dlp; каждый его запрос есть в WARC; отдельные потоки объединены ffmpeg без перекодирования (-c copy) и с -bitexact.",
        "tg": "Бо yt-dlp нигоҳ дошта шуд; ҳар дархости он дар WARC ҳаст; ҷараёнҳои алоҳида бо ffmpeg бе рамзгузории нав (-c copy) ва бо -bitexact якҷоя карда шуданд."},
    "video.gap.failed": {
        "en": "The video at {url} could not be saved as one file.",
        "ru": "Видео по адресу {url} не удалось сохранить одним файлом.",
        "tg": "Видеои суроғаи {url} ҳамчун як файл нигоҳ дошта нашуд."},
    "video.gap.not_saved": {
        "en": "yt-dlp found the video at {url} but did not save a file of it.",
        "ru": "yt-dlp нашёл видео по адресу {url}, но не сохранил его файл.",
        "tg": "yt-dlp видеои суроғаи {url}-ро ёфт, вале файли онро нигоҳ надошт."},
    "video.gap.login": {
        "en": "The site wants a login before it gives the video at {url}; it is not saved. Capture again with a login session (a separate account, not your own).",
        "ru": "Сайт требует войти, прежде чем отдать видео по адресу {url}; оно не сохранено. Повторите сохранение с сеансом входа (отдельная учётная запись, не своя).",
        "tg": "Сомона пеш аз додани видеои суроғаи {url} воридшавиро талаб мекунад; он нигоҳ дошта нашуд. Бо ҷаласаи воридшавӣ аз нав нигоҳ доред (ҳисоби алоҳида, на ҳисоби худатон)."},
    "video.gap.no_video": {
        "en": "No video that could be saved was found at {url}.",
        "ru": "По адресу {url} не найдено видео, которое можно сохранить.",
        "tg": "Дар суроғаи {url} видеое, ки нигоҳ доштан мумкин бошад, ёфт нашуд."},
    "video.gap.private": {
        "en": "The video at {url} is private; it is not saved.",
        "ru": "Видео по адресу {url} закрыто (частное); оно не сохранено.",
        "tg": "Видеои суроғаи {url} пӯшида (шахсӣ) аст; он нигоҳ дошта нашуд."},
    "video.gap.unavailable": {
        "en": "The site says the video at {url} is not available (deleted, blocked or not found).",
        "ru": "Сайт сообщает, что видео по адресу {url} недоступно (удалено, заблокировано или не найдено).",
        "tg": "Сомона мегӯяд, ки видеои суроғаи {url} дастрас нест (нест карда шуда, баста шуда ё ёфт нашуд)."},
    "video.gap.too_large": {
        "en": "The video at {url} is larger than the limit of {limit} MiB; it is not saved.",
        "ru": "Видео по адресу {url} больше предела в {limit} МиБ; оно не сохранено.",
        "tg": "Видеои суроғаи {url} аз ҳадди {limit} МиБ калонтар аст; он нигоҳ дошта нашуд."},
    "video.gap.timeout": {
        "en": "Saving the video at {url} took longer than {seconds} seconds and was stopped.",
        "ru": "Сохранение видео по адресу {url} заняло больше {seconds} с и было остановлено.",
        "tg": "Нигоҳ доштани видеои суроғаи {url} аз {seconds} сония зиёд давом кард ва қатъ карда шуд."},
    "video.gap.stopped": {
        "en": "Saving the video at {url} was stopped.",
        "ru": "Сохранение видео по адресу {url} было остановлено.",
        "tg": "Нигоҳ доштани видеои суроғаи {url} қатъ карда шуд."},
    "video.gap.no_ytdlp": {
        "en": "yt-dlp is not installed, so videos that a browser cannot save whole were not saved.",
        "ru": "yt-dlp не установлен, поэтому видео, которые браузер не может сохранить целиком, не сохранены.",
        "tg": "yt-dlp насб нашудааст, бинобар ин видеоҳое, ки браузер пурра нигоҳ дошта наметавонад, нигоҳ дошта нашуданд."},
    "video.gap.no_ffmpeg": {
        "en": "ffmpeg is not installed: the video is saved as yt-dlp received it, not joined into one file that plays everywhere.",
        "ru": "ffmpeg не установлен: видео сохранено так, как его получил yt-dlp, без объединения в один файл, который воспроизводится везде.",
        "tg": "ffmpeg насб нашудааст: видео ҳамон тавре, ки yt-dlp гирифт, нигоҳ дошта шуд, на ҳамчун як файле, ки дар ҳама ҷо пахш мешавад."},
}

register(M)
