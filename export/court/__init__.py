"""The court dossier: a PDF a lawyer can file, a notary can work from and a judge can check.

Cover, index of exhibits, one section per exhibit (metadata, every file with its full SHA-256,
the screenshot in readable slices, the item's custody events), then the appendices: the custody
log, the methodology, a declaration to sign, the notary / police pack, legal references and how
to verify the bundle. Every page carries the case, the section, "page X of Y" and the dossier id.

One module per part: `cover`, `index`, `exhibit` (details, files, custody, text), `pictures`,
`appendices`; `dossier` puts them together and runs the build, `volumes` cuts it for e-filing.
Sections that belong to one feature live in modules of their own (`chat`, `posts`, `technical`,
`timeline`, `trust`) and are added through `hooks` (see there), where all of them are registered.
"""

from __future__ import annotations

from .dossier import CourtDossier, build
from .values import KNOWN_KEYS, SKIP_KEYS
from .volumes import build_volumes

__all__ = ["CourtDossier", "build", "build_volumes", "KNOWN_KEYS", "SKIP_KEYS"]
