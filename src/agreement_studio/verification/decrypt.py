"""Reading files encrypted with the standard security handler and an empty user password.

Many signed PDFs are "encrypted" only to carry permissions: anyone may open them, because the
user password is empty (ISO 32000-2 §7.6.4). To verify them, strings and streams are decrypted
per object with the file key that the empty password yields: RC4 (40 to 128 bits, V 1-2, R 2-3),
AES-128 (V 4, R 4) and AES-256 (V 5, R 5-6). A signature's ``/Contents`` is never encrypted
(§7.6.2), nor are cross-reference streams or the encryption dictionary itself. A file that needs
a real password cannot be verified, and says so.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from agreement_studio.i18n import translatable
from agreement_studio.verification.limits import StructureError
from agreement_studio.verification.syntax import AmbiguousDict, Indirect, Stream

_ = translatable(__name__)

__all__ = ["Decryptor", "PasswordRequired"]

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_UNENCRYPTED_STREAMS = ("XRef",)


class PasswordRequired(StructureError):
    """The file opens only with a password (or a certificate) the verifier does not have."""


class Decryptor:
    """Decrypts the objects of one file; built from its encryption dictionary and first ID."""

    def __init__(self, encrypt: dict[str, Any], first_id: bytes, encrypt_num: int | None) -> None:
        if encrypt.get("Filter") != "Standard":
            raise PasswordRequired(
                _(
                    "the file is encrypted with the /{handler} security handler "
                    "(a certificate or another product is needed to open it)",
                    handler=encrypt.get("Filter"),
                )
            )
        self.encrypt_num = encrypt_num
        self.version = _int(encrypt.get("V"), 0)
        self.revision = _int(encrypt.get("R"), 0)
        self.encrypt_metadata = encrypt.get("EncryptMetadata", True) is not False
        if self.revision in (5, 6):
            self.key = _aes256_key(encrypt, self.revision)
        elif self.revision in (2, 3, 4):
            self.key = _rc4_era_key(encrypt, first_id, self.revision, self.encrypt_metadata)
        else:
            raise PasswordRequired(
                _("the file uses an unknown encryption revision {revision}", revision=self.revision)
            )
        self.strings = self._method(encrypt, "StrF")
        self.streams = self._method(encrypt, "StmF")

    def _method(self, encrypt: dict[str, Any], which: str) -> str:
        """``RC4``, ``AESV2``, ``AESV3`` or ``Identity`` for strings or streams."""
        if self.version in (1, 2, 3):
            return "RC4"
        name = encrypt.get(which, "Identity")
        if name == "Identity":
            return "Identity"
        filters = encrypt.get("CF")
        spec = filters.get(name) if isinstance(filters, dict) else None
        method = spec.get("CFM") if isinstance(spec, dict) else None
        if method == "V2":
            return "RC4"
        if method in ("AESV2", "AESV3"):
            return str(method)
        if method in (None, "None"):
            return "Identity"
        raise PasswordRequired(
            _("the file uses an unknown crypt filter method /{method}", method=method)
        )

    def indirect(self, obj: Indirect) -> Indirect:
        """``obj`` with its strings decrypted and its stream data decrypted when read."""
        if obj.num == self.encrypt_num:
            return obj
        value = self._value(obj.value, obj.num, obj.gen)
        return obj._replace(value=value)

    def _value(self, value: Any, num: int, gen: int) -> Any:
        if isinstance(value, bytes):
            return self._cipher(self.strings, num, gen)(value)
        if isinstance(value, Stream):
            value.dict = self._value(value.dict, num, gen)
            if self._stream_encrypted(value):
                value.decrypt = self._cipher(self.streams, num, gen)
            return value
        if isinstance(value, dict):
            signature = "ByteRange" in value  # its /Contents is never encrypted
            out: dict[str, Any] = AmbiguousDict() if isinstance(value, AmbiguousDict) else {}
            for key, item in value.items():
                keep = signature and key == "Contents"
                out[key] = item if keep else self._value(item, num, gen)
            if isinstance(value, AmbiguousDict) and isinstance(out, AmbiguousDict):
                out.duplicates = value.duplicates
            return out
        if isinstance(value, list):
            return [self._value(item, num, gen) for item in value]
        return value

    def _stream_encrypted(self, stream: Stream) -> bool:
        kind = stream.dict.get("Type")
        if kind in _UNENCRYPTED_STREAMS:
            return False
        if kind == "Metadata" and not self.encrypt_metadata:
            return False
        filters = stream.dict.get("Filter")
        # a stream with its own /Crypt filter names it; only /Identity is in use in practice
        return not (filters == "Crypt" or (isinstance(filters, list) and "Crypt" in filters))

    def _cipher(self, method: str, num: int, gen: int) -> Callable[[bytes], bytes]:
        if method == "Identity":
            return _same
        if method == "AESV3":
            return lambda data: _aes_decrypt(self.key, data)
        salt = b"sAlT" if method == "AESV2" else b""
        digest = hashlib.md5(
            self.key + struct.pack("<I", num)[:3] + struct.pack("<I", gen)[:2] + salt,
            usedforsecurity=False,
        ).digest()
        key = digest[: min(len(self.key) + 5, 16)]
        if method == "AESV2":
            return lambda data: _aes_decrypt(key, data)
        return lambda data: _rc4(key, data)


def _same(data: bytes) -> bytes:
    return data


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _bytes(encrypt: dict[str, Any], key: str, size: int) -> bytes:
    value = encrypt.get(key)
    if not isinstance(value, bytes) or len(value) < size:
        raise PasswordRequired(_("the encryption dictionary has no valid /{key}", key=key))
    return value


def _rc4(key: bytes, data: bytes) -> bytes:
    return Cipher(ARC4(key), mode=None).decryptor().update(data)


def _aes_decrypt(key: bytes, data: bytes) -> bytes:
    """AES-CBC with the IV in front and PKCS#5 padding; damaged data decrypts to nothing."""
    if len(data) < 32 or len(data) % 16:
        return b""
    decryptor = Cipher(algorithms.AES(key), modes.CBC(data[:16])).decryptor()
    plain = decryptor.update(data[16:]) + decryptor.finalize()
    pad = plain[-1]
    return plain[:-pad] if 1 <= pad <= 16 else plain


def _rc4_era_key(encrypt: dict[str, Any], first_id: bytes, revision: int, metadata: bool) -> bytes:
    """The file key for the empty user password (Algorithm 2), checked against /U."""
    owner, user = _bytes(encrypt, "O", 32), _bytes(encrypt, "U", 32)
    length = 5 if revision == 2 else _int(encrypt.get("Length"), 40) // 8
    if not 5 <= length <= 16:
        raise PasswordRequired(_("the encryption dictionary has a bad /Length"))
    permissions = _int(encrypt.get("P"), 0)
    digest = hashlib.md5(_PAD + owner[:32], usedforsecurity=False)
    digest.update(struct.pack("<i", permissions if permissions < 2**31 else permissions - 2**32))
    digest.update(first_id)
    if revision >= 4 and not metadata:
        digest.update(b"\xff\xff\xff\xff")
    key = digest.digest()
    if revision >= 3:
        for _round in range(50):
            key = hashlib.md5(key[:length], usedforsecurity=False).digest()
    key = key[:length]
    if revision == 2:
        ok = _rc4(key, _PAD) == user[:32]
    else:
        check = _rc4(key, hashlib.md5(_PAD + first_id, usedforsecurity=False).digest())
        for step in range(1, 20):
            check = _rc4(bytes(b ^ step for b in key), check)
        ok = check == user[:16]
    if not ok:
        raise PasswordRequired(_("the file is encrypted with a password"))
    return key


def _aes256_key(encrypt: dict[str, Any], revision: int) -> bytes:
    """The file key for the empty user password (Algorithms 2.A and 2.B), checked against /U."""
    user, user_key = _bytes(encrypt, "U", 48), _bytes(encrypt, "UE", 32)
    if _hash(revision, b"", user[32:40]) != user[:32]:
        raise PasswordRequired(_("the file is encrypted with a password"))
    intermediate = _hash(revision, b"", user[40:48])
    decryptor = Cipher(algorithms.AES(intermediate), modes.CBC(bytes(16))).decryptor()
    return decryptor.update(user_key[:32]) + decryptor.finalize()


def _hash(revision: int, password: bytes, salt: bytes) -> bytes:
    key = hashlib.sha256(password + salt).digest()
    if revision == 5:
        return key
    round_ = 0
    while True:
        block = (password + key) * 64
        encryptor = Cipher(algorithms.AES(key[:16]), modes.CBC(key[16:32])).encryptor()
        encrypted = encryptor.update(block) + encryptor.finalize()
        choice = int.from_bytes(encrypted[:16], "big") % 3
        key = (hashlib.sha256, hashlib.sha384, hashlib.sha512)[choice](encrypted).digest()
        round_ += 1
        if round_ >= 64 and encrypted[-1] <= round_ - 32:
            return key[:32]
