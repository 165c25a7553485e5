"""JSON shapes, part C: billing batches, Russian attached-population register, US eligibility checks."""
from af_common import E, NumLab
from af_json_a import role

def inn_num(lab, sub):
    """An INN written as a JSON number (only when it has no leading zero, else keep the string)."""
    if lab.value.startswith("0"):
        return lab
    return NumLab(E("RU_INN", lab.value, sub))


PAY_NOTE = {"en": "Card declined twice, paid by bank transfer.", "de": "Zahlung nach Mahnung eingegangen.",
            "fr": "Règlement reçu après relance.", "ru": "Оплата поступила после напоминания."}


def billing(ctx, n):
    L = ctx.leaf
    rows = []
    for i in range(max(2, n * 2)):
        P = role("pat", i)
        by_card = ctx.locale in ("en_US", "ru_RU") or ctx.rng.random() < 0.45
        row = {"invoice": L("n.order:invoice#%d" % i), "patient": L(P), "email": L(P + ".email"),
               "service": L("n.num:%s#%d" % ("cpt" if ctx.locale == "en_US" else "icd", i)),
               "amount": L("n.money#%d" % i), "method": "card" if by_card else "sepa"}
        row["pan" if by_card else "iban"] = L(P + (".card" if by_card else ".iban"))
        if ctx.rng.random() < 0.3:
            row["note"] = PAY_NOTE[ctx.lang]
        rows.append(row)
    return {"practice": L("n.tc:place"), "period": L("n.date:iso"), "payments": rows,
            "generated": L("n.ts"), "checksum": L("n.hash")}


def ru_registry(ctx, n):
    L = ctx.leaf
    rows = []
    for i in range(max(2, n * 2)):
        P = role("pat", i)
        st, city, pc = ctx.addr_parts(P)
        row = {"ФИО": L(P), "дата_рождения": L(P + ".dob"), "СНИЛС": L(P + ".snils"),
               "паспорт": L(P + ".passport"), "адрес": {"улица": st, "город": city, "индекс": pc},
               "телефон": L(P + ".phone"), "участок": ctx.rng.randint(1, 40)}
        if ctx.rng.random() < 0.4:
            inn = ctx.get(P + ".inn")[0]
            row["ИНН"] = inn_num(inn, "inn12_json_number") if ctx.rng.random() < 0.5 else inn
        rows.append(row)
    return {"поликлиника": L("n.tc:place"), "ИНН_организации": L("orginn"), "выгружено": L("n.ts"),
            "прикреплённые": rows}


def us_eligibility(ctx, n):
    L = ctx.leaf
    rows = []
    for i in range(max(2, n * 2)):
        P = role("pat", i)
        rows.append({"member": {"lastName": L(P + ".last"), "firstName": L(P + ".first"),
                                "dob": L(P + ".dob:mdy"), "ssn": L(P + ".ssn")},
                     "traceId": L("n.uuid#%d" % i), "status": ctx.text("w:active|inactive|active#%d" % i),
                     "copay": L("n.money#%d" % i), "checkedAt": L("n.ts#%d" % i)})
    return {"transaction": "270/271", "submitter": L("n.order:claim"), "results": rows}


SHAPES_C = {"json.hc_billing": billing, "json.hc_ru_registry": ru_registry, "json.hc_eligibility": us_eligibility}
LOCALE_ONLY = {"json.hc_ru_tax": {"ru_RU"}, "json.hc_ru_registry": {"ru_RU"}, "json.hc_eligibility": {"en_US"}}
# shapes that carry the rarer identifier types get more weight
SHAPE_WEIGHT = {"json.hc_claim": 3, "json.hc_billing": 3, "json.hc_ru_tax": 4, "json.hc_ru_registry": 4,
                "json.hc_eligibility": 3, "json.hc_config": 2, "json.hc_erx": 2, "json.hc_resident": 2,
                "json.hc_vet": 2, "json.hc_fhir_patient": 2}
