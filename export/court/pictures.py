"""The pictures of an exhibit: the screenshot in readable slices, the pictures saved from the page,
blurred stand-ins for sensitive items; each picture is made once for both passes of the build."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer
from reportlab.lib.units import mm

from .. import images, pdfkit
from ..pdfkit import esc, mono_line

MEDIA_PER_EXHIBIT = 12     # pictures from a page shown in the dossier; the rest are in the bundle


class PicturesMixin:
    def pictures(self, item, sensitive: bool) -> list:
        arts = [a for a in item.artifacts if a.role == "screenshot_full"]
        if not arts:
            arts = [a for a in item.artifacts if a.role == "screenshot_viewport"]
        arts += [a for a in item.artifacts
                 if a.role in ("original", "media", "download") and a.media_type in images.IMAGE_TYPES
                 and (a.role == "original")]
        out = []
        for a in arts:
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
            key = "court.media_caption_blurred" if blur else "court.media_caption"
            head = [self.P(esc(t(key, exhibit=item.exhibit, n=n, name=a.name)), "label")]
            tail = []
            if a.source_url:
                tail.append(self.P(esc(t("court.from")), "tiny"))
                tail.append(mono_line(a.source_url[:500], self.fw, self.st["mono"]))
            tail.append(self.P("SHA-256", "tiny"))
            tail.append(mono_line(a.sha256, self.fw, self.st["mono"]))
            tail.append(Spacer(1, 4 * mm))
            sl = self._made(("media", item.id, a.name, blur), lambda img: images.blurred(img, box_w, box_h)
                            if blur else images.fitted(img, box_w, box_h))
            if sl is None:
                out.append(KeepTogether(head + [self.P(esc(t("court.picture_unreadable", name=a.name)), "note")] + tail))
                continue
            out.append(KeepTogether(head + [self._image(sl)] + tail))
        if len(arts) > MEDIA_PER_EXHIBIT:
            out.append(self.P(esc(t("court.media_more", count=len(arts) - MEDIA_PER_EXHIBIT)), "box"))
        return out

    def _made(self, key: tuple, make):
        """The picture(s) `make(img)` returns for an artifact (key[1], key[2]), made once for both
        passes of the build; None when the picture cannot be read."""
        if key not in self._pictures:
            try:
                img = images.open_picture(self.vault.read_artifact(key[1], key[2]))
            except images.PictureError:
                self._pictures[key] = None
            else:
                try:
                    self._pictures[key] = make(img)
                finally:
                    img.close()
        return self._pictures[key]

    def picture(self, item, art, sensitive: bool) -> list:
        t = self.t
        role = t("court.role." + art.role)
        port_w, port_h = self.doc.frame_size("portrait")
        land_w, land_h = self.doc.frame_size("landscape")
        label_h = 26
        blur = sensitive and not self.include_sensitive

        def make(img):
            px_w, px_h = img.size
            if blur:
                return px_w, px_h, "portrait", [images.blurred(img, port_w, port_h - label_h - 40)]
            wide = px_w * 0.75 > port_w * 1.1
            fw, fh = (land_w, land_h) if wide else (port_w, port_h)
            return px_w, px_h, ("landscape" if wide else "portrait"), list(images.slices(img, fw, fh - label_h))

        made = self._made(("shot", item.id, art.name, blur), make)
        if made is None:
            return [self.P(esc(t("court.picture_unreadable", name=art.name)), "note")]
        px_w, px_h, orient, sls = made
        if blur:
            return [NextPageTemplate("portrait"), PageBreak(),
                    self.P(esc(t("court.slice_blurred", exhibit=item.exhibit, what=role, name=art.name,
                                 w=px_w, h=px_h)), "label"),
                    self._image(sls[0])]
        out = []
        total = len(sls)
        for n, sl in enumerate(sls, 1):
            label = t("court.slice_label", exhibit=item.exhibit, what=role, part=n, parts=total,
                      top=sl.top, bottom=sl.bottom, height=px_h, width=px_w)
            out += [NextPageTemplate(orient), PageBreak(), self.P(esc(label), "label"), self._image(sl)]
        if total > 1:
            out.append(self.Pt("court.slice_overlap", "tiny", px=images.OVERLAP_PX))
        return out

    @staticmethod
    def _image(sl: images.Slice):
        return pdfkit.JpegImage(sl.jpeg, sl.width_pt, sl.height_pt)
