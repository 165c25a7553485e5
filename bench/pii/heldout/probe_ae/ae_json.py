"""JSON payloads: OTA / airline / PMS / event / rental APIs, assistant tool calls.

Each template = (name, record_fn(cx) -> record, envelope_fn(cx) -> (records -> obj), lo, hi).
Envelope values are drawn once, so a json4k document just keeps appending records.
"""
from ae_common import E, N, IG, T, R, J, JNum, jdump, fmt_date, GDS_MON, rand_date
import ae_ids as I

NAT = {"en_US": "USA", "en_GB": "GBR", "de_DE": "DEU", "fr_FR": "FRA", "ru_RU": "RUS"}


def _iso(d):
    return d.isoformat()


# --------------------------------------------------------------------------- OTA reservation
def ota_rec(cx):
    p = cx.person()
    ci, co, d1, d2 = cx.stay("iso")
    brand, _ = cx.card_raw()
    g = {"first_name": p.first_name(), "last_name": p.surname(), "email": p.email_e(), "phone": p.phone_e()}
    if cx.rng.random() < 0.4:
        g["date_of_birth"] = p.dob_e("iso")
    rec = {"id": cx.uuid(), "confirmation_code": cx.bref(), "status": cx.pick(["confirmed", "modified", "cancelled"]),
           "created_at": cx.ts("iso_z"), "hotel": {"name": cx.title("hotel"), "chain_code": cx.pick(["HLX", "GHR", "BVS"])},
           "stay": {"check_in": ci, "check_out": co, "adults": cx.rng.randint(1, 3)},
           "rooms": [{"room_type": cx.title("room"), "rate_plan": cx.pick(["BAR", "NONREF", "BB"]), "guests": [g]}],
           "payment": {"type": "card", "card": {"number": cx.card(style="compact"), "holder": p.name("upper"),
                                                "expiry": "%02d/%d" % (cx.rng.randint(1, 12), cx.rng.randint(2026, 2031))}},
           "total": {"amount": round(cx.rng.uniform(90, 3000), 2), "currency": cx.pick(["EUR", "USD", "GBP", "RUB"])}}
    if cx.rng.random() < 0.3:
        rec["billing_address"] = _addr_obj(cx, cx.addr())
    if cx.rng.random() < 0.35:
        rec["booking_ip"] = cx.ip4() if cx.rng.random() < 0.55 else cx.ip6()
    return rec


def _addr_obj(cx, a):
    return {"line1": a.e(), "city": IG(a.city), "postal_code": IG(a.pc), "country": a.loc[-2:]}


def ota_env(cx):
    ver, ts = cx.ver(), cx.ts("iso_off")
    return lambda recs: {"api_version": ver, "generated_at": ts, "reservations": recs, "next_cursor": None}


# --------------------------------------------------------------------------- airline PNR
def pnr_rec(cx):
    p = cx.person()
    ru_dom = p.loc == "ru_RU" and cx.rng.random() < 0.6
    doc = {"type": "PS" if ru_dom else "P",
           "number": cx.ru_passport("plain") if ru_dom else cx.foreign_passport(p.loc),
           "issuing_country": NAT[p.loc],
           "expiry": None if ru_dom else cx.travel_date(rand_date(cx.rng, 2026, 2034), style="iso")}
    return {"name": {"given": E("PERSON", I_up(p.first), sub=p.lang), "surname": E("PERSON", I_up(p.last), sub=p.lang)}
            if p.loc != "ru_RU" else {"given": E("PERSON", p.latin().split()[0].upper(), sub="ru"),
                                      "surname": E("PERSON", p.latin().split()[-1].upper(), sub="ru")},
            "date_of_birth": p.dob_e("iso"), "gender": p.g.upper(), "document": doc,
            "ticket_number": cx.eticket(style="plain"), "frequent_flyer": cx.member_no() if cx.rng.random() < 0.4 else None}


def I_up(s):
    from ae_people import gds_name
    return gds_name(s)


def pnr_env(cx):
    code = cx.airline()
    (a, _), (b, _) = cx.airport_pair()
    p = cx.person()
    segs = [{"flight": cx.flight(code), "from": a, "to": b, "departure": cx.ts("iso_off"), "seat": cx.seat(), "cabin": "Y"},
            {"flight": cx.flight(code), "from": b, "to": a, "departure": cx.ts("iso_off"), "seat": cx.seat(), "cabin": "Y"}]
    loc, created = cx.pnr(), cx.ts("iso_z")
    contact = {"email": p.email_e(), "phone": p.phone_e()}
    extra = {"boarding_barcode_png": cx.b64(cx.rng.randint(40, 90), png=True)} if cx.rng.random() < 0.35 else {}
    return lambda recs: dict({"record_locator": loc, "created": created, "passengers": recs, "segments": segs, "contact": contact}, **extra)


# --------------------------------------------------------------------------- event badge export
def attendee_rec(cx):
    p = cx.person(cx.pick(["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU", cx.loc, cx.loc]))
    r = {"attendee_id": cx.uuid(), "full_name": p.name("fl"), "email": p.email_e(), "company": cx.company(),
         "ticket_type": cx.pick(["Speaker", "Attendee", "Exhibitor", "VIP"]), "badge_code": cx.bref("res"),
         "dietary": cx.pick(["none", "vegetarian", "vegan", "gluten_free", "halal", "kosher"]), "checked_in_at": cx.ts("iso_z")}
    if cx.rng.random() < 0.5:
        r["mobile"] = p.phone_e()
    return r


def attendee_env(cx):
    ev, venue, d = cx.title("event"), cx.title("venue"), cx.travel_date(style="iso")
    return lambda recs: {"event": {"name": ev, "venue": venue, "date": d}, "attendees": recs, "count": len(recs)}


# --------------------------------------------------------------------------- loyalty statement
def loyalty_rec(cx):
    return {"date": cx.travel_date(style="iso"), "property": cx.title("hotel"), "folio": cx.bref("res"),
            "points": cx.rng.randint(100, 9000), "type": cx.pick(["stay", "bonus", "redemption"])}


def loyalty_env(cx):
    p = cx.person()
    m = {"member_number": cx.member_no(), "name": p.name("fl"), "tier": cx.title("tier"), "email": p.email_e(),
         "date_of_birth": p.dob_e("iso") if cx.rng.random() < 0.5 else None}
    return lambda recs: {"programme": cx.pick(["StayPlus", "SkyMiles", "Harbour Rewards"]), "member": m, "activity": recs}


# --------------------------------------------------------------------------- car rental
def rental_rec(cx):
    p, a = cx.person(), cx.addr()
    return {"agreement_no": cx.bref("conf"), "driver": {"name": p.name("fl"), "date_of_birth": p.dob_e(),
                                                        "licence_number": cx.licence(), "address": _addr_obj(cx, a),
                                                        "phone": p.phone_e()},
            "pickup": {"station": cx.airport_pair()[0][0], "at": cx.ts("iso_off")}, "return_due": cx.ts("iso_off"),
            "deposit": {"card_number": cx.card(), "amount": round(cx.rng.uniform(200, 1500), 2)}}


def rental_env(cx):
    v = cx.ver()
    return lambda recs: {"source": "fleet-api", "schema": v, "agreements": recs}


# --------------------------------------------------------------------------- insurance claim
def claim_rec(cx):
    p = cx.person()
    return {"claim_id": cx.bref("bkg"), "insured": {"name": p.name(), "dob": p.dob_e("iso"), "email": p.email_e()},
            "incident": {"date": cx.travel_date(style="iso"), "country": cx.pick(["ES", "IT", "TR", "TH", "US", "FR"]),
                         "hospital": cx.title("hospital"), "medical_record_number": cx.mrn()},
            "payout": {"iban": cx.iban(), "amount": round(cx.rng.uniform(100, 9000), 2)}, "submitted_at": cx.ts("iso_z")}


def claim_env(cx):
    rid = cx.uuid()
    return lambda recs: {"request_id": rid, "claims": recs, "page": 1}


# --------------------------------------------------------------------------- vacation-rental message thread
def msg_rec(cx):
    host, guest = cx.person(), cx.person()
    a = cx.addr()
    ci, co, _, _ = cx.stay()
    lang = cx.lang
    sender = "host" if cx.rng.random() < 0.5 else "guest"
    if sender == "host":
        tpl = {"en": "Hi {g}, your place at {s} is ready from {ci}. Call me on {ph} if you get lost.",
               "de": "Hallo {g}, die Wohnung in der {s} ist ab {ci} bereit. Ruf mich an unter {ph}, falls was ist.",
               "fr": "Bonjour {g}, le logement au {s} est prêt dès le {ci}. Appelez-moi au {ph} si besoin.",
               "ru": "Здравствуйте, {g}! Квартира по адресу {s} готова с {ci}. Если что — звоните: {ph}."}[lang]
        body = R(tpl, g=guest.first_name(), s=a.e(), ci=ci, ph=host.phone_e())
    else:
        tpl = {"en": "Thanks! We land on {fl}. My partner {p2} will do the check-in; their e-mail is {em}.",
               "de": "Danke! Wir kommen mit {fl}. {p2} checkt für uns ein, Mail: {em}.",
               "fr": "Merci ! Nous arrivons par le vol {fl}. C'est {p2} qui fera l'entrée, son e-mail : {em}.",
               "ru": "Спасибо! Прилетаем рейсом {fl}. Заселяться будет {p2}, почта {em}."}[lang]
        p2 = cx.person()
        body = R(tpl, fl=cx.flight(), p2=p2.name("fl"), em=p2.email_e())
    return {"message_id": cx.uuid(), "sender": sender, "sent_at": cx.ts("iso_z"), "body": body}


def msg_env(cx):
    tid, lst = cx.uuid(), cx.bref("res")
    return lambda recs: {"thread_id": tid, "listing_ref": lst, "messages": recs}


# --------------------------------------------------------------------------- tenancy application
def tenancy_rec(cx):
    p, a, prev, ref = cx.person(), cx.addr(), cx.addr(), cx.person()
    app = {"full_name": p.name(), "date_of_birth": p.dob_e(), "email": p.email_e(), "phone": p.phone_e(),
           "current_address": _addr_obj(cx, a), "previous_address": _addr_obj(cx, prev)}
    if cx.loc == "en_US" and cx.rng.random() < 0.7:
        app["ssn"] = cx.ssn()
    if cx.loc == "ru_RU":
        app["passport"] = cx.ru_passport()
        if cx.rng.random() < 0.5:
            v = I.inn12(cx.rng)
            while v[0] == "0":  # a JSON number cannot keep a leading zero
                v = I.inn12(cx.rng)
            app["inn"] = JNum(E("RU_INN", v, sub="inn12_json_number"))
        else:
            app["inn"] = cx.inn("inn12")
    return {"application_id": cx.uuid(), "applicant": app,
            "employment": {"employer": cx.company(), "position": cx.pick(["Engineer", "Nurse", "Analyst", "Teacher"]),
                           "monthly_income": round(cx.rng.uniform(1500, 9000), 2)},
            "references": [{"name": ref.name("fl"), "relation": "previous landlord", "phone": ref.phone_e()}],
            "desired_move_in": cx.travel_date(style="iso"), "submitted_at": cx.ts("iso_z")}


def tenancy_env(cx):
    prop = cx.bref("res")
    return lambda recs: {"property_ref": prop, "applications": recs}


# --------------------------------------------------------------------------- folio
def folio_rec(cx):
    return {"date": cx.travel_date(style="iso"), "code": cx.pick(["ROOM", "FB", "MINIBAR", "SPA", "CITYTAX", "PARKING"]),
            "amount": round(cx.rng.uniform(3, 400), 2)}


def folio_env(cx):
    p = cx.person()
    g = {"name": p.name(), "email": p.email_e(), "address": _addr_obj(cx, cx.addr())}
    pay = [{"method": "card", "pan": cx.card(), "auth_code": cx.bref("hx")}]
    refund = {"iban": cx.iban(), "holder": p.name("fl")} if cx.rng.random() < 0.6 else None
    folio, room = cx.bref("res"), cx.room()
    return lambda recs: {"folio": folio, "room": room, "guest": g, "lines": recs, "payments": pay, "refund": refund}


TEMPLATES = [
    ("ota_reservations", ota_rec, ota_env, 1, 2),
    ("airline_pnr", pnr_rec, pnr_env, 1, 3),
    ("badge_export", attendee_rec, attendee_env, 2, 4),
    ("loyalty_statement", loyalty_rec, loyalty_env, 2, 5),
    ("car_rental", rental_rec, rental_env, 1, 2),
    ("insurance_claims", claim_rec, claim_env, 1, 2),
    ("rental_thread", msg_rec, msg_env, 1, 3),
    ("tenancy_applications", tenancy_rec, tenancy_env, 1, 1),
    ("hotel_folio", folio_rec, folio_env, 2, 6),
]
