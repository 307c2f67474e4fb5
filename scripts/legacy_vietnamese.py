"""Unicode → TCVN3 (ABC) and VNI Windows, for writing the legacy-font samples.

Written from the published code charts, independently of the Swift tables in
Sources/VietnameseText, so that the samples test those tables rather than repeat them."""
import unicodedata

_TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}

_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {None: "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def encode_tcvn3(text):
    """Capitals without a code of their own are written lower-case: the sample puts such
    text in the capitals-only font .VnTimeH."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3.get(ch) or _TCVN3.get(ch.lower()) if ch not in "ĂÂÊÔƠƯĐ" else _TCVN3[ch]
        out.append(chr(code) if code else ch)
    return "".join(out)


def _vni_letter(ch):
    if ch in "đĐ":
        return "ñ" if ch == "đ" else "Ñ"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    if not marks or not base.isalpha():
        return ch
    upper = base.isupper()
    tone = next((m for m in marks if m in _VNI_TONE), None)
    if "\u031B" in marks:  # horn: ơ ư
        s = ("Ô" if upper else "ô") if base.lower() == "o" else ("Ö" if upper else "ö")
        return s + (_VNI_TONE[tone].upper() if upper else _VNI_TONE[tone]) if tone else s
    if base.lower() == "i":
        s = _VNI_I[tone]
        return base if tone is None else (s.upper() if upper else s)
    if base.lower() == "y" and tone == "\u0323":
        return "Î" if upper else "î"
    if "\u0302" in marks:
        code = _VNI_CIRC[tone]
    elif "\u0306" in marks:
        code = _VNI_BREVE[tone]
    else:
        code = _VNI_TONE[tone]
    return base + (code.upper() if upper else code)


def encode_vni(text):
    return "".join(_vni_letter(c) for c in unicodedata.normalize("NFC", text))
