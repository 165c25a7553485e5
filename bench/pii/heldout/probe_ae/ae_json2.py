"""More JSON shapes: assistant tool calls with nested JSON arguments, chat completions that
wrap a chat-style answer, channel-manager config with secrets, native-language PMS exports."""
from ae_common import E, N, IG, T, R, J, JNum, jdump, flat
import ae_ids as I
from ae_json import _addr_obj, NAT
import ae_chat_en, ae_chat_de, ae_chat_fr, ae_chat_ru

CHAT = {"en": ae_chat_en.TEMPLATES, "de": ae_chat_de.TEMPLATES, "fr": ae_chat_fr.TEMPLATES, "ru": ae_chat_ru.TEMPLATES}


def _call_id(cx):
    return "call_" + "".join(cx.rng.choice(I.B62) for _ in range(20))


# --------------------------------------------------------------------------- tool call (arguments = JSON string)
def toolcall_rec(cx):
    p = cx.person()
    ci, co, _, _ = cx.stay("iso")
    kind = cx.pick(["create_reservation", "update_guest_profile", "issue_refund", "register_attendee"])
    if kind == "create_reservation":
        args = {"hotel_id": cx.pick(["HLX-BER-01", "GHR-MUC-07", "BVS-LON-02"]), "check_in": ci, "check_out": co,
                "guest": {"first_name": p.first_name(), "last_name": p.surname(), "email": p.email_e(), "phone": p.phone_e()},
                "payment": {"card_number": cx.card(style="compact"), "expiry": "%02d/%02d" % (cx.rng.randint(1, 12), cx.rng.randint(26, 31))},
                "idempotency_key": cx.uuid()}
    elif kind == "update_guest_profile":
        args = {"profile_id": cx.bref("hx"), "name": p.name("fl"), "date_of_birth": p.dob_e("iso"),
                "address": _addr_obj(cx, cx.addr()), "nationality": NAT[p.loc], "loyalty_no": cx.member_no()}
    elif kind == "issue_refund":
        args = {"reservation": cx.bref(), "amount": round(cx.rng.uniform(20, 900), 2), "currency": "EUR",
                "beneficiary": p.name("fl"), "iban": cx.iban(), "reason": "overcharge"}
    else:
        args = {"event_id": cx.uuid(), "attendee": {"name": p.name("fl"), "email": p.email_e(), "company": cx.company()},
                "dietary": cx.pick(["vegan", "none", "vegetarian"]), "ticket": cx.bref("res")}
    inner = jdump(args, compact=cx.rng.random() < 0.6)
    return {"id": _call_id(cx), "type": "function", "function": {"name": kind, "arguments": inner}}


def toolcall_env(cx):
    return lambda recs: {"role": "assistant", "content": None, "tool_calls": recs}


# --------------------------------------------------------------------------- chat completion wrapping chat answers
def completion_rec(cx):
    name, fn = cx.pick(CHAT[cx.lang])
    return {"index": 0, "message": {"role": "assistant", "content": fn(cx)}, "finish_reason": "stop"}


def completion_env(cx):
    cid = "chatcmpl-" + "".join(cx.rng.choice(I.B62) for _ in range(24))
    created = int(cx.rng.uniform(1.70e9, 1.76e9))
    model = cx.pick(["gpt-4o-mini", "claude-3-5-haiku", "llama-3.1-70b-instruct", "mistral-large"])

    def env(recs):
        for i, r in enumerate(recs):
            r["index"] = i
        return {"id": cid, "object": "chat.completion", "created": created, "model": model, "choices": recs,
                "usage": {"prompt_tokens": 312 * len(recs), "completion_tokens": 188 * len(recs)}}
    return env


# --------------------------------------------------------------------------- channel manager / booking-engine config
def channel_rec(cx):
    sub = cx.pick(["stripe", "google_api", "jwt", "slack", "aws_access_key_id"])
    keyname = {"stripe": "payment_secret_key", "google_api": "maps_api_key", "jwt": "access_token",
               "slack": "frontdesk_alert_token", "aws_access_key_id": "s3_access_key_id"}[sub]
    r = {"property_id": cx.bref("hx"), "property_name": cx.title("hotel"), "connector_version": cx.ver(),
         keyname: cx.key(sub), "webhook_url": "https://hooks." + cx.pick(["stayplus.example.net", "channelhub.io"]) + "/v2/" + I.uuid4(cx.rng)[:8],
         "signing_fingerprint": cx.hexh(64), "last_sync": cx.ts("iso_z")}
    if sub == "aws_access_key_id":
        r["s3_secret_access_key"] = cx.key("aws_secret_key")
    if cx.rng.random() < 0.5:
        r["db_dsn"] = R("postgres://pms_sync:{pw}@db.internal:5432/pms", pw=cx.key("db_password"))
    p = cx.person()
    r["owner_contact"] = {"name": p.name("fl"), "email": p.email_e()}
    return r


def channel_env(cx):
    ts = cx.ts("iso_z")
    return lambda recs: {"exported_at": ts, "properties": recs}


# --------------------------------------------------------------------------- native-language PMS exports
def ru_anketa_rec(cx):
    p, a = cx.person("ru_RU"), cx.addr("ru_RU")
    ci, co, _, _ = cx.stay("iso")
    return {"фамилия": p.surname(), "имя": p.first_name(), "отчество": E("PERSON", p.middle, sub="ru"),
            "дата_рождения": p.dob_e(cx.pick(["dot", "iso"])), "гражданство": "РФ",
            "документ": {"вид": "паспорт РФ", "серия_номер": cx.ru_passport(cx.pick(["spaced", "series_number", "plain"])),
                         "дата_выдачи": cx.travel_date(style="dot")},
            "адрес_регистрации": {"улица": a.e(), "город": IG(a.city), "индекс": IG(a.pc)},
            "телефон": p.phone_e("RU"), "заезд": ci, "выезд": co, "номер": cx.room()}


def ru_anketa_env(cx):
    hotel, ts = cx.title("hotel"), cx.ts("iso_off")
    return lambda recs: {"гостиница": hotel, "выгружено": ts, "гости": recs}


def de_melde_rec(cx):
    p = cx.person()
    ci, co, _, _ = cx.stay("dot")
    return {"nachname": p.surname(), "vorname": p.first_name(), "geburtsdatum": p.dob_e("dot"),
            "staatsangehoerigkeit": NAT[p.loc], "anschrift": _addr_obj(cx, cx.addr(p.loc)),
            "anreise": ci, "abreise": co, "mitreisende": cx.rng.randint(0, 3), "zimmer": cx.room(),
            "unterschrift_digital": cx.b64(36)}


def de_melde_env(cx):
    hotel, eid = cx.title("hotel"), cx.uuid()
    return lambda recs: {"betrieb": hotel, "meldescheine": recs, "export_id": eid}


TEMPLATES = [
    ("toolcall_pms", toolcall_rec, toolcall_env, 1, 3),
    ("chat_completion", completion_rec, completion_env, 1, 2),
    ("channel_manager_config", channel_rec, channel_env, 1, 2),
]
RU_TEMPLATES = [("anketa_export_ru", ru_anketa_rec, ru_anketa_env, 1, 2)]
DE_TEMPLATES = [("meldeschein_export_de", de_melde_rec, de_melde_env, 1, 2)]
