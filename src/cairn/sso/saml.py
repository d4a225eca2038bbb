"""SAML: the identity provider's metadata, read once when an admin saves it (never at sign-in)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cairn.lib import outbound

if TYPE_CHECKING:
    from cairn.sso.services import ConnectionInput

MAX_METADATA = 1_000_000


def _fetch(url: str) -> str:
    try:
        answer = outbound.get(url, timeout=10, max_bytes=MAX_METADATA)
    except outbound.OutboundRefused as error:
        message = _("This metadata URL cannot be used: %(reason)s.") % {"reason": error}
        raise ValidationError({"metadata_url": message}) from None
    except outbound.OutboundError:
        message = _("The metadata could not be downloaded; check the URL.")
        raise ValidationError({"metadata_url": message}) from None
    if answer.status != 200 or answer.truncated:
        message = _("The metadata URL answered %(status)s.") % {"status": answer.status}
        raise ValidationError({"metadata_url": message})
    return answer.body.decode("utf-8", errors="replace")


def idp_settings(data: ConnectionInput) -> dict[str, Any]:
    """Return allauth's `idp` settings (entity id, SSO URL, certificate) from the metadata."""
    from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser

    xml = data.metadata_xml.strip()
    if not xml and data.metadata_url.strip():
        xml = _fetch(data.metadata_url.strip())
    if not xml:
        raise ValidationError({"metadata_xml": _("Enter the metadata URL or paste the XML.")})
    try:
        parsed = OneLogin_Saml2_IdPMetadataParser.parse(
            xml, entity_id=data.idp_entity_id.strip() or None
        )
    except Exception:  # noqa: BLE001 - any parse error is the admin's input, not a 500
        raise ValidationError({"metadata_xml": _("This is not SAML metadata.")}) from None
    idp = parsed.get("idp") or {}
    certificate = idp.get("x509cert") or next(
        iter((idp.get("x509certMulti") or {}).get("signing", [])), ""
    )
    sso_url = (idp.get("singleSignOnService") or {}).get("url", "")
    if not idp.get("entityId") or not sso_url or not certificate:
        message = _("The metadata needs an entity id, a sign-on URL and a signing certificate.")
        raise ValidationError({"metadata_xml": message})
    return {"entity_id": idp["entityId"], "sso_url": sso_url, "x509cert": certificate}
