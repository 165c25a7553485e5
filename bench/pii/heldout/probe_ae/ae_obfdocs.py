"""Short obfuscated messages: guests and hosts dodging a booking platform's contact filter,
pasted card numbers with invisible characters, defanged IPs in fraud notes."""
from ae_common import E, N, IG, T, R
from ae_people import phone
import ae_ids as I
import ae_obf as O


def ob_phone(cx, lang, methods=("spaced", "spelled", "zero_width", "fullwidth", "dotted")):
    raw, sub = phone(cx.rng, {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}[cx.loc])
    m = cx.pick(list(methods))
    v = {"spaced": lambda: O.spaced(raw), "spelled": lambda: O.spelled(raw, lang), "zero_width": lambda: O.zero_width(cx.rng, raw),
         "fullwidth": lambda: O.fullwidth(raw), "dotted": lambda: O.dotted(raw)}[m]()
    return E("PHONE", v, sub=sub, obf=m, raw=raw)


def ob_email(cx, lang, p=None):
    p = p or cx.person()
    m = cx.pick(["words", "words", "homoglyph", "zero_width", "fullwidth"])
    v = {"words": lambda: O.email_words(cx.rng, p.email, lang), "homoglyph": lambda: O.homoglyph(cx.rng, p.email),
         "zero_width": lambda: O.zero_width(cx.rng, p.email), "fullwidth": lambda: O.fullwidth(p.email)}[m]()
    return E("EMAIL", v, obf=m, raw=p.email)


def ob_card(cx):
    brand, num = cx.card_raw()
    shown = I.fmt_card(num, cx.pick(["compact", "spaced", "dashed"]))
    m = cx.pick(["fullwidth", "zero_width", "spaced", "dotted"])
    v = {"fullwidth": lambda: O.fullwidth(shown), "zero_width": lambda: O.zero_width(cx.rng, shown),
         "spaced": lambda: O.spaced(num), "dotted": lambda: O.dotted(shown if " " in shown or "-" in shown else I.fmt_card(num, "spaced"))}[m]()
    return E("CREDIT_CARD", v, sub=brand, obf=m, raw=num)


def ob_name(cx, p=None):
    p = p or cx.person()
    full = p.full("fl")
    m = cx.pick(["zero_width", "homoglyph"])
    v = O.zero_width(cx.rng, full) if m == "zero_width" else O.homoglyph(cx.rng, full)
    return E("PERSON", v, sub=p.lang, obf=m, raw=full)


def ob_iban(cx):
    f = cx.iban()[0]
    m = cx.pick(["fullwidth", "zero_width", "spaced"])
    v = {"fullwidth": lambda: O.fullwidth(f.t), "zero_width": lambda: O.zero_width(cx.rng, f.t), "spaced": lambda: O.spaced(f.t)}[m]()
    return E("IBAN", v, sub=f.sub, obf=m, raw=f.raw)


def ob_ru_passport(cx):
    f = cx.ru_passport(cx.pick(["spaced", "plain", "series_number"]))[0]
    m = cx.pick(["fullwidth", "spaced", "zero_width"])
    v = {"fullwidth": lambda: O.fullwidth(f.t), "spaced": lambda: O.spaced(f.t), "zero_width": lambda: O.zero_width(cx.rng, f.t)}[m]()
    return E("RU_PASSPORT", v, sub=f.sub, obf=m, raw=f.raw)


def ob_ssn(cx):
    f = cx.ssn("dashed")[0]
    m = cx.pick(["dotted", "spaced", "fullwidth"])
    v = {"dotted": lambda: O.dotted(f.t), "spaced": lambda: O.spaced(f.t), "fullwidth": lambda: O.fullwidth(f.t)}[m]()
    return E("US_SSN", v, sub="dashed", obf=m, raw=f.raw)


def ob_ip(cx):
    ip = I.ipv4(cx.rng)
    m = cx.pick(["defang", "defang", "fullwidth"])
    return E("IPV4", O.defang(cx.rng, ip) if m == "defang" else O.fullwidth(ip), obf=m, raw=ip)


TPL = {
    "en": [
        ("offplatform_phone", lambda cx: R("Easier to sort the key handover off the app - text me on {ph}.", ph=ob_phone(cx, "en"))),
        ("offplatform_email", lambda cx: R("Send the deposit receipt to {em} please, the app strips attachments.", em=ob_email(cx, "en"))),
        ("pasted_card", lambda cx: R("Guest pasted card {c} into the chat for the damage deposit.", c=ob_card(cx))),
        ("booking_name", lambda cx: R("Booking {r} is under {n}; call {ph}.", r=cx.pnr(), n=ob_name(cx), ph=ob_phone(cx, "en"))),
        ("refund_iban", lambda cx: R("Refund the cleaning fee to {ib} please.", ib=ob_iban(cx))),
        ("fraud_ip", lambda cx: R("The chargeback booking came from {ip}; contact {em}.", ip=ob_ip(cx), em=ob_email(cx, "en"))),
        ("rental_ssn", lambda cx: R("Applicant's SSN as typed in the form: {s}.", s=ob_ssn(cx))),
    ],
    "de": [
        ("offplatform_phone", lambda cx: R("Schreib mir lieber direkt, nicht über die App: {ph}", ph=ob_phone(cx, "de"))),
        ("offplatform_email", lambda cx: R("Die Rechnung bitte an {em} schicken.", em=ob_email(cx, "de"))),
        ("pasted_card", lambda cx: R("Kaution bitte von dieser Karte abbuchen: {c}", c=ob_card(cx))),
        ("refund_iban", lambda cx: R("Erstattung bitte auf {ib}, Kontoinhaber {n}.", ib=ob_iban(cx), n=ob_name(cx))),
    ],
    "fr": [
        ("offplatform_phone", lambda cx: R("Plus simple hors appli : appelez-moi au {ph}", ph=ob_phone(cx, "fr"))),
        ("offplatform_email", lambda cx: R("Envoyez la facture à {em} svp.", em=ob_email(cx, "fr"))),
        ("pasted_card", lambda cx: R("Carte pour la caution : {c}", c=ob_card(cx))),
        ("refund_iban", lambda cx: R("Remboursement sur {ib} au nom de {n}.", ib=ob_iban(cx), n=ob_name(cx))),
    ],
    "ru": [
        ("offplatform_phone", lambda cx: R("Лучше напишите мне напрямую, не через приложение: {ph}", ph=ob_phone(cx, "ru"))),
        ("offplatform_email", lambda cx: R("Чек пришлите на {em}, пожалуйста.", em=ob_email(cx, "ru"))),
        ("pasted_card", lambda cx: R("Залог можно списать с карты {c}", c=ob_card(cx))),
        ("passport_chat", lambda cx: R("Паспорт для заселения: {pp}, на имя {n}.", pp=ob_ru_passport(cx), n=ob_name(cx))),
    ],
}
