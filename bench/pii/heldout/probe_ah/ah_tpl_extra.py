"""Additional mixed-locale templates for probe AH (vCards, tracked changes, mail-merge, chat-ops)."""


def _vcard(lang):
    def f(rng):
        return ("BEGIN:VCARD\nVERSION:3.0\nFN:⟨PNAT:v⟩\nN:⟨LAST:v⟩;⟨FIRST:v⟩;;;\nORG:⟨COMPANY⟩\nTEL;TYPE=CELL:⟨MOBILE⟩\n"
                "TEL;TYPE=WORK,VOICE:⟨PHONE⟩\nEMAIL;TYPE=INTERNET:⟨EMAIL:v⟩\nADR;TYPE=HOME:;;⟨STREET:v⟩;⟨CITYI:v⟩;;;\n"
                "BDAY:⟨DOBISO⟩\nREV:⟨TS⟩\nUID:urn:uuid:⟨UUID⟩\nEND:VCARD")
    return f


def _merge_fields(rng):
    n = rng.randint(2, 4)
    recs = "\n".join(f"{{\"Salutation\": \"Dear ⟨PNAT:m{i}⟩\", \"Email\": \"⟨EMAIL:m{i}⟩\", \"Address\": \"⟨STREET⟩\"}}" for i in range(n))
    return "Mail merge preview — " + str(n) + " recipients (JSON lines):\n" + recs + "\nTemplate version ⟨VER⟩."


EXTRA = {
    "en.vcard": _vcard("en"),
    "de.vcard": _vcard("de"),
    "fr.vcard": _vcard("fr"),
    "ru.vcard": _vcard("ru"),
    "en.mail_merge": _merge_fields,
    "en.tracked_changes": (
        "Tracked changes in Lease_Agreement.docx:\n[Deleted by ⟨PNAT:a⟩ ⟨TS⟩] \"the tenant\"\n[Inserted by ⟨PNAT:a⟩ ⟨TS⟩] \"⟨PERSON:t⟩ (DOB ⟨DOB⟩)\"\n"
        "[Comment by ⟨PNAT:b⟩] Is ⟨ADDR⟩ the correct service address?"),
    "en.chatops": (
        "[#facilities] ⟨PNAT:a⟩: who booked ⟨ROOM⟩ for ⟨TIME⟩?\n[#facilities] ⟨PNAT:b⟩: me — guest is ⟨PNAT:g⟩, badge for ⟨EMAIL:g⟩ please\n"
        "[#facilities] bot: visitor pass ⟨ORDER⟩ issued, wifi voucher ⟨HASH⟩"),
    "en.outlook_rule": (
        "I created this Outlook rule: if sender is ⟨EMAIL:s⟩ or subject contains \"⟨CASE⟩\", forward to ⟨WEMAIL:d⟩ and mark as read. "
        "Rule id ⟨UUID⟩. Note: ⟨PNAT:d⟩'s mobile (⟨MOBILE⟩) is in the rule description — remove it if this is shared."),
    "en.gcal_json_paste": (
        "Raw event from the calendar API:\n{\"summary\": \"Visa interview prep\", \"creator\": {\"email\": \"⟨EMAIL:c⟩\"}, "
        "\"attendees\": [{\"email\": \"⟨WEMAIL:a⟩\", \"displayName\": \"⟨PNAT:a⟩\"}], \"start\": {\"dateTime\": \"⟨TS⟩\"}, \"iCalUID\": \"⟨UUID⟩\"}\n"
        "It looks like ⟨PNAT:a⟩ never accepted."),
    "en.foi_request": (
        "Freedom of Information request ⟨CASE⟩ received from ⟨PNAT:r⟩ (⟨EMAIL:r⟩). Requester's postal address: ⟨ADDR⟩. "
        "Statutory deadline: ⟨DATE⟩. Assigned to ⟨PNAT:o⟩, ⟨DEPT⟩."),
    "en.wifi_guest": "Guest Wi-Fi log: device of ⟨PNAT:g⟩ (⟨EMAIL:g⟩) got lease ⟨IP4⟩ and ⟨IP6⟩ at ⟨TS⟩; AP firmware ⟨VER⟩.",
    "de.nachverfolgung": (
        "Änderungsverfolgung im Mietvertrag: [Eingefügt von ⟨PNAT:a⟩] „Mieterin: ⟨PERSON:m⟩, geb. ⟨DOB⟩, ⟨ADDR⟩“ — "
        "[Kommentar ⟨PNAT:b⟩] Bitte Telefonnummer ⟨PHONE⟩ streichen."),
    "de.elster_fehler": (
        "Die Übermittlung ist fehlgeschlagen. Log:\n⟨TS⟩ POST /api/v2/belege user=⟨WEMAIL:u⟩ src=⟨IP4⟩\nAuthorization: Bearer ⟨JWT⟩\n"
        "Transfer-Ticket ⟨HASH⟩, Client ⟨PKG⟩"),
    "fr.modifications": (
        "Suivi des modifications — Bail.docx : ⟨PNAT:a⟩ a inséré « ⟨PUP:l⟩, né le ⟨DOB⟩, ⟨ADDR⟩ » ; ⟨PNAT:b⟩ a commenté : « vérifier le numéro ⟨PHONE⟩ »."),
    "fr.journal_connexion": (
        "Journal d'accès au portail : ⟨TS⟩ connexion ⟨EMAIL:u⟩ depuis ⟨IP4⟩ ; ⟨TS⟩ export des pièces par ⟨WEMAIL:v⟩ depuis ⟨IP6⟩. "
        "Clé API utilisée : ⟨GAPI⟩."),
    "ru.pravki": "Режим правок в договоре: ⟨PINIT:a⟩ вставил(а) «Арендатор: ⟨PERSON:t⟩, паспорт ⟨RUPASS⟩, ⟨ADDR⟩». Комментарий ⟨PNAT:b⟩: «уберите телефон ⟨PHONE⟩».",
    "ru.zhurnal": "Журнал входа в СЭД: ⟨TS⟩ ⟨WEMAIL:u⟩ с адреса ⟨IP4⟩; ⟨TS⟩ выгрузка реестра пользователем ⟨WEMAIL:u⟩, IPv6 ⟨IP6⟩. Ключ: ⟨KEY⟩.",
}
