"""Per-document context: theme vocabulary and one-call constructors for entities/negatives."""
import datetime

import ae_ids as I
from ae_common import E, N, IG, T, R, fmt_date, fmt_dt, rand_date, rand_dt, money
from ae_people import Person, Address, LANG_OF, phone, fk

AIRPORTS = {
    "en_US": [("JFK", "New York"), ("SFO", "San Francisco"), ("ORD", "Chicago"), ("BOS", "Boston"), ("SEA", "Seattle"), ("DEN", "Denver")],
    "en_GB": [("LHR", "London Heathrow"), ("MAN", "Manchester"), ("EDI", "Edinburgh"), ("LGW", "Gatwick"), ("BHX", "Birmingham")],
    "de_DE": [("FRA", "Frankfurt"), ("MUC", "München"), ("BER", "Berlin"), ("HAM", "Hamburg"), ("DUS", "Düsseldorf"), ("STR", "Stuttgart")],
    "fr_FR": [("CDG", "Paris-Charles de Gaulle"), ("ORY", "Paris-Orly"), ("NCE", "Nice"), ("LYS", "Lyon"), ("TLS", "Toulouse"), ("MRS", "Marseille")],
    "ru_RU": [("SVO", "Москва (Шереметьево)"), ("LED", "Санкт-Петербург"), ("AER", "Сочи"), ("KZN", "Казань"), ("SVX", "Екатеринбург"), ("OVB", "Новосибирск")],
}
HOTELS = {
    "en": ["Harbour Lights Hotel", "The Kingsbridge Arms", "Riverside Grand Hotel", "Old Mill Lodge", "Bayview Suites",
           "The Copper Lantern Inn", "Meadowbank House Hotel", "Skyline Plaza Hotel"],
    "de": ["Hotel Goldener Hirsch", "Seehotel Am Kranich", "Landhaus Lindenhof", "Hotel Alte Post", "Parkhotel Sonnenhang",
           "Berghotel Edelweiss", "Hotel Stadtwaage"],
    "fr": ["Hôtel Les Tilleuls", "Le Grand Hôtel du Port", "Résidence Belle Rive", "Hôtel du Vieux Moulin", "Domaine des Cèdres",
           "Hôtel Les Terrasses"],
    "ru": ["Гостиница Северная Звезда", "Отель Волжский Берег", "Гранд Отель Нева", "Парк-Отель Сосновый Бор", "Отель Белые Ночи",
           "Гостиница Уральские Зори"],
}
ROOMS = {
    "en": ["Deluxe King Room", "Superior Double Room", "Junior Suite", "Family Room", "Executive Twin Room", "Garden View Studio"],
    "de": ["Doppelzimmer Komfort", "Junior Suite Seeblick", "Einzelzimmer Standard", "Familienzimmer Deluxe"],
    "fr": ["Chambre Double Supérieure", "Suite Junior Vue Mer", "Chambre Twin Classique", "Chambre Familiale"],
    "ru": ["Стандарт Двухместный", "Полулюкс Видовой", "Номер Комфорт Твин", "Семейный Люкс"],
}
VENUES = {
    "en": ["Grand Ballroom", "Riverside Pavilion", "Oak Hall", "Lakeside Marquee", "Conference Suite Orion"],
    "de": ["Kongresssaal Nord", "Alte Reithalle", "Festsaal Rosengarten", "Forum Am Hafen"],
    "fr": ["Salle Lumière", "Pavillon des Roses", "Grande Halle Nord", "Espace Jardin Secret"],
    "ru": ["Большой Зал", "Конгресс-Холл Невский", "Зал Белые Ночи", "Шатёр Лесная Поляна"],
}
EVENTS = {
    "en": ["Annual Partner Summit", "Hospitality Tech Forum", "Spring Travel Expo", "Northern Lights Gala"],
    "de": ["Tourismus Fachforum Nord", "Jahrestagung Hotellerie", "Sommerfest Am See"],
    "fr": ["Forum Tourisme Durable", "Salon Voyages Et Découvertes", "Rencontres Hôtelières"],
    "ru": ["Форум Гостеприимства", "Туристическая Выставка Весна", "Конференция Деловой Туризм"],
}
PROGRAMS = {
    "en": ["SkyMiles Club", "Harbour Rewards", "StayPlus Loyalty"], "de": ["Meilenprogramm Kranich", "Treuepunkte Plus"],
    "fr": ["Club Voyageur", "Fidélité Étoiles"], "ru": ["Программа Крылья", "Клуб Привилегий"],
}
TIERS = {"en": ["Gold Elite", "Platinum Member", "Silver Status"], "de": ["Senator Status", "Gold Mitglied"],
         "fr": ["Statut Platine", "Niveau Or"], "ru": ["Золотой Уровень", "Платиновый Статус"]}
HOSPITALS = {"en": ["St Mary's General Hospital", "Mercy Medical Center", "Royal County Hospital"],
             "de": ["Klinikum Am Steinberg", "Städtisches Krankenhaus Süd", "Kreisklinik Bergtal"],
             "fr": ["Centre Hospitalier Saint-Roch", "Clinique Du Parc", "Hôpital Pasteur"],
             "ru": ["Городская Больница", "Клиника Медицина Плюс", "Областная Клиническая Больница"]}
COMPANIES = {"en": ["Northwind Logistics", "Brightline Legal LLP", "Caldera Systems", "Harbourpoint Media"],
             "de": ["Kranich Logistik GmbH", "Alpenblick Consulting AG", "Stadtwerke Nordhafen", "Bergmann & Söhne KG"],
             "fr": ["Lumière Conseil SAS", "Atelier Moreau", "Transports Rivage SARL", "Groupe Hélios"],
             "ru": ["ООО «Севертранс»", "АО «Волга-ИТ»", "ООО «Уральские Технологии»", "ПАО «Стройинвест»"]}

CARD_MIX = {"en_US": ["visa", "visa", "mastercard", "amex", "discover", "jcb"], "en_GB": ["visa", "visa", "mastercard", "mastercard", "amex"],
            "de_DE": ["visa", "mastercard", "mastercard", "amex"], "fr_FR": ["visa", "visa", "mastercard", "amex"],
            "ru_RU": ["mir", "mir", "visa", "mastercard"]}
BRAND_NAME = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "discover": "Discover", "jcb": "JCB", "mir": "Мир"}
IBAN_MIX = {"en_US": ["GB", "DE", "FR", "NL", "ES"], "en_GB": ["GB", "GB", "GB", "IT", "ES"], "de_DE": ["DE", "DE", "DE", "AT", "CH", "NL"],
            "fr_FR": ["FR", "FR", "FR", "BE", "IT"], "ru_RU": ["DE", "CH", "PL", "AT"]}


class Ctx:
    def __init__(self, rng, loc, lang=None):
        self.rng, self.loc = rng, loc
        self.lang = lang or LANG_OF[loc]
        self.L = self.lang  # vocabulary language

    def pick(self, seq):
        return self.rng.choice(seq)

    # ------------------------------------------------ positives
    def person(self, loc=None, gender=None):
        return Person(self.rng, loc or self.loc, gender)

    def addr(self, loc=None):
        return Address(self.rng, loc or self.loc)

    def card_raw(self, brand=None):
        brand = brand or self.pick(CARD_MIX[self.loc])
        return brand, I.card_number(self.rng, brand)

    def card(self, brand=None, style=None):
        brand, num = self.card_raw(brand)
        style = style or self.pick(["compact", "spaced", "spaced", "dashed"])
        return E("CREDIT_CARD", I.fmt_card(num, style), sub=brand, raw=num)

    def iban(self, cc=None, grouped=None):
        cc = cc or self.pick(IBAN_MIX[self.loc])
        g = self.rng.random() < 0.6 if grouped is None else grouped
        raw = I.iban(self.rng, cc)
        return E("IBAN", I.fmt_iban(raw, g), sub="%s_%s" % (cc, "grouped" if g else "compact"), raw=raw)

    def ru_passport(self, style=None):
        style = style or self.pick(["spaced", "spaced", "series_number", "plain", "numero"])
        raw = I.ru_passport(self.rng)
        return E("RU_PASSPORT", I.fmt_ru_passport(raw, style), sub=style, raw=raw)

    def inn(self, kind="inn12"):
        raw = I.inn12(self.rng) if kind == "inn12" else I.inn10(self.rng)
        return E("RU_INN", raw, sub=kind)

    def snils(self, style=None):
        style = style or self.pick(["formatted", "formatted", "dashed", "plain"])
        raw = I.snils(self.rng)
        return E("RU_SNILS", I.fmt_snils(raw, style), sub=style, raw=raw)

    def ssn(self, style=None):
        style = style or self.pick(["dashed", "dashed", "dashed", "plain", "spaced"])
        raw = I.ssn(self.rng)
        return E("US_SSN", I.fmt_ssn(raw, style), sub=style, raw=raw)

    def mrn(self, sub=None):
        sub = sub or self.pick(["numeric", "prefixed", "alnum"] + (["nhs", "nhs"] if self.loc == "en_GB" else []))
        return E("MEDICAL_RECORD_NUMBER", I.mrn(self.rng, sub), sub=sub)

    def key(self, sub):
        return E("API_KEY", I.api_key(self.rng, sub), sub=sub)

    def ip4(self):
        return E("IPV4", I.ipv4(self.rng))

    def ip6(self):
        return E("IPV6", I.ipv6(self.rng))

    def phone(self, cc=None, kind=None):
        cc = cc or {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}[self.loc]
        v, sub = phone(self.rng, cc, kind)
        return E("PHONE", v, sub=sub)

    # ------------------------------------------------ don't-care identifiers (no label type in the schema)
    def foreign_passport(self, loc=None):
        r = self.rng
        loc = loc or self.loc
        if loc == "de_DE":
            v = r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        elif loc == "fr_FR":
            v = "%02d" % r.randint(10, 24) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "%05d" % r.randint(0, 99999)
        elif loc == "ru_RU":
            v = "%d %07d" % (r.randint(71, 76), r.randint(0, 9999999))  # international passport
        else:
            v = "%09d" % r.randint(10 ** 8, 10 ** 9 - 1) if loc == "en_US" else "%09d" % r.randint(10 ** 8, 6 * 10 ** 8)
        return IG(v)

    def licence(self):
        r = self.rng
        if self.loc == "de_DE":
            v = r.choice("BFGHJKLM") + "%03d" % r.randint(0, 999) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + str(r.randint(1, 9))
        elif self.loc == "en_GB":
            v = "".join(r.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(5)) + "%06d" % r.randint(0, 999999) + "".join(r.choice("ABCDEFGHJKLMNPRSTWY9") for _ in range(2)) + str(r.randint(1, 9)) + "".join(r.choice("ABCDEFGHJKLMNPRSTWY") for _ in range(2))
        elif self.loc == "fr_FR":
            v = "%012d" % r.randint(0, 10 ** 12 - 1)
        elif self.loc == "ru_RU":
            v = "%02d %02d %06d" % (r.randint(10, 99), r.randint(10, 99), r.randint(0, 999999))
        else:
            v = r.choice("ABCDFGHJKLMNPRSTW") + "%07d" % r.randint(0, 9999999)
        return IG(v)

    def member_no(self):
        return IG("%d%09d" % (self.rng.randint(1, 9), self.rng.randint(0, 10 ** 9 - 1)))

    def business_email(self, hotel=None):
        box = self.pick(["reservations", "frontdesk", "info", "bookings", "events", "concierge"])
        return IG(box + "@" + self.pick(["harbourlights-hotel.com", "goldener-hirsch.de", "hotel-tilleuls.fr", "nevagrand.ru", "bayview-suites.co.uk", "stayplus.example.net"]))

    # ------------------------------------------------ negatives
    def airline(self):
        return self.pick(I.AIRLINES_BY_LOC[self.loc])

    def airport_pair(self):
        a = self.pick(AIRPORTS[self.loc])
        other = self.pick([x for k in AIRPORTS for x in AIRPORTS[k] if x != a])
        return (a, other) if self.rng.random() < 0.6 else (other, a)

    def pnr(self):
        return N("NEG_ORDER_ID", I.pnr(self.rng))

    def bref(self, style=None):
        return N("NEG_ORDER_ID", I.booking_ref(self.rng, style))

    def flight(self, code=None):
        return N("NEG_ORDER_ID", I.flight_no(self.rng, code or self.airline()))

    def eticket(self, code=None, style=None):
        return N("NEG_CARDLIKE", I.eticket(self.rng, code or self.airline(), style))

    def cardlike(self):
        return N("NEG_CARDLIKE", I.cardlike(self.rng))

    def uuid(self):
        return N("NEG_UUID", I.uuid4(self.rng))

    def hexh(self, n=40):
        return N("NEG_HASH", I.hexs(self.rng, n))

    def b64(self, n=48, png=False):
        return N("NEG_B64", I.b64blob(self.rng, n, png))

    def ver(self):
        return N("NEG_VERSION", I.version(self.rng))

    def seat(self):
        return N("NEG_NUMBER", I.seat(self.rng))

    def gate(self):
        return N("NEG_NUMBER", I.gate(self.rng))

    def room(self):
        return N("NEG_NUMBER", I.room_no(self.rng))

    def price(self, lo=40, hi=2500):
        return N("NEG_NUMBER", money(self.rng, self.loc, lo, hi))

    def num(self, s):
        return N("NEG_NUMBER", s)

    def travel_date(self, d=None, style=None):
        d = d or rand_date(self.rng, 2024, 2026)
        return N("NEG_DATE", fmt_date(self.rng, d, self.loc, style))

    def stay(self, style=None):
        """(check-in, check-out) as NEG_DATE frags, same style."""
        d1 = rand_date(self.rng, 2024, 2026)
        d2 = d1 + datetime.timedelta(days=self.rng.randint(1, 14))
        st = style or self.pick({"en_US": ["us_slash", "us_long", "iso"], "en_GB": ["eu_slash", "gb_long", "iso"],
                                 "de_DE": ["dot", "long"], "fr_FR": ["eu_slash", "long"], "ru_RU": ["dot", "long"]}[self.loc])
        return (N("NEG_DATE", fmt_date(self.rng, d1, self.loc, st)), N("NEG_DATE", fmt_date(self.rng, d2, self.loc, st)), d1, d2)

    def ts(self, style=None, dt=None):
        return N("NEG_TIMESTAMP", fmt_dt(self.rng, dt or rand_dt(self.rng), style))

    def hm(self):
        return N("NEG_TIMESTAMP", "%02d:%02d" % (self.rng.randint(5, 23), self.rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])))

    def title(self, kind):
        table = {"hotel": HOTELS, "room": ROOMS, "venue": VENUES, "event": EVENTS, "program": PROGRAMS,
                 "tier": TIERS, "hospital": HOSPITALS}[kind]
        return N("NEG_TITLECASE", self.pick(table[self.L]))

    def company(self):
        return self.pick(COMPANIES[self.L])

    def emaillike(self):
        r = self.rng
        return N("NEG_EMAILLIKE", r.choice([
            "@" + r.choice(["VisitBerlin", "ParisJeTaime", "HarbourLightsHQ", "travelnews", "SkyMilesClub", "aeroflot"]),
            r.choice(["ical-sync", "booking-widget", "pms-connector", "checkin-kiosk"]) + "@" + I.version(r),
        ]))

    def ical_uid(self):
        return N("NEG_EMAILLIKE", I.uuid4(self.rng) + "@" + self.pick(["calendar.stayplus.net", "events.tessera.io", "ical.harbourlights-hotel.com"]))
