"""ag_json_rec.py - JSON record shapes (CRM, helpdesk, carrier, telecom, utility APIs).

Each builder returns a Python structure whose leaves may be tagged (T), rich strings (JS),
tagged numbers (JN) or embedded JSON (JEmbed); ag_common.jdump serializes it with offsets.
"""
from ag_common import JS, JN, JEmbed, I

NOTE = {
    "en": ["customer asked for a morning slot", "left card, no safe place", "address verified by phone",
           "second contact this week", "goodwill credit applied"],
    "de": ["Kunde wünscht Termin am Vormittag", "Karte eingeworfen", "Adresse telefonisch bestätigt",
           "zweiter Kontakt diese Woche"],
    "fr": ["le client préfère le matin", "avis de passage déposé", "adresse confirmée par téléphone",
           "deuxième contact cette semaine"],
    "ru": ["клиент просит утренний интервал", "оставлено извещение", "адрес подтверждён по телефону",
           "повторное обращение"],
}


def _name(c, p):
    return p.variant() if c.chance(0.4) else p.formal()


def _ts(c):
    return c.ts(c.pick(["iso", "isoz", "offset", "epoch", "space"]))


def crm_contact(c):
    p, a = c.person(), c.addr()
    k = c.randint(0, 3)
    rec = {"id": c.uuid() if c.chance(0.6) else c.randint(10000, 999999),
           ["name", "full_name", "displayName", "contact_name"][k]: _name(c, p),
           ["email", "email_address", "mail", "primaryEmail"][k]: c.email(p),
           ["phone", "mobile", "phone_number", "tel"][k]: c.phone()}
    if c.chance(0.5):
        rec["address"] = a.json_fields(k)
    if c.chance(0.5):
        rec[["dob", "birth_date", "dateOfBirth", "birthday"][k]] = c.dob()
    if c.chance(0.3):
        rec["lifecycle"] = c.pick(["customer", "lead", "churned"])
    rec["updated_at"] = _ts(c)
    return rec


def helpdesk_ticket(c):
    p, a = c.person(), c.addr()
    body = JS(c.pick({"en": ["Please update my delivery address to "], "de": ["Bitte ändern Sie meine Adresse auf "],
                      "fr": ["Merci de mettre à jour mon adresse : "], "ru": ["Прошу изменить адрес доставки: "]}
                     .get(c.lang, ["Please update my delivery address to "])), a.street(), ", ", I(a.city_line()),
              ". ", c.pick({"en": ["Call me on "], "de": ["Rückruf unter "], "fr": ["Rappel au "],
                            "ru": ["Телефон: "]}.get(c.lang, ["Call me on "])), c.phone(), ".")
    return {"ticket": {"id": c.ticket(), "subject": c.pick(["Address change", "Delivery issue", "Billing query",
                                                              "Port-in delayed", "Meter reading"]),
                       "status": c.pick(["open", "pending", "solved"]),
                       "requester": {"name": p.full(), "email": c.email(p)},
                       "comments": [{"author": "requester", "body": body, "created_at": _ts(c)},
                                    {"author": "agent", "body": c.pick(NOTE.get(c.lang, NOTE["en"])),
                                     "created_at": _ts(c)}],
                       "via": c.pick(["email", "web", "chat", "voice"])}}


def carrier_webhook(c):
    p, a = c.person(), c.addr()
    evs = [{"at": _ts(c), "code": code, "location": loc} for code, loc in
           [("PU", "origin hub"), ("AR", "regional depot"), ("OFD", "delivery van"), ("DL", "doorstep")]
           [:c.randint(2, 4)]]
    data = {"tracking_number": c.tracking(), "status": evs[-1]["code"],
            "recipient": {"name": p.full(), "phone": c.phone()},
            "delivery_address": a.json_fields(c.randint(0, 3)), "events": evs}
    if c.chance(0.5):
        data["recipient"]["email"] = c.email(p)
    if evs[-1]["code"] == "DL" or c.chance(0.3):
        data["proof_of_delivery"] = {"signed_by": c.person().full(), "signature": c.b64(),
                                     "geo": c.coords()}
    hdr = {"X-Signature": c.b64(), "X-Event-Id": c.uuid()}
    if c.chance(0.25):
        hdr["Authorization"] = JS("Bearer ", c.key("jwt"))
    return {"event": "shipment." + c.pick(["updated", "delivered", "exception"]), "headers": hdr, "data": data}


def port_request(c):
    p, a = c.person(), c.addr()
    req = {"request_id": c.uuid(), "msisdn": c.phone(True), "account_holder": p.formal(),
           "date_of_birth": c.dob("iso"), "losing_account": c.account(), "iccid": c.iccid(), "imei": c.imei(),
           "billing_address": a.json_fields(c.randint(0, 3)), "requested_date": c.date("iso")}
    nid = c.national_id()
    if nid is not None:
        req["ssn" if nid.typ == "US_SSN" else "passport"] = nid
    if c.locale == "ru_RU" and c.chance(0.5):
        req["snils"] = c.snils()
    return {"porting_request": req}


def meter_read(c):
    p, a = c.person(), c.addr()
    return {"meter_id": c.meter(), "account": c.account(),
            "customer": {"name": p.full(), "email": c.email(p)},
            "supply_address": a.json_fields(c.randint(0, 3)),
            "reads": [{"register": r, "value": round(c.rng.uniform(100, 90000), 1), "read_at": _ts(c)}
                      for r in ["1.8.0", "2.8.0"][:c.randint(1, 2)]],
            "source": c.pick(["customer_app", "smart", "estimate"])}


def dd_mandate(c):
    p, a = c.person(), c.addr()
    return {"mandate": {"reference": c.order("mandate"), "scheme": c.pick(["sepa_core", "bacs", "sepa_b2b"]),
                        "debtor": {"name": p.full(), "iban": c.iban(), "address": a.json_fields(c.randint(0, 3))},
                        "signed_on": c.date("iso"), "status": c.pick(["active", "pending_submission"])}}


def customs_decl(c):
    s, r = c.person(), c.person()
    ra = c.addr()
    return {"declaration": {"form": "CN23", "sender": {"name": s.full(), "email": c.email(s)},
                            "recipient": {"name": r.full(), "phone": c.phone(True),
                                          "address": ra.json_fields(c.randint(0, 3))},
                            "items": [{"description": c.pick(["phone case", "charger", "router", "SIM adapter"]),
                                       "hs_code": c.pick(["8517.62", "8504.40", "3926.90"]), "qty": c.randint(1, 4),
                                       "value": round(c.rng.uniform(3, 90), 2)} for _ in range(c.randint(1, 3))],
                            "tracking": c.tracking()}}


def route_manifest(c):
    drv = c.person()
    stops = []
    for i in range(c.randint(2, 5)):
        p, a = c.person(), c.addr()
        st = {"seq": i + 1, "name": p.full(), "address": a.json_fields(c.randint(0, 3)), "window": c.slot(),
              "parcels": [c.tracking() for _ in range(c.randint(1, 2))]}
        if c.chance(0.4):
            st["phone"] = c.phone()
        stops.append(st)
    return {"route": {"id": c.order("route"), "date": c.date("iso"),
                      "driver": {"name": drv.full(), "phone": c.phone()}, "stops": stops}}


def invoice(c):
    p, a = c.person(), c.addr()
    pay = ({"method": "direct_debit", "iban": c.iban()} if c.locale in ("de_DE", "fr_FR", "en_GB") or c.chance(0.2)
           else {"method": "card", "card_number": c.card()})
    return {"invoice": {"number": c.order("inv"), "account": c.account(), "tariff": c.title(),
                        "customer": {"name": _name(c, p), "billing_address": a.json_fields(c.randint(0, 3))},
                        "period": {"from": c.date("iso"), "to": c.date("iso")},
                        "total": round(c.rng.uniform(20, 400), 2), "payment": pay}}


def integration_cfg(c):
    pw = c.key("db_password")
    cfg = {"carrier": c.pick(["swiftparcel", "parcelwise", "paketblitz", "colivite"]),
           "sdk": c.version(),
           "maps_api_key": c.key("google_api"),
           "pod_bucket": {"access_key_id": c.key("aws_access_key_id"),
                          "secret_access_key": c.key("aws_secret_key"), "region": "eu-west-1"},
           "crm_dsn": JS("postgresql://crm_app:", pw, "@10.20.0.15:5432/crm")}
    if c.chance(0.4):
        cfg["alerts_token"] = c.key("slack")
    if c.chance(0.3):
        cfg["payments_key"] = c.key("stripe")
    if c.chance(0.1):
        cfg["sftp_key"] = c.key(c.pick(["pem_rsa_private_key", "pem_openssh_private_key", "pem_ec_private_key"]))
    return cfg


def ru_abonent(c):
    p, a = c.person(), c.addr()
    rec = {"abonent": p.formal(), "birth_date": c.dob(), "passport": c.passport(), "snils": c.snils(),
           "phone": c.phone(), "address": a.json_fields(c.randint(0, 3)), "contract": c.order()}
    if c.chance(0.5):
        rec["inn"] = JN(c.inn(json_number=True)) if c.chance(0.5) else c.inn()
    return rec


def chat_log(c):
    p, a = c.person(), c.addr()
    msgs = {"en": ("Hi, my parcel never arrived. I'm ", ", the address is ", "Thanks, I can see it. Could you "
                   "confirm your date of birth?", "It's "),
            "de": ("Hallo, mein Paket ist nie angekommen. Ich bin ", ", Adresse ", "Danke, ich sehe die Sendung. "
                   "Ihr Geburtsdatum bitte?", "Das ist der "),
            "fr": ("Bonjour, mon colis n'est jamais arrivé. Je suis ", ", adresse ", "Merci, je vois l'envoi. "
                   "Votre date de naissance ?", "C'est le "),
            "ru": ("Здравствуйте, посылка так и не пришла. Меня зовут ", ", адрес ", "Спасибо, вижу отправление. "
                   "Назовите дату рождения.", "")}.get(c.lang)
    if msgs is None:
        msgs = ("Hi, my parcel never arrived. I'm ", ", the address is ", "Thanks. Date of birth please?", "It's ")
    return {"conversation_id": c.uuid(), "channel": "webchat", "client_ip": c.ip(),
            "messages": [{"from": "customer", "text": JS(msgs[0], p.full(), msgs[1], a.street(), ", ",
                                                         I(a.city_line()), ".")},
                         {"from": "agent", "text": msgs[2]},
                         {"from": "customer", "text": JS(msgs[3], c.dob(), ".")}],
            "started_at": _ts(c)}


def tool_call(c):
    p, a = c.person(), c.addr()
    fn = c.pick(["update_delivery_address", "schedule_installation", "issue_refund", "create_port_in"])
    args = {"customer_name": p.full(), "contact_email": c.email(p)}
    if fn in ("update_delivery_address", "schedule_installation"):
        args["address"] = a.json_fields(c.randint(0, 3))
        args["slot"] = c.slot()
    if fn == "issue_refund":
        args["amount"] = round(c.rng.uniform(5, 200), 2)
        args["destination"] = c.iban() if c.locale != "en_US" and c.chance(0.6) else c.card()
    if fn == "create_port_in":
        args["msisdn"] = c.phone(True)
        args["dob"] = c.dob()
    args["reference"] = c.ticket()
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": "call_" + "".join(c.pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(16)),
                            "type": "function", "function": {"name": fn, "arguments": JEmbed(args)}}]}


def payment_methods(c):
    p = c.person()
    cards = [{"pan": c.card(c.pick(["compact", "space"])), "exp": "%02d/%02d" % (c.randint(1, 12), c.randint(25, 31)),
              "default": i == 0} for i in range(c.randint(1, 2))]
    rec = {"customer_id": c.uuid(), "holder": p.full(), "cards": cards, "updated": _ts(c)}
    if c.locale != "en_US" and c.chance(0.5):
        rec["sepa"] = {"iban": c.iban(), "mandate": c.order("mandate")}
    return {"payment_methods": rec}


def credit_application(c):
    p, a = c.person(), c.addr()
    app = {"application_id": c.order("ord"), "applicant": p.formal(), "dob": c.dob(),
           "address": a.json_fields(c.randint(0, 3)), "phone": c.phone(), "email": c.email(p),
           "plan": c.title(), "decision": c.pick(["approved", "referred", "declined"])}
    if c.locale == "en_US":
        app["ssn"] = c.ssn()
    elif c.locale == "ru_RU":
        app["passport"] = c.passport()
        app["snils"] = c.snils()
        app["inn"] = JN(c.inn(json_number=True)) if c.chance(0.4) else c.inn()
    return {"credit_check": app}


SMALL = [payment_methods, credit_application, crm_contact, helpdesk_ticket, carrier_webhook, port_request, meter_read, dd_mandate, customs_decl,
         route_manifest, invoice, integration_cfg, chat_log, tool_call]
RU_EXTRA = [ru_abonent]
