"""ag_ctx.py - per-document context: one RNG, one locale/language, factories for tagged values."""
from ag_common import Builder, pick, wpick
import ag_ids as ids
import ag_net as net
import ag_negs as ng
from ag_people import Person, Address, email_for, service_email, agent_email, faker_for
from ag_vocab import brand, CURRENCY


class Ctx:
    def __init__(self, rng, locale, lang):
        self.rng, self.locale, self.lang = rng, locale, lang
        self.fk = faker_for(locale, rng.getrandbits(32))
        self.b = Builder()
        self.cur = CURRENCY[locale]

    # ---- randomness ----
    def pick(self, seq):
        return pick(self.rng, seq)

    def wpick(self, pairs):
        return wpick(self.rng, pairs)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # ---- people / contact ----
    def person(self):
        return Person(self.fk, self.locale, self.rng)

    def addr(self):
        return Address(self.fk, self.locale, self.rng)

    def email(self, p, company=None):
        return email_for(p, self.locale, self.rng, company)

    def svc_email(self, domain):
        return service_email(self.rng, domain, self.lang)

    def agent_email(self, p, domain):
        return agent_email(p, self.rng, domain)

    def phone(self, intl=None):
        return ids.phone(self.rng, self.locale, intl)

    def brand(self, kind):
        return brand(self.rng, kind, self.locale)

    # ---- identifiers ----
    def dob(self, style=None):
        return ids.dob(self.rng, self.locale, self.lang, style)

    def card(self, style=None):
        return ids.card(self.rng, self.locale, style)

    def iban(self, cc=None, style=None):
        return ids.iban(self.rng, self.locale, cc, style)

    def ssn(self, style=None):
        return ids.ssn(self.rng, style)

    def inn(self, kind=None, json_number=False):
        return ids.inn(self.rng, kind, json_number)

    def snils(self, style=None):
        return ids.snils(self.rng, style)

    def passport(self, style=None):
        return ids.passport(self.rng, style)

    def ipv4(self, kind=None):
        return net.ipv4(self.rng, kind)

    def ipv6(self):
        return net.ipv6(self.rng)

    def ip(self):
        return self.ipv6() if self.chance(0.25) else self.ipv4()

    def key(self, sub):
        return net.api_key(self.rng, sub)

    def nhs(self):
        return net.nhs_number(self.rng)

    def mrn(self):
        return net.mrn(self.rng)

    def national_id(self):
        """Identity document typical of the locale, or None."""
        if self.locale == "en_US":
            return self.ssn()
        if self.locale == "ru_RU":
            return self.passport()
        return None

    def money(self):
        return ng.amount(self.rng, self.locale)

    # ---- negatives ----
    def date(self, style=None):
        return ng.date(self.rng, self.locale, self.lang, style)

    def ts(self, style=None):
        return ng.timestamp(self.rng, style)

    def tracking(self):
        return ng.tracking(self.rng, self.locale)

    def ticket(self):
        return ng.ticket(self.rng)

    def order(self, kind=None):
        return ng.order(self.rng, kind)

    def meter(self):
        return ng.meter(self.rng, self.locale)

    def account(self):
        return ng.account(self.rng)

    def reading(self):
        return ng.reading(self.rng, self.locale)

    def uuid(self):
        return ng.uuid(self.rng)

    def hash(self):
        return ng.hash_(self.rng)

    def version(self):
        return ng.version(self.rng)

    def imei(self):
        return ng.imei(self.rng)

    def iccid(self):
        return ng.iccid(self.rng, self.locale)

    def cardlike(self):
        return ng.cardlike16(self.rng)

    def coords(self):
        return ng.coords(self.rng, self.locale)

    def weight(self):
        return ng.weight(self.rng)

    def b64(self):
        return ng.b64blob(self.rng)

    def emaillike(self):
        return ng.emaillike(self.rng)

    def title(self, kind="tariff"):
        return ng.titlecase(self.rng, self.lang, kind)

    def bad_inn(self):
        return ng.bad_inn(self.rng)

    def bad_snils(self):
        return ng.bad_snils(self.rng)

    def bad_iban(self, cc="DE"):
        return ng.bad_iban(self.rng, cc)

    def bad_ssn(self):
        return ng.bad_ssn(self.rng)

    def slot(self):
        a = self.randint(7, 17)
        return "%02d:00-%02d:00" % (a, a + self.pick([2, 3, 4]))
