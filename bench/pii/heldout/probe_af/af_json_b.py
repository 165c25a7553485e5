"""JSON shapes, part B: lab reports, trials, veterinary, portal, care homes, home care, configs, audits."""
from af_common import E, N, NumLab
from af_json_a import role, _lab

NOTE = {
    "portal_pat": {
        "en": ["Hi, could you send my results to {P.email}? I now live at {P.addr}. Thanks, {P.first}",
               "Can I move my appointment on {n.date#m}? Best number is {P.mobile}.",
               "The pharmacy says {n.dose#m} is out of stock - is there an alternative?",
               "I've uploaded the photo of the rash. Ref {n.order:ticket#m}."],
        "de": ["Hallo, bitte die Befunde an {P.email} schicken. Neue Anschrift: {P.addr}. Gruß, {P.first}",
               "Kann ich den Termin am {n.date#m} verschieben? Erreichbar unter {P.mobile}.",
               "Die Apotheke hat {n.dose#m} nicht vorrätig - gibt es eine Alternative?",
               "Ich habe das Foto hochgeladen, Vorgang {n.order:ticket#m}."],
        "fr": ["Bonjour, merci d'envoyer mes résultats à {P.email}. Nouvelle adresse : {P.addr}. {P.first}",
               "Puis-je décaler mon rendez-vous du {n.date#m} ? Joignable au {P.mobile}.",
               "La pharmacie n'a plus {n.dose#m}, y a-t-il une alternative ?",
               "J'ai déposé la photo, dossier {n.order:ticket#m}."],
        "ru": ["Здравствуйте! Пришлите, пожалуйста, результаты на {P.email}. Новый адрес: {P.addr}.",
               "Можно перенести приём с {n.date#m}? Мой номер: {P.mobile}.",
               "В аптеке нет препарата {n.dose#m}, есть ли замена?",
               "Загрузил(а) фото, номер обращения {n.order:ticket#m}."]},
    "portal_doc": {
        "en": ["Results are normal apart from {n.lab#m}. Please book a review on {n.date#m}.",
               "I've sent a new prescription for {n.dose#m}.", "Yes, {n.date#m} at {n.time#m} works."],
        "de": ["Die Werte sind bis auf {n.lab#m} unauffällig. Kontrolle am {n.date#m}.",
               "Neues Rezept für {n.dose#m} ist hinterlegt.", "Ja, {n.date#m} um {n.time#m} Uhr passt."],
        "fr": ["Résultats normaux sauf {n.lab#m}. Contrôle prévu le {n.date#m}.",
               "Nouvelle ordonnance envoyée pour {n.dose#m}.", "Oui, le {n.date#m} à {n.time#m} convient."],
        "ru": ["Показатели в норме, кроме: {n.lab#m}. Контроль {n.date#m}.",
               "Выписан новый рецепт: {n.dose#m}.", "Да, {n.date#m} в {n.time#m} подходит."]},
    "visit": {
        "en": ["{P.first} had breakfast, {n.dose#m} taken. Daughter {R} called from {R.mobile}.",
               "Skin intact, fluids encouraged. {n.lab#m} on the home monitor.", "Client asleep, no concerns."],
        "de": ["{P.first} hat gefrühstückt, {n.dose#m} eingenommen. Tochter {R} rief an ({R.mobile}).",
               "Haut intakt, Trinkmenge gefördert. {n.lab#m} am Heimgerät.", "Klient schläft, keine Auffälligkeiten."],
        "fr": ["{P.first} a pris son petit-déjeuner et {n.dose#m}. Sa fille {R} a appelé du {R.mobile}.",
               "Peau intacte, hydratation encouragée. {n.lab#m} au lecteur.", "Bénéficiaire endormi, RAS."],
        "ru": ["Завтрак съеден, принят {n.dose#m}. Звонила дочь: {R}, {R.mobile}.",
               "Кожа без повреждений, питьевой режим соблюдён. {n.lab#m} по глюкометру.", "Подопечный спит, жалоб нет."]},
}


def note(ctx, key, i=0, **roles):
    t = ctx.rng.choice(NOTE[key][ctx.lang]).replace("#m}", "#m%d}" % i)
    for k, v in roles.items():
        t = t.replace("{" + k + ".", "{" + v + ".").replace("{" + k + "}", "{" + v + "}")
    return ctx.rich(t)


def lab_report(ctx, n):
    L = ctx.leaf
    res = []
    for i in range(max(3, n * 3)):
        nm, val = _lab(ctx, i)
        res.append({"test": nm, "loinc": L("n.num:loinc#%d" % i), "result": val,
                    "flag": ctx.text("w:N|N|H|L#%d" % i)})
    pat = {"name": L("pat"), "dob": L("pat.dob"), "mrn": L("pat.mrn")}
    if ctx.locale == "ru_RU":
        pat["snils"] = L("pat.snils")
    return {"report": {"accession": L("n.order:accession"), "status": "final", "collected": L("n.ts"),
                       "patient": pat,
                       "orderedBy": {"name": L("doc"), "email": L("doc.email")}, "results": res,
                       "pdf": L("n.b64")}}


def trial(ctx, n):
    L = ctx.leaf
    rows = []
    for i in range(max(2, n * 2)):
        P, C = role("pat", i), role("coord", i % 2)
        rows.append({"subjectId": L("n.order:subject#%d" % i), "dob": L(P + ".dob:iso"),
                     "screened": L("n.date:iso#%d" % i), "eligible": ctx.rng.random() < 0.7,
                     "consentBy": L(C), "contact": L(C + ".email")})
    ae = {"subjectId": L("n.order:subject#0"), "onset": L("n.date#ae"), "term": L("n.tc:disease"),
          "meddraPt": L("n.num:meddra"), "imp_batch": L("n.order:lot"), "serious": True,
          "reporter": {"name": L("rep"), "phone": L("rep.phone"), "email": L("rep.email")}}
    return {"study": "AF-%s" % ctx.text("n:1000-9999"), "siteId": ctx.text("n:100-199"), "screening": rows,
            "adverseEvent": ae, "exported": L("n.ts")}


def vet(ctx, n):
    L = ctx.leaf
    pets = []
    for i in range(max(1, n)):
        pets.append({"name": L("n.pet#%d" % i), "species": ctx.text("species#%d" % i),
                     "born": L("n.date:iso#b%d" % i), "weightKg": round(ctx.rng.uniform(2, 40), 1),
                     "lastVisit": L("n.date#l%d" % i)})
    st, city, pc = ctx.addr_parts("owner")
    pay = "card" if ctx.locale in ("en_US", "ru_RU") or ctx.rng.random() < 0.4 else "iban"
    return {"owner": {"name": L("owner"), "phone": L("owner.phone"), "email": L("owner.email"),
                      "address": {"street": st, "city": city, "zip": pc}},
            "pets": pets, "invoice": {"id": L("n.order:invoice"), "total": L("n.money"), pay: L("owner." + pay)},
            "vet": L("vet")}


def portal(ctx, n):
    L = ctx.leaf
    msgs = []
    for i in range(max(2, n * 2)):
        if i % 2 == 0:
            msgs.append({"from": "patient", "author": L("pat"), "sent": L("n.ts#%d" % i),
                         "body": note(ctx, "portal_pat", i, P="pat")})
        else:
            msgs.append({"from": "clinician", "author": L(role("doc", i % 3)), "sent": L("n.ts#%d" % i),
                         "body": note(ctx, "portal_doc", i)})
    return {"threadId": L("n.uuid"), "patientRef": L("pat.mrn"), "messages": msgs, "clientIp": L("ip4")}


def resident(ctx, n):
    L = ctx.leaf
    nok = []
    for i in range(max(1, n)):
        R = role("rel", i)
        nok.append({"name": L(R), "relationship": ctx.text("w:son|daughter|niece|spouse#%d" % i),
                    "phone": L(R + ".mobile"), "email": L(R + ".email")})
    ass = [{"tool": L("n.tc:scale#%d" % i), "score": ctx.rng.randint(3, 20), "date": L("n.date:iso#%d" % i)}
           for i in range(max(2, n))]
    mrn = "pat.mrn:nhs" if ctx.locale == "en_GB" else "pat.mrn"
    obj = {"resident": {"name": L("pat"), "dob": L("pat.dob"), "id": L(mrn), "room": ctx.text("n:1-60"),
                        "gp": {"name": ctx.rich(ctx.dr() + " {doc}"), "phone": L("orgphone")}},
           "nextOfKin": nok, "assessments": ass, "home": L("n.tc:place")}
    if ctx.locale == "ru_RU":
        obj["resident"]["snils"] = L("pat.snils")
        obj["resident"]["passport"] = L("pat.passport")
    else:
        obj["feesDirectDebit"] = {"iban": L("rel.iban")}
    return obj


def visits(ctx, n):
    L = ctx.leaf
    st, city, pc = ctx.addr_parts("pat")
    vs = []
    for i in range(max(2, n * 2)):
        day = ctx.text("n.date:iso#d%d" % i)
        t_in, t_out = ctx.text("n.time#i%d" % i), ctx.text("n.time#o%d" % i)
        vs.append({"carer": L(role("carer", i % 3)), "checkIn": N("NEG_TIMESTAMP", "%sT%s" % (day, t_in)),
                   "checkOut": N("NEG_TIMESTAMP", "%sT%s" % (day, t_out)),
                   "gps": L("n.num:gps#%d" % i), "tasks": ["meds", "personal care"] if i % 2 else ["meal"],
                   "note": note(ctx, "visit", i, P="pat", R="rel")})
    return {"client": {"name": L("pat"), "phone": L("pat.phone"),
                       "address": {"line1": st, "town": city, "postcode": pc}}, "visits": vs,
            "app": {"name": "CareRound", "version": L("n.ver:2")}}


def config(ctx, n):
    L = ctx.leaf
    allow = {}
    for i in range(max(2, n)):
        allow[L("ip4#%d" % i)] = ctx.text("w:pacs|lab-analyzer|ris|modality-worklist#%d" % i)
    obj = {"fhir": {"baseUrl": "https://fhir.example.org/r4", "clientId": "portal-sync",
                    "token": L("key:jwt")},
           "archive": {"bucket": "dicom-archive", "accessKeyId": L("key:aws_access_key_id"),
                       "secretAccessKey": L("key:aws_secret_key")},
           "alerts": {"slackToken": L("key:slack"), "mention": L("n.at")},
           "integrations": {ctx.text("w:maps|billing|scribe|ci"): L("key:" + ctx.text("w:google_api|stripe|openai_like|github_pat_fine|gitlab|github_other"))},
           "db": {"host": L("ip4#db"), "user": "mis_app", "password": L("key:db_password")},
           "allowlist": allow, "tls": {"clientKey": L("key:" + ctx.text("w:pem_rsa_private_key|pem_ec_private_key|pem_private_key"))},
           "deps": [L("n.pkg#0"), L("n.pkg#1")], "ipv6Gateway": L("ip6")}
    return obj


def ru_tax(ctx, n):
    from af_json_c import inn_num
    L = ctx.leaf
    items = [{"услуга": ctx.text("w:Консультация терапевта|МРТ коленного сустава|Лечение кариеса|Анализ крови#%d" % i),
              "дата": L("n.date#%d" % i), "сумма": L("n.money#%d" % i)} for i in range(max(2, n * 2))]
    inn12 = ctx.get("pat.inn")[0]
    return {"справка": {"номер": L("n.order:invoice"), "год": int(ctx.text("yr")),
                        "налогоплательщик": {"ФИО": L("pat"), "ИНН": inn_num(inn12, "inn12_json_number"),
                                             "дата_рождения": L("pat.dob"), "паспорт": L("pat.passport")},
                        "пациент": {"ФИО": L("rel"), "дата_рождения": L("rel.dob")},
                        "организация": {"наименование": "ООО «Клиника Здоровье»",
                                        "ИНН": inn_num(ctx.get("orginn")[0], "inn10_json_number"),
                                        "телефон": L("orgphone")},
                        "услуги": items}}


def radiology(ctx, n):
    L = ctx.leaf
    reqs = []
    for i in range(max(1, n)):
        P, D = role("pat", i), role("doc", i % 2)
        nm, val = _lab(ctx, i)
        reqs.append({"accession": L("n.order:accession#%d" % i), "modality": ctx.text("w:MR|CT|US|XR#%d" % i),
                     "patient": dict({"name": L(P), "dob": L(P + ".dob"), "mrn": L(P + ".mrn")},
                                     **({"snils": L(P + ".snils")} if ctx.locale == "ru_RU" else {})),
                     "requester": {"name": L(D), "phone": L(D + ".phone")}, "renal": {nm: val},
                     "studyUid": L("n.num:dicom#%d" % i), "scheduled": L("n.ts#%d" % i)})
    return {"worklist": reqs, "ris": {"version": L("n.ver:1")}}


def dental(ctx, n):
    L = ctx.leaf
    chart = [{"tooth": ctx.rng.choice([11, 16, 26, 36, 46, 47]), "procedure": ctx.text("w:crown|filling|extraction#%d" % i),
              "code": L("n.num:cpt#%d" % i), "date": L("n.date#%d" % i)} for i in range(max(2, n * 2))]
    return {"patient": {"name": L("pat"), "dob": L("pat.dob"), "phone": L("pat.phone"), "email": L("pat.email")},
            "dentist": L("doc"), "chart": chart, "payment": {"card": L("pat.card"), "amount": L("n.money")}}


def audit(ctx, n):
    L = ctx.leaf
    ev = []
    for i in range(max(3, n * 3)):
        U, P = role("nurse", i % 4), role("pat", i % 5)
        ev.append({"ts": L("n.ts#%d" % i), "user": L(U + ".email"), "action": ctx.text("w:READ|UPDATE|PRINT#%d" % i),
                   "patient": L(P + ".mrn"), "ip": L(("ip6#%d" if i % 4 == 3 else "ip4#%d") % i),
                   "session": L("n.uuid#%d" % i)})
    return {"query": "audit where resource=Patient", "events": ev, "build": L("n.hash")}


SHAPES_B = {"json.hc_lab": lab_report, "json.hc_trial": trial, "json.hc_vet": vet, "json.hc_portal": portal,
            "json.hc_resident": resident, "json.hc_visits": visits, "json.hc_config": config,
            "json.hc_ru_tax": ru_tax, "json.hc_radiology": radiology, "json.hc_dental": dental,
            "json.hc_audit": audit}
_unused = (N,)
