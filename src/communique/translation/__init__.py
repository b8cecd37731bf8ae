"""Translation: whole communiqués from French into English (or back), checked term by term.

See :mod:`communique.translation.translator` (the translator, its checks, the glossary).
Nothing heavy is imported here: the command line reads :data:`LANGUAGES` at start-up.
"""

from __future__ import annotations

#: The languages a communiqué is translated between.
LANGUAGES = {"en": "English", "fr": "French"}
