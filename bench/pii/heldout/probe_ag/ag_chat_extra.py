"""ag_chat_extra.py - payment, identity and fraud-check outputs in all four languages."""


def _exp(c):
    return "%02d/%02d" % (c.randint(1, 12), c.randint(25, 31))


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------
def payment_update(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Payment details updated for {n}.\n- Removed: {old}\n- Added: {new} (exp {x})\n- Billing address: ",
            n=p.full(), old=c.card(), new=c.card(), x=_exp(c))
    c.b.add(a.inline())
    c.b.fmt("\n- Change made from {ip} during chat {cid}.\nNext bill ({m}) will be charged to the new card.",
            ip=c.ip(), cid=c.uuid(), m=c.money())


def sim_swap_check(c):
    p = c.person()
    c.b.fmt("SIM-swap fraud check for {ph}:\n- Account holder: {n}\n- DOB on file: {dob}, DOB given: {dob2}\n",
            ph=c.phone(), n=p.formal(), dob=c.dob(), dob2=c.dob())
    nid = c.national_id()
    if nid is not None:
        c.b.fmt("- ID document: {v}\n", v=nid)
    if c.locale == "ru_RU":
        c.b.fmt("- SNILS: {s}\n- INN: {i}\n", s=c.snils(), i=c.inn("inn12"))
    c.b.fmt("- Request came from {ip}; new ICCID {ic}\nResult: DOB mismatch - swap blocked, case {t} opened.",
            ip=c.ip(), ic=c.iccid(), t=c.ticket())


def medical_delivery(c):
    if c.locale not in ("en_US", "en_GB"):
        return payment_update(c)
    p, a = c.person(), c.addr()
    ident = c.nhs() if c.locale == "en_GB" else c.mrn()
    label = "NHS number" if c.locale == "en_GB" else "MRN"
    c.b.fmt("Home-delivery manifest (oxygen concentrator service)\n\nPatient: {n}\n{lab}: {id}\nDOB: {dob}\n"
            "Deliver to: ", n=p.full(), lab=label, id=ident, dob=c.dob())
    c.b.add(a.inline())
    c.b.fmt("\nContact: {ph}\nWindow: {d}, {sl}\nConsignment: {tr}", ph=c.phone(), d=c.date(), sl=c.slot(),
            tr=c.tracking())


def refund_ledger(c):
    c.b.add("Refunds queued for today's batch:\n\n| Ticket | Customer | Destination | Amount |\n|---|---|---|---|\n")
    for _ in range(c.randint(2, 5)):
        p = c.person()
        dest = c.iban() if (c.locale != "en_US" and c.chance(0.6)) else c.card()
        c.b.add("| ", c.ticket(), " | ", p.full(), " | ", dest, " | ", c.money(), " |\n")
    c.b.add("\nAnything above the approval limit has been held for a supervisor.")


def account_merge(c):
    p, a = c.person(), c.addr()
    e, ph, dob = c.email(p), c.phone(), c.dob()
    c.b.fmt("Duplicate customer records found - proposed merge:\n\nRecord A ({u1}): {n}, {e}, {ph}, born {dob}\n"
            "Record B ({u2}): {n2}, {e}, {ph2}, born {dob}, ", u1=c.uuid(), n=p.full(), e=e, ph=ph, dob=dob,
            u2=c.uuid(), n2=p.variant(), ph2=c.phone())
    c.b.add(a.inline())
    c.b.add("\n\nKeep A as master; copy the address from B. Both share the same e-mail and date of birth.")


EN = [payment_update, sim_swap_check, medical_delivery, refund_ledger, account_merge]


# ---------------------------------------------------------------------------------------------
# Deutsch / Français / Русский
# ---------------------------------------------------------------------------------------------
def zahlungsart(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Zahlungsart geändert für {n}, geboren am {dob}.\nBisher: Kreditkarte {cc}\nNeu: SEPA-Lastschrift von "
            "{ib}\nRechnungsanschrift: ", n=p.full(), dob=c.dob(), cc=c.card(), ib=c.iban())
    c.b.add(a.inline())
    c.b.fmt("\nÄnderung über das Kundenportal von {ip}, Vorgang {t}.", ip=c.ip(), t=c.ticket())


def identitaet(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Identitätsprüfung vor SIM-Tausch für {ph}:\n- Inhaber laut Vertrag: {n}\n- Geburtsdatum im System: {dob}\n"
            "- Angegebene Anschrift: ", ph=c.phone(), n=p.full(), dob=c.dob())
    c.b.add(a.street())
    c.b.fmt("\n- Ergebnis: bestanden, neue ICCID {ic}\n- Bankverbindung zur Gegenprüfung: {ib}", ic=c.iccid(),
            ib=c.iban())


def changement_carte(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Moyen de paiement mis à jour pour {n} (née le {dob}).\nAncienne carte : {cc}\nNouvelle carte : {cc2} "
            "(exp. {x})\nAdresse de facturation : ", n=p.full(), dob=c.dob(), cc=c.card(), cc2=c.card(), x=_exp(c))
    c.b.add(a.inline())


def verification_identite(c):
    p = c.person()
    c.b.fmt("Contrôle avant changement de SIM pour la ligne {ph} :\n- Titulaire : {n}\n- Date de naissance : {dob}\n"
            "- IBAN du mandat : {ib}\n- Demande reçue depuis {ip}\nRésultat : conforme, dossier {t}.",
            ph=c.phone(), n=p.full(), dob=c.dob(), ib=c.iban(), ip=c.ip(), t=c.ticket())


def proverka(c):
    p = c.person()
    c.b.fmt("Проверка перед заменой SIM-карты для номера {ph}:\n- Владелец: {n}\n- Дата рождения: {dob}\n"
            "- Паспорт: {ps}\n- СНИЛС: {sn}\n- ИНН: {inn}\n- Запрос с IP {ip}\nИтог: данные совпадают, заявка {t}.",
            ph=c.phone(), n=p.formal(), dob=c.dob(), ps=c.passport(), sn=c.snils(), inn=c.inn("inn12"), ip=c.ip(),
            t=c.ticket())


def dogovor_ip(c):
    p, a = c.person(), c.addr()
    c.b.fmt("Договор доставки с ИП оформлен:\n- ИП {n}, ИНН {inn}\n- Паспорт: {ps}\n- Адрес склада: ",
            n=p.formal(), inn=c.inn("inn12"), ps=c.passport())
    c.b.add(a.inline())
    c.b.fmt("\n- Оплата картой {cc}\n- Контакт: {ph}, {e}", cc=c.card(), ph=c.phone(), e=c.email(p))


DE = [zahlungsart, identitaet]
FR = [changement_carte, verification_identite]
RU = [proverka, dogovor_ip]
