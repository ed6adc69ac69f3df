"""The pictures of an exhibit: the screenshot in page-high slices embedded without loss (a JPEG as
it was sealed), the screenshot taken before a consent banner was removed, the pictures saved from
the page, and blurred stand-ins for sensitive items. Every screenshot page names the exhibit, the
address, the capture time, the file and its SHA-256, and the pixel rows it shows. Each picture
is made once for both passes of the build."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer

from .. import images, pdfkit
from ..common import banner_removals, is_before_removal, short_when
from ..pdfkit import MONO, esc, mono_line

MEDIA_PER_EXHIBIT = 12     # pictures from a page shown in the dossier; the rest are in the bundle
HEAD_H = 56                # points kept above a slice for its header (up to five short lines)


class PicturesMixin:
    def pictures(self, item, sensitive: bool) -> list:
        shots = [a for a in item.artifacts if a.role == "screenshot_full"]
        if not shots:
            shots = [a for a in item.artifacts if a.role == "screenshot_viewport" and not is_before_removal(a)]
        before = [a for a in item.artifacts if is_before_removal(a)]
        originals = [a for a in item.artifacts if a.role == "original" and a.media_type in images.IMAGE_TYPES]
        out = []
        for a in shots + before + originals:
            out += self.picture(item, a, sensitive)
        out += self.media_pictures(item, sensitive)
        return out

    def media_pictures(self, item, sensitive: bool) -> list:
        """Each picture saved from the page, scaled to fit, with its name, address and SHA-256;
        blurred like the screenshots when the item is sensitive. At most MEDIA_PER_EXHIBIT."""
        t = self.t
        arts = [a for a in item.artifacts if a.role == "media" and a.media_type in images.IMAGE_TYPES]
        if not arts:
            return []
        out = [NextPageTemplate("portrait"), PageBreak(),
               self.P(esc(t("court.h_media", exhibit=item.exhibit)), "h2"),
               self.Pt("court.media_intro", "small", count=len(arts))]
        box_w, box_h = self.fw, self.fh * 0.42
        blur = sensitive and not self.include_sensitive
        for n, a in enumerate(arts[:MEDIA_PER_EXHIBIT], 1):
            sl = self._made(("media", item.id, a.name, blur), lambda data: images.blurred(data, box_w, box_h)
                            if blur else images.fitted(data, box_w, box_h))
            if blur:
                key = "court.media_caption_blurred"
            elif sl is not None and sl.how in ("reduced", "converted"):
                key = "court.media_caption_" + sl.how
            else:
                key = "court.media_caption"
            w, h = (sl.raster.width, sl.raster.height) if sl is not None else (0, 0)
            head = [self.P(esc(t(key, exhibit=item.exhibit, n=n, name=a.name, w=w, h=h)), "label")]
            tail = []
            if a.source_url:
                tail.append(self.P(esc(t("court.from")), "tiny"))
                tail.append(mono_line(a.source_url[:500], self.fw, self.st["mono"]))
            tail.append(self.P("SHA-256", "tiny"))
            tail.append(mono_line(a.sha256, self.fw, self.st["mono"]))
            tail.append(Spacer(1, 4 * mm))
            if sl is None:
                out.append(KeepTogether(head + [self.P(esc(t("court.picture_unreadable", name=a.name)), "note")] + tail))
                continue
            out.append(KeepTogether(head + [self._image(sl)] + tail))
        if len(arts) > MEDIA_PER_EXHIBIT:
            out.append(self.P(esc(t("court.media_more", count=len(arts) - MEDIA_PER_EXHIBIT)), "box"))
        return out

    def _made(self, key: tuple, make):
        """What `make(sealed bytes)` returns for an artifact (key[1], key[2]), made once for both
        passes of the build; None when the picture cannot be read."""
        if key not in self._pictures:
            try:
                self._pictures[key] = make(self.vault.read_artifact(key[1], key[2]))
            except images.PictureError:
                self._pictures[key] = None
        return self._pictures[key]

    def _shot_head(self, item, art, *, before: bool) -> list:
        """The lines under a screenshot page's label: when and where from, the file it is cut from
        with its SHA-256, and whether a consent banner had been removed before it was made."""
        t = self.t
        key = "court.shot.captured" if item.source == "capture" else "court.shot.imported"
        line = esc(t(key, when=short_when(item.captured_at), name=art.name)) + \
            f" <font name='{MONO}'>{esc(art.sha256)}</font>"
        out = [self.P(line, "tiny")]
        if item.url:
            out.append(mono_line(item.url, self.fw, self.st["mono"]))
        if banner_removals(item):
            out.append(self.Pt("court.shot.before_removal" if before else "court.shot.after_removal", "tiny"))
        return out

    def picture(self, item, art, sensitive: bool) -> list:
        t = self.t
        before = is_before_removal(art)
        role = t("court.role.before_removal") if before else t("court.role." + art.role)
        port_w, port_h = self.doc.frame_size("portrait")
        land_w, land_h = self.doc.frame_size("landscape")
        blur = sensitive and not self.include_sensitive

        def frames(px_w, px_h):
            if px_w * 0.75 > port_w * 1.1:              # wide: landscape pages
                return "landscape", land_w, land_h - HEAD_H
            return "portrait", port_w, port_h - HEAD_H

        def make(data):
            if not blur:
                return images.cut(data, frames)
            img = images.open_picture(data)
            try:
                return images.Cut(img.width, img.height, [images.blurred(img, port_w, port_h - HEAD_H - 40)],
                                  how="blurred")
            finally:
                img.close()

        cut = self._made(("shot", item.id, art.name, blur), make)
        if cut is None:
            return [self.P(esc(t("court.picture_unreadable", name=art.name)), "note")]
        px_w, px_h, orient = cut.px_width, cut.px_height, cut.orientation
        if blur:
            return [NextPageTemplate("portrait"), PageBreak(),
                    self.P(esc(t("court.slice_blurred", exhibit=item.exhibit, what=role, name=art.name,
                                 w=px_w, h=px_h)), "label"),
                    *self._shot_head(item, art, before=before),
                    self._image(cut.slices[0])]
        out = []
        total = len(cut.slices)
        for n, sl in enumerate(cut.slices, 1):
            label = t("court.slice_label", exhibit=item.exhibit, what=role, part=n, parts=total,
                      top=sl.top, last=sl.bottom - 1, height=px_h, width=px_w)
            out += [NextPageTemplate(orient), PageBreak(), self.P(esc(label), "label"),
                    *self._shot_head(item, art, before=before), self._image(sl)]
        how = {"original": "court.slice_how_original", "lossless": "court.slice_how_lossless"}
        key = how.get(cut.how, "court.slice_how_lossless") if cut.exact else "court.slice_how_converted"
        out.append(self.Pt(key, "tiny", px=images.OVERLAP_PX, name=art.name))
        return out

    @staticmethod
    def _image(sl: images.Slice):
        return pdfkit.RasterImage(sl)
