"""JSON templates (tool-call outputs of invented Graph / Workspace / e-government APIs) for probe AH.

Each entry: name -> (langs, builder(rng) -> JSON-able object whose strings may contain slots).
`item` builders (ITEMS) produce one record; json4k documents wrap many of them.
"""
from ah_doc import Scope


def g_user(rng):
    return {"@odata.type": "#graph.user", "id": "⟨UUID⟩", "displayName": "⟨PNAT:u⟩", "givenName": "⟨FIRST:u⟩",
            "surname": "⟨LAST:u⟩", "mail": "⟨WEMAIL:u⟩", "mobilePhone": "⟨MOBILE⟩", "businessPhones": ["⟨PHONE⟩"],
            "jobTitle": "⟨JOB⟩", "department": "⟨DEPT⟩", "officeLocation": "⟨ROOM⟩", "streetAddress": "⟨STREET:h⟩",
            "city": "⟨CITYI:h⟩", "accountEnabled": rng.random() < 0.9, "createdDateTime": "⟨TS⟩"}


def g_event(rng):
    return {"id": "⟨HASH⟩", "iCalUId": "⟨UUID⟩", "subject": "⟨WORDS⟩", "start": {"dateTime": "⟨TS⟩", "timeZone": "⟨TZ⟩"},
            "organizer": {"emailAddress": {"name": "⟨PNAT:o⟩", "address": "⟨WEMAIL:o⟩"}},
            "attendees": [{"type": rng.choice(["required", "optional"]), "status": {"response": "none"},
                           "emailAddress": {"name": f"⟨PNAT:a{i}⟩", "address": f"⟨EMAIL:a{i}⟩"}} for i in range(rng.randint(1, 3))],
            "location": {"displayName": "⟨ROOM⟩"}, "bodyPreview": "Dial-in ⟨PHONE⟩, organiser ⟨PNAT:o⟩."}


def g_message(rng):
    return {"id": "⟨HASH⟩", "internetMessageId": "<⟨UUID⟩@⟨DOMAIN⟩>", "receivedDateTime": "⟨TS⟩",
            "from": {"emailAddress": {"name": "⟨PNAT:f⟩", "address": "⟨EMAIL:f⟩"}},
            "toRecipients": [{"emailAddress": {"name": "⟨PNAT:t⟩", "address": "⟨WEMAIL:t⟩"}}],
            "replyTo": [{"emailAddress": {"address": "⟨WEMAIL:r⟩"}}], "subject": "⟨WORDS⟩",
            "bodyPreview": "⟨SENT⟩ ⟨PNAT:f⟩ · ⟨PHONE⟩", "hasAttachments": rng.random() < 0.5,
            "internetMessageHeaders": [{"name": "X-Originating-IP", "value": "[⟨IP4⟩]"}, {"name": "X-Mailer", "value": "⟨VER⟩"}]}


def g_contact(rng):
    return {"resourceName": "people/c⟨ORDER⟩", "etag": "%⟨HASH⟩", "names": [{"displayName": "⟨PNAT:c⟩", "familyName": "⟨LAST:c⟩", "givenName": "⟨FIRST:c⟩"}],
            "emailAddresses": [{"value": "⟨EMAIL:c⟩", "type": "home"}, {"value": "⟨WEMAIL:c⟩", "type": "work"}],
            "phoneNumbers": [{"value": "⟨MOBILE⟩", "type": "mobile"}],
            "addresses": [{"streetAddress": "⟨STREET:c⟩", "city": "⟨CITYI:c⟩", "type": "home"}],
            "birthdays": [{"text": "⟨DOB⟩"}]}


def w_drive_perm(rng):
    return {"kind": "drive#permission", "id": "⟨ORDER⟩", "type": "user", "role": rng.choice(["writer", "reader", "commenter"]),
            "emailAddress": "⟨EMAIL:p⟩", "displayName": "⟨PNAT:p⟩", "pendingOwner": False}


def w_comment(rng):
    return {"kind": "drive#comment", "id": "⟨HASH⟩", "createdTime": "⟨TS⟩", "author": {"displayName": "⟨PNAT:a⟩", "emailAddress": "⟨WEMAIL:a⟩"},
            "content": "@⟨WEMAIL:b⟩ please check ⟨PNAT:c⟩'s bank details ⟨IBAN⟩ before approving", "resolved": False,
            "replies": [{"author": {"displayName": "⟨PNAT:b⟩"}, "content": "Done, ticket ⟨CASE⟩", "createdTime": "⟨TS⟩"}]}


def w_sheet_values(rng):
    rows = [["Name", "Email", "Phone", "DOB"]] + [[f"⟨PERSON:r{i}⟩", f"⟨EMAIL:r{i}⟩", "⟨PHONE⟩", "⟨DOB⟩"] for i in range(rng.randint(2, 4))]
    return {"range": "Sheet1!A1:D" + str(len(rows)), "majorDimension": "ROWS", "values": rows}


def x_excel_range(rng):
    return {"address": "Staff!A2:E2", "rowCount": 1, "values": [["⟨PLF:e⟩", "⟨WEMAIL:e⟩", "⟨IBAN⟩", "⟨AMOUNT⟩", "⟨DATE⟩"]],
            "numberFormat": [["@", "@", "@", "#,##0.00", "dd/mm/yyyy"]], "valueTypes": [["String"] * 5]}


def hr_employee(rng):
    return {"employeeNumber": "⟨ORDER⟩", "legalName": "⟨PERSON:e⟩", "preferredName": "⟨FIRST:e⟩", "birthDate": "⟨DOBISO⟩",
            "homeAddress": {"line1": "⟨STREET:e⟩", "locality": "⟨CITYI:e⟩"}, "personalEmail": "⟨EMAIL:e⟩",
            "workEmail": "⟨WEMAIL:e⟩", "phone": "⟨MOBILE⟩", "payroll": {"iban": "⟨IBAN⟩", "lastRun": "⟨TS⟩"},
            "manager": {"name": "⟨PNAT:m⟩", "email": "⟨WEMAIL:m⟩"}, "schemaVersion": "⟨VER⟩"}


def ticket_public(rng):
    return {"caseId": "⟨CASE⟩", "service": "⟨DEPT⟩", "status": rng.choice(["OPEN", "PENDING_EVIDENCE", "CLOSED"]),
            "applicant": {"name": "⟨PERSON:a⟩", "dateOfBirth": "⟨DOB⟩", "email": "⟨EMAIL:a⟩", "phone": "⟨PHONE⟩",
                          "address": "⟨ADDR⟩"},
            "assignee": "⟨PNAT:w⟩", "submittedFrom": "⟨IP4⟩", "created": "⟨TS⟩", "correlationId": "⟨UUID⟩"}


def audit_signin(rng):
    return {"id": "⟨UUID⟩", "createdDateTime": "⟨TS⟩", "userPrincipalName": "⟨WEMAIL:u⟩", "userDisplayName": "⟨PNAT:u⟩",
            "ipAddress": rng.choice(["⟨IP4⟩", "⟨IP6⟩"]), "clientAppUsed": "Browser", "appVersion": "⟨VER⟩",
            "status": {"errorCode": 0}}


def app_secret(rng):
    return {"appId": "⟨UUID⟩", "displayName": "⟨WORDS⟩ connector", "passwordCredentials": [{"keyId": "⟨UUID⟩", "secretText": "⟨AZSECRET⟩",
            "endDateTime": "⟨TS⟩"}], "owner": "⟨WEMAIL:o⟩", "package": "⟨PKG⟩"}


def mail_send_call(rng):
    return {"tool": "mail.send", "arguments": {"to": ["⟨EMAIL:a⟩", "⟨WEMAIL:b⟩"], "cc": ["⟨WEMAIL:c⟩"], "subject": "⟨WORDS⟩",
            "body": "Hello ⟨FIRST:a⟩, attached is the signed form for ⟨PNAT:d⟩ (born ⟨DOB⟩). Call me at ⟨PHONE⟩."},
            "auth": {"type": "bearer", "token": "⟨BEARER⟩"}, "requestId": "⟨UUID⟩"}


def parking_fine(rng):
    return {"pcn": "⟨ORDER⟩", "issued": "⟨TS⟩", "keeper": {"name": "⟨PERSON:k⟩", "address": "⟨ADDR⟩"},
            "payment": {"card": "⟨CARD⟩", "status": "declined", "terminal": "⟨BADCARD⟩"}, "amountDue": "⟨AMOUNT⟩"}


def notary_file(rng):
    return {"matter": "⟨CASE⟩", "parties": [{"role": "seller", "name": "⟨PERSON:s⟩", "email": "⟨EMAIL:s⟩"},
                                            {"role": "buyer", "name": "⟨PERSON:b⟩", "phone": "⟨PHONE⟩"}],
            "property": "⟨ADDR⟩", "escrowAccount": "⟨IBAN⟩", "deedHash": "⟨HASH⟩", "isbnOfGuide": "⟨ISBN⟩"}


def en_us_benefit(rng):
    return {"applicationId": "⟨ORDER⟩", "program": "SNAP", "applicant": {"name": "⟨PERSON:a⟩", "ssn": "⟨SSN⟩", "dob": "⟨DOBISO⟩"},
            "mailingAddress": "⟨ADDR⟩", "caseworker": {"name": "⟨PNAT:w⟩", "email": "⟨WEMAIL:w⟩"}, "updatedAt": "⟨TS⟩"}


def en_gb_patient(rng):
    return {"resourceType": "Patient", "id": "⟨UUID⟩", "identifier": [{"system": "nhs-number", "value": "⟨NHS⟩"},
            {"system": "local-mrn", "value": "⟨MRN⟩"}], "name": [{"text": "⟨PERSON:p⟩"}], "birthDate": "⟨DOBISO⟩",
            "telecom": [{"system": "phone", "value": "⟨PHONE⟩"}], "address": [{"line": ["⟨STREET:p⟩"], "city": "⟨CITYI:p⟩"}]}


def de_antrag(rng):
    return {"vorgang": "⟨CASE⟩", "behoerde": "⟨DEPT⟩", "antragsteller": {"name": "⟨PERSON:a⟩", "geburtsdatum": "⟨DOB⟩",
            "anschrift": "⟨ADDR⟩", "email": "⟨EMAIL:a⟩", "telefon": "⟨PHONE⟩"}, "bankverbindung": {"iban": "⟨IBANDE⟩"},
            "eingang": "⟨TS⟩", "status": "in Bearbeitung"}


def de_personal(rng):
    return {"personalnummer": "⟨ORDER⟩", "nachname": "⟨LAST:m⟩", "vorname": "⟨FIRST:m⟩", "geburtsdatum": "⟨DOB⟩",
            "privatanschrift": {"strasse": "⟨STREET:m⟩", "ort": "⟨CITYI:m⟩"}, "dienstlich": {"mail": "⟨WEMAIL:m⟩", "tel": "⟨PHONE⟩"},
            "gehaltskonto": "⟨IBANDE⟩", "vorgesetzte": "⟨PNAT:v⟩"}


def fr_dossier(rng):
    return {"numeroDossier": "⟨CASE⟩", "organisme": "⟨DEPT⟩", "demandeur": {"nomComplet": "⟨PUP:d⟩", "dateNaissance": "⟨DOB⟩",
            "adresse": "⟨ADDR⟩", "courriel": "⟨EMAIL:d⟩", "telephone": "⟨PHONE⟩"}, "rib": "⟨IBANFR⟩", "horodatage": "⟨TS⟩"}


def fr_salarie(rng):
    return {"matricule": "⟨ORDER⟩", "nom": "⟨LAST:s⟩", "prenom": "⟨FIRST:s⟩", "naissance": "⟨DOBISO⟩", "adresse": "⟨ADDR⟩",
            "mailPro": "⟨WEMAIL:s⟩", "mobile": "⟨MOBILE⟩", "iban": "⟨IBANFR⟩", "version": "⟨VER⟩"}


def ru_zayavlenie(rng):
    return {"номер": "⟨ORDER⟩", "услуга": "⟨DEPT⟩", "заявитель": {"фио": "⟨PERSON:z⟩", "датаРождения": "⟨DOB⟩", "паспорт": "⟨RUPASS⟩",
            "снилс": "⟨SNILS⟩", "инн": "⟨INN⟩", "адрес": "⟨ADDR⟩", "телефон": "⟨PHONE⟩", "email": "⟨EMAIL:z⟩"},
            "создано": "⟨TS⟩", "guid": "⟨UUID⟩"}


def ru_sotrudnik(rng):
    return {"tabNumber": "⟨ORDER⟩", "fullName": "⟨PERSON:e⟩", "birthDate": "⟨DOBISO⟩", "snils": "⟨SNILS⟩", "inn": "⟨INN⟩",
            "passport": {"seriesNumber": "⟨RUPASS⟩", "issued": "⟨DATE⟩"}, "contacts": {"work": "⟨WEMAIL:e⟩", "mobile": "⟨MOBILE⟩"},
            "employer": {"name": "⟨COMPANY⟩", "inn": "⟨INNORG⟩"}}


def ru_kontragent(rng):
    return {"контрагент": "⟨COMPANY⟩", "ИНН": "⟨INNORG⟩", "контакт": {"фио": "⟨PINIT:c⟩", "почта": "⟨WEMAIL:c⟩", "телефон": "⟨PHONE⟩"},
            "договор": "⟨CASE⟩", "сумма": "⟨AMOUNT⟩", "hash": "⟨HASH⟩"}


ITEMS = {
    "json.graph_user": ("*", g_user), "json.graph_event": ("*", g_event), "json.graph_message": ("*", g_message),
    "json.people_contact": ("*", g_contact), "json.drive_permission": ("*", w_drive_perm), "json.drive_comment": ("*", w_comment),
    "json.sheet_values": ("*", w_sheet_values), "json.excel_range": ("*", x_excel_range), "json.hr_employee": ("*", hr_employee),
    "json.public_ticket": ("*", ticket_public), "json.audit_signin": ("*", audit_signin), "json.app_secret": ("*", app_secret),
    "json.mail_send_call": ("*", mail_send_call), "json.parking_fine": ("*", parking_fine), "json.notary_file": ("*", notary_file),
    "json.us_benefit": ("en_US", en_us_benefit), "json.gb_patient": ("en_GB", en_gb_patient),
    "json.de_antrag": ("de", de_antrag), "json.de_personal": ("de", de_personal),
    "json.fr_dossier": ("fr", fr_dossier), "json.fr_salarie": ("fr", fr_salarie),
    "json.ru_zayavlenie": ("ru", ru_zayavlenie), "json.ru_sotrudnik": ("ru", ru_sotrudnik), "json.ru_kontragent": ("ru", ru_kontragent),
}

WRAPPERS = {
    "wrap.odata": lambda items, rng: {"@odata.context": "https://graph.example/v1.0/$metadata#items", "value": items,
                                      "@odata.nextLink": "https://graph.example/v1.0/items?$skiptoken=⟨HASH⟩"},
    "wrap.tool_result": lambda items, rng: {"type": "tool_result", "tool_use_id": "toolu_⟨HASH⟩", "is_error": False,
                                            "content": {"results": items, "count": len(items)}},
    "wrap.batch": lambda items, rng: {"responses": [{"id": str(i + 1), "status": 200, "body": it} for i, it in enumerate(items)]},
    "wrap.export": lambda items, rng: {"exportedAt": "⟨TS⟩", "exportId": "⟨UUID⟩", "records": items, "tool": "⟨PKG⟩"},
    "wrap.kind_list": lambda items, rng: {"kind": "admin#directory#list", "etag": "⟨HASH⟩", "items": items, "nextPageToken": "⟨HASH⟩"},
}


def item(name, rng):
    return Scope(ITEMS[name][1](rng))
