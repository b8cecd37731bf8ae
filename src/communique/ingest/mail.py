"""A communiqué saved from a mail client as the whole message (an ``.eml`` file, "Save
as…", a message dragged out of the mailbox): a MIME message whose text is in parts,
each in its own charset and transfer encoding.

Was: read as it is, quoted-printable and all (« Int=C3=A9rieur », « G=C3=A9rald= »), the
subject as its encoded word (« =?utf-8?q?Visite_du_ministre_=C3=A0_Madrid?= ») in the
record's title, and the HTML copy of the text read as more text: no meeting read. Now
its text part (its HTML part when it has no other) is decoded as the message says, under
the fields of its header that :mod:`~communique.ingest.debris` reads (who sent it, its
date, its subject), as a forwarded communiqué is read.
"""

from __future__ import annotations

import re

from communique.errors import InputError

#: A field of a message's header ("Content-Type: …"), or the continuation of one.
_FIELD = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:|[ \t]")
#: The fields only a MIME message has: a text that merely opens like a mail does not.
_MIME = re.compile(
    rb"^(?:mime-version|content-type|content-transfer-encoding):", re.IGNORECASE | re.MULTILINE
)
#: The fields of the header kept above the text.
_KEPT = ("From", "Date", "Subject")


def mime_text(data: bytes, *, name: str) -> str | None:
    """The text of the MIME message ``data`` is, under its sender, date and subject; None
    if ``data`` is no MIME message (a header of fields alone, down to a blank line, one of
    them a MIME field). A message with no text or HTML part, or a text part in a charset
    no codec knows, is an :class:`~communique.errors.InputError`."""
    head = data.lstrip().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    if not _MIME.search(head) or not all(_FIELD.match(line) for line in lines) or lines[0][:1] in b" \t":
        return None
    # here only: the e-mail package (its policies, header registry and parsers) is a few milliseconds of every
    # start, and a message is a rare input
    import email
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data.lstrip(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # what the default policy makes
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise InputError(f"{name} is an e-mail message with no text part: save the communiqué's text")
    try:
        content = body.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:
        raise InputError(f"{name} is an e-mail message whose text cannot be decoded ({exc})") from None
    if not isinstance(content, str):
        raise InputError(f"{name} is an e-mail message with no text part: save the communiqué's text")
    if body.get_content_subtype() == "html":
        from communique.ingest import page  # here only: a plain text never needs html.parser

        content = page.html_to_text(content)[0]
    fields = [f"{field}: {' '.join(str(message[field]).split())}" for field in _KEPT if message[field]]
    return "\n".join(fields) + "\n\n" + content
