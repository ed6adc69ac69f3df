"""The Telegram adapter on real channel-preview pages saved by other projects (../shared/real-world/
telegram/, see its README.md), post by post. Every expectation below was read by hand from the HTML
(the `<time datetime>` values, the text as a browser shows it: source line breaks are spaces, `<br/>`
is a line break), not computed by the code under test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from capture.platforms import record_for
from capture.platforms.base import PageView

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-world" / "telegram"
CDN4 = "https://cdn4.telegram-cdn.org/file/"
CDN1 = "https://cdn1.telegram-cdn.org/file/"


def _page(name: str) -> dict:
    path = REAL / f"s_{name}.html"
    if not path.is_file():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{path} is missing: in CI the real-world pages must be beside the clone")
        pytest.skip(f"{path} is not on this machine")
    url = f"https://t.me/s/{name}"
    return record_for(PageView(url=url, final_url=url, html=path.read_text(encoding="utf-8")))


def _kinds(post: dict, kind: str) -> list[str]:
    return [m["source_url"] for m in post["media"] if m["kind"] == kind]


def _starts(urls: list[str], prefixes: list[str]) -> bool:
    return len(urls) == len(prefixes) and all(u.startswith(p) for u, p in zip(urls, prefixes))


def _common(post: dict, row: tuple, channel: str) -> None:
    num, when, views_text, views, text, author, edited, fwd, fwd_url, reply = row
    assert post["id"] == f"{channel}/{num}" and post["url"] == f"https://t.me/{channel}/{num}"
    assert post["published_at"] == when, num
    assert post["views_text"] == views_text and post["views"] == views, num
    assert post["text"] == text, num
    assert post["author"] == author and post["edited"] is edited, num
    assert post["forwarded_from"] == fwd and post.get("forwarded_from_url") == fwd_url, num
    assert post["reply_to"] == reply, num


# ------------------------------------------------------------------------------ t.me/s/topwar_official
# post, UTC time, views shown, views as a number, text, signature, edited, forwarded from (name, link), reply
TOPWAR = [
    (70989, "2023-02-28T07:47:53Z", "37.2K", 37200,
     "В Санкт-Петербурге в небо над городом подняли истребители из-за неизвестного объекта в воздухе, "
     "аэропорт Пулково не принимает самолеты, сообщает Baza.\nСудя по сервису Flightradar, гражданские "
     "самолеты не приближаются к Санкт-Петербургу.", None, False, None, None, None),
    (70990, "2023-02-28T08:09:50Z", "34.5K", 34500,
     "Власти Петербурга подтвердили, что аэропорт Пулково временно не принимает самолеты.",
     None, False, None, None, None),
    (70992, "2023-02-28T08:51:58Z", "33.8K", 33800,
     "Сегодня ночью в Республике Адыгея упал неизвестный летательный аппарат, обломки реактивного двигателя "
     "от которого опубликовал глава региона. Предположительно, обломки принадлежат украинскому БПЛА Ту-141 "
     "или Ту-143.", None, False, None, None, None),
    (70995, "2023-02-28T08:54:50Z", "33.6K", 33600,
     'План "Ковер" отменен, небо над Санкт-Петербургом открывают, сообщает источник РЕН ТВ.',
     None, False, None, None, None),
    (70996, "2023-02-28T09:06:02Z", "32.9K", 32900,
     "Информация о том, что подразделения ЧВК «Вагнер» подошли к самолетику в Бахмуте на расстояние 180 "
     "метров, пока не соответствует действительности. Музыканты уже близко, но не настолько.\n\n"
     "Кроме этого, в треугольнике между улицами Корсунского и Чайковского украинскими военнослужащими был "
     "создан мощный район обороны с многочисленными дотами в жилых домах, на этажах которых дополнительно "
     "располагаются снайперские группы, расчеты ПТРК и гранатометчики. Прилегающая территория 99,9% "
     "заминирована.\n\nНо бойцы ЧВК «Вагнер» продолжают наступление, а это значит, что рано или поздно я "
     "обязательно сниму их на фоне стелы с МиГ-17.\n\n@yaremshooter",
     None, False, "Военкор Ярем", "https://t.me/yaremshooter/1066", None),
    (70997, "2023-02-28T10:00:03Z", "30.3K", 30300,
     "Минобороны России сообщило, что дежурными силами Западной зоны ответственности за ПВО проведена "
     "тренировка по взаимодействию с гражданскими органами управления воздушным движением.\n\nОтработаны "
     "вопросы обнаружения, перехвата и идентификации предполагаемой цели нарушителя, а также взаимодействия "
     "с экстренными службами. Были задействованы истребители из состава дежурных сил ПВО.",
     None, False, None, None, None),
    (70998, "2023-02-28T10:29:08Z", "29.0K", 29000,
     "Новые ракетные корабли ВМФ РФ с Калибрами вышли на учения в Балтийское море\n\nМалые ракетные корабли "
     'проектов 22800 "Каракурт" и 21631 "Буян-М", которые оснащены боекомплектами крылатых ракет "Калибр", '
     "вышли на учения в Балтийское море, сообщили в пресс-службе Западного военного округа.\n\n"
     '"Ракетные корабли и катера Балтийской военно-морской базы Балтийского флота вышли в море для '
     'проведения учений. В манёврах принимают участие малые ракетные корабли "Одинцово", "Зелёный Дол", '
     '"Советск", ракетный катер "Димитровград", — уточнили в пресс-службе.\n\nВ рамках учений экипажам '
     "кораблей предстоит выполнить ряд задач по противокорабельной и противовоздушной обороне, а также "
     "разыграть учебный бой с ударными группировками условного противника. Помимо электронных ракетных "
     "пусков перед ними поставили задачу произвести реальные боевые упражнения комплексами постановки "
     "пассивных помех для уклонения от противокорабельных ракет противника.",
     None, False, "БелВПО", "https://t.me/Belarus_VPO/34301", None),
    (70999, "2023-02-28T10:43:08Z", "28.7K", 28700,
     "Ночью ВСУ предприняли попытку применения беспилотников в Краснодарском крае и Адыгее, подразделениями "
     "радиоэлектронной борьбы БПЛА были подавлены — Минобороны РФ", None, False, None, None, None),
    (71000, "2023-02-28T10:52:36Z", "28.7K", 28700,
     "Последствия ночного удара БПЛА-камикадзе ВСУ по нефтебазе в Туапсе сегодня ночью.",
     None, False, None, None, None),
    (71006, "2023-02-28T12:48:58Z", "17.2K", 17200,
     "Кратко по фронту Сватово-Кременная, район Макеевка-балка Журавка. Вчера штурмовой отряд «Чёрная Мамба» "
     "3 мсд при поддержке артиллерии и танков,после тяжёлого боя выбил хохла с очень важной высоты. "
     "Обороняющие высоту хохлы не успели сдаться в плен и умерли.",
     None, False, "Старше Эдды", "https://t.me/vysokygovorit/10899", None),
    (71007, "2023-02-28T13:02:00Z", "16.8K", 16800,
     "Путин – о приоритетах ФСБ в 2023 году: Прежде всего, необходимо продолжить оказывать содействие "
     "Вооруженным силам и Росгвардии в решении задач специальной военной операции, в том числе по "
     "контрразведывательному обеспечению воинских формирований, быстрому обмену оперативно значимой "
     "информацией.\nПредстоит уделить повышенное внимание становлению органов безопасности в ДНР, ЛНР, "
     "Запорожской и Херсонской областях. Надо укреплять их оперативный и кадровый потенциал, оснащать самой "
     "современной техникой. Обязательно надо работать с людьми и помогать им в сложных ситуациях. Доверие "
     "жителей Донбасса и Новороссии – это наша, ваша надежная, самая главная опора.\nПод особым контролем "
     "пограничной службы ФСБ должен находиться российско-украинский участок государственной границы. Сейчас "
     "там развернута группировка, в которую входят подразделения пограничных органов, авиации ФСБ, "
     "вооруженных сил и Росгвардии. Ваша задача - поставить заслон на пути диверсионных групп, пресекать "
     "попытки незаконного провоза на территорию России оружия и боеприпасов.\nНеобходимо в целом усилить "
     "линию контрразведки, ведь западные спецслужбы традиционно, всегда активно работали против России, а "
     "сейчас они бросили против нас дополнительные кадровые, технические и прочие ресурсы. Нам нужно "
     "соответствующим образом на это реагировать.",
     None, False, "Пул N3", "https://t.me/dimsmirnov175/44655", None),
    (71008, "2023-02-28T13:14:03Z", "14.9K", 14900,
     "Подземные тоннели для укрытия и скрытого перемещения иранских средств ПВО были продемонстрированы в "
     "ходе начавшихся учений иранской ПВО Modafean-e-Aseman-e-Velayat 1401.",
     None, False, "ImpNavigator", "https://t.me/ImpNavigator/4580", None),
]
# the first characters of each photo's and video's file name, in the page's order
TOPWAR_PHOTOS = {70989: ["J1iJAZ"], 70992: ["HL75Yw", "hyNfDo"], 70998: ["tczBw5"],
                 71000: ["Z5akg9", "KdZQv5", "CM5Fet", "G7F3Jp", "DojmVR", "Zj3Wg2"]}
TOPWAR_VIDEOS = {70992: ["ee2e53dc9f.mp4"], 71008: ["a325394411.mp4"]}
TOPWAR_TOO_BIG = [71006, 71007]          # `video_player not_supported`, "Media is too big"


def test_topwar_official_every_post_as_the_page_shows_it():
    r = _page("topwar_official")
    assert (r["name"], r["page"]) == ("telegram", "channel")
    assert r["account"] == {"handle": "topwar_official", "id": "1084368520", "title": "Военное обозрение"}
    assert [p["id"] for p in r["posts"]] == [f"topwar_official/{row[0]}" for row in TOPWAR]
    for post, row in zip(r["posts"], TOPWAR):
        n = row[0]
        _common(post, row, "topwar_official")
        assert post["service"] is False
        assert _starts(_kinds(post, "photo"), [CDN4 + x for x in TOPWAR_PHOTOS.get(n, [])]), n
        assert _starts(_kinds(post, "video"), [CDN4 + x for x in TOPWAR_VIDEOS.get(n, [])]), n
        assert {m["kind"] for m in post["media"]} <= {"photo", "video"}
    # only the two videos too large for the preview are gaps; the two playable ones are not
    assert r["gaps"] == [{"key": "platform.telegram.media_not_in_preview", "params": {"post": f"topwar_official/{n}"}}
                         for n in TOPWAR_TOO_BIG]
    assert sum(len(_kinds(p, "photo")) for p in r["posts"]) == 10
    assert sum(len(_kinds(p, "video")) for p in r["posts"]) == 2


# ------------------------------------------------------------------------------ t.me/s/tchantest
A = "Álvaro Justen"
TCHAN = [
    (1, "2023-02-24T07:26:49Z", None, None, "Channel created", None, False, None, None, None),
    (2, "2023-02-24T07:28:01Z", None, None, "Channel name was changed to «tchan's test channel»",
     None, False, None, None, None),
    (3, "2023-02-24T07:29:23Z", None, None, "Channel photo updated", None, False, None, None, None),
    (5, "2023-02-24T07:29:57Z", "2", 2, "Hello! Signed and edited message", A, True, None, None, None),
    (6, "2023-02-24T07:30:39Z", "2", 2, "Unsigned message", None, False, None, None, None),
    (7, "2023-02-24T07:30:53Z", "2", 2, "👍", None, False, None, None, None),
    (9, "2023-02-24T07:31:06Z", "2", 2, "", None, False, None, None, None),
    (10, "2023-02-24T07:31:38Z", "2", 2, "", None, False, None, None, None),
    (11, "2023-02-24T07:32:23Z", "2", 2, "", None, False, None, None, None),
    (12, "2023-02-24T07:33:58Z", "2", 2, "Povo hebreu", None, False, None, None, None),
    (13, "2023-02-24T07:34:05Z", "2", 2, "", None, False, None, None, None),
    (14, "2023-02-24T07:34:20Z", "2", 2, "Multiple pics", None, False, None, None, None),
    (16, "2023-02-24T07:35:28Z", "2", 2, "Picture by telegram camera", None, False, None, None, None),
    (17, "2023-02-24T07:35:45Z", "2", 2, "", None, False, None, None, None),
    (18, "2023-02-24T07:36:49Z", "2", 2, "Video by telegram camera", None, False, None, None, None),
    (19, "2023-02-24T07:38:13Z", "2", 2, "", None, False, None, None, None),
    (20, "2023-02-24T07:38:31Z", "2", 2, "Reply to a video (not recorded in telegram)", None, False, None, None,
     "tchantest/19"),
    (24, "2023-02-24T07:48:02Z", "2", 2, "This is a message with a link\n\nhttps://brasil.io/", None, True,
     None, None, None),
    (62, "2023-02-24T08:01:26Z", "2", 2, "Bigger\ntext\nmessage\nnumber\n34", None, False, None, None, None),
    (79, "2023-02-24T08:07:51Z", "2", 2, "Signed and not edited", A, False, None, None, None),
    (81, "2023-02-24T08:16:18Z", "2", 2, "link with preview https://python.org/", None, False, None, None, None),
    (82, "2023-02-24T10:15:33Z", "3.1M", 3_100_000, '+ "Channel video changed"', None, False, None, None, None),
    (83, "2023-02-24T11:01:22Z", "1", 1, "", None, False, None, None, None),
    (84, "2023-02-24T11:01:46Z", "436.6K", 436_600, "Multiple videos and pictures", None, False, None, None, None),
    (88, "2023-02-24T11:23:40Z", "2", 2, "", None, False, None, None, None),
    (89, "2023-02-24T12:13:31Z", "2", 2, ";)", None, False, "Some user", "https://t.me/some_user", None),
    (92, "2023-02-24T12:20:19Z", None, None, "tchan's test channel 👍 pinned «Going to pin this message»",
     None, False, None, None, None),
    (94, "2023-02-24T13:47:38Z", "1", 1, "https://agenciabrasil.ebc.com.br/justica/noticia/2022-08/"
     "operacao-guardioes-do-bioma-apreende-239-toneladas-de-minerio", None, False, None, None, None),
]
TCHAN_SERVICE = {1, 2, 3, 92}
# kind -> post -> the first characters of each file name, in the page's order
TCHAN_MEDIA = {
    "photo": {3: ["DL-kcK"], 14: ["QMvda1", "CrsaR3"], 16: ["AqX5QJ"], 84: ["CrsaR3", "QMvda1"]},
    "video": {17: ["68145c"], 18: ["61dc62"], 19: ["bd7ceb"], 84: ["bd7ceb", "e996ca"]},
    "sticker": {9: ["5b5c6e"]},
    "voice": {13: ["29881a"]},
}
TCHAN_LOCATIONS = {10: ("-23.930587176407", "-44.086305367818"), 83: ("-23.532363086523", "-46.689620092745"),
                   88: ("-23.531972140424", "-46.689076113848")}


def test_tchantest_every_post_as_the_page_shows_it():
    r = _page("tchantest")
    assert (r["name"], r["page"]) == ("telegram", "channel")
    assert r["account"] == {"handle": "tchantest", "id": "1591537674", "title": "tchan's test channel 👍"}
    assert [p["id"] for p in r["posts"]] == [f"tchantest/{row[0]}" for row in TCHAN]
    for post, row in zip(r["posts"], TCHAN):
        n = row[0]
        _common(post, row, "tchantest")
        assert post["service"] is (n in TCHAN_SERVICE), n
        for kind, by_post in TCHAN_MEDIA.items():
            assert _starts(_kinds(post, kind), [CDN1 + x for x in by_post.get(n, [])]), (n, kind)
        assert len(post["media"]) == sum(len(by.get(n, [])) for by in TCHAN_MEDIA.values()), n
        if n in TCHAN_LOCATIONS:
            lat, lon = TCHAN_LOCATIONS[n]
            assert post["location"] == {
                "latitude": lat, "longitude": lon, "address": None,
                "map_url": f"https://maps.google.com/maps?q={lat},{lon}&ll={lat},{lon}&z=16"}, n
        else:
            assert post.get("location") is None, n
    by = {int(p["id"].split("/")[1]): p for p in r["posts"]}
    # the poll: question, kind, options with the share shown, and the number of voters
    assert by[11]["poll"] == {"question": "Let's do a quick poll quizz mode", "type": "Anonymous Quiz",
                              "options": [{"text": "Opt1", "percent": "0%"}, {"text": "Opt2", "percent": "0%"},
                                          {"text": "Opt3", "percent": "0%"}],
                              "voters_text": "0", "voters": 0}
    assert all(by[n].get("poll") is None for n in by if n != 11)
    # the audio file is not offered by the preview: its title and performer are kept, and it is the only gap
    assert by[12]["documents"] == [{"title": "AUD-20130329-WA0000", "extra": "portadosfundos"}]
    assert r["gaps"] == [{"key": "platform.telegram.media_not_in_preview", "params": {"post": "tchantest/12"}}]
    counts = {k: sum(len(v) for v in by_post.values()) for k, by_post in TCHAN_MEDIA.items()}
    assert counts == {"photo": 6, "video": 5, "sticker": 1, "voice": 1}


# ------------------------------------------------------------------------------ markup the two pages lack
def _one(inner: str, n: int = 5) -> dict:
    html = (f'<html><body><section><div class="tgme_widget_message js-widget_message" data-post="demo_chan/{n}">'
            f'<div class="tgme_widget_message_bubble">{inner}<div class="tgme_widget_message_footer">'
            f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date"><time '
            f'datetime="2026-01-02T03:04:05+03:00">03:04</time></a></span></div></div></div></section></body></html>')
    return record_for(PageView(url="https://t.me/s/demo_chan", final_url="https://t.me/s/demo_chan", html=html))


def test_animated_and_video_stickers_venues_and_players_without_files():
    r = _one('<div class="tgme_widget_message_sticker_wrap"><picture class="tgme_widget_message_tgsticker">'
             '<source type="application/x-tgsticker" srcset="https://cdn1.telegram-cdn.org/file/a.tgs">'
             '<img src="https://cdn1.telegram-cdn.org/file/a.webp"></picture></div>')
    assert [(m["kind"], m["source_url"].rsplit("/", 1)[1]) for m in r["posts"][0]["media"]] == [
        ("sticker", "a.tgs"), ("sticker", "a.webp")]
    assert r["posts"][0]["published_at"] == "2026-01-02T00:04:05Z" and r["gaps"] == []
    r = _one('<div class="tgme_widget_message_videosticker"><video class="js-videosticker_video" '
             'src="https://cdn1.telegram-cdn.org/file/b.webm"></video></div>')
    assert [m["kind"] for m in r["posts"][0]["media"]] == ["sticker"] and r["gaps"] == []
    r = _one('<a class="tgme_widget_message_location_wrap" href="https://maps.google.com/maps?q=38.5598,68.7870">'
             '<div class="tgme_widget_message_location"></div></a><div class="tgme_widget_message_location_info">'
             '<div class="tgme_widget_message_location_title">Бозори Шоҳмансур</div>'
             '<div class="tgme_widget_message_location_address">Душанбе, кӯчаи Айнӣ</div></div>')
    assert r["posts"][0]["location"] == {"latitude": "38.5598", "longitude": "68.7870", "name": "Бозори Шоҳмансур",
                                         "address": "Душанбе, кӯчаи Айнӣ",
                                         "map_url": "https://maps.google.com/maps?q=38.5598,68.7870"}
    # a voice message or a round video whose file the preview left out is a gap
    for inner in ('<a class="tgme_widget_message_voice_player"><audio class="tgme_widget_message_voice"></audio></a>',
                  '<div class="tgme_widget_message_roundvideo_player"><div class="message_media_not_supported">'
                  '</div></div>'):
        r = _one(inner)
        assert r["posts"][0]["media"] == [] and r["gaps"] == [
            {"key": "platform.telegram.media_not_in_preview", "params": {"post": "demo_chan/5"}}]
