"""The picture viewer: blurred until the person deliberately chooses to see it.

The sealed image is decrypted and decoded on the reader thread (`decode_image`), which also makes
the blurred copy from at most 12 pixels on its long side (evidence_kit/blur.py, the same blur as
every PDF's), so nothing that can be recognised is ever painted until "Show the picture" is
clicked. That button answers a click of the mouse and nothing else: it never takes the keyboard
focus, is never a dialog's default button, and ignores Space and Enter, so typing meant for
something else can never show a picture. Only the part of the picture that is on screen is
painted, so a 40,000-pixel-tall page screenshot scrolls smoothly. Nothing is written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QBuffer, QEvent, QIODevice, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from evidence_kit import blur

from . import style


@dataclass
class DecodedImage:
    item_id: str
    name: str
    sharp: QImage
    blurred: QImage


def decode_image(item_id: str, name: str, data: bytes) -> DecodedImage | None:
    """On a worker: bytes -> the sharp and the blurred image (QImage is safe off the GUI thread)."""
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf)
    reader.setAutoTransform(True)
    img = reader.read()
    if img.isNull():
        return None
    return DecodedImage(item_id, name, img, blurred_copy(img))


def blurred_copy(img: QImage) -> QImage:
    """The blurred stand-in of a decoded picture (evidence_kit/blur.py): Qt averages it down to at
    most blur.SIDE pixels on the long side, the shared helper enlarges and blurs that."""
    from PIL import Image

    w, h = blur.tiny_size(img.width(), img.height())
    tiny = img.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if tiny.hasAlphaChannel():                 # transparent parts over white, as a page shows them
        bg = QImage(w, h, QImage.Format.Format_RGB888)
        bg.fill(Qt.GlobalColor.white)
        p = QPainter(bg)
        p.drawImage(0, 0, tiny)
        p.end()
        tiny = bg
    tiny = tiny.convertToFormat(QImage.Format.Format_RGB888)
    small = Image.frombuffer("RGB", (w, h), bytes(tiny.constBits()), "raw", "RGB", tiny.bytesPerLine(), 1)
    out = blur.from_tiny(small)
    data = out.tobytes()
    return QImage(data, out.width, out.height, out.width * 3, QImage.Format.Format_RGB888).copy()


class ImageCanvas(QWidget):
    """Paints the image at a zoom factor; only the exposed rectangle is drawn."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: DecodedImage | None = None
        self.revealed = False
        self.zoom = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_image(self, img: DecodedImage | None) -> None:
        self.image = img
        self.revealed = False
        self._resize()

    def set_zoom(self, z: float) -> None:
        self.zoom = max(0.05, min(8.0, z))
        self._resize()

    def _resize(self):
        if self.image is None:
            self.resize(1, 1)
        else:
            s = self.image.sharp.size()
            self.resize(QSize(max(1, round(s.width() * self.zoom)), max(1, round(s.height() * self.zoom))))
        self.update()

    def sizeHint(self):  # noqa: N802
        return self.size()

    def paintEvent(self, event):  # noqa: N802
        if self.image is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(event.rect())
        src_img = self.image.sharp if self.revealed else self.image.blurred
        sx = src_img.width() / self.width()
        sy = src_img.height() / self.height()
        source = QRectF(target.x() * sx, target.y() * sy, target.width() * sx, target.height() * sy)
        p.drawImage(target, src_img, source)
        p.end()


class RevealButton(QPushButton):
    """"Show the picture": a deliberate click only.

    A push button is normally pressed by Space or Enter while it has the focus, and by Enter
    anywhere in a dialog when it is the default button. Typing meant for the search field or a
    note would then show an intimate picture to whoever stands behind her. This one never takes
    the focus, is never a default button, and swallows the keys that would press it."""

    _PRESS_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Return, Qt.Key.Key_Enter}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setDefault(False)

    def setDefault(self, on: bool) -> None:  # noqa: N802 (Qt's name)
        super().setDefault(False)

    def setAutoDefault(self, on: bool) -> None:  # noqa: N802
        super().setAutoDefault(False)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in self._PRESS_KEYS:
            event.accept()          # swallowed: neither pressed here nor passed on to the dialog
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event):  # noqa: N802
        if event.key() in self._PRESS_KEYS:
            event.accept()
            return
        super().keyReleaseEvent(event)

    def event(self, event):
        if event.type() == QEvent.Type.Shortcut:      # a mnemonic (&S) a translation might add
            return True
        return super().event(event)


class ImageViewer(QWidget):
    """Blurred picture, "Show the picture", zoom in/out, fit width, actual size."""

    revealRequested = Signal(str, str)      # item id, artifact name

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # "Show the picture" and "Blur again" on one line, the zoom buttons on the next: on one
        # line their Russian and Tajik words made the detail pane (and two viewers side by side)
        # wider than a 1024-pixel window
        bar = QHBoxLayout()
        zoom_bar = QHBoxLayout()
        self.reveal_btn = RevealButton()
        self.reveal_btn.clicked.connect(self._reveal)
        self.hide_btn = QPushButton()
        self.hide_btn.clicked.connect(self.blur)
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.fit_btn = QPushButton()
        self.actual_btn = QPushButton()
        for b in (self.zoom_out, self.zoom_in):
            b.setFixedWidth(36)
        for b in (self.hide_btn, self.zoom_out, self.zoom_in, self.fit_btn, self.actual_btn):
            b.setAutoDefault(False)        # in a dialog, Enter is never a viewer's button
        self.zoom_out.clicked.connect(lambda: self._zoom_by(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom_by(1.25))
        self.fit_btn.clicked.connect(self.fit_width)
        self.actual_btn.clicked.connect(lambda: self._set_zoom(1.0, fit=False))
        bar.addWidget(self.reveal_btn)
        bar.addWidget(self.hide_btn)
        bar.addStretch(1)
        for b in (self.zoom_out, self.zoom_in, self.fit_btn, self.actual_btn):
            zoom_bar.addWidget(b)
        zoom_bar.addStretch(1)
        lay.addLayout(bar)
        lay.addLayout(zoom_bar)
        self.note = style.hint()
        lay.addWidget(self.note)
        self.canvas = ImageCanvas()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.scroll, 1)
        self._fit = True
        self._message = ""
        self.retranslate()
        self._update_buttons()

    # -- content
    def clear(self, message: str = "") -> None:
        self.canvas.set_image(None)
        self._message = message
        self._update_buttons()

    def set_image(self, img: DecodedImage) -> None:
        self._message = ""
        self.canvas.set_image(img)
        self._fit = True
        self.fit_width()
        self._update_buttons()

    @property
    def revealed(self) -> bool:
        return self.canvas.revealed

    def current(self) -> DecodedImage | None:
        return self.canvas.image

    def _reveal(self):
        img = self.canvas.image
        if img is None:
            return
        self.canvas.revealed = True
        self.canvas.update()
        self._update_buttons()
        self.revealRequested.emit(img.item_id, img.name)

    def blur(self) -> None:
        self.canvas.revealed = False
        self.canvas.update()
        self._update_buttons()

    # -- zoom
    def _set_zoom(self, z: float, fit: bool):
        self._fit = fit
        self.canvas.set_zoom(z)

    def _zoom_by(self, f: float):
        self._set_zoom(self.canvas.zoom * f, fit=False)

    def fit_width(self):
        img = self.canvas.image
        if img is None:
            return
        # leave room for the vertical scroll bar, so "fit width" never needs a horizontal one
        frame = self.scroll.frameWidth() * 2
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        avail = self.scroll.width() - frame - bar - 2
        self._set_zoom(avail / max(1, img.sharp.width()), fit=True)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self.fit_width()

    def _update_buttons(self):
        has = self.canvas.image is not None
        self.reveal_btn.setVisible(has and not self.canvas.revealed)
        self.hide_btn.setVisible(has and self.canvas.revealed)
        for b in (self.zoom_out, self.zoom_in, self.fit_btn, self.actual_btn):
            b.setEnabled(has)
        if not has:
            self.note.setText(self._message or self.tr("No picture for this item."))
        elif self.canvas.revealed:
            self.note.setText(self.tr("The picture is shown. It will be blurred again when you choose another item."))
        else:
            self.note.setText(self.tr(
                "The picture is blurred so that nobody sees it by accident. Showing it is noted in "
                "the vault's record."))

    def retranslate(self):
        self.reveal_btn.setText(self.tr("Show the picture"))
        self.hide_btn.setText(self.tr("Blur again"))
        self.fit_btn.setText(self.tr("Fit width"))
        self.actual_btn.setText(self.tr("Actual size"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self._update_buttons() if hasattr(self, "canvas") else None

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ImageViewer", "RevealButton", "DecodedImage", "decode_image", "QRect"]
