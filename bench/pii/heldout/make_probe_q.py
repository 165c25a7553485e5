#!/usr/bin/env python3
"""Probe Q: independent held-out PII corpus generator (stdlib + Faker only)."""
import argparse, json, random, string, base64, collections
from faker import Faker

LOCALES = ["en_US"] * 33 + ["ru_RU"] * 21 + ["de_DE"] * 17 + ["en_GB"] * 16 + ["fr_FR"] * 13
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
CC = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
DOMAINS = ["maternity_handover", "ambulance_dispatch", "blood_results", "care_home_visit", "gym_training",
           "yacht_charter", "art_auction", "ski_school", "drone_licence", "notary", "parking_permit",
           "water_leak", "telematics", "escooter_incident", "lost_found", "wine_club", "speaker_onboarding",
           "k8s_chatops", "dwh_access", "mobile_banking"]
MED = {"maternity_handover", "ambulance_dispatch", "blood_results", "care_home_visit"}
DWORD = {
 "en": {"maternity_handover": "maternity ward handover", "ambulance_dispatch": "ambulance dispatch log", "blood_results": "blood test portal", "care_home_visit": "care home visit", "gym_training": "personal training plan", "yacht_charter": "yacht charter", "art_auction": "auction registration", "ski_school": "ski school booking", "drone_licence": "drone pilot licence", "notary": "notary appointment", "parking_permit": "parking permit", "water_leak": "water leak report", "telematics": "telematics policy", "escooter_incident": "e-scooter incident", "lost_found": "lost property claim", "wine_club": "wine club order", "speaker_onboarding": "speaker onboarding", "k8s_chatops": "cluster incident", "dwh_access": "warehouse access request", "mobile_banking": "banking app ticket"},
 "de": {"maternity_handover": "Übergabe Kreißsaal", "ambulance_dispatch": "Rettungsdienst-Einsatzprotokoll", "blood_results": "Laborportal Blutwerte", "care_home_visit": "Besuch im Pflegeheim", "gym_training": "Personal-Training", "yacht_charter": "Yachtcharter", "art_auction": "Auktionsanmeldung", "ski_school": "Skischul-Buchung", "drone_licence": "Drohnenführerschein", "notary": "Notartermin", "parking_permit": "Anwohnerparkausweis", "water_leak": "Wasserschaden-Meldung", "telematics": "Telematik-Tarif", "escooter_incident": "E-Scooter-Vorfall", "lost_found": "Fundbüro-Anfrage", "wine_club": "Weinclub-Bestellung", "speaker_onboarding": "Referenten-Onboarding", "k8s_chatops": "Cluster-Störung", "dwh_access": "DWH-Zugriffsantrag", "mobile_banking": "Banking-App-Support"},
 "fr": {"maternity_handover": "transmission en maternité", "ambulance_dispatch": "journal de régulation SAMU", "blood_results": "portail d'analyses sanguines", "care_home_visit": "visite en EHPAD", "gym_training": "coaching sportif", "yacht_charter": "location de voilier", "art_auction": "inscription à la vente aux enchères", "ski_school": "réservation à l'école de ski", "drone_licence": "brevet de télépilote", "notary": "rendez-vous chez le notaire", "parking_permit": "vignette de stationnement", "water_leak": "signalement de fuite d'eau", "telematics": "assurance connectée", "escooter_incident": "incident de trottinette", "lost_found": "objets trouvés", "wine_club": "commande du club de vin", "speaker_onboarding": "accueil des intervenants", "k8s_chatops": "incident du cluster", "dwh_access": "demande d'accès à l'entrepôt", "mobile_banking": "support de l'appli bancaire"},
 "ru": {"maternity_handover": "передача смены в роддоме", "ambulance_dispatch": "журнал вызовов скорой", "blood_results": "портал анализов крови", "care_home_visit": "визит в пансионат", "gym_training": "персональная тренировка", "yacht_charter": "аренда яхты", "art_auction": "регистрация на аукцион", "ski_school": "запись в горнолыжную школу", "drone_licence": "удостоверение пилота БПЛА", "notary": "запись к нотариусу", "parking_permit": "парковочное разрешение", "water_leak": "заявка об утечке воды", "telematics": "телематическая страховка", "escooter_incident": "происшествие с самокатом", "lost_found": "бюро находок", "wine_club": "заказ винного клуба", "speaker_onboarding": "регистрация спикера", "k8s_chatops": "инцидент кластера", "dwh_access": "запрос доступа к хранилищу", "mobile_banking": "поддержка мобильного банка"},
}
CUE = {
 "en": dict(name=["Guest", "Client", "Holder", "Registered by", "Contact person"], phone=["Reach them on", "Callback number", "Mobile"], email=["Send the confirmation to", "Mailbox", "E-mail"], dob=["born", "Date of birth", "D.O.B."], addr=["lives at", "Registered address", "Meet at"], mrn=["the patient's record number is", "hospital record no.", "patient chart number", "her case record ID"], card=["card ending in full:", "Card used"], iban=["refund goes to IBAN", "Account"], ok="Thanks, that is noted.", hi="Hello", sig="Kind regards", pw="password"),
 "de": dict(name=["Gast", "Kundin", "Inhaber", "Angemeldet von", "Ansprechpartner"], phone=["Rückruf unter", "Telefon", "Handy"], email=["Bestätigung bitte an", "E-Mail"], dob=["geboren am", "Geburtsdatum", "geb."], addr=["wohnhaft in", "Meldeadresse", "Treffpunkt"], mrn=["die Patientennummer lautet", "Fallakte Nr. der Patientin", "Krankenblattnummer des Patienten"], card=["Kartennummer", "belastete Karte"], iban=["Erstattung auf IBAN", "Konto"], ok="Danke, ist notiert.", hi="Guten Tag", sig="Mit freundlichen Grüßen", pw="Passwort"),
 "fr": dict(name=["Client", "Titulaire", "Inscrit par", "Interlocutrice"], phone=["Rappeler au", "Téléphone", "Portable"], email=["Confirmation envoyée à", "Courriel"], dob=["né le", "Date de naissance", "née le"], addr=["domicilié au", "Adresse", "Rendez-vous au"], mrn=["le numéro de dossier patient est", "dossier médical de la patiente n°", "identifiant patient (IPP)"], card=["Carte bancaire", "carte débitée"], iban=["remboursement sur l'IBAN", "Compte"], ok="Merci, c'est noté.", hi="Bonjour", sig="Cordialement", pw="mot de passe"),
 "ru": dict(name=["Клиент", "Владелец", "Заявитель", "Контактное лицо"], phone=["Перезвонить по номеру", "Телефон", "Мобильный"], email=["Подтверждение отправлено на", "Почта"], dob=["дата рождения", "родилась", "родился"], addr=["проживает по адресу", "Адрес", "Место встречи"], mrn=["номер медкарты пациентки", "номер истории болезни пациента", "медицинская карта пациента №"], card=["Карта", "списано с карты"], iban=["возврат на IBAN", "Счёт"], ok="Спасибо, записал.", hi="Здравствуйте", sig="С уважением", pw="пароль"),
}
FILLER = {
 "en": ["The shift ran smoothly overall.", "Please double-check before the next slot.", "Weather delayed the first pickup slightly.", "Nothing else was flagged during the review.", "We will follow up by the end of the week."],
 "de": ["Die Schicht verlief insgesamt ruhig.", "Bitte vor dem nächsten Termin gegenprüfen.", "Das Wetter hat den Start leicht verzögert.", "Sonst wurde bei der Prüfung nichts beanstandet.", "Wir melden uns bis Ende der Woche."],
 "fr": ["La garde s'est bien déroulée dans l'ensemble.", "Merci de vérifier avant le prochain créneau.", "La météo a un peu retardé le départ.", "Rien d'autre n'a été signalé lors du contrôle.", "Nous reviendrons vers vous d'ici vendredi."],
 "ru": ["Смена прошла спокойно.", "Пожалуйста, перепроверьте перед следующим слотом.", "Погода немного задержала выезд.", "Больше замечаний при проверке не было.", "Вернёмся с ответом до конца недели."],
}
MONTHS = {
 "en": "January February March April May June July August September October November December".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
TITLE = ["Quarterly Review", "Harbour Master", "Front Desk", "Blue Ridge Lounge", "North Wing", "Late Shift", "Board Meeting", "Silver Tier", "Grand Salon", "Alpine Meadow"]
PKGS = ["numpy@1.26.4", "@nestjs/core", "left-pad@1.3.0", "express@4.19.2", "@types/node", "@Deprecated", "pydantic@2.7.1", "helm@3.14.0"]

class B:
    def __init__(s): s.segs = []
    def t(s, x): s.segs.append((x, None)); return s
    def e(s, typ, v, sub=None, obf=None, core=None): s.segs.append((v, dict(k="e", type=typ, sub=sub, obf=obf, core=core))); return s
    def n(s, typ, v): s.segs.append((v, dict(k="n", type=typ))); return s
    def i(s, v): s.segs.append((v, dict(k="i"))); return s
    def ext(s, other): s.segs.extend(other.segs); return s
    def build(s, esc=None):
        text, ents, negs, ign, pos = [], [], [], [], 0
        for x, lab in s.segs:
            y = esc(x) if esc else x
            if lab and y != x: raise ValueError("label needs escaping: %r" % x)
            if lab:
                if lab["k"] == "e":
                    d = {"type": lab["type"], "start": pos, "end": pos + len(y), "value": y}
                    if lab["sub"]: d["sub"] = lab["sub"]
                    if lab["core"]: d["core"] = [pos + lab["core"][0], pos + lab["core"][1]]
                    if lab["obf"]: d["obf"] = lab["obf"]
                    ents.append(d)
                elif lab["k"] == "n": negs.append({"type": lab["type"], "start": pos, "end": pos + len(y), "value": y})
                else: ign.append([pos, pos + len(y)])
            text.append(y); pos += len(y)
        return "".join(text), ents, negs, ign

class G:
    def __init__(s, rnd, fk): s.r, s.fk = rnd, fk
    def digits(s, n): return "".join(s.r.choice(string.digits) for _ in range(n))
    def luhn_digit(s, body):
        tot = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0: d *= 2; d -= 9 if d > 9 else 0
            tot += d
        return str((10 - tot % 10) % 10)
    def card(s):
        brand = s.r.choice(["visa", "mastercard", "amex", "discover", "jcb", "mir", "visa", "mastercard"])
        pre = {"visa": "4", "mastercard": s.r.choice(["51", "53", "55", "2221", "2720"]), "amex": s.r.choice(["34", "37"]), "discover": s.r.choice(["6011", "65"]), "jcb": str(s.r.randint(3528, 3589)), "mir": "220" + str(s.r.randint(0, 4))}[brand]
        L = 15 if brand == "amex" else 16
        body = pre + s.digits(L - 1 - len(pre)); num = body + s.luhn_digit(body)
        sep = s.r.choice(["", " ", "-", " "])
        if brand == "amex": parts = [num[:4], num[4:10], num[10:]]
        else: parts = [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(parts), brand
    def cardlike(s):
        while True:
            num = s.r.choice("3456") + s.digits(15)
            if s.luhn_digit(num[:-1]) != num[-1]: break
        sep = s.r.choice(["", " ", "-"]); return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    IBL = {"DE": (22, 0), "FR": (27, 0), "GB": (22, 4), "ES": (24, 0), "IT": (27, 1), "NL": (18, 4), "BE": (16, 0), "AT": (20, 0), "CH": (21, 0), "PL": (28, 0), "PT": (25, 0), "IE": (22, 4), "SE": (24, 0), "NO": (15, 0), "FI": (18, 0), "DK": (18, 0)}
    def iban(s, cc=None):
        cc = cc or s.r.choice(list(s.IBL)); L, nl = s.IBL[cc]
        bban = "".join(s.r.choice(string.ascii_uppercase) for _ in range(nl)) + s.digits(L - 4 - nl)
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00")); chk = "%02d" % (98 - num % 97)
        ib = cc + chk + bban
        if s.r.random() < 0.5: return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), cc + "_grouped"
        return ib, cc + "_compact"
    def ssn(s):
        a = s.r.choice([x for x in range(1, 900) if x != 666]); g = s.r.randint(1, 99); n = s.r.randint(1, 9999)
        k = s.r.choice(["dashed", "dashed", "plain", "spaced"])
        sep = {"dashed": "-", "plain": "", "spaced": " "}[k]
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, n), k
    def inn10(s):
        d = [int(c) for c in s.r.choice(["77", "78", "50", "66", "16", "54"]) + s.digits(7)]
        d.append(sum(a * b for a, b in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10); return "".join(map(str, d))
    def inn12(s):
        d = [int(c) for c in s.r.choice(["77", "78", "50", "23", "52"]) + s.digits(8)]
        d.append(sum(a * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
        d.append(sum(a * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10); return "".join(map(str, d))
    def snils(s):
        while True:
            b = s.digits(9)
            if int(b) > 1001998: break
        t = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = t if t < 100 else (0 if t in (100, 101) else t % 101)
        c = 0 if c == 100 else c
        k = s.r.choice(["formatted", "formatted", "dashed", "plain"])
        if k == "formatted": return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c), k
        if k == "dashed": return "%s-%s-%s-%02d" % (b[:3], b[3:6], b[6:], c), k
        return b + "%02d" % c, k
    def passport(s):
        ser = "%02d%02d" % (s.r.randint(1, 99), s.r.randint(0, 25)); num = s.digits(6)
        k = s.r.choice(["spaced", "series_number", "plain", "numero"])
        return {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num, "numero": f"{ser[:2]} {ser[2:]} № {num}"}[k], k
    def nhs(s):
        while True:
            b = s.digits(9); c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
            c = 0 if c == 11 else c
            if c != 10: break
        n = b + str(c); return s.r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
    def mrn(s, loc):
        if loc == "en_GB" and s.r.random() < 0.5: return s.nhs(), "nhs"
        k = s.r.choice(["numeric", "prefixed", "alnum"])
        if k == "numeric": return s.digits(s.r.randint(7, 10)), k
        if k == "prefixed": return s.r.choice(["MRN", "MRN-", "PID", "KH-", "EHR", "DOS-", "МК-"]) + s.digits(s.r.randint(6, 9)), k
        return "".join(s.r.choice(string.ascii_uppercase) for _ in range(2)) + s.digits(6) + "/" + s.digits(2), k
    def phone(s, loc):
        cc = CC[loc]; intl = s.r.random() < 0.5; r = s.r
        if cc == "US":
            a, b, c = r.randint(201, 989), r.randint(200, 999), s.digits(4)
            v = r.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"]) if intl else r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])
        elif cc == "GB":
            m = "7" + s.digits(3); rest = s.digits(6)
            v = r.choice([f"+44 {m} {rest}", f"+44 (0){m} {rest[:3]} {rest[3:]}", f"0044 {m} {rest}"]) if intl else r.choice([f"0{m} {rest}", f"020 {s.digits(4)} {s.digits(4)}", f"0161 {s.digits(3)} {s.digits(4)}"])
        elif cc == "DE":
            p = r.choice(["151", "160", "176", "30", "40", "89", "221"]); n = s.digits(r.randint(7, 8))
            v = r.choice([f"+49 {p} {n}", f"+49 ({p}) {n[:4]} {n[4:]}", f"0049 {p} {n}"]) if intl else r.choice([f"0{p} {n}", f"0{p}/{n}", f"(0{p}) {n[:3]} {n[3:]}"])
        elif cc == "FR":
            g = [str(r.randint(1, 7))] + ["%02d" % r.randint(0, 99) for _ in range(4)]
            v = r.choice(["+33 " + " ".join(g), "+33 (0)" + " ".join(g), "0033 " + " ".join(g)]) if intl else r.choice(["0" + " ".join(g), "0" + ".".join(g), "0" + "".join(g)])
        else:
            a = r.choice(["916", "903", "925", "495", "812"]); n = s.digits(7)
            v = r.choice([f"+7 {a} {n[:3]}-{n[3:5]}-{n[5:]}", f"+7 ({a}) {n[:3]}-{n[3:5]}-{n[5:]}", f"+7{a}{n}"]) if intl else r.choice([f"8 ({a}) {n[:3]}-{n[3:5]}-{n[5:]}", f"8-{a}-{n[:3]}-{n[3:5]}-{n[5:]}", f"8{a}{n}"])
        return v, ("intl_" if intl else "national_") + cc
    def ipv4(s): return "%d.%d.%d.%d" % (s.r.choice([23, 51, 81, 93, 104, 141, 178, 185, 203, 212]), s.r.randint(0, 255), s.r.randint(0, 255), s.r.randint(1, 254))
    def ipv6(s):
        g = ["%x" % s.r.randint(0, 65535) for _ in range(8)]
        if s.r.random() < 0.4: return "2001:db8:" + ":".join(g[:3]) + "::" + g[7]
        return ":".join(g)
    def rs(s, n, al=string.ascii_letters + string.digits): return "".join(s.r.choice(al) for _ in range(n))
    def b64u(s, raw): return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    def token(s):
        r = s.r; k = r.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "github_other", "slack", "stripe", "google_api", "gitlab", "openai_like", "jwt", "jwt", "db_password", "password", "pem"])
        U = string.ascii_uppercase + "234567"
        if k == "aws_access_key_id": return r.choice(["AKIA", "ASIA"]) + s.rs(16, U), k, None
        if k == "aws_secret_key": return s.rs(40, string.ascii_letters + string.digits + "+/"), k, None
        if k == "github_pat_classic": return "ghp_" + s.rs(36), k, None
        if k == "github_pat_fine": return "github_pat_" + s.rs(22) + "_" + s.rs(59), k, None
        if k == "github_other": return r.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + s.rs(36), k, None
        if k == "slack": return r.choice(["xoxb", "xoxp", "xoxe.xoxp-1"]) + "-" + s.digits(12) + "-" + s.digits(13) + "-" + s.rs(24), k, None
        if k == "stripe": return r.choice(["sk_live_", "rk_live_", "sk_test_"]) + s.rs(r.choice([24, 34, 99])), k, None
        if k == "google_api": return "AIza" + s.rs(35, string.ascii_letters + string.digits + "-_"), k, None
        if k == "gitlab": return "glpat-" + s.rs(20, string.ascii_letters + string.digits + "-_"), k, None
        if k == "openai_like": return r.choice(["sk-proj-", "sk-"]) + s.rs(r.choice([48, 64])), k, None
        if k == "jwt":
            h = s.b64u(json.dumps({"alg": r.choice(["HS256", "RS256", "ES384"]), "typ": "JWT"}, separators=(",", ":")).encode())
            p = s.b64u(json.dumps({"sub": s.digits(8), "role": r.choice(["crew", "ops", "admin"]), "exp": r.randint(1.7e9, 1.9e9)}, separators=(",", ":")).encode())
            return h + "." + p + "." + s.b64u(bytes(r.randrange(256) for _ in range(32))), k, None
        if k in ("db_password", "password"): return s.password(), k, None
        kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
        body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([120, 300, 600])))).decode()
        body = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        head = f"-----BEGIN {kind}-----\n"
        v = head + body + f"\n-----END {kind}-----"
        return v, "pem_" + kind.lower().replace(" ", "_"), (len(head), len(head) + len(body))
    def password(s):
        r = s.r
        if r.random() < 0.3: return r.choice(["Harbour", "Glacier", "Marmot", "Velvet", "Kestrel"]) + str(r.randint(10, 9999)) + r.choice("!#%&*")
        return s.rs(r.randint(12, 22), string.ascii_letters + string.digits + "!#%^*-_+=~")
    def dob(s, lang):
        r = s.r; y = r.randint(1932, 2006); m = r.randint(1, 12); d = r.randint(1, 28)
        return s.fmtdate(lang, y, m, d)
    def fmtdate(s, lang, y, m, d, loc=None):
        r = s.r; mn = MONTHS[lang][m - 1]
        if lang == "en":
            if loc == "en_GB": return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"])
            return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{mn[:3]} {d}, {y}"])
        if lang == "de": return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {mn} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "fr": return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{'1er' if d == 1 else d} {mn} {y}", f"{y}-{m:02d}-{d:02d}"])
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y} г.", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}"])
    def negdate(s, lang, loc):
        return s.fmtdate(lang, s.r.randint(2019, 2027), s.r.randint(1, 12), s.r.randint(1, 28), loc)
    def neg(s, lang="en", loc="en_US", kind=None):
        r = s.r
        k = kind or r.choice(["NEG_TIMESTAMP", "NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE", "NEG_TITLECASE", "NEG_NUMBER", "NEG_EMAILLIKE", "NEG_B64"])
        if k == "NEG_TIMESTAMP":
            v = r.choice([f"2025-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z", str(r.randint(1600000000, 1800000000)), str(r.randint(1600000000000, 1800000000000)), f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}", f"{r.randint(1,28):02d}/Mar/2026:{r.randint(0,23):02d}:14:09 +0100"])
        elif k == "NEG_UUID": v = "%08x-%04x-4%03x-%x%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.choice([8, 9, 10, 11]), r.getrandbits(12), r.getrandbits(48))
        elif k == "NEG_ORDER_ID": v = r.choice(["BK-" + s.digits(7), "WC" + s.digits(9), s.digits(11), "#" + s.digits(6), "PRM/" + s.digits(4) + "/" + s.digits(3), "LF-" + s.digits(3) + "-" + s.digits(5)])
        elif k == "NEG_DATE": v = s.negdate(lang, loc)
        elif k == "NEG_HASH": v = s.rs(r.choice([7, 40, 64]), "0123456789abcdef")
        elif k == "NEG_VERSION": v = "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 40), r.randint(0, 250), r.randint(0, 99))
        elif k == "NEG_CARDLIKE": v = s.cardlike()
        elif k == "NEG_TITLECASE": v = r.choice(TITLE)
        elif k == "NEG_NUMBER": v = r.choice([f"{r.randint(1000,99999):,}", "0x%08X" % r.getrandbits(32), f"{r.randint(100,999)}-{r.randint(10,99)}-{r.randint(1000,9999)}-{r.randint(1,9)}", f"€{r.randint(10,9999)}.{r.randint(0,99):02d}"])
        elif k == "NEG_EMAILLIKE": v = r.choice(PKGS)
        else: v = r.choice(["sha512-", "data:application/octet-stream;base64,", ""]) + base64.b64encode(bytes(r.randrange(256) for _ in range(36))).decode()
        return k, v
    def street(s):
        f = s.fk; loc = f._locales[0]
        v = f.street_address()
        if loc == "ru_RU" and s.r.random() < 0.5: v = v.replace("ул.", "улица")
        rest = f.city(); pc = f.postcode()
        return v, rest, pc
    def person(s):
        f = s.fk; loc = f._locales[0]; r = s.r
        fn, ln = f.first_name(), f.last_name()
        if loc == "ru_RU":
            return r.choice([f"{fn} {ln}", f"{ln} {fn}", f"{ln} {fn[0]}. {f.first_name_male()[0]}."]) , "ru"
        return r.choice([f"{fn} {ln}", f"{fn} {ln}", f"{ln}, {fn}", f"{fn} {r.choice(string.ascii_uppercase)}. {ln}"]), LANG[loc]
    def email(s, name=None):
        return s.fk.email()

# ---- obfuscation
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "K": "К", "M": "М", "B": "В", "H": "Н"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SPELL = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(), "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
def obf(r, v, kind, typ, lang):
    if kind == "zero_width":
        out = []
        for i, ch in enumerate(v):
            out.append(ch)
            if i < len(v) - 1 and r.random() < 0.35: out.append(r.choice(ZW))
        return "".join(out)
    if kind == "homoglyph": return "".join(HOMO.get(c, c) if r.random() < 0.6 else c for c in v)
    if kind == "fullwidth": return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
    if kind == "spaced": return " ".join(c for c in v if c != " ")
    if kind == "spelled": return " ".join(SPELL[lang][int(c)] for c in v if c.isdigit())
    if kind == "words":
        u, d = v.split("@"); at = r.choice([" [at] ", " at ", "(at)", " AT "]); dot = r.choice([" dot ", "[dot]", " DOT "])
        return u.replace(".", dot) + at + d.replace(".", dot)
    if kind == "dotted": return v.replace("-", ".").replace(" ", ".")
    if kind == "defang": return v.replace(".", r.choice(["[.]", "(.)", "[dot]"])) if "." in v else v.replace(":", "[:]")
    return v

# ---- field selection per domain
DTYPES = {
 "maternity_handover": ["PERSON", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "PHONE", "PERSON"],
 "ambulance_dispatch": ["PERSON", "STREET_ADDRESS", "PHONE", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "IPV4"],
 "blood_results": ["PERSON", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "EMAIL", "API_KEY"],
 "care_home_visit": ["PERSON", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "STREET_ADDRESS", "PHONE"],
 "gym_training": ["PERSON", "EMAIL", "PHONE", "DATE_OF_BIRTH", "CREDIT_CARD"],
 "yacht_charter": ["PERSON", "EMAIL", "IBAN", "PHONE", "CREDIT_CARD", "PASSPORT"],
 "art_auction": ["PERSON", "EMAIL", "CREDIT_CARD", "IBAN", "STREET_ADDRESS", "ID"],
 "ski_school": ["PERSON", "DATE_OF_BIRTH", "PHONE", "EMAIL", "CREDIT_CARD"],
 "drone_licence": ["PERSON", "DATE_OF_BIRTH", "ID", "STREET_ADDRESS", "EMAIL", "IPV4"],
 "notary": ["PERSON", "DATE_OF_BIRTH", "ID", "IBAN", "STREET_ADDRESS", "PHONE"],
 "parking_permit": ["PERSON", "STREET_ADDRESS", "EMAIL", "PHONE", "CREDIT_CARD"],
 "water_leak": ["PERSON", "STREET_ADDRESS", "PHONE", "IBAN", "IPV6"],
 "telematics": ["PERSON", "EMAIL", "IPV4", "IPV6", "API_KEY", "ID"],
 "escooter_incident": ["PERSON", "PHONE", "EMAIL", "CREDIT_CARD", "IPV4"],
 "lost_found": ["PERSON", "PHONE", "EMAIL", "STREET_ADDRESS"],
 "wine_club": ["PERSON", "EMAIL", "CREDIT_CARD", "DATE_OF_BIRTH", "STREET_ADDRESS", "IBAN"],
 "speaker_onboarding": ["PERSON", "EMAIL", "PHONE", "IBAN", "ID", "API_KEY"],
 "k8s_chatops": ["API_KEY", "API_KEY", "IPV4", "IPV6", "EMAIL", "API_KEY"],
 "dwh_access": ["PERSON", "EMAIL", "API_KEY", "IPV4", "API_KEY"],
 "mobile_banking": ["PERSON", "PHONE", "IBAN", "CREDIT_CARD", "ID", "IPV4"],
}
KEYS = {"PERSON": ["name", "fullName", "GuestName", "holder-name", "patient_name", "pilotName", "bidder", "ФИО"],
 "EMAIL": ["email", "contactMail", "Email", "reply-to", "notify_address"], "PHONE": ["phone", "mobileNo", "CallbackPhone", "tel-number", "contact_phone"],
 "DATE_OF_BIRTH": ["dob", "dateOfBirth", "BirthDate", "birth-date", "born_on"], "STREET_ADDRESS": ["street", "addressLine1", "StreetAddress", "street-line"],
 "MEDICAL_RECORD_NUMBER": ["patientRecordNo", "patient_mrn", "PatientChartId", "patient-record-number"], "CREDIT_CARD": ["cardNumber", "card_pan", "PaymentCard", "card-no"],
 "IBAN": ["iban", "payoutIban", "RefundIBAN", "bank-iban"], "IPV4": ["clientIp", "source_ip", "RemoteAddr", "device-ip"], "IPV6": ["ipv6", "peerAddr6", "ClientIPv6"],
 "US_SSN": ["ssn", "taxSsn", "SocialSecurityNo"], "RU_INN": ["inn", "taxInn", "ИНН"], "RU_SNILS": ["snils", "pensionSnils", "СНИЛС"], "RU_PASSPORT": ["passport", "passportRu", "паспорт"],
 "API_KEY": ["apiToken", "secret_key", "AuthToken", "access-key", "db_password", "privateKeyPem", "bearer"]}
NEGKEYS = {"NEG_UUID": ["id", "recordId", "uuid", "correlation-id"], "NEG_TIMESTAMP": ["updatedAt", "ts", "created_at", "Timestamp"], "NEG_ORDER_ID": ["bookingRef", "order_no", "TicketId", "permit-no"],
 "NEG_DATE": ["visitDate", "appointment_date", "ValidUntil", "sample-date"], "NEG_HASH": ["tokenHash", "checksum", "secret_sha", "etag"], "NEG_VERSION": ["firmware", "appVersion", "Build"],
 "NEG_CARDLIKE": ["trackingNo", "parcel_ref", "LoyaltyNo"], "NEG_TITLECASE": ["venue", "wing", "TierName"], "NEG_NUMBER": ["amount", "meterReading", "Total"], "NEG_EMAILLIKE": ["dependency", "pkg"], "NEG_B64": ["thumbnail", "integrity", "blob"]}

def pick_type(g, loc, t):
    r = g.r
    if t == "ID":
        return r.choice({"en_US": ["US_SSN"], "ru_RU": ["RU_INN", "RU_SNILS", "RU_PASSPORT"]}.get(loc, ["IBAN", "PHONE", "US_SSN"]))
    if t == "PASSPORT": return "RU_PASSPORT" if loc == "ru_RU" else "IBAN"
    return t

def value(g, loc, typ):
    lang = LANG[loc]
    if typ == "PERSON": v, sub = g.person(); return v, sub, None
    if typ == "EMAIL": return g.email(), None, None
    if typ == "PHONE": v, sub = g.phone(loc); return v, sub, None
    if typ == "DATE_OF_BIRTH": return g.fmtdate(lang, g.r.randint(1932, 2006), g.r.randint(1, 12), g.r.randint(1, 28), loc), None, None
    if typ == "MEDICAL_RECORD_NUMBER": v, sub = g.mrn(loc); return v, sub, None
    if typ == "CREDIT_CARD": v, sub = g.card(); return v, sub, None
    if typ == "IBAN": v, sub = g.iban(g.r.choice([None, CC[loc] if CC[loc] in G.IBL else None])); return v, sub, None
    if typ == "IPV4": return g.ipv4(), None, None
    if typ == "IPV6": return g.ipv6(), None, None
    if typ == "US_SSN": v, sub = g.ssn(); return v, sub, None
    if typ == "RU_INN": return (g.inn10(), "inn10", None) if g.r.random() < 0.5 else (g.inn12(), "inn12", None)
    if typ == "RU_SNILS": v, sub = g.snils(); return v, sub, None
    if typ == "RU_PASSPORT": v, sub = g.passport(); return v, sub, None
    if typ == "API_KEY": return g.token()
    if typ == "STREET_ADDRESS": return g.street()[0], ("ru" if loc == "ru_RU" else lang), None
    raise KeyError(typ)

LAB = {"en": {"PERSON": "Name", "EMAIL": "Email", "PHONE": "Phone", "DATE_OF_BIRTH": "Date of birth", "STREET_ADDRESS": "Address", "MEDICAL_RECORD_NUMBER": "Patient record no.", "CREDIT_CARD": "Card", "IBAN": "IBAN", "IPV4": "Source IP", "IPV6": "IPv6", "US_SSN": "SSN", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "Passport", "API_KEY": "Token"},
 "de": {"PERSON": "Name", "EMAIL": "E-Mail", "PHONE": "Telefon", "DATE_OF_BIRTH": "Geburtsdatum", "STREET_ADDRESS": "Anschrift", "MEDICAL_RECORD_NUMBER": "Patienten-Aktennr.", "CREDIT_CARD": "Kreditkarte", "IBAN": "IBAN", "IPV4": "Quell-IP", "IPV6": "IPv6", "US_SSN": "SSN", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "Reisepass", "API_KEY": "Zugangstoken"},
 "fr": {"PERSON": "Nom", "EMAIL": "Courriel", "PHONE": "Téléphone", "DATE_OF_BIRTH": "Date de naissance", "STREET_ADDRESS": "Adresse", "MEDICAL_RECORD_NUMBER": "N° dossier patient", "CREDIT_CARD": "Carte", "IBAN": "IBAN", "IPV4": "IP source", "IPV6": "IPv6", "US_SSN": "SSN", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "Passeport", "API_KEY": "Jeton"},
 "ru": {"PERSON": "ФИО", "EMAIL": "Эл. почта", "PHONE": "Телефон", "DATE_OF_BIRTH": "Дата рождения", "STREET_ADDRESS": "Адрес", "MEDICAL_RECORD_NUMBER": "Номер медкарты пациента", "CREDIT_CARD": "Карта", "IBAN": "IBAN", "IPV4": "IP-адрес", "IPV6": "IPv6", "US_SSN": "SSN", "RU_INN": "ИНН", "RU_SNILS": "СНИЛС", "RU_PASSPORT": "Паспорт РФ", "API_KEY": "Токен"}}
NEGLAB = {"en": {"NEG_ORDER_ID": "booking no.", "NEG_UUID": "record id", "NEG_TIMESTAMP": "logged", "NEG_DATE": "visit date", "NEG_HASH": "token hash", "NEG_VERSION": "firmware", "NEG_CARDLIKE": "parcel tracking", "NEG_TITLECASE": "location", "NEG_NUMBER": "total", "NEG_EMAILLIKE": "package", "NEG_B64": "attachment"},
 "de": {"NEG_ORDER_ID": "Buchungsnr.", "NEG_UUID": "Datensatz-ID", "NEG_TIMESTAMP": "erfasst", "NEG_DATE": "Termin", "NEG_HASH": "Token-Hash", "NEG_VERSION": "Firmware", "NEG_CARDLIKE": "Sendungsnummer", "NEG_TITLECASE": "Ort", "NEG_NUMBER": "Summe", "NEG_EMAILLIKE": "Paket", "NEG_B64": "Anhang"},
 "fr": {"NEG_ORDER_ID": "n° de réservation", "NEG_UUID": "identifiant", "NEG_TIMESTAMP": "horodatage", "NEG_DATE": "date du rendez-vous", "NEG_HASH": "empreinte du jeton", "NEG_VERSION": "firmware", "NEG_CARDLIKE": "n° de suivi", "NEG_TITLECASE": "salle", "NEG_NUMBER": "montant", "NEG_EMAILLIKE": "paquet", "NEG_B64": "pièce jointe"},
 "ru": {"NEG_ORDER_ID": "номер брони", "NEG_UUID": "ID записи", "NEG_TIMESTAMP": "время", "NEG_DATE": "дата визита", "NEG_HASH": "хеш токена", "NEG_VERSION": "прошивка", "NEG_CARDLIKE": "трек-номер", "NEG_TITLECASE": "место", "NEG_NUMBER": "сумма", "NEG_EMAILLIKE": "пакет", "NEG_B64": "вложение"}}

def make_fields(g, loc, dom, n_ent, n_neg):
    types = DTYPES[dom]
    fields = []
    for i in range(n_ent):
        typ = pick_type(g, loc, types[i % len(types)] if i < len(types) else g.r.choice(types))
        if typ == "STREET_ADDRESS":
            v, city, pc = g.street(); fields.append(("e", typ, v, "ru" if loc == "ru_RU" else LANG[loc], None, (city, pc)))
        else:
            v, sub, core = value(g, loc, typ); fields.append(("e", typ, v, sub, core, None))
    extra_t = []
    if loc == "ru_RU" and g.r.random() < 0.6: extra_t.append(g.r.choice(["RU_INN", "RU_SNILS", "RU_PASSPORT"]))
    if loc == "en_US" and g.r.random() < 0.25: extra_t.append("US_SSN")
    for typ in extra_t:
        v, sub, core = value(g, loc, typ); fields.insert(g.r.randint(0, len(fields)), ("e", typ, v, sub, core, None))
    negs = [("n",) + g.neg(LANG[loc], loc) + (None, None, None) for _ in range(n_neg)]
    # interleave negatives right after entities (next to cue words)
    out = []
    for f in fields:
        out.append(f)
        if negs and g.r.random() < 0.6: out.append(negs.pop())
    out.extend(negs)
    return out

def add_field(b, f, loc):
    if f[0] == "n": b.n(f[1], f[2]); return
    _, typ, v, sub, core, extra = f
    b.e(typ, v, sub, None, core)
    if extra:
        city, pc = extra
        if loc in ("en_US",): b.t(", ").i(city + ", " + pc if g_rand_bool(b) else city)
        elif loc == "en_GB": b.t(", ").i(city).t(" ").i(pc)
        elif loc == "ru_RU": b.t(", ").i(city).t(", ").i(pc)
        else: b.t(", ").i(pc + " " + city)

def g_rand_bool(b): return len(b.segs) % 2 == 0

def label(f, lang):
    if f[0] == "e" and f[1] == "API_KEY" and len(f) > 3 and f[3] in ("password", "db_password"): return CUE[lang]["pw"].capitalize()
    return LAB[lang][f[1]] if f[0] == "e" else NEGLAB[lang][f[1]]

def sentence(b, f, lang, r):
    c = CUE[lang]; t = f[1]
    m = {"PERSON": "name", "PHONE": "phone", "EMAIL": "email", "DATE_OF_BIRTH": "dob", "STREET_ADDRESS": "addr", "MEDICAL_RECORD_NUMBER": "mrn", "CREDIT_CARD": "card", "IBAN": "iban"}
    if f[0] == "e" and t == "API_KEY" and len(f) > 3 and f[3] in ("password", "db_password"): return r.choice([CUE[lang]["pw"], "DB " + CUE[lang]["pw"], "admin " + CUE[lang]["pw"]])
    if f[0] == "e" and t in m: cue = r.choice(c[m[t]])
    else: cue = label(f, lang)
    return cue

def val(b, f, loc, r):
    if f[0] == "e" and f[1] == "API_KEY" and f[3] in ("password", "db_password") and r.random() < 0.5:
        sch = r.choice(["postgres://svc_ops:", "mysql://reporter:", "amqp://dispatch:", "mongodb+srv://etl:"])
        b.t("`" + sch); add_field(b, f, loc); b.t("@" + r.choice(["db-main.internal", "10.0.4.7", "mq.local"]) + ":" + str(r.choice([5432, 3306, 5672, 27017])) + "/app`"); return
    if f[0] == "e" and f[1] == "API_KEY" and f[4]:
        b.t("\n"); add_field(b, f, loc); b.t("\n"); return
    add_field(b, f, loc)

def r_prose(b, fields, lang, loc, r, dom):
    c = CUE[lang]
    b.t(r.choice([c["hi"] + "! ", "", c["ok"] + " "]) + DWORD[lang][dom].capitalize() + ". ")
    for f in fields:
        b.t(sentence(b, f, lang, r) + " "); val(b, f, loc, r); b.t(r.choice([". ", "; ", ".\n"]))
        if r.random() < 0.3: b.t(r.choice(FILLER[lang]) + " ")
def r_list(b, fields, lang, loc, r, dom, num=False):
    b.t(("## " if r.random() < 0.5 else "") + DWORD[lang][dom].capitalize() + "\n\n")
    for i, f in enumerate(fields):
        b.t(("%d. " % (i + 1) if num else r.choice(["- ", "* ", "• "])) + label(f, lang) + ": "); val(b, f, loc, r); b.t("\n")
    b.t("\n" + r.choice(FILLER[lang]))
def r_table(b, fields, lang, loc, r, dom):
    b.t(DWORD[lang][dom].capitalize() + ":\n\n| # | " + {"en": "Field", "de": "Feld", "fr": "Champ", "ru": "Поле"}[lang] + " | " + {"en": "Value", "de": "Wert", "fr": "Valeur", "ru": "Значение"}[lang] + " |\n|---|---|---|\n")
    for i, f in enumerate(fields):
        if f[0] == "e" and f[4]: continue
        b.t(f"| {i+1} | {label(f, lang)} | "); val(b, f, loc, r); b.t(" |\n")
def r_csv(b, fields, lang, loc, r, dom):
    fs = [f for f in fields if not (f[0] == "e" and f[4])]
    b.t("```csv\n" + ";".join(label(f, lang).replace(" ", "_").lower() for f in fs) + "\n")
    for i, f in enumerate(fs):
        if i: b.t(";")
        q = f[0] == "e" and f[5] is not None
        if q: b.t('"')
        add_field(b, f, loc)
        if q: b.t('"')
    b.t("\n```\n")
def r_kv(b, fields, lang, loc, r, dom):
    for f in fields:
        b.t(label(f, lang) + r.choice([": ", " = ", ":\t"])); val(b, f, loc, r); b.t("\n")
def r_letter(b, fields, lang, loc, r, dom, g):
    c = CUE[lang]; b.t(c["hi"] + ",\n\n" + {"en": "regarding your ", "de": "bezüglich Ihrer Anfrage – ", "fr": "concernant votre dossier : ", "ru": "по вашему обращению: "}[lang] + DWORD[lang][dom] + ".\n\n")
    for f in fields:
        b.t(sentence(b, f, lang, r) + " "); val(b, f, loc, r); b.t(".\n")
    b.t("\n" + c["sig"] + ",\n"); p, sub = g.person(); b.e("PERSON", p, sub); b.t("\n" + r.choice(TITLE) + "\n")
    b.n("NEG_TITLECASE", b.segs[-1][0].strip()) if False else None
def r_yaml(b, fields, lang, loc, r, dom):
    b.t("```yaml\n" + dom.replace("_", "-") + ":\n")
    for f in fields:
        key = keys_for(f, r, loc)
        if f[0] == "e" and f[4]:
            b.t(f"  {key}: |\n    "); v = f[2].replace("\n", "\n    ")
            h = f[2].index("\n") + 1; body = f[2][h:f[4][1]].replace("\n", "\n    ")
            b.e("API_KEY", v, f[3], None, (h + 4, h + 4 + len(body))); b.t("\n"); continue
        b.t(f"  {key}: "); q = f[0] == "e" and f[1] == "API_KEY"
        if q: b.t('"')
        add_field(b, f, loc)
        if q: b.t('"')
        b.t("\n")
    b.t("```\n")
def r_log(b, fields, lang, loc, r, dom, g):
    for f in fields:
        k, ts = g.neg(lang, loc, "NEG_TIMESTAMP")
        b.n(k, ts); b.t(" " + r.choice(["INFO", "WARN", "DEBUG"]) + " [" + dom + "] ")
        key = keys_for(f, r, loc)
        if f[0] == "e" and f[4]: b.t(key + "=<<"); add_field(b, f, loc); b.t(">>\n"); continue
        b.t(key + "="); add_field(b, f, loc); b.t("\n")

def render_text(b, fields, lang, loc, r, dom, g):
    st = r.choice(["prose", "prose", "list", "num", "table", "csv", "kv", "letter", "yaml", "log"])
    if st == "prose": r_prose(b, fields, lang, loc, r, dom)
    elif st == "list": r_list(b, fields, lang, loc, r, dom)
    elif st == "num": r_list(b, fields, lang, loc, r, dom, True)
    elif st == "table": r_table(b, fields, lang, loc, r, dom)
    elif st == "csv": r_csv(b, fields, lang, loc, r, dom)
    elif st == "kv": r_kv(b, fields, lang, loc, r, dom)
    elif st == "letter": r_letter(b, fields, lang, loc, r, dom, g)
    elif st == "yaml": r_yaml(b, fields, lang, loc, r, dom)
    else: r_log(b, fields, lang, loc, r, dom, g)
    return st

# ---- JSON
LOC = ["en_US"]
class L:  # labelled leaf
    def __init__(s, f): s.f = f
def jstr(x): return json.dumps(x, ensure_ascii=False)[1:-1]
def ser(b, o, loc, ind, lvl, json_num=False):
    nl = ("\n" + " " * (ind * (lvl + 1))) if ind else ""
    end = ("\n" + " " * (ind * lvl)) if ind else ""
    sep = ", " if ind is None else ","
    kv = ": " if ind is not None else ":"
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i: b.t(sep if not ind else ",")
            b.t(nl + '"' + jstr(k) + '"' + kv); ser(b, v, loc, ind, lvl + 1)
        b.t(end + "}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i: b.t(sep if not ind else ",")
            b.t(nl); ser(b, v, loc, ind, lvl + 1)
        b.t(end + "]")
    elif isinstance(o, L):
        f = o.f
        if f[0] == "e" and f[1] == "RU_INN" and f[3] in ("inn10", "inn12") and f[2][0] != "0" and len(b.segs) % 3 == 0:
            b.e("RU_INN", f[2], f[3] + "_json_number"); return
        b.t('"')
        if f[0] == "n": b.n(f[1], jstr(f[2]))
        else:
            _, typ, v, sub, core, extra = f
            ev = jstr(v); c = None
            if core: c = (len(jstr(v[:core[0]])), len(jstr(v[:core[1]])))
            b.e(typ, ev, sub, None, c)
            if extra: b.t(", ").i(jstr(extra[1] + " " + extra[0]))
        b.t('"')
    elif isinstance(o, B):  # free text string with labels
        b.t('"'); [b.segs.append((jstr(x), lab)) for x, lab in o.segs]; b.t('"')
    else: b.t(json.dumps(o, ensure_ascii=False))

def keys_for(f, r, loc):
    ks = KEYS[f[1]] if f[0] == "e" else NEGKEYS[f[1]]
    if f[0] == "e" and f[1] == "API_KEY" and f[3] in ("password", "db_password"): ks = ["db_password", "adminPassword", "Passwd", "smtp-password"]
    if loc != "ru_RU": ks = [k for k in ks if k.isascii()]
    return r.choice(ks)

def ckey(k, style):
    parts = k.replace("-", "_").split("_") if "_" in k or "-" in k else [k]
    if style == 0: return k
    if style == 1: return parts[0][:1].lower() + parts[0][1:] + "".join(p.capitalize() for p in parts[1:])
    if style == 2: return "".join(p[:1].upper() + p[1:] for p in parts)
    return "-".join(p.lower() for p in parts)

def jobj(fields, r, style):
    o = {}
    for f in fields:
        k = ckey(keys_for(f, r, LOC[0]), style)
        while k in o: k += "_2"
        o[k] = L(f)
    return o

def render_json(g, loc, dom, fields_groups, r):
    style = r.randrange(4)
    recs = [jobj(fs, r, style) for fs in fields_groups]
    lang = LANG[loc]
    w = r.randrange(6)
    if w == 0: o = {ckey("ward_handover", style): {"unit": dom, "entries": recs}}
    elif w == 1: o = {"meta": {"source": dom, "page": r.randint(1, 9)}, "items": [{"kind": dom, "data": x} for x in recs]}
    elif w == 2: o = {"Result": {"Count": len(recs), "Rows": recs}}
    elif w == 3:
        o = {"event": dom, "batch": [[x] for x in recs]}
    elif w == 4:
        nb = B(); ser(nb, {"records": recs}, loc, None, 0)
        return {"type": "tool_result", "tool": dom + "_lookup", "payload": nb, "ok": True}, True
    else:
        o = recs[0] if len(recs) == 1 else {"primary": recs[0], "others": recs[1:]}
    if r.random() < 0.4:
        nb = B(); nb.t(r.choice(FILLER[lang]) + " ")
        f = fields_groups[0][0]
        o = dict(o); o["note"] = nb
    return o, False

# ---- doc assembly
def gen_doc(idx, shape, rnd, fakers, base_shape=None):
    loc = rnd.choice(LOCALES); LOC[0] = loc; lang = LANG[loc]; fk = fakers[loc]; g = G(rnd, fk); dom = rnd.choice(DOMAINS)
    r = rnd; b = B(); fmt = "text"; tpl = ""
    sh = base_shape or shape
    if sh == "obfuscated":
        kinds = ["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"]
        for _ in range(r.randint(1, 3)):
            k = r.choice(kinds)
            if k == "words": typ = "EMAIL"
            elif k == "defang": typ = r.choice(["IPV4", "IPV4", "IPV6"])
            elif k == "dotted": typ = r.choice(["US_SSN", "PHONE"])
            elif k == "spelled": typ = r.choice(["PHONE", "CREDIT_CARD", "US_SSN", "RU_SNILS"])
            elif k == "fullwidth": typ = r.choice(["PHONE", "CREDIT_CARD", "US_SSN", "RU_INN", "IBAN", "RU_PASSPORT"])
            elif k == "spaced": typ = r.choice(["PERSON", "CREDIT_CARD", "RU_PASSPORT", "RU_SNILS", "PHONE"])
            elif k == "homoglyph": typ = r.choice(["EMAIL", "API_KEY", "PERSON", "IBAN"])
            else: typ = r.choice(["EMAIL", "API_KEY", "CREDIT_CARD", "IBAN", "PERSON", "PHONE", "IPV4"])
            v, sub, core = value(g, loc, typ)
            while typ == "API_KEY" and core: v, sub, core = value(g, loc, typ)
            if k == "dotted" and typ == "US_SSN": v = "%s-%s-%s" % (v.replace(" ", "").replace("-", "")[:3], v.replace(" ", "").replace("-", "")[3:5], v.replace(" ", "").replace("-", "")[5:]); sub = "dashed"
            if k == "defang" and typ == "IPV6": pass
            ov = obf(r, v, k, typ, lang); tries = 0
            while ov == v and tries < 20: ov = obf(r, v, k, typ, lang); tries += 1
            if ov == v: k = "zero_width"; ov = v[:1] + "\u200b" + v[1:]
            b.t(sentence(b, ("e", typ, v, sub), lang, r) + " ").e(typ, ov, sub, k).t(r.choice([". ", ", ", ".\n"]))
            if r.random() < 0.5:
                nk, nv = g.neg(lang, loc); b.t(NEGLAB[lang][nk] + " ").n(nk, nv).t(". ")
        tpl = "obf.q"
    elif sh in ("chat", "text4k", "long64k"):
        target = {"chat": 0, "text4k": 4000, "long64k": 64000}[sh]
        while True:
            fields = make_fields(g, loc, dom, r.randint(2, 6), r.randint(1, 4))
            tpl = "text.q." + render_text(b, fields, lang, loc, r, dom, g)
            if sum(len(x) for x, _ in b.segs) >= target: break
            b.t("\n\n"); dom = r.choice(DOMAINS)
        tpl = "chat.q" if sh == "chat" else "text4k.q"
    else:
        fmt = "json"; target = {"json": 0, "json4k": 4000}[sh]
        groups = []; size = 0
        while True:
            fs = make_fields(g, loc, dom, r.randint(2, 6), r.randint(1, 4)); groups.append(fs)
            size += 260
            if size >= target: break
        o, dbl = render_json(g, loc, dom, groups, r)
        ind = r.choice([None, None, 2, 4, 0]) if r.random() < 0.5 else None
        if ind == 0: ind = None; compact = True
        ser(b, o, loc, ind, 0); tpl = "json.q." + dom
    text, ents, negs, ign = b.build()
    d = {"id": f"probeq-{shape}-{idx:04d}", "split": "probe_q", "shape": shape}
    if base_shape: d["base_shape"] = base_shape
    d.update({"format": fmt, "locale": loc, "lang": lang, "template": tpl, "domain": dom, "text": text})
    if shape == "stream":
        ch = []; i = 0
        while i < len(text):
            n = r.randint(1, 16); ch.append(text[i:i + n]); i += n
        d["chunks"] = ch
    d.update({"entities": ents, "negatives": negs, "ignore": ign})
    return d

def validate(d):
    t = d["text"]
    for e in d["entities"] + d["negatives"]:
        assert t[e["start"]:e["end"]] == e["value"], (d["id"], e)
    sp = sorted((e["start"], e["end"]) for e in d["entities"])
    for a, c in zip(sp, sp[1:]): assert a[1] <= c[0], (d["id"], a, c)
    if d["format"] == "json": json.loads(t)
    if "chunks" in d: assert "".join(d["chunks"]) == t and all(1 <= len(c) <= 16 for c in d["chunks"])
    for e in d["entities"]:
        if "core" in e: assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=2626); ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true"); a = ap.parse_args()
    rnd = random.Random(a.seed)
    fakers = {}
    for i, loc in enumerate(["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]):
        fakers[loc] = Faker(loc); fakers[loc].seed_instance(a.seed * 10 + i)
    plan = [("chat", 188), ("json", 104), ("stream", 52), ("obfuscated", 52), ("json4k", 31), ("text4k", 21), ("long64k", 2)]
    docs = []
    for shape, n in plan:
        for i in range(n):
            bs = None
            if shape == "stream": bs = rnd.choice(["chat"] * 5 + ["json"] * 3 + ["text4k"] * 2 + ["obfuscated"])
            d = gen_doc(i, shape, rnd, fakers, bs); validate(d); docs.append(d)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    sh = collections.Counter(d["shape"] for d in docs); et = collections.Counter(e["type"] for d in docs for e in d["entities"])
    nt = collections.Counter(e["type"] for d in docs for e in d["negatives"]); ob = collections.Counter(e.get("obf") for d in docs for e in d["entities"] if e.get("obf"))
    lc = collections.Counter(d["locale"] for d in docs)
    print(json.dumps({"docs": len(docs), "shapes": sh, "locales": lc, "entities": et, "negatives": nt, "obf": ob}, ensure_ascii=False, indent=1))

if __name__ == "__main__": main()
