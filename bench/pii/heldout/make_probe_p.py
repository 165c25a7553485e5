#!/usr/bin/env python3
"""Probe P: independent held-out corpus generator for the PII bench (dev-split schema).
Deterministic for a given --seed. Needs Faker (PYTHONPATH=/tmp/faker-site)."""
import argparse, base64, json, random, re, string, sys, collections
from faker import Faker

LOCALES = [("en_US", .33), ("ru_RU", .21), ("de_DE", .17), ("en_GB", .16), ("fr_FR", .13)]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
SHAPES = [("chat", 188), ("json", 104), ("stream", 52), ("obfuscated", 52), ("json4k", 31), ("text4k", 21), ("long64k", 2)]
DOMAINS = ["radiology", "optician", "hearing", "physio", "petins", "housing", "visa", "cinema", "bikeshare", "solar",
           "funeral", "langschool", "legalaid", "recruit", "itasset", "cloudcost", "cicd", "pwreset", "dsar", "qa"]
DNAME = {
 "radiology": ("radiology report", "Radiologiebefund", "compte rendu de radiologie", "заключение рентгенолога"),
 "optician": ("optician order", "Brillenauftrag", "commande d'opticien", "заказ в оптике"),
 "hearing": ("hearing-aid fitting", "Hörgeräteanpassung", "appareillage auditif", "подбор слухового аппарата"),
 "physio": ("physiotherapy invoice", "Physiotherapie-Rechnung", "facture de kinésithérapie", "счёт за физиотерапию"),
 "petins": ("pet insurance claim", "Tierversicherungsfall", "sinistre d'assurance animale", "страховой случай питомца"),
 "housing": ("student housing application", "Wohnheimantrag", "demande de logement étudiant", "заявка на общежитие"),
 "visa": ("visa application", "Visumantrag", "demande de visa", "визовая анкета"),
 "cinema": ("cinema membership", "Kino-Mitgliedschaft", "abonnement cinéma", "абонемент в кинотеатр"),
 "bikeshare": ("bike-share account", "Leihrad-Konto", "compte de vélos partagés", "аккаунт велопроката"),
 "solar": ("solar installation quote", "Solaranlagen-Angebot", "devis photovoltaïque", "смета на солнечные панели"),
 "funeral": ("funeral arrangement", "Bestattungsauftrag", "dossier d'obsèques", "договор на ритуальные услуги"),
 "langschool": ("language course enrolment", "Sprachkurs-Anmeldung", "inscription au cours de langue", "запись на языковые курсы"),
 "legalaid": ("legal aid intake", "Prozesskostenhilfe-Aufnahme", "demande d'aide juridictionnelle", "заявка на юридическую помощь"),
 "recruit": ("candidate profile", "Bewerberprofil", "profil candidat", "анкета кандидата"),
 "itasset": ("IT asset record", "IT-Inventareintrag", "fiche d'inventaire informatique", "карточка ИТ-актива"),
 "cloudcost": ("cloud cost alert", "Cloud-Kostenwarnung", "alerte de coûts cloud", "оповещение о расходах в облаке"),
 "cicd": ("pipeline log", "Pipeline-Protokoll", "journal de pipeline", "журнал конвейера сборки"),
 "pwreset": ("password reset ticket", "Passwort-Reset-Ticket", "ticket de réinitialisation", "заявка на сброс пароля"),
 "dsar": ("data subject access export", "DSGVO-Auskunftsexport", "export d'accès RGPD", "выгрузка по запросу субъекта данных"),
 "qa": ("call QA transcript", "Gesprächsprotokoll QS", "transcription qualité d'appel", "стенограмма контроля качества звонка"),
}
LI = {"en": 0, "de": 1, "fr": 2, "ru": 3}

# ---------------------------------------------------------------- builder
class B:
    """Text built from parts: str or (op, key) markers; offsets resolved at the end."""
    _k = 0
    def __init__(self):
        self.parts = []; self.meta = {}
    def key(self, **m):
        B._k += 1; self.meta[B._k] = m; return B._k
    def t(self, s):
        self.parts.append(s); return self
    def span(self, parts, **m):
        k = self.key(**m); self.parts.append(("o", k)); self.parts.extend(parts); self.parts.append(("c", k)); return self
    def ent(self, typ, value, sub=None, obf=None):
        return self.span([value], kind="E", type=typ, sub=sub, obf=obf)
    def neg(self, typ, value):
        return self.span([value], kind="N", type=typ)
    def ign(self, value):
        return self.span([value], kind="I")
    def pem(self, sub, head, body, foot):
        k = self.key(kind="E", type="API_KEY", sub=sub, obf=None)
        kc = self.key(kind="C", owner=k)
        self.parts += [("o", k), head, ("o", kc), body, ("c", kc), foot, ("c", k)]
        return self
    def add(self, other):
        self.parts.extend(other.parts); self.meta.update(other.meta); return self
    def addj(self, other):  # embed as JSON-string-escaped content
        for p in other.parts:
            self.parts.append(json.dumps(p, ensure_ascii=False)[1:-1] if isinstance(p, str) else p)
        self.meta.update(other.meta); return self
    def fmt(self, tpl, _kw=None, **kw):
        kw = _kw if _kw is not None else kw
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.t(tpl[pos:m.start()]); v = kw[m.group(1)]
            if isinstance(v, B): self.add(v)
            elif callable(v): v(self)
            else: self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:]); return self
    def resolve(self):
        out = []; n = 0; opens = {}; spans = {}
        for p in self.parts:
            if isinstance(p, str): out.append(p); n += len(p)
            elif p[0] == "o": opens[p[1]] = n
            else: spans[p[1]] = (opens[p[1]], n)
        text = "".join(out); ents = []; negs = []; ign = []; emap = {}
        for k, (s, e) in sorted(spans.items(), key=lambda x: x[1]):
            m = self.meta[k]
            if m["kind"] == "E":
                d = {"type": m["type"], "start": s, "end": e, "value": text[s:e]}
                if m.get("sub"): d["sub"] = m["sub"]
                if m.get("obf"): d["obf"] = m["obf"]
                ents.append(d); emap[k] = d
            elif m["kind"] == "N": negs.append({"type": m["type"], "start": s, "end": e, "value": text[s:e]})
            elif m["kind"] == "I": ign.append([s, e])
        for k, (s, e) in spans.items():
            if self.meta[k]["kind"] == "C": emap[self.meta[k]["owner"]]["core"] = [s, e]
        return text, ents, negs, ign

def E(typ, value, sub=None, obf=None): return lambda b: b.ent(typ, value, sub, obf)
def N(typ, value): return lambda b: b.neg(typ, value)

# ---------------------------------------------------------------- value generators
class V:
    def __init__(self, rng, fk, loc):
        self.r = rng; self.fk = fk; self.loc = loc; self.lang = LANG[loc]
    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0": s = str(self.r.randint(1, 9)) + s[1:]
        return s
    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))
    # --- cards
    @staticmethod
    def luhn_digit(body):
        tot = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0: d *= 2; d -= 9 if d > 9 else 0
            tot += d
        return str((10 - tot % 10) % 10)
    def card(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir"])
        pre, n = {"visa": (lambda: "4", 16), "mastercard": (lambda: r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))]), 16),
                  "amex": (lambda: r.choice(["34", "37"]), 15), "discover": (lambda: r.choice(["6011", "65", "644"]), 16),
                  "jcb": (lambda: str(r.randint(3528, 3589)), 16), "mir": (lambda: "220" + str(r.randint(0, 4)), 16)}[brand]
        p = pre(); body = p + self.digits(n - 1 - len(p)); num = body + self.luhn_digit(body)
        return self.group_card(num), brand
    def group_card(self, num):
        sep = self.r.choice(["", " ", " ", "-"])
        if not sep: return num
        g = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
        out = []; i = 0
        for k in g: out.append(num[i:i + k]); i += k
        return sep.join(out)
    def cardlike(self):
        body = str(self.r.choice([1, 3, 7, 8, 9, 4, 5])) + self.digits(14)
        bad = str((int(self.luhn_digit(body)) + self.r.randint(1, 9)) % 10)
        return self.group_card(body + bad)
    # --- IBAN
    IB = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "NL": "a4n10", "BE": "n12", "AT": "n16", "CH": "n5c12",
          "IT": "a1n10c12", "PL": "n24", "PT": "n21", "SE": "n20", "DK": "n14", "FI": "n14", "IE": "a4n14", "LU": "n3c13", "NO": "n11", "CZ": "n20"}
    def iban(self, cc=None):
        cc = cc or self.r.choice(list(self.IB))
        bban = ""
        for kind, cnt in re.findall(r"([anc])(\d+)", self.IB[cc]):
            al = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(self.r.choice(al) for _ in range(int(cnt)))
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        ib = cc + "%02d" % (98 - int(num) % 97) + bban
        if self.r.random() < .45:
            return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), cc + "_grouped"
        return ib, cc + "_compact"
    # --- US SSN
    def ssn(self):
        a = self.r.choice([x for x in range(1, 900) if x != 666]); g = self.r.randint(1, 99); s = self.r.randint(1, 9999)
        st = self.r.choice(["dashed", "dashed", "dashed", "plain", "spaced"])
        return {"dashed": "%03d-%02d-%04d", "plain": "%03d%02d%04d", "spaced": "%03d %02d %04d"}[st] % (a, g, s), st
    # --- RU
    def inn(self, kind=None):
        kind = kind or self.r.choice(["inn10", "inn12"])
        if kind == "inn10":
            d = [int(c) for c in self.digits(9, True)]
            d.append(sum(w * x for w, x in zip([2, 4, 10, 3, 5, 9, 4, 6, 8], d)) % 11 % 10)
        else:
            d = [int(c) for c in self.digits(10, True)]
            d.append(sum(w * x for w, x in zip([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d)) % 11 % 10)
            d.append(sum(w * x for w, x in zip([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d)) % 11 % 10)
        return "".join(map(str, d)), kind
    def snils(self):
        while True:
            d = self.digits(9)
            if int(d) > 1001998: break
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        cs = s if s < 100 else (0 if s in (100, 101) else s % 101)
        cs = 0 if cs == 100 else cs
        st = self.r.choice(["formatted", "formatted", "plain", "dashed"])
        v = {"formatted": "%s-%s-%s %02d", "dashed": "%s-%s-%s-%02d"}.get(st)
        return (v % (d[:3], d[3:6], d[6:], cs) if v else d + "%02d" % cs), st
    def passport(self):
        ser = "%02d%02d" % (self.r.randint(1, 99), self.r.randint(0, 24)); num = self.digits(6)
        st = self.r.choice(["spaced", "series_number", "plain", "numero"])
        return {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num,
                "numero": f"{ser[:2]} {ser[2:]} № {num}"}[st], st
    # --- medical
    def nhs(self):
        while True:
            d = self.digits(9); c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10: break
        n = d + str(c)
        return self.r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]), "nhs"
    def mrn(self):
        if self.loc == "en_GB" and self.r.random() < .4: return self.nhs()
        k = self.r.choice(["prefixed", "numeric", "alnum"])
        if k == "prefixed": return self.r.choice(["MRN", "PT", "HSP", "RAD", "KH", "DOS"]) + self.r.choice(["-", "", "/"]) + self.digits(self.r.randint(6, 8)), k
        if k == "numeric": return self.digits(self.r.randint(6, 9), True), k
        return self.alnum(2, string.ascii_uppercase) + self.digits(6) + self.r.choice(["", "-" + self.alnum(1, string.ascii_uppercase)]), k
    # --- contact
    def phone(self, intl=None):
        r = self.r; intl = r.random() < .5 if intl is None else intl; loc = self.loc; d = self.digits
        if loc == "en_US":
            a = str(r.randint(201, 989)); x = str(r.randint(200, 999)); y = d(4)
            v = r.choice([f"+1 {a} {x} {y}", f"+1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}", f"+1{a}{x}{y}"]) if intl else r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"{a} {x} {y}"])
            cc = "US"
        elif loc == "en_GB":
            if r.random() < .5: a, b = "7" + d(3), d(6)
            else: a, b = "20", d(4) + " " + d(4)
            v = r.choice([f"+44 {a} {b}", f"+44 (0){a} {b}", f"0044 {a} {b}"]) if intl else f"0{a} {b}"
            cc = "GB"
        elif loc == "de_DE":
            a = r.choice(["30", "40", "89", "221", "69", "151", "160", "172", "176"]); b = d(r.randint(7, 8))
            v = r.choice([f"+49 {a} {b}", f"+49 (0){a} {b}", f"+49{a}{b}", f"0049 {a} {b}"]) if intl else r.choice([f"0{a} {b}", f"0{a}/{b}", f"0{a}-{b}"])
            cc = "DE"
        elif loc == "fr_FR":
            p = [str(r.randint(1, 7))] + [d(2) for _ in range(4)]
            v = r.choice(["+33 " + " ".join(p), "+33" + "".join(p), "+33 (0)" + " ".join(p), "0033 " + " ".join(p)]) if intl else r.choice(["0" + " ".join(p), "0" + ".".join(p), "0" + "".join(p)])
            cc = "FR"
        else:
            a = r.choice(["495", "499", "812", "916", "903", "926", "985"]); x, y, z = d(3), d(2), d(2)
            v = r.choice([f"+7 ({a}) {x}-{y}-{z}", f"+7 {a} {x}-{y}-{z}", f"+7{a}{x}{y}{z}", f"+7-{a}-{x}-{y}-{z}"]) if intl else r.choice([f"8 ({a}) {x}-{y}-{z}", f"8-{a}-{x}-{y}-{z}", f"8{a}{x}{y}{z}"])
            cc = "RU"
        return v, ("intl_" if intl else "national_") + cc
    def person(self):
        fk = self.fk; r = self.r.random()
        if self.lang == "ru":
            if r < .3: return f"{fk.last_name_male()} {fk.first_name_male()} {fk.middle_name_male()}"
            if r < .45: return f"{fk.last_name_female()} {fk.first_name_female()[0]}. {fk.first_name_male()[0]}."
            if r < .7: return f"{fk.first_name_female()} {fk.last_name_female()}"
            return f"{fk.first_name_male()} {fk.last_name_male()}"
        if r < .15: return f"{fk.last_name()}, {fk.first_name()}"
        if r < .25: return f"{fk.first_name()} {fk.first_name()[0]}. {fk.last_name()}"
        return f"{fk.first_name()} {fk.last_name()}"
    def email(self, name=None):
        fk = self.fk
        u = re.sub(r"[^a-z0-9.]", "", fk.user_name().lower()) or "user" + self.digits(3)
        dom = self.r.choice(["example.com", "example.org", "example.net", fk.free_email_domain(), "mail." + fk.domain_name()])
        return self.r.choice([u, u + "+" + self.r.choice(["x", "rx", "hr", "ops"]), u.capitalize()]) + "@" + dom
    def street(self):
        fk = self.fk
        for _ in range(10):
            s = fk.street_address()
            if "\n" not in s: break
        if self.loc == "en_US": tail = f"{fk.city()}, {fk.state_abbr()} {fk.postcode()}"
        elif self.loc == "en_GB": tail = f"{fk.city()} {fk.postcode()}"
        elif self.loc == "ru_RU": tail = f"{fk.city_name() if hasattr(fk, 'city_name') else fk.city()}, {fk.postcode()}"
        else: tail = f"{fk.postcode()} {fk.city()}"
        return s, tail
    def ipv4(self):
        r = self.r
        return r.choice([f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    def ipv6(self):
        g = ["%x" % self.r.randint(0, 0xffff) for _ in range(8)]
        k = self.r.random()
        if k < .4: return ":".join(g)
        if k < .8: return "2001:db8:" + ":".join(g[2:4]) + "::" + g[7]
        return "fe80::" + ":".join(g[4:])
    # --- dates
    MON = {"en": "January February March April May June July August September October November December".split(),
           "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
           "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
           "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}
    def date(self, y0, y1):
        y = self.r.randint(y0, y1); m = self.r.randint(1, 12); d = self.r.randint(1, 28); L = self.lang; mn = self.MON[L][m - 1]
        opts = {"en_US": [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{mn[:3]} {d}, {y}"],
                "en_GB": [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"],
                "de_DE": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mn} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"],
                "fr_FR": [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{'1er' if d == 1 else d} {mn} {y}", f"{y}-{m:02d}-{d:02d}"],
                "ru_RU": [f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y}", f"{d} {mn} {y} г.", f"{y}-{m:02d}-{d:02d}"]}[self.loc]
        return self.r.choice(opts)
    def dob(self): return self.date(1931, 2006)
    def nbdate(self): return self.date(2015, 2026)
    # --- secrets
    B64 = string.ascii_letters + string.digits + "+/"
    URL = string.ascii_letters + string.digits + "-_"
    def secret(self, kind=None):
        r = self.r; a = self.alnum
        kind = kind or r.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "github_other", "slack", "slack", "stripe", "stripe",
                                 "google_api", "gitlab", "openai_like", "jwt"])
        if kind == "aws_access_key_id": v = r.choice(["AKIA", "ASIA"]) + a(16, string.ascii_uppercase + "234567")
        elif kind == "aws_secret_key": v = a(40, self.B64)
        elif kind == "github_pat_classic": v = "ghp_" + a(36)
        elif kind == "github_pat_fine": v = "github_pat_" + a(22) + "_" + a(59)
        elif kind == "github_other": v = r.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + a(36)
        elif kind == "slack": v = r.choice(["xoxb", "xoxp", "xapp-1"]) + "-" + self.digits(r.choice([11, 12])) + "-" + self.digits(13) + "-" + a(24)
        elif kind == "stripe": v = r.choice(["sk_live_", "rk_live_", "sk_test_"]) + a(r.choice([24, 34, 99]))
        elif kind == "google_api": v = "AIza" + a(35, self.URL)
        elif kind == "gitlab": v = "glpat-" + a(20, self.URL)
        elif kind == "openai_like": v = r.choice(["sk-proj-" + a(48, self.URL), "sk-" + a(48), "sk-ant-api03-" + a(60, self.URL)])
        elif kind == "jwt":
            h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
            p = {"sub": self.digits(8), "iat": r.randint(1600000000, 1760000000), "scope": r.choice(["read", "admin", "billing:write"])}
            enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
            v = enc(h) + "." + enc(p) + "." + a(43, self.URL)
        return v, kind
    def password(self):
        r = self.r
        w = r.choice(["Lantern", "maple", "Quartz", "otter", "Vivid", "harbor", "Saffron", "nimbus", "Tundra", "pebble"])
        return r.choice([w + self.digits(r.randint(2, 4)) + r.choice("!#$%&*?"), a_mix(r, 14), w.capitalize() + r.choice("-_.") + self.alnum(6) + self.digits(2)])
    def pem(self, b, jsonesc):
        kind = self.r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
        sub = {"RSA PRIVATE KEY": "pem_rsa_private_key", "PRIVATE KEY": "pem_private_key", "EC PRIVATE KEY": "pem_ec_private_key",
               "OPENSSH PRIVATE KEY": "pem_openssh_private_key", "ENCRYPTED PRIVATE KEY": "pem_encrypted_private_key"}[kind]
        raw = base64.b64encode(bytes(self.r.randrange(256) for _ in range(self.r.choice([90, 121, 400, 700])))).decode()
        nl = "\\n" if jsonesc else "\n"
        body = nl.join(raw[i:i + 64] for i in range(0, len(raw), 64))
        b.pem(sub, f"-----BEGIN {kind}-----{nl}", body, f"{nl}-----END {kind}-----")
    # --- negatives
    def uuid(self):
        u = "-".join(self.alnum(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))
        return u[:14] + "4" + u[15:19] + self.r.choice("89ab") + u[20:] if self.r.random() < .8 else u
    def hash(self): return self.alnum(self.r.choice([7, 12, 32, 40, 64]), "0123456789abcdef")
    def ts(self):
        r = self.r; y, mo, d, h, mi, s = r.randint(2016, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}",
                         str(r.randint(1500000000, 1790000000)), str(r.randint(1500000000000, 1790000000000)),
                         f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+01:00", f"{d:02d}/{['Jan','Mar','Jun','Sep','Nov'][r.randint(0, 4)]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"])
    def order(self):
        r = self.r
        return r.choice([f"ORD-{r.randint(2019, 2026)}-{self.digits(6)}", f"#{self.digits(r.randint(5, 8))}", f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                         f"INV/{r.randint(2020, 2026)}/{self.digits(5)}", f"PO{self.digits(8)}", f"CASE-{self.alnum(4, string.ascii_uppercase)}-{self.digits(4)}", self.digits(r.randint(9, 11), True)])
    def version(self):
        r = self.r; return f"{r.randint(1, 24)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(0, 200)}"
    def pkg(self):
        r = self.r
        return r.choice(["left-pad", "express", "@babel/core", "lodash", "@aws-sdk/client-s3", "react-dom", "zod", "@nestjs/common", "vite"]) + "@" + f"{r.randint(0, 19)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
    def b64(self):
        r = self.r
        return r.choice(["sha512-" + self.alnum(86, self.B64) + "==", "sha256:" + self.alnum(64, "0123456789abcdef"),
                         "data:image/png;base64,iVBORw0KGgo" + self.alnum(r.randint(40, 90), self.B64), self.alnum(r.randint(48, 96), self.B64) + "="])
    def number(self):
        r = self.r
        return r.choice([f"{r.uniform(-80, 80):.4f}, {r.uniform(-170, 170):.4f}", f"{r.randint(1000, 99999):,}.{r.randint(0, 99):02d}", f"{r.randint(100000, 9999999)} kWh",
                         f"€{r.randint(10, 9999)},{r.randint(0, 99):02d}", f"{r.randint(10, 999)} ms", f"{r.randint(1, 64)} GiB"])
    TITLES = ["Quarterly Budget Review", "Northern Regional Office", "Customer Experience Team", "Annual Safety Audit", "Blue Harbor Logistics",
              "Premier Viewing Club", "Solar Yield Estimate", "Open Day Programme", "Grand Central Depot", "Silver Birch Lounge", "Evening Language Lab",
              "Platform Reliability Guild", "Morning Clinic Rota", "Data Protection Office"]
    def title(self): return self.r.choice(self.TITLES)

def a_mix(r, n):
    al = string.ascii_letters + string.digits + "!@#%^&*-_"
    return "".join(r.choice(al) for _ in range(n))

# ---------------------------------------------------------------- record: one person's facts as builder fragments
class Rec:
    """Lazy per-document facts. Each accessor returns a fragment-adding callable."""
    def __init__(self, v):
        self.v = v
    def name(self): return E("PERSON", self.v.person(), self.v.lang)
    def email(self): return E("EMAIL", self.v.email())
    def phone(self, intl=None):
        p, s = self.v.phone(intl); return E("PHONE", p, s)
    def dob(self): return E("DATE_OF_BIRTH", self.v.dob())
    def street(self):
        s, tail = self.v.street(); sep = ", " if self.v.loc != "en_GB" or True else " "
        return lambda b: (b.ent("STREET_ADDRESS", s, self.v.lang), b.t(sep), b.ign(tail))
    def street_only(self): s, _ = self.v.street(); return E("STREET_ADDRESS", s, self.v.lang)
    def card(self): c, s = self.v.card(); return E("CREDIT_CARD", c, s)
    def iban(self): i, s = self.v.iban(); return E("IBAN", i, s)
    def ssn(self): x, s = self.v.ssn(); return E("US_SSN", x, s)
    def inn(self): x, s = self.v.inn(); return E("RU_INN", x, s)
    def snils(self): x, s = self.v.snils(); return E("RU_SNILS", x, s)
    def passport(self): x, s = self.v.passport(); return E("RU_PASSPORT", x, s)
    def mrn(self): x, s = self.v.mrn(); return E("MEDICAL_RECORD_NUMBER", x, s)
    def ip(self): return E("IPV4", self.v.ipv4())
    def ip6(self): return E("IPV6", self.v.ipv6())
    def key(self, kind=None): x, s = self.v.secret(kind); return E("API_KEY", x, s)
    def pw(self, sub="password"): return E("API_KEY", self.v.password(), sub)
    def natid(self):
        L = self.v.loc
        if L == "en_US": return self.ssn()
        if L == "ru_RU": return self.v.r.choice([self.inn, self.snils, self.passport])()
        return self.iban()
    # negatives
    def n(self, typ):
        v = self.v
        f = {"NEG_TIMESTAMP": v.ts, "NEG_UUID": v.uuid, "NEG_ORDER_ID": v.order, "NEG_ORDER": v.order, "NEG_HASH": v.hash, "NEG_VERSION": v.version,
             "NEG_CARDLIKE": v.cardlike, "NEG_TITLECASE": v.title, "NEG_NUMBER": v.number, "NEG_EMAILLIKE": v.pkg,
             "NEG_B64": v.b64, "NEG_DATE": v.nbdate}[typ]
        return N("NEG_ORDER_ID" if typ == "NEG_ORDER" else typ, f())

# ---------------------------------------------------------------- slots
class Slots(dict):
    def __init__(self, rec, dom, lang):
        super().__init__(); self.rec = rec; self.dom = dom; self.lang = lang
    def __missing__(self, k):
        r = self.rec
        if k == "dom": return DNAME[self.dom][LI[self.lang]]
        if k.startswith("n_"): return r.n("NEG_" + k[2:].upper())
        if k == "ip6": return r.ip6()
        if k == "phonei": return r.phone(True)
        if k == "phonen": return r.phone(False)
        if k in ("aws", "awssec"): return r.key("aws_access_key_id" if k == "aws" else "aws_secret_key")
        if k in ("pw", "dbpw"): return r.pw("db_password" if k == "dbpw" else "password")
        k2 = k.rstrip("0123456789")
        return getattr(r, k2)()

SENT = {
"en": [
 "The {dom} for {name} lists {email} as the contact address; follow-up reference {n_order}.",
 "Patient {name} (born {dob}) was seen for the {dom}; hospital record number {mrn}, next review {n_date}.",
 "For the {dom}, please call {name} on {phone}, not the depot line. Ticket {n_order} was opened at {n_timestamp}.",
 "Refunds for the {dom} go to IBAN {iban}, account in the name of {name}. Amount: {n_number}.",
 "We billed the card {card} for the {dom}; the parcel tracking code {n_cardlike} is unrelated.",
 "{name} moved to {street} last spring and asked us to update the {dom}.",
 "Our records show {name}, date of birth {dob}, SSN {ssn}, linked to case {n_order}.",
 "Login attempts for the {dom} portal came from {ip} and {ip6}; the gateway firmware is {n_version}.",
 "I rotated the leaked token {key}; the build that exposed it was {n_hash}.",
 "The temporary password for {name} is {pw} and it expires on {n_date}.",
 "Attendance at the {n_titlecase} was confirmed by {name} ({email}).",
 "Dependency bump to {n_emaillike} shipped; the service node {ip} still answers on port 8443.",
 "Her record number at the clinic is {mrn}, and the radiographer noted request id {n_uuid}.",
 "Contact on file: {name}, {phone}, {email}. Coordinates logged as {n_number}.",
 "The Kazan branch registered {name} with taxpayer number (INN) {inn}; SNILS {snils}, passport {passport}, filed under {n_order}.",
],
"de": [
 "Für den {dom} von {name} ist {email} hinterlegt; Vorgang {n_order}.",
 "{name} (geboren am {dob}) wurde im Rahmen des Befundes untersucht, Patientennummer {mrn}, Kontrolltermin {n_date}.",
 "Bitte rufen Sie {name} unter {phone} zurück. Das Ticket {n_order} wurde um {n_timestamp} angelegt.",
 "Die Erstattung zum {dom} geht auf IBAN {iban}, Kontoinhaber {name}. Betrag: {n_number}.",
 "Die Karte {card} wurde belastet; die Sendungsnummer {n_cardlike} gehört nicht dazu.",
 "{name} wohnt jetzt in {street} und bittet um Aktualisierung.",
 "Anmeldungen kamen von {ip} sowie {ip6}; die Firmware des Routers ist {n_version}.",
 "Der versehentlich veröffentlichte Schlüssel {key} wurde widerrufen, Commit {n_hash}.",
 "Das vorläufige Passwort für {name} lautet {pw}, gültig bis {n_date}.",
 "Die Teilnahme an der {n_titlecase} hat {name} ({email}) bestätigt.",
 "Ihre Aktennummer in der Praxis lautet {mrn}; Auftrags-ID {n_uuid}.",
],
"fr": [
 "Pour le {dom} de {name}, l'adresse de contact est {email} ; dossier {n_order}.",
 "{name}, né(e) le {dob}, a été reçu(e) ; numéro de dossier patient {mrn}, contrôle prévu le {n_date}.",
 "Merci de rappeler {name} au {phone}. Le ticket {n_order} a été créé à {n_timestamp}.",
 "Le remboursement sera versé sur l'IBAN {iban}, titulaire {name}. Montant : {n_number}.",
 "La carte {card} a été débitée ; le numéro de suivi {n_cardlike} n'a aucun rapport.",
 "{name} habite désormais au {street} et demande la mise à jour du {dom}.",
 "Connexions depuis {ip} et {ip6} ; le micrologiciel de la borne est en {n_version}.",
 "La clé {key} a été révoquée après la fuite, commit {n_hash}.",
 "Le mot de passe provisoire de {name} est {pw}, valable jusqu'au {n_date}.",
 "{name} ({email}) a confirmé sa présence à la {n_titlecase}.",
 "Son numéro de dossier médical au cabinet est {mrn} ; identifiant de demande {n_uuid}.",
],
"ru": [
 "По заявке «{dom}» для {name} указан адрес {email}; номер обращения {n_order}.",
 "Пациент {name}, дата рождения {dob}, номер медицинской карты {mrn}; повторный приём {n_date}.",
 "Перезвоните {name} по номеру {phone}. Заявка {n_order} создана {n_timestamp}.",
 "Возврат переведём на IBAN {iban}, получатель {name}. Сумма: {n_number}.",
 "С карты {card} списана оплата; трек-номер {n_cardlike} к ней не относится.",
 "{name} теперь проживает по адресу {street}.",
 "Клиент {name}: ИНН {inn}, СНИЛС {snils}, паспорт {passport}.",
 "Входы в кабинет были с {ip} и {ip6}; прошивка шлюза {n_version}.",
 "Утёкший токен {key} отозван, коммит {n_hash}.",
 "Временный пароль для {name}: {pw}, действует до {n_date}.",
 "{name} ({email}) подтвердил участие, группа {n_titlecase}.",
 "Номер амбулаторной карты пациента {mrn}; идентификатор запроса {n_uuid}.",
 "Для договора {n_order} заказчик {name} предоставил паспорт серии {passport}, дата рождения {dob}.",
 "Организация-плательщик: ИНН {inn}, контакт {phone}, счёт от {n_date}.",
 "Страховой номер (СНИЛС) {snils} принадлежит {name}; обращение зарегистрировано {n_timestamp}.",
],
}
SENT_US = ["Verification done: {name}, SSN {ssn}, birthday {dob}; order {n_order} stays open.",
           "Per the intake form, social security no. {ssn} belongs to {name}, reachable at {phone}."]
SENT_GB = ["NHS number {mrn} belongs to {name} (DOB {dob}); the referral came in on {n_date}."]
FILLER = {
 "en": ["Thanks for bearing with us.", "Let me know if anything else is needed.", "Nothing further is required from your side today.", "I have attached the summary below."],
 "de": ["Vielen Dank für Ihre Geduld.", "Melden Sie sich gern bei weiteren Fragen.", "Weitere Schritte sind heute nicht nötig.", "Die Zusammenfassung finden Sie unten."],
 "fr": ["Merci de votre patience.", "N'hésitez pas à revenir vers nous.", "Aucune autre démarche n'est nécessaire aujourd'hui.", "Vous trouverez le récapitulatif ci-dessous."],
 "ru": ["Спасибо за ожидание.", "Если понадобится что-то ещё, напишите.", "Сегодня от вас больше ничего не требуется.", "Сводка приведена ниже."],
}
LBL = {  # field labels per language for key:value / tables / csv
 "en": dict(name="Name", email="Email", phone="Phone", dob="Date of birth", street="Address", mrn="Patient record no.", card="Card", iban="IBAN", ip="Client IP", ref="Reference", date="Visit date", ts="Logged at", natid="ID"),
 "de": dict(name="Name", email="E-Mail", phone="Telefon", dob="Geburtsdatum", street="Anschrift", mrn="Patienten-Nr.", card="Karte", iban="IBAN", ip="Client-IP", ref="Aktenzeichen", date="Termin", ts="Erfasst", natid="Kennung"),
 "fr": dict(name="Nom", email="Courriel", phone="Téléphone", dob="Date de naissance", street="Adresse", mrn="N° de dossier patient", card="Carte", iban="IBAN", ip="IP client", ref="Référence", date="Date du rendez-vous", ts="Horodatage", natid="Identifiant"),
 "ru": dict(name="ФИО", email="Эл. почта", phone="Телефон", dob="Дата рождения", street="Адрес", mrn="№ медкарты пациента", card="Карта", iban="IBAN", ip="IP клиента", ref="Номер дела", date="Дата визита", ts="Время записи", natid="Документ"),
}
GREET = {"en": ("Dear {name},", "Kind regards,"), "de": ("Sehr geehrte/r {name},", "Mit freundlichen Grüßen"),
         "fr": ("Bonjour {name},", "Bien cordialement,"), "ru": ("Здравствуйте, {name}!", "С уважением,")}

def sentence(b, S, rng, lang, loc):
    pool = list(SENT[lang])
    if loc == "en_US": pool += SENT_US
    if loc == "en_GB": pool += SENT_GB
    b.fmt(rng.choice(pool), S)

def fmt_block(b, rng, S, lang, loc, kind):
    L = LBL[lang]
    if kind == "bullets":
        for f in rng.sample(["name", "email", "phone", "dob", "mrn", "ref", "date", "street"], 5):
            b.t(rng.choice(["- ", "* ", "• "]) + L[f] + ": "); b.fmt("{x}", x=S[{"ref": "n_order", "date": "n_date"}.get(f, f)]); b.t("\n")
    elif kind == "table":
        cols = ["name", "phone", "dob", "ref"]
        b.t("| " + " | ".join(L[c] for c in cols) + " |\n|" + "---|" * len(cols) + "\n")
        for _ in range(rng.randint(2, 4)):
            b.t("| "); b.fmt("{a} | {p} | {d} | {o}", a=S["name"], p=S["phone"], d=S["dob"], o=S["n_order"]); b.t(" |\n")
    elif kind == "csv":
        b.t("id,%s,%s,%s,%s\n" % ("full_name", "email", "card_or_iban", "created"))
        for _ in range(rng.randint(2, 4)):
            b.fmt("{u},{a},{e},{c},{t}\n", u=S["n_uuid"], a=lambda bb: bb.ent("PERSON", S.rec.v.fk.first_name() + " " + S.rec.v.fk.last_name(), lang),
                  e=S["email"], c=S[rng.choice(["card", "iban"])], t=S["n_timestamp"])
    elif kind == "kv":
        for f in ["name", "dob", "phone", "email", "mrn"]:
            b.t(L[f] + ": "); b.fmt("{x}", x=S[f]); b.t("\n")
        b.t(L["ts"] + ": "); b.fmt("{x}", x=S["n_timestamp"]); b.t("\n")
    elif kind == "letter":
        hi, bye = GREET[lang]
        b.fmt(hi + "\n\n", name=S["name"]); sentence(b, S, rng, lang, loc); b.t(" " + rng.choice(FILLER[lang]) + "\n\n" + bye + "\n")
        b.fmt("{n}\n{dom}\n{p}\n{e}\n", n=S["name"], dom=S["dom"], p=S["phone"], e=S["email"])
    elif kind == "log":
        for _ in range(rng.randint(3, 6)):
            b.fmt(rng.choice([
                "{t} INFO  login ok user={e} src={ip} build={v}\n",
                "{t} WARN  rate limit for {ip} (req {u})\n",
                "[{t}] job={u} step=deploy token={k} status=masked-failed\n",
                "{t} DEBUG export AWS_ACCESS_KEY_ID={aws} AWS_SECRET_ACCESS_KEY={awssec}\n",
                "{t} ERROR db connect postgres://svc_app:{dbpw}@db-{h}.internal:5432/app\n",
                "{t} INFO  installed {pkg} checksum {b64}\n",
                "{t} NOTICE agent v{v} heartbeat from {ip} (pid {num})\n",
                "{t} INFO  webhook posted with Authorization: Bearer {k}\n"]),
                t=S["n_timestamp"], e=S["email"], ip=S["ip"], v=S["n_version"], u=S["n_uuid"], k=S["key"], aws=S["aws"], awssec=S["awssec"],
                dbpw=S["dbpw"], h=rng.randint(1, 9), pkg=S["n_emaillike"], b64=S["n_b64"], num=S["n_number"])
    elif kind == "config":
        b.t("[profile %s]\n" % rng.choice(["billing", "ops", "ci"])); b.fmt("aws_access_key_id={a}\naws_secret_access_key = {s}\n", a=S["aws"], s=S["awssec"])
        b.fmt(rng.choice(["SMTP_PASSWORD={p}\n", "db.password: \"{p}\"\n", "password = {p}\n"]), p=S["dbpw"])
        b.fmt("IMAGE_TAG={v}\nREQUEST_ID={u}\n", v=S["n_version"], u=S["n_uuid"])
    elif kind == "json_in_text":
        b.t("```json\n"); b.add(json_doc(rng, S, S.dom, lang, loc)); b.t("\n```\n")
    elif kind == "pem":
        b.t(rng.choice(["Deploy key below (do not share):\n", "Schlüssel:\n", "Clé privée :\n", "Закрытый ключ:\n"])); S.rec.v.pem(b, False); b.t("\n")

def chat_doc(rng, S, lang, loc):
    b = B(); n = rng.randint(1, 3)
    if rng.random() < .3: b.t(rng.choice(FILLER[lang]) + " ")
    for i in range(n):
        sentence(b, S, rng, lang, loc); b.t(rng.choice([" ", "\n\n", " "]))
    if rng.random() < .35:
        b.t("\n"); fmt_block(b, rng, S, lang, loc, rng.choice(["bullets", "table", "csv", "kv", "letter", "log", "config", "pem", "json_in_text"]))
    return b

# ---------------------------------------------------------------- JSON
class Raw:
    def __init__(self, f): self.f = f
class Dbl:
    def __init__(self, o): self.o = o

def keyconv(k, style):
    if style == "snake": return k
    w = k.split("_")
    if style == "camel": return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal": return "".join(x.capitalize() for x in w)
    return "-".join(w)

def jemit(o, b, ind, lvl, style):
    nl = "\n" + " " * (ind * (lvl + 1)) if ind else ""
    end = "\n" + " " * (ind * lvl) if ind else ""
    sep = "," if ind else rng_sep[0]
    if isinstance(o, dict):
        if not o: b.t("{}"); return
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            b.t((sep if i else "") + nl + json.dumps(keyconv(k, style), ensure_ascii=False) + (": " if ind or rng_sep[0] == ", " else ":"))
            jemit(v, b, ind, lvl + 1, style)
        b.t(end + "}")
    elif isinstance(o, list):
        if not o: b.t("[]"); return
        b.t("[")
        for i, v in enumerate(o):
            b.t((sep if i else "") + nl); jemit(v, b, ind, lvl + 1, style)
        b.t(end + "]")
    elif isinstance(o, Raw):
        o.f(b)
    elif isinstance(o, Dbl):
        sub = B(); saved = rng_sep[0]; rng_sep[0] = ","; jemit(o.o, sub, 0, 0, style); rng_sep[0] = saved
        b.t('"'); b.addj(sub); b.t('"')
    elif isinstance(o, B):
        b.t('"'); b.addj(o); b.t('"')
    elif callable(o):
        sub = B(); o(sub); b.t('"'); b.addj(sub); b.t('"')
    else:
        b.t(json.dumps(o, ensure_ascii=False))
rng_sep = [","]

def textfrag(rng, S, lang, loc, n=1):
    b = B()
    for i in range(n):
        sentence(b, S, rng, lang, loc); b.t(" " if i < n - 1 else "")
    return b

def inn_num(S):
    x, s = S.rec.v.inn(); return Raw(lambda b: b.ent("RU_INN", x, s + "_json_number"))

def dom_json(rng, S, dom, lang, loc):
    """Domain-specific JSON body (new wrappers and key names)."""
    r = rng; v = S.rec.v
    person = lambda: {"full_name": S["name"], "contact": {"email_address": S["email"], "mobile": S["phone"]}}
    natid = {"en_US": lambda: {"ssn": S["ssn"]}, "ru_RU": lambda: {"inn": S["inn"] if r.random() < .6 else inn_num(S), "snils": S["snils"], "passport_no": S["passport"]},
             "en_GB": lambda: {"nhs_no": (lambda x: E("MEDICAL_RECORD_NUMBER", x[0], x[1]))(v.nhs())}}.get(loc, lambda: {"payout_iban": S["iban"]})
    if dom == "radiology":
        return {"study": {"accession": S["n_order"], "modality": r.choice(["CT", "MRI", "XR", "US"]), "performed_at": S["n_timestamp"], "series_uid": S["n_uuid"]},
                "subject": {"patient_record_number": S["mrn"], "display_name": S["name"], "birth_date": S["dob"]},
                "findings": [textfrag(r, S, lang, loc)], "reporting_radiologist": S["name"]}
    if dom == "optician":
        return {"order_ref": S["n_order"], "customer": person(), "rx": {"sph_r": "-1.25", "sph_l": "-1.50", "pd_mm": 63},
                "payment": {"card_pan": S["card"], "charged": S["n_number"]}, "lens_catalogue": S["n_titlecase"]}
    if dom == "hearing":
        return {"fitting_sessions": [{"session_id": S["n_uuid"], "on": S["n_date"], "audiologist": S["name"]} for _ in range(r.randint(1, 3))],
                "client": {"client_name": S["name"], "dob": S["dob"], "clinic_record_no": S["mrn"], "phone": S["phone"]}, "device_fw": S["n_version"]}
    if dom == "physio":
        return {"invoice": {"number": S["n_order"], "issued": S["n_date"], "total": S["n_number"], "lines": [{"code": "PT-%d" % r.randint(10, 99), "units": r.randint(1, 6)}]},
                "bill_to": {"name": S["name"], "address_line": S["street_only"], "iban": S["iban"]}, "therapist": S["name"]}
    if dom == "petins":
        return {"policy": {"policy_no": S["n_order"], "holder": person(), "pet": {"name": r.choice(["Biscuit", "Luna", "Pixel", "Mochi"]), "microchip": N("NEG_NUMBER", v.digits(15))}},
                "claim": {"vet_invoice_date": S["n_date"], "settle_to": S["iban"], "note": textfrag(r, S, lang, loc)}}
    if dom == "housing":
        return {"applicant": dict(person(), **{"date_of_birth": S["dob"], "home_address": S["street_only"]}), "room_pref": S["n_titlecase"],
                "guarantor": {"name": S["name"], "phone": S["phone"]}, "submitted": S["n_timestamp"], **natid()}
    if dom == "visa":
        return {"application_id": S["n_uuid"], "travel": {"entry": S["n_date"], "exit": S["n_date"]},
                "applicant_details": dict(person(), **{"birth_date": S["dob"], **natid()}), "fee_card": S["card"]}
    if dom == "cinema":
        return {"members": [{"member_id": S["n_order"], "holder": S["name"], "email": S["email"], "joined": S["n_date"], "card_last_used": S["n_cardlike"]} for _ in range(r.randint(2, 3))],
                "billing": {"card": S["card"]}}
    if dom == "bikeshare":
        return {"rider": {"nickname": S["name"], "email": S["email"], "phone": S["phone"]}, "trips": [{"trip_id": S["n_uuid"], "start": S["n_timestamp"], "km": S["n_number"]} for _ in range(2)],
                "payment_method": {"pan": S["card"]}, "app_version": S["n_emaillike"]}
    if dom == "solar":
        return {"quote": {"ref": S["n_order"], "yield_estimate": S["n_number"], "panel_model": S["n_titlecase"]},
                "site": {"owner": S["name"], "street": S["street_only"], "meter_id": N("NEG_NUMBER", v.digits(11))}, "deposit_iban": S["iban"], "inverter_fw": S["n_version"]}
    if dom == "funeral":
        return {"deceased": {"name": S["name"], "born": S["dob"], "died": S["n_date"]}, "next_of_kin": person(),
                "arrangements": textfrag(r, S, lang, loc), "invoice_no": S["n_order"]}
    if dom == "langschool":
        return {"enrolment": {"learner": S["name"], "birthdate": S["dob"], "email": S["email"], "course": S["n_titlecase"], "starts": S["n_date"]},
                "fees": {"sepa_mandate_iban": S["iban"], "amount": S["n_number"]}}
    if dom == "legalaid":
        return {"intake": {"case_ref": S["n_order"], "client": dict(person(), **natid()), "dob": S["dob"], "address": S["street_only"]},
                "summary": Dbl({"opened": S["n_timestamp"], "by": S["name"], "note": textfrag(r, S, lang, loc)})}
    if dom == "recruit":
        return {"candidates": [{"candidate_id": S["n_uuid"], "name": S["name"], "email": S["email"], "phone": S["phone"], "dob": S["dob"]} for _ in range(r.randint(1, 3))],
                "role": S["n_titlecase"], "agency_fee": S["n_number"]}
    if dom == "itasset":
        return {"assets": [{"asset_tag": S["n_order"], "serial": v.alnum(10, string.ascii_uppercase + string.digits), "assigned_to": S["name"], "mgmt_ip": S["ip"],
                            "ipv6": S["ip6"], "bios": S["n_version"], "local_admin_password": S["pw"]} for _ in range(r.randint(1, 3))]}
    if dom == "cloudcost":
        return {"alert": {"id": S["n_uuid"], "triggered": S["n_timestamp"], "spend": S["n_number"], "owner": S["email"]},
                "credentials_found": {"aws_access_key_id": S["aws"], "aws_secret_access_key": S["awssec"], "billing_api_token": S["key"]}}
    if dom == "cicd":
        return {"pipeline": {"run": S["n_uuid"], "commit": S["n_hash"], "runner_ip": S["ip"]},
                "env": {"GITHUB_TOKEN": S["key"], "NPM_TOKEN": S["key"], "SLACK_BOT_TOKEN": S.rec.key("slack"), "STRIPE_SECRET": S.rec.key("stripe"),
                        "DATABASE_URL": lambda b: b.fmt("mysql://deploy:{p}@{ip}:3306/app", p=S["dbpw"], ip=S["ip"])},
                "signing_key": lambda b: v.pem(b, False), "artifacts": [S["n_b64"], S["n_emaillike"]]}
    if dom == "pwreset":
        return {"ticket": {"id": S["n_order"], "opened": S["n_timestamp"]}, "requester": person(), "verified_with": {"dob": S["dob"]},
                "resolution": {"temp_password": S["pw"], "reset_link": lambda b: b.fmt("https://id.example.net/reset?u={e}&t={u}", e=S["email"], u=S["n_uuid"])}}
    if dom == "dsar":
        return {"export": {"request_id": S["n_uuid"], "generated": S["n_timestamp"]},
                "subject": dict(person(), **{"date_of_birth": S["dob"], "postal_address": S["street_only"], **natid()}),
                "login_history": [{"ip": S["ip"], "at": S["n_timestamp"]}, {"ip": S["ip6"], "at": S["n_timestamp"]}],
                "payment_instruments": [{"pan": S["card"]}, {"iban": S["iban"]}]}
    # qa
    return {"call": {"id": S["n_uuid"], "started": S["n_timestamp"], "agent": S["name"]},
            "turns": [{"speaker": r.choice(["agent", "caller"]), "utterance": textfrag(r, S, lang, loc)} for _ in range(r.randint(2, 4))], "qa_score": r.randint(50, 99)}

def wrap_json(rng, body, S, lang, loc):
    k = rng.random()
    if k < .35: return body
    if k < .55: return {"data": {"items": [body]}, "meta": {"trace_id": S["n_uuid"], "served_at": S["n_timestamp"]}}
    if k < .75: return {"output": [{"kind": "message", "parts": [{"type": "text", "value": textfrag(rng, S, lang, loc, rng.randint(1, 2))}]}], "payload": body}
    if k < .9: return {"result": Dbl(body), "status": "ok"}
    return [body, {"page_token": S["n_b64"]}]

def json_doc(rng, S, dom, lang, loc, target=0):
    ind = rng.choice([0, 0, 2, 4]); style = rng.choice(["snake", "snake", "camel", "pascal"]); rng_sep[0] = rng.choice([",", ", "])
    body = dom_json(rng, S, dom, lang, loc)
    if target:
        items = [body]
        while len(json.dumps(items, default=str)) * 1.3 < target: items.append(dom_json(rng, S, dom, lang, loc))
        body = {"batch": items, "exported_at": S["n_timestamp"]}
    else:
        body = wrap_json(rng, body, S, lang, loc)
    b = B(); jemit(body, b, ind, 0, style); rng_sep[0] = ","; return b

# ---------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HG = dict(zip("aeopcxyAEOPCXBMHKT", "аеорсхуАЕОРСХВМНКТ"))
SP = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
      "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
def fullwidth(s): return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() and ord(c) < 128 else c for c in s)

def obfuscate(rng, kind, typ, value, lang):
    if kind == "fullwidth": return fullwidth(value)
    if kind == "zero_width":
        out = ""
        for i, c in enumerate(value):
            out += c
            if i < len(value) - 1 and rng.random() < .3: out += rng.choice(ZW)
        return out if out != value else value[0] + "\u200b" + value[1:]
    if kind == "homoglyph":
        cand = [i for i, c in enumerate(value) if c in HG]
        ch = set(rng.sample(cand, max(1, len(cand) // 3))) if cand else set()
        return "".join(HG[c] if i in ch else c for i, c in enumerate(value))
    if kind == "spaced": return " ".join(value.replace(" ", ""))
    if kind == "spelled":
        w = SP[rng.choice([lang, "en"])]; dash = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "тире"}
        return " ".join(w[int(c)] if c.isdigit() else ("plus" if c == "+" else dash["en"]) for c in value if c not in " ()")
    if kind == "dotted":
        parts = [x for x in re.split(r"[ ()-]+", value) if x]
        if len(parts) == 1:
            d = parts[0]; g = [3, 2, 4] if typ == "US_SSN" else ([3, 3, 4] if typ == "PHONE" and len(d) == 10 else [4] * 8)
            parts = []; i = 0
            for k in g:
                if i < len(d): parts.append(d[i:i + k]); i += k
            if i < len(d): parts[-1] += d[i:]
        return ".".join(parts)
    if kind == "words":
        u, d = value.split("@"); at = rng.choice([" at ", " [at] ", " (at) ", " AT "]); dt = rng.choice([" dot ", " [dot] ", " DOT ", " (dot) "])
        return u.replace(".", dt) + at + d.replace(".", dt)
    if kind == "defang": return value.replace(".", rng.choice(["[.]", "(.)", "[dot]"]))
    return value

OBF_FOR = {"fullwidth": ["PHONE", "CREDIT_CARD", "US_SSN", "RU_INN", "RU_SNILS", "IBAN", "RU_PASSPORT"], "zero_width": ["EMAIL", "PERSON", "US_SSN", "CREDIT_CARD", "API_KEY", "IPV4"],
           "homoglyph": ["EMAIL", "API_KEY", "PERSON"], "spaced": ["CREDIT_CARD", "PHONE", "US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT"],
           "spelled": ["PHONE", "US_SSN", "CREDIT_CARD"], "dotted": ["US_SSN", "CREDIT_CARD", "PHONE"], "words": ["EMAIL"], "defang": ["IPV4"]}
OBF_LEAD = {
 "en": {"EMAIL": "You can write to {x}, that's the address they gave.", "PHONE": "Call them back on {x} after lunch.", "CREDIT_CARD": "The card read out was {x}.",
        "US_SSN": "Social security number given as {x} on the form.", "PERSON": "Account holder: {x}.", "API_KEY": "The pasted credential was {x}; revoke it.",
        "IPV4": "Suspicious traffic originated at {x} this morning.", "IBAN": "Send the refund to {x}.", "RU_INN": "ИНН организации {x}.", "RU_SNILS": "СНИЛС {x}.", "RU_PASSPORT": "Паспорт {x}."},
 "de": {"EMAIL": "Schreiben Sie an {x}.", "PHONE": "Rückruf bitte unter {x}.", "CREDIT_CARD": "Die genannte Kartennummer: {x}.", "US_SSN": "SSN laut Formular: {x}.",
        "PERSON": "Kontoinhaber: {x}.", "API_KEY": "Der eingefügte Schlüssel {x} muss widerrufen werden.", "IPV4": "Auffälliger Zugriff von {x}.", "IBAN": "Überweisung an {x}.",
        "RU_INN": "ИНН {x}.", "RU_SNILS": "СНИЛС {x}.", "RU_PASSPORT": "Паспорт {x}."},
 "fr": {"EMAIL": "Écrivez à {x}.", "PHONE": "Rappel au {x}.", "CREDIT_CARD": "Numéro de carte dicté : {x}.", "US_SSN": "SSN indiqué : {x}.", "PERSON": "Titulaire : {x}.",
        "API_KEY": "La clé collée {x} doit être révoquée.", "IPV4": "Trafic suspect depuis {x}.", "IBAN": "Virement vers {x}.", "RU_INN": "ИНН {x}.", "RU_SNILS": "СНИЛС {x}.", "RU_PASSPORT": "Паспорт {x}."},
 "ru": {"EMAIL": "Пишите на {x}.", "PHONE": "Перезвоните по номеру {x}.", "CREDIT_CARD": "Продиктованный номер карты: {x}.", "US_SSN": "SSN: {x}.", "PERSON": "Владелец счёта: {x}.",
        "API_KEY": "Вставленный ключ {x} нужно отозвать.", "IPV4": "Подозрительный трафик с {x}.", "IBAN": "Перевод на {x}.", "RU_INN": "ИНН {x}.", "RU_SNILS": "СНИЛС {x}.", "RU_PASSPORT": "Паспорт {x}."},
}

def raw_value(v, typ):
    if typ == "EMAIL": return v.email(), None
    if typ == "PHONE": return v.phone()
    if typ == "CREDIT_CARD": return v.card()
    if typ == "US_SSN": return v.ssn()
    if typ == "RU_INN": return v.inn()
    if typ == "RU_SNILS": return v.snils()
    if typ == "RU_PASSPORT": return v.passport()
    if typ == "IBAN": return v.iban()
    if typ == "PERSON":
        nm = v.person()
        return nm, v.lang
    if typ == "API_KEY": return v.secret(v.r.choice(["github_pat_classic", "gitlab", "openai_like", "aws_access_key_id", "slack", "stripe", "google_api"]))
    if typ == "IPV4": return v.ipv4(), None

def obf_doc(rng, S, lang, loc):
    b = B(); kinds = rng.sample(list(OBF_FOR), rng.randint(1, 3))
    for i, kind in enumerate(kinds):
        typ = rng.choice(OBF_FOR[kind])
        val, sub = raw_value(S.rec.v, typ)
        if typ == "PERSON" and kind == "homoglyph" and lang == "ru": val = S.rec.v.fk.first_name() + " " + S.rec.v.fk.last_name()
        ov = obfuscate(rng, kind, typ, val, lang)
        b.fmt(OBF_LEAD[lang][typ], x=E(typ, ov, sub, kind)); b.t(" ")
        if rng.random() < .6:
            b.fmt(rng.choice(["(ref {o}) ", "[{t}] ", "build {v}. ", "id {u}. "]), o=S["n_order"], t=S["n_timestamp"], v=S["n_version"], u=S["n_uuid"])
    return b

# ---------------------------------------------------------------- long text
HEAD = {"en": ["Summary", "Details", "Follow-up", "Notes", "Appendix"], "de": ["Zusammenfassung", "Details", "Nachverfolgung", "Hinweise", "Anhang"],
        "fr": ["Résumé", "Détails", "Suivi", "Remarques", "Annexe"], "ru": ["Сводка", "Подробности", "Дальнейшие шаги", "Примечания", "Приложение"]}
PROSE = {"en": "The review covered scheduling, supplier lead times and the handover between shifts. No action is needed on the archived items.",
         "de": "Die Prüfung umfasste Terminplanung, Lieferzeiten und die Übergabe zwischen den Schichten. Für archivierte Einträge ist nichts zu tun.",
         "fr": "L'examen a porté sur le planning, les délais fournisseurs et la passation entre équipes. Rien à faire pour les éléments archivés.",
         "ru": "Проверка охватила расписание, сроки поставок и передачу смен. По архивным записям действий не требуется."}
def long_text(rng, S, dom, lang, loc, target):
    b = B(); b.fmt("# {d}\n\n", d=S["dom"]); n = 0
    while True:
        b.t("## " + rng.choice(HEAD[lang]) + "\n\n")
        if rng.random() < .5: b.t(PROSE[lang] + "\n\n")
        for _ in range(rng.randint(1, 3)): sentence(b, S, rng, lang, loc); b.t(" ")
        b.t("\n\n"); fmt_block(b, rng, S, lang, loc, rng.choice(["bullets", "table", "csv", "kv", "letter", "log", "config", "pem", "bullets", "kv"])); b.t("\n")
        if sum(len(p) for p in b.parts if isinstance(p, str)) >= target: return b

# ---------------------------------------------------------------- main
def chunks(rng, text):
    out = []; i = 0
    while i < len(text):
        k = rng.randint(1, 16); out.append(text[i:i + k]); i += k
    return out

def make_doc(rng, idx, shape, seed):
    loc = rng.choices([l for l, _ in LOCALES], [w for _, w in LOCALES])[0]; lang = LANG[loc]
    fk = Faker(loc); fk.seed_instance(rng.randrange(1 << 30))
    v = V(rng, fk, loc); dom = rng.choice(DOMAINS); S = Slots(Rec(v), dom, lang)
    base = None; real = shape
    if shape == "stream": base = rng.choices(["chat", "json", "text4k", "obfuscated"], [48, 27, 20, 5])[0]; real = base
    if shape == "chat": lang_text = rng.random() < .85  # mostly natural language of the locale
    if real == "chat": b = chat_doc(rng, S, lang, loc); fmt = "text"; tpl = "p.chat." + dom
    elif real == "json": b = json_doc(rng, S, dom, lang, loc); fmt = "json"; tpl = "p.json." + dom
    elif real == "json4k": b = json_doc(rng, S, dom, lang, loc, 4000); fmt = "json"; tpl = "p.json4k." + dom
    elif real == "text4k": b = long_text(rng, S, dom, lang, loc, 3900); fmt = "text"; tpl = "p.text4k." + dom
    elif real == "long64k": b = long_text(rng, S, dom, lang, loc, 64500); fmt = "text"; tpl = "p.long64k." + dom
    else: b = obf_doc(rng, S, lang, loc); fmt = "text"; tpl = "p.obf." + dom
    text, ents, negs, ign = b.resolve()
    d = {"id": "probe_p-%d-%s-%04d" % (seed, shape, idx), "split": "probe_p", "shape": shape}
    if base: d["base_shape"] = base
    d.update({"format": fmt, "locale": loc, "lang": lang, "template": tpl, "text": text})
    if base: d["chunks"] = chunks(rng, text)
    d.update({"entities": ents, "negatives": negs, "ignore": ign})
    return d

def validate(d):
    t = d["text"]
    for e in d["entities"] + d["negatives"]:
        assert t[e["start"]:e["end"]] == e["value"] and e["value"], (d["id"], e)
    for e in d["entities"]:
        if "core" in e: assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]
    sp = sorted((e["start"], e["end"]) for e in d["entities"])
    for a, b_ in zip(sp, sp[1:]): assert a[1] <= b_[0], (d["id"], a, b_)
    for n in d["negatives"]:
        for s, e in sp: assert n["end"] <= s or n["start"] >= e, (d["id"], n)
    if d["format"] == "json": json.loads(t)
    if "chunks" in d:
        assert "".join(d["chunks"]) == t and all(1 <= len(c) <= 16 for c in d["chunks"])

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=2424); ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed); Faker.seed(a.seed)
    docs = []
    for shape, n in SHAPES:
        for i in range(n):
            d = make_doc(rng, i, shape, a.seed); validate(d); docs.append(d)
    rng.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    C = collections.Counter
    print("docs", len(docs), dict(C(d["shape"] for d in docs)))
    print("locales", dict(C(d["locale"] for d in docs)))
    print("entities", sum(len(d["entities"]) for d in docs), dict(C(e["type"] for d in docs for e in d["entities"]).most_common()))
    print("negatives", sum(len(d["negatives"]) for d in docs), dict(C(e["type"] for d in docs for e in d["negatives"]).most_common()))
    print("obf", dict(C(e["obf"] for d in docs for e in d["entities"] if e.get("obf"))))
    print("stream base", dict(C(d["base_shape"] for d in docs if "base_shape" in d)))

if __name__ == "__main__":
    main()
