"""JSON shapes, part A: FHIR, HL7 tool results, claims, e-prescriptions, immunisations, beds.

Every shape is ``fn(ctx, n) -> obj`` where n (>=1) scales the number of repeated records.
"""
from af_common import B62, E, N, NumLab, Rich, nested, rstr
import af_vocab as V

FHIR_GENDER = {"m": "male", "f": "female"}
ID_SYSTEM = {"en_GB": "https://fhir.nhs.uk/Id/nhs-number", "en_US": "urn:oid:2.16.840.1.113883.19.5",
             "de_DE": "urn:oid:1.2.276.0.76.4.8", "fr_FR": "urn:oid:1.2.250.1.71.4.2.1", "ru_RU": "urn:oid:1.2.643.5.1.13"}


def role(base, i):
    return base if i == 0 else "%s%d" % (base, i)


def _fhir_patient(ctx, i):
    L, P = ctx.leaf, role("pat", i)
    p = ctx.person(P)
    st, city, pc = ctx.addr_parts(P)
    mrn_key = P + ".mrn:nhs" if ctx.locale == "en_GB" else P + ".mrn"
    given = [L(P + ".first")]
    if p.middle:
        given.append(E("PERSON", p.middle, p.sub))
    res = {"resourceType": "Patient", "id": L("n.uuid#%d" % i),
           "meta": {"versionId": str(ctx.rng.randint(1, 9)), "lastUpdated": L("n.ts#%d" % i)},
           "identifier": [{"use": "usual", "system": ID_SYSTEM[ctx.locale], "value": L(mrn_key)}],
           "active": True,
           "name": [{"use": "official", "family": L(P + ".last"), "given": given}],
           "telecom": [{"system": "phone", "value": L(P + ".mobile"), "use": "mobile"},
                       {"system": "email", "value": L(P + ".email")}],
           "gender": FHIR_GENDER[p.gender], "birthDate": L(P + ".dob:iso"),
           "address": [{"use": "home", "line": [st], "city": city, "postalCode": pc, "country": ctx.country}]}
    if ctx.locale == "en_US" and ctx.rng.random() < 0.5:
        res["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": L(P + ".ssn:plain")})
    if ctx.locale == "ru_RU":
        res["identifier"].append({"system": "urn:oid:1.2.643.100.3", "value": L(P + ".snils")})
        if ctx.rng.random() < 0.5:
            res["identifier"].append({"type": {"text": "passport"}, "value": L(P + ".passport")})
    if ctx.rng.random() < 0.5:
        res["generalPractitioner"] = [{"reference": ctx.rich("Practitioner/{n.uuid#g%d}" % i),
                                       "display": ctx.rich(ctx.dr() + " {%s}" % role("doc", i))}]
    return res


def fhir_patient(ctx, n):
    if n == 1:
        return _fhir_patient(ctx, 0)
    return {"resourceType": "Bundle", "type": "searchset", "total": n, "timestamp": ctx.leaf("n.ts#b"),
            "entry": [{"fullUrl": ctx.rich("urn:uuid:{n.uuid#e%d}" % i), "resource": _fhir_patient(ctx, i),
                       "search": {"mode": "match"}} for i in range(n)]}


def fhir_obs(ctx, n):
    L = ctx.leaf
    subj = {"reference": ctx.rich("Patient/{n.uuid#p}"), "display": L("pat")}
    entries = []
    for i in range(max(2, n * 2)):
        nm, val = _lab(ctx, i)
        entries.append({"fullUrl": ctx.rich("urn:uuid:{n.uuid#o%d}" % i),
                        "resource": {"resourceType": "Observation", "status": "final",
                                     "code": {"coding": [{"system": "http://loinc.org", "code": L("n.num:loinc#%d" % i),
                                                          "display": nm}]},
                                     "subject": subj, "effectiveDateTime": L("n.ts#o%d" % i),
                                     "valueString": val,
                                     "performer": [{"display": L(role("doc", i % 3))}]}})
    if ctx.rng.random() < 0.5:
        entries.append({"resource": {"resourceType": "DocumentReference", "status": "current", "subject": subj,
                                     "content": [{"attachment": {"contentType": "application/pdf",
                                                                 "data": L("n.b64"), "hash": L("n.b64#h")}}]}})
    return {"resourceType": "Bundle", "type": "collection", "meta": {"lastUpdated": L("n.ts")},
            "identifier": {"value": L("pat.mrn")}, "entry": entries}


def _lab(ctx, i):
    segs = ctx.get("n.lab#%d" % i)
    return segs[0].strip(), segs[1]


HL7_PV1 = "PV1|1|I|{w:W12|AMU|STR|C3}^{n:1-30}^{n:1-4}||||{n:1000-9999}^{doc.hl7}|||MED"


def hl7_message(ctx, i=0):
    P, D, R = role("pat", i), role("doc", i), role("rel", i)
    sep = "\r"
    segs = [
        "MSH|^~\\&|PAS|{w:MERCY|RIVERSIDE|KLINIKUM|CHU|GKB}|EPR|WARD|{n.ts:5#%d}||ADT^A0{n:1-8}|{n.order:msgid#%d}|P|{n.ver:4#%d}" % (i, i, i),
        "PID|1||{%s.mrn}^^^HOSP^MR||{%s.hl7}||{%s.dob:hl7}|{%s.g:M|F}|||{%s.hl7addr}||{%s.phone}" % (P, P, P, P, P, P)
        + ("|||||||{%s.ssn:plain}" % P if ctx.locale == "en_US" and ctx.rng.random() < 0.6 else ""),
        "NK1|1|{%s.hl7}|{w:SPO|CHD|PAR|SIB}||{%s.phone}" % (R, R),
        HL7_PV1.replace("doc", D),
    ]
    if ctx.rng.random() < 0.6:
        segs.append("OBX|1|NM|{n.num:loinc#x%d}^^LN||{n:3-14}.{n:0-9}|mmol/L|||||F|||{n.ts:5#x%d}" % (i, i))
    if ctx.rng.random() < 0.35:
        segs.append("OBX|2|ED|PDF^Discharge letter||^application^pdf^Base64^{n.b64#x%d}||||||F" % i)
    out = []
    for j, s in enumerate(segs):
        if j:
            out.append(sep)
        out.extend(ctx.fill(s))
    return out


def hl7_result(ctx, n):
    msgs = []
    for i in range(n):
        if i:
            msgs.append("\r\r")
        msgs.extend(hl7_message(ctx, i))
    return {"tool": "hl7_fetch", "status": "ok", "channel": ctx.text("w:ADT_IN|ORU_IN|INTERFACE_01"),
            "received": ctx.leaf("n.ts#r"), "message": Rich(msgs)}


def claim(ctx, n):
    L, lang = ctx.leaf, ctx.lang
    lines = []
    for i in range(max(1, n * 2)):
        lines.append({"line": i + 1, "serviceDate": L("n.date:iso#%d" % i),
                      "code": L("n.num:cpt#%d" % i) if ctx.locale == "en_US" else L("n.num:icd#c%d" % i),
                      "diagnosis": [L("n.num:icd#%d" % i)], "billed": round(ctx.rng.uniform(40, 2400), 2),
                      "status": ctx.text("w:PAID|DENIED|PENDED#%d" % i)})
    obj = {"claimId": L("n.order:claim"), "received": L("n.ts"),
           "patient": {"name": L("pat"), "birthDate": L("pat.dob"), "address": {}},
           "provider": {"name": ctx.rich(ctx.dr() + " {doc}"), "phone": L("orgphone")}, "lines": lines}
    st, city, pc = ctx.addr_parts("pat")
    obj["patient"]["address"] = {"line1": st, "city": city, "postalCode": pc}
    if ctx.locale == "en_US":
        obj["patient"]["subscriberSsn"] = L("pat.ssn")
        obj["refund"] = {"method": "card", "pan": L("pat.card")}
    elif ctx.locale == "ru_RU":
        obj["patient"]["snils"] = L("pat.snils")
        obj["patient"]["passport"] = L("pat.passport")
        obj["policyType"] = "ДМС"
    else:
        obj["reimbursement"] = {"iban": L("pat.iban"), "amount": L("n.money")}
    notes = {"en": "Prior authorization {n.order:prior_auth} was not on file.",
             "de": "Rückfragen bitte an {doc.email}.", "fr": "Pour toute question : {doc.email}.",
             "ru": "Вопросы направляйте на {doc.email}."}
    obj["remark"] = ctx.rich(notes[lang])
    return obj


def erx(ctx, n):
    L, lang = ctx.leaf, ctx.lang
    meds = []
    for i in range(max(1, n * 2)):
        drug, d, atc = V.dose(ctx.rng, lang)
        meds.append({"medication": drug, "strength": N("NEG_NUMBER", d), "atc": N("NEG_NUMBER", atc),
                     "sig": ctx.text("freq#%d" % i), "quantity": ctx.rng.choice([28, 30, 56, 60, 90])})
    obj = {"prescriptionId": L("n.order:rx"), "issued": L("n.ts"),
           "patient": {"name": L("pat"), "dob": L("pat.dob:iso"), "id": L("pat.mrn")},
           "prescriber": {"name": L("doc"), "phone": L("doc.phone"), "email": L("doc.email")},
           "items": meds, "signature": {"alg": "RS256", "digest": L("n.hash")}}
    if ctx.locale == "ru_RU":
        obj["patient"]["snils"] = L("pat.snils")
    if ctx.rng.random() < 0.5:
        obj["payment"] = {"method": "card", "pan": L("pat.card"), "copay": L("n.money")}
        obj["delivery"] = {"tracking": L("n.card"), "address": ctx.addr_parts("pat")[0]}
    if ctx.locale == "de_DE":
        for m in meds:
            m["pzn"] = ctx.leaf("n.num:pzn#%d" % meds.index(m))
    return obj


def _dose(ctx, i):
    segs = ctx.get("n.dose#%d" % i)
    return segs[0].strip(), segs[1]


def immunization(ctx, n):
    L = ctx.leaf
    recs = []
    for i in range(max(1, n * 2)):
        recs.append({"vaccine": ctx.text("vaccine#%d" % i), "lot": L("n.order:lot#%d" % i),
                     "date": L("n.date:iso#%d" % i), "site": ctx.text("w:left deltoid|right deltoid|left thigh#%d" % i),
                     "performer": L(role("nurse", i % 2))})
    return {"patient": {"name": L("pat"), "birthDate": L("pat.dob"), "identifier": L("pat.mrn")},
            "immunizations": recs, "nextDue": L("n.date#next"), "source": "immunisation-registry",
            "exportId": L("n.uuid")}


def beds(ctx, n):
    L = ctx.leaf
    out = []
    for i in range(max(2, n * 2)):
        if ctx.rng.random() < 0.2:
            out.append({"bed": L("n.order:bed#%d" % i), "status": "empty", "cleanedAt": L("n.ts#%d" % i)})
            continue
        P = role("pat", i)
        out.append({"bed": L("n.order:bed#%d" % i), "status": "occupied", "patient": L(P),
                    "mrn": L(P + ".mrn"), "admitted": L("n.date:iso#a%d" % i), "edd": L("n.date:iso#e%d" % i),
                    "consultant": L(role("doc", i % 3)), "isolation": ctx.rng.random() < 0.15})
    return {"site": L("n.tc:place"), "exportedAt": L("n.ts"), "beds": out}


def toolcall(ctx, n):
    L, lang = ctx.leaf, ctx.lang
    calls = []
    for i in range(max(1, n)):
        P = role("pat", i)
        k = ctx.rng.randint(0, 2)
        if k == 0:
            args = {"patient_name": L(P), "date_of_birth": L(P + ".dob"), "mrn": L(P + ".mrn"),
                    "slot": L("n.ts#s%d" % i), "clinic": ctx.text("w:cardiology|diabetes|memory#%d" % i)}
            fn = "book_appointment"
        elif k == 1:
            args = {"to": L(P + ".mobile"), "template": "appointment_reminder",
                    "vars": {"name": L(P + ".first"), "date": L("n.date#v%d" % i)}}
            fn = "send_sms"
        else:
            args = {"patient": {"name": L(P), "dob": L(P + ".dob:iso"), "email": L(P + ".email")},
                    "referral_to": ctx.text("w:neurology|rheumatology|dermatology#%d" % i),
                    "referrer": L(role("doc", i)), "urgency": "routine"}
            fn = "create_referral"
        calls.append({"id": "call_" + rstr(ctx.rng, B62, 16),
                      "type": "function", "function": {"name": fn, "arguments": nested(args)}})
    return {"role": "assistant", "content": None, "tool_calls": calls}


SHAPES_A = {"json.hc_fhir_patient": fhir_patient, "json.hc_fhir_obs": fhir_obs, "json.hc_hl7_result": hl7_result,
            "json.hc_claim": claim, "json.hc_erx": erx, "json.hc_immunization": immunization,
            "json.hc_beds": beds, "json.hc_toolcall": toolcall}
_unused = (N, NumLab)
